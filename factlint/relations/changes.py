"""Changes: "rose 12.5 percent to 3.6 million from 3.2 million", "increased from 4.4 million to
7.2 million", "to 12 GWh from 7.5 GWh, a 60 percent increase", "336 enterprises, a 6.6 percent
increase", ", up 12.5 percent from 3.2 million", "a year-on-year increase of 5.2 percent"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from factlint.relations.context import (
    QUANTITY_KINDS,
    Context,
    ProposedRelation,
    comparable,
    conversion_equivalents,
    indexes,
)
from factlint.text.directions import DECREASE_WORDS, INCREASE_WORDS, direction_of

_CHANGE_VERB = "|".join(INCREASE_WORDS + DECREASE_WORDS)

# -- changes -----------------------------------------------------------------------------------------
def _direction(word: str) -> str:
    return direction_of(word) or "increase"


def find_changes(context: Context) -> Iterator[ProposedRelation]:
    used: set[int] = set()
    for finder in (_verb_percent_to, _verb_from_to, _to_from, _appositive_percent, _lone_percent_change):
        for relation in finder(context, used):
            used.update(i for v in relation.roles.values() for i in indexes(v))
            yield relation


# Between "to 412,000" and "from 362,000": the noun may be repeated ("TEUs"), nothing more.
_FROM_GAP = re.compile(r"(?:\s*\([^()]{1,40}\))?(?:\s+[A-Za-z()-]+){0,3}\s*,?\s+"
                       r"(?:from|compared\s+with|compared\s+to|against|versus|up\s+from|down\s+from)\s+"
                       r"(?:[a-z]+\s+){0,2}\\?")


def _verb_percent_to(context: Context, used: set[int]) -> Iterator[ProposedRelation]:
    """ "rose 12.5 percent to 3.6 million (from 3.2 million)"."""
    figures = context.figures
    for index, figure in enumerate(figures):
        if figure.kind != "percent" or index in used:
            continue
        verb = re.search(rf"\b({_CHANGE_VERB})\s+(?:by\s+)?(?:\w+\s+)?$", context.before(index, 40),
                         re.IGNORECASE)
        to = context.next_figure(index)
        if verb is None or to is None or figures[to].kind not in QUANTITY_KINDS:
            continue
        if not re.fullmatch(r"(?:\s+(?:in|over|during|for|across)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?"
                            r"\s+to\s+(?:[a-z]+\s+){0,2}\\?", context.text[figure.end:figures[to].start]):
            continue  # "rose 5.4 percent in the March-August half to 1.86 trillion yen"
        roles: dict[str, int | tuple[int, ...]] = {"percent": index, "to": to}
        # The old value, past a conversion in parentheses: "to 14.2 trillion won ($10.3 billion),
        # compared with 10.3 trillion won".
        start = next((j for j in range(to + 1, min(len(figures), to + 3)) if comparable(figures[j], figures[to])),
                     None)
        if start is not None and _FROM_GAP.fullmatch(context.text[figures[to].end:figures[start].start]):
            roles["from"] = start
        yield ProposedRelation("change", roles, f"\"{verb.group(1)} {figure.text} to\"",
                               direction=_direction(verb.group(1)))


def _verb_from_to(context: Context, used: set[int]) -> Iterator[ProposedRelation]:
    """ "increased from some 4.4 million to more than 7.2 million" (a verb, then from A to B)."""
    figures = context.figures
    for index, figure in enumerate(figures[:-1]):
        to = index + 1
        if index in used or not comparable(figure, figures[to]):
            continue
        before = context.before(index, 60)
        verb = re.search(rf"\b({_CHANGE_VERB})\s+from\s+(?:[a-z]+\s+){{0,2}}\\?$", before, re.IGNORECASE)
        gap = context.text[figure.end:figures[to].start]
        if verb is None or not re.fullmatch(r"(?:\s+[a-z]+){0,2}\s+to\s+(?:[a-z]+\s+){0,2}\\?", gap):
            continue
        roles: dict[str, int | tuple[int, ...]] = {"from": index, "to": to}
        percent = context.next_figure(to)
        if percent is not None and figures[percent].kind == "percent" and re.fullmatch(
                r"\s*,\s+(?:an?\s+)?(?:increase|rise|gain|jump|drop|fall|decline|decrease|growth)?"
                r"\s*(?:of\s+)?", context.text[figures[to].end:figures[percent].start]):
            roles["percent"] = percent
        yield ProposedRelation("change", roles, f"\"{verb.group(1)} from {figure.text} to "
                               f"{figures[to].text}\"", direction=_direction(verb.group(1)))


def _to_from(context: Context, used: set[int]) -> Iterator[ProposedRelation]:
    """ "to 12 GWh from 7.5 GWh, a 60 percent increase": the new value first, then the old."""
    figures = context.figures
    for index, figure in enumerate(figures[:-1]):
        start = next((j for j in range(index + 1, min(len(figures), index + 3))
                      if comparable(figure, figures[j])), index + 1)  # past "(€9.04 billion)"
        if index in used or start in used or not comparable(figure, figures[start]):
            continue
        if not re.search(r"\bto\s+(?:[a-z]+\s+){0,2}\\?$", context.before(index, 30)) or \
                not re.fullmatch(r"(?:\s*\([^()]{1,40}\))?(?:\s+[A-Za-z]+){0,2}\s+from\s+(?:[a-z]+\s+){0,2}\\?",
                                 context.text[figure.end:figures[start].start]):
            continue
        roles: dict[str, int | tuple[int, ...]] = {"from": start, "to": index}
        verb = re.search(rf"\b({_CHANGE_VERB})\b[^.;]{{0,30}}\bto\s+(?:[a-z]+\s+){{0,2}}\\?$",
                         context.before(index, 60), re.IGNORECASE)
        direction = _direction(verb.group(1)) if verb else None
        percent = context.next_figure(start)
        if percent is not None and figures[percent].kind == "percent":
            noun = re.match(rf"\s+{_CHANGE_NOUN}\b", context.after(percent, 20), re.IGNORECASE)
            if noun and re.fullmatch(r",\s+an?\s+", context.text[figures[start].end:figures[percent].start]):
                roles["percent"], direction = percent, _direction(noun.group(1))
        yield ProposedRelation("change", roles, f"\"to {figure.text} from {figures[start].text}\"",
                               direction=direction)


_CHANGE_NOUN = r"(increase|rise|gain|jump|growth|drop|fall|decline|decrease|reduction)"


def _appositive_percent(context: Context, used: set[int]) -> Iterator[ProposedRelation]:
    """ "336 enterprises ..., a 6.6 percent increase from the 135th session"."""
    figures = context.figures
    for index, figure in enumerate(figures):
        if figure.kind != "percent" or index in used:
            continue
        noun = re.match(rf"\s+(?:year-on-year\s+)?(?:{_CHANGE_NOUN}|(more|higher|up|fewer|less|lower|down)"
                        rf"\b(?!\s+of\b))", context.after(index, 30), re.IGNORECASE)
        lead = re.search(rf",\s+(?:(up|down)\s+(?:by\s+)?|an?\s+{_CHANGE_NOUN}\s+of\s+)$", context.before(index, 30))
        if noun is None and lead is None:
            continue
        if lead is None and not re.search(r",\s+(?:an?\s+)?$", context.before(index, 6)):
            continue
        start, _ = context.sentence(figure.start)
        clause_start = max(start, context.text.rfind(";", start, figure.start) + 1,
                           context.text.rfind(":", start, figure.start) + 1)
        previous = [i for i in context.in_span(clause_start, figure.start) if figures[i].kind in QUANTITY_KINDS
                    and i not in conversion_equivalents(context)]
        if len(previous) != 1:  # "revenue of $5.2 billion from its 30 stores, up 12.5 percent": which?
            continue
        to = previous[0]
        clause = context.text[figures[to].end:figure.start]
        if re.search(r"[;:]|\b(?:and|while|but)\b", clause):  # another clause: not an apposition
            continue
        word = (lead.group(1) or lead.group(2)) if lead else (noun.group(1) or noun.group(2))
        roles: dict[str, int | tuple[int, ...]] = {"to": to, "percent": index}
        start = context.next_figure(index)
        if start is not None and comparable(figures[start], figures[to]) and re.fullmatch(
                r"\s+(?:[a-z-]+\s+){0,2}from\s+(?:[a-z]+\s+){0,2}\\?", context.text[figure.end:figures[start].start]):
            roles["from"] = start  # ", up 12.5 percent from 3.2 million", ", a 24 percent rise from ..."
        yield ProposedRelation("change", roles, f"{figures[to].text}, \"{word}\" {figure.text}",
                               direction=_direction(word))


def _lone_percent_change(context: Context, used: set[int]) -> Iterator[ProposedRelation]:
    """ "a year-on-year increase of 5.2 percent", "growth of 9.2 percent": the percent alone."""
    for index, figure in enumerate(context.figures):
        if figure.kind != "percent" or index in used:
            continue
        before = re.search(rf"\b{_CHANGE_NOUN}\s+(?:in\s+[\w\s]{{1,30}}?\s+)?of\s+$",
                           context.before(index, 60), re.IGNORECASE)
        after = re.match(rf"\s+(?:year-on-year\s+)?{_CHANGE_NOUN}\b", context.after(index, 30),
                         re.IGNORECASE)
        word = before or after
        if word is not None:
            yield ProposedRelation("change", {"percent": index},
                                   f"\"{word.group(1)}\" of {figure.text}",
                                   direction=_direction(word.group(1)))
