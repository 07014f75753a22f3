"""Where a claim whose quote is gone now stands: by its place among its neighbours first, by the
look of the text second.

A claims file records an article's figures in the order the article writes them. After an edit,
the claims whose quotes are still found exactly mark out the article: a claim whose own quote is
gone must be between the neighbours it had in the file. Looking there first — not wherever a
similar sentence happens to be — keeps an edited "three industrial clusters —" from moving onto
the "seven industrial clusters —" sentence. Inside that window the quote is matched fuzzily; if
that fails (a short quote whose figure changed), the one figure of the claim's kind that no
other claim records there is taken. Two places that fit about equally are never guessed between.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from factlint.claims.anchoring import COMPATIBLE, FUZZY_THRESHOLD, Anchor, pick_mention, scan_within
from factlint.claims.model import Claim
from factlint.text.article import Article, Span, normalize

AMBIGUITY_MARGIN = 3.0  # a runner-up this close to the best fuzzy match makes it a coin toss
ORDERED_SHARE = 0.6  # a file is in article order when this share of its anchored claims are
MOVED_THRESHOLD = 90.0  # outside its window, only a near-verbatim quote is believed to have moved


class Unplaceable(Exception):
    """No place, or two places equally good: the message says which and why."""


@dataclass(frozen=True)
class Neighbourhood:
    """The windows the claims' neighbours allow, computed once per sync from the exact anchors."""

    article: Article
    anchors: Sequence[Anchor]
    backbone: tuple[int, ...]  # indexes of claims anchored exactly, once, in article order

    @classmethod
    def of(cls, article: Article, anchors: Sequence[Anchor]) -> Neighbourhood:
        placed = [i for i, a in enumerate(anchors) if a.status == "found" and a.span is not None]
        backbone = _longest_increasing(placed, [anchors[i].span.start for i in placed])  # type: ignore[union-attr]
        if len(backbone) < ORDERED_SHARE * len(placed):
            backbone = ()  # the file is not in article order: neighbours say nothing
        return cls(article, anchors, tuple(backbone))

    def window(self, index: int) -> Span:
        """From the quote of the claim's nearest ordered predecessor to that of its successor."""
        at = bisect_left(self.backbone, index)
        before = self.backbone[at - 1] if at > 0 else None
        after = self.backbone[at] if at < len(self.backbone) else None
        start = self.anchors[before].span.start if before is not None else 0  # type: ignore[union-attr]
        end = self.anchors[after].span.end if after is not None else len(self.article.text)  # type: ignore[union-attr]
        return Span(start, end)

    def recorded_figures(self) -> list[Span]:
        return [a.mention_span for a in self.anchors if a.mention_span is not None]


def place(claim: Claim, article: Article, window: Span, taken: Sequence[Span]) -> Span:
    """The span of the article that the claim's quote now stands for; raises Unplaceable."""
    found = _fuzzy(claim.quote, article, window, FUZZY_THRESHOLD)
    if found is not None:
        return found
    by_figure = _by_figure(claim, article, window, taken)
    if by_figure is not None:
        return by_figure
    whole = Span(0, len(article.text))
    moved = _fuzzy(claim.quote, article, whole, MOVED_THRESHOLD) if window != whole else None
    if moved is not None:
        return moved
    raise Unplaceable(f"quote {claim.quote!r} is gone: nothing between {_describe(article, window)} "
                      f"matches it or writes one {claim.unit.kind} figure no other claim records; "
                      f"edit the claim by hand")


def _fuzzy(quote: str, article: Article, window: Span, threshold: float) -> Span | None:
    from rapidfuzz import fuzz

    from factlint.claims.anchoring import widen_to_words

    needle = normalize(quote)
    flat, origin = article.normalized
    lo, hi = article.flat_span(window)
    region = flat[lo:hi]
    if not needle or not region:
        return None
    best = fuzz.partial_ratio_alignment(needle, region)
    if best is None or best.score < threshold:
        return None
    start, end = widen_to_words(region, best.dest_start, best.dest_end)
    masked = region[:start] + "\0" * (end - start) + region[end:]
    runner_up = fuzz.partial_ratio_alignment(needle, masked)
    if runner_up is not None and runner_up.score >= max(threshold, best.score - AMBIGUITY_MARGIN):
        other = masked[runner_up.dest_start:runner_up.dest_end]
        raise Unplaceable(f"quote {quote!r} is gone and two places match it about equally "
                          f"({best.score:.0f}% and {runner_up.score:.0f}%: {region[start:end]!r}, "
                          f"{other!r}); edit the claim by hand")
    return Span(origin[lo + start], origin[lo + end - 1] + 1)


def _by_figure(claim: Claim, article: Article, window: Span, taken: Sequence[Span]) -> Span | None:
    """The one figure of the claim's kind in the window that no other claim records, with as many
    words around it as the old quote had around its figure."""
    kinds = COMPATIBLE.get(claim.unit.kind)
    if kinds is None:
        return None
    free = [m for m in scan_within(article, window)
            if m.kind in kinds and not any(m.start < t.end and t.start < m.end for t in taken)]
    if not free:
        return None
    if len(free) > 1:
        shown = ", ".join(repr(article.text[m.start:m.end]) for m in free[:3])
        raise Unplaceable(f"quote {claim.quote!r} is gone and {len(free)} {claim.unit.kind} figures no "
                          f"claim records stand where it was ({shown}); edit the claim by hand")
    mention = free[0]
    old = pick_mention(claim, claim.quote)
    words_before = len(claim.quote[:old.start].split()) if old else 0
    words_after = len(claim.quote[old.end:].split()) if old else 0
    return _widen_by_words(article, Span(mention.start, mention.end), words_before, words_after, window)


def _widen_by_words(article: Article, span: Span, before: int, after: int, window: Span) -> Span:
    text = article.text
    start, end = span.start, span.end
    for _ in range(before):
        cut = text.rfind(" ", window.start, max(window.start, start - 1))
        if cut < 0:
            break
        start = cut + 1
    for _ in range(after):
        cut = text.find(" ", min(end + 1, window.end), window.end)
        end = cut if cut >= 0 else window.end
    while end > span.end and not text[end - 1].isalnum() and text[end - 1] not in ")%":
        end -= 1
    return Span(start, end)


def _describe(article: Article, window: Span) -> str:
    first, last = article.position(window.start), article.position(max(window.start, window.end - 1))
    return f"{article.path}:{first.line}:{first.column} and {last.line}:{last.column}"


def _longest_increasing(indexes: list[int], positions: list[int]) -> list[int]:
    """The longest run of `indexes` whose `positions` increase (patience sorting, O(n log n))."""
    tails: list[int] = []  # for each run length, the k ending the best run of that length
    tail_positions: list[int] = []
    previous: list[int | None] = [None] * len(positions)
    for k, position in enumerate(positions):
        at = bisect_left(tail_positions, position)
        previous[k] = tails[at - 1] if at > 0 else None
        if at == len(tails):
            tails.append(k)
            tail_positions.append(position)
        else:
            tails[at], tail_positions[at] = k, position
    run: list[int] = []
    cursor = tails[-1] if tails else None
    while cursor is not None:
        run.append(indexes[cursor])
        cursor = previous[cursor]
    return run[::-1]
