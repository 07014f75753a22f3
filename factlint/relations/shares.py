"""Shares: "accounting for 40 percent of", "about one-eighth of", with part and whole when the
amount comes just before ("₹1,240 crore, or 28 percent of revenue")."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from factlint.relations import cues
from factlint.relations.context import QUANTITY_KINDS, Context, ProposedRelation, indexes, is_larger, same_quantity
from factlint.relations.evidence import HOLDS, LOOSE, OUTCOME_RANK, believed, describe, share_verdict
from factlint.relations.labels import compared_bases, is_change_amount
from factlint.text.extract import ExtractedFigure

# -- shares, orderings, repeats ----------------------------------------------------------------------
_SHARE_BEFORE = re.compile(r"\b(?:accounting\s+for|accounts?\s+for|accounted\s+for|making\s+up|makes?\s+up|"
                           r"made\s+up|comprising|comprises?|representing|represents?|contribut\w+)"
                           r"(?:\s+\w+)?\s+$", re.IGNORECASE)


def find_shares(context: Context) -> Iterator[ProposedRelation]:
    for index, figure in enumerate(context.figures):
        if figure.kind not in ("percent", "fraction"):
            continue
        after = context.after(index, 12)
        is_share = re.match(r"\s+of\b", after) or _SHARE_BEFORE.search(context.before(index, 50))
        is_share = is_share or re.search(r"\bOf\s+the\s+total\b", context.text[
            context.sentence(figure.start)[0]:figure.start])
        if is_share and not _is_change_percent(context, index) and not _of_benchmark(context, index):
            # A fraction in words ("a third of the budget") is a rounded proportion: no part/whole arithmetic.
            measured = _part_and_whole(context, index) if figure.kind == "percent" else {}
            roles: dict[str, int | tuple[int, ...]] = {"percent": index, **measured}
            yield ProposedRelation("share", roles, f"{figure.text} is a share of a whole" + (
                f" ({figures_text(context, roles)})" if len(roles) > 1 else ""))


_PART_GAP = re.compile(r"\s*,?\s+(?:or|made\s+up|makes?\s+up|making\s+up|accounting\s+for|accounted\s+for|"
                       r"accounts?\s+for|representing|represented|equal\s+to|equivalent\s+to)\s+"
                       r"(?:about\s+|some\s+|nearly\s+)?")
# "89.3 percent of its target": a benchmark, not a whole the amount is part of; attainment can pass 100.
BENCHMARKS = frozenset("target targets goal goals plan forecast forecasts estimate estimates projection "
                       "projections quota budgeted ceiling".split())


_NOT_A_HEAD = frozenset("and or in of to for with at on from by above below than while as which that "
                        "this last next its their".split())


WHOLE_REACH = 90  # characters after the percent where its whole may be named
WHOLE_BACK = 40  # figures before the part where a whole named by its noun may stand (a story opens with its total)


def _of_benchmark(context: Context, index: int) -> bool:
    noun = re.match(r"\s+of\s+(?:the\s+|its\s+|their\s+|this\s+year's\s+|[\w-]+\s+)?([a-z]+)\b",
                    context.after(index, 40), re.IGNORECASE)
    return noun is not None and noun.group(1).lower() in BENCHMARKS


# An amount, then a few words that restate it as a share: "K192 Billion, which represents 15.5%",
# "514.5 million dollars, equating to approximately 21.6 percent", "273.5 million dollars, taking
# 11.5 percent": side by side, a plain statement (the arithmetic must agree), not an unmistakable one.
_APPOSITIVE_GAP = re.compile(r"\s*,\s*(?:[A-Za-z'’-]+\s+){0,4}")
_CLAUSE_TURN = re.compile(r"\b(?:and|but|while|whereas|compared|against|than|from|up|down)\b", re.IGNORECASE)
# "China took 61.7 percent (5.8 billion USD) of the trade": the part in parentheses after the percent
_PART_AFTER = re.compile(r"\s*\(\s*$")
CONSTRUCTION = 3  # wording read exactly: believed whatever the arithmetic says
SIDE_BY_SIDE = 2


def _share_heads(context: Context, index: int) -> list[str]:
    """The nouns a share names its whole by: "of all budget allocations" -> allocations, budget."""
    noun = re.match(r"\s+of\s+(?:the\s+|its\s+|their\s+|total\s+|all\s+)*([a-z-]{3,})(?:\s+([a-z-]{3,}))?\b",
                    context.after(index, 40), re.IGNORECASE)
    if noun is None:
        return []
    return [w for w in (noun.group(2), noun.group(1)) if w and w.lower() not in _NOT_A_HEAD] or [noun.group(1)]


def _part_of(context: Context, index: int, heads: Sequence[str]) -> tuple[int, int] | None:
    """The share's part and the weight of the wording that ties it: the amount in parentheses right
    after the percent, or just before it across "or", "accounting for" (both read exactly); the
    amount of the sentence whose noun is the share's ("382,000 arrivals ... 15.1% of total
    arrivals"); or the amount just before it across a short appositive (side by side)."""
    figures = context.figures
    after = index + 1
    if after < len(figures) and figures[after].kind in QUANTITY_KINDS \
            and _PART_AFTER.fullmatch(context.text[figures[index].end:figures[after].start]):
        return after, CONSTRUCTION
    if index == 0:
        return None
    before = index - 1
    gap = _after_noun(figures[before], context.text[figures[before].end:figures[index].start])
    if figures[before].kind in QUANTITY_KINDS and _PART_GAP.fullmatch(gap):
        return before, CONSTRUCTION
    sentence_start, _ = context.sentence(figures[index].start)
    same_noun = [i for i in context.in_span(sentence_start, figures[index].start)
                 if figures[i].kind in QUANTITY_KINDS and _noun_is(figures[i], heads)]
    if len(same_noun) == 1:
        return same_noun[0], CONSTRUCTION
    if figures[before].kind in QUANTITY_KINDS and _APPOSITIVE_GAP.fullmatch(gap) and not _CLAUSE_TURN.search(gap):
        return before, SIDE_BY_SIDE
    return None


