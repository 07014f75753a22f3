"""Shared helpers: run factlint on a claims YAML (with an inline article) the way the CLI does."""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint.findings import Finding
from factlint.graph import Graph
from factlint.project import load_pair
from factlint.runner import Selection, all_rules, run_rules

REPO = Path(__file__).resolve().parent.parent
SEED_CLAIMS = REPO / "claims" / "000_feb5f9032e01b09c.yaml"
SEED_ARTICLE = REPO / "seeds" / "000_feb5f9032e01b09c.txt"


def check_yaml(tmp_path: Path, text: str, select: tuple[str, ...] = ()) -> list[Finding]:
    """Findings for a claims file given as text (written to tmp_path so paths resolve)."""
    path = tmp_path / "claims.yaml"
    path.write_text(text, encoding="utf-8")
    claims_file, article = load_pair(path)
    return run_rules(Graph(claims_file, article), all_rules(), Selection(select=select))


@pytest.fixture
def run_yaml(tmp_path: Path):
    def run(text: str, select: tuple[str, ...] = ()) -> list[Finding]:
        return check_yaml(tmp_path, text, select)

    return run
