"""Find the figures written in a piece of text: money, percents, counts, number words, fractions,
ordinals, years, year ranges, decades and dates, each with its span and, where one precedes it,
its hedge.

Anchoring uses this to read the figure a claim's quote actually says; it is deliberately
tolerant of messy text (escaped dollars, non-breaking spaces, en dashes).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from factlint.figures.figure import (
    DENOMINATOR_WORDS,
    GLUED_ONLY_SCALES,
    NUMBER_WORD_PATTERN,
    SCALE_WORDS,
    VAGUE_PATTERN,
    Figure,
    FigureSyntaxError,
    parse_figure,
)
from factlint.figures.hedges import generation, hedge_before
from factlint.text.currencies import ISO_CODES, LETTER_PREFIXES, NAMES, PREFIXES, WORD_PREFIXES
from factlint.text.fastsearch import END, Searcher

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}

# "crowns" alone: Norway's, Sweden's, Denmark's or Czechia's, as the article named them before.
CROWNS = "crowns"  # the "currency" of a bare "crowns" until extraction resolves it
CROWN_CURRENCIES = ("NOK", "SEK", "DKK", "CZK", "ISK")

# Currencies as written (signs, names, ISO codes) are a table: see `currencies`.
_LETTER = "".join(LETTER_PREFIXES)
PERCENT_WORDS = r"(?:percent|per\s+cent|%|pct)"
POINT_WORDS = r"(?:percentage\s+points?|points?|pp)"

_MONTH = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_CAPITAL_MONTH = r"(?:" + "|".join(m.capitalize() for m in sorted(MONTHS, key=len, reverse=True)
                                    if len(m) > 3 or m == "may") + r")"
# Symbols match in any case ("US$", "us$"); signs that are words only as newsrooms write them
# ("Rp", "RM", "Tk", "Ksh"), after no letter and before a number, so "RM" is never read in "FIRM 5".
_SYMBOL = r"(?:" + "|".join(re.escape(p) for p in sorted(PREFIXES, key=len, reverse=True)
                            if p not in WORD_PREFIXES) + r")"
_WORD_SIGN = r"(?<![A-Za-z])(?-i:" + "|".join(re.escape(w) for w in sorted(
    {w for p in WORD_PREFIXES for w in (p.capitalize(), p.upper(), p[:1].upper() + p[1:2].upper() + p[2:],
                                        *((p[:1] + p[1:].upper(),) if not p[0].isalpha() else ()))},  # "$US"
    key=len, reverse=True)) + r")(?=[ \u00a0]?\d)"
_PREFIX = rf"(?:{_SYMBOL}|{_WORD_SIGN})"
_NAME = r"(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(NAMES, key=len, reverse=True)) + r")"
_ISO = r"(?:" + "|".join(ISO_CODES) + r")"
# Western grouping, Indian grouping ("2,37,410": lakhs), plain digits with decimals.
# Thousands grouped by a space ("the 87 977 who had arrived", "1\u202f250 jobs"): groups of exactly three
# digits, not followed by another digit or a decimal part, so "in 2015 87 firms" stays two numbers.
_SPACE_GROUPED = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,]\d|[ \u00a0\u202f]?\d)"
_GROUP_SPACE = re.compile(r"(?<=\d)[ \u00a0\u202f](?=\d{3})|(?<=\d,) (?=\d{3})")
# A stray space after a grouping comma, where the number cannot end at the comma: the digits before
# are grouped already ("2,324, 837 votes") or the group after starts with a zero ("17, 097")
_COMMA_SPACE_GROUPED = r"(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?=, 0)),[ ]\d{3}(?:,\d{3})*(?![\d.,]\d|\d)"
_NUM = rf"{_SPACE_GROUPED}|{_COMMA_SPACE_GROUPED}|\d{{1,2}}(?:,\d{{2}})+,\d{{3}}(?:\.\d+)?|" \
       rf"\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SP = r"[ \t\u00a0\u202f]"  # a space within a figure: ordinary, no-break or narrow no-break
# Scale words, with a space or a hyphen ("640-billion euro"); one-letter abbreviations only glued
# to the number ("$4.5B", "12m"): "5 m" is five metres.
_SCALE = r"(?:(?<=\d)(?:" + "|".join(sorted(GLUED_ONLY_SCALES)) + r")|" + "|".join(
    w.replace(" ", r"\s+") for w in sorted(set(SCALE_WORDS) - GLUED_ONLY_SCALES, key=len, reverse=True)) + r")"
_SCALED = rf"(?:(?:{_SP}*|[-‐])(?P<scale>{_SCALE})\b)?"
# After a currency sign, thousands may be grouped with spaces too ("R1 519.02 billion").
_NUM_AFTER_SIGN = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:\.\d+)?(?!\d)|" + _NUM
_DASH = r"\s*[-–—‐]\s*"
_VAGUE_AMOUNT = rf"{VAGUE_PATTERN}(?:\s+of\s+(?:thousands|millions|billions|trillions|crores|lakhs))?"
_DURATION_UNIT = r"(?:years?|months?|weeks?|days?|hours?|decades?|quarters?|centuries|century)"
_RATIO_WORD = (r"(?:doubl|tripl|quadrupl|halv)(?:e|ed|es|ing)|twofold|threefold|fourfold|fivefold|"
               r"tenfold|\d+(?:\.\d+)?[-‐]fold|twice|thrice")
# Physical units as news writes them, spelled so that pint reads them (claims record them as is).
_PHYSICAL_UNIT = (r"(?:TWh|GWh|MWh|kWh|Wh/kg|GW|MW|kW|kg|tonnes|tonne|tons|km|kilometres|kilometers|"
                  r"miles|hectares|litres|liters|barrels|cubic\s+metres|cubic\s+meters|square\s+metres|"
                  r"square\s+meters|square\s+kilometres|square\s+kilometers)")
_RANK_WORD = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
RANK_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
              "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}

def _starts(*alternatives: str, digits: bool = False) -> str:
    """A lookahead on the first characters the alternatives can begin with: regular expressions of
    many words are tried at every position otherwise, and this lets the engine skip most of them."""
    first = {a[0].lower() for a in alternatives} | {a[0].upper() for a in alternatives}
    return "(?=[" + ("0-9" if digits else "") + re.escape("".join(sorted(first))) + "])"


_WORD_NUMBERS = tuple(re.findall(r"[a-z]+", NUMBER_WORD_PATTERN))
_NUMBER_START = _starts(*_WORD_NUMBERS, digits=True)  # a number in digits or in words
_WORD_START = _starts(*_WORD_NUMBERS)
_MONTH_START = _starts(*MONTHS)
_PREFIX_START = _starts(*PREFIXES, *ISO_CODES, "\\")
_FRACTION_START = _starts(*_WORD_NUMBERS, "a")
_VAGUE_START = _starts("tens", "dozens", "scores", "hundreds", "thousands", "millions", "billions")


# Earlier patterns win where matches overlap, so longer and more specific ones come first.
# A pattern's "focus" group, when it has one, is the figure's span ("ranked [first]").
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso_date", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("range", re.compile(
        rf"\b{_VAGUE_START}(?P<low>{_VAGUE_AMOUNT})(?P<low_name>\s+of\s+{_NAME})?\s+to\s+"
        rf"(?P<high>{_VAGUE_AMOUNT})(?:\s+of\s+(?P<name>{_NAME}))?\b", re.IGNORECASE)),
    ("range", re.compile(
        rf"(?<=\bbetween\s)(?P<prefix>\\?{_PREFIX})?(?P<low>{_NUM})\s+and\s+(?:\\?{_PREFIX})?"
        rf"(?P<high>{_NUM}){_SCALED}{_SP}*"
        rf"(?:(?P<unit>{PERCENT_WORDS})(?!\w)|(?P<name>{_NAME})\b)?", re.IGNORECASE)),
    # "3-5 percent", "$2 to $3 billion", "10–12 million yuan"; never after "from" (a change).
    ("range", re.compile(
        rf"(?<!\bfrom\s)(?<![\w.,$])(?P<prefix>\\?{_PREFIX})?(?P<low>{_NUM})(?:\s*[-–—]\s*|\s+to\s+)"
        rf"(?:\\?{_PREFIX})?(?P<high>{_NUM}){_SCALED}{_SP}*"
        rf"(?:(?P<unit>{PERCENT_WORDS})(?!\w)|(?P<name>{_NAME})\b|(?<=[a-z])\b)", re.IGNORECASE)),
    # "January-June", "Jan.-Nov.", "July -March", "February - October 2021": one figure, both ends.
    ("month_range", re.compile(
        rf"{_MONTH_START}\b(?P<month>{_MONTH})\s*[-–—]\s*(?P<month2>{_MONTH})(?![\w-])(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?",
        re.IGNORECASE)),
    # Fiscal years: "FY24", "FY 2023-24", "FY2022-23", "2023/24", "2024/2025".
    ("fiscal_year", re.compile(r"\b(?-i:FY)\s?(?P<start>(?:19|20)?\d\d)(?:\s*[-–/]\s*(?P<end>(?:19|20)?\d\d))?\b")),
    ("fiscal_year", re.compile(r"\b(?P<start>(?:19|20)\d\d)/(?P<end>(?:19|20)?\d\d)\b")),
    # Quarters and halves: "Q3", "H1", "the first half", "the third quarter" (a year after it is
    # a figure of its own).
    ("period", re.compile(r"\b(?:(?-i:Q)(?P<quarter>[1-4])|(?-i:H)(?P<half>[12]))\b")),
    ("period", re.compile(r"\b(?P<ordinal>first|second|third|fourth|final|last)\s+(?P<part>half|quarter)\b",
                          re.IGNORECASE)),
    # a day is never glued to more digits by a separator: "May 37,802 and 0" is a month and a count
    ("date", re.compile(rf"{_MONTH_START}\b(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?!\d|[.,]\d)"
                        r"(?:,?\s+(?P<year>\d{4}))?",
                        re.IGNORECASE)),
    ("date", re.compile(rf"\b(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH})(?![\w.])(?:,?\s+(?P<year>\d{{4}}))?",
                        re.IGNORECASE)),  # day first: "19 November 2025"
    ("month", re.compile(rf"{_MONTH_START}\b(?P<month>{_MONTH})\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)),
    ("year_range", re.compile(rf"\b(?P<start>(?:19|20)\d\d){_DASH}(?P<end>(?:19|20)?\d\d)\b")),
    ("decade", re.compile(r"\b(?P<decade>(?:1[89]|20)\d0)s\b")),
    # A month on its own ("in March", "since October"): capitalized, after a word that introduces
    # a time, or before "and"/"to" another month, so that Theresa May and "may" are never months.
    ("month", re.compile(
        rf"\b(?:in|since|until|till|by|from|to|of|during|through|throughout|last|next|this|early|"
        rf"mid|late|end|between|and|or|before|after|for|on|as of)\s+(?-i:(?P<focus>{_CAPITAL_MONTH}))(?![\w-])",
        re.IGNORECASE)),
    ("money", re.compile(
        rf"{_PREFIX_START}(?P<prefix>\\?{_PREFIX}|\b(?-i:{_ISO})){_SP}?(?P<number>{_NUM_AFTER_SIGN}){_SCALED}"
        rf"(?:\s+(?P<name>{_NAME})\b)?", re.IGNORECASE)),
    # "N2.1tn", "R16.9 billion": a bare letter is a currency only glued to a scaled number.
    ("money", re.compile(
        rf"(?<![\w.$])(?-i:(?P<letter>[{_LETTER}])) ?(?P<number>{_NUM_AFTER_SIGN})(?:{_SP}*|[-‐])(?P<scale>{_SCALE})\b",
        re.IGNORECASE)),
    ("money", re.compile(
        rf"{_NUMBER_START}(?<![\w.])(?P<number>{_NUM}|{NUMBER_WORD_PATTERN}){_SCALED}"
        rf"(?:\s+(?:of\s+)?|[-‐](?=[a-z]))(?:(?P<name>{_NAME})\b|(?-i:(?P<iso_after>{_ISO}))\b)",
        re.IGNORECASE)),  # also as an adjective: "a 2.9 billion-dollar budget"
    ("percent", re.compile(
        rf"{_NUMBER_START}(?<![\w.])(?P<number>{_NUM}|{NUMBER_WORD_PATTERN}){_SP}*(?P<unit>{POINT_WORDS}|{PERCENT_WORDS})"
        r"(?!\w)", re.IGNORECASE)),
    # "half a century": a duration (50 years), not a half.
    ("duration", re.compile(r"\b(?P<half>half)\s+an?\s+(?P<unit>century|decade|year)\b", re.IGNORECASE)),
    # "three quarters of the staff", "a third of the budget": written apart, a fraction only before "of"
    # (before durations: "three quarters" alone is nine months).
    ("fraction", re.compile(
        rf"{_FRACTION_START}\b(?P<number>(?:{NUMBER_WORD_PATTERN}|a|an)\s+(?:"
        + "|".join(d for d in DENOMINATOR_WORDS if d not in ("second",))
        + r"))(?=\s+of\b)", re.IGNORECASE)),
    # "half of the budget", "more than half": a half, where "of" follows or a hedge precedes.
    ("fraction", re.compile(
        r"\b(?:(?P<focus>half)(?=\s+(?:of|the|its|their|all)\b)|"
        r"(?:than|about|nearly|almost|over|around|roughly|some|under)\s(?P<lone>half)\b(?!\s+an?\s))",
        re.IGNORECASE)),
    ("duration", re.compile(
        rf"{_NUMBER_START}(?<![\w.,])(?P<number>{_NUM}|{NUMBER_WORD_PATTERN})\s+(?:(?:consecutive|straight|successive|"
        rf"full|more|whole)\s+)?(?P<unit>{_DURATION_UNIT})\b", re.IGNORECASE)),
    ("duration", re.compile(
        rf"{_NUMBER_START}\b(?P<number>\d+|{NUMBER_WORD_PATTERN})[-‐](?P<unit>year|month|week|day|hour|decade)\b(?![-‐])",
        re.IGNORECASE)),  # "a two-year plan"; a capitalized "Five-Year Plan" is a name (see _mention)
    ("ratio", re.compile(rf"\b(?P<number>{_RATIO_WORD})\b", re.IGNORECASE)),
    ("quantity", re.compile(
        rf"(?<![\w.])(?P<number>{_NUM}){_SCALED}{_SP}*(?P<unit>{_PHYSICAL_UNIT})(?![\w/])")),
    ("ordinal", re.compile(
        rf"\b(?:rank(?:ed|s|ing)?|placed|came(?:\s+in)?|finished|stood)\s+(?P<focus>{_RANK_WORD})\b",
        re.IGNORECASE)),
    ("fraction", re.compile(
        rf"{_FRACTION_START}\b(?P<number>(?:{NUMBER_WORD_PATTERN}|a)[-‐](?:" + "|".join(DENOMINATOR_WORDS)
        + r"))\b",
        re.IGNORECASE)),
    ("fraction", re.compile(r"\b(?P<number>\d{1,3}(?:\s+|[-‐])(?:in|out[-‐\s]of)(?:\s+|[-‐])\d{1,3})\b(?![,.]\d)")),
    ("ordinal", re.compile(r"\b(?P<number>\d+)(?:st|nd|rd|th)\b|\bNo\.?\s?(?P<rank>\d+)\b")),
    # "the third package", "the fourth month in a row", "a second consecutive year": a count in
    # sequence ("first" stays a sequence word: "its first model" states no quantity).
    ("ordinal", re.compile(
        rf"\b(?:the|its|their|his|her)\s+(?P<focus>{_RANK_WORD})\b(?!\s+(?:half|quarter)\b)"
        rf"(?<!\bfirst)|\b(?P<focus2>{_RANK_WORD})(?=\s+(?:consecutive|straight|successive)\b)",
        re.IGNORECASE)),
    ("year", re.compile(r"(?<![\d,.$])\b(?P<number>(?:19|20)\d\d)\b(?![,.]\d)")),
    # Not "COVID-19" (a name), not "10:30" (a time of day).
    ("number", re.compile(
        rf"(?<![\w.])(?<![A-Za-z][-‐])(?<!\d:)(?!\d{{1,2}}:\d\d)(?P<number>{_NUM}){_SCALED}",
        re.IGNORECASE)),
    # A number word inside a compound ("one-click", "Five-Year Plan") is part of a name.
    ("number", re.compile(
        rf"{_WORD_START}(?<![-‐])\b(?P<number>{NUMBER_WORD_PATTERN})\b(?![-‐]\w)(?:\s+(?P<scale>{_SCALE})\b)?",
        re.IGNORECASE)),
]


_SEARCHERS = [(kind, Searcher(pattern)) for kind, pattern in PATTERNS]


KINDS = ("money", "percent", "points", "number", "fraction", "ordinal", "year", "year_range",
         "decade", "date", "month", "duration", "ratio", "range", "quantity")


@dataclass(frozen=True, slots=True)
class Mention:
    """One figure found in text."""

    kind: str  # see KINDS
    start: int
    end: int
    text: str
    figure: Figure | None  # None for dates, months, year ranges and decades
    unit: str | None = None  # ISO 4217 code, "percent", "pp", "year", "date", a time unit
    hedge: str | None = None
    date: tuple[int | None, int, int | None] | None = None  # (year, month, day)
    years: tuple[int, int] | None = None  # year ranges and decades
    currencies: tuple[str, ...] = ()  # money: what its sign can stand for ("Rs": INR, PKR, ...)
    # month ranges, quarters and halves: (first year, first month, last year, last month); a year
    # is None until extraction reads it from the text or the publication date
    period: tuple[int | None, int, int | None, int] | None = None
    label: str | None = None  # quarters and halves: "Q3", "H1"


def scan(text: str) -> tuple[Mention, ...]:
    """Every figure in `text`, left to right, non-overlapping (earlier patterns win)."""
    return _scan(text, generation())


def clear_cache() -> None:
    """Forget every text scanned so far (benchmarks time the real work, not a cache hit)."""
    _scan.cache_clear()


# Web and mail addresses: "https://.../2012/04/06/reserves-up-to-16-505b" holds no figures
_ADDRESS = re.compile(r"\b(?:https?://|www\.)[^\s<>()\[\]\"']+|\b[\w.+-]+@[\w-]+\.[\w.-]+", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _scan(text: str, hedge_table: int) -> tuple[Mention, ...]:
    """`scan`, cached per text and hedge table: mentions carry the hedge read before them."""
    taken = _Spans()
    for address in _ADDRESS.finditer(text):  # no figures in a link
        taken.add(*address.span())
    found: list[Mention] = []
    points_group = _POINT_COUNT.search(text) is not None
    for kind, searcher in _SEARCHERS:
        for start, end, match in searcher.finditer(text):
            if taken.overlaps(start, end):
                continue
            mention = _mention(kind, match, (start, end), text, points_group)
            if mention is not None:
                taken.add(start, end)
                found.append(mention)
    return tuple(sorted(found, key=lambda m: m.start))


class _Spans:
    """Non-overlapping spans, sorted, asked for overlap in O(log n): an article's scan stays linear."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        at = bisect.bisect_right(self.starts, start)
        return (at > 0 and self.ends[at - 1] > start) or (at < len(self.starts) and self.starts[at] < end)

    def add(self, start: int, end: int) -> None:
        at = bisect.bisect_right(self.starts, start)
        self.starts.insert(at, start)
        self.ends.insert(at, end)


