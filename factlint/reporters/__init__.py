"""Reporters turn a run's `Report` into one output format each; they never check anything.

`reporter(name)` imports only the format asked for. A reporter reads `factlint.lint.report`
(findings, coverage, the claims and figures of each article) and the rules' metadata; it never
runs a rule, reads a file or decides a severity.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the report model pulls in the engine: `import factlint.cli` needs only FORMATS
    from factlint.lint.report import Report

Reporter = Callable[["Report"], str]


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
# Written file by file as a run goes (reporters/jsonl.py), not rendered from a finished Report:
# `check` only, alone, to stdout or one file.
STREAMING = ("jsonl",)