def _part_and_whole(context: Context, index: int) -> dict[str, int | tuple[int, ...]]:
    """ "Exports brought in ₹1,240 crore, or 28 percent of revenue": the part (see `_part_of`);
    the whole is an amount the sentence gives after the noun ("of the budget, which is estimated
    to be Sh 3.9 trillion": the next figure, larger than the part, in the same clause), or else the
    latest earlier amount the text calls "revenue" (not the old value of a change). Both or
    neither: a share with only one of them checks nothing more. A part tied only side by side
    must agree with its whole (or miss it by a slip) to be believed."""
    figures = context.figures
    heads = _share_heads(context, index)
    found = _part_of(context, index, heads) if heads else None
    if found is None:
        return {}
    part, weight = found
    whole = _whole_of(context, index, part, heads)
    if whole is None:
        return {}
    if weight < CONSTRUCTION and not believed(share_verdict(figures, index, part, whole), weight):
        return {}
    return {"part": part, "whole": whole}


def _whole_of(context: Context, index: int, part: int, heads: Sequence[str]) -> int | None:
    figures = context.figures
    olds = {r.roles.get("from") for r in context.relations if r.kind == "change"} | compared_bases(context)
    _, sentence_end = context.sentence(figures[index].start)
    following = max(index, part) + 1
    if following < len(figures) and figures[following].start < min(sentence_end, figures[index].end + WHOLE_REACH) \
            and figures[following].unit == figures[part].unit and figures[following].kind == figures[part].kind \
            and is_larger(figures[following], figures[part]) and not re.search(
                r"[;]|\b(?:while|whereas|but|and)\b", context.text[figures[index].end:figures[following].start]):
        return following
    word = re.compile(rf"\b(?:{'|'.join(map(re.escape, heads))})\b", re.IGNORECASE)  # "of group sales": "sales"
    named_after = re.compile(rf"\s+(?:[A-Za-z-]+\s+)??{word.pattern}", re.IGNORECASE)  # one modifier between
    named: list[int] = []
    by_noun: list[int] = []
    for candidate in range(min(index, part) - 1, max(-1, part - WHOLE_BACK), -1):
        other = figures[candidate]
        if candidate in olds or other.unit != figures[part].unit or other.kind != figures[part].kind \
                or not is_larger(other, figures[part]) or _is_share_part(context, candidate):
            continue  # a whole is larger than its part, and is no other share's part
        if other.noun and not _noun_is(other, heads):
            continue  # its own noun says what it counts ("910,000 overnight stays" is no arrivals)
        sentence_start, _ = context.sentence(other.start)
        # money is named after it too ("a 2.9 billion-dollar budget"); a count's noun is what it counts,
        # and every tally of votes is "votes"
        named_as = word.search(context.text, max(sentence_start, other.start - 80), other.start) \
            or (other.kind == "money" and named_after.match(context.text, other.end))
        balance = named_as and cues.cue_at(context.text, named_as.end())
        if named_as and not (balance and balance.relation == "balance"):  # "trade gap" is no trade
            named.append(candidate)
        elif other.noun:
            by_noun.append(candidate)
    # Several amounts the text calls "revenue": the one the arithmetic confirms, else the one a slip
    # explains, else the nearest.
    if named:
        return sorted(named, key=lambda c: -OUTCOME_RANK[share_verdict(figures, index, part, c).outcome])[0]
    # Counted by the same noun only ("2.8 million tourist arrivals" for "of total arrivals"): every
    # tally of votes is "votes", so the arithmetic must agree, or miss by a slip
    # unless the share's own cues are unmistakable ("which accounted for 15.1% of total arrivals")
    wording = SIDE_BY_SIDE + _share_cues(context, index)
    agreeing = [c for c in by_noun if believed(share_verdict(figures, index, part, c), wording)]
    return agreeing[0] if agreeing else None


