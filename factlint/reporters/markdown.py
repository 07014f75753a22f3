"""Markdown for a pull-request comment: counts, coverage, a table of findings, evidence on demand.

Text from findings is escaped for GitHub-flavoured Markdown: pipes would end a table cell,
newlines would end the row (they become <br>), `$…$` would render as maths, and `*`, `_`, `<`,
brackets and backticks would turn into formatting, HTML or links.
"""

from __future__ import annotations

import html
import re
from collections import Counter

from factlint.findings import Finding
from factlint.lint.report import Report

_SPECIAL = re.compile(r"([\\`*_\[\]<>|$~&#])")
_NEWLINES = re.compile(r"\r\n|\r|\n")


def escape(text: str) -> str:
    """Inline Markdown that shows `text` literally, on one line (safe inside a table cell)."""
    return _NEWLINES.sub("<br>", _SPECIAL.sub(r"\\\1", text))


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" + ("" if count == 1 or word == "info" else "s")


def heading(report: Report) -> str:
    if not report.findings:
        return "## factlint: no findings"
    counts = Counter(f.severity.value for f in report.findings)
    parts = [_plural(counts.get(level, 0), level) for level in ("error", "warning", "info")]
    return f"## factlint: {', '.join(parts)}"


def scope(report: Report) -> list[str]:
    checked = (f"Checked {_plural(len(report.files), 'file')}: {_plural(report.claims, 'claim')}, "
               f"{_plural(report.relations, 'relation')}.")
    coverage = [f"- {escape(c.article)}: {escape(c.describe())}" for c in report.coverage]
    return [checked, *(["", "Coverage:", *coverage] if coverage else [])]


def row(finding: Finding) -> str:
    claims = f"{finding.file}:{finding.line}:{finding.column} ({', '.join(finding.claims)})"
    article = finding.article
    where = f"{article.file}:{article.line}:{article.column}" if article else "—"
    cells = [finding.severity.value, f"{finding.code} {finding.name}", claims, where, finding.message]
    return "| " + " | ".join(escape(cell) for cell in cells) + " |"


def details(finding: Finding) -> str:
    summary = f"{finding.code} at {finding.file}:{finding.line}:{finding.column}"
    items = [f"- {escape(e.label)}: {escape(e.value)}" for e in finding.evidence]
    if finding.article is not None:
        items.append(f"- article text: {escape(finding.article.text)}")
    if finding.fix:
        items.append(f"- fix: {escape(finding.fix)}")
    # Inside the HTML line Markdown escapes would show literally, so the summary is HTML-escaped;
    # the blank line after it lets GitHub render the list as Markdown.
    return "\n".join([f"<details><summary>{html.escape(summary)}</summary>", "", *items, "", "</details>"])


def render(report: Report) -> str:
    blocks = [heading(report), "\n".join(scope(report))]
    if report.findings:
        table = ["| severity | code | claims | article | message |", "|---|---|---|---|---|",
                 *(row(f) for f in report.findings)]
        blocks += ["\n".join(table), *(details(f) for f in report.findings)]
    else:
        blocks.append("Every figure agrees with the others; nothing to review.")
    return "\n\n".join(blocks) + "\n"
