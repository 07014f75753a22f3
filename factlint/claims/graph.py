"""The relation graph checks read: every claim anchored in the article, with the interval its
figure stands for, and the relations between claims. Built once per claims file; checks only
read it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cached_property

from factlint.claims.anchoring import Anchor, anchor_claim, text_figure
from factlint.claims.model import Claim, ClaimsFile, Relation
from factlint.figures.figure import LOOSE_READINGS, STRICT_READINGS, Figure, Reading, Rounding
from factlint.figures.hedges import Direction
from factlint.figures.intervals import Interval, format_interval
from factlint.figures.slips import INDIAN_SCALE, Slip, explain
from factlint.findings import Severity
from factlint.text.article import Article
from factlint.text.directions import stated_direction
from factlint.text.lists import ListReading, read_list


@dataclass(frozen=True)
class ClaimNode:
    claim: Claim
    anchor: Anchor
    figure: Figure | None  # as the text writes it (the recorded one when the quote is missing)

    @property
    def id(self) -> str:
        return self.claim.id

    def interval(self, reading: Reading = Reading.STRICT) -> Interval:
        if self.figure is None:
            raise ValueError(f"claim {self.id!r} has no numeric figure")
        return self.figure.interval(reading, nonnegative=self.claim.unit.kind != "points")

    @property
    def open_hedge(self) -> Direction | None:
        """ABOVE for "more than X", BELOW for "under X"; None for any other figure."""
        hedge = self.figure.hedge if self.figure is not None else None
        if hedge is None or hedge.direction not in (Direction.ABOVE, Direction.BELOW):
            return None
        return hedge.direction

    @property
    def hedged_text(self) -> str:
        """The figure with its hedge, as an editor reads it: "more than 2.1 trillion yuan"."""
        hedge = self.figure.hedge if self.figure is not None else None
        return f"{hedge.canonical} {self.written}" if hedge is not None else self.written

    @property
    def written(self) -> str:
        """The figure as the article writes it, for messages."""
        if self.anchor.mention is not None:
            return self.anchor.mention.text.replace("\\$", "$")
        return self.claim.value


class Graph:
    def __init__(self, claims_file: ClaimsFile, article: Article) -> None:
        self.claims_file = claims_file
        self.article = article
        self.relations: tuple[Relation, ...] = claims_file.relations
        self.nodes: dict[str, ClaimNode] = {}
        self._lists: dict[int, ListReading | None] = {}
        for claim in claims_file.claims:
            anchor = anchor_claim(claim, article)
            self.nodes[claim.id] = ClaimNode(claim, anchor, text_figure(claim, anchor, article))

    @property
    def published(self) -> dt.date | None:
        return self.claims_file.article.published

    @property
    def pinned_rates(self) -> dict[tuple[str, str], Decimal]:
        return self.claims_file.rates

    def node(self, claim_id: str) -> ClaimNode:
        return self.nodes[claim_id]

    def of_kind(self, kind: str) -> list[Relation]:
        return [r for r in self.relations if r.kind == kind]

    @cached_property
    def relations_by_id(self) -> dict[str, Relation]:
        return {r.id: r for r in self.relations if r.id}

    def direction_of(self, relation: Relation) -> str | None:
        """A change's direction as the text states it now ("rose", "a decline" nearest its
        figures), else as the claims file records it."""
        spans = [(n.anchor.focus.start, n.anchor.focus.end) for role in ("from", "to", "percent")
                 if (claim := relation.ref(role)) and (n := self.nodes.get(claim)) and n.anchor.focus]
        if not spans:
            return relation.direction
        focus = spans[-1]  # the percent when there is one, else the end figure
        stated = stated_direction(self.article.text, spans, focus)
        return stated.direction if stated is not None else relation.direction

    @cached_property
    def confirmed(self) -> frozenset[str]:
        """Claims in a sum that holds within rounding (total and parts, strictly read), or in a
        repeat whose figures agree: figures the text confirms elsewhere."""
        found: set[str] = set()
        for relation in self.relations:
            ids = [claim for role in relation.refs.values() for claim in role]
            nodes = [self.nodes[i] for i in ids if i in self.nodes]
            if len(nodes) < 2 or any(n.figure is None for n in nodes):
                continue
            if relation.kind == "total" and relation.ref("total") in self.nodes:
                total = self.nodes[relation.ref("total")]  # type: ignore[index]
                parts = [n for n in nodes if n is not total]
                if Interval.sum([n.interval() for n in parts]).overlaps(total.interval()):
                    found.update(ids)
            elif relation.kind == "repeat" and all(n.interval().overlaps(nodes[0].interval()) for n in nodes):
                found.update(ids)
        return frozenset(found)

    def list_of(self, relation: Relation) -> ListReading | None:
        """A count relation's items where the text lists them, after the count's figure (None when
        the count itself is not anchored: ANC001 says so)."""
        key = id(relation)  # relations are unhashable (their roles are a dict) and live as long as the graph
        if key not in self._lists:
            count = self.nodes.get(relation.ref("count") or "")
            focus = count.anchor.focus if count is not None else None
            self._lists[key] = None if focus is None else read_list(self.article, focus.end, relation.items)
        return self._lists[key]


def judge(holds: Callable[[Reading], bool]) -> Severity | None:
    """None when a condition holds under an ordinary reading (one rounding rule for every
    figure); a warning when it holds only under an unusual one (truncation, generous hedges, open
    hedges without bound, insignificant zeros); an error when it holds under none.
    """
    if any(holds(reading) for reading in STRICT_READINGS):
        return None
    return Severity.WARNING if any(holds(reading) for reading in LOOSE_READINGS) else Severity.ERROR


def needs_open_hedge(holds: Callable[[Reading], bool]) -> bool:
    """Whether a condition that holds only loosely needs an open hedge read without bound."""
    return not any(holds(replace(reading, open_hedges=False)) for reading in LOOSE_READINGS)


def loose_note(severity: Severity | None, holds: Callable[[Reading], bool], nodes: Sequence[ClaimNode]) -> str:
    """For a warning, the unusual readings that each alone would explain it, in words an editor
    can check: "; possible only if 'more than 8.1 million' is read without its usual upper bound,
    or if 'about 9.2 million' is read as loosely as ±20%"."""
    if severity is not Severity.WARNING:
        return ""
    ordinary = (Rounding.HALF_UP, Rounding.HALF_DOWN)
    reasons = []
    if any(holds(Reading(rule, open_hedges=True)) for rule in ordinary):
        reasons.append(_open_hedge_reason(nodes))
    if any(holds(Reading(rule, margins=True)) for rule in ordinary):
        reasons.append(_margin_reason(nodes))
    if holds(Reading(Rounding.TRUNCATE)):
        reasons.append("if the figures were truncated instead of rounded")
    if any(holds(Reading(rule, zeros=True)) for rule in ordinary):
        reasons.append("if trailing zeros are not significant")
    if not reasons:
        return "; possible only under several unusual readings at once"
    return "; possible only " + ", or ".join(reasons)


