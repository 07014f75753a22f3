"""Relation inference: the relations an article's wording makes plain, proposed from its figures.

Each finder reads one construction and proposes a relation only when the construction is
unambiguous; anything else is left for the fact-checker to add by hand. One module per kind:

- `conversions`: "1 trillion yuan ($140.82 billion)", "€450 million, or about $487 million";
- `changes`: "rose 12.5 percent to 3.6 million from 3.2 million", "increased from 4.4 million to
  7.2 million", "to 12 GWh from 7.5 GWh, a 60 percent increase", "336 enterprises, a 6.6 percent
  increase", ", up 12.5 percent from 3.2 million", "a year-on-year increase of 5.2 percent";
- `lists`: a stated count followed by its list (after a colon, between dashes, after "including"
  or in the next sentence's "They encompass ..."), or by a list set off by semicolons;
- `totals`: "20 clusters. Of them, 10 ... The other 10 ..."; "breaks down into" / "split between"
  the amounts that follow; "Together the three ... £805 million" after its parts; tiers: "Three of
  them, A, B and C, each built more than 12,000, while the other three ..." (population: the
  earlier list of all members; combined: the figure stated for all of them), and consecutive
  counted lists whose members each clear a bound;
- `shares`: "accounting for 40 percent of", "about one-eighth of", with part and whole when the
  amount comes just before ("₹1,240 crore, or 28 percent of revenue");
- `orderings`: revenue >= added value >= profit stated together;
- `repeats`: a callout line restating a body figure, and a figure restated in the same words.

Finders see figures as `ExtractedFigure`s (article offsets plus what the scanner read) and return
`ProposedRelation`s naming figures by index; drafting turns them into claims-file relations.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from factlint.relations.changes import find_changes, find_changes_by_evidence
from factlint.relations.context import Context, ProposedRelation
from factlint.relations.conversions import find_conversions
from factlint.relations.lists import find_counts, find_semicolon_lists
from factlint.relations.orderings import find_orderings
from factlint.relations.repeats import find_repeats
from factlint.relations.shares import find_shares
from factlint.relations.sums import find_balances, find_complements, find_stated_totals
from factlint.relations.totals import find_breakdowns, find_partitions, find_summed_totals, find_tiers, find_totals
from factlint.text.extract import ExtractedFigure

Finder = Callable[[Context], Iterator[ProposedRelation]]
# Order matters: tiers read the count relations; shares skip percents already read as changes.
FINDERS: tuple[Finder, ...] = (
    find_conversions, find_changes, find_counts, find_semicolon_lists, find_totals, find_summed_totals,
    find_breakdowns, find_partitions, find_tiers, find_changes_by_evidence, find_balances,
    find_complements, find_stated_totals, find_shares, find_orderings,
    find_repeats,
)


def infer_relations(text: str, figures: Sequence[ExtractedFigure]) -> list[ProposedRelation]:
    """Every relation the wording makes plain; `figures` are offsets into `text`, in order."""
    context = Context(text, figures)
    for finder in FINDERS:
        # A finder sees the relations of the finders before it, not its own (it numbers those).
        context.relations.extend(list(finder(context)))
    return context.relations
