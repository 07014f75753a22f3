"""Relation inference: the relations an article's wording makes plain, proposed from its figures.

Each finder reads one construction and proposes a relation only when the construction is
unambiguous; anything else is left for the fact-checker to add by hand:

- conversion: "1 trillion yuan ($140.82 billion)", "€450 million, or about $487 million";
- change: "rose 12.5 percent to 3.6 million from 3.2 million", "increased from 4.4 million to
  7.2 million", "to 12 GWh from 7.5 GWh, a 60 percent increase", "336 enterprises, a 6.6 percent
  increase", ", up 12.5 percent from 3.2 million", "a year-on-year increase of 5.2 percent";
- count: a stated count followed by its list (after a colon, between dashes, after "including"
  or in the next sentence's "They encompass ..."), or by a list set off by semicolons;
- total: "20 clusters. Of them, 10 ... The other 10 ..."; "breaks down into" / "split between"
  the amounts that follow; "Together the three ... £805 million" after its parts;
- tiers: "Three of them, A, B and C, each built more than 12,000, while the other three ..."
  (population: the earlier list of all members; combined: the figure stated for all of them),
  and consecutive counted lists whose members each clear a bound;
- share: "accounting for 40 percent of", "about one-eighth of", with part and whole when the
  amount comes just before ("₹1,240 crore, or 28 percent of revenue");
- ordering: revenue >= added value >= profit stated together;
- repeat: a callout line restating a body figure, and a figure restated in the same words.

Finders see figures as `ExtractedFigure`s (article offsets plus what the scanner read) and return
`ProposedRelation`s naming figures by index; drafting turns them into claims-file relations.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from factlint.text.extract import ExtractedFigure

INCREASE_WORDS = ("rose", "rise", "rises", "rising", "increased", "increase", "increases",
                  "increasing", "grew", "grow", "grows", "growing", "growth", "climbed", "climb",
                  "jumped", "jump", "surged", "surge", "gained", "gain", "up", "expanded", "risen", "grown",
                  "soared", "added", "higher", "more")
DECREASE_WORDS = ("fell", "fallen", "fall", "falls", "falling", "dropped", "drop", "drops", "declined",
                  "decline", "declines", "decreased", "decrease", "decreases", "slid", "slipped",
                  "shrank", "contracted", "down", "lost", "lower", "less", "cut", "plunged")
_CHANGE_VERB = "|".join(INCREASE_WORDS + DECREASE_WORDS)
_LIST_VERB = r"(?:encompass|encompasses|include|includes|are|cover|covers|comprise|comprises|span|spans)"
_LIST_INTRO = re.compile(
    rf"\s*(?::|[—–]|--|,?\s+(?:including|namely|such as)\b|\s+{_LIST_VERB}\s|"
    rf"\.\s+(?:They|These|Those|It)\s+{_LIST_VERB}\b)\s*", re.IGNORECASE)
_OPEN_LIST = re.compile(r"including|such as", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?=[\"”’)]?(?:\s*\n\s*\n|\s+[\"“(]?[A-Z0-9£$€¥₹₩]|\s*$))")
_EACH_NEAR = re.compile(r"\beach\b", re.IGNORECASE)
# Ordering by meaning: revenue covers added value, which covers profit.
ORDER_RANK = (("profit", 1), ("profits", 1), ("net income", 1), ("added value", 2),
              ("value added", 2), ("revenue", 3), ("sales", 3), ("turnover", 3))


@dataclass(frozen=True, slots=True)
class ProposedRelation:
    kind: str
    roles: dict[str, int | tuple[int, ...]]  # role -> figure index (or indexes)
    note: str  # why it was proposed, in words an editor recognizes
    items: tuple[str, ...] = ()
    open: bool = False
    direction: str | None = None
    tiers: tuple[tuple[int, int], ...] = ()  # (count relation index, each-figure index)
    population: tuple[int, ...] = ()  # count relation indexes


@dataclass
class Context:
    """The article body and its figures, with the helpers every finder needs."""

    text: str
    figures: Sequence[ExtractedFigure]
    relations: list[ProposedRelation] = field(default_factory=list)

    def after(self, index: int, width: int = 80) -> str:
        return self.text[self.figures[index].end:self.figures[index].end + width]

    def before(self, index: int, width: int = 80) -> str:
        start = self.figures[index].start
        return self.text[max(0, start - width):start]

    def sentence(self, offset: int) -> tuple[int, int]:
        """The sentence around an offset: page-break gaps inside a sentence do not end it."""
        start = 0
        for match in _SENTENCE_END.finditer(self.text, 0, offset):
            start = match.end()
        end_match = _SENTENCE_END.search(self.text, offset)
        return start, (end_match.end() if end_match else len(self.text))

    def in_span(self, start: int, end: int) -> list[int]:
        return [i for i, f in enumerate(self.figures) if start <= f.start and f.end <= end]

    def next_figure(self, index: int) -> int | None:
        return index + 1 if index + 1 < len(self.figures) else None


def infer_relations(text: str, figures: Sequence[ExtractedFigure]) -> list[ProposedRelation]:
    """Every relation the wording makes plain; `figures` are offsets into `text`, in order."""
    context = Context(text, figures)
    for finder in FINDERS:
        # A finder sees the relations of the finders before it, not its own (it numbers those).
        context.relations.extend(list(finder(context)))
    return context.relations


# -- conversions -----------------------------------------------------------------------------------
_CONVERSION_GAP = re.compile(
    r"\s*(?:\(\s*(?:or\s+)?|,\s*or\s+|\s*[—–]\s*)(?:about|around|approximately|roughly|some|nearly|almost|"
    r"over|more than)?\s*\\?$|\s*,\s*(?:about|around|approximately|roughly|some|nearly|almost)\s+\\?$",
    re.IGNORECASE)


def find_conversions(context: Context) -> Iterator[ProposedRelation]:
    figures = context.figures
    for index, figure in enumerate(figures[:-1]):
        other = figures[index + 1]
        if figure.kind not in ("money", "range") or other.kind != figure.kind:
            continue
        if not figure.unit or not other.unit or figure.unit == other.unit:
            continue
        gap = context.text[figure.end:other.start]
        if _CONVERSION_GAP.match(gap):
            yield ProposedRelation("conversion", {"amount": index, "equivalent": index + 1},
                                   f"{figure.text} is converted in the text that follows it")


# -- changes -----------------------------------------------------------------------------------------
def _direction(word: str) -> str:
    return "decrease" if word.lower() in DECREASE_WORDS else "increase"


def find_changes(context: Context) -> Iterator[ProposedRelation]:
    used: set[int] = set()
    for finder in (_verb_percent_to, _verb_from_to, _to_from, _appositive_percent, _lone_percent_change):
        for relation in finder(context, used):
            used.update(i for v in relation.roles.values() for i in _indexes(v))
            yield relation


def _indexes(value: int | tuple[int, ...]) -> tuple[int, ...]:
    return value if isinstance(value, tuple) else (value,)


_QUANTITY_KINDS = ("money", "count", "number", "quantity")


def _comparable(a: ExtractedFigure, b: ExtractedFigure) -> bool:
    """Two figures that can be the endpoints of one change: same unit, or a count and a bare
    number ("412,000 TEUs from 362,000")."""
    if a.kind not in _QUANTITY_KINDS or b.kind not in _QUANTITY_KINDS:
        return False
    return a.unit == b.unit or {a.kind, b.kind} <= {"count", "number"}


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
        if verb is None or to is None or figures[to].kind not in _QUANTITY_KINDS:
            continue
        if not re.fullmatch(r"(?:\s+(?:in|over|during|for|across)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?"
                            r"\s+to\s+(?:[a-z]+\s+){0,2}\\?", context.text[figure.end:figures[to].start]):
            continue  # "rose 5.4 percent in the March-August half to 1.86 trillion yen"
        roles: dict[str, int | tuple[int, ...]] = {"percent": index, "to": to}
        # The old value, past a conversion in parentheses: "to 14.2 trillion won ($10.3 billion),
        # compared with 10.3 trillion won".
        start = next((j for j in range(to + 1, min(len(figures), to + 3)) if _comparable(figures[j], figures[to])),
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
        if index in used or not _comparable(figure, figures[to]):
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
                      if _comparable(figure, figures[j])), index + 1)  # past "(€9.04 billion)"
        if index in used or start in used or not _comparable(figure, figures[start]):
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
        previous = [i for i in context.in_span(clause_start, figure.start) if figures[i].kind in _QUANTITY_KINDS
                    and i not in _conversion_equivalents(context)]
        if len(previous) != 1:  # "revenue of $5.2 billion from its 30 stores, up 12.5 percent": which?
            continue
        to = previous[0]
        clause = context.text[figures[to].end:figure.start]
        if re.search(r"[;:]|\b(?:and|while|but)\b", clause):  # another clause: not an apposition
            continue
        word = (lead.group(1) or lead.group(2)) if lead else (noun.group(1) or noun.group(2))
        roles: dict[str, int | tuple[int, ...]] = {"to": to, "percent": index}
        start = context.next_figure(index)
        if start is not None and _comparable(figures[start], figures[to]) and re.fullmatch(
                r"\s+(?:[a-z-]+\s+){0,2}from\s+(?:[a-z]+\s+){0,2}\\?", context.text[figure.end:figures[start].start]):
            roles["from"] = start  # ", up 12.5 percent from 3.2 million", ", a 24 percent rise from ..."
        yield ProposedRelation("change", roles, f"{figures[to].text}, \"{word}\" {figure.text}",
                               direction=_direction(word))


def _conversion_equivalents(context: Context) -> set[int]:
    return {i for r in context.relations if r.kind == "conversion" for i in _indexes(r.roles["equivalent"])}


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


# -- counts, lists, totals and tiers ----------------------------------------------------------------
def find_counts(context: Context) -> Iterator[ProposedRelation]:
    figures = context.figures
    for index, figure in enumerate(figures):
        if figure.kind == "number" and (figure.value or "").isdigit() and re.match(r"\s*(?::|[—–]\s)",
                                                                                     context.after(index, 4)):
            after_noun = figure.end  # "a team of five: a doctor, a nurse, ..." (or between dashes)
        elif figure.kind != "count" or figure.noun is None:
            continue
        else:
            noun_end = context.text.find(figure.noun, figure.end, figure.end + 200)
            if noun_end < 0:
                continue
            after_noun = noun_end + len(figure.noun)
        listed = _list_after(context, after_noun)
        if listed is None:
            continue
        items, is_open, how = listed
        counted = int(Decimal(figure.value or "0"))
        if counted > MAX_MEMBER_LIST and not is_open:
            continue  # too many to name one by one: the list gives kinds, not members
        if not is_open or len(items) <= counted:
            chosen = _choose_items(items, counted, is_open)
            if chosen is not None:
                yield ProposedRelation("count", {"count": index}, f"{figure.text} {figure.noun or ''} {how}",
                                       items=tuple(chosen), open=is_open)


MAX_MEMBER_LIST = 25  # "4,200 people: engineers, drivers and clerks" names kinds, not members


def _list_after(context: Context, offset: int) -> tuple[list[list[str]], bool, str] | None:
    """The list that follows a counted noun: item readings, whether it is open, and how it is
    introduced. Text between the noun and the list ("..., each with ... They encompass") may
    only be a short clause without figures-free content of its own."""
    text = context.text
    skip = re.match(r"(?:[^.:;—–]|(?<=\d)\.(?=\d)){0,160}?"  # "13.9 billion" is no sentence end
                    r"(?=:|\s[—–]\s|[—–]|,?\s+including|\.\s+(?:They|These|Those)\s)", text[offset:offset + 240])
    if skip is None or _LIST_INTRO.match(text, offset):
        skip = None
    start = offset + (skip.end() if skip else 0)
    intro = _LIST_INTRO.match(text, start)
    between = context.text[offset:start]
    counts_between = [i for i in context.in_span(offset, start) if context.figures[i].kind in ("count", "number")]
    if intro is None or (counts_between and not re.match(r",\s+each\b", between)):
        return None  # another count first ("40 branches, up from 35, including ..."): not this list
    dash = intro.group(0).strip().startswith(("—", "–", "--"))
    body_start = intro.end()
    end_pattern = r"\s[—–]|[—–]\s|\.(?=\s|$)" if dash else r"\.(?=\s|$)|\s[—–]\s"
    end_match = re.compile(end_pattern).search(text, body_start)
    body_end = end_match.start() if end_match else len(text)
    body = _cut_name_run(" ".join(text[body_start:body_end].split()))
    body = re.split(r",\s+(?:which|who|whose|where|that)\b", body, maxsplit=1)[0]  # "..., which handles"
    if not dash and ";" not in body and "," not in body:
        return None
    listed_end = text.find(body.split()[-1], body_start) + len(body.split()[-1]) if body.split() else body_end
    if context.in_span(body_start, min(body_end, listed_end)):  # "240 posts: 140 through ..., the
        return None                                              # remaining 100": figures, not names
    body = re.sub(r"^(?:in|at|from|across)\s+", "", body)
    readings = [_trim_names(items) for items in split_list(body)]
    if not readings:
        return None
    is_open = bool(_OPEN_LIST.search(intro.group(0)))
    how = "lists its items" + (" (an open list: \"including\")" if is_open else "")
    return readings, is_open, how


def split_list(body: str) -> list[list[str]]:
    """The ways a written list can be read: "a; b; and c" one way; "a, b and c and d" two ways
    when the last comma piece could be one item or two. Returns [] for no list at all."""
    body = body.strip().rstrip(",;")
    if ";" in body:
        pieces = [p.strip() for p in body.split(";")]
        pieces = [re.sub(r"^(?:and|as well as)\s+", "", p) for p in pieces]
        return [pieces] if len(pieces) >= 2 and all(pieces) else []
    pieces = [p.strip() for p in re.split(r",\s*(?:as well as\s+)?", body)]
    oxford = len(pieces) >= 3 and re.match(r"(?:and|or)\s", pieces[-1]) is not None
    as_well_as = ", as well as " in body
    pieces = [re.sub(r"^(?:and|or)\s+", "", p) for p in pieces]
    if not all(pieces):
        return []
    if len(pieces) == 1:
        parts = [p.strip() for p in re.split(r"\s+(?:and|or)\s+", pieces[0])]
        return [parts] if len(parts) == 2 else []
    if oxford or as_well_as:
        return [pieces]
    split_last = pieces[:-1] + [p.strip() for p in re.split(r"\s+(?:and|or)\s+", pieces[-1], maxsplit=1)]
    return [split_last, pieces] if len(split_last) != len(pieces) else [pieces]


_NAME_WORDS = r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w'’.-]*)*"


def _cut_name_run(body: str) -> str:
    """A list of names ends where the names do: "Italy, Pakistan, Peru and Thailand joined the
    tour and visited ..., capital of ..." -> "Italy, Pakistan, Peru and Thailand"."""
    pieces = [p.strip() for p in body.split(",")]
    if len(pieces) < 3 or not all(_is_name(p) for p in pieces[:2]):
        return body
    for number, piece in enumerate(pieces):
        if not _is_name(re.sub(r"^and\s+", "", piece)):
            last = re.match(rf"(?:and\s+)?({_NAME_WORDS})", piece)
            if last is None:
                return ", ".join(pieces[:number])
            return ", ".join([*pieces[:number], last.group(0)])
    return body


