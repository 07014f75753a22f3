"""The concise output of every claims file and every article factlint ships, in one file.

Behaviour-neutral changes (a refactoring, a module moved) must leave this file byte-identical;
a behaviour change shows here as a readable diff. It checks every claims file in claims/ (as
`factlint check FILE --format concise`), and zero-config every article in seeds/ and in
tests/fixtures/holdout*/, each in its own process so that no state carries over. Usage:

    python benchmarks/concise_snapshot.py [--output benchmarks/results/concise_snapshot.txt]
    python benchmarks/concise_snapshot.py --compare benchmarks/results/concise_snapshot.txt
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = REPO / "benchmarks" / "results" / "concise_snapshot.txt"


def targets() -> list[Path]:
    claims = sorted((REPO / "claims").glob("*.yaml"))
    articles = sorted((REPO / "seeds").glob("*.txt"))
    articles += sorted(p for d in sorted((REPO / "tests" / "fixtures").glob("holdout*")) for p in d.glob("*.txt"))
    return claims + articles


def concise(path: Path) -> str:
    command = [sys.executable, "-m", "factlint.cli", "check", str(path.relative_to(REPO)), "--format", "concise",
               "--isolated"]
    result = subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=False)
    return f"== {path.relative_to(REPO)} (exit {result.returncode})\n{result.stdout}{result.stderr}"


def snapshot() -> str:
    return "".join(concise(path) for path in targets())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--compare", type=Path, help="compare with this snapshot instead of writing one")
    args = parser.parse_args()
    text = snapshot()
    if args.compare:
        same = args.compare.read_text(encoding="utf-8") == text
        print("identical" if same else f"DIFFERS from {args.compare}")
        return 0 if same else 1
    args.output.write_text(text, encoding="utf-8")
    print(f"{len(targets())} files -> {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
