"""Reporters turn findings into one output format each; they never check anything."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from factlint.findings import Finding


@dataclass(frozen=True)
class Report:
    """What a run produced, for every reporter: findings plus the files that were read."""

    findings: Sequence[Finding]
    files: Sequence[str]  # claims files checked
    claims: int  # claims checked
    relations: int
    articles: dict[str, str]  # article path -> its text, for code frames


Reporter = Callable[[Report], str]


def reporter(name: str) -> Reporter:
    if name == "json":
        from factlint.reporters.json import render
    elif name == "concise":
        from factlint.reporters.concise import render
    else:
        from factlint.reporters.text import render
    return render


FORMATS = ("text", "concise", "json")
