"""DAT: dates exist, weekdays match their dates, year ranges run forwards."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from typing import Any

from factlint.claims.graph import Graph
from factlint.claims.model import WEEKDAYS
from factlint.findings import Hit, Severity
from factlint.registry import rule


def _calendar_date(date: tuple[int, int, int | None]) -> dt.date | None:
    year, month, day = date
    try:
        return dt.date(year, month, day or 1)
    except ValueError:
        return None


@rule("DAT001", "weekday-mismatch", Severity.ERROR)
def weekday_mismatch(graph: Graph, options: Mapping[str, Any]) -> Iterator[Hit]:
    """A date's weekday is not the one the text gives.

    What it checks:
        A date claim with a `weekday` ("on Saturday, Oct 19") must fall on that weekday in the
        recorded year (for dates written without a year, the year the claims file records).

    Why it matters:
        "Saturday, Oct 18" in a 2024 story is a day that never happened; one of the two is wrong.

    Example:
        ```yaml
        article:
          text: "The tour ran on Saturday, Oct 18."
        claims:
          - {id: tour, quote: "Saturday, Oct 18", value: 2024-10-18, unit: date, weekday: Saturday}
        ```

    Use instead:
        ```yaml
        article:
          text: "The tour ran on Saturday, Oct 19."
        claims:
          - {id: tour, quote: "Saturday, Oct 19", value: 2024-10-19, unit: date, weekday: Saturday}
        ```

    Options:
        None.
    """
    for node in graph.nodes.values():
        claim = node.claim
        if claim.date is None or claim.weekday is None or claim.date[2] is None:
            continue
        day = _calendar_date(claim.date)
        if day is None:
            continue
        actual = WEEKDAYS[day.weekday()].capitalize()
        if actual.lower() != claim.weekday.lower():
            yield Hit(f"{day:%Y-%m-%d} was a {actual}, not a {claim.weekday.capitalize()}",
                      (claim.id,), fix="Check the date and the weekday")


@rule("DAT002", "impossible-date", Severity.ERROR)
def impossible_date(graph: Graph, options: Mapping[str, Any]) -> Iterator[Hit]:
    """A date that does not exist (Feb 30, Sept 31).

    What it checks:
        Every date claim names a real calendar day.

    Why it matters:
        A day that does not exist is a typo for another day, and readers cannot tell which.

    Example:
        ```yaml
        article:
          text: "The plan was issued on Sept 31."
        claims:
          - {id: issued, quote: "Sept 31", value: 2024-09-31, unit: date}
        ```

    Use instead:
        ```yaml
        article:
          text: "The plan was issued on Sept 30."
        claims:
          - {id: issued, quote: "Sept 30", value: 2024-09-30, unit: date}
        ```

    Options:
        None.
    """
    for node in graph.nodes.values():
        date = node.claim.date
        if date is not None and _calendar_date(date) is None:
            yield Hit(f"{node.written!r} is not a calendar date", (node.id,),
                      fix="Correct the day or the month")


@rule("DAT003", "reversed-year-range", Severity.ERROR)
def reversed_year_range(graph: Graph, options: Mapping[str, Any]) -> Iterator[Hit]:
    """A year range ends before it starts ("2015-11").

    What it checks:
        A year-range claim's last year is not before its first.

    Why it matters:
        A reversed range is a typo ("2011-15" written "2015-11") that changes the period.

    Example:
        ```yaml
        article:
          text: "the 12th Five-Year Plan (2015-11)"
        claims:
          - {id: plan, quote: "(2015-11)", value: 2015-2011, unit: year-range}
        ```

    Use instead:
        ```yaml
        article:
          text: "the 12th Five-Year Plan (2011-15)"
        claims:
          - {id: plan, quote: "(2011-15)", value: 2011-2015, unit: year-range}
        ```

    Options:
        None.
    """
    for node in graph.nodes.values():
        years = node.claim.years
        if years is not None and years[1] < years[0]:
            yield Hit(f"{node.written!r} ends in {years[1]}, before it starts in {years[0]}",
                      (node.id,), fix="Put the first year first")


RULES = (weekday_mismatch, impossible_date, reversed_year_range)
