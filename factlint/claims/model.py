"""The claims model: claims, relations, suppressions and the article reference, as loaded and
validated from a claims file (see `load.py`). Checks read these types through the graph.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from factlint.figures.figure import Figure
from factlint.figures.units import Unit

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@dataclass(frozen=True, slots=True)
class Location:
    line: int
    column: int


@dataclass(frozen=True)
class Suppression:
    """`ignore:` on a claim: findings of `code` that name this claim are not reported, for a
    stated reason, until an optional date (after which the suppression is reported as expired)."""

    code: str
    reason: str
    location: Location
    until: dt.date | None = None


@dataclass(frozen=True)
class Claim:
    id: str
    quote: str
    value: str  # as recorded
    unit: Unit
    location: Location  # the claim's entry in the claims file
    value_location: Location
    hedge: str | None = None
    occurrence: int | None = None
    weekday: str | None = None
    noun: str | None = None
    exact: bool | None = None
    figure: Figure | None = None  # numbers; None for dates, weekdays and year ranges
    date: tuple[int, int, int | None] | None = None  # (year, month, day)
    years: tuple[int, int] | None = None  # year ranges and decades
    suppressions: tuple[Suppression, ...] = ()
    period: tuple[int, int, int, int] | None = None  # months from (year, month) to (year, month)


@dataclass(frozen=True)
class TierSpec:
    list_id: str  # a count relation naming the members of the tier
    each: str  # the claim giving each member's bound ("each over 1 trillion yuan")
    location: Location


@dataclass(frozen=True)
class Relation:
    kind: str
    location: Location
    id: str | None = None
    refs: dict[str, tuple[str, ...]] = field(default_factory=dict)  # role -> claim ids
    items: tuple[str, ...] = ()  # count: the items the text lists
    open: bool = False  # count: "including" makes the stated count a lower bound
    direction: str | None = None  # change: increase / decrease
    population: tuple[str, ...] = ()  # tiers: count relations whose items the tiers partition
    tiers: tuple[TierSpec, ...] = ()

    def ref(self, role: str) -> str | None:
        ids = self.refs.get(role, ())
        return ids[0] if ids else None


@dataclass(frozen=True)
class ArticleRef:
    path: Path | None  # resolved against the claims file's folder
    text: str | None  # an inline article (fixtures, docs examples)
    shown: str  # how to name it in messages
    title: str | None
    published: dt.date | None
    locale: str


@dataclass(frozen=True)
class IgnoredFigure:
    """A figure the fact-checker decided needs no claim ("the 12th Five-Year Plan"), and why."""

    quote: str
    reason: str
    location: Location
    occurrence: int | None = None


@dataclass(frozen=True)
class ClaimsFile:
    path: str
    digest: str
    article: ArticleRef
    rates: dict[tuple[str, str], Decimal]
    claims: tuple[Claim, ...]
    relations: tuple[Relation, ...]
    ignored_figures: tuple[IgnoredFigure, ...] = ()
