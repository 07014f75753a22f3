"""The matches of a regular expression, found as `finditer` finds them, but faster on long text.

Python's regular-expression engine tries a pattern at every position of the text unless the
pattern begins with a literal or with a character set it can scan for in a tight loop, and it
gives that loop up for a pattern that begins with a lookaround or a word boundary, or with a
cased letter under IGNORECASE: exactly how the scanner's patterns begin. Trying each pattern at
every position was most of the time of scanning an article.

`fast_finditer` derives, from the pattern's parse tree, the ASCII characters a match can begin
with (every non-ASCII character is kept as a possible start, so case folding such as the Kelvin
sign's 'k' can never be missed), and searches with an equivalent pattern that begins with that
set, case-sensitively, so that the engine's fast loop applies:

    [first characters](?<=(?=PATTERN(?P<_end>))(?s:.))

It consumes a possible first character, steps back over it and matches the whole pattern there
as a lookahead: at each position the same first way of matching the pattern is found as
`finditer` finds (a lookaround keeps the first match, as a search does), with the same groups;
a lookbehind in the pattern still sees the text before the position. The empty group `_end`
gives the end of the match; the search resumes there, as `finditer` does. A pattern whose first
characters cannot be derived, or that can match the empty string, is searched with `finditer`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from re import _constants as sre  # type: ignore[attr-defined]  # the parser's op codes
from re import _parser  # type: ignore[attr-defined]
from typing import Any

END = "_end"  # the group that marks where a match of the wrapped pattern ends
ASCII = tuple(chr(code) for code in range(128))
# Zero-width items: they only narrow where a match may begin, never widen it.
ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
CATEGORIES = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_WORD: r"\w", sre.CATEGORY_SPACE: r"\s"}

# (the ASCII characters a match may begin with, whether the items may match the empty string),
# or None where an item is beyond this analysis
FirstChars = tuple[frozenset[str], bool] | None


class Searcher:
    """A pattern and its faster equivalent, derived on first use (compiling it is not free)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.fast: re.Pattern[str] | None = None
        self.derived = False

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None
                 ) -> Iterator[tuple[int, int, re.Match[str]]]:
        """(start, end, match) of every match `pattern.finditer(text, pos, endpos)` yields, in its
        order. The match's named groups and numbered groups are the pattern's (plus `_end`, empty,
        last); its own span is not the pattern's."""
        if not self.derived:
            self.fast, self.derived = faster(self.pattern), True
        stop = len(text) if endpos is None else endpos
        if self.fast is None:
            for match in self.pattern.finditer(text, pos, stop):
                yield match.start(), match.end(), match
            return
        search, position = self.fast.search, pos
        while (match := search(text, position, stop)) is not None:
            end = match.end(END)
            yield match.start(), end, match
            position = end  # never the match's start: the pattern cannot match the empty string


def fast_finditer(pattern: re.Pattern[str], text: str) -> Iterator[tuple[int, int, re.Match[str]]]:
    """`Searcher(pattern).finditer(text)`, for a pattern used once."""
    return Searcher(pattern).finditer(text)


@cache
def faster(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The equivalent pattern that begins with its first characters, or None (use the pattern)."""
    if END in pattern.groupindex or pattern.flags & (re.VERBOSE | re.ASCII | re.LOCALE):
        return None
    if pattern.pattern.startswith("(?") and re.match(r"\(\?[aiLmsux]+\)", pattern.pattern):
        return None  # a global inline flag must stay first in the pattern
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    first = first_chars(list(parsed.data), parsed.state.flags)
    if first is None or first[1]:
        return None
    starts = re.escape("".join(sorted(first[0])))
    return re.compile(rf"(?-i:[{starts}\x80-\U0010ffff])(?<=(?=(?:{pattern.pattern})(?P<{END}>))(?s:.))",
                      pattern.flags)


def first_chars(items: list[tuple[Any, Any]], flags: int) -> FirstChars:
    """The ASCII characters a match of these parsed items may begin with, and whether they may
    match the empty string (then what follows them may begin the match too)."""
    found: set[str] = set()
    for op, value in items:
        if op in ZERO_WIDTH:
            continue
        step = _item_first_chars(op, value, flags)
        if step is None:
            return None
        found |= step[0]
        if not step[1]:
            return frozenset(found), False
    return frozenset(found), True


def _item_first_chars(op: Any, value: Any, flags: int) -> FirstChars:
    if op is sre.LITERAL:
        return _matching(re.escape(chr(value)), flags), False
    if op is sre.IN:
        return _set_first_chars(value, flags)
    if op is sre.SUBPATTERN:
        _, add, remove, sub = value
        return first_chars(list(sub.data), (flags | add) & ~remove)
    if op is sre.ATOMIC_GROUP:
        return first_chars(list(value.data), flags)
    if op is sre.BRANCH:
        alternatives = [first_chars(list(alternative.data), flags) for alternative in value[1]]
        if any(a is None for a in alternatives):
            return None
        return (frozenset().union(*(a[0] for a in alternatives if a)),
                any(a[1] for a in alternatives if a))
    if op in REPEATS:
        low, _, sub = value
        inner = first_chars(list(sub.data), flags)
        return None if inner is None else (inner[0], inner[1] or low == 0)
    return None  # any character, a back reference, ...: no useful set


def _set_first_chars(items: list[tuple[Any, Any]], flags: int) -> FirstChars:
    """A character set: the ASCII characters matching one of its items (a negated set: None)."""
    found: set[str] = set()
    for op, value in items:
        if op is sre.LITERAL:
            found |= _matching(re.escape(chr(value)), flags)
        elif op is sre.RANGE:
            found |= _matching(f"[{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}]", flags)
        elif op is sre.CATEGORY and value in CATEGORIES:
            found |= _matching(CATEGORIES[value], flags)
        else:
            return None
    return frozenset(found), False


@cache
def _matching(source: str, flags: int) -> frozenset[str]:
    """The ASCII characters a one-character expression matches, case folding as the engine does."""
    compiled = re.compile(source, flags & re.IGNORECASE)
    return frozenset(c for c in ASCII if compiled.fullmatch(c))
