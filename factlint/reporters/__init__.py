"""Reporters turn a run's `Report` into one output format each; they never check anything.

`reporter(name)` imports only the format asked for. A reporter reads `factlint.lint.report`
(findings, coverage, the claims and figures of each article) and the rules' metadata; it never
runs a rule, reads a file or decides a severity.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from factlint.lint.report import Report

Reporter = Callable[[Report], str]


def rules_for(report: Report) -> tuple[Any, ...]:
    """The checks a report is about: the LOC checks for a translation, the others for articles."""
    from factlint.lint.runner import all_rules  # imports every check module: only for SARIF and JUnit

    translation = report.segments > 0
    return tuple(rule for rule in all_rules() if (rule.stage == "l10n") == translation)


def reporter(name: str) -> Reporter:
    if name == "json":
        from factlint.reporters.json import render
    elif name == "concise":
        from factlint.reporters.concise import render
    elif name == "sarif":
        from factlint.reporters.sarif import render
    elif name == "junit":
        from factlint.reporters.junit import render
    elif name == "github":
        from factlint.reporters.github import render
    elif name == "markdown":
        from factlint.reporters.markdown import render
    elif name == "html":
        from factlint.reporters.html import render
    else:
        from factlint.reporters.text import render
    return render


FORMATS = ("text", "concise", "json", "sarif", "junit", "github", "markdown", "html")
