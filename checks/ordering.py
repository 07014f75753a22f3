"""ORD: figures that must be in order are (profit ≤ added value ≤ operating revenue)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from itertools import pairwise
from typing import Any

from factlint.claims.graph import ClaimNode, Graph, judge, loose_note, needs_open_hedge
from factlint.figures.figure import Reading
from factlint.figures.hedges import Direction
from factlint.figures.intervals import Interval, format_interval
from factlint.findings import Evidence, Hit, Severity
from factlint.registry import rule


@rule("ORD001", "order-violated", Severity.ERROR)
def order_violated(graph: Graph, options: Mapping[str, Any]) -> Iterator[Hit]:
    """Figures listed in an ordering relation are not in that order.

    What it checks:
        An ordering relation lists claims from smallest to largest (`claims: [profit,
        added-value, revenue]`); each must be able to be at most the next one, given their
        intervals and hedges.

    Why it matters:
        Some figures are bounded by others by definition: profit cannot exceed added value,
        which cannot exceed revenue. A violation is a unit slip or a swapped figure.

    Example:
        ```yaml
        article:
          text: "Firms made 4 trillion yuan in profits on 1 trillion yuan in operating revenue."
        claims:
          - {id: profit, quote: "4 trillion yuan in profits", value: 4 trillion, unit: CNY}
          - {id: revenue, quote: "1 trillion yuan in operating", value: 1 trillion, unit: CNY}
        relations:
          - {kind: ordering, claims: [profit, revenue]}
        ```

    Use instead:
        ```yaml
        article:
          text: "Firms made 1 trillion yuan in profits on 4 trillion yuan in operating revenue."
        claims:
          - {id: profit, quote: "1 trillion yuan in profits", value: 1 trillion, unit: CNY}
          - {id: revenue, quote: "4 trillion yuan in operating", value: 4 trillion, unit: CNY}
        relations:
          - {kind: ordering, claims: [profit, revenue]}
        ```

    Options:
        None.
    """
    for relation in graph.of_kind("ordering"):
        nodes = [graph.node(c) for c in relation.refs["claims"]]
        for low, high in pairwise(nodes):
            if low.figure is None or high.figure is None:
                continue
            def ordered(reading: Reading, a=low, b=high) -> bool:
                return a.interval(reading).lo <= b.interval(reading).hi

            severity = judge(ordered)
            if severity is None:
                continue
            yield Hit(
                f"{low.written!r} ({format_interval(low.interval())}) should be at most "
                f"{high.written!r} ({format_interval(high.interval())}){_hedge_note(severity, ordered, low, high)}",
                (low.id, high.id),
                (Evidence(low.id, format_interval(low.interval())),
                 Evidence(high.id, format_interval(high.interval(Reading.STRICT)))),
                severity,
                fix="Check which figure is misstated",
            )


def _hedge_note(severity: Severity | None, ordered: Callable[[Reading], bool], low: ClaimNode,
                high: ClaimNode) -> str:
    """ "possible only if 'more than 2.1 trillion' means at least 5 trillion": the value the open
    hedge would have to reach, when that is what the order needs."""
    if severity is not Severity.WARNING or not needs_open_hedge(ordered):
        return ""
    if high.open_hedge is Direction.ABOVE and low.open_hedge is None:
        needed = format_interval(Interval.point(low.interval().lo))
        return f"; possible only if {high.hedged_text!r} means at least {needed}"
    if low.open_hedge is Direction.BELOW and high.open_hedge is None:
        needed = format_interval(Interval.point(high.interval().hi))
        return f"; possible only if {low.hedged_text!r} means at most {needed}"
    return loose_note(severity, ordered, [low, high])


RULES = (order_violated,)