def _mention(kind: str, match: re.Match[str], span: tuple[int, int], text: str,
             points_group: bool = False) -> Mention | None:
    """The figure a pattern's match reads; `span` is the match's (see `fast_finditer`)."""
    groups = match.groupdict()
    groups.pop(END, None)
    focus = next((name for name in ("focus", "focus2", "lone") if groups.get(name)), None)
    start, end = match.span(focus) if focus else span
    hedge = hedge_before(text[:start])
    if text[start] == "\\":  # an escaped dollar: the figure starts at the "$"
        start += 1
    written = text[start:end]
    if kind == "iso_date":
        year, month, day = int(groups["year"]), int(groups["month"]), int(groups["day"])
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        return Mention("date", start, end, written, None, "date", hedge, date=(year, month, day))
    if kind == "date":
        month = MONTHS[groups["month"].lower().rstrip(".")]
        day = int(groups["day"])
        year = int(groups["year"]) if groups.get("year") else None
        if not 1 <= day <= 31 and not _impossible_day_written_as_date(groups, text, end):
            return None
        return Mention(kind, start, end, written, None, "date", hedge, date=(year, month, day))
    if kind == "month":
        if groups.get("focus"):  # a month on its own: "in [March]"
            return Mention(kind, start, end, written, None, "date", hedge,
                           date=(None, MONTHS[str(groups["focus"]).lower()], None))
        month = MONTHS[groups["month"].lower().rstrip(".")]
        return Mention(kind, start, end, written, None, "date", hedge,
                       date=(int(groups["year"]), month, None))
    if kind in ("month_range", "period"):
        return _period_mention(kind, groups, start, end, written, hedge)
    if kind == "fiscal_year":
        first, last = str(groups["start"]), groups.get("end")
        start_year = int(first) if len(first) == 4 else 2000 + int(first)
        if last is None:  # "FY24": the fiscal year ending in 2024
            years = (start_year - 1, start_year)
        else:
            years = (start_year, int(str(start_year)[: 4 - len(last)] + last))
        return Mention(kind, start, end, written, None, "year", hedge, years=years)
    if kind == "year_range":
        first, last = groups["start"], groups["end"]
        end_year = int(first[: 4 - len(last)] + last)
        # "2017-18": a fiscal year; "2011-15" and "2019-2020" are spans of years
        consecutive = len(last) == 2 and end_year == int(first) + 1
        return Mention("fiscal_year" if consecutive else kind, start, end, written, None, "year", hedge,
                       years=(int(first), end_year))
    if kind == "decade":
        first = int(groups["decade"])
        return Mention(kind, start, end, written, None, "year", hedge, years=(first, first + 9))
    if kind == "fraction" and (groups.get("focus") or groups.get("lone")):  # "half of", "more than half"
        return Mention(kind, start, end, written, parse_figure("a half"), None, hedge)
    if kind == "duration" and groups.get("half"):  # "half a century" is 50 years
        years = {"century": (50, "years"), "decade": (5, "years"), "year": (6, "months")}
        value, unit = years[str(groups["unit"]).lower()]
        return Mention(kind, start, end, written, parse_figure(str(value)).as_exact(), unit, hedge)
    if groups.get("focus2"):  # "a second consecutive year"
        groups = {**groups, "focus": groups["focus2"]}
    if kind in ("range", "ratio", "duration") or groups.get("focus"):
        return _special_mention(kind, groups, start, end, written, hedge)
    number = groups.get("number") or groups.get("rank")
    if number and not number[0].isalpha():
        number = _ungrouped(number)
    scale = groups.get("scale")
    if kind == "number" and not scale and _part_of_name(text, start, end, str(number)):
        return None
    if kind == "number" and not scale and points_group and _POINT_GROUPED.fullmatch(str(number)):
        number = str(number).replace(".", "")  # "from 471.664 to 490.697 visitors": the text's grouping
    try:
        figure = parse_figure(f"{number} {scale}" if scale else number)
    except FigureSyntaxError:
        return None
    unit = None
    currencies: tuple[str, ...] = ()
    if kind == "money":
        currencies = _currencies(groups)
        unit = currencies[0] if currencies else None
    elif kind == "percent":
        is_points = re.match(POINT_WORDS, groups["unit"], re.IGNORECASE)
        kind, unit = ("points", "pp") if is_points else ("percent", "percent")
    elif kind == "ordinal":
        figure = figure.as_exact()
    elif kind == "year":
        unit = "year"
    elif kind == "quantity":
        unit = " ".join(str(groups["unit"]).split())
        written = text[start:match.start("unit")].rstrip()
        figure = parse_figure(_ungrouped(written))
        written = text[start:end]
    return Mention(kind, start, end, written, figure, unit, hedge, currencies=currencies)


