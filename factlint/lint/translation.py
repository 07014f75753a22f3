"""Run the LOC checks over translation segments and locate their findings like any other finding:
at the target figure (file, line, column, character span), with the source figure as evidence.
"""

from __future__ import annotations

from collections.abc import Iterable

from factlint.findings import ArticleLocation, Finding, Hit, fingerprint
from factlint.l10n.segments import Segment
from factlint.lint.runner import RuleCrashedError, Selection
from factlint.registry import Rule


def l10n_rules() -> tuple[Rule, ...]:
    from factlint.checks import rules_of  # the LOC family only: the others need the article scanner

    return tuple(rule for rule in rules_of("LOC") if rule.stage == "l10n")


def check_segments(segments: Iterable[Segment], selection: Selection | None = None) -> list[Finding]:
    selection = selection or Selection()
    rules = [rule for rule in l10n_rules() if selection.wants(rule)]
    findings: list[Finding] = []
    for segment in segments:
        for rule in rules:
            options = {**rule.options, **selection.options.get(rule.code, {})}
            try:
                hits = list(rule.check(segment, options))
            except Exception as error:
                raise RuleCrashedError(rule, error) from error
            findings += [locate(segment, rule, hit, selection) for hit in hits]
    return sorted(findings, key=Finding.sort_key)


def locate(segment: Segment, rule: Rule, hit: Hit, selection: Selection) -> Finding:
    line, column = segment.line, segment.column
    article = None
    if hit.article_span is not None:
        start, end = hit.article_span
        line, column = _position(segment, start)
        end_line, end_column = _position(segment, max(start, end - 1))
        text = " ".join(segment.target[start:end].split())
        article = ArticleLocation(segment.file, line, column, end_line, end_column + 1, text, start, end)
    quotes = (segment.id, *(e.value for e in hit.evidence))
    return Finding(code=rule.code, name=rule.name,
                   severity=selection.severities.get(rule.code) or hit.severity or rule.severity,
                   message=hit.message, claims=(f"segment {segment.id}",), file=segment.file, line=line,
                   column=column, article=article, evidence=hit.evidence, fix=hit.fix,
                   fingerprint=fingerprint(rule.code, (segment.id,), quotes))


def _position(segment: Segment, offset: int) -> tuple[int, int]:
    """Line and column in the file of an offset in the segment's target text."""
    before = segment.target[:offset]
    lines = before.count("\n")
    if lines == 0:
        return segment.line, segment.column + offset
    return segment.line + lines, offset - before.rfind("\n")
