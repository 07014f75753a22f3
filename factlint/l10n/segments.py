"""Translation segments and what the LOC checks read of them.

A segment is one source text and its translation: a paragraph pair of two plain files, one unit
of an XLIFF or PO file, or the two strings a CAT tool passes. The comparison of its figures is
computed once and read by every LOC check as hits located at the target figure; the engine
(`factlint.lint.translation`) runs the checks and turns the hits into findings.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable
from dataclasses import dataclass

from factlint.findings import Evidence, Hit, Severity
from factlint.l10n.compare import Comparison, compare_texts
from factlint.l10n.locales import normalize_locale


@dataclass(frozen=True, eq=False)
class Segment:
    """One source/target pair and where its target text stands in its file."""

    id: str  # "1" for a paragraph, the unit id for XLIFF/PO
    source: str
    target: str
    source_locale: str  # normalized (locales.normalize_locale)
    target_locale: str
    file: str  # the file findings name (the target, or the XLIFF/PO file)
    line: int  # where the target text starts in that file (1-based)
    column: int = 1
    source_line: int = 1
    source_file: str = ""
    # Plain files: the line index of the target file, to turn offsets into line:column.
    line_starts: tuple[int, ...] | None = None


_COMPARISONS: weakref.WeakKeyDictionary[Segment, Comparison] = weakref.WeakKeyDictionary()


def comparison(segment: Segment) -> Comparison:
    """Computed once per segment: ten checks read it."""
    if segment not in _COMPARISONS:
        _COMPARISONS[segment] = compare_texts(segment.source, segment.source_locale, segment.target,
                                              segment.target_locale)
    return _COMPARISONS[segment]


def text_segments(source: str, target: str, source_locale: str, target_locale: str,
                  source_file: str = "<source>", target_file: str = "<target>") -> list[Segment]:
    """Two plain texts: paragraph by paragraph when they have as many, else as one segment."""
    source_locale, target_locale = normalize_locale(source_locale), normalize_locale(target_locale)
    source_paragraphs = _paragraphs(source)
    target_paragraphs = _paragraphs(target)
    if len(source_paragraphs) != len(target_paragraphs) or not source_paragraphs:
        source_paragraphs, target_paragraphs = [(1, source)], [(1, target)]
    return [Segment(str(number), s_text, t_text, source_locale, target_locale, target_file, t_line,
                    source_line=s_line, source_file=source_file)
            for number, ((s_line, s_text), (t_line, t_text))
            in enumerate(zip(source_paragraphs, target_paragraphs, strict=True), 1)]


def _paragraphs(text: str) -> list[tuple[int, str]]:
    """(first line, text) of each paragraph: text between blank lines."""
    paragraphs: list[tuple[int, str]] = []
    current: list[str] = []
    start = 1
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip():
            if not current:
                start = number
            current.append(line)
        elif current:
            paragraphs.append((start, "\n".join(current)))
            current = []
    if current:
        paragraphs.append((start, "\n".join(current)))
    return paragraphs


def issue_hits(segment: Segment, kind: str) -> Iterable[Hit]:
    """The comparison's issues of one kind as hits, located at the target figure."""
    for issue in comparison(segment).issues:
        if issue.kind != kind:
            continue
        evidence: list[Evidence] = []
        if issue.source is not None:
            where = f"{segment.source_file}:{segment.source_line}" if segment.source_file else "source"
            evidence.append(Evidence(f"source ({where})", " ".join(issue.source.text.split())))
        if issue.target is not None:
            evidence.append(Evidence("target", " ".join(issue.target.text.split())))
        span = (issue.target.start, issue.target.end) if issue.target is not None else None
        severity = None if issue.certain else Severity.INFO  # an unsure reading is shown, not failed
        yield Hit(issue.message, (), tuple(evidence), severity=severity, article_span=span)

