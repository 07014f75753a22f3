"""Anchoring: where each claim's quote stands in the article, and which figure it writes there.

A claim is anchored when its quote is found (layout forgiven, see `article`). The figure the text
writes inside the quote is then read with `scan` and compared with the recorded value; checks use
the text's figure, because the text is the source of truth.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from factlint.claims.model import WEEKDAYS, Claim
from factlint.figures.figure import Figure
from factlint.figures.hedges import hedge_before, lookup_hedge
from factlint.text.article import Article, Span, normalize
from factlint.text.scan import CROWN_CURRENCIES, CROWNS, Mention, scan, written_dates

# Which mention kinds can carry a figure of each unit kind.
COMPATIBLE: dict[str, tuple[str, ...]] = {
    "currency": ("money", "range", "number"),
    "percent": ("percent", "range", "fraction"),
    "points": ("points", "percent"),
    "fraction": ("fraction", "percent"),
    "ratio": ("ratio", "number", "fraction"),
    "count": ("number", "duration", "year"),
    "quantity": ("quantity", "duration", "number", "range"),
    "ordinal": ("ordinal",),
    "year": ("year",),
    "year_range": ("year_range", "decade", "fiscal_year"),
    "date": ("date", "month"),
    "period": ("period", "month_range"),
}
FUZZY_THRESHOLD = 70.0  # rapidfuzz score below which a "closest text" is no match at all


@dataclass(frozen=True, slots=True)
class Anchor:
    status: str  # "found", "missing", "ambiguous"
    occurrences: int
    span: Span | None  # the quote in the article
    mention: Mention | None = None  # the figure the text writes inside the quote
    mention_span: Span | None = None  # that figure, in article offsets

    @property
    def found(self) -> bool:
        return self.span is not None

    @property
    def focus(self) -> Span | None:
        """What a finding should point at: the figure if we have it, else the quote."""
        return self.mention_span or self.span


def anchor_claim(claim: Claim, article: Article) -> Anchor:
    spans = article.find_all(claim.quote)
    if not spans:
        return Anchor("missing", 0, None)
    if claim.occurrence is not None:
        if claim.occurrence > len(spans):
            return Anchor("missing", len(spans), None)
        span, status = spans[claim.occurrence - 1], "found"
    else:
        span, status = spans[0], ("found" if len(spans) == 1 else "ambiguous")
    quote_text = article.text[span.start:span.end]
    mention = pick_mention(claim, quote_text, _mentions_within(article, span))
    if mention is None:
        return Anchor(status, len(spans), span)
    figure_span = Span(span.start + mention.start, span.start + mention.end)
    return Anchor(status, len(spans), span, mention, figure_span)


def _mentions_within(article: Article, span: Span) -> list[Mention]:
    """The article's own reading of the figures inside a quote, in quote offsets: the whole body is
    scanned once (and cached), instead of once per claim."""
    body_offset = article.body_offset
    start, end = span.start - body_offset, span.end - body_offset
    if start < 0:
        return []
    return [replace(m, start=m.start - start, end=m.end - start)
            for m in scan(article.text[body_offset:]) if start <= m.start and m.end <= end]


def scan_within(article: Article, span: Span) -> list[Mention]:
    """The article's figures that lie inside `span`, in article offsets."""
    body_offset = article.body_offset
    return [replace(m, start=m.start + body_offset, end=m.end + body_offset)
            for m in scan(article.text[body_offset:])
            if span.start <= m.start + body_offset and m.end + body_offset <= span.end]


def pick_mention(claim: Claim, quote_text: str, mentions: list[Mention] | None = None) -> Mention | None:
    """The figure in the quoted text that the claim records: same kind, same value if possible.
    `mentions` are the article's reading of the quote, if known; a quote that cuts a figure
    (or a quote with none of the right kind) is read on its own."""
    if claim.unit.kind == "weekday":
        return _weekday_mention(quote_text)
    kinds = COMPATIBLE.get(claim.unit.kind, ("number",))
    candidates = [m for m in (mentions or ()) if m.kind in kinds]
    if not any(mention_matches(claim, m) for m in candidates):
        candidates = [m for m in scan(quote_text) if m.kind in kinds]
    if not candidates and claim.unit.kind == "date":
        candidates = written_dates(quote_text)  # "Oct 37 afternoon": the date claim's own typo
    if claim.unit.kind == "currency":
        same_currency = [m for m in candidates if m.unit in (claim.unit.code, None)]
        candidates = same_currency or candidates
    for mention in candidates:
        if mention_matches(claim, mention):
            return mention
    return candidates[0] if candidates else None


def _weekday_mention(text: str) -> Mention | None:
    match = re.search(r"\b(" + "|".join(WEEKDAYS) + r")\b", text, re.IGNORECASE)
    if not match:
        return None
    return Mention("weekday", match.start(), match.end(), match.group(0), None, "weekday")


