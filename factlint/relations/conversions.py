"""Conversions: "1 trillion yuan ($140.82 billion)", "€450 million, or about $487 million"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from factlint.relations.context import Context, ProposedRelation

# -- conversions -----------------------------------------------------------------------------------
_CONVERSION_GAP = re.compile(
    r"\s*(?:\(\s*(?:or\s+)?|,\s*or\s+|\s*[—–]\s*)(?:about|around|approximately|roughly|some|nearly|almost|"
    r"over|more than)?\s*\\?$|\s*,\s*(?:about|around|approximately|roughly|some|nearly|almost)\s+\\?$",
    re.IGNORECASE)


def find_conversions(context: Context) -> Iterator[ProposedRelation]:
    figures = context.figures
    for index, figure in enumerate(figures[:-1]):
        other = figures[index + 1]
        if figure.kind not in ("money", "range") or other.kind != figure.kind:
            continue
        if not figure.unit or not other.unit or figure.unit == other.unit:
            continue
        gap = context.text[figure.end:other.start]
        if _CONVERSION_GAP.match(gap):
            yield ProposedRelation("conversion", {"amount": index, "equivalent": index + 1},
                                   f"{figure.text} is converted in the text that follows it")
