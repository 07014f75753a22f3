"""The long fuzz profile: at least 10⁵ cases over every reader, counted per reader, with crashes.

Runs the strategies and the property of tests/fuzzing.py (exit 0/1 with output that parses, or
exit 2 with a located message; never an internal error, a traceback or a hang), in chunks over
worker processes, each chunk a hypothesis run with its own seed that records failures instead of
stopping at the first. Each failing case is written to tests/fixtures/fuzz/ with --save, where
tests/test_fuzz.py replays it. Usage:

    python benchmarks/fuzz_long.py [--cases 100000] [--jobs 2] [--seed 15] [--save]
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

# Share of the cases per reader: every reader gets at least a tenth; the cheap ones more.
WEIGHTS = {"article": 10, "claims": 20, "cli": 20, "config": 12, "xliff12": 12, "xliff20": 14, "po": 12}
CHUNK = 1000


def run_chunk(job: tuple[str, int, int]) -> tuple[str, int, float, list[tuple[str, str]]]:
    """One hypothesis run of `count` cases of `reader`: cases run, seconds, and (problem, case) pairs."""
    import fuzzing
    from hypothesis import HealthCheck, Phase, given, seed, settings

    reader, count, chunk_seed = job
    failures: list[tuple[str, str]] = []
    runs = 0
    base = Path(tempfile.mkdtemp(prefix=f"fuzz-{reader}-"))

    @seed(chunk_seed)
    @settings(max_examples=count, database=None, deadline=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(fuzzing.STRATEGIES[reader])
    def record(case: fuzzing.Case) -> None:
        nonlocal runs
        runs += 1
        outcome = fuzzing.run_case(case, base=base)
        if outcome.problem:
            failures.append((outcome.problem, case.to_json()))

    start = time.perf_counter()
    record()
    return reader, runs, time.perf_counter() - start, failures


def plan(total: int, base_seed: int) -> list[tuple[str, int, int]]:
    weight = sum(WEIGHTS.values())
    jobs = []
    for reader, share in WEIGHTS.items():
        left = -(-total * share // weight)  # round up, so the total is at least `total`
        while left > 0:
            jobs.append((reader, min(CHUNK, left), base_seed * 1000 + len(jobs)))
            left -= CHUNK
    return jobs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--save", action="store_true", help="keep each failing case in tests/fixtures/fuzz/")
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "fuzz.txt")
    args = parser.parse_args()

    jobs = plan(args.cases, args.seed)
    runs: Counter[str] = Counter()
    seconds: Counter[str] = Counter()
    crashes: dict[str, list[tuple[str, str]]] = {reader: [] for reader in WEIGHTS}
    started = time.perf_counter()
    with multiprocessing.get_context("fork").Pool(args.jobs, maxtasksperchild=1) as pool:
        for done, (reader, count, elapsed, failures) in enumerate(pool.imap_unordered(run_chunk, jobs), 1):
            runs[reader] += count
            seconds[reader] += elapsed
            crashes[reader].extend(failures)
            print(f"[{done}/{len(jobs)}] {reader}: {count} cases, {len(failures)} failing, {elapsed:.0f} s",
                  file=sys.stderr, flush=True)
    wall = time.perf_counter() - started

    if args.save:
        import fuzzing

        for failures in crashes.values():
            for _, case_json in failures[:5]:
                case = fuzzing.Case.from_json(case_json)
                fuzzing.save_regression(case, fuzzing.Outcome(None, "", ""))
    report = render(runs, seconds, crashes, wall, args)
    args.out.write_text(report, encoding="utf-8")
    print(report, end="")
    return 1 if any(crashes.values()) else 0


def render(runs: Counter[str], seconds: Counter[str], crashes: dict[str, list[tuple[str, str]]], wall: float,
           args: argparse.Namespace) -> str:
    lines = [f"python benchmarks/fuzz_long.py --cases {args.cases} --jobs {args.jobs} --seed {args.seed}",
             f"{time.strftime('%Y-%m-%d')}, Python {sys.version.split()[0]}, wall time {wall / 60:.1f} min",
             "",
             f"{'reader':10} {'cases':>8} {'failing':>8} {'ms/case':>8}"]
    for reader in WEIGHTS:
        per_case = 1000 * seconds[reader] / max(runs[reader], 1)
        lines.append(f"{reader:10} {runs[reader]:>8} {len(crashes[reader]):>8} {per_case:>8.1f}")
    lines.append(f"{'all':10} {sum(runs.values()):>8} {sum(len(c) for c in crashes.values()):>8}")
    problems = Counter(problem.split("\n")[0][:160] for failures in crashes.values() for problem, _ in failures)
    if problems:
        lines += ["", "failures (first line, count):"]
        lines += [f"  {count:6} {problem}" for problem, count in problems.most_common(20)]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