def _trim_names(items: list[str]) -> list[str]:
    """A list of names ends where the names do: "Peru and Thailand joined the tour" -> "Thailand"."""
    if len(items) < 2 or not all(_is_name(item) for item in items[:-1]):
        return items
    last = re.match(r"(?:the\s+)?(?:[A-Z][\w'’.-]*\s*)+", items[-1])
    return [*items[:-1], last.group(0).strip()] if last else items


def _is_name(item: str) -> bool:
    words = re.sub(r"^the\s+", "", item).split()
    return bool(words) and all(w[0].isupper() for w in words if w not in ("of", "and", "the"))


def find_semicolon_lists(context: Context) -> Iterator[ProposedRelation]:
    """ "10 focus on the pillar industries of A; B; ...; and J": a number, then in the same
    sentence a list of three or more items set off by semicolons."""
    figures = context.figures
    counted = {_indexes(r.roles["count"])[0] for r in context.relations if r.kind == "count"}
    for index, figure in enumerate(figures):
        if index in counted or figure.kind not in ("count", "number") or not (figure.value or "").isdigit():
            continue
        _, end = context.sentence(figure.start)
        span = " ".join(context.text[figure.end:end].split()).rstrip(".")
        if span.count(";") < 2 or context.in_span(figure.end, end):
            continue
        first, *rest = span.split(";")
        lead = re.search(rf"(?:.*(?:\bof|\bon|:|\s{_LIST_VERB}))\s+(.+)$", first)
        if lead is None:
            continue
        items = [lead.group(1).strip()] + [re.sub(r"^\s*(?:and|as well as)\s+", "", p).strip() for p in rest]
        if all(items):
            yield ProposedRelation("count", {"count": index}, f"{figure.text}, then a list set off by semicolons",
                                   items=tuple(items))