def _share_cues(context: Context, index: int) -> int:
    """The weight of the share cues around a percent: "accounted for" before it, "of total" after."""
    figure = context.figures[index]
    start = max(context.sentence(figure.start)[0], figure.start - cues.CUE_REACH)
    return cues.weight(context.text[start:figure.end + 20], "share")


def _noun_is(figure: ExtractedFigure, heads: Sequence[str]) -> bool:
    """ "2.8 million tourist arrivals" is named arrivals by the noun after it."""
    return bool(figure.noun) and figure.noun.split()[-1].lower() in {h.lower() for h in heads}  # type: ignore[union-attr]


def _is_share_part(context: Context, index: int) -> bool:
    """An amount followed by its own percent ("$478.5 million or 27.2 percent of total trade",
    "10,467 votes, or 59.62% of the votes cast")."""
    following = index + 1
    figure = context.figures[index]
    return following < len(context.figures) and context.figures[following].kind == "percent" and bool(
        _PART_GAP.fullmatch(_after_noun(figure, context.text[figure.end:context.figures[following].start])))


def _after_noun(figure: ExtractedFigure, gap: str) -> str:
    """The gap after an amount without the noun it counts: "7,090 [votes], or 40.38%"."""
    if figure.noun and gap.lstrip().startswith(figure.noun):
        return gap.lstrip()[len(figure.noun):]
    return gap


def figures_text(context: Context, roles: dict[str, int | tuple[int, ...]]) -> str:
    return ", ".join(f"{role} {context.figures[i].text}" for role, value in roles.items()
                     for i in indexes(value) if role != "percent")


def _is_change_percent(context: Context, index: int) -> bool:
    return any(r.kind == "change" and r.roles.get("percent") == index for r in context.relations)


# -- a series of shares of one whole: "4,657,304 (41.61%) votes, ... 5,219 (0.09%) ..." -------------
_IN_PARENTHESES = re.compile(r"\s*\(\s*")
MIN_SERIES = 3  # amount-and-percent pairs before a common whole is looked for
MIN_AGREEING = 2  # shares that must hold against a whole, and more than half of the series
SERIES_WORDING = 5  # a percent in parentheses after its amount, and a whole most of the series confirms


