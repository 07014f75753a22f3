"""CNT: a stated count matches the items the text lists."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import Any

from factlint.claims.graph import Graph, judge, loose_note
from factlint.figures.figure import Reading
from factlint.figures.intervals import format_interval
from factlint.findings import Evidence, Hit, Severity
from factlint.registry import rule


@rule("CNT001", "count-mismatch", Severity.ERROR)
def count_mismatch(graph: Graph, options: Mapping[str, Any]) -> Iterator[Hit]:
    """A stated count differs from the number of items the text lists.

    What it checks:
        "Eight clusters: A, B, ..." must list eight names. When the text says "including" or
        "such as" (`open: true`), the list is a sample and may be shorter than the count, never
        longer. A hedged count ("more than 10") is compared as the bound it states.

    Why it matters:
        A list that lost or gained an item in editing contradicts its own headline number, and
        readers count.

    Example:
        ```yaml
        article:
          text: "Three clusters: new energy, digital creativity, ultrahigh-definition display and lasers."
        claims:
          - {id: three, quote: "Three clusters", value: "3", unit: count}
        relations:
          - kind: count
            count: three
            items: [new energy, digital creativity, ultrahigh-definition display, lasers]
        ```

    Use instead:
        ```yaml
        article:
          text: "Three clusters: new energy, digital creativity and ultrahigh-definition display."
        claims:
          - {id: three, quote: "Three clusters", value: "3", unit: count}
        relations:
          - kind: count
            count: three
            items: [new energy, digital creativity, ultrahigh-definition display]
        ```

    Options:
        None.
    """
    for relation in graph.of_kind("count"):
        count_id = relation.ref("count")
        assert count_id is not None
        node = graph.node(count_id)
        if node.figure is None:
            continue
        listing = graph.list_of(relation)
        # what the text lists now: the recorded items found in the list, and any it adds there
        items = ([item for item, _ in listing.found] + list(listing.unrecorded) if listing is not None
                 else list(relation.items))
        listed = Decimal(len(items))

        def holds(reading: Reading, node=node, listed=listed, is_open=relation.open) -> bool:
            stated = node.interval(reading)
            return listed <= stated.hi if is_open else stated.contains(listed)

        severity = judge(holds)
        if severity is None:
            continue
        stated = node.interval(Reading.STRICT)
        relation_word = "at most" if relation.open else "exactly"
        yield Hit(
            f"{node.written!r} ({format_interval(stated)}) but the text lists {len(items)}: "
            f"{'; '.join(items)}{loose_note(severity, holds, [node])}",
            (count_id,),
            (Evidence("stated count", format_interval(stated)),
             Evidence(f"items listed ({relation_word} the count)", str(len(items)))),
            severity,
            fix="Make the count and the list agree",
        )


RULES = (count_mismatch,)
