"""Sums found by evidence: totals whose parts the text gives without saying "they add up", and
balances (a surplus is exports less imports, a deficit spending less revenue, trade is exports
plus imports).

Candidates come from cue words (`relations.cues`) and labels (`relations.labels`); the arithmetic
(`relations.evidence`) decides which candidate the text means and whether it holds, misses by a
typical slip, or misses far. Both halves must agree before a relation is proposed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import product

from factlint.relations import cues
from factlint.relations.context import (
    QUANTITY_KINDS,
    Context,
    ProposedRelation,
    conversion_equivalents,
    is_larger,
    same_quantity,
)
from factlint.relations.evidence import (
    FAR,
    HOLDS,
    OUTCOME_RANK,
    Verdict,
    after_trying,
    believed,
    describe,
    significant,
    strong,
    sum_verdict,
)
from factlint.relations.labels import compared_bases, content_words, is_change_amount, label
from factlint.text.extract import ExtractedFigure

MAX_PARTS = 5  # parts of one total tried as a run
MAX_CANDIDATES = 8  # amounts tried per total or balance: bounded, so long articles stay linear
CUE_BEFORE = 45  # characters before a figure where its own cue stands ("a trade surplus of")
CUE_AFTER = 25  # and after it ("$4.2 billion in total", "..., of which")


_TO_AFTER_CHANGE = re.compile(r"\s+to\s+")
_WHEN_KINDS = frozenset({"date", "month", "month_range", "period", "year", "year_range", "fiscal_year", "decade"})


def _own_text(context: Context, index: int) -> tuple[str, str]:
    """The words around a figure that belong to it: up to the figure before and after it."""
    figures = context.figures
    figure = figures[index]
    before = index - 1
    if before >= 0 and figures[before].kind in ("percent", "points") and \
            _TO_AFTER_CHANGE.fullmatch(context.text, figures[before].end, figure.start):
        before -= 1  # "the trade deficit shrank by 8% to $6.6bn": the change's words are the level's
    while before >= 0 and figures[before].kind in _WHEN_KINDS:
        before -= 1  # "the trade gap for January-July grew 53.4 percent to": a period names no amount
        if before >= 0 and figures[before].kind in ("percent", "points") and \
                _TO_AFTER_CHANGE.fullmatch(context.text, figures[before].end, figure.start):
            before -= 1
    start = max(context.sentence(figure.start)[0], figure.start - CUE_BEFORE,
                figures[before].end if before >= 0 else 0)
    end = min(context.sentence(figure.start)[1], figure.end + CUE_AFTER,
              figures[index + 1].start if index + 1 < len(figures) else len(context.text))
    return context.text[start:figure.start], context.text[figure.end:end]


def _cue(context: Context, index: int, relation: str, roles: tuple[str, ...]) -> tuple[int, str]:
    before, after = _own_text(context, index)
    found = [(cue.weight, word) for word, cue in cues.cues_in(before) + cues.cues_in(after)
             if cue.relation == relation and cue.role in roles]
    return max(found) if found else (0, "")


def _amounts(context: Context, start: int, end: int, skip: set[int]) -> list[int]:
    return [i for i in context.in_span(start, end)
            if context.figures[i].kind in QUANTITY_KINDS and i not in skip]


def _alike(context: Context, a: int, b: int) -> bool:
    """Two amounts that can be added: the same quantity, both levels or both sizes of changes."""
    return same_quantity(context.figures[a], context.figures[b]) and \
        is_change_amount(context, a) == is_change_amount(context, b)


def _paragraphs_around(context: Context, offset: int, before: int, after: int) -> tuple[int, int]:
    start, end = context.paragraph(offset)
    for _ in range(before):
        start = context.paragraph(max(0, start - 3))[0] if start > 0 else 0
    for _ in range(after):
        end = context.paragraph(min(len(context.text), end + 2))[1]
    return start, end


def _rank(verdict: Verdict, wording: int) -> tuple[int, int, int]:
    # Among slips, the one least likely by chance; then the better-worded candidate.
    chance = -int(verdict.slip.chance * 1000) if verdict.slip is not None else 0
    return OUTCOME_RANK[verdict.outcome], chance, wording


def _skipped(context: Context) -> set[int]:
    """Figures that cannot be a part or total here: conversion equivalents, old values, and amounts
    a comparison cue introduces ("against 44,000 tonnes ... in 2012"): another period's level,
    whether or not a change relation was believed for it."""
    olds = {r.roles["from"] for r in context.relations if r.kind == "change" and isinstance(r.roles.get("from"), int)}
    return conversion_equivalents(context) | olds | compared_bases(context)  # type: ignore[operator]


def find_stated_totals(context: Context) -> Iterator[ProposedRelation]:
    """ "Exports totalled $15.21 billion", "a total allocation of Kshs. 48.23 billion, including ...":
    a figure the wording calls a total, and a run of amounts like it that follow in its paragraph
    or the next. The run that holds is the one meant; if none does, a run one slip away; if none
    is, the whole run of the paragraph, but only when the wording is unmistakable."""
    figures = context.figures
    skip = _skipped(context)
    taken = {i for r in context.relations if r.kind == "total" for i in _roles(r)}
    for index, figure in enumerate(figures):
        if figure.kind not in QUANTITY_KINDS or index in skip or index in taken or figure.hedge:
            continue
        total_weight, total_word = _cue(context, index, "sum", ("total",))
        breakdown_weight, breakdown_word = _breakdown_after(context, index)
        if total_weight + breakdown_weight == 0:
            continue
        best = _best_run(context, index, _pool_after(context, index, skip | taken), forward=True)
        earlier = _best_run(context, index, _pool_before(context, index, skip | taken), forward=False)
        if earlier is not None and (best is None or earlier[0] > best[0]):
            best = earlier  # "Together the five ... 241.21 billion": parts before their total
        if best is None:
            continue
        _, parts, verdict = best
        wording = total_weight + breakdown_weight + _proximity(context, index, parts)
        if not believed(verdict, wording) or (verdict.outcome == FAR and not _overshoots(figures, index, parts)
                                              and not _closed_by_rest(context, parts)):
            continue
        taken.update((index, *parts))
        words = " and ".join(f"'{w}'" for w in (total_word, breakdown_word) if w)
        yield ProposedRelation("total", {"total": index, "parts": parts},
                               describe(verdict, figures, f"{figure.text} follows {words}"))


def _overshoots(figures: Sequence[ExtractedFigure], total: int, parts: Sequence[int]) -> bool:
    """Parts that add up to more than their total: impossible. Parts that fall short are, far more
    often than an error, the items the story chose to name (", including ..."): no evidence."""
    readings = [figures[i].reading for i in (total, *parts)]
    if any(r is None for r in readings):
        return False
    return sum(r.value for r in readings[1:]) > readings[0].value  # type: ignore[union-attr]


def _closed_by_rest(context: Context, parts: Sequence[int]) -> bool:
    """ "The remaining USD 53.4M went to the tour operators": the last part is what is left of the
    whole (a "rest" cue in its clause), so the parts are all of it and falling short is as wrong as
    overshooting."""
    last = context.figures[parts[-1]]
    lead = context.text[max(context.sentence(last.start)[0], last.start - cues.CUE_REACH):last.start]
    lead = re.split(r"[.;]", lead)[-1]
    return any(cue.relation == "sum" and cue.role == "rest" for _, cue in cues.cues_in(lead))


def _breakdown_after(context: Context, index: int) -> tuple[int, str]:
    """A turn to the parts right after the figure (", of which") or opening the next sentence
    ("Broken down, the country exported ..."), when no other amount stands between."""
    figure = context.figures[index]
    _, after = _own_text(context, index)
    _, end = context.sentence(figure.start)
    following = context.figures[index + 1].start if index + 1 < len(context.figures) else len(context.text)
    if end <= following:
        after += " " + context.text[end:min(following, end + OPENING_REACH)]
    found = [(cue.weight, word) for word, cue in cues.cues_in(after)
             if cue.relation == "sum" and cue.role == "breakdown"]
    start = max(context.sentence(figure.start)[0], context.paragraph(figure.start)[0])
    if _OF_OPENING.match(context.text[start:figure.start]) and context.text[figure.end:figure.end + 1] == ",":
        found.append((3, "'Of' opening the sentence"))  # "Of the proposed Sh656 billion, TSC is to get ..."
    return max(found) if found else (0, "")


# A sentence opened by the whole it then divides: "Of the proposed Sh656 billion, ...".
_OF_OPENING = re.compile(r"\s*Of\s+(?:(?:the|this|that|its|their|these|those)\s+)?(?:[\w-]+\s+){0,2}$")


OPENING_REACH = 30  # characters of the next sentence where a turn to the breakdown may stand


def _without_restatements(figures: Sequence[ExtractedFigure], pool: list[int]) -> list[int]:
    """One part per amount: the same figure written again ("now at 11.59 trillion ... (11.59
    trillion)") is one part, not two. Only precise figures (three significant digits or more)
    are taken as restatements: two round amounts alike are as often two things."""
    kept: list[int] = []
    for i in pool:
        if significant(figures[i]) >= 3 and any(_restates(figures, i, k) for k in kept):
            continue
        kept.append(i)
    return kept


def _pool_after(context: Context, index: int, skip: set[int]) -> list[int]:
    """Amounts like the total after it, in its paragraph and the next, up to the next figure the
    wording calls a total (that one has parts of its own)."""
    figures = context.figures
    end = _paragraphs_around(context, figures[index].start, 0, 1)[1]
    pool: list[int] = []
    for i in _amounts(context, figures[index].end, end, skip):
        if _cue(context, i, "sum", ("total",))[0] or len(pool) == MAX_CANDIDATES:
            break
        if _alike(context, i, index) and not figures[i].hedge:
            pool.append(i)
    return _without_restatements(figures, pool)


def _pool_before(context: Context, index: int, skip: set[int]) -> list[int]:
    """Amounts like the total before it in its paragraph, nearest first."""
    figures = context.figures
    start = context.paragraph(figures[index].start)[0]
    found = [i for i in _amounts(context, start, figures[index].start, skip)
             if _alike(context, i, index) and not figures[i].hedge]
    return _without_restatements(figures, found[::-1])[:MAX_CANDIDATES]


def _best_run(context: Context, total: int, pool: Sequence[int], forward: bool
              ) -> tuple[tuple[int, int, int], tuple[int, ...], Verdict] | None:
    """Runs of consecutive candidates from the nearest: the one that holds, else the likeliest
    slip, else (parts after their total only) the longest run in the total's paragraph."""
    figures = context.figures
    best: tuple[tuple[int, int, int], tuple[int, ...], Verdict] | None = None
    for length in range(2, min(MAX_PARTS, len(pool)) + 1):
        parts = tuple(sorted(pool[:length]))
        verdict = sum_verdict(figures, total, parts)
        rank = _rank(verdict, -length)
        if verdict.outcome == FAR:
            if not forward:
                continue
            rank = (0, 0, length if _same_paragraph(context, total, parts) else -length)
        if best is None or rank > best[0]:
            best = (rank, parts, verdict)
    tried = max(0, min(MAX_PARTS, len(pool)) - 1)
    return None if best is None else (best[0], best[1], after_trying(best[2], tried))


