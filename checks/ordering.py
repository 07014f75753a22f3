"""ORD: figures that must be in order are (profit ≤ added value ≤ operating revenue)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from itertools import pairwise
from typing import Any

from factlint.claims.graph import Graph, judge
from factlint.figures.figure import Reading
from factlint.figures.intervals import format_interval
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
            severity = judge(lambda reading, a=low, b=high:
                             a.interval(reading).lo <= b.interval(reading).hi)
            if severity is None:
                continue
            yield Hit(
                f"{low.written!r} ({format_interval(low.interval())}) should be at most "
                f"{high.written!r} ({format_interval(high.interval())})",
                (low.id, high.id),
                (Evidence(low.id, format_interval(low.interval())),
                 Evidence(high.id, format_interval(high.interval(Reading.STRICT)))),
                severity,
                fix="Check which figure is misstated",
            )


RULES = (order_violated,)
