"""How well zero-config `factlint check ARTICLE.txt` finds deliberate inconsistencies, and what
else it reports, on articles whose hand-made claims files document them.

Each article set is a folder with an `expected.json` ({article: [{code, line, what}, ...]}); a
deliberate inconsistency is found when a finding has its code and points at an article line
within LINE_SLACK lines of it (a finding may point at either end of a relation). Every finding
that matches no deliberate inconsistency is a false alarm. Usage:

    python benchmarks/bench_zero_config.py [--set tests/fixtures/holdout] [--list]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SETS = tuple(REPO / "tests" / "fixtures" / name for name in ("seeds_expected", "holdout", "holdout2", "holdout3"))
LINE_SLACK = 4


def score_article(article: Path, expected: list[dict]) -> tuple[int, list[str], list[str]]:
    """(deliberate found, missed descriptions, false alarms) for one article."""
    from factlint.lint.pipeline import check_files

    report = check_files([article])
    located = [(f.code, f.article.line if f.article else f.line, f.message) for f in report.findings]
    found = 0
    missed: list[str] = []
    for entry in expected:
        if any(_matches(entry, code, line) for code, line, _ in located):
            found += 1
        else:
            missed.append(f"{entry['code']} line {entry['line']}: {entry['what']}")
    alarms = [f"{code} line {line}: {message}" for code, line, message in located
              if not any(_matches(e, code, line) for e in expected)]
    return found, missed, alarms


def _matches(entry: dict, code: str, line: int) -> bool:
    """Same code, near the line (or one of the lines: a relation's finding may name either end)."""
    lines = entry["line"] if isinstance(entry["line"], list) else [entry["line"]]
    return code == entry["code"] and any(abs(line - expected) <= LINE_SLACK for expected in lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", type=Path, action="append", help="folder with expected.json")
    parser.add_argument("--list", action="store_true", help="list misses and false alarms")
    args = parser.parse_args(argv)
    total_expected = total_found = total_alarms = 0
    for folder in [f.resolve() for f in args.set] if args.set else [s for s in SETS if (s / "expected.json").exists()]:
        expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
        for name, entries in expected.items():
            article = (folder / name) if (folder / name).exists() else REPO / name
            found, missed, alarms = score_article(article, entries)
            total_expected += len(entries)
            total_found += found
            total_alarms += len(alarms)
            print(f"{article.relative_to(REPO)}: found {found}/{len(entries)}, false alarms {len(alarms)}")
            if args.list:
                for line in missed:
                    print(f"    missed: {line}")
                for line in alarms:
                    print(f"    false alarm: {line}")
    if not total_expected:
        print("no expected.json found", file=sys.stderr)
        return 2
    print(f"total: found {total_found}/{total_expected} deliberate inconsistencies "
          f"({100 * total_found / total_expected:.0f}%), {total_alarms} false alarm(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
