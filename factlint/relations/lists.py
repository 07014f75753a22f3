"""Counted lists: a stated count followed by its list (after a colon, between dashes, after
"including" or in the next sentence's "They encompass ..."), or by a list set off by semicolons."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from factlint.relations.context import Context, ProposedRelation, indexes

_LIST_VERB = r"(?:encompass|encompasses|include|includes|are|cover|covers|comprise|comprises|span|spans)"
_LIST_INTRO = re.compile(
    rf"\s*(?::|[—–]|--|,?\s+(?:including|namely|such as)\b|\s+{_LIST_VERB}\s|"
    rf"\.\s+(?:They|These|Those|It)\s+{_LIST_VERB}\b)\s*", re.IGNORECASE)
_OPEN_LIST = re.compile(r"including|such as", re.IGNORECASE)

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
            chosen = choose_items(items, counted, is_open)
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


NAME_WORDS = r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w'’.-]*)*"


def _cut_name_run(body: str) -> str:
    """A list of names ends where the names do: "Italy, Pakistan, Peru and Thailand joined the
    tour and visited ..., capital of ..." -> "Italy, Pakistan, Peru and Thailand"."""
    pieces = [p.strip() for p in body.split(",")]
    if len(pieces) < 3 or not all(_is_name(p) for p in pieces[:2]):
        return body
    for number, piece in enumerate(pieces):
        if not _is_name(re.sub(r"^and\s+", "", piece)):
            last = re.match(rf"(?:and\s+)?({NAME_WORDS})", piece)
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
    counted = {indexes(r.roles["count"])[0] for r in context.relations if r.kind == "count"}
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


def choose_items(readings: list[list[str]], counted: int, is_open: bool) -> list[str] | None:
    """The reading whose length the stated count allows; if none does, the first (a finding).
    Items may group members ("defenders A and B"): reading each "and" as a separator counts too."""
    if readings:
        split = [part.strip() for item in readings[0] for part in re.split(r"\s+and\s+", item)]
        readings = [*readings, split]
    for items in readings:
        if len(items) == counted or (is_open and len(items) <= counted):
            return items
    return readings[0] if readings else None
