"""Wall time of `factlint check` on the seed claims, next to bare `python -c pass`, in one run.

Budget (issue 2): under 25× `python -c pass`; aim for 10×. Each command runs `--runs` times
after one warm-up (so .pyc files exist); the median is reported. Usage:

    python benchmarks/bench_check.py [--runs 15] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "claims" / "000_feb5f9032e01b09c.yaml"
SEED_ARTICLE = REPO / "seeds" / "000_feb5f9032e01b09c.txt"

COMMANDS = {
    "python -c pass": [sys.executable, "-c", "pass"],
    "python -c 'import factlint.cli'": [sys.executable, "-c", "import factlint.cli"],
    "factlint rules": [sys.executable, "-m", "factlint.cli", "rules"],
    "factlint check (seed)": [sys.executable, "-m", "factlint.cli", "check", str(SEED)],
    "factlint check --format json (seed)": [sys.executable, "-m", "factlint.cli", "check", str(SEED),
                                            "--format", "json"],
    "factlint check seed article (zero-config)": [sys.executable, "-m", "factlint.cli", "check",
                                                  str(SEED_ARTICLE)],
    "factlint extract (seed article)": [sys.executable, "-m", "factlint.cli", "extract", str(SEED_ARTICLE)],
}


# As on an editor's machine: Python caches compiled bytecode. (Some sandboxes set
# PYTHONDONTWRITEBYTECODE, which makes every start-up recompile every module.)
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def time_command(command: list[str], runs: int) -> list[float]:
    subprocess.run(command, cwd=REPO, capture_output=True, check=False, env=ENV)  # warm-up: writes .pyc
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, cwd=REPO, capture_output=True, check=False, env=ENV)
        times.append(time.perf_counter() - start)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    results = {name: statistics.median(time_command(cmd, args.runs)) for name, cmd in COMMANDS.items()}
    baseline = results["python -c pass"]
    if args.json:
        print(json.dumps({name: {"median_s": t, "ratio": t / baseline} for name, t in results.items()}))
        return 0
    print(f"{'command':40} {'median':>9} {'× python -c pass':>17}")
    for name, seconds in results.items():
        print(f"{name:40} {seconds * 1000:7.1f}ms {seconds / baseline:16.1f}×")
    ratio = results["factlint check (seed)"] / baseline
    print(f"\nbudget 25×, aim 10×: check is {ratio:.1f}× ({'within' if ratio < 25 else 'OVER'} budget)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
