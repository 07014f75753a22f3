"""Reporters turn findings into one output format each; they never check anything."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from factlint.findings import Finding


@dataclass(frozen=True)
class Coverage:
    """How many of an article's figures the claims record: the recognition rate."""

    article: str  # the article's path
    found: int  # figures extraction finds in the article
    recorded: int  # of those, figures a claim records
    ignored: int  # of those, figures the claims file lists as deliberately not recorded

    @property
    def accounted(self) -> int:
        return self.recorded + self.ignored

    def describe(self) -> str:
        if not self.found:
            return "no figures found"
        percent = 100 * self.recorded / self.found
        ignored = f", {self.ignored} ignored" if self.ignored else ""
        return f"{self.recorded}/{self.found} figures recorded ({percent:.1f}%){ignored}"


@dataclass(frozen=True)
class ClaimView:
    """A claim as reporters show it: what it records and where its figure stands in the article."""

    id: str
    quote: str
    value: str
    unit: str
    hedge: str | None
    line: int  # in the claims file
    start: int | None  # the figure in the article (character offsets), None when not anchored
    end: int | None


@dataclass(frozen=True)
class RelationView:
    kind: str
    id: str | None
    claims: tuple[str, ...]  # every claim the relation names
    line: int  # in the claims file


@dataclass(frozen=True)
class FigureView:
    """A figure extraction found in the article, recorded by a claim or not."""

    start: int
    end: int
    kind: str
    text: str


@dataclass(frozen=True)
class Document:
    """One checked article with its claims: what an HTML view needs to mark every figure."""

    article: str
    claims_file: str  # the claims file, or the article itself for a zero-config check
    claims: tuple[ClaimView, ...]
    relations: tuple[RelationView, ...]
    figures: tuple[FigureView, ...]


@dataclass(frozen=True)
class Report:
    """What a run produced, for every reporter: findings plus the files that were read."""

    findings: Sequence[Finding]
    files: Sequence[str]  # claims files checked (or articles, for a zero-config check)
    claims: int  # claims checked
    relations: int
    articles: dict[str, str]  # article path -> its text, for code frames
    coverage: Sequence[Coverage] = ()  # one per article, in the order checked
    documents: Sequence[Document] = ()  # one per article, in the order checked
    suppressed: int = 0  # findings kept out by `ignore:` on claims
    segments: int = 0  # translation segments compared (`factlint l10n`)


Reporter = Callable[[Report], str]


def rules_for(report: Report) -> tuple[Any, ...]:
    """The checks a report is about: the LOC checks for a translation, the others for articles."""
    from factlint.runner import all_rules  # imports every check module: only for SARIF and JUnit

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
