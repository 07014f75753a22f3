"""Month ranges of a localized text: "January-April", "de enero a abril", "1—5月", "前5个月",
"the first five months". A translation that turns January-April into 1—5月 changes a figure the
reader relies on, yet the digits of a month are no amounts to pair with others: periods are
compared among themselves (see compare.py), in order, and only when both texts name as many.

The words that open or join a range are data, by language, below; month names come from babel.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from factlint.l10n.locales import LocaleTable, cjk_numeral

# Words joining the two months of a range, in every language the tables read (data: extend freely).
RANGE_JOINS = ("to", "through", "and", "bis", "und", "à", "au", "et", "a", "al", "y", "até", "e", "al")
# "The first N months", by language; {n} is a number, in digits or words.
FIRST_MONTHS: dict[str, tuple[str, ...]] = {
    "en": (r"first {n} months",),
    "de": (r"ersten {n} Monate(?:n)?",),
    "fr": (r"{n} premiers mois",),
    "es": (r"primeros {n} meses", r"{n} primeros meses"),
    "pt": (r"primeiros {n} meses", r"{n} primeiros meses"),
    "it": (r"primi {n} mesi",),
    "zh": (r"前{n}[个個]月",),
    "ja": (r"最初の{n}[かヶカケ]月",),
    "ko": (r"첫 {n}개월",),
}
_DIGIT_RANGE = re.compile(r"(?<!\d)(\d{1,2})\s?[-–—~～〜至到]\s?(\d{1,2})\s?(?:月|월)")
_NUMBER = r"(?P<n>\d{1,2}|[^\W\d_]+)"
Reader = Callable[[re.Match[str], dict[str, int], LocaleTable], "tuple[int, int] | None"]


@dataclass(frozen=True)
class Period:
    text: str
    start: int
    end: int
    first: int  # month numbers, 1-12
    last: int


def find_periods(text: str, spec: LocaleTable) -> list[Period]:
    """Every month range of `text`, in order, none overlapping."""
    found: list[Period] = []
    for pattern, reader in _patterns(spec.code, spec.months):
        for match in pattern.finditer(text):
            bounds = reader(match, spec.month_numbers, spec)
            if bounds and 1 <= bounds[0] < bounds[1] <= 12 and \
                    not any(p.start < match.end() and match.start() < p.end for p in found):
                found.append(Period(match.group(0), match.start(), match.end(), *bounds))
    return sorted(found, key=lambda p: p.start)


def _named_range(match: re.Match[str], months: dict[str, int], spec: LocaleTable) -> tuple[int, int] | None:
    first, last = months.get(match.group("a").lower().rstrip(".")), months.get(match.group("b").lower().rstrip("."))
    return (first, last) if first and last else None


def _digit_range(match: re.Match[str], months: dict[str, int], spec: LocaleTable) -> tuple[int, int] | None:
    return int(match.group(1)), int(match.group(2))


def _first_months(match: re.Match[str], months: dict[str, int], spec: LocaleTable) -> tuple[int, int] | None:
    written = match.group("n")
    count = int(written) if written.isdigit() else spec.number_words.get(written.lower()) or cjk_numeral(written)
    return (1, count) if count else None


@lru_cache(maxsize=64)
def _patterns(code: str, names: tuple[str, ...]) -> list[tuple[re.Pattern[str], Reader]]:
    language = code.split("_")[0]
    patterns: list[tuple[re.Pattern[str], Reader]] = []
    if names:
        month = "|".join(re.escape(n) for n in names)
        joins = "|".join(re.escape(j) for j in sorted(set(RANGE_JOINS), key=len, reverse=True))
        patterns.append((re.compile(rf"\b(?P<a>{month})\.?(?:\s?[-–—/]\s?|\s+(?:{joins})\s+)(?P<b>{month})\b\.?",
                                    re.IGNORECASE), _named_range))
    patterns.append((_DIGIT_RANGE, _digit_range))
    for first in FIRST_MONTHS.get(language, ()):
        patterns.append((re.compile(first.format(n=_NUMBER), re.IGNORECASE), _first_months))
    return patterns
