"""Repeats: a callout line restating a body figure, a figure restated in the same words, and the
same digits under scale words a thousand apart."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from itertools import pairwise

from factlint.figures.slips import INDIAN_SCALE
from factlint.relations.context import Context, ProposedRelation
from factlint.text.extract import ExtractedFigure


def find_repeats(context: Context) -> Iterator[ProposedRelation]:
    yield from _callout_repeats(context)
    yield from _restatements(context)
    yield from find_scale_repeats(context)


def _callout_repeats(context: Context) -> Iterator[ProposedRelation]:
    """A paragraph that is only a figure (a callout), paired with the body figure that its caption
    describes and whose digits it repeats: a mistyped callout (3.14 for 3.41) keeps most of them."""
    for index, figure in enumerate(context.figures):
        if not _is_callout(context, index):
            continue
        caption = _next_paragraph(context.text, figure.end)
        if not caption:
            continue
        scored = [(_callout_score(context, caption, figure, other), other)
                  for other, candidate in enumerate(context.figures)
                  if other != index and _same_unit(figure, candidate) and not _is_callout(context, other)
                  and _similar_size(figure, candidate)]
        if not scored:
            continue
        score, body = max(scored)
        if score >= CALLOUT_THRESHOLD:
            yield ProposedRelation("repeat", {"claims": (body, index)},
                                   f"the callout {figure.text!r} restates the body figure "
                                   f"(caption and digits match {score:.0f}/100)")


CALLOUT_THRESHOLD = 55.0


def _callout_score(context: Context, caption: str, callout: ExtractedFigure, index: int) -> float:
    """Half how much of the caption's wording the candidate's sentence shares, half how alike
    the digits are."""
    from rapidfuzz import fuzz

    candidate = context.figures[index]
    start, end = context.sentence(candidate.start)
    words = _content_words(caption)
    sentence = set(_content_words(context.text[start:end]))
    wording = 100 * sum(w in sentence for w in words) / len(words) if words else 0
    digits = fuzz.ratio(re.sub(r"\D", "", callout.text), re.sub(r"\D", "", candidate.text))
    return (wording + digits) / 2


_CAPTION_STOP = frozenset("the a an of in on at to by for and or its their is was be from with as "
                          "that this which".split())


def _content_words(text: str) -> list[str]:
    """Lower-case words without stop words, each cut to five letters ("invested" ~ "invest")."""
    return [w[:5] for w in re.findall(r"[a-z]+", text.lower()) if w not in _CAPTION_STOP]


CALLOUT_CHARS = 200  # a callout is a line of at most five words


def _is_callout(context: Context, index: int) -> bool:
    figure = context.figures[index]
    line_start = context.text.rfind("\n", 0, figure.start) + 1
    line_end = context.text.find("\n", figure.end)
    line_end = len(context.text) if line_end < 0 else line_end
    if line_end - line_start > CALLOUT_CHARS:  # not a callout; and splitting a 1 MB line per figure is quadratic
        return False
    line = context.text[line_start:line_end].strip()
    before_blank = context.text[max(0, line_start - 2):line_start] == "\n\n" or line_start == 0
    return before_blank and len(line.split()) <= 5 and not line.endswith((".", ":")) and \
        line.startswith(context.text[figure.start:figure.start + 1])


def _similar_size(a: ExtractedFigure, b: ExtractedFigure) -> bool:
    """A callout restates a figure, perhaps mistyped (663.8 as 636.8): never 3 as 3.6 million."""
    try:
        x, y = Decimal(a.value or ""), Decimal(b.value or "")
    except ArithmeticError:
        return a.value == b.value
    return x > 0 and y > 0 and max(x, y) / min(x, y) <= 2


def _next_paragraph(text: str, offset: int) -> str:
    match = re.compile(r"\n\s*\n\s*([^\n]+)").search(text, offset)
    return match.group(1).strip() if match else ""


def _same_unit(a: ExtractedFigure, b: ExtractedFigure) -> bool:
    if {a.kind, b.kind} <= {"count", "number"}:
        return True
    return a.kind == b.kind and a.unit == b.unit


def _restatements(context: Context) -> Iterator[ProposedRelation]:
    """The same figure in the same words: "each with annual business revenue reaching 20 million
    yuan", three times. Recorded so that a later edit to one of them shows (`sync`, then check);
    figures that merely share their lead-in words ("an increase of") are different figures."""
    groups: dict[tuple[str, str, str], list[int]] = {}
    for index, figure in enumerate(context.figures):
        if figure.kind not in ("money", "count", "percent") or _is_callout(context, index):
            continue
        words = re.findall(r"[A-Za-z]+", context.before(index, 60))[-4:]
        if len(words) < 4:
            continue
        key = (figure.kind, f"{figure.value} {figure.unit}", " ".join(words).lower())
        groups.setdefault(key, []).append(index)
    for (_, _, phrase), members in groups.items():
        if len(members) >= 2:
            yield ProposedRelation("repeat", {"claims": tuple(members)},
                                   f"the same figure after \"{phrase}\", {len(members)} times")


def find_scale_repeats(context: Context) -> Iterator[ProposedRelation]:
    """ "sent more than $445 million ... in 2016" and "$445 billion in 2016": the same written digits
    (three or more) under two scale words a thousand (or, lakh and crore, a hundred) apart, in
    sentences that share a label word or a year. Identical digits that far apart are no chance:
    one of the two is the other with its scale word slipped."""
    figures = context.figures
    seen: dict[tuple[str, str], list[int]] = {}
    for index, figure in enumerate(figures):
        reading = figure.reading
        if figure.kind != "money" or reading is None or reading.significant_digits < MIN_REPEAT_DIGITS:
            continue
        digits = re.sub(r"\D", "", figure.text).lstrip("0")
        seen.setdefault((figure.unit or "", digits), []).append(index)
    for members in seen.values():
        for a, b in pairwise(members):
            if not _scale_apart(figures[a], figures[b]):
                continue
            if not (_sentence_words(context, a) & _sentence_words(context, b)):
                continue
            yield ProposedRelation("repeat", {"claims": (a, b)},
                                   f"{figures[a].text!r} and {figures[b].text!r} write the same digits under "
                                   "scale words a thousand apart, in sentences about the same thing")


MIN_REPEAT_DIGITS = 3


def _scale_apart(a: ExtractedFigure, b: ExtractedFigure) -> bool:
    if a.reading is None or b.reading is None or a.reading.value <= 0 or b.reading.value <= 0:
        return False
    ratio = max(a.reading.value, b.reading.value) / min(a.reading.value, b.reading.value)
    if ratio == 100:  # lakh and crore only: "1.03 bln" and "10.3 mln" moved a decimal point, no scale word
        return all(INDIAN_SCALE.search(f.text) for f in (a, b))
    return ratio in (Decimal(1000), Decimal(10) ** 6)


def _sentence_words(context: Context, index: int) -> set[str]:
    """Years and content words of the figure's sentence."""
    start, end = context.sentence(context.figures[index].start)
    sentence = context.text[start:end]
    return set(re.findall(r"\b(?:1[89]|20)\d\d\b", sentence)) | (
        set(_content_words(sentence)) - _GENERIC_SENTENCE_WORDS)


_GENERIC_SENTENCE_WORDS = frozenset("billi milli trill thous perce said repor year month".split())