def _open_hedge_reason(nodes: Sequence[ClaimNode]) -> str:
    hedged = [n for n in nodes if n.open_hedge is not None]
    if len(hedged) != 1:
        return "if an open hedge ('more than', 'under' ...) is read without bound"
    bound = "upper" if hedged[0].open_hedge is Direction.ABOVE else "lower"
    return f"if {hedged[0].hedged_text!r} is read without its usual {bound} bound"


def _margin_reason(nodes: Sequence[ClaimNode]) -> str:
    hedged = [n for n in nodes if n.figure is not None and n.figure.hedge is not None
              and n.figure.hedge.direction in (Direction.UNDER, Direction.AROUND)]
    if len(hedged) != 1 or hedged[0].figure is None or hedged[0].figure.hedge is None:
        return "if 'about' or 'nearly' is read generously"
    margin = hedged[0].figure.hedge.loose_margin * 100
    return f"if {hedged[0].hedged_text!r} is read as loosely as ±{margin.normalize():f}%"


@dataclass(frozen=True)
class Repair:
    """The figure a failing relation probably got wrong, and what it probably should say."""

    node: ClaimNode
    slip: Slip

    @property
    def intended(self) -> str:
        """The likely value written as the figure is ("₹3,600 crore" for "₹3,060 crore")."""
        if self.slip.kind == "scale":
            rescaled = rewrite_scale(self.node.written, self.node.figure, self.slip.intended)
            if rescaled is not None:
                return rescaled
        return rewrite_number(self.node.written, self.node.figure, self.slip.intended) or format_interval(
            Interval.point(self.slip.intended))

    @property
    def note(self) -> str:
        return f"; probably {self.node.written!r} should be {self.intended} ({self.slip.describe})"

    @property
    def fix(self) -> str:
        return f"Correct {self.node.written} to {self.intended} ({self.slip.describe})"