# A capitalized word in mid-sentence right before a bare number: "Fortune 500", "Windows 11".
_TITLE_WORDS_BEFORE = re.compile(
    r"(?:(?:^|[^.!?:;\n]\s)[A-Z][a-z]+ [A-Z][A-Za-z]+|[a-z,]\s(?!(?:No|Nos|Article|Section|Phase|Page)\b)"
    r"[A-Z][a-z]+) $")


# Thousands grouped by a point, as some English-language papers of Europe, Africa and the Indian
# Ocean print them: read so only before a plural noun, since things are counted whole ("118.852
# visitors", "47.142 arrivals"); "1.5 visitors per room" and "2.125 times" stay decimals.
# A text that writes one count that way writes every bare number with three-digit groups that way
# ("from 471.664 to 490.697 visitors").
_POINT_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+")
_POINT_COUNT = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d.,]\d)\s+(?:[a-z]+\s+)?(?!times\b)[a-z]{3,}s\b")


def _part_of_name(text: str, start: int, end: int, number: str) -> bool:
    """ "Fortune Global 500" is a name, and "one of the 10" a pronoun: neither is a figure."""
    if number.lower() == "one" and re.match(r"\s+of\b", text[end:end + 4]):
        return True
    return number.isdigit() and bool(_TITLE_WORDS_BEFORE.search(text[max(0, start - 40):start]))


