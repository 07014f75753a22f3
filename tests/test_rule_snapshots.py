"""What each rule says about its documented example, compared with a reviewed text snapshot.

Set FACTLINT_UPDATE_SNAPSHOTS=1 to rewrite the snapshots, then review the diff before committing.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from factlint.lint.report import Report
from factlint.lint.runner import all_rules
from factlint.reporters.concise import render

SNAPSHOTS = Path(__file__).parent / "snapshots" / "rules"


def own_selection(rule):
    """The rule alone; review rules (suppressions) judge other checks' findings, so all run."""
    return () if rule.stage == "review" else (rule.code,)


@pytest.mark.parametrize("rule", all_rules(), ids=lambda r: r.code)
def test_example_output_matches_snapshot(rule, run_yaml, tmp_path):
    findings = run_yaml(rule.example("Example"), select=own_selection(rule))
    text = render(Report(findings, [], 0, 0, {})).replace(str(tmp_path) + os.sep, "")
    snapshot = SNAPSHOTS / f"{rule.code}.txt"
    if os.environ.get("FACTLINT_UPDATE_SNAPSHOTS"):
        snapshot.parent.mkdir(parents=True, exist_ok=True)
        snapshot.write_text(text, encoding="utf-8")
    assert text == snapshot.read_text(encoding="utf-8")
