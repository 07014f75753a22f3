"""Closed intervals of exact decimals, the arithmetic every check reasons with.

A written figure stands for every value that rounds (or truncates, or hedges) to it, so checks
compare intervals, never points. Bounds are `Decimal`, possibly infinite; intervals are closed,
which is conservative at the boundaries (a value exactly at a rounding edge counts as possible).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal, localcontext
from typing import TypeVar

INF = Decimal("Infinity")
T = TypeVar("T")
PRECISION = 40  # digits kept in divisions; ample for money in the trillions with 6 decimals


@dataclass(frozen=True, slots=True)
class Interval:
    lo: Decimal
    hi: Decimal

    def __post_init__(self) -> None:
        if self.lo > self.hi:
            raise ValueError(f"empty interval [{self.lo}, {self.hi}]")

    @classmethod
    def point(cls, value: Decimal) -> Interval:
        return cls(value, value)

    @classmethod
    def at_least(cls, value: Decimal) -> Interval:
        return cls(value, INF)

    @classmethod
    def at_most(cls, value: Decimal) -> Interval:
        return cls(-INF, value)

    # -- relations -----------------------------------------------------------------------------
    def contains(self, value: Decimal) -> bool:
        return self.lo <= value <= self.hi

    def overlaps(self, other: Interval) -> bool:
        return self.lo <= other.hi and other.lo <= self.hi

    def intersect(self, other: Interval) -> Interval | None:
        lo, hi = max(self.lo, other.lo), min(self.hi, other.hi)
        return Interval(lo, hi) if lo <= hi else None

    def hull(self, other: Interval) -> Interval:
        return Interval(min(self.lo, other.lo), max(self.hi, other.hi))

    def integers(self) -> range:
        """The whole numbers inside the interval (empty when it is unbounded)."""
        if not self.is_bounded:
            return range(0)
        first = int(self.lo.to_integral_value(rounding="ROUND_CEILING"))
        last = int(self.hi.to_integral_value(rounding="ROUND_FLOOR"))
        return range(first, last + 1)

    @property
    def is_bounded(self) -> bool:
        return self.lo.is_finite() and self.hi.is_finite()

    # -- arithmetic ----------------------------------------------------------------------------
    # Inexact results are rounded outward (lower bounds down, upper bounds up), so an interval
    # computed from others always contains every exact combination of their members.
    def __add__(self, other: Interval) -> Interval:
        return Interval(_round(Decimal.__add__, self.lo, other.lo, ROUND_FLOOR),
                        _round(Decimal.__add__, self.hi, other.hi, ROUND_CEILING))

    def __sub__(self, other: Interval) -> Interval:
        return Interval(_round(Decimal.__sub__, self.lo, other.hi, ROUND_FLOOR),
                        _round(Decimal.__sub__, self.hi, other.lo, ROUND_CEILING))

    def __mul__(self, other: Interval) -> Interval:
        pairs = [(a, b) for a in (self.lo, self.hi) for b in (other.lo, other.hi)]
        return Interval(min(_mul(a, b, ROUND_FLOOR) for a, b in pairs),
                        max(_mul(a, b, ROUND_CEILING) for a, b in pairs))

    def __truediv__(self, other: Interval) -> Interval:
        if other.lo <= 0 <= other.hi:
            return Interval(-INF, INF)  # dividing by something that may be zero says nothing
        # x/y is monotone in x and in y when y keeps one sign, so the bounds are corner quotients;
        # dividing directly (not by a rounded reciprocal) keeps exact quotients exact.
        pairs = [(a, b) for a in (self.lo, self.hi) for b in (other.lo, other.hi)]
        return Interval(min(_div(a, b, ROUND_FLOOR) for a, b in pairs),
                        max(_div(a, b, ROUND_CEILING) for a, b in pairs))

    def scale(self, factor: Decimal) -> Interval:
        return self * Interval.point(factor)

    @staticmethod
    def common(intervals: Sequence[Interval]) -> Interval | None:
        """The values every interval allows; None when they share none."""
        lo, hi = max(i.lo for i in intervals), min(i.hi for i in intervals)
        return Interval(lo, hi) if lo <= hi else None

    @staticmethod
    def sum(intervals: list[Interval]) -> Interval:
        total = Interval.point(Decimal(0))
        for item in intervals:
            total = total + item
        return total

    def __str__(self) -> str:
        return format_interval(self)


def _round(operation, a: Decimal, b: Decimal, rounding: str) -> Decimal:
    with localcontext() as ctx:
        ctx.prec = PRECISION
        ctx.rounding = rounding
        return operation(a, b)


def _mul(a: Decimal, b: Decimal, rounding: str) -> Decimal:
    # 0 × ∞ is undefined for Decimal; for bounds it is 0 (the bound of a product of a zero-width side).
    if (a == 0 and b.is_infinite()) or (b == 0 and a.is_infinite()):
        return Decimal(0)
    return _round(Decimal.__mul__, a, b, rounding)


def _div(a: Decimal, b: Decimal, rounding: str) -> Decimal:
    # x/±∞ is 0; so is ∞/∞ here, where the other corners already reach both 0 and ∞.
    if b.is_infinite():
        return Decimal(0)
    return _round(Decimal.__truediv__, a, b, rounding)


def format_decimal(value: Decimal, digits: int = 6) -> str:
    """A decimal for messages: `digits` significant digits, no exponent, no trailing zeros."""
    if value.is_infinite():
        return "∞" if value > 0 else "-∞"
    if value == 0:
        return "0"
    with localcontext() as ctx:
        ctx.prec = digits
        rounded = +value
    text = format(rounded, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


SCALES = ((Decimal(10) ** 12, "trillion"), (Decimal(10) ** 9, "billion"), (Decimal(10) ** 6, "million"))


def format_interval(interval: Interval, digits: int = 6) -> str:
    """ "7.10101–7.10152", "≥ 18 trillion", "3.5–4.5 trillion": large bounds in scale words."""
    finite = [abs(b) for b in (interval.lo, interval.hi) if b.is_finite() and b != 0]
    for factor, word in SCALES:
        if finite and min(finite) >= factor / 1000 and max(finite) >= factor:
            scaled = Interval(interval.lo / factor, interval.hi / factor)
            return f"{_format_plain(scaled, digits)} {word}"
    return _format_plain(interval, digits)


def _format_plain(interval: Interval, digits: int) -> str:
    lo, hi = format_decimal(interval.lo, digits), format_decimal(interval.hi, digits)
    if interval.hi.is_infinite() and interval.hi > 0:
        return f"≥ {lo}"
    if interval.lo.is_infinite():
        return f"≤ {hi}"
    return lo if lo == hi else f"{lo}–{hi}"


def percent_of_change(amount: Interval, reached: Interval, decrease: bool) -> Interval:
    """The percent a change of `amount` is of the level it started from, given the level it
    reached: 100 × amount ÷ (reached ∓ amount) = 100 ÷ (reached ÷ amount ∓ 1), each interval
    entering once (the two appear twice in the first form, which would widen the result)."""
    one = Interval.point(Decimal(1))
    ratio = reached / amount
    return Interval.point(Decimal(100)) / (ratio + one if decrease else ratio - one)


def most_sharing(items: Sequence[T], intervals: Sequence[Interval | None]) -> list[T]:
    """The most items whose intervals share one value (implied exchange rates, implied wholes): the
    sweep over their lower ends finds the point that the most of them contain."""
    best: list[T] = []
    for interval in intervals:
        if interval is None:
            continue
        here = [item for item, other in zip(items, intervals, strict=True)
                if other is not None and other.lo <= interval.lo <= other.hi]
        if len(here) > len(best):
            best = here
    return best