def _same_paragraph(context: Context, index: int, others: Sequence[int]) -> bool:
    span = context.paragraph(context.figures[index].start)
    return all(span[0] <= context.figures[o].start < span[1] for o in others)


def _roles(relation: ProposedRelation) -> tuple[int, ...]:
    return tuple(i for v in relation.roles.values() for i in (v if isinstance(v, tuple) else (v,)))


# -- balances and trade ------------------------------------------------------------------------
_TRADE = re.compile(r"\btrade\b(?!\s+(?:surplus|deficit|balance|gap))", re.IGNORECASE)


def find_balances(context: Context) -> Iterator[ProposedRelation]:
    """ "exports of $108.79 billion and imports of $99.68 billion ... a surplus of $9.11 billion":
    a figure the wording calls a surplus is the inflow side less the outflow side, a deficit the
    outflow less the inflow, a balance the larger less the smaller; one it calls trade is their
    sum. The sides are the amounts labelled as the two sides of one
    balance (`cues.BALANCE_SIDES`) in its paragraph and the paragraphs on either side, with the
    qualifiers of the result ("non-oil and gas") where the text gives them."""
    figures = context.figures
    skip = _skipped(context)
    taken = {i for r in context.relations if r.kind == "total" for i in _roles(r)}
    summed: set[int] = set()
    differenced: set[int] = set()
    for index, figure in enumerate(figures):
        if figure.kind != "money" or index in skip or index in taken or figure.hedge:
            continue
        result_weight, result_word = _cue(context, index, "balance", ("surplus", "deficit", "result"))
        before, _ = _own_text(context, index)
        is_trade = result_weight == 0 and bool(_TRADE.search(before))
        if result_weight == 0 and not is_trade:
            continue
        sign = "trade" if is_trade else cues.CUES[" ".join(result_word.lower().split())].role
        if is_change_amount(context, index) and not is_trade:
            sign = "result"  # a change of a balance: the verbs of its sides' changes carry the signs
        found = _best_sides(context, index, skip | taken | (summed if sign == "trade" else differenced), sign)
        if found is None:
            continue
        (larger, smaller), verdict, qualifier = found
        if is_trade:
            wording = 1 + qualifier
            roles: dict[str, int | tuple[int, ...]] = {"total": index, "parts": (larger, smaller)}
            cue_words = "trade is the sum of its two sides"
        else:
            wording = result_weight + qualifier
            roles = {"total": larger, "parts": (smaller, index)}
            cue_words = f"'{result_word}' is the difference of its two sides"
        if not believed(verdict, wording):
            continue
        taken.add(index)
        # a pair of sides makes one sum and one difference: exports and imports, the trade and its balance
        (summed if is_trade else differenced).update(found[0])
        yield ProposedRelation("total", roles, describe(verdict, figures, f"{figure.text}: {cue_words}"))