def _choose_items(readings: list[list[str]], counted: int, is_open: bool) -> list[str] | None:
    """The reading whose length the stated count allows; if none does, the first (a finding).
    Items may group members ("defenders A and B"): reading each "and" as a separator counts too."""
    if readings:
        split = [part.strip() for item in readings[0] for part in re.split(r"\s+and\s+", item)]
        readings = [*readings, split]
    for items in readings:
        if len(items) == counted or (is_open and len(items) <= counted):
            return items
    return readings[0] if readings else None


_BREAKDOWN = re.compile(r"\b(?:breaks?\s+down\s+into|broken\s+down\s+into|(?:is|was)\s+split\s+into|"
                        r"split\s+between|split\s+among|divided\s+into|divided\s+between|splits\s+into)\s",
                        re.IGNORECASE)


def find_breakdowns(context: Context) -> Iterator[ProposedRelation]:
    """ "The spending breaks down into ₹1,900 crore for ..., ₹950 crore ... and ₹850 crore", "the
    total was split between Europe (512,600), China (331,900) ...": the figures after the phrase add
    up to the latest earlier figure like them (not the old value of a change, not a conversion)."""
    figures = context.figures
    done: set[int] = set()
    converted = _conversion_equivalents(context)
    olds = {r.roles.get("from") for r in context.relations if r.kind == "change"}
    for index, figure in enumerate(figures):
        start, end = context.sentence(figure.start)
        phrase = _BREAKDOWN.search(context.text, start, figure.start)
        if phrase is None or start in done or figure.kind not in _QUANTITY_KINDS or index in converted:
            continue
        done.add(start)
        parts = tuple(i for i in context.in_span(phrase.end(), end)
                      if _comparable(figures[i], figure) and i not in converted)
        totals = [i for i in range(index - 1, -1, -1) if _comparable(figures[i], figure)
                  and i not in converted and i not in olds]
        if len(parts) >= 2 and totals and figure.start - figures[totals[0]].end < 800:
            yield ProposedRelation("total", {"total": totals[0], "parts": parts},
                                   f"{figures[totals[0]].text} \"{phrase.group(0).strip()}\" the figures that follow")


