"""Relation discovery: the relations an article's figures stand in, believed when wording and
arithmetic support them together.

One decision rule (`evidence.believed`): a relation whose arithmetic holds within rounding needs
only a hint in the wording; one that a typical slip explains needs a plain statement; one that
misses far needs unmistakable wording. Two kinds of finders feed it, one module per relation kind:

- construction finders read a wording exactly ("rose 12.5 percent to 3.6 million from 3.2
  million", "20 clusters. Of them, 10 ...", "₹1,240 crore, or 28 percent of revenue", a callout
  restating a body figure): a construction read exactly is unmistakable wording, so the relation
  is believed whatever the arithmetic says, and the arithmetic is added to its note;
- evidence finders generate candidates from cue words (`cues`, a configurable table) and labels
  (`labels`: what a figure is a figure of) and let the arithmetic (`evidence`) pick the candidate
  and decide: changes whose endpoints stand sentences away (`changes`), balances, stated totals
  and complements such as non-oil/oil (`sums`), shares whose whole is named later (`shares`), the
  same digits a thousand apart (`repeats`).

By kind: `conversions` ("1 trillion yuan ($140.82 billion)"), `changes`, `lists` (a stated count
and its list), `totals` (partitions, breakdowns, "together", tiers), `sums`, `shares`,
`orderings` (revenue >= added value >= profit), `repeats`.

Finders see figures as `ExtractedFigure`s (article offsets plus what the scanner read) and return
`ProposedRelation`s naming figures by index; every note gives the wording and the arithmetic, and
drafting turns them into claims-file relations.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace

from factlint.relations.changes import (
    find_amount_and_percent_changes,
    find_amount_changes_by_evidence,
    find_amounts_of_known_changes,
    find_changes,
    find_changes_by_evidence,
    find_changes_by_period,
    find_percents_of_stated_changes,
)
from factlint.relations.context import Context, ProposedRelation
from factlint.relations.conversions import find_conversions
from factlint.relations.evidence import ARITHMETIC, BELIEVE_FAR, believed, describe, verdict_of
from factlint.relations.lists import find_counts, find_semicolon_lists
from factlint.relations.orderings import find_orderings, find_rankings
from factlint.relations.repeats import find_repeats
from factlint.relations.shares import find_series_shares, find_shares
from factlint.relations.sums import find_balances, find_complements, find_differences, find_stated_totals
from factlint.relations.totals import find_breakdowns, find_partitions, find_summed_totals, find_tiers, find_totals
from factlint.text.extract import ExtractedFigure

Finder = Callable[[Context], Iterator[ProposedRelation]]
# Order matters: tiers read the count relations; shares skip percents already read as changes.
FINDERS: tuple[Finder, ...] = (
    find_conversions, find_changes, find_counts, find_semicolon_lists, find_totals, find_summed_totals,
    find_breakdowns, find_partitions, find_tiers, find_percents_of_stated_changes, find_changes_by_evidence,
    find_amount_and_percent_changes, find_amount_changes_by_evidence, find_amounts_of_known_changes,
    find_changes_by_period, find_balances, find_differences,
    find_complements, find_stated_totals, find_series_shares, find_shares, find_orderings, find_rankings,
    find_repeats,
)


def infer_relations(text: str, figures: Sequence[ExtractedFigure]) -> list[ProposedRelation]:
    """Every relation believed; `figures` are offsets into `text`, in order."""
    context = Context(text, figures)
    for finder in FINDERS:
        # A finder sees the relations of the finders before it, not its own (it numbers those).
        context.relations.extend(list(finder(context)))
    return [_with_arithmetic(r, figures) for r in context.relations]


def _with_arithmetic(relation: ProposedRelation, figures: Sequence[ExtractedFigure]) -> ProposedRelation:
    """A construction finder's relation, its note completed with the arithmetic's verdict (an
    evidence finder's note already has it). A construction read exactly is unmistakable wording:
    `believed` at any verdict."""
    if ARITHMETIC in relation.note:
        return relation
    verdict = verdict_of(relation.kind, relation.roles, figures, relation.direction == "decrease")
    if verdict is None:
        return relation
    assert believed(verdict, BELIEVE_FAR)
    return replace(relation, note=describe(verdict, figures, relation.note))
