"""Drafting: a claims file for an article, from its figures and the relations its wording makes plain.

`factlint init` writes the draft for a fact-checker to extend; `factlint check ARTICLE.txt` checks
it in memory. Both go through the same YAML text and the same loader as a hand-made claims file,
so a draft is held to every rule a hand-made file is.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from factlint.figures.figure import fraction_notation
from factlint.limits import DRAFT_FIGURES, refuse
from factlint.relations.context import ProposedRelation
from factlint.relations.infer import infer_relations
from factlint.text.article import Article
from factlint.text.extract import ExtractedFigure, extract_from_article
from factlint.text.frontmatter import Metadata, require_english
from factlint.text.scan import MONTHS

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY_BEFORE = re.compile(r"\b(" + "|".join(WEEKDAY_NAMES) + r")\s*,?\s*(?:the\s+)?$")
_WEEKDAY_AFTER = re.compile(r"^\s*\(?\s*(" + "|".join(WEEKDAY_NAMES) + r")\b")
_SLUG_STOP = frozenset("a an the of in on at to from for and or by with its their each as is "
                       "was were be that which this these than more about nearly some over "
                       "percent per cent".split())
UNIT_PREFIX = {"percent": "pct", "pp": "pp", "count": "count", "ordinal": "rank", "fraction": "share",
               "ratio": "ratio", "year": "year", "date": "date", "period": "period"}
MAX_QUOTE_WORDS = 12


@dataclass
class DraftClaim:
    id: str
    quote: str
    value: str
    unit: str
    figure: ExtractedFigure
    hedge: str | None = None
    noun: str | None = None
    occurrence: int | None = None
    weekday: str | None = None
    note: str | None = None


@dataclass
class Draft:
    article: Article
    metadata: Metadata
    claims: list[DraftClaim]
    relations: list[ProposedRelation] = field(default_factory=list)


def draft_claims(article: Article, metadata: Metadata) -> Draft:
    require_english(article, metadata.locale)
    figures = extract_from_article(article, metadata)
    if len(figures) > DRAFT_FIGURES.value:  # relations are inferred pairwise: refuse before that
        raise refuse(DRAFT_FIGURES, article.path, found=f"{len(figures):,} figures")
    claims: list[DraftClaim] = []
    ids: set[str] = set()
    year = _default_year(figures, metadata)
    for figure in figures:
        claim = _draft_claim(article, figure, year)
        claim.id = _unique(claim.id, ids)
        claims.append(claim)
    relations = infer_relations(article.text, figures)
    return Draft(article, metadata, claims, relations)


def _default_year(figures: Sequence[ExtractedFigure], metadata: Metadata) -> tuple[int, str]:
    """The year to read "Oct 9" in, and why: publication, else the latest year the text names."""
    if metadata.published is not None:
        return metadata.published.year, "the publication year"
    years = [int(f.value) for f in figures if f.kind == "year" and f.value and f.value.isdigit()]
    if years:
        return max(years), "the latest year the article names (no publication date given)"
    today = dt.date.today().year
    return today, "the current year (no publication date, and no year in the text)"


def _draft_claim(article: Article, figure: ExtractedFigure, year: tuple[int, str]) -> DraftClaim:
    value, unit, note, weekday = _value_and_unit(article, figure, year)
    quote, occurrence = quote_for(article, figure)
    return DraftClaim(id=_claim_id(article, figure, unit), quote=quote, value=value, unit=unit,
                      figure=figure, hedge=figure.hedge, noun=figure.noun, occurrence=occurrence,
                      weekday=weekday, note=note)


def _value_and_unit(article: Article, figure: ExtractedFigure,
                    year: tuple[int, str]) -> tuple[str, str, str | None, str | None]:
    """The claims-file value and unit of a figure (and a note on any assumption made)."""
    kind, written = figure.kind, " ".join(figure.text.replace("\\$", "$").split())
    if kind == "date":
        assert figure.value is not None
        if figure.value.startswith("--"):
            month, day = figure.value[2:].split("-")
            return f"{year[0]}-{month}-{day}", "date", f"year assumed: {year[1]}", _weekday(article, figure)
        return figure.value, "date", None, _weekday(article, figure)
    if kind == "month":
        if str(figure.value).startswith("--"):  # no year in the text and no publication date
            return f"{year[0]}{figure.value[1:]}", "month", f"year assumed: {year[1]}", None
        return str(figure.value), "month", None, None
    if kind in ("month_range", "period"):
        value = str(figure.value).replace("--", f"{year[0]}-")
        note = f"year assumed: {year[1]}" if "--" in str(figure.value) else None
        return value, "period", note, None
    if kind == "fiscal_year":
        return str(figure.value), "year-range", None, None
    if kind in ("year_range", "decade"):
        return (written if kind == "decade" else str(figure.value)), "year-range", None, None
    if kind == "fraction":
        return fraction_notation(written) or str(figure.value), "fraction", None, None
    if kind == "range":
        return _range_value(figure), figure.unit or "count", None, None
    unit = {"money": figure.unit, "percent": "percent", "points": "pp", "count": "count",
            "ordinal": "ordinal", "year": "year", "ratio": "ratio", "duration": figure.unit,
            "quantity": figure.unit,
            "number": "count"}.get(kind) or "count"
    return str(figure.value), unit, None, None


def _range_value(figure: ExtractedFigure) -> str:
    from factlint.text.scan import scan

    mention = scan(figure.text)[0]
    return mention.figure.written if mention.figure is not None else str(figure.value)


def _weekday(article: Article, figure: ExtractedFigure) -> str | None:
    before = _WEEKDAY_BEFORE.search(article.text[max(0, figure.start - 14):figure.start])
    after = _WEEKDAY_AFTER.match(article.text[figure.end:figure.end + 14])
    match = before or after
    return match.group(1) if match else None


def quote_for(article: Article, figure: ExtractedFigure) -> tuple[str, int | None]:
    """The shortest readable quote that finds this figure and only it: the figure with its hedge
    and a few words either side, widened until the article holds it once (else an occurrence)."""
    text = article.text
    start, end = figure.start, figure.end
    if figure.hedge:
        hedge_start = text.rfind(figure.hedge, max(0, start - 40), start)
        start = hedge_start if hedge_start >= 0 else start
    left, right = _words_left(text, start), _words_right(text, end)
    quote = ""
    for size in range(0, MAX_QUOTE_WORDS):
        take_right = min(len(right), (size + 1) // 2 + 1)
        take_left = min(len(left), size // 2)
        span_start = left[take_left - 1] if take_left else start
        span_end = right[take_right - 1] if take_right else end
        quote = _clean(text[span_start:span_end])
        # Finding the quote is a string search, reading it a scan of every figure pattern: a quote
        # found more than once is passed over before it is read.
        if len(article.find_all(quote)) != 1:
            continue
        if _reads_figure(text, span_start, span_end, figure):  # "first for" is no rank until "ranked" is in it
            return quote, None
    spans = article.find_all(quote)
    for number, span in enumerate(spans, 1):
        if span.start <= figure.start < span.end:
            return quote, number
    return quote, None


def _reads_figure(text: str, start: int, end: int, figure: ExtractedFigure) -> bool:
    """Does the quote alone read this figure, as anchoring will read it?"""
    from factlint.text.extract import value_notation
    from factlint.text.scan import scan

    return any(start + m.start <= figure.start < start + m.end and _same_value(value_notation(m), figure.value)
               for m in scan(text[start:end]))


def _same_value(read: str | None, extracted: str | None) -> bool:
    """A month or a period read from the quote alone has an open year ("--03"), which extraction
    dated from the rest of the text ("2024-03"): the same figure."""
    if read == extracted or read is None or extracted is None or "--" not in read:
        return read == extracted
    return re.sub(r"\d{4}-", "--", extracted) == read


# How far either side of a figure its quote's words are looked for: a quote never takes more than
# MAX_QUOTE_WORDS words, and reading a whole paragraph per figure was quadratic in a long one.
QUOTE_WINDOW = MAX_QUOTE_WORDS * 40


def _words_left(text: str, offset: int) -> list[int]:
    """Start offsets of the words before `offset`, nearest first, within its paragraph."""
    floor = max(text.rfind("\n\n", max(0, offset - QUOTE_WINDOW), offset), offset - QUOTE_WINDOW, 0)
    starts = [m.start() for m in re.finditer(r"\S+", text[floor:offset])]
    if floor and starts and not text[floor - 1].isspace():
        starts = starts[1:]  # the window cut a word in two
    return [floor + s for s in reversed(starts)]


def _words_right(text: str, offset: int) -> list[int]:
    ceiling = text.find("\n\n", offset, offset + QUOTE_WINDOW)
    ceiling = min(len(text), offset + QUOTE_WINDOW) if ceiling < 0 else ceiling
    ends = [offset + m.end() for m in re.finditer(r"\S+", text[offset:ceiling])]
    if ceiling < len(text) and ends and ends[-1] == ceiling and not text[ceiling].isspace():
        ends = ends[:-1]  # the window cut a word in two
    return ends


def _clean(quote: str) -> str:
    """A quote as a claims file writes it: one line, an escaped dollar unescaped, no trailing
    punctuation that would make it fragile."""
    quote = " ".join(quote.replace("\\$", "$").split())
    return quote.rstrip(",;:")


def _claim_id(article: Article, figure: ExtractedFigure, unit: str) -> str:
    """A readable id: what the figure is (unit or noun), its value, and a word or two of what it
    is about, taken from its own sentence: "cny-18t-operating-revenue", "enterprises-336"."""
    prefix = UNIT_PREFIX.get(unit, unit.lower())
    if figure.kind == "count" and figure.noun:
        return _slug(f"{figure.noun} {figure.value}") or "count"
    if figure.kind in ("year", "date", "month", "year_range", "decade"):
        return _slug(f"{prefix} {figure.text}") or prefix
    return _slug(" ".join([prefix, _short_value(figure), *_topic_words(article.text, figure)])) or prefix


def _topic_words(text: str, figure: ExtractedFigure) -> list[str]:
    """Up to two content words after the figure in its clause, else the two before it."""
    def content(words: list[str]) -> list[str]:
        return [w for w in words if w.lower() not in _SLUG_STOP and w.lower() not in MONTHS
                and w.lower() not in _FIGURE_WORDS]

    after_text = re.sub(r"^\s*\([^()]*\)", "", text[figure.end:figure.end + 120])  # skip "($99.4 million)"
    after = re.split(r"[.,;:()\n—–]", after_text, maxsplit=1)[0]
    words = content(re.findall(r"[A-Za-z][A-Za-z-]*", after))[:2]
    if words:
        return words
    before = re.split(r"[.,;:()\n—–]", text[max(0, figure.start - 80):figure.start])[-1]
    return content(re.findall(r"[A-Za-z][A-Za-z-]*", before))[-2:]


_FIGURE_WORDS = frozenset("yuan dollars dollar euros euro pounds yen rupees won million billion "
                          "trillion thousand crore lakh each respectively".split())
_SHORT_SCALES = ((12, "t"), (9, "bn"), (6, "m"), (3, "k"))


def _short_value(figure: ExtractedFigure) -> str:
    """ "1 trillion" -> "1t", "140.82 billion" -> "140.82bn", "6.6" -> "6.6"."""
    value = figure.value or ""
    if not re.fullmatch(r"\d+(?:\.\d+)?", value):
        return ""
    from decimal import Decimal

    number = Decimal(value)
    for exponent, suffix in _SHORT_SCALES:
        if number >= Decimal(10) ** exponent:
            return format((number / Decimal(10) ** exponent).normalize(), "f") + suffix
    return value


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9.]+", "-", text.lower()).replace(".", "-").strip("-")[:48].rstrip("-")


def _unique(candidate: str, taken: set[str]) -> str:
    result, number = candidate, 2
    while result in taken:
        result, number = f"{candidate}-{number}", number + 1
    taken.add(result)
    return result


# -- the claims file ---------------------------------------------------------------------------------
def render_draft(draft: Draft, article_ref: str) -> str:
    """The draft as a claims file; `article_ref` is the article path relative to the file."""
    meta = draft.metadata
    lines = ["# Drafted by `factlint init`: every figure found in the article, with the relations",
             "# its wording makes plain. Check each claim; add what the wording leaves implicit;",
             "# list figures that need no check under ignored_figures with a reason.",
             "article:", f"  path: {_q(article_ref)}"]
    if meta.title:
        lines.append(f"  title: {_q(meta.title)}")
    if meta.published:
        lines.append(f"  published: {meta.published.isoformat()}")
    lines.append(f"  locale: {_q(meta.locale)}")
    if meta.source:
        lines.append(f"  source: {_q(meta.source)}")
    lines.append("")
    lines.append("claims:" if draft.claims else "claims: []  # no figures found")
    for claim in draft.claims:
        lines.extend(_claim_lines(claim))
    relations = [r for r in (_relation_lines(draft, n, r) for n, r in enumerate(draft.relations)) if r]
    if relations:
        lines.append("")
        lines.append("relations:")
        for block in relations:
            lines.extend(block)
    return "\n".join(lines) + "\n"


def _claim_lines(claim: DraftClaim) -> list[str]:
    lines = [f"  - id: {claim.id}", f"    quote: {_q(claim.quote)}", f"    value: {_q(claim.value)}",
             f"    unit: {_q(claim.unit)}"]
    optional = (("hedge", claim.hedge), ("noun", claim.noun), ("occurrence", claim.occurrence),
                ("weekday", claim.weekday), ("note", claim.note))
    lines += [f"    {key}: {_q(value) if isinstance(value, str) else value}"
              for key, value in optional if value is not None]
    return lines


def _relation_lines(draft: Draft, number: int, relation: ProposedRelation) -> list[str]:
    ids = [c.id for c in draft.claims]

    def ref(value: int | tuple[int, ...]) -> str:
        if isinstance(value, tuple):
            return "[" + ", ".join(ids[i] for i in value) + "]"
        return ids[value]

    lines = [f"  - kind: {relation.kind}"]
    if relation.kind == "count":
        lines.append(f"    id: {list_id(draft, number)}")
    lines += [f"    {role}: {ref(value)}" for role, value in relation.roles.items()]
    if relation.direction:
        lines.append(f"    direction: {relation.direction}")
    if relation.kind == "count":
        if relation.open:
            lines.append("    open: true")
        lines.append("    items:")
        lines += [f"      - {_q(item)}" for item in relation.items]
    if relation.kind == "tiers":
        if relation.population:
            lines.append("    population: [" + ", ".join(list_id(draft, n) for n in relation.population) + "]")
        lines.append("    tiers:")
        for count_number, each in relation.tiers:
            lines.append(f"      - {{list: {list_id(draft, count_number)}, each: {ids[each]}}}")
    lines.append(f"    note: {_q('proposed: ' + relation.note)}")
    return lines


def list_id(draft: Draft, relation_number: int) -> str:
    """The id of a count relation: "list-" and its count's claim id, numbered if taken twice."""
    taken: set[str] = set()
    for number, relation in enumerate(draft.relations[:relation_number + 1]):
        if relation.kind != "count":
            continue
        count = relation.roles["count"]
        assert isinstance(count, int)
        name = _unique(f"list-{draft.claims[count].id}", taken)
        if number == relation_number:
            return name
    raise ValueError(f"relation {relation_number} is not a count relation")


def _q(text: str) -> str:
    """A YAML double-quoted scalar (JSON's string syntax is valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def relative_ref(article_path: Path, claims_dir: Path) -> str:
    return Path(os.path.relpath(article_path.resolve(), claims_dir.resolve())).as_posix()
