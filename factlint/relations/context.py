"""What every relation finder shares: the article body and its figures (`Context`), and the
relation a finder proposes (`ProposedRelation`), naming figures by their index."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

from factlint.text.extract import ExtractedFigure

# Text that runs this far without a sentence end is no prose (a table, a list run together): the
# "sentence" around a figure is cut to this much either side, or every finder reads it whole,
# figure after figure, in quadratic time.
MAX_SENTENCE = 2_000
# A full stop before a capital, a blank line or the end; or a line with no stop at all (a headline, a
# subheading) before a blank line and a capital: a page-break gap inside a sentence goes on in lower case.
_SENTENCE_END = re.compile(r"[.!?](?=[\"”’)]?(?:\s*\n\s*\n|\s+[\"“(]?[A-Z0-9£$€¥₹₩]|\s*$))"
                           r"|(?<=[^\s.!?,;:])(?=[ \t]*\n[ \t]*\n\s*[\"“]?[A-Z])")


@dataclass(frozen=True, slots=True)
class ProposedRelation:
    kind: str
    roles: dict[str, int | tuple[int, ...]]  # role -> figure index (or indexes)
    note: str  # why it was proposed, in words an editor recognizes
    items: tuple[str, ...] = ()
    open: bool = False
    direction: str | None = None
    tiers: tuple[tuple[int, int], ...] = ()  # (count relation index, each-figure index)
    population: tuple[int, ...] = ()  # count relation indexes


@dataclass
class Context:
    """The article body and its figures, with the helpers every finder needs."""

    text: str
    figures: Sequence[ExtractedFigure]
    relations: list[ProposedRelation] = field(default_factory=list)
    # readings of the text and figures alone (no relation changes them), computed once per article:
    # finders ask for them per figure
    memo: dict[str, object] = field(default_factory=dict, repr=False)

    def after(self, index: int, width: int = 80) -> str:
        return self.text[self.figures[index].end:self.figures[index].end + width]

    def before(self, index: int, width: int = 80) -> str:
        start = self.figures[index].start
        return self.text[max(0, start - width):start]

    def sentence(self, offset: int) -> tuple[int, int]:
        """The sentence around an offset: page-break gaps inside a sentence do not end it."""
        found = self._sentences.get(offset)  # finders ask for the same figures' sentences again and again
        if found is None:
            found = self._sentences[offset] = self._sentence(offset)
        return found

    @cached_property
    def _sentences(self) -> dict[int, tuple[int, int]]:
        return {}

    def _sentence(self, offset: int) -> tuple[int, int]:
        ends = self._sentence_ends
        # the last end at or before the offset, and the first end after it (a search, because
        # the end pattern looks ahead: an end found from the offset may differ from the scan's)
        position = bisect_right(ends, offset) - 1
        start = max(ends[position] if position >= 0 else 0, offset - MAX_SENTENCE)
        limit = min(len(self.text), offset + MAX_SENTENCE)
        end_match = _SENTENCE_END.search(self.text, offset, limit)
        return start, (end_match.end() if end_match else limit)

    @cached_property
    def _sentence_ends(self) -> list[int]:
        return [m.end() for m in _SENTENCE_END.finditer(self.text)]

    def paragraph(self, offset: int) -> tuple[int, int]:
        """The paragraph around an offset: text between blank lines."""
        start = self.text.rfind("\n\n", 0, offset)
        end = self.text.find("\n\n", offset)
        return (0 if start < 0 else start + 2), (len(self.text) if end < 0 else end)

    def used(self) -> set[int]:
        """Figures that relations proposed so far already tie to others."""
        return {i for r in self.relations for v in r.roles.values() for i in indexes(v)}

    def complete(self, old: ProposedRelation, new: ProposedRelation) -> None:
        """Put in place of a relation the one a later finder completes it into (a change read
        without its endpoints); in place, because tiers name count relations by position."""
        self.relations[self.relations.index(old)] = new

    def in_span(self, start: int, end: int) -> list[int]:
        return [i for i, f in enumerate(self.figures) if start <= f.start and f.end <= end]

    def next_figure(self, index: int) -> int | None:
        return index + 1 if index + 1 < len(self.figures) else None


def indexes(value: int | tuple[int, ...]) -> tuple[int, ...]:
    return value if isinstance(value, tuple) else (value,)


QUANTITY_KINDS = ("money", "count", "number", "quantity")


def comparable(a: ExtractedFigure, b: ExtractedFigure) -> bool:
    """Two figures that can be the endpoints of one change: same unit, or a count and a bare
    number ("412,000 TEUs from 362,000")."""
    if a.kind not in QUANTITY_KINDS or b.kind not in QUANTITY_KINDS:
        return False
    return a.unit == b.unit or {a.kind, b.kind} <= {"count", "number"}


def is_larger(a: ExtractedFigure, b: ExtractedFigure) -> bool:
    """Both read, and `a` the larger: a whole and its part, a total and a side."""
    return a.reading is not None and b.reading is not None and a.reading.value > b.reading.value


def conversion_equivalents(context: Context) -> set[int]:
    return {i for r in context.relations if r.kind == "conversion" for i in indexes(r.roles["equivalent"])}


def same_quantity(a: ExtractedFigure, b: ExtractedFigure) -> bool:
    """Two figures that can be added or compared: money in one currency, or counts and numbers."""
    if a.kind == "money" or b.kind == "money":
        if a.kind == b.kind == "money":
            return a.unit is not None and a.unit == b.unit
        return _currency_elided(b if a.kind == "money" else a)
    return comparable(a, b)


def _currency_elided(figure: ExtractedFigure) -> bool:
    """A bare amount with a scale word beside money: a currency left out on repetition
    ("increased by 4.22 percent (5.93 trillion), compared with N5.44 trillion")."""
    reading = figure.reading
    return figure.kind == "number" and reading is not None and reading.value >= 100_000 and \
        any(c.isalpha() for c in reading.written)
