"""Edits an editor might make to the seed articles, each run through `sync --write` then `check`.

The edits are a blind set (benchmarks/corpora/mutations/edits.yaml), written by a helper session
that read the articles and claims files but never factlint's code: harmful ones (a digit changed,
digits swapped, a scale word, a decimal point, a number word, a hedge flipped, a list item removed
or added, a date typo, a direction word) and harmless ones (number word <-> digits, hedge synonyms,
a new paragraph, whitespace, a sentence reworded around an unchanged figure, punctuation).

Each edit is applied alone to a fresh copy of its article and claims file. Then:
- sync failure: `sync --write` exits 2 (it could not re-anchor);
- caught (harmful): a consistency finding that was not there before names a claim whose figure
  lies in the edited text (for a list edit: a new count or tier finding; for a direction word: a
  new change finding); an ANC, COV or SUP finding is an artefact, not a catch;
- false alarm (harmless): any finding that was not there before. Usage:

    python benchmarks/bench_mutations.py [--list] [--edits PATH]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import shutil
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
EDITS = REPO / "benchmarks" / "corpora" / "mutations" / "edits.yaml"
ARTEFACTS = ("ANC", "COV", "SUP")
# Edits that change no figure: a list item (its count or tiers must say so), a direction word (its change).
WORDING_CODES = {"list_item_removed": ("CNT", "SUM"), "list_item_added": ("CNT", "SUM"), "direction_word": ("CHG",)}


@dataclass
class Outcome:
    edit: dict
    sync_failed: bool
    new: list[tuple[str, tuple[str, ...], str]]  # (code, claims, message) not in the baseline
    caught: bool


def claims_file_of(article: str) -> Path:
    return REPO / "claims" / (Path(article).stem + ".yaml")


def run_edit(edit: dict, scratch: Path, baselines: dict[str, set]) -> Outcome:
    from factlint.cli import main
    from factlint.lint.pipeline import check_files

    folder = scratch / edit["id"]
    (folder / "claims").mkdir(parents=True)
    (folder / "seeds").mkdir()
    claims = folder / "claims" / claims_file_of(edit["article"]).name
    article = folder / "seeds" / edit["article"]
    shutil.copyfile(claims_file_of(edit["article"]), claims)
    text = (REPO / "seeds" / edit["article"]).read_text(encoding="utf-8")
    assert text.count(edit["old"]) == 1, edit["id"]
    edited = text.replace(edit["old"], edit["new"])
    article.write_text(edited, encoding="utf-8")
    os.chdir(folder)
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        sync_code = main(["sync", str(claims.relative_to(folder)), "--write"])
    report = check_files([claims.relative_to(folder)])
    found = {(f.code, f.claims, f.message, f.severity.value) for f in report.findings}
    baseline = baselines[edit["article"]]
    new = sorted((code, ids, message) for code, ids, message, severity in found
                 if (code, ids, severity) not in {(c, i, s) for c, i, _, s in baseline})
    start = edited.index(edit["new"])
    region = (start, start + len(edit["new"]))
    (document,) = report.documents
    involved = {c.id for c in document.claims
                if c.start is not None and c.end is not None and c.start < region[1] and region[0] < c.end}
    wording = WORDING_CODES.get(edit["category"])
    caught = edit["harmful"] and sync_code == 0 and any(
        not code.startswith(ARTEFACTS) and (set(ids) & involved or (wording and code.startswith(wording)))
        for code, ids, _ in new)
    return Outcome(edit, sync_code != 0, new, caught)


def baseline_findings(article: str, scratch: Path) -> set:
    from factlint.lint.pipeline import check_files

    folder = scratch / f"baseline-{Path(article).stem}"
    (folder / "claims").mkdir(parents=True)
    (folder / "seeds").mkdir()
    shutil.copyfile(claims_file_of(article), folder / "claims" / claims_file_of(article).name)
    shutil.copyfile(REPO / "seeds" / article, folder / "seeds" / article)
    os.chdir(folder)
    report = check_files([Path("claims") / claims_file_of(article).name])
    return {(f.code, f.claims, f.message, f.severity.value) for f in report.findings}


def main() -> int:
    from ruamel.yaml import YAML

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--edits", type=Path, default=EDITS)
    parser.add_argument("--list", action="store_true", help="every miss, false alarm and sync failure")
    args = parser.parse_args()
    edits = YAML(typ="safe").load(args.edits.read_text(encoding="utf-8"))
    here = Path.cwd()
    outcomes: list[Outcome] = []
    try:
        with tempfile.TemporaryDirectory() as scratch:
            baselines = {a: baseline_findings(a, Path(scratch)) for a in sorted({e["article"] for e in edits})}
            outcomes = [run_edit(edit, Path(scratch), baselines) for edit in edits]
    finally:
        os.chdir(here)
    report(outcomes, args.list)
    return 0


def report(outcomes: list[Outcome], listing: bool) -> None:
    harmful = [o for o in outcomes if o.edit["harmful"]]
    harmless = [o for o in outcomes if not o.edit["harmful"]]
    print(f"{'category':22} {'edits':>5} {'caught':>7} {'sync failed':>12}")
    by_category: Counter[str] = Counter(o.edit["category"] for o in harmful)
    for category in sorted(by_category):
        group = [o for o in harmful if o.edit["category"] == category]
        print(f"{category:22} {len(group):>5} {sum(o.caught for o in group):>7} "
              f"{sum(o.sync_failed for o in group):>12}")
    print(f"{'harmful, all':22} {len(harmful):>5} {sum(o.caught for o in harmful):>7} "
          f"{sum(o.sync_failed for o in harmful):>12}")
    print(f"\n{'category':22} {'edits':>5} {'false alarm':>12} {'sync failed':>12}")
    for category in sorted(Counter(o.edit["category"] for o in harmless)):
        group = [o for o in harmless if o.edit["category"] == category]
        print(f"{category:22} {len(group):>5} {sum(bool(o.new) for o in group):>12} "
              f"{sum(o.sync_failed for o in group):>12}")
    alarms = sum(bool(o.new) for o in harmless)
    failures = sum(o.sync_failed for o in outcomes)
    caught = sum(o.caught for o in harmful)
    print(f"{'harmless, all':22} {len(harmless):>5} {alarms:>12} {sum(o.sync_failed for o in harmless):>12}")
    print(f"\ncaught {caught}/{len(harmful)} harmful ({100 * caught / max(1, len(harmful)):.1f}%), "
          f"{alarms} false alarms on {len(harmless)} harmless edits, {failures} sync failures")
    if listing:
        for o in outcomes:
            if (o.edit["harmful"] and not o.caught) or (not o.edit["harmful"] and o.new) or o.sync_failed:
                what = "missed" if o.edit["harmful"] else "false alarm"
                if o.sync_failed:
                    what = "sync failed"
                print(f"  {o.edit['id']} {what} [{o.edit['category']}] {o.edit['old']!r} -> {o.edit['new']!r}")
                for code, ids, message in o.new:
                    print(f"      {code} {','.join(ids)}: {message[:150]}")


if __name__ == "__main__":
    sys.exit(main())
