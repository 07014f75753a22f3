"""Zero-config `factlint check ARTICLE.txt` scored on real news: the labelled development corpus
(../shared/corpus/news/, the one the inference is developed against) and the blind holdouts in
benchmarks/corpora/ (built by helper sessions that never saw the code).

Scoring is the corpus's own `score.py` (recall = expected inconsistencies found, precision =
findings that hit one, at severity warning and above); this script runs it on each set and adds
the in-process time per article (median of `--runs` runs of `check_files`, after one warm-up),
and the time on one long article of 200+ figures (candidate generation must stay bounded).
Usage:

    python benchmarks/bench_news.py [--set dev|news_holdout1|...] [-v] [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SCORER = REPO.parent / "shared" / "corpus" / "news" / "score.py"
SETS = {"dev": REPO.parent / "shared" / "corpus" / "news",
        **{p.name: p for p in sorted((REPO / "benchmarks" / "corpora").glob("news_*"))}}


def score(folder: Path, verbose: bool) -> str:
    command = [sys.executable, str(SCORER), "--articles-dir", str(folder), *(["-v"] if verbose else [])]
    result = subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=False)
    return result.stdout + result.stderr


def per_article_ms(folder: Path, runs: int) -> list[float]:
    """In-process cost of one zero-config check, per article (the `# source:` line as front matter)."""
    import tempfile

    from factlint.lint.pipeline import check_files

    times = []
    with tempfile.TemporaryDirectory() as scratch:
        for article in sorted(folder.glob("*.txt")):
            target = Path(scratch) / article.name
            target.write_text(_with_front_matter(article.read_text(encoding="utf-8")), encoding="utf-8")
            check_files([target])  # warm-up: caches and lazy imports
            samples = []
            for _ in range(runs):
                start = time.perf_counter()
                check_files([target])
                samples.append(time.perf_counter() - start)
            times.append(statistics.median(samples) * 1000)
    return times


def long_article_ms(runs: int, wanted: int = 200) -> tuple[int, float]:
    """One article of `wanted`+ figures (the corpus's bodies one after another): candidate generation
    is bounded per figure, so the cost must grow about linearly, not with the square."""
    import tempfile

    from factlint.lint.pipeline import check_files

    bodies = [a.read_text(encoding="utf-8").partition("\n")[2] for a in sorted(SETS["dev"].glob("*.txt"))]
    with tempfile.TemporaryDirectory() as scratch:
        target = Path(scratch) / "long.txt"
        text, figures = "---\npublished: 2020-06-15\n---\n", 0
        for body in bodies * 4:
            text += body
            target.write_text(text, encoding="utf-8")
            figures = check_files([target]).coverage[0].found
            if figures >= wanted:
                break
        samples = []
        for _ in range(runs):
            start = time.perf_counter()
            check_files([target])
            samples.append(time.perf_counter() - start)
    return figures, statistics.median(samples) * 1000


def _with_front_matter(text: str) -> str:
    """As score.py feeds articles: the `# source: URL (published DATE)` line becomes front matter."""
    import re

    first, _, rest = text.partition("\n")
    match = re.match(r"# source: (\S+) \(published (\d{4}-\d{2}(?:-\d{2})?)", first)
    if not match:
        return text
    published = match[2] if len(match[2]) == 10 else f"{match[2]}-15"
    return f"---\nsource: {match[1]}\npublished: {published}\n---\n{rest}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", choices=sorted(SETS), action="append", help="default: every set")
    parser.add_argument("-v", "--verbose", action="store_true", help="every finding and miss")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not SCORER.is_file():
        print(f"bench_news: {SCORER} is missing (the shared corpus lies beside the repository)", file=sys.stderr)
        return 2
    for name in args.set or sorted(SETS):
        folder = SETS[name]
        print(f"== {name} ({folder.relative_to(REPO.parent) if folder.is_relative_to(REPO.parent) else folder})")
        print(score(folder, args.verbose), end="")
        times = per_article_ms(folder, args.runs)
        print(f"in-process per article: median {statistics.median(times):.1f} ms, max {max(times):.1f} ms "
              f"({len(times)} articles)\n")
    figures, ms = long_article_ms(args.runs)
    print(f"one long article ({figures} figures): {ms:.0f} ms in-process")
    return 0


if __name__ == "__main__":
    sys.exit(main())
