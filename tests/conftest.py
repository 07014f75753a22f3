"""Shared helpers: run factlint on a claims YAML (with an inline article) the way the CLI does."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from factlint.claims.graph import Graph
from factlint.findings import Finding, Severity
from factlint.lint.pipeline import load_pair
from factlint.lint.runner import Selection, all_rules, run_rules

REPO = Path(__file__).resolve().parent.parent
SEED_CLAIMS = REPO / "claims" / "000_feb5f9032e01b09c.yaml"
SEED_ARTICLE = REPO / "seeds" / "000_feb5f9032e01b09c.txt"


def check_yaml(tmp_path: Path, text: str, select: tuple[str, ...] = ()) -> list[Finding]:
    """Findings for a claims file given as text (written to tmp_path so paths resolve), or for a
    translation example (`source:`/`target:` with their locales, as the LOC rules document)."""
    if re.search(r"^source:", text, re.MULTILINE):
        return check_translation_yaml(text, select)
    path = tmp_path / "claims.yaml"
    path.write_text(text, encoding="utf-8")
    claims_file, article = load_pair(path)
    return run_rules(Graph(claims_file, article), all_rules(), Selection(select=select))


def check_translation_yaml(text: str, select: tuple[str, ...] = ()) -> list[Finding]:
    from ruamel.yaml import YAML

    from factlint.l10n.segments import text_segments
    from factlint.lint.translation import check_segments

    spec = YAML(typ="safe").load(text)
    segments = text_segments(spec["source"], spec["target"], spec["source_locale"], spec["target_locale"],
                             "source.txt", "target.txt")
    return check_segments(segments, Selection(select=select))


@pytest.fixture
def run_yaml(tmp_path: Path):
    def run(text: str, select: tuple[str, ...] = ()) -> list[Finding]:
        return check_yaml(tmp_path, text, select)

    return run


# DAT001 error, CHG003 warning, PCT001 made info by a severity override, and ANC001 for a quote
# (with a pipe in it) that the article does not have, so that finding has no article location.
MIXED = """\
article:
  text: "The fair opened on Saturday, Oct 18, 2024. The delegation has 336 enterprises, a 6.6 percent
    increase. Exports were 140 percent of the total."
claims:
  - {id: opening, quote: "Saturday, Oct 18, 2024", value: "2024-10-18", unit: date, weekday: Saturday}
  - {id: firms, quote: "336 enterprises", value: "336", unit: count}
  - {id: rise, quote: "6.6 percent", value: "6.6", unit: percent}
  - {id: share, quote: "140 percent", value: "140", unit: percent}
  - {id: ghost, quote: "zebra | crossings numbered 4,200", value: "4200", unit: count}
relations:
  - {kind: change, to: firms, percent: rise, direction: increase}
  - {kind: share, percent: share}
"""
MIXED_SELECTION = Selection(severities={"PCT001": Severity.INFO})
