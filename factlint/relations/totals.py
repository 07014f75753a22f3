"""Totals, partitions and tiers: "20 clusters. Of them, 10 ... The other 10 ..."; "breaks down into"
or "split between" the amounts that follow; "Together the three ... £805 million" after its parts;
tiers ("Three of them, A, B and C, each built more than 12,000, while the other three ...") with
their population and combined figure, and consecutive counted lists whose members each clear a bound."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from factlint.relations import cues
from factlint.relations.context import (
    QUANTITY_KINDS,
    Context,
    ProposedRelation,
    comparable,
    conversion_equivalents,
    indexes,
)
from factlint.relations.labels import is_change_amount
from factlint.relations.lists import NAME_WORDS, choose_items, split_list

_EACH_NEAR = re.compile(r"\beach\b", re.IGNORECASE)

_BREAKDOWN = re.compile(r"\b(?:breaks?\s+down\s+into|broken\s+down\s+into|(?:is|was)\s+split\s+into|"
                        r"split\s+between|split\s+among|divided\s+into|divided\s+between|splits\s+into)\s",
                        re.IGNORECASE)


def find_breakdowns(context: Context) -> Iterator[ProposedRelation]:
    """ "The spending breaks down into ₹1,900 crore for ..., ₹950 crore ... and ₹850 crore", "the
    total was split between Europe (512,600), China (331,900) ...": the figures after the phrase add
    up to the latest earlier figure like them (not the old value of a change, not a conversion)."""
    figures = context.figures
    done: set[int] = set()
    converted = conversion_equivalents(context)
    olds = {r.roles.get("from") for r in context.relations if r.kind == "change"}
    for index, figure in enumerate(figures):
        start, end = context.sentence(figure.start)
        phrase = _BREAKDOWN.search(context.text, start, figure.start)
        if phrase is None or start in done or figure.kind not in QUANTITY_KINDS or index in converted:
            continue
        done.add(start)
        parts = tuple(i for i in context.in_span(phrase.end(), end)
                      if comparable(figures[i], figure) and i not in converted)
        totals = [i for i in range(index - 1, -1, -1) if comparable(figures[i], figure)
                  and i not in converted and i not in olds]
        if len(parts) >= 2 and totals and figure.start - figures[totals[0]].end < 800:
            yield ProposedRelation("total", {"total": totals[0], "parts": parts},
                                   f"{figures[totals[0]].text} \"{phrase.group(0).strip()}\" the figures that follow")


def _summing_word(lead: str) -> str | None:
    """An unmistakable total cue (weight 3: "together", "in total", "altogether") in the sentence
    before a figure, as the cue table reads it ("together with" is none)."""
    return next((word for word, cue in cues.cues_in(lead)
                 if cue.relation == "sum" and cue.role == "total" and cue.weight >= 3), None)


def find_summed_totals(context: Context) -> Iterator[ProposedRelation]:
    """ "A will take £412 million, B £287 million and C £96 million. Together the three services
    will absorb £805 million": the amounts of the sentence before add up to it."""
    figures = context.figures
    converted = {r.roles["equivalent"] for r in context.relations if r.kind == "conversion"}
    for index, figure in enumerate(figures):
        if figure.kind not in ("money", "count", "quantity") or index in converted:
            continue
        start, _ = context.sentence(figure.start)
        lead = context.text[start:figure.start]
        word = _summing_word(lead)
        if word is None or any(figures[i].unit == figure.unit for i in context.in_span(start, figure.start)):
            continue
        endpoints = {i for r in context.relations if r.kind == "change"
                     for role in ("from", "to") if role in r.roles for i in indexes(r.roles[role])}
        stated = re.search(r"\bthe\s+(\w+)\b", lead)
        wanted = _number_word(stated.group(1)) if stated else None
        previous_start, _ = context.sentence(max(0, start - 2))
        window = context.sentence(max(0, previous_start - 2))[0] if wanted else previous_start
        change = is_change_amount(context, index)  # levels and changes never add up
        parts = tuple(i for i in context.in_span(window, start)
                      if figures[i].unit == figure.unit and figures[i].kind == figure.kind
                      and i not in converted and i not in endpoints and is_change_amount(context, i) == change)
        if wanted is not None:
            parts = parts[-wanted:]  # "the three sources": the last three amounts before
        if len(parts) < 2 or (wanted is not None and len(parts) != wanted):
            continue
        yield ProposedRelation("total", {"total": index, "parts": parts}, f"\"{word}\" {figure.text} after its parts")


def _number_word(word: str) -> int | None:
    from factlint.figures.figure import FigureSyntaxError, words_to_int

    try:
        return int(word) if word.isdigit() else words_to_int(word)
    except FigureSyntaxError:
        return None