def likely_repair(options: Sequence[tuple[ClaimNode, Interval]], confirmed: frozenset[str] = frozenset()
                  ) -> Repair | None:
    """Of the relation's figures, each with the interval it would need for the relation to hold,
    the one a single typical slip explains (a digit, a swap, a scale word, a decimal point, a
    reversed direction) least likely by chance; None when none does. Options come in the order
    a fact-checker suspects them: a total before its parts, a percent before its ends.

    A figure that another relation confirms (`Graph.confirmed`) is suspected last: correcting it
    would break the relation that holds, so the repair with the fewest changes that makes every
    relation hold is another figure's (the Fellegi-Holt principle)."""
    repairs = []
    for node, needed in options:
        figure = node.figure
        if figure is None or figure.ulp == 0 or figure.hedge is not None:
            continue
        slip = explain(figure.value, figure.ulp or figure.loose_ulp, needed, percent=node.claim.unit.kind in (
            "percent", "points"), indian=INDIAN_SCALE.search(figure.written) is not None)
        if slip is not None:
            repairs.append(Repair(node, slip))
    if not repairs:
        return None
    best = min(repairs, key=lambda repair: (repair.node.id in confirmed, repair.slip.chance))
    if best.slip.kind == "step" and sum(repair.slip.kind == "step" for repair in repairs) > 1:
        return None  # each of them could be the one rounded the other way: naming one would be a guess
    return best


_WRITTEN_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def rewrite_number(written: str, figure: Figure | None, value: Decimal) -> str | None:
    """`written` with its number replaced so that it says `value` in the same scale word, decimals
    and digit grouping; None when the figure's number cannot be found in it."""
    match = _WRITTEN_NUMBER.search(written)
    if figure is None or match is None or figure.value == 0:
        return None
    number = Decimal(match.group().replace(",", ""))
    if number == 0:
        return None
    scale = figure.value / number
    decimals = len(match.group().split(".")[1]) if "." in match.group() else 0
    new = (value / scale).quantize(Decimal(1).scaleb(-decimals))
    text = f"{abs(new):,.{decimals}f}" if "," in match.group() else f"{abs(new):.{decimals}f}"
    if "," in match.group() and re.fullmatch(r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?", match.group()):
        whole, _, fraction = text.replace(",", "").partition(".")
        head, tail = whole[:-3], whole[-3:]
        groups = [head[max(0, i - 2):i] for i in range(len(head), 0, -2)][::-1]
        text = ",".join([*groups, tail]) + (f".{fraction}" if fraction else "")  # Indian grouping
    return written[:match.start()] + ("-" if new < 0 else "") + text + written[match.end():]


_LADDERS = (("thousand", "million", "billion", "trillion"), ("lakh", "crore"))


def rewrite_scale(written: str, figure: Figure | None, value: Decimal) -> str | None:
    """`written` with its scale word changed so that it says `value`: "1.61 billion yuan" ->
    "1.61 trillion yuan"; None when no word of the ladder fits."""
    if figure is None or figure.value == 0:
        return None
    ratio = value / figure.value
    for ladder in _LADDERS:
        for index, word in enumerate(ladder):
            found = re.search(rf"\b{word}\b", written, re.IGNORECASE)
            if found is None:
                continue
            step = Decimal(1000) if ladder[0] == "thousand" else Decimal(100)
            for other_index, other in enumerate(ladder):
                if other_index != index and step ** (other_index - index) == ratio:
                    return written[:found.start()] + other + written[found.end():]
    return None