DIFFERENCE_BACK = 2  # paragraphs before the difference's where its two amounts may stand


def find_differences(context: Context) -> Iterator[ProposedRelation]:
    """ "separated by a margin of 860,166 votes": a figure the wording calls a difference is the
    larger less the smaller of two amounts like it stated before (the two leading candidates'
    votes), in its paragraph or the two before. No labels name the two sides, so only the
    arithmetic picks them: a pair that holds, else one a slip explains, among all pairs tried."""
    figures = context.figures
    skip = _skipped(context) | {i for r in context.relations if r.kind == "total" for i in _roles(r)}
    for index, figure in enumerate(figures):
        if figure.kind not in QUANTITY_KINDS or index in skip or figure.hedge:
            continue
        weight, word = _cue(context, index, "balance", ("difference",))
        if weight == 0:
            continue
        start = _paragraphs_around(context, figure.start, DIFFERENCE_BACK, 0)[0]
        sides = [i for i in _amounts(context, start, figure.start, skip | {index})
                 if _alike(context, i, index) and not figures[i].hedge and is_larger(figures[i], figures[index])]
        sides = sides[-2 * MAX_CANDIDATES:]  # the nearest: pairs are tried all against all
        best: tuple[tuple[int, int, int], tuple[int, int], Verdict] | None = None
        tried = 0
        for a, b in product(sides, sides):
            if not is_larger(figures[a], figures[b]):
                continue
            tried += 1
            verdict = sum_verdict(figures, a, (b, index))
            rank = _rank(verdict, -abs(index - a) - abs(index - b))
            if best is None or rank > best[0]:
                best = (rank, (a, b), verdict)
        if best is None:
            continue
        (larger, smaller), verdict = best[1], after_trying(best[2], tried)
        if verdict.outcome == FAR or not believed(verdict, weight):
            continue
        skip.update((larger, smaller, index))
        yield ProposedRelation("total", {"total": larger, "parts": (smaller, index)},
                               describe(verdict, figures, f"{figure.text} follows '{word}': the difference of "
                                                          f"{figures[larger].text} and {figures[smaller].text}"))


