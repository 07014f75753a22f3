"""The scale benchmark on 20 articles: the archive it generates, and a run of the local engines."""

from __future__ import annotations

import importlib.util
import random
import re
import sys
from pathlib import Path
from types import ModuleType

BENCH_PATH = Path(__file__).resolve().parent.parent / "benchmarks" / "bench_scale.py"


def load_bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_scale", BENCH_PATH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


bench = load_bench()


def test_vary_changes_digits_only_and_never_the_front_matter():
    text = "---\npublished: 2024-10-18\n---\nExports rose 18 percent to 412,000 TEUs from 362,000.\n"
    varied = bench.vary(text, random.Random(1))
    assert varied.startswith("---\npublished: 2024-10-18\n---\n")
    assert re.sub(r"\d", "#", varied) == re.sub(r"\d", "#", text)
    assert {bench.vary(text, random.Random(seed)) for seed in range(20)} != {text}


def test_generated_archive_has_distinct_articles(tmp_path):
    archive = bench.generate(tmp_path, 40)
    files = sorted(archive.rglob("*.txt"))
    assert len(files) == 40 and len({f.read_text(encoding="utf-8") for f in files}) == 40


def test_bench_runs_on_20_articles(tmp_path):
    """Both local engines (the Dask engine's agreement is tested in test_archive.py, faster)."""
    engines = "jobs1,jobs2"
    out = tmp_path / "scale.txt"
    assert bench.main(["--sizes", "20", "--engines", engines, "--output", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == f"$ python benchmarks/bench_scale.py --sizes 20 --engines {engines} --output {out}"
    assert re.match(r"\d{4}-\d\d-\d\d, \d+ CPU\(s\), Python 3\.", lines[1])
    rows = [line.split() for line in lines if re.match(r" +20 ", line)]
    assert [row[1] for row in rows] == engines.split(",")
    assert len({row[-1] for row in rows}) == 1  # the same number of findings everywhere
    assert "20 articles: same findings by code on every engine: yes; every article checked: yes" in lines