def mention_matches(claim: Claim, mention: Mention) -> bool:
    """Does the text's figure say what the claim records? (value, date or years; not hedge)"""
    if claim.unit.kind == "weekday":
        return mention.text.lower() == claim.value.strip().lower()
    if claim.date is not None:
        if mention.date is None:
            return False
        year, month, day = mention.date
        return (month, day) == claim.date[1:] and year in (None, claim.date[0])
    if claim.years is not None:
        return mention.years == claim.years
    if claim.period is not None:
        if mention.period is None:
            return False
        _, first, last_year, last = mention.period  # a year the text leaves open matches any
        return (first, last) == (claim.period[1], claim.period[3]) and last_year in (None, claim.period[2])
    if claim.figure is None or mention.figure is None:
        return False
    if not _same_currency(claim, mention):
        return False
    value = mention.figure.value
    if claim.unit.kind == "percent" and mention.kind == "fraction":
        value *= 100
    elif claim.unit.kind == "fraction" and mention.kind == "percent":
        value /= 100
    return value == claim.figure.value


def _same_currency(claim: Claim, mention: Mention) -> bool:
    """Money in the text must be in the recorded currency; "¥" is written for yuan and yen alike."""
    if claim.unit.kind != "currency" or mention.kind not in ("money", "range") or mention.unit is None:
        return True
    if mention.unit == CROWNS:  # "crowns" alone: whichever crown the article named
        return claim.unit.code in CROWN_CURRENCIES
    # a sign shared by several currencies ("Rs", "¥", "pesos") is any of them: the claim says which
    return claim.unit.code in (mention.currencies or (mention.unit,))


def text_figure(claim: Claim, anchor: Anchor, article: Article) -> Figure | None:
    """The figure checks should use: the text's own, hedged as the text hedges it."""
    figure = claim.figure
    mention = anchor.mention
    if mention is not None and mention.figure is not None and figure is not None:
        figure = mention.figure
        if claim.unit.kind == "percent" and mention.kind == "fraction":
            figure = Figure(figure.value * 100, figure.written, figure.ulp * 100,
                            figure.loose_ulp * 100, figure.exact)
    if figure is None:
        return None
    hedge_text = claim.hedge if claim.hedge is not None else text_hedge(anchor, article)
    figure = figure.with_hedge(lookup_hedge(hedge_text))
    exact = claim.exact
    if exact is None:
        # A count written to the unit ("336 enterprises") is a whole number, not a rounded one;
        # "4.4 million SMEs" is rounded like any other figure. Number words are exact too, when
        # they count: a percent or an amount in words ("nine per cent") is rounded like digits.
        whole = claim.unit.kind in ("count", "ordinal", "year") and figure.ulp <= 1
        in_words = claim.unit.kind in ROUNDED_IN_WORDS and not any(c.isdigit() for c in figure.written)
        exact = whole or (figure.exact and not in_words)
    return replace(figure, exact=exact)


ROUNDED_IN_WORDS = ("percent", "points", "currency")


def text_hedge(anchor: Anchor, article: Article) -> str | None:
    """The hedge written just before the anchored figure (it may lie outside the quote)."""
    return None if anchor.mention_span is None else hedge_at(article, anchor.mention_span.start)


def hedge_at(article: Article, offset: int) -> str | None:
    """The hedge the article writes just before `offset`, as written."""
    return hedge_before(article.text[max(0, offset - 40):offset])


def closest_text(quote: str, article: Article) -> tuple[Span, float] | None:
    """The stretch of the article that best matches a quote that is no longer there."""
    from rapidfuzz import fuzz

    needle = normalize(quote)
    flat, origin = article.normalized
    if not needle or not flat:
        return None
    alignment = fuzz.partial_ratio_alignment(needle, flat)
    if alignment is None or alignment.score < FUZZY_THRESHOLD:
        return None
    start, end = widen_to_words(flat, alignment.dest_start, alignment.dest_end)
    return Span(origin[start], origin[end - 1] + 1), alignment.score


def widen_to_words(flat: str, start: int, end: int) -> tuple[int, int]:
    """Widen a fuzzy match so it neither starts nor ends inside a word or a number ("4.|6")."""
    def inside(left: str, middle: str, right: str) -> bool:
        return middle.isalnum() or (middle in ".," and left.isdigit() and right.isdigit())

    while start > 0 and inside(flat[start - 2:start - 1], flat[start - 1], flat[start:start + 1]):
        start -= 1
    while end < len(flat) and inside(flat[end - 1:end], flat[end], flat[end + 1:end + 2]):
        end += 1
    while start < end and flat[start] == " ":
        start += 1
    while end > start and flat[end - 1] == " ":
        end -= 1
    return start, end
