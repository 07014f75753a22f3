"""The hedge table: what "more than", "nearly", "about" ... allow a written figure to stand for.

Each hedge has a direction and two margins: the strict margin is the ordinary reading, the loose
margin the most generous reading an editor would still accept. A check that only passes under the
loose reading reports a warning; one that fails under both reports an error. The table is data
so that configuration can override it (README, "Hedge table").

Open hedges ("more than", "at least"; "under", "up to") have a conventional reach: a reporter
who writes "more than 2.1 trillion" means a bit more, not 5 trillion. Read ordinarily, the figure
reaches `reach` steps of its last written digit beyond the number (2.1 trillion: one step of 0.1
trillion, so 2.1-2.2 trillion; "more than 58,000": 58,000-59,000). Only the loose reading leaves
it unbounded, so a relation that needs "more than 2.1 trillion" to mean 5 trillion is a warning
that says so, never silence. `reach = None` makes a hedge unbounded in every reading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum


class Direction(Enum):
    ABOVE = "above"  # more than X: the true value is at least X
    BELOW = "below"  # less than / up to X: at most X
    UNDER = "under"  # nearly X: a little below X
    AROUND = "around"  # about X: on either side of X


OPEN_REACH = Decimal(1)  # the conventional reach of an open hedge, in steps of the last written digit


@dataclass(frozen=True, slots=True)
class Hedge:
    canonical: str
    direction: Direction
    strict_margin: Decimal  # relative, for UNDER and AROUND
    loose_margin: Decimal
    reach: Decimal | None = OPEN_REACH  # ABOVE and BELOW: ordinary reach beyond X; None: unbounded


def _hedge(name: str, direction: Direction, strict: str = "0", loose: str = "0") -> Hedge:
    return Hedge(name, direction, Decimal(strict), Decimal(loose))


_ABOVE = ("more than", "over", "above", "exceeding", "exceeded", "exceed", "surpassing",
          "surpassed", "surpass", "in excess of", "upwards of", "topping", "at least",
          "no less than", "not less than", "a minimum of", "beyond")
# "reaching"/"reached" are not hedges: "revenue reached 4 trillion" states the figure itself.
_BELOW = ("less than", "under", "below", "up to", "at most", "no more than", "not more than",
          "a maximum of", "fewer than")
_UNDER = ("nearly", "almost", "close to", "just under", "approaching", "nearing", "not quite")
_AROUND = ("about", "around", "some", "roughly", "approximately", "an estimated", "estimated",
           "circa", "approx.")

HEDGES: dict[str, Hedge] = {
    **{name: _hedge(name, Direction.ABOVE) for name in _ABOVE},
    **{name: _hedge(name, Direction.BELOW) for name in _BELOW},
    **{name: _hedge(name, Direction.UNDER, "0.05", "0.15") for name in _UNDER},
    **{name: _hedge(name, Direction.AROUND, "0.05", "0.20") for name in _AROUND},
}

def _hedge_at_end(table: dict[str, Hedge]) -> re.Pattern[str]:
    # Longest first, so "more than" wins over "more" and "close to" over "close".
    return re.compile(
        r"(?:^|\W)(" + "|".join(re.escape(h) for h in sorted(table, key=len, reverse=True))
        + r")\s+\\?$",  # "more than \$1 billion": an escaped dollar follows; "over the 412,300 of
        # last year" compares with a figure, it does not hedge it
        re.IGNORECASE,
    )


_HEDGE_AT_END = _hedge_at_end(HEDGES)
# Bumped whenever the table changes, so that caches of text read with the old table (the
# scanner's) know they are stale without this module knowing who caches what.
_generation = 0


def generation() -> int:
    """How many times the table has changed in this process: part of any cache key over hedges."""
    return _generation


def configure(extra: dict[str, Hedge]) -> None:
    """Add or redefine hedges (configuration's [hedges] table) for the rest of the process."""
    if extra:
        set_table({**HEDGES, **extra})


def set_table(table: dict[str, Hedge]) -> None:
    """Replace the whole table (configuration; tests restoring the shipped one)."""
    global _HEDGE_AT_END, _generation
    HEDGES.clear()
    HEDGES.update(table)
    _HEDGE_AT_END = _hedge_at_end(HEDGES)
    _generation += 1


def lookup_hedge(text: str | None) -> Hedge | None:
    """The table entry for a hedge as written (case and spacing ignored); None when unknown."""
    if text is None:
        return None
    return HEDGES.get(" ".join(text.lower().split()))


def hedge_before(text: str) -> str | None:
    """The hedge phrase that ends `text` (the words just before a figure), as written."""
    match = _HEDGE_AT_END.search(text[-40:])
    return match.group(1) if match else None


def same_meaning(a: Hedge | None, b: Hedge | None) -> bool:
    """Synonymous hedges ("more than" and "over") read the same; an edit between them is harmless."""
    if a is None or b is None:
        return a is b
    return (a.direction, a.strict_margin, a.loose_margin, a.reach) == (
        b.direction, b.strict_margin, b.loose_margin, b.reach)