def _clause_before(context: Context, index: int) -> str:
    """The figure's clause up to it: "Non-oil and gas exports ... rose by 11.93 percent month on
    month to" labels the amount that follows as exports, and so does "Oil exports went up ..., from
    $1.16 billion to"; in "exports of $5 billion and imports of", the second amount's clause starts
    after the first (words stand between them)."""
    figures = context.figures
    figure = figures[index]
    start = max(context.sentence(figure.start)[0], context.paragraph(figure.start)[0], figure.start - 200)
    until = figure.start
    for other in range(index - 1, -1, -1):
        previous = figures[other]
        if previous.end <= start:
            break
        if previous.kind != "money":
            continue
        if content_words(context.text[previous.end:until]):
            start = previous.end
            break
        until = previous.start  # only "to", "from", "or" between: the same clause goes on
    lead = context.text[start:figure.start]
    breaks = list(re.finditer(r"[;:]|,\s+(?:while|whereas|but)\b", lead))
    return lead[breaks[-1].end():] if breaks else lead


def _restates(figures: Sequence[ExtractedFigure], a: int, b: int) -> bool:
    """The same amount written again (a headline's figure in the body): never its own side or part."""
    first, second = figures[a].reading, figures[b].reading
    return first is not None and second is not None and figures[a].unit == figures[b].unit \
        and first.value == second.value


