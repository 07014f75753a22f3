"""Cue words: what the wording says about how figures relate, as a table (data) with weights.

A relation is believed when wording and arithmetic support it together. This table is the wording
half: each cue names the relation it suggests (sum, balance, share, change), the role of the figure
it stands next to (a total, a turn to the breakdown, a balance's result — a surplus, a deficit, or
either — a share, a change's base) and a weight: 1 a hint, 2 a plain statement, 3 an unmistakable
one. Relation discovery adds up the cues around a candidate with what the structure says (one
sentence, the same labels); the arithmetic decides whether it holds, misses by a typical slip, or
misses far (`relations.evidence` says how much wording each outcome needs). Like the hedge table it
is data: a desk extends it in `factlint.toml` under `[cues]` (see `lint/config.py`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from factlint.text.fastsearch import Searcher


@dataclass(frozen=True, slots=True)
class Cue:
    # "sum", "balance", "change", "share"; "none" for a phrase that holds a cue word but is no cue
    # ("together with" joins two subjects): the longest phrase wins, so it hides the shorter cue
    relation: str
    # "total", "breakdown", "rest" (what is left of a whole once the other parts are named: the parts
    # are then all of it), "surplus", "deficit", "result" (either), "difference" (between two amounts
    # alike named before, the larger less the smaller: a candidate's margin), "share"; for a change, "base"
    # (the old value follows: "from $5 billion") or "period" (its period may come first: "compared
    # with the third quarter of 2021 - N5.14 trillion", "on the $16.441 billion of the week before")
    role: str
    weight: int


# cue                 relation  role       weight
_TABLE = """
total                 sum       total      2
totalled              sum       total      2
totaled               sum       total      2
totalling             sum       total      2
in total              sum       total      3
combined              sum       total      3
together              sum       total      3
in all                sum       total      3
altogether            sum       total      3
all told              sum       total      3
overall               sum       total      2
aggregate             sum       total      2
amounted to           sum       total      1
of which              sum       breakdown  3
of that amount        sum       breakdown  3
broken down           sum       breakdown  3
breakdown             sum       breakdown  3
comprising            sum       breakdown  2
consisting of         sum       breakdown  2
made up of            sum       breakdown  3
split between         sum       breakdown  3
respectively          sum       breakdown  2
remaining             sum       rest       2
the rest              sum       rest       2
remainder             sum       rest       2
surplus               balance   surplus    3
deficit               balance   deficit    3
trade balance         balance   result     3
positive balance      balance   surplus    3
negative balance      balance   deficit    3
balance               balance   result     2
imbalance             balance   result     3
shortfall             balance   deficit    2
gap                   balance   result     1
margin of             balance   difference 2
a margin              balance   difference 2
separated by          balance   difference 2
lead of               balance   difference 2
leading by            balance   difference 2
ahead by              balance   difference 2
difference of         balance   difference 2
accounting for        share     share      3
accounted for         share     share      3
account for           share     share      3
share of              share     share      3
making up             share     share      3
of the total          share     share      3
of total              share     share      3
of the budget         share     share      3
equivalent to         share     share      2
representing          share     share      2
compared with         change    period     3
compared to           change    period     3
against               change    period     2
versus                change    period     2
on                    change    period     1
from                  change    base       2
than                  change    base       2
above                 change    base       2
below                 change    base       2
a year earlier        change    base       2
year-on-year          change    base       2
year on year          change    base       2
the same period       change    base       2
together with         none      none       1
"""


def _parse(table: str) -> dict[str, Cue]:
    parsed: dict[str, Cue] = {}
    for line in table.strip().splitlines():
        *words, relation, role, weight = line.split()
        parsed[" ".join(words)] = Cue(relation, role, int(weight))
    return parsed


CUES: dict[str, Cue] = _parse(_TABLE)
# The two sides of a balance, as labels near the figures, inflow first: exports less imports is
# the trade balance, revenue less spending the budget balance. A surplus is the first side less the
# second; a deficit the second less the first.
BALANCE_SIDES: tuple[tuple[str, str], ...] = (
    ("export", "import"), ("revenue", "expenditure"), ("revenue", "spending"), ("income", "expenditure"),
    ("receipts", "payments"), ("inflow", "outflow"), ("sales", "purchases"), ("earnings", "spending"),
)
CUE_REACH = 60  # characters around a figure where its cues are read


# Adverbs of summation are cues only where they close their phrase: followed by a determiner, a
# figure or punctuation ("In total, ...", "in all the three", "$5 billion in total"); followed by
# another word they are another phrase ("a fall in total exports", "in all regions"), and the
# shorter cue inside, if any ("total"), is read instead.
ADVERBIAL = frozenset({"in total", "in all", "all told"})
_PHRASE_GOES_ON = r"(?!\s+(?!(?:the|these|those|this|its|their|a|an)\b)[A-Za-z])"


def _pattern(table: dict[str, Cue]) -> re.Pattern[str]:
    def alternative(cue: str) -> str:
        return re.escape(cue) + (rf"\b{_PHRASE_GOES_ON}" if cue in ADVERBIAL else "")

    return re.compile(r"\b(" + "|".join(alternative(c) for c in sorted(table, key=len, reverse=True)) + r")\b",
                      re.IGNORECASE)


_CUE = _pattern(CUES)
_CUE_SEARCH = Searcher(_CUE)  # searched from its first characters (cues_in reads every window)


def configure(extra: dict[str, Cue]) -> None:
    """Add or redefine cues for the rest of the process (a weight of 0 turns a cue off)."""
    global _CUE
    if extra:
        CUES.update(extra)
        for word in [w for w, cue in CUES.items() if cue.weight == 0]:
            del CUES[word]
        _CUE = _pattern(CUES)


RELATIONS = {"sum": ("total", "breakdown", "rest"), "balance": ("surplus", "deficit", "result", "difference"),
             "share": ("share",),
             "change": ("base", "period")}


def base_cue_pattern() -> re.Pattern[str]:
    """The lead-in of a change's old value, from the table: a base cue, then at most a determiner
    and a word ("from the previous $5 billion"); a period cue, then up to six words naming it;
    either one, then the period or noun compared with and a relative clause naming its amount."""
    return _base_cue_pattern(tuple(sorted((word, cue.role) for word, cue in CUES.items() if cue.relation == "change")))


@lru_cache(maxsize=8)
def _base_cue_pattern(cues: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    def alternatives(role: str) -> str:
        words = sorted((w for w, r in cues if r == role), key=len, reverse=True)
        return "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) or "(?!)"

    return re.compile(rf"(?:\b({alternatives('period')})\b(?:\s+[\w'-]+){{0,6}}|"
                      rf"\b({alternatives('base')})(?:\s+(?:the|a|an|its|their))?(?:\s+[\w-]+)?)"
                      rf"(?P<relative>{_RELATIVE_TAIL})?"
                      r"\s*[-–—]?\s*\(?\\?$", re.IGNORECASE)


def introduced_base(base: re.Match[str] | None) -> str | None:
    """The cue word of a `base_cue_pattern` match when it introduces an old value; None when a "to"
    stands between the cue and the figure ("month on month to $13.93 billion": a new value), unless
    that "to" is the relative clause's own ("than in 2020, when the total came to 4.21 billion")."""
    word = base and (base.group(1) or base.group(2))
    if not word:
        return None
    text = base.group(0)
    until = base.start("relative") - base.start() if base.group("relative") else len(text)
    return None if re.search(r"\bto\b", text[text.find(word) + len(word):until]) else word


