"""JSON: {"findings": [...], "summary": {...}}, stable keys, for scripts and CI."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from factlint.findings import Finding
from factlint.lint.report import Report


def finding_dict(finding: Finding) -> dict[str, Any]:
    article = finding.article
    return {
        "code": finding.code,
        "name": finding.name,
        "severity": finding.severity.value,
        "message": finding.message,
        "claims": list(finding.claims),
        "file": finding.file,
        "line": finding.line,
        "column": finding.column,
        "article": None if article is None else {
            "file": article.file, "line": article.line, "column": article.column,
            "end_line": article.end_line, "end_column": article.end_column,
            "text": article.text, "start": article.start, "end": article.end,
        },
        "evidence": [{"label": e.label, "value": e.value} for e in finding.evidence],
        "fix": finding.fix,
        "fingerprint": finding.fingerprint,
    }


def render(report: Report) -> str:
    counts = Counter(f.severity.value for f in report.findings)
    summary = {
        "files": len(report.files), "claims": report.claims, "relations": report.relations,
        "findings": len(report.findings), "suppressed": report.suppressed,
        **{level: counts.get(level, 0) for level in ("error", "warning", "info")},
        "coverage": [{"article": c.article, "found": c.found, "recorded": c.recorded,
                      "ignored": c.ignored, "cross_checked": c.cross_checked} for c in report.coverage],
    }
    payload = {"findings": [finding_dict(f) for f in report.findings], "summary": summary}
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
