"""Time and peak memory of factlint on the largest inputs, each next to the limit that bounds it.

Each input is generated into a temporary project, and each command runs in its own process
(`python -m factlint.cli ...`); wall time and the child's peak resident memory (ru_maxrss) are
reported with the exit code and the first line of stderr (the refusal, naming the limit). Usage:

    python benchmarks/bench_limits.py [--out benchmarks/results/limits.txt]
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "seeds" / "000_feb5f9032e01b09c.txt"
TIMEOUT = 900


def fifty_mb_article(folder: Path) -> str:
    prose = SEED.read_text(encoding="utf-8")
    with (folder / "big.txt").open("w", encoding="utf-8") as out:
        for _ in range(50_000_000 // len(prose) + 1):
            out.write(prose + "\n\n")
    return "big.txt"


def one_mb_line(folder: Path) -> str:
    prose = SEED.read_text(encoding="utf-8").replace("\n", " ")
    (folder / "line.txt").write_text((prose * 70)[:1_000_000] + "\n", encoding="utf-8")
    return "line.txt"


def one_mb_line_sparse(folder: Path) -> str:
    """1 MB on one line without a sentence end, 1,900 figures in it: under every limit."""
    rng = random.Random(2)
    words = "the council said its plan would be reviewed again next spring by officials who".split()
    parts = [f"{' '.join(rng.choice(words) for _ in range(80))} {rng.randint(1, 999)} tonnes" for _ in range(1_900)]
    (folder / "sparse.txt").write_text(" ".join(parts)[:1_000_000] + "\n", encoding="utf-8")
    return "sparse.txt"


def figures(count: int) -> Callable[[Path], str]:
    def make(folder: Path) -> str:
        rng = random.Random(1)
        name = f"figures{count}.txt"
        (folder / name).write_text(", ".join(str(rng.randint(1, 999)) for _ in range(count)) + ".\n", encoding="utf-8")
        return name
    return make


def nested_yaml(folder: Path) -> str:
    (folder / "nested.yaml").write_text("claims: " + "[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    return "nested.yaml"


def claims(count: int, dense: bool = False) -> Callable[[Path], str]:
    """A claims file with `count` claims on the seed-like inline article; dense: as short as YAML allows."""
    def make(folder: Path) -> str:
        name = f"claims{count}{'-dense' if dense else ''}.yaml"
        rows = ['article:\n  text: "The fair drew 336 enterprises."\nclaims:\n']
        for i in range(count):
            rows.append(f"- {{id: c{i}, quote: 336 enterprises, value: 336, unit: count}}\n" if dense else
                        f"  - id: claim-{i}\n    quote: \"336 enterprises\"\n    value: \"336\"\n    unit: count\n")
        (folder / name).write_text("".join(rows), encoding="utf-8")
        return name
    return make


# (label, the limit that bounds it, input maker, command with {} for the input)
CASES: list[tuple[str, str, Callable[[Path], str], str]] = [
    ("50 MB article, check", "article-bytes 1 MiB", fifty_mb_article, "check {}"),
    ("50 MB article, extract", "article-bytes 1 MiB", fifty_mb_article, "extract {}"),
    ("1 MB single line (seed prose), extract", "under article-bytes", one_mb_line, "extract {}"),
    ("1 MB single line (seed prose), check", "figures-to-draft 2,000", one_mb_line, "check {} --format concise"),
    ("1 MB line, no sentence end, 1,900 figures, check", "under every limit", one_mb_line_sparse,
     "check {} --format concise"),
    ("100,000 figures (490 kB), extract", "under article-bytes", figures(100_000), "extract {} --format json"),
    ("100,000 figures (490 kB), check", "figures-to-draft 2,000", figures(100_000), "check {}"),
    ("2,000 figures, check", "at figures-to-draft", figures(2_000), "check {} --format concise"),
    ("YAML nested 100,000 deep, check", "yaml-depth 64", nested_yaml, "check {}"),
    ("100,000 claims (8 MB), check", "claims-file-bytes 4 MiB", claims(100_000), "check {}"),
    ("100,000 claims, dense (6 MB), check", "claims-file-bytes 4 MiB", claims(100_000, dense=True), "check {}"),
    ("50,000 claims, dense (3 MB), check", "yaml-nodes 200,000", claims(50_000, dense=True), "check {}"),
    ("10,000 claims (0.8 MB), check", "at claims 10,000", claims(10_000), "check {} --format concise"),
    ("10,001 claims, check", "claims 10,000", claims(10_001), "check {}"),
]


def run(command: str, folder: Path) -> tuple[float, int, int, str]:
    """Wall seconds, peak RSS in MB, exit code and the first line of stderr of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "factlint.cli", *command.split()], cwd=folder,
                          capture_output=True, text=True, timeout=TIMEOUT,
                          env={**os.environ, "PYTHONPATH": str(REPO)})
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    # ru_maxrss of children is the largest of any child so far: report it only when it grew
    return elapsed, max(peak, before) // 1024, done.returncode, (done.stderr.splitlines() or [""])[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "limits.txt")
    args = parser.parse_args()
    lines = ["python benchmarks/bench_limits.py",
             f"{time.strftime('%Y-%m-%d')}, Python {sys.version.split()[0]}, {os.cpu_count()} cores; "
             "peak memory is the child's maximum resident set",
             "",
             f"{'input, command':52} {'bounded by':26} {'exit':>4} {'seconds':>8} {'peak MB':>8}  message"]
    for label, limit, make, command in CASES:
        with tempfile.TemporaryDirectory() as folder:
            (Path(folder) / "factlint.toml").write_text("", encoding="utf-8")
            name = make(Path(folder))
            seconds, peak, code, message = run_isolated(command.format(name), Path(folder))
        lines.append(f"{label:52} {limit:26} {code:>4} {seconds:>8.1f} {peak:>8}  {message[:150]}")
        print(lines[-1], flush=True)
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


def run_isolated(command: str, folder: Path) -> tuple[float, int, int, str]:
    """`run` in a fresh grandchild, so ru_maxrss is this command's own peak, not an earlier one's."""
    import json

    code = (f"import json, sys; sys.path.insert(0, {str(REPO / 'benchmarks')!r}); import bench_limits; "
            f"print(json.dumps(bench_limits.run({command!r}, __import__('pathlib').Path({str(folder)!r}))))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=TIMEOUT + 60)
    seconds, peak, exit_code, message = json.loads(done.stdout.strip().splitlines()[-1])
    return seconds, peak, exit_code, message


if __name__ == "__main__":
    sys.exit(main())