def _special_mention(kind: str, groups: dict[str, str | None], start: int, end: int,
                     written: str, hedge: str | None) -> Mention | None:
    """Ranges, ratio words, durations and ranks written as words."""
    if groups.get("focus"):  # "ranked first"
        rank = RANK_WORDS[str(groups["focus"]).lower()]
        return Mention("ordinal", start, end, written, parse_figure(str(rank)).as_exact(), None, hedge)
    if kind == "ratio":
        return Mention(kind, start, end, written, parse_figure(str(groups["number"])), "ratio", hedge)
    if kind == "duration":
        unit_word = str(groups["unit"])
        number = str(groups["number"])
        if ("-" in written or "‐" in written) and unit_word[0].isupper():
            return None  # "Five-Year Plan": a name, not a duration
        figure = parse_figure(_ungrouped(number))
        if hedge and hedge.lower() == "over":
            hedge = None  # "over three days" is "during", not "more than"
        return Mention(kind, start, end, written, figure, _plural(unit_word.lower()), hedge)
    scale = groups.get("scale")
    low, high = _ungrouped(str(groups["low"])), _ungrouped(str(groups["high"]))
    try:
        figure = parse_figure(f"{low} to {high} {scale}" if scale else f"{low} to {high}")
    except FigureSyntaxError:
        return None
    currencies = _currencies(groups)
    unit = currencies[0] if currencies else None
    if groups.get("unit"):
        unit, currencies = "percent", ()
    return Mention(kind, start, end, written, figure, unit, hedge, currencies=currencies)


