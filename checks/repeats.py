"""REP: a figure stated twice (a callout and the body) says the same both times."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from itertools import pairwise
from typing import Any

from factlint.claims.graph import Graph, judge, likely_repair, loose_note
from factlint.figures.figure import Reading
from factlint.figures.intervals import format_interval
from factlint.findings import Evidence, Hit, Severity
from factlint.registry import rule


@rule("REP001", "repeat-mismatch", Severity.ERROR)
def repeat_mismatch(graph: Graph, options: Mapping[str, Any]) -> Iterator[Hit]:
    r"""A figure repeated in a callout or pull-quote differs from the body.

    What it checks:
        The claims of a repeat relation must be able to stand for one value: their intervals
        (hedges included) must overlap. "6 countries" in a callout repeats "six countries" in
        the body; "663.8 billion yuan" in a callout must match the body's figure. Dates and
        year ranges must be equal.

    Why it matters:
        Callouts are edited separately from the body, and are the figures readers see first.

    Example:
        ```yaml
        article:
          text: "The cluster earned 663.8 billion yuan.\n\n636.8 billion yuan\n\noperating revenue"
        claims:
          - {id: body, quote: "earned 663.8 billion yuan", value: 663.8 billion, unit: CNY}
          - {id: callout, quote: "636.8 billion yuan operating revenue", value: 636.8 billion, unit: CNY}
        relations:
          - {kind: repeat, claims: [body, callout]}
        ```

    Use instead:
        ```yaml
        article:
          text: "The cluster earned 663.8 billion yuan.\n\n663.8 billion yuan\n\noperating revenue"
        claims:
          - {id: body, quote: "earned 663.8 billion yuan", value: 663.8 billion, unit: CNY}
          - {id: callout, quote: "663.8 billion yuan operating revenue", value: 663.8 billion, unit: CNY}
        relations:
          - {kind: repeat, claims: [body, callout]}
        ```

    Options:
        None.
    """
    for relation in graph.of_kind("repeat"):
        nodes = [graph.node(c) for c in relation.refs["claims"]]
        for first, second in pairwise(nodes):
            if first.figure is None or second.figure is None:
                same = (first.claim.date, first.claim.years, first.claim.value.lower()) == \
                       (second.claim.date, second.claim.years, second.claim.value.lower())
                if not same:
                    yield Hit(f"{second.written!r} repeats {first.written!r} but differs",
                              (second.id, first.id), fix="Make the repeated figure match")
                continue
            def same(reading: Reading, a=first, b=second) -> bool:
                return a.interval(reading).overlaps(b.interval(reading))

            severity = judge(same)
            if severity is None:
                continue
            repair = likely_repair([(second, first.interval()), (first, second.interval())], graph.confirmed)
            yield Hit(
                f"{second.written!r} ({format_interval(second.interval())}) repeats "
                f"{first.written!r} ({format_interval(first.interval())}) but they cannot be "
                f"the same figure{loose_note(severity, same, [first, second])}{repair.note if repair else ''}",
                (second.id, first.id),
                (Evidence(first.id, format_interval(first.interval())),
                 Evidence(second.id, format_interval(second.interval()))),
                severity,
                fix=repair.fix if repair else "Make the repeated figure match",
            )


RULES = (repeat_mismatch,)
