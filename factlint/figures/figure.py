"""Written figures: parse a number exactly as written and turn it into an interval.

"140.82 billion" is not the float 1.4082e11: it is the decimal 140.82 (two decimals written) times
the scale word billion, and it stands for [140.815, 140.825] billion. `Figure` keeps how a number
was written (digits, scale word, hedge, exactness) so that `Figure.interval` can say what it
stands for under the strict and the loose reading (see `hedges`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from enum import Enum
from fractions import Fraction
from functools import lru_cache
from typing import ClassVar

from factlint.figures.hedges import Direction, Hedge
from factlint.figures.intervals import INF, Interval


class Rounding(Enum):
    """The one rule by which every figure of an article was rounded. A boundary value such as 7.5
    cannot round to 7 in one figure and to 8 in another, so each rule excludes one end of every
    rounding interval; a relation that holds only at a shared boundary holds under no rule."""

    HALF_UP = "half up"  # 7.5 is written 8: 7 stands for [6.5, 7.5)
    HALF_DOWN = "half down"  # 7.5 is written 7: 7 stands for (6.5, 7.5]
    TRUNCATE = "truncate"  # 7.9 is written 7: 7 stands for [7, 8) (an unusual rule: loose only)


@dataclass(frozen=True, slots=True)
class Reading:
    """How a written figure is read. The strict readings are the ordinary ones (rounding to the last
    written digit, ordinary hedge margins, open hedges within their reach); each loose relaxation
    is an unusual assumption, and a relation that needs one is a warning, never an error."""

    rounding: Rounding | None = None  # None: no one rule; closed intervals (what messages show)
    zeros: bool = False  # trailing integer zeros insignificant: "58,000" rounded to the thousand
    margins: bool = False  # the generous margins of "about" and "nearly"
    open_hedges: bool = False  # "more than X" with no upper bound at all
    truncation: bool = False  # with no one rule: rounded or truncated, whichever ("7" is 6.5-8)

    STRICT: ClassVar[Reading]
    LOOSE: ClassVar[Reading]


Reading.STRICT = Reading()
Reading.LOOSE = Reading(None, zeros=True, margins=True, open_hedges=True, truncation=True)
# What `judge` tries, in order: a relation holds when it holds under one rule for every figure.
STRICT_READINGS = (Reading(Rounding.HALF_UP), Reading(Rounding.HALF_DOWN))
LOOSE_READINGS = tuple(Reading(rule, zeros=True, margins=True, open_hedges=True) for rule in Rounding)
# A boundary a rule excludes is approached to within this share of the last written digit.
BOUNDARY = Decimal(10) ** -9


SCALE_WORDS: dict[str, Decimal] = {
    "hundred": Decimal(10) ** 2,
    "thousand": Decimal(10) ** 3,
    "k": Decimal(10) ** 3,
    "lakh": Decimal(10) ** 5,
    "lakhs": Decimal(10) ** 5,
    "million": Decimal(10) ** 6,
    "millions": Decimal(10) ** 6,
    "mn": Decimal(10) ** 6,
    "mln": Decimal(10) ** 6,
    "m": Decimal(10) ** 6,
    "crore": Decimal(10) ** 7,
    "crores": Decimal(10) ** 7,
    "cr": Decimal(10) ** 7,
    "billion": Decimal(10) ** 9,
    "billions": Decimal(10) ** 9,
    "bn": Decimal(10) ** 9,
    "bln": Decimal(10) ** 9,
    "b": Decimal(10) ** 9,
    "trillion": Decimal(10) ** 12,
    "trillions": Decimal(10) ** 12,
    "tn": Decimal(10) ** 12,
    "trn": Decimal(10) ** 12,
    "lakh crore": Decimal(10) ** 12,  # stacked: a lakh of crores
    "lakh crores": Decimal(10) ** 12,
    "quadrillion": Decimal(10) ** 15,
    "quadrillions": Decimal(10) ** 15,
}
# Scale abbreviations of one letter are read only glued to the number ("$4.5B", "Rs5bn", "N2.1tn"):
# "5 m" is five metres, "5 k" nothing at all.
GLUED_ONLY_SCALES = frozenset({"k", "m", "b"})

UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
DENOMINATOR_WORDS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
    "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
    "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
}

NUMBER_WORD_PATTERN = (
    r"(?:(?:" + "|".join(TENS_WORDS) + r")(?:[-‐ ](?:" + "|".join(
        w for w in UNITS_WORDS if UNITS_WORDS[w] < 10 and w != "zero") + r"))?"
    r"|" + "|".join(sorted(UNITS_WORDS, key=len, reverse=True)) + r")"
)
NUMBER_WORD_RE = re.compile(rf"^{NUMBER_WORD_PATTERN}$", re.IGNORECASE)
# Western grouping (1,234,567), Indian grouping (12,34,567: lakhs), plain digits, decimals.
_DIGITS = r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
SCALE_PATTERN = r"(?:" + "|".join(w.replace(" ", r"\s+") for w in sorted(SCALE_WORDS, key=len, reverse=True)) + r")"
VALUE_RE = re.compile(
    rf"^\s*(?P<sign>[-+−])?\s*(?P<number>{_DIGITS}|{NUMBER_WORD_PATTERN})"
    rf"(?:\s*(?P<scale>{SCALE_PATTERN}))?\s*$",
    re.IGNORECASE,
)
# "tens of billions": the multiple's bounds, times the scale word after it.
VAGUE_MULTIPLES: dict[str, tuple[Decimal, Decimal]] = {
    "tens": (Decimal(10), Decimal(100)), "dozens": (Decimal(24), Decimal(144)),
    "scores": (Decimal(40), Decimal(200)), "hundreds": (Decimal(100), Decimal(1000)),
    "thousands": (Decimal(10) ** 3, Decimal(10) ** 6), "millions": (Decimal(10) ** 6, Decimal(10) ** 9),
    "billions": (Decimal(10) ** 9, Decimal(10) ** 12),
}
VAGUE_PATTERN = r"(?:" + "|".join(VAGUE_MULTIPLES) + r")"
VAGUE_RE = re.compile(
    rf"^\s*(?P<multiple>{VAGUE_PATTERN})(?:\s+of\s+(?P<scale>thousands|millions|billions|trillions|crores|lakhs))?\s*$",
    re.IGNORECASE,
)
RATIO_STEMS: dict[str, Decimal] = {
    "doubl": Decimal(2), "tripl": Decimal(3), "quadrupl": Decimal(4), "quintupl": Decimal(5),
    "halv": Decimal("0.5"),
}
RANGE_RE = re.compile(
    r"^\s*(?:between\s+)?(?P<low>\S.*?)\s*(?:\s(?:to|and)\s|[–—]|(?<=\d)-(?=\d))\s*(?P<high>\S.*?)\s*$",
    re.IGNORECASE,
)
FRACTION_RE = re.compile(
    r"^\s*(?P<num>\d+|" + NUMBER_WORD_PATTERN + r"|a|an)[-‐ ](?P<den>" + "|".join(DENOMINATOR_WORDS)
    + r")\s*$|^\s*(?P<n2>\d+)\s*(?:/|in|out of)\s*(?P<d2>\d+)\s*$",
    re.IGNORECASE,
)


class FigureSyntaxError(ValueError):
    """A value that is not a number factlint can read; the message says what was expected."""


@dataclass(frozen=True, slots=True)
class Figure:
    """A number as written: its exact value and what its writing says about its precision."""

    value: Decimal  # scale applied: "140.82 billion" -> 140820000000
    written: str  # the number as written, e.g. "140.82 billion", "Eleven", "one-eighth"
    ulp: Decimal  # one unit in the last written place, scale applied (0.01 billion)
    loose_ulp: Decimal  # the same, counting trailing integer zeros as insignificant
    exact: bool = False  # number words, fractions, counts: no rounding to read into them
    hedge: Hedge | None = None
    truncation_allowed: bool = True
    bounds: tuple[Decimal, Decimal] | None = None  # ranges and vague multiples: what they span

    @property
    def significant_digits(self) -> int:
        """Digits from the first written one down to the last significant one: "1 trillion" 1,
        "20 million" 2, "2.37 trillion" 3, "140.82 billion" 5 (trailing integer zeros not counted)."""
        if self.value == 0 or self.loose_ulp == 0:
            return 0
        return self.value.adjusted() - self.loose_ulp.adjusted() + 1

    def with_hedge(self, hedge: Hedge | None) -> Figure:
        return self if hedge == self.hedge else replace(self, hedge=hedge)

    def as_exact(self) -> Figure:
        return self if self.exact else replace(self, exact=True)

    def rounding_interval(self, reading: Reading) -> Interval:
        """What the digits alone stand for, before any hedge."""
        if self.bounds is not None:
            return Interval(*self.bounds)
        if self.exact:
            return Interval.point(self.value)
        ulp = self.loose_ulp if reading.zeros else self.ulp
        if reading.rounding is Rounding.TRUNCATE and self.truncation_allowed:
            lo, hi = (self.value, self.value + ulp) if self.value >= 0 else (self.value - ulp, self.value)
        elif reading.truncation and self.truncation_allowed:
            lo, hi = self.value - ulp / 2, self.value + ulp
        else:
            lo, hi = self.value - ulp / 2, self.value + ulp / 2
        edge = ulp * BOUNDARY
        if reading.rounding in (Rounding.HALF_UP, Rounding.TRUNCATE):
            hi -= edge
        elif reading.rounding is Rounding.HALF_DOWN:
            lo += edge
        return Interval(lo, hi)

    def interval(self, reading: Reading = Reading.STRICT, *, nonnegative: bool = True) -> Interval:
        """Every value the written figure can stand for under `reading`."""
        rounded = self.rounding_interval(reading)
        interval = _apply_hedge(self.hedge, self.value, rounded, reading, step=self.loose_ulp or self.ulp)
        if nonnegative and interval.lo < 0 <= self.value:
            interval = Interval(Decimal(0), max(interval.hi, Decimal(0)))
        return interval


def _apply_hedge(hedge: Hedge | None, value: Decimal, rounded: Interval, reading: Reading,
                 step: Decimal) -> Interval:
    """`step` is one unit of the figure's last written digit: the unit of an open hedge's reach."""
    if hedge is None:
        return rounded
    magnitude = abs(value)
    if hedge.direction in (Direction.ABOVE, Direction.BELOW):
        above = hedge.direction is Direction.ABOVE
        if reading.open_hedges:
            return Interval(rounded.lo, INF) if above else Interval(-INF, rounded.hi)
        if hedge.reach is None or step == 0:
            return Interval(value, INF) if above else Interval(-INF, value)
        reach = hedge.reach * step
        return Interval(value, value + reach) if above else Interval(value - reach, value)
    margin = magnitude * (hedge.loose_margin if reading.margins else hedge.strict_margin)
    if hedge.direction is Direction.UNDER:
        # Ordinarily, "nearly X" is within the margin below X, however coarsely X is written.
        if not reading.margins:
            return Interval(value - margin, value)
        return Interval(min(rounded.lo, value - margin), rounded.hi)
    return Interval(min(rounded.lo, value - margin), max(rounded.hi, value + margin))


@lru_cache(maxsize=8192)
def parse_figure(text: str) -> Figure:
    """Parse a written number: digits with separators, a scale word, a number word or a fraction.

    >>> parse_figure("140.82 billion").value
    Decimal('140820000000.00')
    """
    fraction = FRACTION_RE.match(re.sub(r"(?<=\d)[-‐](in|out[-‐]of)[-‐](?=\d)",
                                        lambda m: f" {m.group(1).replace('-', ' ')} ", text))
    if fraction:
        return _fraction_figure(text, fraction)
    special = _vague_figure(text) or _ratio_figure(text) or _range_figure(text)
    if special is not None:
        return special
    match = VALUE_RE.match(text)
    if not match:
        raise FigureSyntaxError(
            f"{text!r} is not a number: expected digits (\"1,528\", \"140.82\"), optionally "
            f"with a scale word (\"1 trillion\"), a number word (\"eight\"), a fraction "
            f"(\"one-eighth\", \"1/8\"), a ratio word (\"doubled\") or a range (\"3 to 5 million\", "
            f"\"tens of billions\")"
        )
    number = match.group("number")
    scale_word = match.group("scale")
    scale = SCALE_WORDS[" ".join(scale_word.lower().split())] if scale_word else Decimal(1)
    negative = match.group("sign") in ("-", "−")
    if number[0].isdigit() or number[0] == ".":
        figure = _digits_figure(number, scale, text.strip())
    else:
        figure = Figure(Decimal(words_to_int(number)) * scale, text.strip(), scale, scale,
                        exact=scale_word is None)
    return replace(figure, value=-figure.value) if negative else figure


def _vague_figure(text: str) -> Figure | None:
    """ "tens of billions" stands for [10 billion, 100 billion]; "hundreds" for [100, 1000]."""
    match = VAGUE_RE.match(text)
    if match is None:
        return None
    low, high = VAGUE_MULTIPLES[match.group("multiple").lower()]
    scale_word = match.group("scale")
    scale = SCALE_WORDS[" ".join(scale_word.lower().split())] if scale_word else Decimal(1)
    return Figure(low * scale, text.strip(), low * scale, low * scale,
                  bounds=(low * scale, high * scale))


def _ratio_figure(text: str) -> Figure | None:
    """ "doubled" is a factor of 2, "halved" of 1/2: exact, as the word admits no rounding."""
    factor = ratio_word_value(text)
    if factor is None:
        return None
    return Figure(factor, text.strip(), Decimal(0), Decimal(0), exact=True)


def ratio_word_value(text: str) -> Decimal | None:
    word = text.strip().lower()
    for stem, factor in RATIO_STEMS.items():
        if re.fullmatch(stem + r"(?:e|ed|es|ing)?|" + stem + r"fold", word):
            return factor
    match = re.fullmatch(r"(" + NUMBER_WORD_PATTERN + r"|\d+(?:\.\d+)?)[-‐ ]?fold", word)
    if match:
        number = match.group(1)
        return Decimal(number) if number[0].isdigit() else Decimal(words_to_int(number))
    return {"twice": Decimal(2), "thrice": Decimal(3)}.get(word)


def _range_figure(text: str) -> Figure | None:
    """ "3 to 5 million", "10-12 percent", "tens of billions to hundreds of billions": the span
    from the lower figure's lowest reading to the upper figure's highest. A scale word written
    only after the upper figure applies to both ("3 to 5 million")."""
    match = RANGE_RE.match(text)
    if match is None:
        return None
    low_text, high_text = match.group("low"), match.group("high")
    try:
        high = parse_figure(high_text)
        low = parse_figure(low_text)
    except FigureSyntaxError:
        return None
    scale_only_after = VALUE_RE.match(low_text) and not VALUE_RE.match(low_text).group("scale")
    high_scale = VALUE_RE.match(high_text)
    if scale_only_after and high_scale and high_scale.group("scale") and high.bounds is None:
        low = parse_figure(f"{low_text} {high_scale.group('scale')}")
    lowest = low.rounding_interval(Reading.STRICT).lo
    highest = high.rounding_interval(Reading.STRICT).hi
    if lowest > highest:
        return None
    return Figure(low.value, text.strip(), low.ulp, low.loose_ulp, exact=low.exact and high.exact,
                  bounds=(lowest, highest))


def _digits_figure(number: str, scale: Decimal, written: str) -> Figure:
    plain = number.replace(",", "")
    try:
        digits = Decimal(plain)
    except InvalidOperation as error:  # the regex admits only valid numbers; defensive
        raise FigureSyntaxError(f"{number!r} is not a number") from error
    exponent = digits.as_tuple().exponent
    assert isinstance(exponent, int)
    ulp = Decimal(1).scaleb(exponent)
    loose_ulp = ulp
    if exponent == 0 and digits != 0:
        trailing_zeros = len(plain) - len(plain.rstrip("0"))
        loose_ulp = Decimal(1).scaleb(trailing_zeros)
    return Figure(digits * scale, written, ulp * scale, loose_ulp * scale)


def _fraction_figure(text: str, match: re.Match[str]) -> Figure:
    numerator, denominator = _fraction_terms(match)
    if denominator == 0:
        raise FigureSyntaxError(f"{text!r} divides by zero")
    value = decimal_of_fraction(Fraction(numerator, denominator))
    return Figure(value, text.strip(), Decimal(0), Decimal(0), exact=True)


def _fraction_terms(match: re.Match[str]) -> tuple[int, int]:
    if match.group("n2"):
        return int(match.group("n2")), int(match.group("d2"))
    word = match.group("num").lower()
    numerator = 1 if word in ("a", "an") else (int(word) if word.isdigit() else words_to_int(word))
    return numerator, DENOMINATOR_WORDS[match.group("den").lower()]


def fraction_notation(text: str) -> str | None:
    """A written fraction in claims-file notation: "one-eighth" -> "1/8"; None if not a fraction."""
    match = FRACTION_RE.match(text)
    if match is None:
        return None
    numerator, denominator = _fraction_terms(match)
    return f"{numerator}/{denominator}"


def decimal_of_fraction(fraction: Fraction) -> Decimal:
    from decimal import localcontext

    with localcontext() as ctx:
        ctx.prec = 40
        return Decimal(fraction.numerator) / Decimal(fraction.denominator)


def words_to_int(words: str) -> int:
    """ "Eleven" -> 11, "twenty-one" -> 21."""
    parts = re.split(r"[-‐ ]", words.lower())
    total = 0
    for part in parts:
        if part in TENS_WORDS:
            total += TENS_WORDS[part]
        elif part in UNITS_WORDS:
            total += UNITS_WORDS[part]
        else:
            raise FigureSyntaxError(f"{words!r} is not a number word")
    return total
