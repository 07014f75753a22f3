"""JSON Lines, one record a line, written as each file is done: a million-article run can be piped,
resumed (`--resume`) and loaded into any table tool.

- `finding`: the fields of `--format json`'s findings, plus `path` (the file checked: a claims file
  or an article) and `article_file` (the article the finding is about);
- `article`: one per checked file, after its findings: its counts by severity and code, and its
  coverage (what `factlint report summary` counts, so a clean article is counted too);
- `error`: a file that could not be checked, and why;
- `summary`: the last line of a run.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import TYPE_CHECKING, Any

from factlint.reporters.json import finding_dict

if TYPE_CHECKING:
    from factlint.lint.batch import Checked, Tally


def render_checked(checked: Checked) -> str:
    """A checked file's lines: its findings, then its article record; or its error record."""
    path = str(checked.path)
    report = checked.report
    if report is None:
        return _line({"record": "error", "path": path, "problems": [str(p) for p in checked.problems]})
    article = report.coverage[0].article if report.coverage else None
    lines = [_line({"record": "finding", "path": path, "article_file": article, **finding_dict(f)})
             for f in report.findings]
    severities = Counter(f.severity.value for f in report.findings)
    lines.append(_line({
        "record": "article", "path": path, "article_file": article, "findings": len(report.findings),
        **{level: severities.get(level, 0) for level in ("error", "warning", "info")},
        "codes": dict(sorted(Counter(f.code for f in report.findings).items())),
        "suppressed": report.suppressed,
        "coverage": [_coverage(c.found, c.recorded, c.cross_checked) | {"ignored": c.ignored}
                     for c in report.coverage],
    }))
    return "".join(lines)


def render_summary(tally: Tally, *, jobs: int, engine: str) -> str:
    return _line({
        "record": "summary", "articles": tally.articles, "with_findings": tally.with_findings,
        "unreadable": tally.unreadable, "skipped": tally.skipped, "findings": tally.findings,
        **{level: tally.by_severity.get(level, 0) for level in ("error", "warning", "info")},
        "by_code": dict(sorted(tally.by_code.items())),
        "coverage": _coverage(tally.found, tally.recorded, tally.cross_checked),
        "seconds": round(tally.seconds, 3), "articles_per_second": round(tally.rate, 2),
        "jobs": jobs, "engine": engine,
    })


def _coverage(found: int, recorded: int, cross_checked: int) -> dict[str, Any]:
    return {"found": found, "recorded": recorded, "cross_checked": cross_checked}


def _line(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"
