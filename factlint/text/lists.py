"""A counted list where the text writes it: "eight industrial clusters — A, B, C ...".

A count relation records its items; the text is the source of truth. The items are looked for
only inside the list's own span — from the count onwards, each item close to the last one found
— because a name usually occurs elsewhere in the article too (the seed names most clusters twice),
and a deleted item must not be "found" in another sentence. Between and right after the items
found, a piece of text that reads as another item ("A, X, B and C", "A, B, C and D") is an item the
text lists that the claims file does not record.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from factlint.text.article import Article, Span, normalize, on_token_boundaries

FIRST_ITEM_REACH = 250  # characters from the count to its first item ("eight clusters, each ... They encompass A")
NEXT_ITEM_REACH = 100  # characters from one item to the next: a separator, perhaps a short description
_SENTENCE_END = re.compile(r"[.!?](?=[\"”’)]?(?:\s+[\"“(]?[A-Z0-9£$€¥₹₩]|\s*$))")
# separators, and the determiners items carry in running text ("the Hayate welder, the Kasumi ...")
_SEPARATOR = r"(?:[,;]|\band\b|\bor\b|\bas well as\b|\bthe\b|\ban?\b|\bits\b|\btheir\b)"
_LEADING = re.compile(rf"^(?:\s*{_SEPARATOR})+\s*")
_TRAILING = re.compile(rf"(?:\s*{_SEPARATOR})+\s*$")
_APPENDED = re.compile(r"^\s*,?\s*(?:and|as well as)\s+([^,.;:—–()]{2,80}?)(?=\s*(?:[,.;:—–)]|$))")
_NOT_AN_ITEM = re.compile(r"(?:each|all|both|which|who|whose|with|other|others|more|many|several|so on|"
                          r"the like|the rest|etc)\b", re.IGNORECASE)


@dataclass(frozen=True)
class ListReading:
    found: tuple[tuple[str, Span], ...]  # recorded items found in the list's span, in text order
    missing: tuple[str, ...]  # recorded items not in it
    unrecorded: tuple[str, ...]  # pieces the text lists there that no recorded item names

    @property
    def listed(self) -> int:
        """How many items the text lists now."""
        return len(self.found) + len(self.unrecorded)


def read_list(article: Article, start: int, items: Sequence[str]) -> ListReading:
    """Where a count's recorded `items` stand in the text after `start` (an offset just past the count)."""
    flat, origin = article.normalized
    position = _flat_offset(origin, start)
    wanted = {item: needle for item in items if (needle := normalize(item))}
    found: dict[str, tuple[int, int]] = {}
    first = _earliest(flat, wanted, position, position + FIRST_ITEM_REACH)
    if first is not None:
        # the list is the sentence it starts in: an item named again in the next one is not in it
        end = _SENTENCE_END.search(flat, first[1][1])
        limit = end.start() + 1 if end else len(flat)
        found[first[0]] = first[1]
        reach_end = first[1][1] + NEXT_ITEM_REACH
        progress = True
        while progress:
            progress = False
            for item, needle in wanted.items():
                if item in found:
                    continue
                at = _first_at(flat, needle, position, min(limit, reach_end + len(needle)))
                if at is not None:
                    found[item] = (at, at + len(needle))
                    reach_end = max(reach_end, at + len(needle) + NEXT_ITEM_REACH)
                    progress = True
    ordered = sorted(found.items(), key=lambda pair: pair[1][0])
    unrecorded = _unrecorded(flat, [span for _, span in ordered])
    return ListReading(
        tuple((item, Span(origin[a], origin[b - 1] + 1)) for item, (a, b) in ordered),
        tuple(item for item in items if item not in found),
        tuple(unrecorded))


def _flat_offset(origin: list[int], offset: int) -> int:
    return bisect.bisect_left(origin, offset)


def _earliest(flat: str, wanted: dict[str, str], start: int, end: int) -> tuple[str, tuple[int, int]] | None:
    """The recorded item written first after `start` (within `end`), with its flat span."""
    best: tuple[str, tuple[int, int]] | None = None
    for item, needle in wanted.items():
        at = _first_at(flat, needle, start, end + len(needle))
        if at is not None and (best is None or at < best[1][0]):
            best = (item, (at, at + len(needle)))
    return best


def _first_at(flat: str, needle: str, start: int, end: int) -> int | None:
    at = flat.find(needle, start, end)
    while at != -1:
        if on_token_boundaries(flat, at, at + len(needle)):
            return at
        at = flat.find(needle, at + 1, end)
    return None


def _unrecorded(flat: str, spans: list[tuple[int, int]]) -> list[str]:
    """Pieces between consecutive found items that read as items, and one appended after the last."""
    extra: list[str] = []
    for (_, end), (start, _) in pairwise(spans):
        gap = _TRAILING.sub("", _LEADING.sub("", flat[end:start])).strip()
        # a description in parentheses belongs to the item before it; a piece without letters is no item
        if gap and not gap.startswith("(") and re.search(r"[A-Za-z]", gap):
            extra.extend(p.strip() for p in re.split(r"\s*[,;]\s*|\s+and\s+", gap) if p.strip())
    if spans:
        appended = _APPENDED.match(flat[spans[-1][1]:spans[-1][1] + 120])
        if appended and not _NOT_AN_ITEM.match(appended.group(1)):
            extra.append(appended.group(1).strip())
    return extra