_CLOSES_A_DATE = re.compile(r"\s*(?:[,.;:)!?—–]|\s+(?:at|in|on|and|when|after|before)\b|$)")


_MONTH_DAY = re.compile(rf"\b(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?!\d)(?:,?\s+(?P<year>\d{{4}}))?", re.IGNORECASE)


def written_dates(text: str) -> list[Mention]:
    """Every "Month day" in `text`, possible or not: where a date is known to stand (a date
    claim's quote), "Oct 37 afternoon" is a typo of a date, not a month and a number."""
    found = []
    for match in _MONTH_DAY.finditer(text):
        year = int(match["year"]) if match["year"] else None
        date = (year, MONTHS[match["month"].lower().rstrip(".")], int(match["day"]))
        found.append(Mention("date", match.start(), match.end(), match.group(0), None, "date",
                             hedge_before(text[:match.start()]), date=date))
    return found


def _impossible_day_written_as_date(groups: dict[str, str | None], text: str, end: int) -> bool:
    """ "Nov 41," is a date typo the text writes (DAT002 reports it; sync must record it), but "in
    March 45 percent of ..." is a month and another figure: an impossible day is a date only with
    its year, or when the text closes the date right after it."""
    return bool(groups.get("year")) or bool(_CLOSES_A_DATE.match(text, end))


