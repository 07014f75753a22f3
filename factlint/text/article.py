"""The article: its text as published, a line index, and quote search that forgives layout.

Quotes are matched on a normalized view of the text (runs of whitespace, including page-break
gaps and non-breaking spaces, become one space; an escaped dollar `\\$` reads as `$`; curly quotes
read as straight ones) and mapped back to offsets in the original, so every location points at
the text exactly as the file has it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from factlint.errors import InputError
from factlint.limits import ARTICLE_BYTES, read_limited

_TRANSLATE = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)


@dataclass(frozen=True, slots=True)
class Position:
    line: int  # 1-based
    column: int  # 1-based, in Unicode code points


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


# Whitespace runs other than one plain space between words (a leading space, two or more
# characters, a tab, a newline, a no-break space), and the backslash of an escaped dollar
_CHANGING_GAPS = re.compile(r"\A\s+|\s{2,}|[^\S ]|\\(?=\$)")


def normalize_with_map(text: str) -> tuple[str, list[int]]:
    """The normalized text and, for each of its characters, the offset it came from."""
    pieces: list[str] = []
    origin: list[int] = []
    position = 0
    # Only gaps that change something are visited: a lone space between words stays as it is
    # (most of an article's gaps, and visiting each one was most of the cost of a long text).
    for gap in _CHANGING_GAPS.finditer(text):
        pieces.append(text[position:gap.start()])
        origin.extend(range(position, gap.start()))
        # A whitespace run becomes one space (none at the very start); a backslash vanishes.
        if gap.group()[0] != "\\" and origin:
            pieces.append(" ")
            origin.append(gap.start())
        position = gap.end()
    pieces.append(text[position:])
    origin.extend(range(position, len(text)))
    origin.append(len(text))
    return "".join(pieces).translate(_TRANSLATE), origin


def on_token_boundaries(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] neither starts nor ends inside a word or a number.

    "40 percent" is not in "140 percent" nor in "1.40 percent"; "3.5 million" is not in "13.5
    million"; "40 percent" is not in "40 percentage points". A quote found inside a longer token
    would hide exactly the edit that matters.
    """
    first, last = text[start:start + 1], text[end - 1:end]
    before, after = text[start - 1:start] if start else "", text[end:end + 1]
    if first.isalnum() and before.isalnum():
        return False
    if last.isalnum() and after.isalnum():
        return False
    # a digit glued to a decimal point or thousands separator: "1.40", "40.5", "1,400"
    if first.isdigit() and before in (".", ",") and text[start - 2:start - 1].isdigit():
        return False
    return not (last.isdigit() and after in (".", ",") and text[end + 1:end + 2].isdigit())


@lru_cache(maxsize=65536)  # quotes are looked up again and again (drafting, anchoring, coverage)
def normalize(text: str) -> str:
    return normalize_with_map(text)[0].strip()


@dataclass
class Article:
    path: str  # as given, for messages
    text: str
    body_offset: int = 0  # where the text proper starts (after front matter)
    front_matter: str | None = None
    _line_starts: list[int] = field(default_factory=list, repr=False)
    _normalized: tuple[str, list[int]] | None = field(default=None, repr=False)
    # results computed from the text once per article (extraction: drafting and coverage both ask)
    memo: dict[object, object] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._line_starts = [0] + [m.end() for m in re.finditer(r"\r\n|\n|\r", self.text)]

    @classmethod
    def from_text(cls, text: str, path: str = "<inline>") -> Article:
        match = _FRONT_MATTER.match(text)
        if match:
            return cls(path, text, body_offset=match.end(), front_matter=match.group(1))
        return cls(path, text)

    @classmethod
    def read(cls, path: Path, display: str | None = None) -> Article:
        shown = display or str(path)
        try:
            data = read_limited(path, ARTICLE_BYTES, shown)
        except FileNotFoundError:
            raise InputError.at(shown, None, None, "article file not found") from None
        except OSError as error:
            raise InputError.at(shown, None, None, f"cannot read article: {error.strerror}") from None
        return cls.from_text(decode_utf8(data, shown), shown)

    def position(self, offset: int) -> Position:
        line = bisect.bisect_right(self._line_starts, offset) - 1
        return Position(line + 1, offset - self._line_starts[line] + 1)

    @property
    def normalized(self) -> tuple[str, list[int]]:
        if self._normalized is None:
            body = self.text[self.body_offset:]
            flat, origin = normalize_with_map(body)
            self._normalized = (flat, [o + self.body_offset for o in origin])
        return self._normalized

    def find_all(self, quote: str) -> list[Span]:
        """Every place the quote occurs, layout forgiven, as spans of the original text."""
        needle = normalize(quote)
        if not needle:
            return []
        flat, origin = self.normalized
        spans: list[Span] = []
        start = flat.find(needle)
        while start != -1:
            end = start + len(needle)
            if on_token_boundaries(flat, start, end):
                spans.append(Span(origin[start], origin[end - 1] + 1))
            start = flat.find(needle, start + 1)
        return spans

    def flat_span(self, span: Span) -> tuple[int, int]:
        """The normalized-text offsets of an original span (for fuzzy search around it)."""
        _, origin = self.normalized
        return bisect.bisect_left(origin, span.start), bisect.bisect_left(origin, span.end)


def decode_utf8(data: bytes, shown: str) -> str:
    """UTF-8 (a BOM is allowed); anything else is an input error located at the first bad byte."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        before = data[: error.start]
        line = before.count(b"\n") + 1
        # Columns count characters everywhere else, so decode the good part of the line.
        column = len(before[before.rfind(b"\n") + 1:].decode("utf-8-sig", errors="replace")) + 1
        raise InputError.at(
            shown, line, column,
            f"not valid UTF-8 (byte 0x{data[error.start]:02x}): save the file as UTF-8",
        ) from None
