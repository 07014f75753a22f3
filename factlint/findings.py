"""Findings: what a check reports, located in the claims file and the article (Vale's alert model).

A check yields `Hit`s (message, claims, evidence); the runner turns each into a `Finding` with
the rule's code and severity and the locations of the first claim it names. A finding's
fingerprint depends on the code, the claim ids and the normalized quotes, never on line numbers,
so baselines and SARIF alerts survive edits that only move text.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from enum import Enum


class Severity(Enum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return ("info", "warning", "error").index(self.value)

    def __ge__(self, other: Severity) -> bool:
        return self.rank >= other.rank

    def __lt__(self, other: Severity) -> bool:
        return self.rank < other.rank


@dataclass(frozen=True, slots=True)
class Evidence:
    label: str  # "implied CNY/USD from gz-bio-target"
    value: str  # "7.10099–7.10152"


@dataclass(frozen=True)
class Hit:
    """What a check says; the engine adds code, locations and fingerprint."""

    message: str
    claims: tuple[str, ...]
    evidence: tuple[Evidence, ...] = ()
    severity: Severity | None = None  # None: the rule's default
    fix: str | None = None  # a short imperative: "Record 336, as the text says"
    article_span: tuple[int, int] | None = None  # override: point at this text instead
    claims_position: tuple[int, int] | None = None  # override: this line and column of the claims file


@dataclass(frozen=True, slots=True)
class ArticleLocation:
    file: str
    line: int
    column: int
    end_line: int
    end_column: int
    text: str  # the figure or quote as the article writes it
    start: int = 0  # character offsets into the article file, end exclusive
    end: int = 0


@dataclass(frozen=True)
class Finding:
    code: str
    name: str
    severity: Severity
    message: str
    claims: tuple[str, ...]
    file: str  # the claims file
    line: int
    column: int
    article: ArticleLocation | None
    evidence: tuple[Evidence, ...] = ()
    fix: str | None = None
    fingerprint: str = field(default="")

    def sort_key(self) -> tuple:
        return (self.file, self.line, self.column, self.code, self.claims)


def fingerprint(code: str, claim_ids: tuple[str, ...], quotes: tuple[str, ...]) -> str:
    material = "\x1f".join([code, *claim_ids, *(" ".join(q.split()).lower() for q in quotes)])
    return hashlib.sha256(material.encode()).hexdigest()[:16]
