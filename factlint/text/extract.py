"""Extraction: every figure an article writes, with its exact span, value, unit, kind and hedge.

This is the scanner (`scan`) run over the article body (front matter is metadata, never text),
with what a reader adds: the counted noun after a number ("336 enterprises"), line and column,
and each value in one plain notation for JSON ("1 trillion" -> "1000000000000", "one-eighth" ->
"1/8", "Oct 9" -> "--10-09", "2011-15" -> "2011-2015").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass, field, replace
from decimal import Decimal

from factlint.errors import InputError
from factlint.figures.figure import Figure, fraction_notation
from factlint.figures.hedges import lookup_hedge
from factlint.text.article import Article
from factlint.text.currencies import CountryEvidence, article_country, resolve
from factlint.text.frontmatter import Metadata, read_metadata
from factlint.text.scan import Mention, scan

# Words that end a counted noun phrase: "336 enterprises [representing]", "38 tasks [and] ...".
_STOP_WORDS = frozenset("""
    a an the or but nor of in on at to from with by for into onto over under than as that
    which who whom whose what where when while each every all both per via its their his her
    our your this these those is are was were be been being has have had will would can could
    may might shall should do does did not no so such including include includes included
    respectively
""".split())
_IRREGULAR_PLURALS = frozenset(
    "people children men women staff personnel police cattle livestock media data".split())
_WORD = re.compile(r"\s*([A-Za-z][A-Za-z'’-]*|\"[^\"\n]{1,40}\")")
MAX_NOUN_WORDS = 6


@dataclass(frozen=True, slots=True)
class ExtractedFigure:
    """One figure as `factlint extract` reports it (offsets into the whole file, end exclusive)."""

    text: str
    start: int
    end: int
    line: int
    column: int
    kind: str
    value: str | None
    unit: str | None
    hedge: str | None
    noun: str | None
    # money whose sign several currencies share ("Rs", "pesos"): why this one ("source domain .pk")
    currency_evidence: str | None = None
    # the figure as an interval, for relation discovery (not part of what `extract` prints)
    reading: Figure | None = field(default=None, repr=False, compare=False)

    def as_dict(self) -> dict[str, object]:
        row = asdict(self)
        del row["reading"]
        return row


def extract_figures(text: str) -> list[ExtractedFigure]:
    """Every figure in an article's text (its front matter, if any, is skipped)."""
    return extract_from_article(Article.from_text(text))


def extract_from_article(article: Article, metadata: Metadata | None = None) -> list[ExtractedFigure]:
    """Every figure of the article body. `metadata` (default: the article's front matter) gives
    the publication date that dates an open month ("in March") and the locale and source that,
    with the text, decide a currency sign several countries share."""
    metadata = metadata or _front_matter(article)
    key = ("figures", metadata, article.text)  # the text too: an edited article is read afresh
    if key not in article.memo:
        article.memo[key] = _extract(article, metadata)
    return list(article.memo[key])  # type: ignore[call-overload]


def _extract(article: Article, metadata: Metadata) -> tuple[ExtractedFigure, ...]:
    body = article.text[article.body_offset:]
    mentions = _dated(scan(body), body, metadata.published)
    country = article_country(body, metadata.locale, metadata.source) if any(
        len(m.currencies) > 1 for m in mentions) else None
    figures = [_extracted(article, body, mention, country) for mention in mentions]
    return tuple(_resolve_crowns(figures))


def _front_matter(article: Article) -> Metadata:
    try:
        return read_metadata(article)
    except InputError:  # a broken front matter is reported where it is read for its date
        return Metadata()


_YEAR_AFTER = re.compile(r"\s*,?\s*(?:(?:of|in)\s+)?(?:the\s+)?(?:(?:fiscal|financial)\s+)?(?:year\s+)?"
                         r"((?:19|20)\d\d)\b")


