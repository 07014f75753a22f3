"""Where zero-config checking spends its CPU, per article and per phase, on generated articles.

The articles are bench_scale's (seeds/ and tests/fixtures/holdout*/ with their figures varied);
each is checked as `factlint check DIR` checks it (`check_path` with a lean Job), timed with
process_time, so that other work on a shared machine counts as little as it can. With --phases,
the main functions of each phase are wrapped and their exclusive CPU is summed (a phase's time
excludes the phases it calls); wrapping costs a little, so the total is measured without it.

To compare two source trees (say, the last commit exported with `git archive` against the work
in progress) on the same articles, alternating so that the machine's load falls on both alike:

    python benchmarks/bench_phases.py [--articles 300] [--phases] [--profile 25]
    python benchmarks/bench_phases.py --compare OTHER_TREE [--rounds 5]
"""

from __future__ import annotations

import argparse
import importlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent

# phase -> the functions that make it up, as module:attribute where the caller looks them up
PHASES: dict[str, tuple[str, ...]] = {
    "reading": ("factlint.lint.pipeline:Article.read", "factlint.text.frontmatter:read_metadata"),
    "extraction": ("factlint.relations.draft:extract_from_article",),
    "drafting claims": ("factlint.relations.draft:_draft_claim",),
    "relation inference": ("factlint.relations.draft:infer_relations",),
    "rendering YAML": ("factlint.relations.draft:render_draft",),
    "loading claims": ("factlint.lint.pipeline:parse_claims",),
    "graph": ("factlint.lint.pipeline:Graph",),
    "checks": ("factlint.lint.pipeline:run_checks",),
    "coverage": ("factlint.lint.pipeline:coverage_of",),
}


def articles(folder: Path, count: int) -> list[Path]:
    sys.path.insert(0, str(REPO / "benchmarks"))
    from bench_scale import generate

    return sorted(generate(folder, count).rglob("*.txt"))


def forget_texts() -> None:
    """Empty the caches keyed by a text (scans, normalized quotes, country names): checking an
    article a second time in one process would otherwise time their hits, not the work."""
    from factlint.text import article, currencies, scan

    for cached in (scan._scan, article.normalize, currencies._country_counts):
        cached.cache_clear()


def check_all(paths: list[Path]) -> float:
    """CPU seconds to check every article once, none of them seen before."""
    from factlint.lint.batch import Job, check_path

    forget_texts()
    job = Job(lean=True)
    start = time.process_time()
    for path in paths:
        check_path(path, job)
    return time.process_time() - start


class PhaseTimer:
    """Exclusive CPU per phase: time in a wrapped function, less the time in wrapped functions it calls."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = defaultdict(float)
        self.stack: list[list[float]] = []  # per active call: [time spent in nested phases]

    def wrap(self, phase: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            self.stack.append([0.0])
            start = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                elapsed = time.process_time() - start
                nested = self.stack.pop()[0]
                self.spent[phase] += elapsed - nested
                if self.stack:
                    self.stack[-1][0] += elapsed
        return timed

    def install(self) -> None:
        """Import the pipeline's modules (drafting is imported lazily) and wrap each phase."""
        importlib.import_module("factlint.relations.draft")
        for phase, names in PHASES.items():
            for name in names:
                module_name, attribute = name.split(":")
                owner: Any = importlib.import_module(module_name)
                *path, last = attribute.split(".")
                for part in path:
                    owner = getattr(owner, part)
                original = getattr(owner, last)
                if isinstance(owner, type) and isinstance(owner.__dict__.get(last), classmethod):
                    setattr(owner, last, classmethod(self.wrap(phase, original.__func__)))
                else:
                    setattr(owner, last, self.wrap(phase, original))


def measure(paths: list[Path], phases: bool, profile: int) -> None:
    import factlint

    print(f"factlint from {Path(factlint.__file__).parent}", file=sys.stderr)
    check_all(paths[:20])  # warm up: imports, tables and caches every run pays once
    total = check_all(paths)
    print(f"{len(paths)} articles: {1000 * total / len(paths):.2f} ms CPU per article", flush=True)
    if phases:
        timer = PhaseTimer()
        timer.install()
        wrapped = check_all(paths)
        other = wrapped - sum(timer.spent.values())
        for phase, spent in [*timer.spent.items(), ("other", other)]:
            print(f"  {phase:20} {1000 * spent / len(paths):6.2f} ms")
    if profile:
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        profiler.runcall(check_all, paths)
        pstats.Stats(profiler).sort_stats("tottime").print_stats(profile)


def compare(paths_dir: Path, other: Path, rounds: int, count: int) -> None:
    """Alternate this tree and `other` in fresh processes on the same articles; medians reported."""
    trees = {"this": REPO, "other": other.resolve()}
    times: dict[str, list[float]] = {name: [] for name in trees}
    for _ in range(rounds):
        for name, tree in trees.items():
            env = {**os.environ, "PYTHONPATH": str(tree)}
            out = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--articles", str(count),
                                  "--folder", str(paths_dir)], env=env, capture_output=True, text=True,
                                 check=True, cwd=tree)
            times[name].append(float(out.stdout.split(":")[1].split()[0]))
            print(f"  {name:5} {times[name][-1]:.2f} ms/article ({out.stderr.strip()})", flush=True)
    this, before = statistics.median(times["this"]), statistics.median(times["other"])
    # each round's two runs met about the same load: their ratio is steadier than either time
    ratio = statistics.median(t / o for t, o in zip(times["this"], times["other"], strict=True))
    print(f"median CPU per article: other {before:.2f} ms, this {this:.2f} ms "
          f"({100 * (this - before) / before:+.1f}%); median ratio of a round's runs {100 * (ratio - 1):+.1f}%")
    # the least any run took is the one least disturbed by other work on a shared machine
    fastest, fastest_before = min(times["this"]), min(times["other"])
    print(f"fastest run: other {fastest_before:.2f} ms, this {fastest:.2f} ms "
          f"({100 * (fastest - fastest_before) / fastest_before:+.1f}%)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--phases", action="store_true", help="CPU per phase too")
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="cProfile's top N functions")
    parser.add_argument("--compare", type=Path, metavar="TREE", help="another source tree to compare with")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)  # articles generated already
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="factlint-phases-") as tmp:
        folder = args.folder or Path(tmp)
        paths = articles(folder, args.articles) if args.folder is None or args.compare else \
            sorted((folder / f"archive-{args.articles}").rglob("*.txt"))
        if args.compare:
            compare(folder, args.compare, args.rounds, args.articles)
        else:
            measure(paths, args.phases, args.profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
