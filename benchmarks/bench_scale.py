"""Auditing an archive at scale: `factlint check DIR --format jsonl` on generated archives of 100,
1,000 and 10,000 articles, with --jobs 1, --jobs 2 and the Dask LocalCluster, in one run.

The articles are the ones in seeds/ and tests/fixtures/ (zero-config: no claims files), copied
with their figures varied — digits changed at random after the front matter — so that no two
articles are alike and no cache helps. Each configuration runs as its own process, from the
command line a user types; measured: wall time (start-up included), the run's own articles per
second (its summary line: checking only), the CPU time of all its processes (what a cluster pays
for, whatever else the machine runs) and the peak memory of the largest process. Every
configuration of one size must report the same findings by code. Usage:

    python benchmarks/bench_scale.py [--sizes 100,1000,10000] [--engines jobs1,jobs2,dask]
                                     [--output benchmarks/results/scale.txt]
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SOURCES = sorted([*REPO.glob("seeds/*.txt"), *REPO.glob("tests/fixtures/holdout*/*.txt")])
ENGINES = {"jobs1": ["--jobs", "1"], "jobs2": ["--jobs", "2"], "dask": ["--engine", "dask", "--jobs", "2"]}
FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)
PER_FOLDER = 1000  # articles per sub-folder, as an archive by year or month would be


@dataclass(frozen=True)
class Measure:
    size: int
    engine: str
    wall: float  # seconds, the whole command
    rate: float  # articles per second while checking (the run's summary)
    cpu: float  # CPU seconds over every process of the run (user + system): what a cluster pays for
    peak_mb: float  # largest process's peak resident memory
    articles: int
    findings: int
    by_code: dict[str, int]


def vary(text: str, rng: random.Random) -> str:
    """Each number after the front matter has its last digit changed half of the time."""
    match = FRONT_MATTER.match(text)
    head, body = (text[:match.end()], text[match.end():]) if match else ("", text)

    def change(number: re.Match[str]) -> str:
        digits = number.group()
        return digits[:-1] + str(rng.randrange(10)) if rng.random() < 0.5 else digits

    return head + re.sub(r"\d+", change, body)


def generate(root: Path, size: int, seed: int = 13) -> Path:
    """An archive of `size` articles under root/archive-<size>/NNNN/."""
    rng = random.Random(seed)
    texts = [(path.stem, path.read_text(encoding="utf-8")) for path in SOURCES]
    archive = root / f"archive-{size}"
    for i in range(size):
        stem, text = texts[i % len(texts)]
        folder = archive / f"{i // PER_FOLDER:04d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{i:06d}_{stem}.txt").write_text(vary(text, rng), encoding="utf-8")
    return archive


def measure(archive: Path, size: int, engine: str, workdir: Path) -> Measure:
    """One configuration in a fresh process (via a wrapper, so that ru_maxrss is this run's alone)."""
    results = workdir / f"{size}-{engine}.jsonl"
    command = [sys.executable, "-m", "factlint.cli", "check", "--isolated", str(archive), "--format", "jsonl",
               "--output", str(results), *ENGINES[engine]]
    wrapper = ("import resource, subprocess, sys, time; t = time.perf_counter(); "
               "code = subprocess.run(sys.argv[1:]).returncode; u = resource.getrusage(resource.RUSAGE_CHILDREN); "
               "print(time.perf_counter() - t, u.ru_utime + u.ru_stime, u.ru_maxrss, code)")
    out = subprocess.run([sys.executable, "-c", wrapper, *command], capture_output=True, text=True,
                         cwd=workdir, check=True)
    wall, cpu, peak_kb, code = out.stdout.split()
    if code not in ("0", "1"):
        raise SystemExit(f"{' '.join(command)} exited {code}:\n{out.stderr}")
    summary = json.loads(results.read_text(encoding="utf-8").splitlines()[-1])
    return Measure(size, engine, float(wall), summary["articles_per_second"], float(cpu), int(peak_kb) / 1024,
                   summary["articles"], summary["findings"], summary["by_code"])


def cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def table(measures: list[Measure]) -> list[str]:
    lines = [f"{'articles':>9} {'engine':8} {'wall s':>8} {'ms/article':>10} {'articles/s':>10} "
             f"{'checking a/s':>12} {'CPU ms/article':>14} {'peak MB':>8} {'findings':>9}"]
    for m in measures:
        lines.append(f"{m.size:>9,} {m.engine:8} {m.wall:>8.1f} {1000 * m.wall / m.size:>10.1f} "
                     f"{m.size / m.wall:>10.1f} {m.rate:>12.1f} {1000 * m.cpu / m.size:>14.1f} "
                     f"{m.peak_mb:>8.0f} {m.findings:>9,}")
    return lines


def checks(measures: list[Measure]) -> list[str]:
    """Agreement across engines, and the growth of cost with size, per engine."""
    notes = []
    for size in sorted({m.size for m in measures}):
        same = {json.dumps(m.by_code, sort_keys=True) for m in measures if m.size == size}
        complete = all(m.articles == size for m in measures if m.size == size)
        notes.append(f"{size:,} articles: same findings by code on every engine: {'yes' if len(same) == 1 else 'NO'}; "
                     f"every article checked: {'yes' if complete else 'NO'}")
    for engine in dict.fromkeys(m.engine for m in measures):
        runs = sorted((m for m in measures if m.engine == engine), key=lambda m: m.size)
        for small, large in itertools.pairwise(runs):
            notes.append(f"{engine}: {large.size // small.size}x the articles took "
                         f"{large.wall / small.wall:.2f}x the time; peak memory {small.peak_mb:.0f} -> "
                         f"{large.peak_mb:.0f} MB")
    return notes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--engines", default=",".join(ENGINES))
    parser.add_argument("--output", type=Path, default=REPO / "benchmarks" / "results" / "scale.txt")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    engines = [e for e in args.engines.split(",") if e]
    measures = []
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="factlint-scale-") as tmp:
        work = Path(tmp)
        for size in sizes:
            archive = generate(work, size)
            for engine in engines:
                measures.append(measure(archive, size, engine, work))
                print(table(measures)[-1], file=sys.stderr, flush=True)
    given = " ".join(sys.argv[1:] if argv is None else argv)
    lines = [f"$ python benchmarks/bench_scale.py {given}".rstrip(),
             f"{time.strftime('%Y-%m-%d')}, {cpus()} CPU(s), Python {sys.version.split()[0]}; "
             f"{len(SOURCES)} source articles (seeds/, tests/fixtures/holdout*/), figures varied; "
             f"--format jsonl to a file; dask: a LocalCluster of 2 worker processes",
             f"load average (1 min) {load_before:.1f} at the start, {os.getloadavg()[0]:.1f} at the end "
             f"(other work on this shared machine competes for the same CPUs)",
             "", *table(measures), "", *checks(measures)]
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
