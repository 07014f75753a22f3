"""Typical slips: how a written figure differs from the value a relation needs, when the difference
is one a writer makes — a digit changed, two adjacent digits swapped, a scale word off (billion for
trillion, lakh for crore), a decimal point moved, the sign of a change reversed, the last digit one
step off.

Numbers that almost agree are not chance: "87.64 billion" where the parts add up to 86.64 differs in
one digit, which explains the mismatch and says what the text probably meant. A slip is believed
only when the intended value, written the way the figure is written, lands inside the interval
the relation needs, and only for figures precise enough that such a coincidence is unlikely.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from factlint.figures.intervals import Interval

# A figure with fewer significant digits changes into almost anything with one slip ("3 billion"
# -> "4 billion"): too weak to name as the likely error.
MIN_DIGITS_FOR_DIGIT_SLIPS = 3
# Scale slips between the words news writes: thousand/million/billion/trillion, lakh/crore.
INDIAN_SCALE = re.compile(r"lakh|crore", re.IGNORECASE)
SCALE_FACTORS = (Decimal(1000), Decimal(100), Decimal(10) ** 6)
# A slip is named only if a value of its kind landing where the relation needs it would be this
# unlikely by chance: the needed stretch, over the spacing of the values that slip can produce.
# One changed digit among the tens of "14.2" lands in a 5% window half the time; among the
# hundredths of "87.64", one time in a hundred.
MAX_CHANCE = Decimal("0.1")


@dataclass(frozen=True, slots=True)
class Slip:
    kind: str  # "digit", "swap", "scale", "decimal", "sign", "step"
    intended: Decimal  # the value the figure probably should have been written as
    describe: str  # "one digit differs", "two digits swapped", "billion for trillion"
    chance: Decimal = Decimal(0)  # how likely a slip of this kind would land there by accident


def explain(value: Decimal, ulp: Decimal, needed: Interval, *, percent: bool = False,
            indian: bool = False) -> Slip | None:
    """The typical slip that turns `value` (written to the precision `ulp`) into a value inside
    `needed`, if there is one; None when the figure already fits or no single slip explains it.
    A `percent` (or points) has its scale fixed by its sign: no scale word to slip, and a decimal
    point moved one place at most ("3.2 percent" is no slip of 316 percent). Only a figure written
    in the `indian` scale words can have lakh for crore, a hundred apart."""
    if not needed.lo.is_finite() or not needed.hi.is_finite() or ulp <= 0 or needed.contains(value):
        return None
    slip = (_sign(value, needed) or _scale(value, ulp, needed, percent, indian) or _digit(value, ulp, needed)
            or _swap(value, ulp, needed) or _last_step(value, ulp, needed))
    return slip if slip is not None and slip.chance <= MAX_CHANCE else None


def _chance(needed: Interval, ulp: Decimal, spacing: Decimal) -> Decimal:
    return min(Decimal(1), (needed.hi - needed.lo + ulp) / spacing) if spacing > 0 else Decimal(1)


def _fits(candidate: Decimal, ulp: Decimal, needed: Interval) -> bool:
    """Whether `candidate`, as written to `ulp`, could stand for a value inside `needed` (more than
    at a shared rounding boundary, which one rounding rule cannot reach from both sides)."""
    half = ulp / 2
    return candidate + half > needed.lo and candidate - half < needed.hi


def _digits(value: Decimal, ulp: Decimal) -> str | None:
    """The written digits of a positive figure at its precision: 86.64 billion (ulp 0.01 billion)
    -> "8664"."""
    try:
        units = (abs(value) / ulp).to_integral_value(ROUND_HALF_UP)
    except InvalidOperation:
        return None
    return str(int(units))


def _from_digits(digits: str, ulp: Decimal, negative: bool) -> Decimal:
    value = Decimal(int(digits)) * ulp
    return -value if negative else value


def _digit(value: Decimal, ulp: Decimal, needed: Interval) -> Slip | None:
    written = _digits(value, ulp)
    if written is None or len(written.lstrip("0")) < MIN_DIGITS_FOR_DIGIT_SLIPS:
        return None
    found = []
    for position, old in enumerate(written):
        for new in "0123456789":
            if new == old or (position == 0 and new == "0"):
                continue
            candidate = _from_digits(written[:position] + new + written[position + 1:], ulp, value < 0)
            if _fits(candidate, ulp, needed):
                spacing = ulp * Decimal(10) ** (len(written) - 1 - position)
                found.append(Slip("digit", candidate, "one digit differs", _chance(needed, ulp, spacing)))
    # one digit explains it only if one replacement does: two would be a coin toss
    return found[0] if len(found) == 1 else None


def _last_step(value: Decimal, ulp: Decimal, needed: Interval) -> Slip | None:
    """The last written digit one step off: rounded the other way, or worked out from figures
    rounded differently. Any value lands one step from somewhere, so its chance is the needed
    stretch over the figure's own size: "44.99 percent" where 44.84–44.98 is needed is no accident,
    "3 billion" where 3.6 is needed may well be."""
    written = _digits(value, ulp)
    if written is None or len(written.lstrip("0")) < MIN_DIGITS_FOR_DIGIT_SLIPS:
        return None
    for candidate in (value - ulp, value + ulp):
        if _fits(candidate, ulp, needed):
            return Slip("step", candidate, "the last digit one step off", _chance(needed, ulp, abs(value)))
    return None


def _swap(value: Decimal, ulp: Decimal, needed: Interval) -> Slip | None:
    written = _digits(value, ulp)
    if written is None or len(written.lstrip("0")) < MIN_DIGITS_FOR_DIGIT_SLIPS:
        return None
    for position in range(len(written) - 1):
        a, b = written[position], written[position + 1]
        if a == b or (position == 0 and b == "0"):
            continue
        swapped = written[:position] + b + a + written[position + 2:]
        candidate = _from_digits(swapped, ulp, value < 0)
        if _fits(candidate, ulp, needed):
            spacing = ulp * 9 * Decimal(10) ** (len(written) - 2 - position)  # swaps there differ by 9s
            return Slip("swap", candidate, "two adjacent digits swapped", _chance(needed, ulp, spacing))
    return None


def _scale(value: Decimal, ulp: Decimal, needed: Interval, percent: bool, indian: bool) -> Slip | None:
    factors = () if percent else SCALE_FACTORS if indian else tuple(f for f in SCALE_FACTORS if f != 100)
    for factor in factors:
        for candidate, ratio in ((value * factor, factor), (value / factor, 1 / factor)):
            if _fits(candidate, ulp * ratio, needed):
                return Slip("scale", candidate, _scale_words(ratio), _chance(needed, ulp * ratio, abs(candidate)))
    for power in (1, -1) if percent else (1, 2, -1, -2):
        factor = Decimal(10) ** power
        candidate = value * factor
        if _fits(candidate, ulp * factor, needed):
            return Slip("decimal", candidate, "the decimal point moved", _chance(needed, ulp * factor, abs(candidate)))
    return None


def _scale_words(ratio: Decimal) -> str:
    names = {Decimal(1000): "a scale word too small (billion for trillion, million for billion)",
             Decimal(10) ** 6: "a scale word two steps too small (million for trillion)",
             Decimal(100): "lakh for crore"}
    if ratio in names:
        return names[ratio]
    inverse = 1 / ratio
    return {Decimal(1000): "a scale word too large (trillion for billion, billion for million)",
            Decimal(10) ** 6: "a scale word two steps too large (trillion for million)",
            Decimal(100): "crore for lakh"}.get(inverse, "a scale word off")


def _sign(value: Decimal, needed: Interval) -> Slip | None:
    """A change stated as a rise that was a fall, or the reverse: the same size, the other sign."""
    if value != 0 and needed.contains(-value):
        return Slip("sign", -value, "the direction is reversed", _chance(needed, Decimal(0), 2 * abs(value)))
    return None
