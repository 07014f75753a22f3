"""The words that give a change its direction — "rose", "fell", "up", "a decline" — as a table
(data), and the direction the text gives a change where its figures stand.

The inference reads these words to propose a change; the checks read them again in the text as
it is now, because an editor who turns "rose" into "fell" changes the story without touching a
figure, and the claims file's recorded direction would not notice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factlint.figures.hedges import HEDGES
from factlint.text.fastsearch import Searcher

# Verbs by their regular stem (every inflection is a direction word: "jump", "jumps", "jumped",
# "jumping"), then irregular forms and other words. Data: extend the stems, not the code.
INCREASE_STEMS = ("increas", "climb", "jump", "surg", "gain", "expand", "soar", "rais", "boost", "lift",
                  "advanc", "rebound", "accelerat", "doubl", "tripl", "widen")
DECREASE_STEMS = ("drop", "declin", "decreas", "slip", "contract", "plung", "reduc", "lower", "slump",
                  "tumbl", "eas", "sink", "slid", "shrink", "dip", "narrow", "plummet", "retreat")
INCREASE_OTHER = ("rose", "rise", "rises", "rising", "risen", "grew", "grow", "grows", "growing", "grown",
                  "growth", "up", "higher", "more", "added")
DECREASE_OTHER = ("fell", "fallen", "fall", "falls", "falling", "down", "lost", "less", "cut", "cuts",
                  "cutting", "shrank", "shrunk", "sank", "sunk", "slid", "slipped", "dipped", "dropped")


def _inflected(stems: tuple[str, ...]) -> tuple[str, ...]:
    """Each stem with the endings English verbs and nouns take: "declin" -> declines, declined,
    declining, decline; "drop" -> drops, dropped, dropping, drop."""
    forms: set[str] = set()
    for stem in stems:
        forms.update((stem, stem + "s", stem + "ed", stem + "ing", stem + "e", stem + "es"))
        if stem[-1] not in "aeiouy" and stem[-2:-1] in tuple("aeiou") and len(stem) <= 5:
            forms.update((stem + stem[-1] + "ed", stem + stem[-1] + "ing"))  # dropped, slipping
    return tuple(sorted(forms))


INCREASE_WORDS = _inflected(INCREASE_STEMS) + INCREASE_OTHER
DECREASE_WORDS = _inflected(DECREASE_STEMS) + DECREASE_OTHER
# Word pairs where a direction word is no direction: "added value", "more than" (a hedge).
_NOT_A_DIRECTION = re.compile(r"(?:added|value)\s+value\b|value\s+added\b", re.IGNORECASE)
# Every direction word, the longest first (relation finders search a sentence for one too)
DIRECTION_WORD = re.compile(r"\b(" + "|".join(sorted(INCREASE_WORDS + DECREASE_WORDS, key=len, reverse=True)) + r")\b",
                   re.IGNORECASE)
_DIRECTION_SEARCH = Searcher(DIRECTION_WORD)  # searched from its first characters: a call per change
BEFORE_REACH = 60  # characters before the change's first figure where its verb may stand ("rose 9 percent")
AFTER_REACH = 25  # characters after its last figure where its noun may stand ("a 60 percent increase")


def direction_of(word: str) -> str | None:
    lowered = word.lower()
    if lowered in DECREASE_WORDS:
        return "decrease"
    return "increase" if lowered in INCREASE_WORDS else None


@dataclass(frozen=True, slots=True)
class StatedDirection:
    direction: str  # "increase" or "decrease"
    word: str  # as the text writes it
    start: int  # its offset in the text


def stated_direction(text: str, figures: list[tuple[int, int]], focus: tuple[int, int]) -> StatedDirection | None:
    """The direction word the text writes for a change whose figures stand at `figures` (spans),
    nearest to `focus` (its percent, or its end figure): within the sentence, from a little before
    the first figure to a little after the last. Hedges ("more than", "up to") and "added value"
    are not directions."""
    first, last = min(s for s, _ in figures), max(e for _, e in figures)
    sentence_start = max(text.rfind(". ", 0, first), text.rfind("\n", 0, first)) + 1
    sentence_end = min((i for i in (text.find(". ", last), text.find("\n", last)) if i >= 0), default=len(text))
    start, end = max(sentence_start, first - BEFORE_REACH), min(sentence_end, last + AFTER_REACH)
    best: StatedDirection | None = None
    for word_start, word_end, match in _DIRECTION_SEARCH.finditer(text, start, end):
        if any(word_start < s_end and s_start < word_end for s_start, s_end in figures):
            continue
        if _is_hedge_at(text, word_start) or _NOT_A_DIRECTION.match(text, word_start):
            continue
        direction = direction_of(match.group(1))
        assert direction is not None
        candidate = StatedDirection(direction, match.group(1), word_start)
        if best is None or _distance(candidate.start, focus) < _distance(best.start, focus):
            best = candidate
    return best


def _is_hedge_at(text: str, offset: int) -> bool:
    ahead = " ".join(text[offset:offset + 30].lower().split())
    return any(ahead.startswith(hedge + " ") for hedge in HEDGES)


def _distance(offset: int, span: tuple[int, int]) -> int:
    return 0 if span[0] <= offset < span[1] else min(abs(offset - span[0]), abs(offset - span[1]))
