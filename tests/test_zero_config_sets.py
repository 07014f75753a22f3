"""Zero-config finds every documented inconsistency of the seed and holdout articles, and nothing else.

The articles and their `expected.json` were written by sessions that never saw the inference code;
`benchmarks/results/` keeps their first-run scores. This pins today's behaviour so that a change to
extraction or inference that loses a finding, or adds a false alarm, fails.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SPEC = importlib.util.spec_from_file_location("bench_zero_config", REPO / "benchmarks" / "bench_zero_config.py")
assert SPEC and SPEC.loader
bench = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(bench)

CASES = [(folder, name, entries) for folder in bench.SETS
         for name, entries in json.loads((folder / "expected.json").read_text(encoding="utf-8")).items()]


@pytest.mark.parametrize(("folder", "name", "entries"), CASES, ids=[c[1].rsplit("/", 1)[-1] for c in CASES])
def test_every_documented_inconsistency_is_found_and_nothing_else(folder: Path, name: str, entries: list) -> None:
    article = folder / name if (folder / name).exists() else REPO / name
    found, missed, alarms = bench.score_article(article, entries)
    assert missed == []
    assert alarms == []
    assert found == len(entries)