_TOGETHER = re.compile(r"\b(?:together|in\s+total|in\s+all|altogether|all\s+told)\b", re.IGNORECASE)


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
        if not _TOGETHER.search(lead) or any(figures[i].unit == figure.unit
                                             for i in context.in_span(start, figure.start)):
            continue
        endpoints = {i for r in context.relations if r.kind == "change"
                     for role in ("from", "to") if role in r.roles for i in _indexes(r.roles[role])}
        stated = re.search(r"\bthe\s+(\w+)\b", lead)
        wanted = _number_word(stated.group(1)) if stated else None
        previous_start, _ = context.sentence(max(0, start - 2))
        window = context.sentence(max(0, previous_start - 2))[0] if wanted else previous_start
        parts = tuple(i for i in context.in_span(window, start)
                      if figures[i].unit == figure.unit and figures[i].kind == figure.kind
                      and i not in converted and i not in endpoints)
        if wanted is not None:
            parts = parts[-wanted:]  # "the three sources": the last three amounts before
        if len(parts) < 2 or (wanted is not None and len(parts) != wanted):
            continue
        yield ProposedRelation("total", {"total": index, "parts": parts},
                               f"\"{_TOGETHER.search(lead).group(0)}\" {figure.text} after its parts")


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
        each = _each_bound(context, _indexes(relation.roles["count"])[0])
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
    noun = context.figures[_indexes(relation.roles["count"])[0]].noun or ""
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
_NAMES_LIST = re.compile(rf"(?P<names>{_NAME_WORDS}(?:,\s+{_NAME_WORDS})*,?\s+and\s+{_NAME_WORDS})")


