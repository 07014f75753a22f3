"""Coverage: which of an article's figures the claims file accounts for.

A figure is recorded when a claim's anchored figure overlaps it, and ignored when the claims file
lists it under `ignored_figures` with a reason. Everything else is unchecked: the COV checks
report it, and every report states recorded / found (the recognition rate).
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass

from factlint.claims.graph import Graph
from factlint.claims.model import IgnoredFigure
from factlint.text.article import Span
from factlint.text.extract import ExtractedFigure, extract_from_article


@dataclass(frozen=True)
class Coverage:
    """How many of an article's figures the claims record: the recognition rate."""

    article: str  # the article's path
    found: int  # figures extraction finds in the article
    recorded: int  # of those, figures a claim records
    ignored: int  # of those, figures the claims file lists as deliberately not recorded
    cross_checked: int = 0  # of the recorded, figures a relation ties to another figure

    @property
    def accounted(self) -> int:
        return self.recorded + self.ignored

    def describe(self) -> str:
        if not self.found:
            return "no figures found"
        percent = 100 * self.recorded / self.found
        ignored = f", {self.ignored} ignored" if self.ignored else ""
        return (f"{self.recorded}/{self.found} figures recorded ({percent:.1f}%){ignored}; "
                f"{self.cross_checked} of {self.recorded} cross-checked in a relation")



@dataclass(frozen=True)
class CoverageResult:
    coverage: Coverage
    figures: tuple[ExtractedFigure, ...]  # every figure of the article, for reporters too
    unaccounted: tuple[ExtractedFigure, ...]
    unused_ignores: tuple[IgnoredFigure, ...]  # quotes that are not there, or hold no figure


_RESULTS: weakref.WeakKeyDictionary[Graph, CoverageResult] = weakref.WeakKeyDictionary()


def coverage_of(graph: Graph) -> CoverageResult:
    """Computed once per graph: two checks and the report all ask for it."""
    if graph not in _RESULTS:
        _RESULTS[graph] = _compute(graph)
    return _RESULTS[graph]


def _compute(graph: Graph) -> CoverageResult:
    figures = extract_from_article(graph.article)
    recorded_spans = [n.anchor.mention_span for n in graph.nodes.values() if n.anchor.mention_span]
    related = related_claims(graph)
    related_spans = [n.anchor.mention_span for n in graph.nodes.values() if n.anchor.mention_span and n.id in related]
    ignored_spans: list[Span] = []
    unused: list[IgnoredFigure] = []
    for entry in graph.claims_file.ignored_figures:
        span = _ignored_span(graph, entry)
        if span is None or not any(_overlaps(span, f) for f in figures):
            unused.append(entry)
        else:
            ignored_spans.append(span)
    recorded = ignored = cross_checked = 0
    unaccounted: list[ExtractedFigure] = []
    for figure in figures:
        if any(_overlaps(span, figure) for span in recorded_spans):
            recorded += 1
            cross_checked += any(_overlaps(span, figure) for span in related_spans)
        elif any(_overlaps(span, figure) for span in ignored_spans):
            ignored += 1
        else:
            unaccounted.append(figure)
    coverage = Coverage(graph.article.path, len(figures), recorded, ignored, cross_checked)
    return CoverageResult(coverage, tuple(figures), tuple(unaccounted), tuple(unused))


def related_claims(graph: Graph) -> set[str]:
    """Claims some relation names: figures checked against other figures, not only recorded."""
    related = {claim for relation in graph.relations for ids in relation.refs.values() for claim in ids}
    related |= {tier.each for relation in graph.relations for tier in relation.tiers}
    return related


def _ignored_span(graph: Graph, entry: IgnoredFigure) -> Span | None:
    spans = graph.article.find_all(entry.quote)
    index = (entry.occurrence or 1) - 1
    return spans[index] if index < len(spans) else None


def _overlaps(span: Span, figure: ExtractedFigure) -> bool:
    return span.start < figure.end and figure.start < span.end