def find_series_shares(context: Context) -> Iterator[ProposedRelation]:
    """Amounts each followed by their percent in parentheses (election results, market shares):
    the whole is the stated figure that most of the series agrees on, within rounding — the way
    one exchange rate is the one most conversions share. Every pair then becomes a share of it,
    the few that miss reported by PCT002 with the figure that is probably wrong."""
    figures = context.figures
    used = context.used()
    pairs = [(i - 1, i) for i in range(1, len(figures))
             if figures[i].kind == "percent" and i not in used and figures[i - 1].kind in QUANTITY_KINDS
             and _in_parentheses_after(context, i - 1, i)
             and not is_change_amount(context, i - 1)]  # "went up by 1.8 billion USD (27.5 percent)": a change
    if len(pairs) < MIN_SERIES:
        return
    in_pairs = {i for pair in pairs for i in pair}
    left = list(pairs)
    while len(left) >= MIN_SERIES:
        found = _common_whole(context, left, in_pairs)
        if found is None:
            yield from _unstated_whole(context, left)
            return
        whole, support = found
        # the pairs that miss belong to this series only where its supporters stand
        paragraphs = {context.paragraph(figures[part].start) for part, _ in support}
        series = [(part, pct) for part, pct in left
                  if (part, pct) in support or (context.paragraph(figures[part].start) in paragraphs
                                                and same_quantity(figures[part], figures[whole]))]
        left = [pair for pair in left if pair not in series]
        yield from _series_relations(context, series, whole, len(support))


def _in_parentheses_after(context: Context, amount: int, percent: int) -> bool:
    """ "291,933 votes (44.64%)": the percent in parentheses right after its amount (and its noun)."""
    figures = context.figures
    gap = _after_noun(figures[amount], context.text[figures[amount].end:figures[percent].start])
    return bool(_IN_PARENTHESES.fullmatch(gap)) and bool(_CLOSING.match(context.text, figures[percent].end))


_CLOSING = re.compile(r"\s*[.,;]?\s*\)")  # "(44.64%.)": the source's stray stop inside is kept


def _unstated_whole(context: Context, pairs: Sequence[tuple[int, int]]) -> Iterator[ProposedRelation]:
    """No stated figure is the series' whole: the series states it itself, each pair implying it
    (PCT003 checks that they agree). A series runs within one paragraph, amounts alike."""
    figures = context.figures
    by_paragraph: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for part, pct in pairs:
        by_paragraph.setdefault(context.paragraph(figures[part].start), []).append((part, pct))
    for series in by_paragraph.values():
        series = [(part, pct) for part, pct in series if same_quantity(figures[part], figures[series[0][0]])]
        if len(series) >= MIN_SERIES:
            roles: dict[str, int | tuple[int, ...]] = {"parts": tuple(p for p, _ in series),
                                                       "percents": tuple(q for _, q in series)}
            yield ProposedRelation("shares", roles, f"{len(series)} amounts each with its percent in "
                                                    f"parentheses: shares of one whole the text does not state")


def _common_whole(context: Context, pairs: Sequence[tuple[int, int]], skip: set[int]
                  ) -> tuple[int, list[tuple[int, int]]] | None:
    """The stated figure most pairs hold against (at least MIN_SERIES of them, or a majority of a
    short series), with those pairs."""
    figures = context.figures
    largest = max((figures[p].reading.value for p, _ in pairs if figures[p].reading), default=None)
    best: tuple[int, list[tuple[int, int]]] | None = None
    for whole, candidate in enumerate(figures):
        if whole in skip or candidate.reading is None or largest is None or candidate.reading.value < largest \
                or not same_quantity(candidate, figures[pairs[0][0]]):
            continue
        support = [(part, pct) for part, pct in pairs
                   if share_verdict(figures, pct, part, whole).outcome in (HOLDS, LOOSE)]
        if best is None or len(support) > len(best[1]):
            best = (whole, support)
    if best is None:
        return None
    # three agreeing shares make a whole; in a short series (three pairs, as a budget's top three
    # lines), two agreeing out of three do, the third then being the outlier
    enough = len(best[1]) >= MIN_SERIES or (len(best[1]) >= MIN_AGREEING and 2 * len(best[1]) > len(pairs))
    return best if enough else None


def _series_relations(context: Context, series: Sequence[tuple[int, int]], whole: int, holding: int
                      ) -> Iterator[ProposedRelation]:
    figures = context.figures
    for part, pct in series:
        verdict = share_verdict(figures, pct, part, whole)
        if believed(verdict, SERIES_WORDING):
            yield ProposedRelation("share", {"percent": pct, "part": part, "whole": whole}, describe(
                verdict, figures, f"{figures[pct].text} follows {figures[part].text} in parentheses; "
                f"{holding} of the {len(series)} such shares hold against {figures[whole].text}"))
