"""SUM: parts add up to their total; tiers add up, respect a combined total, and partition the
list they are drawn from."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import Any

from factlint.claims.graph import ClaimNode, Graph, judge, likely_repair, loose_note
from factlint.claims.model import Relation
from factlint.figures.figure import Reading
from factlint.figures.hedges import Direction
from factlint.figures.intervals import INF, Interval, format_interval
from factlint.findings import Evidence, Hit, Severity
from factlint.registry import rule


@rule("SUM001", "parts-total-mismatch", Severity.ERROR)
def parts_total_mismatch(graph: Graph, options: Mapping[str, Any]) -> Iterator[Hit]:
    """Parts do not add up to their stated total.

    What it checks:
        The sum of the parts' intervals must overlap the total's interval: "20 clusters: 10
        pillar and 10 emerging" adds up; "20 clusters: 10 pillar and 11 emerging" does not.
        Rounded parts may add up to a rounded total only within their rounding.

    Why it matters:
        Totals and breakdowns are the figures readers add up themselves.

    Example:
        ```yaml
        article:
          text: "It built 20 clusters: 10 pillar clusters and 11 emerging clusters."
        claims:
          - {id: all, quote: "20 clusters", value: "20", unit: count}
          - {id: pillar, quote: "10 pillar", value: "10", unit: count}
          - {id: emerging, quote: "11 emerging", value: "11", unit: count}
        relations:
          - {kind: total, total: all, parts: [pillar, emerging]}
        ```

    Use instead:
        ```yaml
        article:
          text: "It built 21 clusters: 10 pillar clusters and 11 emerging clusters."
        claims:
          - {id: all, quote: "21 clusters", value: "21", unit: count}
          - {id: pillar, quote: "10 pillar", value: "10", unit: count}
          - {id: emerging, quote: "11 emerging", value: "11", unit: count}
        relations:
          - {kind: total, total: all, parts: [pillar, emerging]}
        ```

    Options:
        None.
    """
    for relation in graph.of_kind("total"):
        total_id = relation.ref("total")
        assert total_id is not None
        parts = [graph.node(p) for p in relation.refs["parts"]]
        total = graph.node(total_id)
        if total.figure is None or any(p.figure is None for p in parts):
            continue

        def adds_up(reading: Reading, parts=parts, total=total) -> bool:
            return Interval.sum([p.interval(reading) for p in parts]).overlaps(total.interval(reading))

        severity = judge(adds_up)
        if severity is None:
            continue
        parts_sum = Interval.sum([p.interval(Reading.STRICT) for p in parts])
        repair = likely_repair([(total, parts_sum), *(
            (part, total.interval() - Interval.sum([o.interval() for o in parts if o is not part])) for part in parts)],
            graph.confirmed)
        yield Hit(
            f"parts {' + '.join(p.written for p in parts)} = {format_interval(parts_sum)}, "
            f"but the total {total.written!r} is {format_interval(total.interval())}"
            f"{loose_note(severity, adds_up, [*parts, total])}{repair.note if repair else ''}",
            (total_id, *relation.refs["parts"]),
            (Evidence("sum of parts", format_interval(parts_sum)),
             Evidence("stated total", format_interval(total.interval()))),
            severity,
            fix=repair.fix if repair else "Make the parts add up to the total",
        )


def _tier_counts(graph: Graph, relation: Relation) -> list[tuple[Relation, str]]:
    """(count relation, count claim id) of each tier."""
    tiers = []
    for tier in relation.tiers:
        listing = graph.relations_by_id[tier.list_id]
        count_id = listing.ref("count")
        assert count_id is not None
        tiers.append((listing, count_id))
    return tiers


@rule("SUM002", "tier-count-mismatch", Severity.ERROR)
def tier_count_mismatch(graph: Graph, options: Mapping[str, Any]) -> Iterator[Hit]:
    """The tiers' counts do not add up to the stated total count.

    What it checks:
        "Eight clusters over 1 trillion, three over 500 billion, seven over 100 billion and two
        over 10 billion" must add up to the "20 clusters" the tiers relation names as `total`.

    Why it matters:
        A tiered breakdown that covers more or fewer members than the whole has lost or
        invented a member.

    Example:
        ```yaml
        article:
          text: "Of 5 clusters, two (solar and wind) exceed 10 billion yuan each
            and two (coal and gas) exceed 1 billion yuan each."
        claims:
          - {id: all, quote: "Of 5 clusters", value: "5", unit: count}
          - {id: top, quote: "two (solar", value: "2", unit: count}
          - {id: top-each, quote: "10 billion yuan", value: 10 billion, unit: CNY}
          - {id: low, quote: "two (coal", value: "2", unit: count}
          - {id: low-each, quote: "1 billion yuan", value: 1 billion, unit: CNY}
        relations:
          - {kind: count, id: top-list, count: top, items: [solar, wind]}
          - {kind: count, id: low-list, count: low, items: [coal, gas]}
          - kind: tiers
            total: all
            tiers: [{list: top-list, each: top-each}, {list: low-list, each: low-each}]
        ```

    Use instead:
        ```yaml
        article:
          text: "Of 4 clusters, two (solar and wind) exceed 10 billion yuan each
            and two (coal and gas) exceed 1 billion yuan each."
        claims:
          - {id: all, quote: "Of 4 clusters", value: "4", unit: count}
          - {id: top, quote: "two (solar", value: "2", unit: count}
          - {id: top-each, quote: "10 billion yuan", value: 10 billion, unit: CNY}
          - {id: low, quote: "two (coal", value: "2", unit: count}
          - {id: low-each, quote: "1 billion yuan", value: 1 billion, unit: CNY}
        relations:
          - {kind: count, id: top-list, count: top, items: [solar, wind]}
          - {kind: count, id: low-list, count: low, items: [coal, gas]}
          - kind: tiers
            total: all
            tiers: [{list: top-list, each: top-each}, {list: low-list, each: low-each}]
        ```

    Options:
        None.
    """
    for relation in graph.of_kind("tiers"):
        total_id = relation.ref("total")
        if total_id is None:
            continue
        total = graph.node(total_id)
        counts = [graph.node(count_id) for _, count_id in _tier_counts(graph, relation)]
        if total.figure is None or any(c.figure is None for c in counts):
            continue

        def adds_up(reading: Reading, counts=counts, total=total) -> bool:
            return Interval.sum([c.interval(reading) for c in counts]).overlaps(total.interval(reading))

        severity = judge(adds_up)
        if severity is None:
            continue
        tiers_sum = Interval.sum([c.interval() for c in counts])
        yield Hit(
            f"tiers {' + '.join(c.written for c in counts)} = {format_interval(tiers_sum)}, "
            f"but the total {total.written!r} is {format_interval(total.interval())}",
            (total_id, *(c.id for c in counts)),
            (Evidence("sum of tier counts", format_interval(tiers_sum)),
             Evidence("stated total", format_interval(total.interval()))),
            severity,
            fix="Make the tier counts add up to the total",
        )


@rule("SUM003", "tier-bounds-exceed-total", Severity.ERROR)
def tier_bounds_exceed_total(graph: Graph, options: Mapping[str, Any]) -> Iterator[Hit]:
    """The tiers' bounds contradict the stated combined total.

    What it checks:
        Each tier says its members each exceed a bound ("each over X") or stay under one ("each
        under X"). Count × bound summed over the tiers is a floor (or a ceiling) for the members'
        combined figure: the `combined` claim must not lie below the floor or above the ceiling.

    Why it matters:
        Eight clusters "each over 1 trillion yuan" cannot belong to an industry worth "nearly
        3 trillion yuan".

    Example:
        ```yaml
        article:
          text: "The 3 clusters, worth nearly 25 billion yuan together, each exceed
            10 billion yuan: solar, wind and hydro."
        claims:
          - {id: three, quote: "The 3 clusters", value: "3", unit: count}
          - {id: combined, quote: "nearly 25 billion yuan", value: 25 billion, unit: CNY}
          - {id: each, quote: "10 billion yuan", value: 10 billion, unit: CNY}
        relations:
          - {kind: count, id: list, count: three, items: [solar, wind, hydro]}
          - {kind: tiers, combined: combined, tiers: [{list: list, each: each}]}
        ```

    Use instead:
        ```yaml
        article:
          text: "The 3 clusters, worth nearly 35 billion yuan together, each exceed
            10 billion yuan: solar, wind and hydro."
        claims:
          - {id: three, quote: "The 3 clusters", value: "3", unit: count}
          - {id: combined, quote: "nearly 35 billion yuan", value: 35 billion, unit: CNY}
          - {id: each, quote: "10 billion yuan", value: 10 billion, unit: CNY}
        relations:
          - {kind: count, id: list, count: three, items: [solar, wind, hydro]}
          - {kind: tiers, combined: combined, tiers: [{list: list, each: each}]}
        ```

    Options:
        None.
    """
    for relation in graph.of_kind("tiers"):
        combined_id = relation.ref("combined")
        if combined_id is None:
            continue
        combined = graph.node(combined_id)
        tiers = [(graph.node(count_id), graph.node(tier.each))
                 for (_, count_id), tier in zip(_tier_counts(graph, relation), relation.tiers,
                                                strict=True)]
        if combined.figure is None or any(c.figure is None or e.figure is None for c, e in tiers):
            continue

        def span(reading: Reading, tiers=tiers) -> Interval:
            """Count × bound over the tiers: a floor from "each over X", a ceiling from "each under X"."""
            low = sum((c.interval(reading).lo * _threshold(e, reading).lo for c, e in tiers), Decimal(0))
            high = sum((c.interval(reading).hi * _threshold(e, reading).hi for c, e in tiers), Decimal(0))
            return Interval(low, high)

        def fits(reading: Reading, combined=combined) -> bool:
            return span(reading).overlaps(combined.interval(reading))

        severity = judge(fits)
        if severity is None:
            continue
        terms = " + ".join(f"{c.written} × {e.hedged_text}" for c, e in tiers)
        bounds = span(Reading.STRICT)
        if bounds.lo > combined.interval().hi:
            said, evidence = f"is at least {format_interval(Interval.point(bounds.lo))}, more than", "floor"
        else:
            said, evidence = f"is at most {format_interval(Interval.point(bounds.hi))}, less than", "ceiling"
        yield Hit(
            f"{terms} {said} the combined {combined.written!r} ({format_interval(combined.interval())})",
            (combined_id, *(e.id for _, e in tiers)),
            (Evidence(f"{evidence} of the tiers", format_interval(bounds)),
             Evidence("combined total", format_interval(combined.interval()))),
            severity,
            fix="Check the tier bounds and the combined total",
        )


def _threshold(each: ClaimNode, reading: Reading) -> Interval:
    """A tier's bound as the threshold it states: "each over X" is X or more, however much more;
    "each under X" is anything up to X; an unhedged "each X" is X."""
    interval = each.interval(reading)
    if each.open_hedge is Direction.ABOVE:
        return Interval(interval.lo, INF)
    if each.open_hedge is Direction.BELOW:
        return Interval(min(Decimal(0), interval.lo), interval.hi)
    return interval


@rule("SUM004", "tier-membership", Severity.ERROR)
def tier_membership(graph: Graph, options: Mapping[str, Any]) -> Iterator[Hit]:
    """Tier members do not match the population one-to-one.

    What it checks:
        When a tiers relation names a `population` (lists such as "10 pillar and 10 emerging
        clusters"), every tier member must be one of those names, no name may sit in two tiers,
        and every name must be in some tier. Names are matched one-to-one, exact first, then by
        similarity ("biomedicine and health" is "biopharmaceuticals and health"; "cutting-edge
        new materials" is not "advanced materials" when both are listed).

    Why it matters:
        A cluster missing from the tiers, counted twice, or not among the clusters at all means
        one of the lists was edited without the other.

    Example:
        ```yaml
        article:
          text: "Clusters: solar power and wind power. Each over 1 billion yuan: solar power and hydro power."
        claims:
          - {id: two, quote: "Clusters:", value: "2", unit: count, note: "illustration only"}
          - {id: top, quote: "Each over 1 billion yuan", value: "2", unit: count}
          - {id: each, quote: "1 billion yuan", value: 1 billion, unit: CNY}
        relations:
          - {kind: count, id: all, count: two, items: [solar power, wind power]}
          - {kind: count, id: top-list, count: top, items: [solar power, hydro power]}
          - {kind: tiers, population: [all], tiers: [{list: top-list, each: each}]}
        ```

    Use instead:
        ```yaml
        article:
          text: "Two clusters: solar power and wind power. Both, each over 1 billion yuan: solar power and wind power."
        claims:
          - {id: two, quote: "Two clusters", value: "2", unit: count}
          - {id: top, quote: "Both, each", value: "2", unit: count, note: "illustration only"}
          - {id: each, quote: "1 billion yuan", value: 1 billion, unit: CNY}
        relations:
          - {kind: count, id: all, count: two, items: [solar power, wind power]}
          - {kind: count, id: top-list, count: top, items: [solar power, wind power]}
          - {kind: tiers, population: [all], tiers: [{list: top-list, each: each}]}
        ```

    Options:
        None.
    """
    from factlint.claims.names import closest_name, match_names

    for relation in graph.of_kind("tiers"):
        if not relation.population:
            continue
        names = [item for list_id in relation.population
                 for item in graph.relations_by_id[list_id].items]
        members: list[tuple[str, str]] = []  # (member name, count claim of its tier)
        for listing, count_id in _tier_counts(graph, relation):
            members.extend((item, count_id) for item in listing.items)
        pairs = match_names([m for m, _ in members], names)
        paired_members = {p.left for p in pairs}
        paired_names = {p.right for p in pairs}
        for index, (member, count_id) in enumerate(members):
            if index in paired_members:
                continue
            closest = closest_name(member, names)
            hint = f"; closest is {closest[0]!r} ({closest[1]:.0f}%)" if closest else ""
            taken = closest is not None and names.index(closest[0]) in paired_names
            yield Hit(f"tier member {member!r} matches no name in "
                      f"{', '.join(relation.population)}{hint}"
                      f"{' (already matched to another member)' if taken else ''}",
                      (count_id,), fix="Name the member as the population list does")
        for index, name in enumerate(names):
            if index not in paired_names:
                yield Hit(f"{name!r} is in no tier", (_count_of(graph, relation, index),),
                          severity=Severity.WARNING, fix="Add it to a tier or drop it from the list")


def _count_of(graph: Graph, relation: Relation, index: int) -> str:
    """The count claim of the population list holding the name at `index`."""
    for list_id in relation.population:
        listing = graph.relations_by_id[list_id]
        if index < len(listing.items):
            count_id = listing.ref("count")
            assert count_id is not None
            return count_id
        index -= len(listing.items)
    raise IndexError(index)


RULES = (parts_total_mismatch, tier_count_mismatch, tier_bounds_exceed_total, tier_membership)
