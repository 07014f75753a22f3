"""What a figure is a figure *of*: the content words written just before it in its sentence
("its oil bill for that month at $11.69 billion" -> oil, bill). Two figures whose labels share a
word are likely the same quantity at two times, or a part and its whole; relation discovery uses
the overlap as wording evidence when a relation spans sentences.

Generic words (units, scale words, time words, verbs of reporting) say nothing about *which*
quantity a figure measures, so they are left out; the table is data and can be extended.
"""

from __future__ import annotations

import re

from factlint.relations.context import QUANTITY_KINDS, Context
from factlint.relations.cues import base_cue_pattern, introduced_base
from factlint.text.directions import DECREASE_WORDS, DIRECTION_WORD, INCREASE_WORDS

LABEL_REACH = 70  # characters before a figure where its label is read
GENERIC_WORDS = frozenset("""
the a an of in on at to by for and or its their is was were be been are from with as that this which
it he she they said says say reported report showed show data while but also than compared against
percent per cent billion million trillion thousand crore lakh quadrillion year years month months
quarter period same last first second third fourth half previous corresponding earlier ago so far
total totalled totaled totalling amounted came stood reached recorded worth valued value of about
some nearly around over under more less almost approximately roughly just only up down some estimated
january february march april may june july august september october november december
""".split()) | frozenset(INCREASE_WORDS) | frozenset(DECREASE_WORDS)
# Words one quantity goes by, cut to five letters, each mapped to one of them: a budget's
# "spending" two paragraphs back is the "expenditure" that "rose 83 percent". Data: extend freely.
SYNONYMS = {"spend": "expen", "outla": "expen", "recei": "reven"}
_WORD = re.compile(r"[a-z][a-z-]+")
_CLAUSE_BREAK = re.compile(r"[;:(]|,\s+(?:while|whereas|but|and)\b")
_CLAUSE_END = re.compile(r";|,\s+(?:while|whereas|but|and)\b")  # "(" opens an aside, not a new clause


def clause(context: Context, index: int) -> tuple[int, int]:
    """The span of figure `index`'s clause in its sentence: from the last "; " or ", and" (while,
    whereas, but) before it to the first after it."""
    figure = context.figures[index]
    start, end = context.sentence(figure.start)
    before = list(_CLAUSE_END.finditer(context.text, start, figure.start))
    after = _CLAUSE_END.search(context.text, figure.end, end)
    return (before[-1].end() if before else start), (after.start() if after else end)


def label(context: Context, index: int) -> frozenset[str]:
    """The content words of the clause before figure `index`, cut to five letters so that "export"
    and "exports" agree."""
    figure = context.figures[index]
    sentence_start, _ = context.sentence(figure.start)
    start = max(sentence_start, context.paragraph(figure.start)[0], figure.start - LABEL_REACH)
    lead = context.text[start:figure.start]
    breaks = list(_CLAUSE_BREAK.finditer(lead))
    if breaks:
        lead = lead[breaks[-1].end():]
    # Another figure's words belong to that figure: read only after the nearest figure before.
    for other in context.figures[max(0, index - 3):index]:
        if start <= other.end <= figure.start:
            lead = context.text[max(other.end, figure.start - len(lead)):figure.start]
    return content_words(lead)


def content_words(text: str) -> frozenset[str]:
    """The words of `text` that say what a figure measures, cut to five letters."""
    return frozenset(SYNONYMS.get(w[:5], w[:5]) for w in _WORD.findall(text.lower()) if w not in GENERIC_WORDS)


def shared(context: Context, a: int, b: int) -> int:
    """How many label words two figures share."""
    return len(label(context, a) & label(context, b))


_DIRECTION = re.compile(r"\b(?:" + "|".join(sorted(INCREASE_WORDS + DECREASE_WORDS, key=len, reverse=True))
                        + r")\b(?:\s+(?:in|of)\s+[\w\s-]{0,30}?)?(?:\s+(?:by|of))?\s*\(?\\?$", re.IGNORECASE)
# "more than November", also past an aside giving the change as a percent: "3.3 billion riyals,
# equivalent to 8.6 percent, higher than", "$2 billion (4%) lower than"
_COMPARATIVE_AFTER = re.compile(r"(?:\s*,[^,.;()]{0,40},|\s*\([^()]{0,40}\))?"
                                r"\s+(?:(?:more|less|higher|lower|fewer|larger|smaller)\s+than|above|below)\b",
                                re.IGNORECASE)  # "$35.2 million above the original estimate"
# "by" right before an amount measures a change ("a fall in exports of fuels, lubricants and
# similar materials, by 21.0 billion riyals") when the sentence names a direction before it
_BY_BEFORE = re.compile(r"\bby\s*\(?\\?$", re.IGNORECASE)


def is_change_amount(context: Context, index: int) -> bool:
    """A figure that is the size of a change, not a level: "decreased $51.7 billion", "a rise in
    the services surplus of $0.3 billion", "$5.0 billion more than November", "a fall in exports
    of fuels ... by 21.0 billion". Changes and levels never add up with each other. Read once per
    figure: finders ask for every pair they weigh."""
    known: dict[int, bool] = context.memo.setdefault("change_amounts", {})  # type: ignore[assignment]
    if index not in known:
        known[index] = _is_change_amount(context, index)
    return known[index]


def _is_change_amount(context: Context, index: int) -> bool:
    figure = context.figures[index]
    sentence_start = context.sentence(figure.start)[0]
    previous_end = context.figures[index - 1].end if index > 0 else 0
    start = max(figure.start - 60, previous_end, sentence_start)
    lead = context.text[start:figure.start]
    if _DIRECTION.search(lead) or _COMPARATIVE_AFTER.match(context.text, figure.end):
        return True
    return bool(_BY_BEFORE.search(lead)) and bool(
        DIRECTION_WORD.search(context.text, max(sentence_start, previous_end), figure.start))


def compared_bases(context: Context) -> frozenset[int]:
    """Amounts a comparison cue introduces ("against 44,000 tonnes", "than in 2020, when the total
    came to 4.21 billion"): another period's level, never a part, a total or a whole of this one."""
    if "compared_bases" not in context.memo:
        context.memo["compared_bases"] = frozenset(_compared_bases(context))
    return context.memo["compared_bases"]  # type: ignore[return-value]


def _compared_bases(context: Context) -> set[int]:
    figures = context.figures
    pattern = base_cue_pattern()
    found: set[int] = set()
    for index, figure in enumerate(figures):
        if figure.kind not in QUANTITY_KINDS:
            continue
        previous = next((i for i in range(index - 1, -1, -1) if figures[i].kind in QUANTITY_KINDS), None)
        start = max(context.sentence(figure.start)[0], figures[previous].end if previous is not None else 0)
        if introduced_base(pattern.search(context.text, start, figure.start - len(figure.hedge or ""))):
            found.add(index)
    return found