def find_partitions(context: Context) -> Iterator[ProposedRelation]:
    """ "six factories — A, B, C, D, E and F — built nearly 52,000 robots. Three of them, A, B
    and C, each built more than 12,000, while the other three, D, E and F, each built at least
    6,000": two tier lists with their bounds, the six as population and 52,000 as combined."""
    figures = context.figures
    proposed = len(context.relations)
    counted = {_indexes(r.roles["count"])[0]: n for n, r in enumerate(context.relations) if r.kind == "count"}
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
            roles["total"] = _indexes(context.relations[relation_number].roles["count"])[0]
            if combined is not None and _comparable(figures[combined], figures[tiers[0][1]]):
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
    bounds = [i for i in context.in_span(after_names, end) if figures[i].kind in _QUANTITY_KINDS]
    if not bounds:
        return None
    chosen = _choose_items(split_list(members[0]), int(figures[count].value or 0), False)
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
        count = _indexes(relation.roles.get("count", ()))
        if relation.kind != "count" or relation.open or not count or count[0] >= index:
            continue
        if figures[index].start - figures[count[0]].end > 1500:
            return None
        if len(relation.items) != members:
            continue
        _, end = context.sentence(figures[count[0]].start)
        after = [i for i in context.in_span(figures[count[0]].end, end) if figures[i].kind in _QUANTITY_KINDS]
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
    candidates = [i for i in range(index) if context.figures[i].kind in _QUANTITY_KINDS
                  and pattern.search(context.before(i, 40))]
    return candidates[-1] if len(candidates) == 1 else None


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
        if is_share and not _is_change_percent(context, index):
            # A fraction in words ("a third of the budget") is a rounded proportion: no part/whole arithmetic.
            measured = _part_and_whole(context, index) if figure.kind == "percent" else {}
            roles: dict[str, int | tuple[int, ...]] = {"percent": index, **measured}
            yield ProposedRelation("share", roles, f"{figure.text} is a share of a whole" + (
                f" ({figures_text(context, roles)})" if len(roles) > 1 else ""))


