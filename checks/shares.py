"""PCT: a share is a possible percent, and matches its part and whole when the text gives them."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import Any

from factlint.claims.graph import ClaimNode, Graph, judge, likely_repair, loose_note
from factlint.figures.figure import Reading
from factlint.figures.intervals import Interval, format_interval, most_sharing
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


@rule("PCT003", "implied-whole-mismatch", Severity.ERROR)
def implied_whole_mismatch(graph: Graph, options: Mapping[str, Any]) -> Iterator[Hit]:
    """Shares of one whole that the text never states imply wholes no single total can give.

    What it checks:
        A series of amounts each with its percent ("6,730,413 (51.595%); 6,214,889 (47.366%);
        5,575 (0.024%) ...", election results, market shares, budget lines) divides one whole:
        each pair implies it, part ÷ percent × 100, over both rounding intervals. All must share
        a value. When most do, each pair that misses it is reported alone, with the whole the
        others share and its own; when no whole is shared by most, one finding lists them all.
        Warning when they can only agree if a figure was truncated.

    Why it matters:
        A percent typed with a slipped digit, or a count from another tally, is invisible until
        someone divides: the series itself says what the whole is.

    Example:
        ```yaml
        article:
          text: "A got 291,933 votes (44.64%), B 274,352 (41.94%), C 43,117 (6.59%) and D 21,713 (3.32%)."
        claims:
          - {id: a, quote: "291,933", value: "291933", unit: count}
          - {id: a-pct, quote: "44.64%", value: "44.64", unit: percent}
          - {id: b, quote: "274,352", value: "274352", unit: count}
          - {id: b-pct, quote: "41.94%", value: "41.94", unit: percent}
          - {id: c, quote: "43,117", value: "43117", unit: count}
          - {id: c-pct, quote: "6.59%", value: "6.59", unit: percent}
          - {id: d, quote: "21,713", value: "21713", unit: count}
          - {id: d-pct, quote: "3.32%", value: "3.32", unit: percent}
        relations:
          - {kind: shares, parts: [a, b, c, d], percents: [a-pct, b-pct, c-pct, d-pct]}
        ```

    Use instead:
        ```yaml
        article:
          text: "A got 291,933 votes (44.64%), B 274,352 (41.95%), C 43,117 (6.59%) and D 21,713 (3.32%)."
        claims:
          - {id: a, quote: "291,933", value: "291933", unit: count}
          - {id: a-pct, quote: "44.64%", value: "44.64", unit: percent}
          - {id: b, quote: "274,352", value: "274352", unit: count}
          - {id: b-pct, quote: "41.95%", value: "41.95", unit: percent}
          - {id: c, quote: "43,117", value: "43117", unit: count}
          - {id: c-pct, quote: "6.59%", value: "6.59", unit: percent}
          - {id: d, quote: "21,713", value: "21713", unit: count}
          - {id: d-pct, quote: "3.32%", value: "3.32", unit: percent}
        relations:
          - {kind: shares, parts: [a, b, c, d], percents: [a-pct, b-pct, c-pct, d-pct]}
        ```

    Options:
        None.
    """
    for relation in graph.of_kind("shares"):
        pairs = [(graph.node(p), graph.node(q)) for p, q in zip(relation.refs["parts"], relation.refs["percents"],
                                                                  strict=True)]
        pairs = [(part, pct) for part, pct in pairs if part.figure is not None and pct.figure is not None]
        if len(pairs) < 2:
            continue
        shared = _largest_agreeing_wholes(pairs)
        if len(shared) == len(pairs):
            continue
        if 2 * len(shared) > len(pairs):
            yield from _whole_outliers(graph, pairs, shared)
        else:
            yield _no_shared_whole(pairs)


Pair = tuple[ClaimNode, ClaimNode]


def _implied_whole(pair: Pair, reading: Reading) -> Interval | None:
    part, percent = pair
    stated = as_percent(percent, reading)
    if stated.lo <= 0:
        return None
    return (part.interval(reading) / stated).scale(HUNDRED)


def _largest_agreeing_wholes(pairs: list[Pair]) -> list[Pair]:
    """The most pairs whose implied wholes (strict reading) share one value, as for exchange rates."""
    return most_sharing(pairs, [_implied_whole(pair, Reading.STRICT) for pair in pairs])


def _common_whole(pairs: list[Pair], reading: Reading) -> Interval | None:
    wholes = [_implied_whole(pair, reading) for pair in pairs]
    return None if any(w is None for w in wholes) else Interval.common(wholes)  # type: ignore[arg-type]


def _whole_outliers(graph: Graph, pairs: list[Pair], shared: list[Pair]) -> Iterator[Hit]:
    """Most pairs share a whole: each pair that misses it is named alone, with the percent (or the
    amount) a single slip would explain."""
    common = _common_whole(shared, Reading.STRICT)
    assert common is not None
    for outlier in (pair for pair in pairs if pair not in shared):
        def agrees(reading: Reading, pair: Pair = outlier) -> bool:
            whole, own = _common_whole(shared, reading), _implied_whole(pair, reading)
            return whole is not None and own is not None and whole.overlaps(own)

        severity = judge(agrees)
        if severity is None:
            continue
        part, percent = outlier
        own = _implied_whole(outlier, Reading.STRICT)
        should = (part.interval() / common).scale(HUNDRED)
        repair = likely_repair([(percent, should), (part, common * as_percent(percent, Reading.STRICT)
                                                    .scale(Decimal("0.01")))], graph.confirmed)
        yield Hit(
            f"{len(shared)} of {len(pairs)} shares imply a whole of {format_interval(common)}; "
            f"{part.written} ({percent.written}) implies {format_interval(own) if own else 'none'}"
            f"{loose_note(severity, agrees, [part, percent])}{repair.note if repair else ''}",
            (percent.id, part.id),
            (Evidence(f"whole implied by {len(shared)} shares", format_interval(common)),
             Evidence(f"whole implied by {part.id}", format_interval(own) if own else "none")),
            severity,
            fix=repair.fix if repair else f"Recompute {percent.written!r} as {part.written} of the whole the "
                                          f"other shares imply ({format_interval(common)})",
        )


def _no_shared_whole(pairs: list[Pair]) -> Hit:
    """No whole is shared by most pairs: one finding listing what each implies."""
    implied = [(pair, _implied_whole(pair, Reading.STRICT)) for pair in pairs]
    return Hit(
        f"no whole is shared by most of the {len(pairs)} shares: "
        + "; ".join(f"{part.written} ({percent.written}) implies {format_interval(w) if w else 'none'}"
                    for (part, percent), w in implied),
        tuple(i for (part, percent), _ in implied for i in (percent.id, part.id)),
        tuple(Evidence(f"whole implied by {part.id}", format_interval(w) if w else "none")
              for (part, _), w in implied),
        Severity.ERROR,
        fix="Recompute the shares from one whole",
    )


RULES = (impossible_share, share_mismatch, implied_whole_mismatch)
