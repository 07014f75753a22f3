"""Orderings by meaning (revenue >= added value >= profit, stated together) and by ranking ("the
largest importer with US$37.2 billion, followed by China with US$43.4 billion")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from factlint.relations.context import QUANTITY_KINDS, Context, ProposedRelation, same_quantity

# Ordering by meaning: revenue covers added value, which covers profit.
ORDER_RANK = (("profit", 1), ("profits", 1), ("net income", 1), ("added value", 2),
              ("value added", 2), ("revenue", 3), ("sales", 3), ("turnover", 3))


def find_orderings(context: Context) -> Iterator[ProposedRelation]:
    """Revenue, added value and profit stated together for the same enterprises and year."""
    seen: set[tuple[int, int]] = set()
    for figure in context.figures:
        if figure.kind != "money":
            continue
        sentence = context.sentence(figure.start)
        if sentence in seen:
            continue
        seen.add(sentence)
        ranked = [(rank, i) for i in context.in_span(*sentence)
                  if (rank := _order_rank(context, i)) is not None]
        ranks = [rank for rank, _ in ranked]
        ranked = [(rank, i) for rank, i in ranked if ranks.count(rank) == 1]  # two "sales": which is which?
        currencies = {context.figures[i].unit for _, i in ranked}
        if len({rank for rank, _ in ranked}) >= 2 and len(currencies) == 1:
            ordered = tuple(i for _, i in sorted(ranked))
            yield ProposedRelation("ordering", {"claims": ordered},
                                   "profit <= added value <= revenue, stated together")


def _order_rank(context: Context, index: int) -> int | None:
    figure = context.figures[index]
    if figure.kind != "money":
        return None
    words = re.match(r"\s+(?:in|of)\s+([a-z ]{3,30})", context.after(index, 40))
    if words is None:
        return None
    phrase = words.group(1)
    for name, rank in ORDER_RANK:
        if re.match(rf"(?:\w+\s+)?{name}\b", phrase):
            return rank
    return None


# A ranking: a superlative before the first amount, then "followed by" (or "then", "ahead of") before
# each next one. Ascending superlatives rank the other way. Data: extend freely.
_DESCENDING = re.compile(r"\b(?:largest|biggest|highest|top|leading|main|greatest|most)\b", re.IGNORECASE)
_ASCENDING = re.compile(r"\b(?:smallest|lowest|least)\b", re.IGNORECASE)
_NEXT_IN_RANK = re.compile(r"\b(?:followed\s+by|then|ahead\s+of|trailed\s+by|next\s+(?:came|was|is))\b",
                           re.IGNORECASE)


def find_rankings(context: Context) -> Iterator[ProposedRelation]:
    """Amounts a sentence ranks: each one after "followed by" is at most the one before it."""
    seen: set[tuple[int, int]] = set()
    for index, figure in enumerate(context.figures):
        sentence = context.sentence(figure.start)
        if figure.kind not in QUANTITY_KINDS or sentence in seen:
            continue
        lead = context.text[sentence[0]:figure.start]
        descending = _DESCENDING.search(lead) is not None
        if not descending and _ASCENDING.search(lead) is None:
            continue
        seen.add(sentence)
        ranked = [index]
        for other in context.in_span(figure.end, sentence[1]):
            previous = context.figures[ranked[-1]]
            if same_quantity(previous, context.figures[other]) and \
                    _NEXT_IN_RANK.search(context.text[previous.end:context.figures[other].start]):
                ranked.append(other)
        if len(ranked) >= 2:
            ordered = tuple(reversed(ranked)) if descending else tuple(ranked)
            yield ProposedRelation("ordering", {"claims": ordered},
                                   f"ranked: {figure.text} first, each amount after 'followed by' no larger"
                                   if descending else f"ranked from the smallest, {figure.text} first")
