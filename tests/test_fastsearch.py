"""`fast_finditer` finds exactly what `finditer` finds: every scanner pattern, on every article the
project holds, match for match (span, groups and their spans), and on text built to trip it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from factlint.text.fastsearch import END, Searcher, fast_finditer, faster, first_chars
from factlint.text.scan import PATTERNS

REPO = Path(__file__).resolve().parent.parent
TEXTS = sorted({*REPO.glob("seeds/*.txt"), *REPO.glob("tests/fixtures/**/*.txt"), *REPO.glob("tests/fixtures/**/*.md"),
                *REPO.glob("benchmarks/corpora/*/*.txt"), *(REPO.parent / "shared" / "corpus" / "news").glob("*.txt")})
# Case folding beyond ASCII (Kelvin sign, long s, dotted I), figures glued to words, at the edges
TRICKY = ("\u212a\u017f\u0130 K 5 km 5\u212am ſeven ſix İn March 1,5 3-5 percent $3bn US$2 "
          "Rs. 12 lakh 2024/25 FY24 Q3 H1 ranked first the third 1st No. 1 two-thirds one in 10 "
          "half of it 3\u00a0000 Jan.-Mar. 2019-20 1990s 12th twice 5-fold 50 km 7 years a two-year 9")


def found(pattern: re.Pattern[str], text: str, fast: bool) -> list[tuple]:
    if not fast:
        return [(m.span(), m.groupdict(), {g: m.span(g) for g in pattern.groupindex}) for m in pattern.finditer(text)]
    return [((start, end), {k: v for k, v in m.groupdict().items() if k != END},
             {g: m.span(g) for g in pattern.groupindex}) for start, end, m in fast_finditer(pattern, text)]


def test_the_texts_are_there():
    assert len(TEXTS) > 150


@pytest.mark.parametrize("number", range(len(PATTERNS)))
def test_every_scanner_pattern_finds_what_finditer_finds(number: int):
    pattern = PATTERNS[number][1]
    assert faster(pattern) is not None, "every scanner pattern has a derivable first character"
    for path in TEXTS:
        text = path.read_text(encoding="utf-8")
        assert found(pattern, text, True) == found(pattern, text, False), path
    for text in (TRICKY, TRICKY.upper(), TRICKY.lower(), TRICKY[1:-1]):
        assert found(pattern, text, True) == found(pattern, text, False), text


@pytest.mark.parametrize("source, flags, starts", [
    (r"\bcat|dog", re.IGNORECASE, "CDcd"),
    (r"(?<!\w)(?-i:Q)[1-4]", re.IGNORECASE, "Q"),
    (r"(?:a?b)+c", 0, "ab"),
    (r"\d{1,3}(?:,\d{3})*", 0, "0123456789"),
])
def test_first_characters(source: str, flags: int, starts: str):
    from re import _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(source, flags)
    result = first_chars(list(parsed.data), parsed.state.flags)
    assert result is not None and not result[1]
    assert result[0] == set(starts)


@pytest.mark.parametrize("source", [r"a*", r"(?:x|)", r"[^a]b", r".b", r"(?x) a b"])
def test_patterns_beyond_the_analysis_fall_back_to_finditer(source: str):
    pattern = re.compile(source)
    assert faster(pattern) is None
    text = "aab xb aa b  ab"
    assert [m.span() for m in pattern.finditer(text)] == [(s, e) for s, e, _ in fast_finditer(pattern, text)]


def test_case_folding_outside_ascii_is_kept():
    pattern = re.compile(r"\bkm\b|\bsix\b", re.IGNORECASE)
    text = "5 \u212am and \u017fix, KM, Six"
    assert [m.span() for m in pattern.finditer(text)] == [(s, e) for s, e, _ in fast_finditer(pattern, text)]
    assert len(list(fast_finditer(pattern, text))) == 4


def test_windows_of_the_text_as_finditer_reads_them():
    """pos and endpos: a lookbehind still sees before pos, the text ends at endpos."""
    from factlint.relations.cues import _CUE
    from factlint.text.directions import DIRECTION_WORD

    for pattern in (DIRECTION_WORD, _CUE, *(p for _, p in PATTERNS[::5])):
        searcher = Searcher(pattern)
        assert faster(pattern) is not None
        for path in TEXTS[::7]:
            text = path.read_text(encoding="utf-8")
            for pos in range(0, len(text), 97):
                endpos = pos + 60 + pos % 120
                expected = [(m.span(), m.groups()) for m in pattern.finditer(text, pos, endpos)]
                got = [((s, e), m.groups()[:-1]) for s, e, m in searcher.finditer(text, pos, endpos)]
                assert got == expected, (path, pos, endpos)
