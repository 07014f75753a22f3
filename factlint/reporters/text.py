"""Text: each finding with its arithmetic and the article line, a caret under the figure."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from factlint.findings import Finding
from factlint.lint.report import Report

if TYPE_CHECKING:
    from factlint.lint.batch import Tally


def _frame(finding: Finding, articles: dict[str, str]) -> list[str]:
    article = finding.article
    if article is None or article.file not in articles:
        return []
    lines = articles[article.file].splitlines()
    if not 0 < article.line <= len(lines):
        return []
    source = lines[article.line - 1]
    start = article.column - 1
    # Long article paragraphs: show a window around the figure, not the whole line.
    left = max(0, start - 60)
    right = min(len(source), start + 80)
    snippet = ("…" if left else "") + source[left:right] + ("…" if right < len(source) else "")
    offset = start - left + (1 if left else 0)
    width = max(1, (article.end_column - article.column) if article.end_line == article.line
                else len(source) - start)
    gutter = f"{article.line} | "
    return [f"  --> {article.file}:{article.line}:{article.column} (characters {article.start}–{article.end})",
            f"  {gutter}{snippet}",
            f"  {' ' * len(gutter)}{' ' * offset}{'^' * min(width, right - start)}"]


def render_finding(finding: Finding, articles: dict[str, str]) -> str:
    head = (f"{finding.file}:{finding.line}:{finding.column}: {finding.code} "
            f"[{finding.severity.value}] {finding.message}")
    body = [f"  claims: {', '.join(finding.claims)}"] if finding.claims else []
    body += [f"  {e.label}: {e.value}" for e in finding.evidence]
    body += _frame(finding, articles)
    if finding.fix:
        body.append(f"  help: {finding.fix}")
    return "\n".join([head, *body])


def render(report: Report) -> str:
    blocks = [render_finding(f, report.articles) for f in report.findings]
    counts = Counter(f.severity.value for f in report.findings)
    checked = (f"{report.segments} segment(s)" if report.segments else
               f"{len(report.files)} file(s), {report.claims} claims, {report.relations} relations")
    summary = (f"{checked}: {counts.get('error', 0)} error(s), {counts.get('warning', 0)} "
               f"warning(s), {counts.get('info', 0)} info"
               + (f" ({report.suppressed} suppressed)" if report.suppressed else ""))
    coverage = [f"coverage {c.article}: {c.describe()}" for c in report.coverage]
    return "\n\n".join([*blocks, "\n".join([summary, *coverage])]) + "\n"


def render_run(tally: Tally, *, jobs: int, engine: str) -> str:
    """The summary of a run over many files, after their report."""
    checked = tally.articles + tally.unreadable
    share = f" ({100 * tally.with_findings / tally.articles:.1f}%)" if tally.articles else ""
    coverage = (f"{tally.recorded}/{tally.found} figures recorded ({100 * tally.recorded / tally.found:.1f}%), "
                f"{tally.cross_checked} cross-checked in a relation" if tally.found else "no figures found")
    codes = ", ".join(f"{code} {n}" for code, n in sorted(tally.by_code.items(), key=lambda kv: (-kv[1], kv[0])))
    lines = [
        f"run: {tally.articles} of {checked} file(s) checked in {tally.seconds:.1f} s "
        f"({tally.rate:.1f} articles/s, {engine}, {jobs} job(s))"
        + (f"; {tally.unreadable} could not be checked" if tally.unreadable else "")
        + (f"; {tally.skipped} skipped as already done" if tally.skipped else ""),
        f"  with findings: {tally.with_findings}{share}",
        f"  findings by code: {codes or 'none'}",
        f"  coverage: {coverage}",
    ]
    return "\n".join(lines) + "\n"
