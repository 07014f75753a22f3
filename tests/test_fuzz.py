"""Every reader, fuzzed: the short profile (derandomized, so a run is repeatable), the crashes the
long profile found kept as regressions, and the oracle itself shown able to fail.

The property (tests/fuzzing.py): exit 0/1 with output that parses in its format, or exit 2 with a
located message; never an internal error, a traceback or a hang. The long profile is
`python benchmarks/fuzz_long.py` (10⁵ cases, benchmarks/results/fuzz.txt).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fuzzing import REGRESSIONS, STRATEGIES, Case, Outcome, run_case, verdict
from hypothesis import HealthCheck, given, settings

# Cases per reader, chosen so the whole profile stays well under 20 s on a 2-core machine.
SHORT_PROFILE = {"article": 25, "claims": 80, "config": 40, "xliff12": 30, "xliff20": 30, "po": 30, "cli": 60}


def _fuzz_test(reader: str):
    @settings(max_examples=SHORT_PROFILE[reader], derandomize=True, database=None, deadline=None,
              suppress_health_check=list(HealthCheck))
    @given(case=STRATEGIES[reader])
    def test(case: Case, tmp_path_factory: pytest.TempPathFactory) -> None:
        outcome = run_case(case, base=tmp_path_factory.getbasetemp())
        assert outcome.problem is None, f"{outcome.problem}\n{case.to_json()[:2000]}"

    test.__doc__ = f"{reader}: a short derandomized profile of the fuzz property."
    return test


test_fuzz_article = _fuzz_test("article")
test_fuzz_claims = _fuzz_test("claims")
test_fuzz_config = _fuzz_test("config")
test_fuzz_xliff12 = _fuzz_test("xliff12")
test_fuzz_xliff20 = _fuzz_test("xliff20")
test_fuzz_po = _fuzz_test("po")
test_fuzz_cli = _fuzz_test("cli")


@pytest.mark.parametrize("path", sorted(REGRESSIONS.glob("*.json")), ids=lambda p: p.stem)
def test_fuzz_regression(path: Path, tmp_path: Path) -> None:
    """Each crash a fuzz run found, kept as its input: it must now hold the property."""
    case = Case.from_json(path.read_text(encoding="utf-8"))
    outcome = run_case(case, base=tmp_path)
    assert outcome.problem is None, outcome.problem


def test_regressions_are_kept() -> None:
    """The regression folder is not empty: the fixtures are what the fixes were made against."""
    assert len(list(REGRESSIONS.glob("*.json"))) >= 3


# --- the oracle can fail ----------------------------------------------------------------------------

@pytest.mark.parametrize(("argv", "outcome", "expected"), [
    (("check", "a.yaml"), Outcome(2, "", "factlint: internal error: ValueError: x\n"), "crash"),
    (("check", "a.yaml"), Outcome(2, "", "Traceback (most recent call last):\n"), "crash"),
    (("check", "a.yaml"), Outcome(2, "", "something went wrong\n"), "without a located message"),
    (("check", "a.yaml"), Outcome(3, "", ""), "exit code 3"),
    (("extract", "a.md"), Outcome(1, "", ""), "exit 1 from extract"),
    (("check", "a.yaml", "--format", "json"), Outcome(1, "{\"findings\": [", ""), "not valid json"),
    (("check", "a.yaml", "--format", "sarif"), Outcome(0, "{}", ""), "not valid sarif"),
    (("check", "a.yaml", "--format", "junit"), Outcome(0, "<testsuites><x></testsuites>", ""), "not valid junit"),
    (("check", "a.yaml", "--format", "github"), Outcome(1, "::error ::a\n::set-output x\n", ""), "not valid github"),
    (("check", "a.yaml", "--format", "html"), Outcome(1, "<html><body>", ""), "not valid html"),
    (("check", "a.yaml", "--out-dir", "r"), Outcome(1, "", "", written={"r/a.json": b"{"}), "r/a.json"),
])
def test_verdict_catches(argv: tuple[str, ...], outcome: Outcome, expected: str) -> None:
    problem = verdict(argv, outcome)
    assert problem is not None and expected in problem


@pytest.mark.parametrize(("argv", "outcome"), [
    (("check", "a.yaml"), Outcome(2, "", "a.yaml:3:5: unknown unit 'x'\n")),
    (("check", "a.yaml"), Outcome(2, "", "a.yaml: no such file or folder\n")),
    (("check",), Outcome(2, "", "usage: factlint check [-h]\nfactlint check: error: x\n")),
    (("check", "a.yaml", "--format", "json"), Outcome(1, '{"findings": []}', "")),
    (("check", "a.yaml", "--format", "github"), Outcome(1, "::error file=a,line=1::x%0A::y\n", "")),
])
def test_verdict_accepts(argv: tuple[str, ...], outcome: Outcome) -> None:
    assert verdict(argv, outcome) is None


def test_run_case_reports_an_exception_out_of_main(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A bug that escapes main, or a hang, is a finding of the harness, not a crash of it."""
    import factlint.cli

    def explode(argv: object) -> int:
        raise RecursionError("deep")

    monkeypatch.setattr(factlint.cli, "main", explode)
    outcome = run_case(Case("cli", ("rules",)), base=tmp_path)
    assert outcome.problem == "RecursionError escaped main: deep"


def test_run_case_reports_a_hang(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import time

    import factlint.cli

    monkeypatch.setattr(factlint.cli, "main", lambda argv: time.sleep(5) or 0)
    outcome = run_case(Case("cli", ("rules",)), base=tmp_path, seconds=0.2)
    assert outcome.problem is not None and outcome.problem.startswith("hang")