_PART_GAP = re.compile(r"\s*,?\s+(?:or|made\s+up|makes?\s+up|making\s+up|accounting\s+for|accounted\s+for|"
                       r"accounts?\s+for|representing|represented|equal\s+to)\s+(?:about\s+|some\s+|nearly\s+)?")


_NOT_A_HEAD = frozenset("and or in of to for with at on from by above below than while as which that "
                        "this last next its their".split())


def _part_and_whole(context: Context, index: int) -> dict[str, int | tuple[int, ...]]:
    """ "Exports brought in ₹1,240 crore, or 28 percent of revenue": the part is the amount just
    before; the whole is the latest earlier amount the text calls "revenue" (not the old value
    of a change). Both or neither: a share with only one of them checks nothing more."""
    figures = context.figures
    if index == 0 or not _PART_GAP.fullmatch(context.text[figures[index - 1].end:figures[index].start]):
        return {}
    part = index - 1
    noun = re.match(r"\s+of\s+(?:the\s+|its\s+|their\s+|total\s+|all\s+)*([a-z-]{3,})(?:\s+([a-z-]{3,}))?\b",
                    context.after(index, 40), re.IGNORECASE)
    if noun is None or figures[part].kind not in _QUANTITY_KINDS:
        return {}
    head = noun.group(2) if noun.group(2) and noun.group(2).lower() not in _NOT_A_HEAD else noun.group(1)
    olds = {r.roles.get("from") for r in context.relations if r.kind == "change"}
    word = re.compile(rf"\b{re.escape(head)}\b", re.IGNORECASE)  # "of group sales": "sales"
    for candidate in range(part - 1, max(-1, part - 12), -1):
        other = figures[candidate]
        if candidate in olds or other.unit != figures[part].unit or other.kind != figures[part].kind:
            continue
        sentence_start, _ = context.sentence(other.start)
        if word.search(context.text[max(sentence_start, other.start - 80):other.start]):
            return {"part": part, "whole": candidate}
    return {}