_PART_MONTHS = {("half", 1): (1, 6), ("half", 2): (7, 12), ("quarter", 1): (1, 3), ("quarter", 2): (4, 6),
                ("quarter", 3): (7, 9), ("quarter", 4): (10, 12)}
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 0, "last": 0}


def _period_mention(kind: str, groups: dict[str, str | None], start: int, end: int, written: str,
                    hedge: str | None) -> Mention | None:
    """A month range, a quarter or a half, its months known and its year (perhaps) not yet."""
    year = int(groups["year"]) if groups.get("year") else None
    if kind == "month_range":
        first = MONTHS[str(groups["month"]).lower().rstrip(".")]
        last = MONTHS[str(groups["month2"]).lower().rstrip(".")]
        start_year = None if year is None else (year if first <= last else year - 1)  # "July-March 2019"
        return Mention(kind, start, end, written, None, "date", hedge, period=(start_year, first, year, last))
    if groups.get("quarter") or groups.get("half"):
        part, number = ("quarter", int(str(groups["quarter"]))) if groups.get("quarter") else (
            "half", int(str(groups["half"])))
    else:
        part, number = str(groups["part"]).lower(), _ORDINALS[str(groups["ordinal"]).lower()]
        number = number or (2 if part == "half" else 4)  # "the final quarter", "the last half"
        if (part, number) not in _PART_MONTHS:
            return None
    months = _PART_MONTHS[(part, number)]
    label = f"{'Q' if part == 'quarter' else 'H'}{number}"
    return Mention("period", start, end, written, None, "date", hedge, period=(None, months[0], None, months[1]),
                   label=label)