def _roles_of(roles: dict[str, int | tuple[int, ...]]) -> tuple[int, ...]:
    return tuple(i for v in roles.values() for i in (v if isinstance(v, tuple) else (v,)))


def _best_sides(context: Context, index: int, skip: set[int], sign: str
                ) -> tuple[tuple[int, int], Verdict, int] | None:
    """The pair of sides with the best evidence, as (minuend, subtrahend) — for trade, the two
    parts — with the verdict and the wording weight of their labels and places."""
    figures = context.figures
    start, end = _paragraphs_around(context, figures[index].start, 1, 1)
    pool = sorted((i for i in _amounts(context, start, end, skip | {index})
                   if _alike(context, i, index)), key=lambda i: abs(i - index))[:MAX_CANDIDATES * 2]
    # every side a clause names: "On the import side, purchases dropped to" is imports (and purchases)
    sides = {i: found for i in pool if (found := cues.sides_of(_clause_before(context, i)))}
    olds = _old_levels(context)
    best: tuple[tuple[int, int, int], tuple[int, int], Verdict, int] | None = None
    tried = 0
    for a, b in product(sides, sides):
        if a == b or _restates(figures, a, index) or _restates(figures, b, index):
            continue  # "was in surplus by 19.6 billion, the difference between exports and imports"
        if not {pair for pair, side in sides[a] if side == 0} & {pair for pair, side in sides[b] if side == 1}:
            continue
        qualifier = _qualifier_match(label(context, a), label(context, b))
        if qualifier < 0:
            continue
        near = _proximity(context, index, (a, b))
        qualifier += near
        value_a, value_b = figures[a].reading, figures[b].reading
        if value_a is None or value_b is None:
            continue
        # The side a slip may have shrunk or swollen is named by the cue, not by the values.
        larger, smaller = {"surplus": (a, b), "deficit": (b, a)}.get(
            sign, (a, b) if value_a.value >= value_b.value else (b, a))
        verdict = _balance_verdict(figures, sign, index, larger, smaller)
        tried += 1
        qualifier += TWIN if _twin_holds(figures, olds, sign, index, larger, smaller) else 0
        if near == 0 and not strong(after_trying(verdict, tried)):
            continue  # sides from other paragraphs only confirm a balance that holds, or as good as
        rank = _rank(verdict, qualifier)
        if best is None or rank > best[0]:
            best = (rank, (larger, smaller), verdict, qualifier)
    if best is None:
        return None
    return best[1], after_trying(best[2], tried), best[3]


