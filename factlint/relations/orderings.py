"""Orderings by meaning: revenue >= added value >= profit, stated together."""

from __future__ import annotations

import re
from collections.abc import Iterator

from factlint.relations.context import Context, ProposedRelation

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