def _plural(unit_word: str) -> str:
    """Duration units as claims record them: "years", "months", "centuries"."""
    if unit_word in ("century", "centuries"):
        return "centuries"
    return unit_word if unit_word.endswith("s") else unit_word + "s"


def _currencies(groups: dict[str, str | None]) -> tuple[str, ...]:
    """The currencies a money figure's sign, name or ISO code can stand for, most likely first."""
    prefix, name = groups.get("prefix"), groups.get("name")
    if groups.get("letter"):
        return LETTER_PREFIXES[str(groups["letter"])]
    if prefix:
        bare = prefix.lstrip("\\")
        if bare in ISO_CODES:
            return (bare,)
        signs = PREFIXES.get(bare.lower(), ())
        named = NAMES.get(" ".join(name.lower().split()), ()) if name else ()
        # "$87.2 billion Hong Kong dollars": the name says which dollar the sign is (and in "$33.23
        # trillion yuan" the name wins over a stray sign)
        return tuple(c for c in signs if c in named) or named or signs
    if groups.get("iso_after"):
        return (str(groups["iso_after"]),)
    if name:
        return NAMES.get(" ".join(name.lower().split()), ())
    return ()


def _ungrouped(number: str) -> str:
    """ "1 519.02", "87 977": the number without the spaces that group its thousands."""
    return _GROUP_SPACE.sub("", number)