def _balance_verdict(figures: Sequence[ExtractedFigure], sign: str, result: int, larger: int, smaller: int
                     ) -> Verdict:
    if sign == "trade":
        return sum_verdict(figures, result, (larger, smaller))
    return sum_verdict(figures, larger, (smaller, result))


# "the deficit shrank to $6.6bn from $7.2bn ... imports dropped to $19.8bn from $22.8bn, and exports
# fell to $15bn from $15.6bn": the year before, 22.8 - 15.6 = 7.2 holds, and that twin says the three
# new levels are one balance too, however far they miss.
TWIN = 2


def _old_levels(context: Context) -> dict[int, int]:
    """Each level a change reaches, with the level it came from."""
    return {r.roles["to"]: r.roles["from"] for r in context.relations
            if r.kind == "change" and isinstance(r.roles.get("to"), int) and isinstance(r.roles.get("from"), int)}


def _twin_holds(figures: Sequence[ExtractedFigure], olds: dict[int, int], sign: str, result: int, larger: int,
                smaller: int) -> bool:
    if not all(i in olds for i in (result, larger, smaller)):
        return False
    return _balance_verdict(figures, sign, olds[result], olds[larger], olds[smaller]).outcome == HOLDS


def _proximity(context: Context, index: int, others: Sequence[int]) -> int:
    """Wording evidence from where the figures stand: 2 in one sentence, 1 in one paragraph."""
    sentence = context.sentence(context.figures[index].start)
    if all(sentence[0] <= context.figures[o].start < sentence[1] for o in others):
        return 2
    return 1 if _same_paragraph(context, index, others) else 0


_SIDE_STEMS = frozenset(stem[:5] for pair in cues.BALANCE_SIDES for stem in pair)


def _qualifier_match(a: frozenset[str], b: frozenset[str]) -> int:
    """How well the two sides' qualifiers agree: 1 the same words ("non-oil and gas exports" /
    "non-oil and gas imports"), 0 mostly the same or none on one side, -1 the sides of two
    different balances ("non-oil exports" / "oil imports")."""
    qa, qb = a - _SIDE_STEMS, b - _SIDE_STEMS
    if qa == qb:
        return 1 if qa else 0
    return 0 if not qa or not qb or 2 * len(qa & qb) >= len(qa | qb) else -1


# -- complements: "non-oil exports" and "oil exports" make up exports -------------------------------
_COMPLEMENT = re.compile(r"\b(?:non-?\s*|excluding\s+|other\s+than\s+|except\s+|ex-)([a-z]+)", re.IGNORECASE)
COMPLEMENT_WEIGHT = 3  # "non-oil" beside "oil" names a partition outright


def find_complements(context: Context) -> Iterator[ProposedRelation]:
    """ "Non-oil and gas exports ... $13.93 billion", "oil and gas exports ... $1.2 billion" and
    "exports totalled $15.21 billion": an amount labelled non-X (or "excluding X"), an amount
    labelled X with the same head word, and one with the head word alone are a part, a part and
    their total. Deficits count against surpluses ("a surplus of $2.41 billion" outside oil, "a
    deficit of $0.68 billion" in oil, a surplus of $1.72 billion in all)."""
    figures = context.figures
    skip = _skipped(context)
    done: set[frozenset[int]] = set()  # a figure may be in a balance and in a partition too
    for index, figure in enumerate(figures):
        clause = _clause_before(context, index)
        marker = _COMPLEMENT.search(clause)
        if figure.kind != "money" or index in skip or marker is None:
            continue
        word = marker.group(1).lower()
        head = _head_words(clause, word)
        if not head:
            continue
        start, end = _paragraphs_around(context, figure.start, 2, 2)
        candidates = [i for i in _amounts(context, start, end, skip | {index}) if _alike(context, i, index)]
        parts = [i for i in candidates
                 if _names(context, i, word) and _head_words(_clause_before(context, i), word) & head]
        totals = [i for i in candidates if not _names(context, i, word)
                  and _head_words(_clause_before(context, i), word) >= head]
        best = _best_complement(context, index, parts, totals)
        if best is not None and not _no_narrower(context, best[0]):
            continue
        if best is None:
            continue
        roles, verdict = best
        if not believed(verdict, COMPLEMENT_WEIGHT + 2) or frozenset(_roles_of(roles)) in done:
            continue
        done.add(frozenset(_roles_of(roles)))
        yield ProposedRelation("total", roles, describe(
            verdict, figures, f"{figure.text} is labelled '{marker.group(0)}': with the amount labelled "
            f"'{word}' it makes up the whole"))


