"""Concise: one line per finding, `path:line:col: CODE severity message`."""

from __future__ import annotations

from factlint.findings import Finding
from factlint.lint.report import Report


def line(finding: Finding) -> str:
    where = f"{finding.file}:{finding.line}:{finding.column}"
    article = finding.article
    at = f" [{article.file}:{article.line}:{article.column}]" if article else ""
    return f"{where}: {finding.code} {finding.severity.value} {finding.message}{at}"


def render(report: Report) -> str:
    return "".join(line(f) + "\n" for f in report.findings)
