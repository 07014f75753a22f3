"""Find the figures written in a piece of text: money, percents, counts, number words, fractions,
ordinals, years, year ranges, decades and dates, each with its span and, where one precedes it,
its hedge.

Anchoring uses this to read the figure a claim's quote actually says; it is deliberately
tolerant of messy text (escaped dollars, non-breaking spaces, en dashes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from factlint.figures import (
    _NUMBER_WORD,
    _SCALE,
    DENOMINATOR_WORDS,
    Figure,
    FigureSyntaxError,
    parse_figure,
)
from factlint.hedges import hedge_before

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}

# Currency as written -> ISO 4217. Symbols before the number, names after it.
CURRENCY_PREFIXES = {
    "us$": "USD", "$": "USD", "hk$": "HKD", "a$": "AUD", "c$": "CAD", "s$": "SGD", "nt$": "TWD",
    "€": "EUR", "£": "GBP", "¥": "CNY", "rmb": "CNY", "cny": "CNY", "usd": "USD", "eur": "EUR",
    "₹": "INR", "rs": "INR", "rs.": "INR", "₩": "KRW", "jpy": "JPY", "gbp": "GBP", "hkd": "HKD",
}
CURRENCY_NAMES = {
    "yuan": "CNY", "renminbi": "CNY", "dollars": "USD", "dollar": "USD", "us dollars": "USD",
    "euros": "EUR", "euro": "EUR", "pounds": "GBP", "pound": "GBP", "yen": "JPY",
    "rupees": "INR", "rupee": "INR", "won": "KRW", "hong kong dollars": "HKD",
}
PERCENT_WORDS = r"(?:percent|per\s+cent|%|pct)"
POINT_WORDS = r"(?:percentage\s+points?|points?|pp)"

_MONTH = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_PREFIX = r"(?:" + "|".join(
    re.escape(p) for p in sorted(CURRENCY_PREFIXES, key=len, reverse=True)) + r")"
_NAME = r"(?:" + "|".join(sorted(CURRENCY_NAMES, key=len, reverse=True)) + r")"
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_DASH = r"\s*[-–—‐]\s*"

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("date", re.compile(rf"\b(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?!\d)(?:,?\s+(?P<year>\d{{4}}))?",
                        re.IGNORECASE)),
    ("month", re.compile(rf"\b(?P<month>{_MONTH})\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)),
    ("year_range", re.compile(rf"\b(?P<start>(?:19|20)\d\d){_DASH}(?P<end>(?:19|20)?\d\d)\b")),
    ("decade", re.compile(r"\b(?P<decade>(?:1[89]|20)\d0)s\b")),
    ("money", re.compile(
        rf"(?P<prefix>\\?{_PREFIX})\s?(?P<number>{_NUM})(?:\s*(?P<scale>{_SCALE})\b)?"
        rf"(?:\s+(?P<name>{_NAME})\b)?", re.IGNORECASE)),
    ("money", re.compile(
        rf"(?<![\w.])(?P<number>{_NUM}|{_NUMBER_WORD})(?:\s*(?P<scale>{_SCALE}))?"
        rf"\s+(?:of\s+)?(?P<name>{_NAME})\b", re.IGNORECASE)),
    ("percent", re.compile(
        rf"(?<![\w.])(?P<number>{_NUM}|{_NUMBER_WORD})\s*(?P<unit>{POINT_WORDS}|{PERCENT_WORDS})"
        r"(?!\w)", re.IGNORECASE)),
    ("fraction", re.compile(
        rf"\b(?P<number>(?:{_NUMBER_WORD}|a)[-‐](?:" + "|".join(DENOMINATOR_WORDS) + r"))\b",
        re.IGNORECASE)),
    ("ordinal", re.compile(r"\b(?P<number>\d+)(?:st|nd|rd|th)\b|\bNo\.?\s?(?P<rank>\d+)\b")),
    ("year", re.compile(r"(?<![\d,.$])\b(?P<number>(?:19|20)\d\d)\b(?![,.]\d)")),
    ("number", re.compile(
        rf"(?<![\w.])(?P<number>{_NUM})(?:\s*(?P<scale>{_SCALE})\b)?", re.IGNORECASE)),
    ("number", re.compile(
        rf"\b(?P<number>{_NUMBER_WORD})\b(?:\s+(?P<scale>{_SCALE})\b)?", re.IGNORECASE)),
]


@dataclass(frozen=True, slots=True)
class Mention:
    """One figure found in text."""

    kind: str  # money, percent, points, fraction, number, ordinal, year, year_range, decade, date, month
    start: int
    end: int
    text: str
    figure: Figure | None  # None for dates and ranges
    unit: str | None = None  # ISO 4217 code, "percent", "pp"
    hedge: str | None = None
    date: tuple[int | None, int, int | None] | None = None  # (year, month, day)
    years: tuple[int, int] | None = None  # year ranges and decades


@lru_cache(maxsize=4096)
def scan(text: str) -> tuple[Mention, ...]:
    """Every figure in `text`, left to right, non-overlapping (earlier patterns win)."""
    taken: list[tuple[int, int]] = []
    found: list[Mention] = []
    for kind, pattern in PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                continue
            mention = _mention(kind, match, text)
            if mention is not None:
                taken.append((start, end))
                found.append(mention)
    return tuple(sorted(found, key=lambda m: m.start))


def _mention(kind: str, match: re.Match[str], text: str) -> Mention | None:
    start, end = match.span()
    written = match.group(0)
    hedge = hedge_before(text[:start])
    groups = match.groupdict()
    if kind == "date":
        month = MONTHS[groups["month"].lower().rstrip(".")]
        day = int(groups["day"])
        year = int(groups["year"]) if groups.get("year") else None
        if not 1 <= day <= 31:
            return None
        return Mention(kind, start, end, written, None, "date", hedge, date=(year, month, day))
    if kind == "month":
        month = MONTHS[groups["month"].lower().rstrip(".")]
        return Mention(kind, start, end, written, None, "date", hedge,
                       date=(int(groups["year"]), month, None))
    if kind == "year_range":
        first, last = groups["start"], groups["end"]
        end_year = int(first[: 4 - len(last)] + last)
        return Mention(kind, start, end, written, None, "year", hedge, years=(int(first), end_year))
    if kind == "decade":
        first = int(groups["decade"])
        return Mention(kind, start, end, written, None, "year", hedge, years=(first, first + 9))
    number = groups.get("number") or groups.get("rank")
    scale = groups.get("scale")
    try:
        figure = parse_figure(f"{number} {scale}" if scale else number)
    except FigureSyntaxError:
        return None
    unit = None
    if kind == "money":
        unit = _currency(groups.get("prefix"), groups.get("name"))
    elif kind == "percent":
        is_points = re.match(POINT_WORDS, groups["unit"], re.IGNORECASE)
        kind, unit = ("points", "pp") if is_points else ("percent", "percent")
    elif kind == "ordinal":
        figure = figure.as_exact()
    elif kind == "year":
        unit = "year"
    return Mention(kind, start, end, written, figure, unit, hedge)


def _currency(prefix: str | None, name: str | None) -> str | None:
    if prefix:
        return CURRENCY_PREFIXES.get(prefix.lstrip("\\").lower())
    if name:
        return CURRENCY_NAMES.get(" ".join(name.lower().split()))
    return None
