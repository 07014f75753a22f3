"""What a run produced, in the form every reporter reads: findings, the files read, coverage, and
each article's claims, relations and figures located in its text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factlint.findings import Finding
from factlint.registry import Rule

if TYPE_CHECKING:  # a type only: `factlint l10n` reports without loading the claims machinery
    from factlint.claims.coverage import Coverage


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
    body_start: int = 0  # where the article proper starts, after its front matter (metadata)


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


def rules_for(report: Report) -> tuple[Rule, ...]:
    """The checks a report is about: the LOC checks for a translation, the others for articles."""
    from factlint.checks import rules_of  # imports check modules: only for SARIF and JUnit

    translation = report.segments > 0
    return tuple(rule for rule in rules_of(*(("LOC",) if translation else ())) if (rule.stage == "l10n") == translation)
