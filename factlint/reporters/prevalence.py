"""The prevalence table of a results file (`factlint report summary`): the share of articles with
an error, with a warning, and with each check's findings, with the counts. Text or CSV."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factlint.lint.results import Prevalence

COLUMNS = ("kind", "code", "name", "articles", "of", "share", "findings")
LABELS = {"error": "an error", "warning": "a warning", "info": "an info finding"}


def rows(table: Prevalence, names: Mapping[str, str]) -> Iterator[tuple[str, str, str, int, int, float, int]]:
    """(kind, code, name, articles with it, articles checked, share, findings), widest first within
    each kind: any finding, then each severity, then each check."""
    total = table.articles

    def share(n: int) -> float:
        return n / total if total else 0.0

    articles, findings = table.any_finding
    yield "any", "", "any finding", articles, total, share(articles), findings
    for level, (articles, findings) in table.by_severity.items():
        yield "severity", level, LABELS[level], articles, total, share(articles), findings
    for code, (articles, findings) in table.by_code.items():
        yield "check", code, names.get(code, ""), articles, total, share(articles), findings


def render_text(table: Prevalence, names: Mapping[str, str], source: str) -> str:
    head = f"{source}: {table.articles:,} article(s) checked"
    head += f", {table.unreadable:,} could not be checked" if table.unreadable else ""
    lines = [head, "", f"{'articles with':42} {'articles':>9} {'share':>7} {'findings':>9}"]
    for kind, code, name, articles, _, share, findings in rows(table, names):
        label = f"{code} {name}" if kind == "check" else name
        lines.append(f"{label:42} {articles:>9,} {100 * share:>6.1f}% {findings:>9,}")
        if kind == "any" or (kind == "severity" and code == "info"):
            lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def render_csv(table: Prevalence, names: Mapping[str, str]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in rows(table, names):
        writer.writerow([*row[:5], f"{row[5]:.6f}", row[6]])
    return out.getvalue()