def _dated(mentions: tuple[Mention, ...], body: str, published: dt.date | None) -> list[Mention]:
    """Months, month ranges and quarters whose year the text leaves open, dated: by a year written
    right after them ("the first half of 2018"), else the last year named before them in the same
    paragraph, else the publication date (a month later in the year than publication is last
    year's)."""
    dated: list[Mention] = []
    last_year: int | None = None
    paragraph_start = checked = 0  # no paragraph break before `checked` since paragraph_start
    for mention in mentions:
        # Only the text since the last mention is new (one step back for a break split across it):
        # slicing from the paragraph's start each time was quadratic in a long paragraph.
        if body.find("\n\n", max(paragraph_start, checked - 1), mention.start) != -1:
            paragraph_start, last_year = body.rindex("\n\n", 0, mention.start) + 2, None
        checked = max(checked, mention.start)
        year = _open_year(mention)
        if year is not None:
            after = _YEAR_AFTER.match(body, mention.end)
            resolved = int(after.group(1)) if after else last_year
            if resolved is None and published is not None:
                resolved = published.year - (1 if year > published.month else 0)
            mention = _with_year(mention, resolved) if resolved is not None else mention
        dated.append(mention)
        last_year = _stated_year(mention) or last_year
    return dated


def _open_year(mention: Mention) -> int | None:
    """The (last) month of a mention whose year is open, else None."""
    if mention.period is not None and mention.period[2] is None:
        return mention.period[3]
    if mention.kind == "month" and mention.date is not None and mention.date[0] is None:
        return mention.date[1]
    return None


def _with_year(mention: Mention, year: int) -> Mention:
    if mention.period is not None:
        _, first, _, last = mention.period
        return replace(mention, period=(year if first <= last else year - 1, first, year, last))
    assert mention.date is not None
    return replace(mention, date=(year, mention.date[1], mention.date[2]))


def _stated_year(mention: Mention) -> int | None:
    if mention.kind == "year" and mention.figure is not None:
        return int(mention.figure.value)
    if mention.kind in ("date", "month") and mention.date is not None:
        return mention.date[0]
    return None


def _resolve_crowns(figures: list[ExtractedFigure]) -> list[ExtractedFigure]:
    """ "1.62 billion Norwegian crowns ... 1.87 billion crowns": a bare "crowns" is the crown the
    article named last (none named: the amount keeps no currency)."""
    from factlint.text.scan import CROWN_CURRENCIES, CROWNS

    named: str | None = None
    resolved = []
    for figure in figures:
        if figure.unit in CROWN_CURRENCIES:
            named = figure.unit
        elif figure.unit == CROWNS:
            figure = replace(figure, unit=named)
        resolved.append(figure)
    return resolved


def _extracted(article: Article, body: str, mention: Mention, country: CountryEvidence | None) -> ExtractedFigure:
    start = mention.start + article.body_offset
    position = article.position(start)
    kind, unit, noun = mention.kind, mention.unit, None
    evidence = None
    if len(mention.currencies) > 1 and country is not None:
        unit = resolve(mention.currencies, country)
        evidence = f"{' or '.join(mention.currencies)}: {unit} by {country.why}"
    if kind == "number" and mention.figure is not None:
        noun = noun_after(body, mention.end)
        if noun is not None and mention.figure.value == mention.figure.value.to_integral_value():
            kind, unit = "count", "count"
    if kind in ("month_range", "period"):
        unit = "period"
    elif kind == "ordinal":
        unit = "ordinal"
    elif kind == "fraction":
        unit = "fraction"
    return ExtractedFigure(
        text=mention.text, start=start, end=mention.end + article.body_offset,
        line=position.line, column=position.column, kind=kind, value=value_notation(mention),
        unit=unit, hedge=mention.hedge, noun=noun, currency_evidence=evidence,
        reading=mention.figure.with_hedge(lookup_hedge(mention.hedge)) if mention.figure is not None else None)


def noun_after(text: str, end: int) -> str | None:
    """The noun phrase a number counts: a few words, ending at the first plural-looking one.

    "336 enterprises representing new forces" -> "enterprises"; "20 strategic industry clusters' added" ->
    "strategic industry clusters"; "10 focus on" -> None (no plural: not a count of things).
    """
    words: list[str] = []
    position = end
    for _ in range(MAX_NOUN_WORDS):
        match = _WORD.match(text, position)
        if match is None or "\n\n" in text[position:match.start(1)]:
            break
        word = match.group(1)
        if word.lower() in _STOP_WORDS or (word == "and" and not words):
            break
        words.append(word)
        position = match.end()
    for size in range(1, len(words) + 1):
        word = words[size - 1].rstrip("'’")
        if _looks_plural(word.lower()) or re.fullmatch(r"[A-Z]{2,}s", word):  # "SMEs", "TEUs"
            return " ".join(words[:size]).rstrip("'’")
    return None