def find_totals(context: Context) -> Iterator[ProposedRelation]:
    """ "20 clusters. Of them, 10 focus on ... The other 10 ..." -> 20 = 10 + 10."""
    figures = context.figures
    for index, figure in enumerate(figures):
        if figure.kind not in ("count", "number") or not re.search(
                r"\b(?:Of|Among)\s+(?:them|these|those),\s+$", context.before(index, 20)):
            continue
        whole = _previous_count(context, index)
        if whole is None:
            continue
        _, sentence_end = context.sentence(figure.start)
        _, next_end = context.sentence(sentence_end + 1)
        rest = [i for i in context.in_span(figure.end, next_end)
                if figures[i].kind in ("count", "number")
                and re.search(r"\b(?:The|the)\s+(?:other|remaining)\s+$", context.before(i, 20))]
        if rest:
            yield ProposedRelation("total", {"total": whole, "parts": (index, rest[0])},
                                   f"\"of them, {figure.text}\" and \"the other {figures[rest[0]].text}\"")


def _previous_count(context: Context, index: int) -> int | None:
    for i in range(index - 1, max(-1, index - 6), -1):
        if context.figures[i].kind == "count":
            return i
    return None


def find_tiers(context: Context) -> Iterator[ProposedRelation]:
    """Consecutive lists of one noun whose members "each" clear a bound in one currency."""
    counts = [(n, r) for n, r in enumerate(context.relations) if r.kind == "count"]
    tiers: list[tuple[int, int]] = []
    for number, relation in counts:
        each = _each_bound(context, indexes(relation.roles["count"])[0])
        if each is not None:
            tiers.append((number, each))
    groups = _runs(tiers, context)
    proposed = {tuple(n for n, _ in r.tiers) for r in context.relations if r.kind == "tiers"}
    for group in groups:
        if len(group) < 2 or tuple(n for n, _ in group) in proposed:
            continue
        bounds = [Decimal(context.figures[each].value or "0") for _, each in group]
        if bounds != sorted(bounds, reverse=True):
            continue
        population = _population(context, group)
        yield ProposedRelation("tiers", {}, "lists whose members each clear a bound, one after another",
                               tiers=tuple(group), population=population)


def _each_bound(context: Context, count_index: int) -> int | None:
    """The money figure that "each" member clears, in the count's sentence or the next."""
    figure = context.figures[count_index]
    start, end = context.sentence(figure.start)
    for i in context.in_span(figure.end, end):
        other = context.figures[i]
        if other.kind == "money" and other.hedge and _EACH_NEAR.search(
                context.text[max(start, other.start - 120):other.end + 6]):
            return i
    return None


def _runs(tiers: list[tuple[int, int]], context: Context) -> list[list[tuple[int, int]]]:
    """Group tier candidates that follow each other closely and count the same noun."""
    groups: list[list[tuple[int, int]]] = []
    for tier in tiers:
        noun = _head_noun(context, tier[0])
        if groups:
            last = groups[-1][-1]
            gap = context.figures[tier[1]].start - context.figures[last[1]].end
            if _head_noun(context, last[0]) == noun and gap < 1500 and \
                    context.figures[tier[1]].unit == context.figures[last[1]].unit:
                groups[-1].append(tier)
                continue
        groups.append([tier])
    return groups


def _head_noun(context: Context, relation_number: int) -> str:
    relation = context.relations[relation_number]
    noun = context.figures[indexes(relation.roles["count"])[0]].noun or ""
    return noun.split()[-1].lower() if noun else ""


def _population(context: Context, group: list[tuple[int, int]]) -> tuple[int, ...]:
    """Earlier lists of the same noun whose total membership equals the tiers' total."""
    noun = _head_noun(context, group[0][0])
    tier_total = sum(len(context.relations[n].items) for n, _ in group)
    first = group[0][0]
    earlier = [n for n, r in enumerate(context.relations[:first])
               if r.kind == "count" and _head_noun(context, n) == noun and not r.open]
    for size in range(len(earlier), 0, -1):
        candidate = earlier[-size:]
        if sum(len(context.relations[n].items) for n in candidate) == tier_total:
            return tuple(candidate)
    return ()


_PART_LEAD = re.compile(r"\s+of\s+(?:them|these|those|the\s+(?:[\w-]+\s+){0,3}?[\w-]+?s)\b")
_OTHER_LEAD = re.compile(r"\b(?:the\s+)?(?:other|remaining)\s+$", re.IGNORECASE)
_NAMES_LIST = re.compile(rf"(?P<names>{NAME_WORDS}(?:,\s+{NAME_WORDS})*,?\s+and\s+{NAME_WORDS})")


