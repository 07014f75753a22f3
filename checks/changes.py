"""CHG: a stated change matches its endpoints, its verb, and the granularity of what it counts."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from decimal import Decimal, localcontext
from typing import Any

from factlint.claims.graph import ClaimNode, Graph, Repair, judge, likely_repair, loose_note
from factlint.claims.model import Relation
from factlint.figures.figure import Reading
from factlint.figures.intervals import Interval, format_decimal, format_interval, percent_of_change
from factlint.findings import Evidence, Hit, Severity
from factlint.registry import rule

HUNDRED = Decimal(100)


def stated_change(direction: str | None, percent: ClaimNode, reading: Reading) -> Interval:
    """The signed percent change the text states ("a 6.6 percent increase" is +6.6)."""
    interval = percent.interval(reading)
    if direction == "decrease" and interval.lo >= 0:
        return Interval(-interval.hi, -interval.lo)
    return interval


def implied_change(before: Interval, after: Interval, points: bool = False) -> Interval:
    """The change from `before` to `after`: in percent, or (two percents and a change stated in
    percentage points) their difference in points."""
    if points:
        return after - before
    # after/before - 1, not (after - before)/before: `before` would enter twice as two independent
    # intervals, and the widened result would pass changes no rounding explains
    return (after / before - Interval.point(Decimal(1))).scale(HUNDRED)


def in_points(percent: ClaimNode) -> bool:
    return percent.claim.unit.kind == "points"


def _nodes(graph: Graph, relation: Relation) -> tuple[ClaimNode | None, ...]:
    return tuple(graph.node(i) if (i := relation.ref(role)) else None
                 for role in ("from", "to", "percent"))


@rule("CHG001", "change-mismatch", Severity.ERROR)
def change_mismatch(graph: Graph, options: Mapping[str, Any]) -> Iterator[Hit]:
    """A stated percent change does not match its two endpoints.

    What it checks:
        With both endpoints and a percent, (to − from) ÷ from × 100, computed over both
        endpoints' intervals, must overlap the stated percent (negated for a decrease). A change
        stated in percentage points between two percents is their difference: to − from. A change
        given by its size, its percent and the level it reached, the level it started from unstated
        ("fell by $51 million or 1.9 percent to $5,049 million": `amount`, `percent`, `to`), must make
        the percent of that level less (or plus) the amount.

    Why it matters:
        "From 4.4 million to 7.2 million, up 40 percent" is off by a factor readers notice.

    Example:
        ```yaml
        article:
          text: "SMEs increased 40 percent, from 4.4 million to 7.2 million."
        claims:
          - {id: pct, quote: "40 percent", value: "40", unit: percent}
          - {id: before, quote: "4.4 million", value: 4.4 million, unit: count}
          - {id: after, quote: "7.2 million", value: 7.2 million, unit: count}
        relations:
          - {kind: change, from: before, to: after, percent: pct, direction: increase}
        ```

    Use instead:
        ```yaml
        article:
          text: "SMEs increased 64 percent, from 4.4 million to 7.2 million."
        claims:
          - {id: pct, quote: "64 percent", value: "64", unit: percent}
          - {id: before, quote: "4.4 million", value: 4.4 million, unit: count}
          - {id: after, quote: "7.2 million", value: 7.2 million, unit: count}
        relations:
          - {kind: change, from: before, to: after, percent: pct, direction: increase}
        ```

    Options:
        None.
    """
    for relation in graph.of_kind("change"):
        before, after, percent = _nodes(graph, relation)
        amount = graph.node(a) if (a := relation.ref("amount")) else None
        if before is None and after and percent and amount and None not in (after.figure, percent.figure,
                                                                             amount.figure):
            yield from _amount_mismatch(graph, relation, after, amount, percent)
            continue
        if not (before and after and percent) or None in (before.figure, after.figure, percent.figure):
            continue

        direction = graph.direction_of(relation)

        points = in_points(percent)

        def agrees(reading: Reading, b=before, a=after, p=percent, d=direction, pts=points) -> bool:
            return implied_change(b.interval(reading), a.interval(reading), pts).overlaps(
                stated_change(d, p, reading))

        severity = judge(agrees)
        if severity is None:
            continue
        computed = implied_change(before.interval(), after.interval(), points)
        unit = " points" if points else "%"
        repair = _change_repair(direction, before, after, percent, computed, graph.confirmed)
        yield Hit(
            f"from {before.written} to {after.written} is a change of "
            f"{format_interval(computed)}{unit}, but the text says {percent.written!r}"
            f"{loose_note(severity, agrees, [before, after, percent])}{repair.note if repair else ''}",
            (percent.id, before.id, after.id),
            (Evidence("implied change", f"{format_interval(computed)}{unit}"),
             Evidence("stated change", f"{format_interval(stated_change(direction, percent, Reading.STRICT))}{unit}")),
            severity,
            fix=repair.fix if repair else "Recompute the change from its endpoints",
        )


def _amount_mismatch(graph: Graph, relation: Relation, after: ClaimNode, amount: ClaimNode,
                     percent: ClaimNode) -> Iterator[Hit]:
    """ "Turnover reached $1.3 billion ... increased by $258.5 million or 33.3 percent": the level
    it started from is the new one less the rise, and the percent must be the rise of it."""
    decrease = graph.direction_of(relation) == "decrease"

    def implied(reading: Reading) -> Interval:
        return percent_of_change(amount.interval(reading), after.interval(reading), decrease)

    def agrees(reading: Reading) -> bool:
        stated = percent.interval(reading)
        return amount.interval(reading).lo > 0 and after.interval(reading).lo > 0 and (
            decrease or after.interval(reading).lo > amount.interval(reading).hi) and implied(reading).overlaps(stated)

    severity = judge(agrees)
    if severity is None:
        return
    if not decrease and after.interval().lo <= amount.interval().hi:
        return  # a rise as large as the level it reached: not this relation's arithmetic
    computed = implied(Reading.STRICT)
    word = "fall" if decrease else "rise"
    yield Hit(
        f"a {word} of {amount.written} to {after.written} is a change of {format_interval(computed)}%, "
        f"but the text says {percent.written!r}{loose_note(severity, agrees, [amount, after, percent])}",
        (percent.id, amount.id, after.id),
        (Evidence("implied change", f"{format_interval(computed)}%"),
         Evidence("stated change", f"{format_interval(percent.interval())}%")),
        severity,
        fix="Recompute the change from the amount and the level it reached",
    )


def _change_repair(direction: str | None, before: ClaimNode, after: ClaimNode, percent: ClaimNode,
                   computed: Interval, confirmed: frozenset[str]) -> Repair | None:
    """The figure of a change that one slip explains: the percent (against the change its ends
    give, signed as the text states it), or one end (against the other end and the percent)."""
    signed = computed if direction != "decrease" else Interval(-computed.hi, -computed.lo)
    stated = stated_change(direction, percent, Reading.STRICT)
    if in_points(percent):
        return likely_repair([(percent, signed), (after, before.interval() + stated),
                              (before, after.interval() - stated)], confirmed)
    factor = (Interval.point(HUNDRED) + stated).scale(Decimal("0.01"))
    return likely_repair([(percent, signed), (after, before.interval() * factor),
                          (before, after.interval() / factor)], confirmed)


@rule("CHG002", "direction-mismatch", Severity.ERROR)
def direction_mismatch(graph: Graph, options: Mapping[str, Any]) -> Iterator[Hit]:
    """The verb says "increased" but the figures fell (or the reverse).

    What it checks:
        With `direction: increase`, the end figure must be able to exceed the start figure and a
        stated percent must be able to be positive; the reverse for `decrease`.

    Why it matters:
        A swapped pair of endpoints, or a verb left over from last year's story, reverses the
        news.

    Example:
        ```yaml
        article:
          text: "SMEs increased from 7.2 million to 4.4 million."
        claims:
          - {id: before, quote: "from 7.2 million", value: 7.2 million, unit: count}
          - {id: after, quote: "to 4.4 million", value: 4.4 million, unit: count}
        relations:
          - {kind: change, from: before, to: after, direction: increase}
        ```

    Use instead:
        ```yaml
        article:
          text: "SMEs increased from 4.4 million to 7.2 million."
        claims:
          - {id: before, quote: "from 4.4 million", value: 4.4 million, unit: count}
          - {id: after, quote: "to 7.2 million", value: 7.2 million, unit: count}
        relations:
          - {kind: change, from: before, to: after, direction: increase}
        ```

    Options:
        None.
    """
    for relation in graph.of_kind("change"):
        direction = graph.direction_of(relation)  # the text's word now, else the recorded one
        if direction is None:
            continue
        before, after, percent = _nodes(graph, relation)
        rising = direction == "increase"
        if before and after and before.figure and after.figure:
            def moves(reading: Reading, b=before, a=after, up=rising) -> bool:
                lo, hi = b.interval(reading), a.interval(reading)
                return hi.hi > lo.lo if up else hi.lo < lo.hi

            severity = judge(moves)
            if severity is not None:
                yield Hit(f"the text says {direction} but {before.written} → "
                          f"{after.written} goes the other way{loose_note(severity, moves, [before, after])}",
                          (after.id, before.id),
                          severity=severity, fix="Check the verb and the order of the endpoints")
        if percent and percent.figure and percent.figure.value < 0:
            yield Hit(f"the text says {direction} but the percent {percent.written!r} "
                      f"is negative", (percent.id,), fix="State the size of the change, not its sign")


@rule("CHG003", "granularity", Severity.ERROR)
def granularity(graph: Graph, options: Mapping[str, Any]) -> Iterator[Hit]:
    """A percent change of a count needs a fractional count at the other end (GRIM test).

    What it checks:
        When one endpoint is a whole count and the other is not stated, the missing endpoint
        must be a whole number that gives the stated percent under rounding: 336 enterprises
        after "a 6.6 percent increase" needs 315.05–315.35 before; 315 gives 6.67% (which rounds
        to 6.7) and 316 gives 6.33%. Warning when only truncating the percent makes it work.

    Why it matters:
        Counts of enterprises, people or delegates are whole numbers. A percent that no whole
        number produces was computed from another figure, or rounded wrongly.

    Example:
        ```yaml
        article:
          text: "The delegation has 336 enterprises, a 6.6 percent increase from last session."
        claims:
          - {id: firms, quote: "336 enterprises", value: "336", unit: count}
          - {id: rise, quote: "6.6 percent", value: "6.6", unit: percent}
        relations:
          - {kind: change, to: firms, percent: rise, direction: increase}
        ```

    Use instead:
        ```yaml
        article:
          text: "The delegation has 336 enterprises, a 6.7 percent increase from last session."
        claims:
          - {id: firms, quote: "336 enterprises", value: "336", unit: count}
          - {id: rise, quote: "6.7 percent", value: "6.7", unit: percent}
        relations:
          - {kind: change, to: firms, percent: rise, direction: increase}
        ```

    Options:
        None.
    """
    for relation in graph.of_kind("change"):
        before, after, percent = _nodes(graph, relation)
        if percent is None or percent.figure is None:
            continue
        known = after if before is None else (before if after is None else None)
        if known is None or known.figure is None or known.claim.unit.kind != "count" \
                or not known.figure.exact or known.figure.value != known.figure.value.to_integral_value():
            continue  # only whole things counted exactly: "11.48" (a bare amount in a table) is no count
        solving_for_before = known is after
        direction = graph.direction_of(relation)

        def candidates(reading: Reading, k=known, p=percent, d=direction,
                       back=solving_for_before) -> Interval:
            factor = (Interval.point(HUNDRED) + stated_change(d, p, reading)).scale(Decimal("0.01"))
            value = k.interval(reading)
            return value / factor if back else value * factor

        severity = judge(lambda reading, c=candidates: len(c(reading).integers()) > 0)
        if severity is None:
            continue
        needed = candidates(Reading.STRICT)
        yield Hit(
            _granularity_message(known, percent, needed, solving_for_before, direction),
            (percent.id, known.id),
            (Evidence("whole counts needed", format_interval(needed)),
             Evidence("stated change", f"{format_interval(stated_change(direction, percent, Reading.STRICT))}%")),
            severity,
            fix="Recompute the percent from the two counts",
        )


def _granularity_message(known: ClaimNode, percent: ClaimNode, needed: Interval, back: bool,
                         direction: str | None) -> str:
    assert known.figure is not None
    side = "before" if back else "after"
    parts = [f"{known.written} {'after' if back else 'before'} a {percent.written} "
             f"{direction or 'change'} needs {format_interval(needed)} {side}: "
             f"no whole number"]
    value = known.figure.value
    nearby = []
    for whole in (needed.lo.to_integral_value(rounding="ROUND_FLOOR"),
                  needed.hi.to_integral_value(rounding="ROUND_CEILING")):
        if whole <= 0:
            continue
        with localcontext() as ctx:
            ctx.prec = 28
            change = ((value - whole) / whole if back else (whole - value) / value) * HUNDRED
        nearby.append(f"{whole} gives {format_decimal(change, 4)}%")
    if nearby:
        parts.append("; ".join(nearby))
    return "; ".join(parts)


RULES = (change_mismatch, direction_mismatch, granularity)