def _looks_plural(word: str) -> bool:
    if word in _IRREGULAR_PLURALS:
        return True
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ous"))


def value_notation(mention: Mention) -> str | None:
    """The mention's value in the plain notation of `factlint extract` (see module docstring)."""
    if mention.period is not None:  # "2023-01/2023-06": from the first month to the last
        first_year, first, last_year, last = mention.period
        return f"{_year(first_year)}-{first:02d}/{_year(last_year)}-{last:02d}"
    if mention.date is not None:
        year, month, day = mention.date
        if day is None:
            return f"{_year(year)}-{month:02d}"
        return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"
    if mention.years is not None:
        return f"{mention.years[0]}-{mention.years[1]}"
    figure = mention.figure
    if figure is None:
        return None
    if mention.kind == "fraction":
        return fraction_notation(mention.text) or fraction_notation(f"a {mention.text}")  # "half"
    if figure.bounds is not None:
        return f"{plain(figure.bounds[0])}-{plain(figure.bounds[1])}"
    return plain(figure.value)


def _year(year: int | None) -> str:
    return f"{year:04d}" if year is not None else "-"  # "--03": a month whose year nothing says


def plain(value: Decimal) -> str:
    """A decimal without exponent or trailing zeros: 1.4082E+11 -> "140820000000"."""
    return format(value.normalize(), "f")


# Kinds whose value is a date or a stretch of calendar: an ISO 8601 string in JSON.
CALENDAR_KINDS = frozenset({"date", "month", "month_range", "period"})
# Kinds whose value is a stretch of numbers: [low, high] in JSON.
SPAN_KINDS = frozenset({"range", "year_range", "decade", "fiscal_year"})


# "2011-2015", "-500000000000-1000000000000" (a range whose rounding reaches below zero): the
# separator is the hyphen after the first number, not the first hyphen
_SPAN = re.compile(r"(-?[^-]+)-(-?[^-]+)")


def json_value(figure: ExtractedFigure) -> int | float | str | list[int | float] | None:
    """The value as JSON gives it: a number (an integer when whole), [low, high] for ranges and
    spans of years, an ISO 8601 string for dates, months and periods ("2024-01/2024-06")."""
    if figure.value is None or figure.kind in CALENDAR_KINDS:
        return figure.value
    if figure.kind in SPAN_KINDS:
        low, high = _SPAN.fullmatch(figure.value).groups()  # type: ignore[union-attr]
        return [_number(Decimal(low)), _number(Decimal(high))]
    if figure.kind == "fraction":
        from fractions import Fraction

        return _number(Decimal(Fraction(figure.value).numerator) / Decimal(Fraction(figure.value).denominator))
    return _number(Decimal(figure.value))


def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def render_figures(figures: list[ExtractedFigure], output_format: str) -> str:
    """`factlint extract` output: json (a list of objects), yaml (the same), or aligned text."""
    rows = [{**figure.as_dict(), "value": json_value(figure)} for figure in figures]
    if output_format == "json":
        import json

        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    if output_format == "yaml":
        import io

        from ruamel.yaml import YAML

        stream = io.StringIO()
        yaml = YAML(typ="safe", pure=True)
        yaml.default_flow_style = False
        yaml.allow_unicode = True
        yaml.representer.sort_base_mapping_type_on_output = False  # keep the JSON key order
        yaml.dump(rows, stream)
        return stream.getvalue()
    lines = [f"{f.line}:{f.column}\t{f.kind}\t{f.value or ''}\t{f.unit or ''}\t"
             f"{f.hedge or ''}\t{' '.join(f.text.split())}" + (f"\t[{f.noun}]" if f.noun else "")
             for f in figures]
    lines.append(f"{len(figures)} figure(s)")
    return "\n".join(lines) + "\n"
