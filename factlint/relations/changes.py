"""Changes: "rose 12.5 percent to 3.6 million from 3.2 million", "increased from 4.4 million to
7.2 million", "to 12 GWh from 7.5 GWh, a 60 percent increase", "336 enterprises, a 6.6 percent
increase", ", up 12.5 percent from 3.2 million", "a year-on-year increase of 5.2 percent"."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from functools import partial

from factlint.figures.intervals import Interval
from factlint.relations.context import (
    QUANTITY_KINDS,
    Context,
    ProposedRelation,
    comparable,
    conversion_equivalents,
    indexes,
    same_quantity,
)
from factlint.relations.cues import CUES, base_cue_pattern, introduced_base
from factlint.relations.evidence import (
    BELIEVE_FAR,
    FAR,
    HOLDS,
    OUTCOME_RANK,
    SLIP,
    Verdict,
    after_trying,
    amount_change_verdict,
    believed,
    change_verdict,
    describe,
    interval,
    sum_verdict,
)
from factlint.relations.labels import clause, content_words, is_change_amount, label
from factlint.text.directions import DECREASE_WORDS, INCREASE_WORDS, direction_of, stated_direction
from factlint.text.extract import ExtractedFigure

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


# -- changes by evidence -------------------------------------------------------------------------
# A percent with a direction word is a change; where its endpoints stand, the wording often does
# not say in a form the constructions above read ("went up 9.61 percent month on month, from ...
# to ...", "an increase of 8.74 percent compared with $14.802 billion", its new value two
# sentences earlier). Candidates come from the cues around each amount; the arithmetic confirms.
# "compared with the second quarter of 2022 - N5.44 trillion" may name a period first; "from",
# "against", "than" stand next to their amount ("from both land-based (US$1.95 billion)" is no base).
_TO_CUE = re.compile(r"\b(to|at|reaching|hitting)\s+(?:the\s+|a\s+|about\s+|around\s+|some\s+)?\\?$",
                     re.IGNORECASE)
_ABOVE = re.compile(r"\s+(above|below|higher\s+than|lower\s+than|more\s+than|less\s+than)\b", re.IGNORECASE)
_LEVEL_BEFORE = re.compile(r"\s*,\s*")  # "reached $1.113 billion, $35.2 million above ..."
SEARCH_BACK = 3  # sentences before the percent's where its new value may have been stated
RELATIVE_CLAUSE_WEIGHT = 2  # a base its own relative clause states, whatever the weight of the cue before
MAX_ENDPOINTS = 8  # candidate endpoints per percent: bounded, so a long article stays linear


def find_changes_by_evidence(context: Context) -> Iterator[ProposedRelation]:
    """Every percent the text calls a rise or a fall, whose two endpoints wording and arithmetic
    point to together (see `relations.evidence`)."""
    figures = context.figures
    open_changes = {r.roles["percent"]: r for r in context.relations
                    if r.kind == "change" and "percent" in r.roles and not {"from", "to"} <= set(r.roles)}
    taken = context.used() - {i for r in open_changes.values() for v in r.roles.values() for i in indexes(v)}
    converted = conversion_equivalents(context)
    for index, figure in enumerate(figures):
        if figure.kind not in ("percent", "points") or index in taken or figure.hedge:
            continue
        direction = _direction_at(context, index)
        if direction is None:
            continue
        best = _best_endpoints(context, index, direction, converted, taken)
        if best is None:
            continue
        (before, after), verdict, wording, why = best
        if not believed(verdict, wording):
            continue
        taken.update((before, after, index))
        relation = ProposedRelation("change", {"from": before, "to": after, "percent": index},
                                    describe(verdict, figures, why), direction=direction)
        if index in open_changes:
            context.complete(open_changes[index], relation)
        else:
            yield relation


def find_percents_of_stated_changes(context: Context) -> Iterator[ProposedRelation]:
    """ "increased nearly 8 percent, rising from $594.4 million to $643.4 million": a change read
    with both endpoints but no percent takes the percent with a direction word in its clause, hedged
    or not; the endpoints are stated outright, so the wording is as plain as it gets. Completes
    relations in place; yields nothing of its own."""
    used = context.used()
    for relation in list(context.relations):
        if relation.kind != "change" or "percent" in relation.roles or not {"from", "to"} <= set(relation.roles):
            continue
        ends = (*indexes(relation.roles["from"]), *indexes(relation.roles["to"]))
        start, end = clause(context, ends[0])
        low, high = min(ends), max(ends)
        # next to its endpoints: "£97.4 million, down 23 percent from £126.5 million" is another change's
        percents = [i for i in (low - 1, high + 1) if 0 <= i < len(context.figures)
                    and start <= context.figures[i].start < end and context.figures[i].kind == "percent"
                    and i not in used and _agrees(_direction_at(context, i), relation.direction)]
        if len(percents) != 1 or not all(start <= context.figures[i].start < end for i in ends):
            continue  # none, or one for each of two changes
        percent = percents[0]
        used.add(percent)
        context.complete(relation, replace(relation, roles={**relation.roles, "percent": percent},
                                           note=f"{relation.note}; the percent of its clause: "
                                                f"{context.figures[percent].text!r}",
                                           direction=relation.direction or _direction_at(context, percent)))
    return iter(())


def _agrees(stated: str | None, relation: str | None) -> bool:
    return stated is not None and relation in (None, stated)


def _direction_at(context: Context, index: int) -> str | None:
    """The direction the text gives a percent, or None when it is no change ("6.34 percent of
    GDP" is a share, whatever verb stands near)."""
    figure = context.figures[index]
    if re.match(r"\s+of\b", context.text[figure.end:figure.end + 6]):
        return None
    above = _ABOVE.match(context.text, figure.end)
    if above:
        return "decrease" if above.group(1).lower().startswith(("below", "lower", "less")) else "increase"
    stated = stated_direction(context.text, [(figure.start, figure.end)], (figure.start, figure.end))
    return stated.direction if stated else None


def _best_endpoints(context: Context, index: int, direction: str, converted: set[int], taken: set[int],
                    judge: Callable[[int, int], Verdict] | None = None
                    ) -> tuple[tuple[int, int], Verdict, int, str] | None:
    """The (before, after) pair with the best evidence for the change at `index`: a pair that holds
    beats one that misses; among equals, the better-worded one. `judge` weighs a pair (default: the
    percent's change; an amount's change passes its sum)."""
    figures = context.figures
    judge = judge or (lambda before, after: change_verdict(figures, before, after, index, direction == "decrease"))
    referent = _pronoun_referent(context, index, converted, taken | {index})
    bases, afters = _endpoint_cues(context, index, converted, taken | {index}, referent)
    subject = label(context, index)
    difference = _stated_difference(context, index) if figures[index].kind in ("percent", "points") else None
    if difference is not None:  # its endpoints may come in the next sentence: their difference tells
        _add_following(context, index, converted, taken | {difference}, bases, afters)
    best: tuple[tuple[int, int, int, int], tuple[int, int], Verdict, int, str] | None = None
    tried = 0
    for before, (base_weight, base_cue) in bases.items():
        for after, (after_weight, after_cue) in afters.items():
            if before == after or not _endpoints_alike(figures[index], figures[before], figures[after]) or \
                    figures[before].value == figures[after].value:
                continue  # the same amount twice is a restatement, not a change
            verdict = judge(before, after)
            tried += 1
            corroborated = difference is not None and _difference_holds(figures, before, after, difference)
            if difference is not None and not corroborated and verdict.outcome != HOLDS \
                    and _restates_with_or(context, index, difference) \
                    and not _slip_mends_difference(figures, before, after, difference, verdict):
                continue  # the amount the percent restates refutes these endpoints: two misses, no slip
            if verdict.outcome == FAR and not corroborated and not _in_clause(
                    context, index, (before,) if after == referent else (before, after)):
                continue  # a far miss is believed only of endpoints the change's own clause names
            if (base_weight == 0 or after_weight == 0) and verdict.outcome not in (HOLDS, SLIP) \
                    and not corroborated:
                continue  # an endpoint found by its label alone: only exact arithmetic confirms it
            # the direction word, each endpoint's cue, and the stated difference the endpoints make
            wording = 2 + base_weight + after_weight + (CORROBORATION if corroborated else 0)
            overlap = len(subject & (label(context, before) | label(context, after)))
            rank = (OUTCOME_RANK[verdict.outcome], wording, overlap, -abs(after - index))
            if best is None or rank > best[0]:
                why = f"'{figures[index].text}' is a {direction}; {base_cue} {figures[before].text}; " \
                      f"{after_cue} {figures[after].text}"
                best = (rank, (before, after), verdict, wording, why)
    if best is None:
        return None
    return best[1], after_trying(best[2], tried), best[3], best[4]


# A change stated twice, "up $64 million or 0.3 percent": endpoints whose difference is that
# amount are confirmed by arithmetic the percent takes no part in, as strongly as by plain words.
CORROBORATION = 3
_OR_BEFORE = re.compile(r"\s*,?\s*(?:or|,)\s*$")
_OR_AFTER = re.compile(r"\s*,?\s*or\s+(?:by\s+)?")


def _in_clause(context: Context, index: int, others: tuple[int, ...]) -> bool:
    start, end = clause(context, index)
    return all(start <= context.figures[i].start < end for i in others)


def _stated_difference(context: Context, index: int) -> int | None:
    """The amount a percent restates, written just before it ("$ 64 million or 0.3 percent") or
    just after it ("rose by 19.3% or by KD 219.2 million")."""
    figures = context.figures
    if index > 0 and figures[index - 1].kind in QUANTITY_KINDS \
            and _OR_BEFORE.fullmatch(context.text[figures[index - 1].end:figures[index].start]):
        return index - 1
    if index + 1 < len(figures) and figures[index + 1].kind in QUANTITY_KINDS \
            and _OR_AFTER.fullmatch(context.text[figures[index].end:figures[index + 1].start]):
        return index + 1
    return None


def _restates_with_or(context: Context, index: int, difference: int) -> bool:
    """ "by $37 million or 25 per cent" restates the change; "was 5,061, 5 percent less" is a level
    in apposition, which may be the change's new value."""
    first, second = sorted((index, difference))
    return re.search(r"\bor\b", context.text[context.figures[first].end:context.figures[second].start]) is not None


def _slip_mends_difference(figures: Sequence[ExtractedFigure], before: int, after: int, difference: int,
                           verdict: Verdict) -> bool:
    """Whether the one slip that explains a pair's miss of the percent also makes the pair's
    difference the amount the text states: one wrong figure behind both misses."""
    if verdict.outcome != SLIP or verdict.slip is None or verdict.suspect not in (before, after):
        return False
    low, high, stated = interval(figures[before]), interval(figures[after]), interval(figures[difference])
    if low is None or high is None or stated is None:
        return False
    mended = Interval.point(verdict.slip.intended)
    low, high = (mended, high) if verdict.suspect == before else (low, mended)
    return (high - low).overlaps(stated) or (low - high).overlaps(stated)


def _add_following(context: Context, index: int, converted: set[int], taken: set[int],
                   bases: dict[int, tuple[int, str]], afters: dict[int, tuple[int, str]]) -> None:
    """Amounts of the sentence after the percent's, as weightless candidates: "went up by $ 70
    million or 0.5 percent ... The bank held $ 11.837 billion, against $ 11.767 billion"."""
    end = context.sentence(context.figures[index].start)[1]
    following = context.sentence(min(len(context.text) - 1, end + 1))
    for other in _quantities_near(context, index, following[0], following[1], converted, taken):
        figure = context.figures[other]
        lead = context.text[max(following[0], figure.start - 80):figure.start]
        side = bases if base_cue_pattern().search(lead) else afters
        side.setdefault(other, (0, "an amount of the next sentence"))


def _difference_holds(figures: Sequence[ExtractedFigure], before: int, after: int, difference: int) -> bool:
    low, high = interval(figures[before]), interval(figures[after])
    stated = interval(figures[difference])
    if low is None or high is None or stated is None or not same_quantity(figures[before], figures[difference]):
        return False
    return (high - low).overlaps(stated) or (low - high).overlaps(stated)


def _endpoint_cues(context: Context, index: int, converted: set[int], taken: set[int], referent: int | None
                   ) -> tuple[dict[int, tuple[int, str]], dict[int, tuple[int, str]]]:
    """Candidate old and new values of the change at percent `index`, each with the weight and
    words of its cue (an amount found only by its label weighs nothing: it may confirm a change
    that holds or that one slip explains, never one that misses far).
    In the percent's sentence (and not past another percent, whose endpoints those are), the old
    value follows a base cue ("from", "compared with", "against", "than"); the new one follows
    "to", stands in parentheses after the percent, or is the subject of its clause. Beyond the
    sentence, amounts of the same label: the new value in the sentences before, the old in the
    paragraph and the two after."""
    figures = context.figures
    start, end = context.sentence(figures[index].start)
    back = start
    for _ in range(SEARCH_BACK):
        back = context.sentence(max(0, back - 2))[0] if back > 0 else 0
    paragraph_start = context.paragraph(figures[index].start)[0]
    percent_label = label(context, index)
    bases: dict[int, tuple[int, str]] = {}
    afters: dict[int, tuple[int, str]] = {}
    for other in _quantities_near(context, index, back, end, converted, taken):
        figure = figures[other]
        overlap = len(percent_label & label(context, other))
        if start <= figure.start < end:
            if _owned_by_another(context, index, other):
                continue  # "exports rose 24.4 percent to $82 billion, and imports rose 22.3 percent to $74.8 billion"
            lead = _without_hedge(context.text[max(start, figure.start - 80):figure.start], figure.hedge)
            base, to = base_cue_pattern().search(lead), _TO_CUE.search(lead)
            word = introduced_base(base)
            if word and base.group("relative"):  # type: ignore[union-attr]
                to = None  # "than in 2020, when the total came to 4.21 billion": the clause's own "to"
            if word and not to:
                weight = cue_weight(word)
                if base.group("relative"):  # "on 2013, when emigrants sent home $21.89 billion": spelt out
                    weight = max(weight, RELATIVE_CLAUSE_WEIGHT)
                bases[other] = (weight, f"'{' '.join(word.split())}'")
            elif to is not None or (other > index and context.text[figures[index].end:figure.start].strip()
                                    .startswith("(")):
                if to is not None and _to_of_another(context, index, other):
                    continue  # "exports grew by 200 million euros to 49.6 billion euros, while imports fell by"
                afters[other] = (2, "'to'" if to else "in parentheses")
            elif other < index:
                afters[other] = (1 + min(overlap, 1), "the clause's subject")
        elif other < index and overlap and figure.start >= min(back, paragraph_start):
            afters[other] = (0, f"an amount of the same {'/'.join(sorted(percent_label & label(context, other)))}")
    if referent is not None:  # "That was 9.61% higher": the amount "That" stands for
        afters[referent] = (2, "what the sentence's opening pronoun stands for,")
    # an old value stated elsewhere of the same label ("its oil bill for that month at $11.69 billion")
    if not bases:
        for other in _quantities_in_paragraphs(context, index, converted, taken):
            overlap = len(percent_label & label(context, other))
            if overlap and other not in afters:
                bases[other] = (0, f"an amount of the same {'/'.join(sorted(percent_label & label(context, other)))}")
    return bases, afters


# A change sentence whose subject is a pronoun ("That was 9.61% higher than ..."): the new value is
# the last amount of the sentence before, the one the pronoun stands for.
_PRONOUN_SUBJECT = re.compile(r"\s*(?:That|This|It|The\s+figure|The\s+number|The\s+total)\s+"
                              r"(?:was|is|were|are|represents|represented|marks|marked|meant|means)\b")


def _pronoun_referent(context: Context, index: int, converted: set[int], taken: set[int]) -> int | None:
    start, _ = context.sentence(context.figures[index].start)
    if start == 0 or not _PRONOUN_SUBJECT.match(context.text, start):
        return None
    if any(start <= context.figures[i].start < context.figures[index].start for i in range(index)):
        return None  # an amount before the percent in its own sentence is the subject's own
    previous = context.sentence(start - 2)
    candidates = _quantities_near(context, index, previous[0], previous[1], converted, taken)
    return max(candidates, default=None)


def _without_hedge(lead: str, hedge: str | None) -> str:
    """The lead-in without the figure's own hedge: "More than 8.8 million" has no "than" cue."""
    if hedge and lead.rstrip().lower().endswith(hedge.lower()):
        return lead.rstrip()[:-len(hedge)]
    return lead


def _owned_by_another(context: Context, index: int, other: int) -> bool:
    """An amount in the percent's sentence that another percent with a direction word stands
    between: that percent's endpoint, not this one's."""
    low, high = sorted((index, other))
    kind = context.figures[index].kind  # a change in points may stand beside the percents it moves
    return any(context.figures[i].kind == kind and _is_change(context, i) for i in range(low + 1, high))


def _to_of_another(context: Context, index: int, other: int) -> bool:
    """The level after "to" belongs to the nearest change written before it in its sentence."""
    start = context.sentence(context.figures[other].start)[0]
    owner = next((i for i in range(other - 1, -1, -1) if context.figures[i].start >= start and _is_change(context, i)),
                 None)
    return owner is not None and owner != index


def _is_change(context: Context, index: int) -> bool:
    """A percent with a direction, or an amount written as a change ("grew by $2.9 billion"); an
    amount after "to" is a level, though a direction word stands before it."""
    figure = context.figures[index]
    if figure.kind in ("percent", "points"):
        return _direction_at(context, index) is not None
    return figure.kind in QUANTITY_KINDS and is_change_amount(context, index)


def _endpoints_alike(change: ExtractedFigure, before: ExtractedFigure, after: ExtractedFigure) -> bool:
    if change.kind == "points":
        return before.kind == after.kind == "percent"
    if change.kind != "percent" and not same_quantity(before, change):
        return False  # an amount's change is in the endpoints' unit
    return same_quantity(before, after)


def cue_weight(word: str) -> int:
    cue = CUES.get(" ".join(word.lower().split()))
    return cue.weight if cue is not None and cue.relation == "change" else 2


def _quantities_near(context: Context, index: int, start: int, end: int, converted: set[int],
                     taken: set[int]) -> list[int]:
    # a change in points moves a percent ("0.52 percentage points to 6.50 per cent"); others, amounts
    kinds = ("percent",) if context.figures[index].kind == "points" else QUANTITY_KINDS
    found = [i for i in context.in_span(start, end) if context.figures[i].kind in kinds
             and i not in converted and i not in taken and not is_change_amount(context, i)]  # levels only
    return sorted(found, key=lambda i: abs(i - index))[:MAX_ENDPOINTS]


def _quantities_in_paragraphs(context: Context, index: int, converted: set[int], taken: set[int]) -> list[int]:
    """Amounts in the percent's paragraph and the two before and after it (an earlier period's
    value is often given a paragraph later, or was the subject a few paragraphs before)."""
    start, end = context.paragraph(context.figures[index].start)
    for _ in range(2):
        end = context.paragraph(min(len(context.text), end + 2))[1]
        start = context.paragraph(max(0, start - 3))[0]
    return _quantities_near(context, index, start, end, converted, taken)


_LAST_DIRECTION = re.compile(rf"\b({_CHANGE_VERB})\b(?!.*\b(?:{_CHANGE_VERB})\b)", re.IGNORECASE | re.DOTALL)


def find_amount_changes_by_evidence(context: Context) -> Iterator[ProposedRelation]:
    """Every amount the text gives as a change ("grew by $2.9 billion to $14.7 billion, from $11.3
    billion"), as a sum: the new level is the old one plus the rise, the old one the new one plus
    the fall. Its endpoints are chosen and believed as a percent's are."""
    figures = context.figures
    taken = context.used()
    converted = conversion_equivalents(context)
    for index, figure in enumerate(figures):
        if figure.kind not in QUANTITY_KINDS or index in taken or figure.hedge:
            continue
        if not is_change_amount(context, index):
            continue
        word = _LAST_DIRECTION.search(context.text[max(0, figure.start - 60):figure.start])
        above = _ABOVE.match(context.text, figure.end)
        if word is not None:
            direction = direction_of(word.group(1))
        elif above is not None and _LEVEL_BEFORE.fullmatch(context.text, figures[index - 1].end, figure.start) \
                if index > 0 else False:
            # "$1.113 billion, $35.2 million above the original estimate of $1.078 million": the level,
            # then how far it stands above or below another
            direction = "decrease" if above.group(1).lower().startswith(("below", "lower", "less")) else "increase"
        else:  # "$5.0 billion more than November": a difference with no level beside it
            continue
        decrease = direction == "decrease"
        judge = partial(_sum_verdict, figures, index, decrease)
        best = _best_endpoints(context, index, direction, converted, taken, judge)
        if best is None:
            continue
        (before, after), verdict, wording, why = best
        if not believed(verdict, wording):
            continue
        total, part = _as_sum(before, after, decrease)
        taken.update((total, part, index))
        yield ProposedRelation("total", {"total": total, "parts": (part, index)}, describe(verdict, figures, why))


# A change amount in the sentence of a change whose two ends are known, marked as a change
# ("a figure 2.75 billion dollars higher than"), is their difference: stated this plainly, a far miss
# is news, not a coincidence.
STATED_DIFFERENCE_WEIGHT = BELIEVE_FAR


def find_amounts_of_known_changes(context: Context) -> Iterator[ProposedRelation]:
    """ "exports reached 6.99 billion dollars, a figure 2.75 billion dollars higher than in 2020,
    when the total came to 4.21 billion dollars, an increase of 65.4%": the amount a change is
    said to be, in the sentence that gives both its ends, is the new level less the old (or, for a
    fall, the old less the new). A sum: the larger end is the smaller plus the amount."""
    figures = context.figures
    taken = context.used()
    for relation in list(context.relations):
        before, after = relation.roles.get("from"), relation.roles.get("to")
        if relation.kind != "change" or not isinstance(before, int) or not isinstance(after, int) \
                or "amount" in relation.roles or figures[before].reading is None or figures[after].reading is None:
            continue
        start, end = context.sentence(min(figures[before].start, figures[after].start))
        if figures[max(before, after)].start >= end:
            continue  # the ends in two sentences: an amount between them names neither for sure
        for index in context.in_span(start, end):
            figure = figures[index]
            written_alike = (figure.kind, figure.unit) == (figures[after].kind, figures[after].unit)  # "9M-21": no $
            if index in taken or figure.hedge or not written_alike or not is_change_amount(context, index):
                continue
            decrease = figures[after].reading.value < figures[before].reading.value  # type: ignore[union-attr]
            total, part = _as_sum(before, after, decrease)
            verdict = sum_verdict(figures, total, (part, index))
            if not believed(verdict, STATED_DIFFERENCE_WEIGHT):
                continue
            taken.add(index)
            yield ProposedRelation("total", {"total": total, "parts": (part, index)}, describe(
                verdict, figures, f"{figure.text} is the change from {figures[before].text} to {figures[after].text}"))
            break


# A percent change whose sentence names its two periods ("in 2016 was 24 per cent higher than in
# 2015") has its ends where the article gives the amounts of those periods under the same words
# ("729,550 foreign tourists came in 2016", "554,747 tourists in 2015"): found by structure, the
# ends are named as plainly as a "from ... to" would name them.
_OLD_PERIOD = re.compile(r"(?:than|from|compared\s+(?:with|to)|against|over|on)\s+(?:(?:in|during)\s+)?"
                         r"(?:the\s+same\s+(?:period|time|months?)\s+(?:of|in)\s+)?$", re.IGNORECASE)
PERIOD_ALIGNED = BELIEVE_FAR


def find_changes_by_period(context: Context) -> Iterator[ProposedRelation]:
    """Complete a percent change read without its ends (see the comment above): the two amounts,
    one per period, each the only one of its period whose words share the change's."""
    figures = context.figures
    taken = context.used()
    open_changes = {r.roles["percent"]: r for r in context.relations
                    if r.kind == "change" and set(r.roles) == {"percent"}}
    unread = [i for i, f in enumerate(figures) if f.kind == "percent" and i not in taken and _direction_at(context, i)]
    for percent in sorted([*open_changes, *unread]):  # type: ignore[list-item]
        assert isinstance(percent, int)
        relation = open_changes.get(percent)
        periods = _periods_of_change(context, percent)
        if periods is None:
            continue
        words = content_words(context.text[slice(*context.sentence(figures[percent].start))])
        ends = [_amount_of_period(context, percent, year, words, taken) for year in periods]
        if None in ends or ends[0] == ends[1] or not comparable(figures[ends[0]], figures[ends[1]]):  # type: ignore[index]
            continue
        after, before = ends  # type: ignore[misc]
        decrease = _direction_at(context, percent) == "decrease"
        verdict = change_verdict(figures, before, after, percent, decrease)
        if not believed(verdict, PERIOD_ALIGNED):
            continue
        taken.update((before, after, percent))
        why = (f"'{figures[percent].text}' is a change from {figures[periods[1]].text} to {figures[periods[0]].text}; "
               f"the amounts of those periods under its words: {figures[before].text}, {figures[after].text}")
        found = ProposedRelation("change", {"from": before, "to": after, "percent": percent},
                                 describe(verdict, figures, why), direction="decrease" if decrease else "increase")
        if relation is not None:
            context.complete(relation, found)
        else:
            yield found


def _periods_of_change(context: Context, percent: int) -> tuple[int, int] | None:
    """The change's new and old years in its sentence: the one after "than", "from", "compared
    with" is the old; exactly one other is the new."""
    figures = context.figures
    start, end = context.sentence(figures[percent].start)
    years = [i for i in context.in_span(start, end) if figures[i].kind == "year"]
    old = [i for i in years if _OLD_PERIOD.search(context.text[max(start, figures[i].start - 40):figures[i].start])]
    new = [i for i in years if i not in old and figures[i].value not in {figures[o].value for o in old}]
    if len(old) != 1 or len({figures[i].value for i in new}) != 1:
        return None
    return new[0], old[0]


def _amount_of_period(context: Context, percent: int, year: int, words: frozenset[str], taken: set[int]
                      ) -> int | None:
    """The one amount whose nearest year in its sentence is `year` and whose words share the
    change's; None when none or several."""
    figures = context.figures
    found = []
    for index, figure in enumerate(figures):
        if figure.kind not in QUANTITY_KINDS or index in taken or index == percent or is_change_amount(context, index):
            continue
        start, end = context.sentence(figure.start)
        years = [i for i in context.in_span(start, end) if figures[i].kind == "year"]
        if not years:
            continue
        nearest = min(years, key=lambda i: abs(figures[i].start - figure.end))
        own = label(context, index) | content_words(figure.noun or "")
        if figures[nearest].value == figures[year].value and own & words:
            found.append(index)
    values = {figures[i].value for i in found}
    return found[0] if len(values) == 1 else None  # the same amount twice (a headline) is one


# "increased by $258.5 million or 33.3 percent", "rose $10.3Bn (+14.3%)": a change's size and its
# percent side by side
_AMOUNT_THEN_PERCENT = re.compile(r"\s*,?\s*(?:or|\(|,)\s*\+?\s*")
AMOUNT_SENTENCES_BACK = 2  # sentences before where the level the change reached may stand


def find_amount_and_percent_changes(context: Context) -> Iterator[ProposedRelation]:
    """A change given by its size and its percent ("turnover increased by $258.5 million or 33.3
    percent"), with the level it reached: the sentence's "to" amount, else the nearest amount
    before it of the same label. The level it started from is unstated: the reached level less the
    rise must make the percent (CHG001)."""
    figures, text = context.figures, context.text
    used = context.used()
    for amount in range(len(figures) - 1):
        percent = amount + 1
        if figures[amount].kind not in QUANTITY_KINDS or figures[percent].kind != "percent" or \
                {amount, percent} & used or figures[amount].hedge or figures[percent].hedge:
            continue
        if not _AMOUNT_THEN_PERCENT.fullmatch(text, figures[amount].end, figures[percent].start) or \
                not is_change_amount(context, amount):
            continue
        word = _LAST_DIRECTION.search(text[max(0, figures[amount].start - 60):figures[amount].start])
        if word is None:
            continue
        direction = direction_of(word.group(1))
        found = _reached_level(context, amount, percent, used)
        if found is None:
            continue
        reached, wording, why = found
        verdict = amount_change_verdict(figures, amount, reached, percent, direction == "decrease")
        if not believed(verdict, wording):
            continue
        used.update((amount, percent, reached))
        yield ProposedRelation("change", {"to": reached, "amount": amount, "percent": percent},
                               describe(verdict, figures, f"'{word.group(1)}' by {figures[amount].text} or "
                                                          f"{figures[percent].text}; {why} {figures[reached].text}"),
                               direction=direction)


def _reached_level(context: Context, amount: int, percent: int, used: set[int]) -> tuple[int, int, str] | None:
    """The level a change reached: an amount alike after "to" in its sentence (the wording says
    so: weight 5), else the nearest level before it in its sentence or the two before that shares
    its label (weight 2: the arithmetic must agree)."""
    figures = context.figures
    start, end = context.sentence(figures[amount].start)
    for other in context.in_span(figures[percent].end, end):
        if same_quantity(figures[other], figures[amount]) and other not in used and \
                _TO_CUE.search(context.text[max(start, figures[other].start - 20):figures[other].start]):
            return other, BELIEVE_FAR, "'to'"
    back = start
    for _ in range(AMOUNT_SENTENCES_BACK):
        back = context.sentence(max(0, back - 2))[0] if back > 0 else 0
    for other in reversed(context.in_span(back, figures[amount].start)):
        if same_quantity(figures[other], figures[amount]) and other not in used and not figures[other].hedge \
                and not is_change_amount(context, other) and _sentence_shares_label(context, other, amount):
            return other, 2, "the level of the same label"
    return None


def _sentence_shares_label(context: Context, level: int, amount: int) -> bool:
    """The level's sentence, up to it, names what the change measures ("foreign trade turnover in
    the first quarter ... amounted to $1.3 billion" for "turnover increased by"): a label cut at the
    period between would miss it."""
    start = context.sentence(context.figures[level].start)[0]
    return bool(content_words(context.text[start:context.figures[level].start]) & label(context, amount))


def _as_sum(before: int, after: int, decrease: bool) -> tuple[int, int]:
    """An amount's change as a sum: (the total, the other part); the change is the last part."""
    return (before, after) if decrease else (after, before)


def _sum_verdict(figures: Sequence[ExtractedFigure], change: int, decrease: bool, before: int, after: int) -> Verdict:
    total, part = _as_sum(before, after, decrease)
    return sum_verdict(figures, total, (part, change))