# The compared-with period or noun, then a relative clause that states its amount: "than in the same
# period a year earlier, when the total was $15.6 billion", "than the previous week, which saw 53,567".
_RELATIVE_TAIL = r"(?:(?:\s+[\w'-]+){0,6}\s*,\s*(?:when|which|where)(?:\s+[\w'-]+){0,5})"


def cue_at(text: str, position: int) -> Cue | None:
    """The cue written right at `position` (after spaces), if one is: "trade [gap]"."""
    match = _CUE.match(text, _SPACES.match(text, position).end())  # type: ignore[union-attr]
    return CUES[" ".join(match.group(1).lower().split())] if match else None


_SPACES = re.compile(r"\s*")


def cues_in(text: str) -> list[tuple[str, Cue]]:
    """Every cue written in `text`, as written, with its table entry."""
    global _CUE_SEARCH
    if _CUE_SEARCH.pattern is not _CUE:  # the table was configured (or a test put it back)
        _CUE_SEARCH = Searcher(_CUE)
    return [(m.group(1), CUES[" ".join(m.group(1).lower().split())]) for _, _, m in _CUE_SEARCH.finditer(text)]


def weight(text: str, relation: str, roles: tuple[str, ...] = ()) -> int:
    """The weight of the cues of `relation` (and, if given, of those roles) written in `text`."""
    return sum(cue.weight for _, cue in cues_in(text)
               if cue.relation == relation and (not roles or cue.role in roles))


_SIDE_STEM = re.compile(r"\b(" + "|".join(sorted({s for pair in BALANCE_SIDES for s in pair}, key=len, reverse=True))
                        + ")", re.IGNORECASE)


def sides_of(text: str) -> set[tuple[int, int]]:
    """Every (pair index, side) the labels in `text` name."""
    stems = {m.group(1).lower() for m in _SIDE_STEM.finditer(text)}
    return {(index, pair.index(stem)) for index, pair in enumerate(BALANCE_SIDES) for stem in stems if stem in pair}


def side_of(text: str) -> tuple[int, int] | None:
    """Which balance the label nearest the end of `text` belongs to, and on which side: (pair
    index, 0 or 1). "exports of $5 billion and imports of" reads as imports."""
    matches = list(_SIDE_STEM.finditer(text))
    if not matches:
        return None
    stem = matches[-1].group(1).lower()
    for index, pair in enumerate(BALANCE_SIDES):
        if stem in pair:
            return index, pair.index(stem)
    return None