def find_partitions(context: Context) -> Iterator[ProposedRelation]:
    """ "six factories — A, B, C, D, E and F — built nearly 52,000 robots. Three of them, A, B
    and C, each built more than 12,000, while the other three, D, E and F, each built at least
    6,000": two tier lists with their bounds, the six as population and 52,000 as combined."""
    figures = context.figures
    proposed = len(context.relations)
    counted = {indexes(r.roles["count"])[0]: n for n, r in enumerate(context.relations) if r.kind == "count"}
    for index, figure in enumerate(figures):
        if not (figure.value or "").isdigit() or not _PART_LEAD.match(context.text, figure.end):
            continue
        _, end = context.sentence(figure.start)
        _, next_end = context.sentence(end + 1)
        others = [i for i in context.in_span(figure.end, next_end) if _OTHER_LEAD.search(context.before(i, 20))]
        if not others:
            continue
        parts = [_partition_part(context, index, others[0]), _partition_part(context, others[0], None)]
        if any(part is None for part in parts):
            continue
        population = _population_list(context, index, sum(int(figures[i].value or 0) for i in (index, others[0])))
        tiers: list[tuple[int, int]] = []
        for (count, names, each) in (p for p in parts if p is not None):
            if count in counted:  # already read as a list of its own ("The remaining four — A, B ... —")
                tiers.append((counted[count], each))
                continue
            yield ProposedRelation("count", {"count": count}, f"{figures[count].text} names its members",
                                   items=tuple(names))
            tiers.append((proposed, each))
            proposed += 1
        roles: dict[str, int | tuple[int, ...]] = {}
        if population is not None:
            relation_number, combined = population
            roles["total"] = indexes(context.relations[relation_number].roles["count"])[0]
            if combined is not None and comparable(figures[combined], figures[tiers[0][1]]):
                roles["combined"] = combined
        yield ProposedRelation("tiers", roles, f"\"{figure.text} of them ... the other "
                               f"{figures[others[0]].text}\", each with a bound",
                               tiers=tuple(tiers), population=(population[0],) if population else ())
        proposed += 1


def _partition_part(context: Context, count: int, stop: int | None) -> tuple[int, list[str], int] | None:
    """One part of a partition: its count, the members it names, and the figure each one clears."""
    figures = context.figures
    start = figures[count].end
    end = figures[stop].start if stop is not None else context.sentence(figures[count].start)[1]
    clause = context.text[start:end]
    members = _partition_members(clause)
    each = re.search(r"\beach\b|\bapiece\b|\bper\s+(?:plant|mine|site|unit)\b", clause)
    if members is None or each is None:
        return None
    after_names = start + members[1]
    bounds = [i for i in context.in_span(after_names, end) if figures[i].kind in QUANTITY_KINDS]
    if not bounds:
        return None
    chosen = choose_items(split_list(members[0]), int(figures[count].value or 0), False)
    return (count, chosen, bounds[0]) if chosen else None


def _partition_members(clause: str) -> tuple[str, int] | None:
    """The members a part names, and where they end: "... of them, A, B and C, each ..." or
    "... of them — A, B and C — are ..."."""
    dashed = re.search(r"[—–]\s+([^—–]+?)\s+[—–]", clause)
    if dashed:
        return " ".join(dashed.group(1).split()), dashed.end()
    lead = re.match(r"[^,]*?,\s+", clause)
    if lead is None:
        return None
    names = re.match(r"[^.;]*?\band\s+[^,.;]+", clause[lead.end():])  # up to the item after "and"
    if names is None:
        return None
    return " ".join(names.group(0).split()), lead.end() + names.end()


def _population_list(context: Context, index: int, members: int) -> tuple[int, int | None] | None:
    """The closed list, shortly before, that names as many members as the parts add up to, and
    a figure stated for all of them in its sentence ("built nearly 52,000 robots")."""
    figures = context.figures
    for number in range(len(context.relations) - 1, -1, -1):
        relation = context.relations[number]
        count = indexes(relation.roles.get("count", ()))
        if relation.kind != "count" or relation.open or not count or count[0] >= index:
            continue
        if figures[index].start - figures[count[0]].end > 1500:
            return None
        if len(relation.items) != members:
            continue
        _, end = context.sentence(figures[count[0]].start)
        after = [i for i in context.in_span(figures[count[0]].end, end) if figures[i].kind in QUANTITY_KINDS]
        return number, (after[0] if after else _same_verb_figure(context, index))
    return None


def _same_verb_figure(context: Context, index: int) -> int | None:
    """ "each screened more than 2.5 lakh" ... "screened 14.6 lakh people": the figure the same
    verb states for all members, earlier in the article."""
    clause = context.text[context.figures[index].end:context.sentence(context.figures[index].start)[1]]
    verb = re.search(r"\beach\s+([a-z]{3,})\s", clause)
    if verb is None:
        return None
    pattern = re.compile(rf"\b{re.escape(verb.group(1))}\s+(?:[a-z]+\s+){{0,2}}\\?$", re.IGNORECASE)
    candidates = [i for i in range(index) if context.figures[i].kind in QUANTITY_KINDS
                  and pattern.search(context.before(i, 40))]
    return candidates[-1] if len(candidates) == 1 else None
