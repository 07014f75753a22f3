"""The arithmetic half of the evidence for a candidate relation: does it hold within rounding, miss
by a typical slip (and of which figure), or miss far?

Figures are read as the checks read them (rounding intervals, one rounding rule, hedges with their
reach), so a relation discovery believes is one the checks will judge the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from factlint.figures.figure import LOOSE_READINGS, STRICT_READINGS, Reading
from factlint.figures.intervals import Interval, percent_of_change
from factlint.figures.slips import INDIAN_SCALE, MAX_CHANCE, Slip, explain
from factlint.text.extract import ExtractedFigure

HOLDS, LOOSE, SLIP, FAR = "holds", "holds loosely", "slip", "far"
# When wording and arithmetic together make a relation believed. A relation that holds within
# rounding needs only a hint in the wording (it costs nothing: it is checked and stays silent);
# one that one typical slip explains needs a plain statement; one that misses far needs
# unmistakable wording, or it is a coincidence of units, not a relation.
BELIEVE_HOLDING = 1
BELIEVE_SLIP = 2
BELIEVE_FAR = 5
# A slip this unlikely by chance, after every candidate tried, is evidence as strong as a relation
# that holds ("$3.94 million" where the sides differ by 3.94 billion: three digits agree exactly
# under a scale word slipped), and needs no more wording than one.
STRONG_SLIP = Decimal("0.01")
WHOLE_KINDS = ("count", "number", "ordinal", "year")
OUTCOME_RANK = {HOLDS: 3, LOOSE: 2, SLIP: 1, FAR: 0}  # choosing among candidates: the best arithmetic first


@dataclass(frozen=True)
class Verdict:
    outcome: str  # HOLDS, LOOSE, SLIP or FAR
    suspect: int | None = None  # SLIP: the index of the figure one slip explains
    slip: Slip | None = None
    tried: int = 1  # candidates the chooser weighed before this one: a slip among many is likelier chance


def interval(figure: ExtractedFigure, reading: Reading = Reading.STRICT) -> Interval | None:
    """What the figure stands for under `reading`, as the checks read it: a count written to the
    unit is exact."""
    written = figure.reading
    if written is None:
        return None
    if figure.kind in WHOLE_KINDS and written.ulp <= 1 and written.bounds is None:
        written = written.as_exact()
    elif written.exact and figure.kind in ("percent", "points", "money") and not any(
            c.isdigit() for c in written.written):
        written = replace(written, exact=False)  # "nine per cent" is rounded like "9 per cent"
    return written.interval(reading)


def significant(figure: ExtractedFigure) -> int:
    return figure.reading.significant_digits if figure.reading is not None else 0


def judge(holds: Callable[[Reading], bool]) -> str:
    if any(holds(r) for r in STRICT_READINGS):
        return HOLDS
    return LOOSE if any(holds(r) for r in LOOSE_READINGS) else FAR


def _slip(figures: Sequence[ExtractedFigure], options: Sequence[tuple[int, Interval | None]]) -> Verdict:
    """The figure one typical slip explains, least likely by chance; FAR when none."""
    best: tuple[Decimal, int, Slip] | None = None
    for index, needed in options:
        figure = figures[index]
        if needed is None or figure.reading is None or figure.reading.ulp == 0 or figure.hedge:
            continue
        slip = explain(figure.reading.value, figure.reading.ulp, needed, percent=figure.kind in ("percent", "points"),
                       indian=INDIAN_SCALE.search(figure.text) is not None)
        if slip is not None and (best is None or slip.chance < best[0]):
            best = (slip.chance, index, slip)
    return Verdict(SLIP, best[1], best[2]) if best else Verdict(FAR)


def sum_verdict(figures: Sequence[ExtractedFigure], total: int, parts: Sequence[int]) -> Verdict:
    """total = Σ parts."""
    def holds(reading: Reading) -> bool:
        t, ps = interval(figures[total], reading), [interval(figures[p], reading) for p in parts]
        return t is not None and None not in ps and Interval.sum(ps).overlaps(t)  # type: ignore[arg-type]

    outcome = judge(holds)
    if outcome != FAR:
        return Verdict(outcome)
    t = interval(figures[total])
    ps = [interval(figures[p]) for p in parts]
    if t is None or None in ps:
        return Verdict(FAR)
    options: list[tuple[int, Interval | None]] = [(total, Interval.sum(ps))]  # type: ignore[arg-type]
    for part in parts:
        others = [interval(figures[o]) for o in parts if o != part]
        options.append((part, t - Interval.sum(others)))  # type: ignore[arg-type]
    return _slip(figures, options)


def share_verdict(figures: Sequence[ExtractedFigure], percent: int, part: int, whole: int) -> Verdict:
    """percent = part / whole × 100."""
    def computed(reading: Reading) -> Interval | None:
        p, w = interval(figures[part], reading), interval(figures[whole], reading)
        if p is None or w is None or w.lo <= 0:
            return None
        return (p / w).scale(Decimal(100))

    def holds(reading: Reading) -> bool:
        c, stated = computed(reading), interval(figures[percent], reading)
        return c is not None and stated is not None and c.overlaps(stated)

    outcome = judge(holds)
    if outcome != FAR:
        return Verdict(outcome)
    stated = interval(figures[percent])
    if stated is None or stated.lo <= 0:
        return Verdict(FAR)
    fraction = stated.scale(Decimal("0.01"))
    p, w = interval(figures[part]), interval(figures[whole])
    return _slip(figures, [(percent, computed(Reading.STRICT)), (part, w * fraction if w else None),
                           (whole, p / fraction if p else None)])


def amount_change_verdict(figures: Sequence[ExtractedFigure], amount: int, reached: int, percent: int,
                          decrease: bool) -> Verdict:
    """percent = the change's amount over the level it started from, the level it reached less (or,
    for a fall, plus) the amount. Holds, or misses (no slip is named: three figures, one formula)."""
    def holds(reading: Reading) -> bool:
        a, r, p = interval(figures[amount], reading), interval(figures[reached], reading), \
            interval(figures[percent], reading)
        if a is None or r is None or p is None or a.lo <= 0 or (not decrease and r.lo <= a.hi):
            return False
        return percent_of_change(a, r, decrease).overlaps(p)

    return Verdict(judge(holds))


def change_verdict(figures: Sequence[ExtractedFigure], before: int, after: int, percent: int,
                   decrease: bool) -> Verdict:
    """(after / before - 1) × 100 = ± percent; for a change in percentage points, after -
    before = ± points."""
    def signed(reading: Reading) -> Interval | None:
        p = interval(figures[percent], reading)
        return None if p is None else (Interval(-p.hi, -p.lo) if decrease else p)

    points = figures[percent].kind == "points"  # percentage points: a difference, not a ratio

    def computed(reading: Reading) -> Interval | None:
        b, a = interval(figures[before], reading), interval(figures[after], reading)
        if b is None or a is None or (b.lo <= 0 and not points):
            return None
        return a - b if points else (a / b - Interval.point(Decimal(1))).scale(Decimal(100))  # b enters once

    def holds(reading: Reading) -> bool:
        c, s = computed(reading), signed(reading)
        return c is not None and s is not None and c.overlaps(s)

    outcome = judge(holds)
    if outcome != FAR:
        return Verdict(outcome)
    c, s = computed(Reading.STRICT), signed(Reading.STRICT)
    if c is None or s is None:
        return Verdict(FAR)
    if decrease:
        c = Interval(-c.hi, -c.lo)
    b, a = interval(figures[before]), interval(figures[after])
    if points:
        return _slip(figures, [(percent, c), (after, b + s if b else None), (before, a - s if a else None)])
    factor = (Interval.point(Decimal(100)) + s).scale(Decimal("0.01"))
    return _slip(figures, [(percent, c), (after, b * factor if b else None),
                           (before, a / factor if a and factor.lo > 0 else None)])


def repeat_verdict(figures: Sequence[ExtractedFigure], first: int, second: int) -> Verdict:
    def holds(reading: Reading) -> bool:
        a, b = interval(figures[first], reading), interval(figures[second], reading)
        return a is not None and b is not None and a.overlaps(b)

    outcome = judge(holds)
    if outcome != FAR:
        return Verdict(outcome)
    return _slip(figures, [(second, interval(figures[first])), (first, interval(figures[second]))])


def verdict_of(kind: str, roles: dict[str, int | tuple[int, ...]], figures: Sequence[ExtractedFigure],
               decrease: bool = False) -> Verdict | None:
    """The arithmetic verdict on a proposed relation of a kind this module judges; None for the
    others (conversions, counts, tiers and orderings are judged by their checks alone)."""
    def one(role: str) -> int | None:
        value = roles.get(role)
        return value if isinstance(value, int) else None

    if kind == "total" and one("total") is not None and isinstance(roles.get("parts"), tuple):
        return sum_verdict(figures, one("total"), roles["parts"])  # type: ignore[arg-type]
    if kind == "change" and one("from") is None and None not in (one("to"), one("percent"), one("amount")):
        return amount_change_verdict(figures, one("amount"), one("to"), one("percent"), decrease)  # type: ignore[arg-type]
    if kind == "change" and None not in (one("from"), one("to"), one("percent")) \
            and figures[one("percent")].kind in ("percent", "points"):  # type: ignore[index]
        return change_verdict(figures, one("from"), one("to"), one("percent"), decrease)  # type: ignore[arg-type]
    if kind == "share" and None not in (one("percent"), one("part"), one("whole")):
        return share_verdict(figures, one("percent"), one("part"), one("whole"))  # type: ignore[arg-type]
    if kind == "repeat" and isinstance(roles.get("claims"), tuple) and len(roles["claims"]) == 2:  # type: ignore[arg-type]
        first, second = roles["claims"]  # type: ignore[misc]
        return repeat_verdict(figures, first, second)
    return None


def strong(verdict: Verdict) -> bool:
    """A relation that holds, or misses by a slip as unlikely by chance as holding would be."""
    if verdict.outcome == HOLDS:
        return True
    return verdict.outcome == SLIP and verdict.slip is not None and verdict.slip.chance * verdict.tried <= STRONG_SLIP


def believed(verdict: Verdict, wording: int) -> bool:
    """Whether wording and arithmetic together make the relation believed. A slip found among
    `tried` candidates counts only if it stays unlikely after that many tries (its chance times
    the tries within the slip threshold): with enough candidates, some near miss is certain."""
    if verdict.outcome == FAR:
        return wording >= BELIEVE_FAR
    if verdict.outcome == SLIP:
        chance = (verdict.slip.chance if verdict.slip is not None else Decimal(1)) * verdict.tried
        if chance <= STRONG_SLIP:  # as unlikely by chance as a relation that holds: a hint is enough
            return wording >= BELIEVE_HOLDING
        return wording >= BELIEVE_SLIP and chance <= MAX_CHANCE
    return wording >= BELIEVE_HOLDING


def after_trying(verdict: Verdict, tried: int) -> Verdict:
    return replace(verdict, tried=max(1, tried))


def describe(verdict: Verdict, figures: Sequence[ExtractedFigure], cues: str) -> str:
    """The evidence in words, for the drafted relation's note."""
    arithmetic = {HOLDS: "holds within rounding", LOOSE: "holds only under an unusual reading",
                  FAR: "misses far"}.get(verdict.outcome)
    if verdict.outcome == SLIP and verdict.suspect is not None and verdict.slip is not None:
        arithmetic = f"misses by one slip of {figures[verdict.suspect].text!r} ({verdict.slip.describe})"
    return f"{cues}{ARITHMETIC}{arithmetic}"


ARITHMETIC = "; the arithmetic "
