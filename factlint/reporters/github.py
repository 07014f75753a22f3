"""GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` annotation per finding.

    ::warning file=seeds/a.txt,line=17,col=115,endLine=17,endColumn=126,title=CHG003 granularity::336 after…

The annotation sits on the figure in the article, which is what a reviewer reads in the diff; the
message names the claim's line in the claims file, where the fix is usually made. There is no
second annotation on the claims file: GitHub shows at most 10 annotations of each level per step,
and doubling every finding would halve what fits (large reports belong in SARIF). A finding the
article cannot place (a stale quote), or whose article is inline in the claims file (no file of
its own), is annotated at the claim instead.

Escaping follows @actions/core: in the message `%`, CR and LF become %25, %0D and %0A; in
property values `:` and `,` also become %3A and %2C. Columns are omitted for a span over several
lines, since GitHub only honours them on a single line.
"""

from __future__ import annotations

from pathlib import PurePath

from factlint.findings import Finding, Severity
from factlint.lint.report import Report

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
INLINE_SUFFIX = "#article"  # pipeline.load_pair names an inline article "<claims file>#article"


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _path(path: str) -> str:
    return PurePath(path).as_posix()  # GitHub matches repository paths with forward slashes


def properties(finding: Finding) -> dict[str, str]:
    article = finding.article
    if article is None or article.file == finding.file + INLINE_SUFFIX:
        where = {"file": _path(finding.file), "line": str(finding.line), "col": str(finding.column)}
    elif article.line == article.end_line:
        where = {"file": _path(article.file), "line": str(article.line), "col": str(article.column),
                 "endLine": str(article.end_line), "endColumn": str(article.end_column)}
    else:
        where = {"file": _path(article.file), "line": str(article.line), "endLine": str(article.end_line)}
    return {**where, "title": f"{finding.code} {finding.name}"}


def message(finding: Finding) -> str:
    claim = f"claims: {', '.join(finding.claims)} ({finding.file}:{finding.line}:{finding.column})"
    lines = [finding.message, claim]
    article = finding.article
    if article is not None:
        lines.append(f'article: {article.file}:{article.line}:{article.column} "{article.text}"')
    lines += [f"{e.label}: {e.value}" for e in finding.evidence]
    if finding.fix:
        lines.append(f"fix: {finding.fix}")
    return "\n".join(lines)


def command(finding: Finding) -> str:
    props = ",".join(f"{key}={escape_property(value)}" for key, value in properties(finding).items())
    return f"::{COMMANDS[finding.severity]} {props}::{escape_data(message(finding))}"


def render(report: Report) -> str:
    return "".join(command(f) + "\n" for f in report.findings)
