"""Suppressions bound to claims, not lines: `ignore: [{code, reason, until}]` on a claim keeps that
check's findings about that claim out of the report. An edit that moves the text keeps them; an
edit that changes the claim's figure does not need to, because the finding is about the claim.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from factlint.claims.graph import Graph
from factlint.claims.model import Claim, Suppression
from factlint.findings import Finding


def is_active(suppression: Suppression, today: dt.date) -> bool:
    return suppression.until is None or suppression.until >= today


def covers(suppression: Suppression, claim: Claim, finding: Finding) -> bool:
    """Does this suppression on `claim` apply to `finding`?"""
    return finding.code == suppression.code and claim.id in finding.claims


def split_suppressed(graph: Graph, findings: Iterable[Finding],
                     today: dt.date) -> tuple[list[Finding], list[Finding]]:
    """(reported, suppressed): a finding is suppressed by an active suppression on a claim it names."""
    active = [(node.claim, s) for node in graph.nodes.values() for s in node.claim.suppressions
              if is_active(s, today)]
    kept: list[Finding] = []
    suppressed: list[Finding] = []
    for finding in findings:
        if any(covers(s, claim, finding) for claim, s in active):
            suppressed.append(finding)
        else:
            kept.append(finding)
    return kept, suppressed