def figures_text(context: Context, roles: dict[str, int | tuple[int, ...]]) -> str:
    return ", ".join(f"{role} {context.figures[i].text}" for role, value in roles.items()
                     for i in _indexes(value) if role != "percent")


def _is_change_percent(context: Context, index: int) -> bool:
    return any(r.kind == "change" and r.roles.get("percent") == index for r in context.relations)


def find_orderings(context: Context) -> Iterator[ProposedRelation]:
    """Revenue, added value and profit stated together for the same enterprises and year."""
    seen: set[tuple[int, int]] = set()
    for figure in context.figures:
        if figure.kind != "money":
            continue
        sentence = context.sentence(figure.start)
        if sentence in seen:
            continue
        seen.add(sentence)
        ranked = [(rank, i) for i in context.in_span(*sentence)
                  if (rank := _order_rank(context, i)) is not None]
        ranks = [rank for rank, _ in ranked]
        ranked = [(rank, i) for rank, i in ranked if ranks.count(rank) == 1]  # two "sales": which is which?
        currencies = {context.figures[i].unit for _, i in ranked}
        if len({rank for rank, _ in ranked}) >= 2 and len(currencies) == 1:
            ordered = tuple(i for _, i in sorted(ranked))
            yield ProposedRelation("ordering", {"claims": ordered},
                                   "profit <= added value <= revenue, stated together")


def _order_rank(context: Context, index: int) -> int | None:
    figure = context.figures[index]
    if figure.kind != "money":
        return None
    words = re.match(r"\s+(?:in|of)\s+([a-z ]{3,30})", context.after(index, 40))
    if words is None:
        return None
    phrase = words.group(1)
    for name, rank in ORDER_RANK:
        if re.match(rf"(?:\w+\s+)?{name}\b", phrase):
            return rank
    return None


def find_repeats(context: Context) -> Iterator[ProposedRelation]:
    yield from _callout_repeats(context)
    yield from _restatements(context)


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


def _is_callout(context: Context, index: int) -> bool:
    figure = context.figures[index]
    line_start = context.text.rfind("\n", 0, figure.start) + 1
    line_end = context.text.find("\n", figure.end)
    line_end = len(context.text) if line_end < 0 else line_end
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


Finder = Callable[[Context], Iterator[ProposedRelation]]
# Order matters: tiers read the count relations; shares skip percents already read as changes.
FINDERS: tuple[Finder, ...] = (
    find_conversions, find_changes, find_counts, find_semicolon_lists, find_totals, find_summed_totals,
    find_breakdowns, find_partitions, find_tiers, find_shares, find_orderings, find_repeats,
)