_HEAD_STOP = frozenset("the a an of in on at to by for and or its their was were is are had has with as "
                       "from than this that which while sector".split())


def _head_words(clause: str, word: str) -> frozenset[str]:
    """What the clause is about, without the complement's word: balance cues and side labels."""
    lowered = clause.lower()
    heads = {cue.role for text, cue in cues.cues_in(lowered) if cue.relation == "balance"}
    side = cues.side_of(lowered)
    if side is not None:
        heads.add(cues.BALANCE_SIDES[side[0]][side[1]])
    return frozenset(h for h in heads if h != word)


def _names(context: Context, index: int, word: str) -> bool:
    """Whether the figure's clause names `word` itself (not its complement)."""
    clause = _clause_before(context, index)
    return bool(re.search(rf"(?<![-\w])(?<!non-)(?<!non )(?<!excluding ){re.escape(word)}\b", clause, re.IGNORECASE)) \
        and not _COMPLEMENT.search(clause)


def _no_narrower(context: Context, roles: dict[str, int | tuple[int, ...]]) -> bool:
    """The total's clause says nothing its parts' clauses do not: "state revenue from grants" is
    not the whole of tax and non-tax revenue."""
    total = roles["total"]
    assert isinstance(total, int)
    parts = content_words(" ".join(_clause_before(context, i) for i in _roles_of(roles) if i != total))
    extra = content_words(_clause_before(context, total)) - parts
    return not (extra - _HEAD_STOP)


_SIGN = {"deficit": -1, "surplus": 1, "result": 1}


def _sign(context: Context, index: int) -> int:
    found = [cue.role for _, cue in cues.cues_in(_clause_before(context, index)) if cue.relation == "balance"]
    return _SIGN.get(found[-1], 1) if found else 1


def _best_complement(context: Context, complement: int, parts: Sequence[int], totals: Sequence[int]
                     ) -> tuple[dict[str, int | tuple[int, ...]], Verdict] | None:
    figures = context.figures
    best: tuple[tuple[int, int, int], dict[str, int | tuple[int, ...]], Verdict] | None = None
    for part in parts:
        for total in totals:
            roles = _signed_roles(context, total, complement, part)
            if roles is None:
                continue
            verdict = sum_verdict(figures, roles["total"], roles["parts"])  # type: ignore[arg-type]
            distance = abs(part - complement) + abs(total - complement)
            rank = _rank(verdict, -distance)
            if best is None or rank > best[0]:
                best = (rank, roles, verdict)
    return None if best is None else (best[1], after_trying(best[2], len(parts) * len(totals)))


def _signed_roles(context: Context, total: int, a: int, b: int) -> dict[str, int | tuple[int, ...]] | None:
    """total = a + b with deficits negative, rearranged so that every figure is positive: the
    one whose coefficient differs in sign from the other two is the total."""
    coefficients = {total: _sign(context, total), a: -_sign(context, a), b: -_sign(context, b)}
    positive = [i for i, c in coefficients.items() if c > 0]
    negative = [i for i, c in coefficients.items() if c < 0]
    if len(positive) == 1:
        return {"total": positive[0], "parts": tuple(sorted(negative))}
    if len(negative) == 1:
        return {"total": negative[0], "parts": tuple(sorted(positive))}
    return None
