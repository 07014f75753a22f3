"""PCT: a share is a possible percent, and matches its part and whole when the text gives them."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import Any

from factlint.claims.graph import ClaimNode, Graph, judge, likely_repair, loose_note
from factlint.figures.figure import Reading
from factlint.figures.intervals import Interval, format_interval
from factlint.findings import Evidence, Hit, Severity
from factlint.registry import rule

HUNDRED = Decimal(100)
POSSIBLE = Interval(Decimal(0), HUNDRED)


def as_percent(node: ClaimNode, reading: Reading) -> Interval:
    interval = node.interval(reading)
    return interval.scale(HUNDRED) if node.claim.unit.kind == "fraction" else interval


@rule("PCT001", "impossible-share", Severity.ERROR)
def impossible_share(graph: Graph, options: Mapping[str, Any]) -> Iterator[Hit]:
    """A share of a whole lies outside 0–100 percent.

    What it checks:
        The percent (or fraction) of every share relation must be possible as a part of a whole:
        some value it stands for lies in [0, 100]. "Accounting for 140 percent of GDP" cannot;
        "more than 30 percent" can.

    Why it matters:
        A part larger than its whole is a misplaced decimal point or a growth rate reported as
        a share.

    Example:
        ```yaml
        article:
          text: "The clusters' added value accounts for 140 percent of GDP."
        claims:
          - {id: gdp-share, quote: "140 percent of GDP", value: "140", unit: percent}
        relations:
          - {kind: share, percent: gdp-share}
        ```

    Use instead:
        ```yaml
        article:
          text: "The clusters' added value accounts for 40 percent of GDP."
        claims:
          - {id: gdp-share, quote: "40 percent of GDP", value: "40", unit: percent}
        relations:
          - {kind: share, percent: gdp-share}
        ```

    Options:
        None.
    """
    for relation in graph.of_kind("share"):
        percent_id = relation.ref("percent")
        assert percent_id is not None
        node = graph.node(percent_id)
        if node.figure is None:
            continue
        severity = judge(lambda reading, node=node: as_percent(node, reading).overlaps(POSSIBLE))
        if severity is None:
            continue
        shown = format_interval(as_percent(node, Reading.STRICT))
        yield Hit(f"{node.written!r} is {shown} percent of a whole, outside 0–100",
                  (percent_id,), (Evidence("share", f"{shown}%"),), severity,
                  fix="Check the figure: a part cannot exceed its whole")


@rule("PCT002", "share-mismatch", Severity.ERROR)
def share_mismatch(graph: Graph, options: Mapping[str, Any]) -> Iterator[Hit]:
    """A stated share does not match its part and whole.

    What it checks:
        When a share relation names `part` and `whole`, part ÷ whole × 100 (with both rounding
        intervals) must overlap the stated percent's interval.

    Why it matters:
        "4.2 trillion yuan, 40 percent of the 8.4 trillion yuan total" is a sum readers can do.

    Example:
        ```yaml
        article:
          text: "Exports were 4.2 trillion yuan, 40 percent of the 8.4 trillion yuan total."
        claims:
          - {id: exports, quote: "4.2 trillion yuan", value: 4.2 trillion, unit: CNY}
          - {id: share, quote: "40 percent", value: "40", unit: percent}
          - {id: total, quote: "8.4 trillion yuan", value: 8.4 trillion, unit: CNY}
        relations:
          - {kind: share, percent: share, part: exports, whole: total}
        ```

    Use instead:
        ```yaml
        article:
          text: "Exports were 4.2 trillion yuan, 50 percent of the 8.4 trillion yuan total."
        claims:
          - {id: exports, quote: "4.2 trillion yuan", value: 4.2 trillion, unit: CNY}
          - {id: share, quote: "50 percent", value: "50", unit: percent}
          - {id: total, quote: "8.4 trillion yuan", value: 8.4 trillion, unit: CNY}
        relations:
          - {kind: share, percent: share, part: exports, whole: total}
        ```

    Options:
        None.
    """
    for relation in graph.of_kind("share"):
        part_id, whole_id, percent_id = (relation.ref(r) for r in ("part", "whole", "percent"))
        if not (part_id and whole_id and percent_id):
            continue
        part, whole, percent = graph.node(part_id), graph.node(whole_id), graph.node(percent_id)
        if part.figure is None or whole.figure is None or percent.figure is None:
            continue

        def implied(reading: Reading, part=part, whole=whole) -> Interval:
            return (part.interval(reading) / whole.interval(reading)).scale(HUNDRED)

        def agrees(reading: Reading, p=percent, f=implied) -> bool:
            return f(reading).overlaps(as_percent(p, reading))

        severity = judge(agrees)
        if severity is None:
            continue
        computed = implied(Reading.STRICT)
        stated = as_percent(percent, Reading.STRICT).scale(Decimal("0.01"))
        repair = likely_repair([(percent, computed), (part, whole.interval() * stated),
                                (whole, part.interval() / stated)], graph.confirmed) if stated.lo > 0 else None
        yield Hit(
            f"{part.written} of {whole.written} is {format_interval(computed)} percent, "
            f"but the text says {percent.written!r}{loose_note(severity, agrees, [part, whole, percent])}"
            f"{repair.note if repair else ''}",
            (percent_id, part_id, whole_id),
            (Evidence("part ÷ whole", f"{format_interval(computed)}%"),
             Evidence("stated", f"{format_interval(as_percent(percent, Reading.STRICT))}%")),
            severity,
            fix=repair.fix if repair else "Recompute the share from the part and the whole",
        )


RULES = (impossible_share, share_mismatch)
