"""factlint's localization checks against translate-toolkit's `numbers` check, in one run, on the
labelled source/target pairs in tests/fixtures/l10n/ (pairs.json, holdout.json, holdout2.json) and the
blind holdouts in benchmarks/corpora/l10n_holdout3 to 12 (region-tagged locales; holdouts 4 to 12
deliver half their pairs as XLIFF/PO files, run as `factlint l10n FILE`).

Per error kind, factlint is scored on the kinds it names: precision, recall and F1 over the
labelled errors; an info finding (an unsure reading, `Issue.certain` false) is shown to the user but
names no error, and is not counted. translate-toolkit names no kinds (its check fails a pair when the digit strings
differ), so it is scored per pair: a wrong pair is caught when the check fails it, and a correct
pair is a false alarm when it fails. Both are scored that way for a like-for-like line. Usage:

    python benchmarks/bench_l10n.py [--set tests/fixtures/l10n/pairs.json] [--list] [--json PATH]
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
SETS = (*(REPO / "tests" / "fixtures" / "l10n" / name for name in ("pairs.json", "holdout.json", "holdout2.json")),
        REPO / "benchmarks" / "corpora" / "l10n_holdout3" / "pairs.json",
        REPO / "benchmarks" / "corpora" / "l10n_holdout4" / "pairs.json",
        REPO / "benchmarks" / "corpora" / "l10n_holdout5" / "pairs.json",
        REPO / "benchmarks" / "corpora" / "l10n_holdout6" / "pairs.json",
        REPO / "benchmarks" / "corpora" / "l10n_holdout7" / "pairs.json",
        REPO / "benchmarks" / "corpora" / "l10n_holdout8" / "pairs.json",
        REPO / "benchmarks" / "corpora" / "l10n_holdout9" / "pairs.json",
        REPO / "benchmarks" / "corpora" / "l10n_holdout10" / "pairs.json",
        REPO / "benchmarks" / "corpora" / "l10n_holdout11" / "pairs.json",
        REPO / "benchmarks" / "corpora" / "l10n_holdout12" / "pairs.json",
        REPO / "benchmarks" / "corpora" / "l10n_holdout13" / "pairs.json",
        REPO / "benchmarks" / "corpora" / "l10n_holdout14" / "pairs.json",
        REPO / "benchmarks" / "corpora" / "l10n_holdout15" / "pairs.json",
        REPO / "benchmarks" / "corpora" / "l10n_holdout16" / "pairs.json")


@dataclass
class Score:
    true_positive: Counter[str] = field(default_factory=Counter)
    false_positive: Counter[str] = field(default_factory=Counter)
    false_negative: Counter[str] = field(default_factory=Counter)
    wrong_caught: int = 0
    wrong_total: int = 0
    correct_flagged: int = 0
    correct_total: int = 0
    seconds: float = 0.0
    refused: int = 0  # pairs whose locale tags factlint does not accept
    by_tag: dict[str, Score] = field(default_factory=dict)  # pair scores per target tag as written
    file_seconds: float = 0.0  # pairs run as `factlint l10n FILE`: reading, checking and reporting

    def add_kinds(self, wanted: Counter[str], got: Counter[str]) -> None:
        for kind in set(wanted) | set(got):
            self.true_positive[kind] += min(wanted[kind], got[kind])
            self.false_positive[kind] += max(0, got[kind] - wanted[kind])
            self.false_negative[kind] += max(0, wanted[kind] - got[kind])

    def add_pair(self, is_wrong: bool, flagged: bool) -> None:
        if is_wrong:
            self.wrong_total += 1
            self.wrong_caught += flagged
        else:
            self.correct_total += 1
            self.correct_flagged += flagged

    def kind_line(self, kind: str) -> tuple[float, float, float]:
        tp, fp, fn = self.true_positive[kind], self.false_positive[kind], self.false_negative[kind]
        return prf(tp, fp, fn)

    def pair_line(self) -> tuple[float, float, float]:
        tp, fn = self.wrong_caught, self.wrong_total - self.wrong_caught
        return prf(tp, self.correct_flagged, fn)


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


# The check code of each error kind (checks/l10n.py)
CODE_KINDS = {"LOC001": "missing", "LOC002": "extra", "LOC003": "value", "LOC004": "scale", "LOC005": "separator",
              "LOC006": "currency", "LOC007": "percent_points", "LOC008": "hedge", "LOC009": "rounding",
              "LOC010": "swap"}


def factlint_kinds(pair: dict[str, Any], folder: Path | None = None) -> Counter[str] | None:
    """The kinds factlint names for a pair; None when it refuses the pair's locale tags. A pair
    delivered as a translation file (its "file", relative to the set) is run as a user runs it:
    `factlint l10n FILE`, locales read from the file."""
    from factlint.l10n.compare import compare_texts
    from factlint.l10n.locales import UnknownLocaleError, normalize_locale

    if pair.get("file") and folder is not None:
        return file_kinds(folder / pair["file"])
    try:
        source_locale, target_locale = normalize_locale(pair["source_locale"]), normalize_locale(pair["target_locale"])
    except UnknownLocaleError:
        return None
    result = compare_texts(pair["source"], source_locale, pair["target"], target_locale)
    return Counter(issue.kind for issue in result.issues if issue.certain)


def file_kinds(path: Path) -> Counter[str] | None:
    import contextlib
    import io

    from factlint.cli import main as factlint

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = factlint(["l10n", str(path), "--format", "json"])
    if code == 2:
        return None
    return Counter(CODE_KINDS[finding["code"]] for finding in json.loads(out.getvalue())["findings"]
                   if finding["severity"] != "info")


def toolkit_fails(pair: dict[str, Any]) -> bool:
    from translate.filters import checks

    config = checks.CheckerConfig(targetlanguage=pair["target_locale"].replace("-", "_").split("_")[0])
    checker = checks.StandardChecker(checkerconfig=config)
    try:
        checker.numbers(pair["source"], pair["target"])
    except checks.FilterFailure:
        return True
    return False


def score(pairs: list[dict[str, Any]], listing: bool, folder: Path | None = None) -> tuple[Score, Score]:
    """Both tools on every pair, timed after one warm-up pass (locale tables built once, as in a
    run over a whole file)."""
    ours, theirs = Score(), Score()
    for pair in pairs:
        factlint_kinds(pair, folder)
        toolkit_fails(pair)
    for pair in pairs:
        wanted = Counter(error["kind"] for error in pair["errors"])
        start = time.perf_counter()
        got = factlint_kinds(pair, folder)
        if pair.get("file"):
            ours.file_seconds += time.perf_counter() - start
        else:
            ours.seconds += time.perf_counter() - start
        if got is None:  # exit 2 for the user: no error found, and a correct pair not passed either
            ours.refused += 1
            got = Counter()
        start = time.perf_counter()
        failed = toolkit_fails(pair)
        theirs.seconds += time.perf_counter() - start
        ours.add_kinds(wanted, got)
        ours.add_pair(bool(wanted), bool(got))
        ours.by_tag.setdefault(pair["target_locale"], Score()).add_pair(bool(wanted), bool(got))
        theirs.add_pair(bool(wanted), failed)
        if listing and got != wanted:
            print(f"  {pair['id']}: labelled {dict(wanted) or 'correct'}, factlint {dict(got) or 'nothing'}")
    return ours, theirs


def report(name: str, pairs: list[dict[str, Any]], ours: Score, theirs: Score) -> dict[str, Any]:
    kinds = sorted(set(ours.true_positive) | set(ours.false_negative) | set(ours.false_positive))
    files = sum(1 for p in pairs if p.get("file"))  # timed apart: a whole command each
    print(f"\n{name}: {len(pairs)} pairs ({ours.wrong_total} wrong, {ours.correct_total} correct but hard)")
    print(f"{'kind':16}{'labelled':>9}  {'factlint P':>10} {'R':>6} {'F1':>6}  {'toolkit R':>9}")
    rows = {}
    for kind in kinds:
        precision, recall, f1 = ours.kind_line(kind)
        labelled = ours.true_positive[kind] + ours.false_negative[kind]
        caught = sum(1 for p in pairs if any(e["kind"] == kind for e in p["errors"]) and toolkit_fails(p))
        with_kind = sum(1 for p in pairs if any(e["kind"] == kind for e in p["errors"]))
        toolkit_recall = caught / with_kind if with_kind else 1.0
        rows[kind] = {"labelled": labelled, "precision": precision, "recall": recall, "f1": f1,
                      "toolkit_recall": toolkit_recall}
        print(f"{kind:16}{labelled:>9}  {precision:>10.2f} {recall:>6.2f} {f1:>6.2f}  {toolkit_recall:>9.2f}")
    summary = {}
    timed = {"factlint": max(1, len(pairs) - files), "translate-toolkit": max(1, len(pairs))}
    for tool, result in (("factlint", ours), ("translate-toolkit", theirs)):
        precision, recall, f1 = result.pair_line()
        summary[tool] = {"precision": precision, "recall": recall, "f1": f1, "refused": result.refused,
                         "false_alarms": result.correct_flagged, "correct_pairs": result.correct_total,
                         "ms_per_pair": 1000 * result.seconds / timed[tool],
                         "by_tag": {tag: {"f1": score_.pair_line()[2], "false_alarms": score_.correct_flagged,
                                          "correct_pairs": score_.correct_total}
                                    for tag, score_ in result.by_tag.items()}}
        if result.refused:
            print(f"{tool:18} refused {result.refused} of {len(pairs)} pairs (locale tag not accepted); "
                  f"their errors count as missed")
        print(f"{tool:18} pairs: precision {precision:.2f} recall {recall:.2f} F1 {f1:.2f}; false alarms "
              f"{result.correct_flagged}/{result.correct_total} correct pairs; "
              f"{1000 * result.seconds / timed[tool]:.2f} ms per pair")
    if len(ours.by_tag) > 1:
        print("factlint per target tag: pairs F1; false alarms / correct pairs")
        print(textwrap.fill("; ".join(f"{tag} {tag_score.pair_line()[2]:.2f}, {tag_score.correct_flagged}/"
                                      f"{tag_score.correct_total}" for tag, tag_score in sorted(ours.by_tag.items())),
                            width=110, initial_indent="  ", subsequent_indent="  "))
    if files:
        print(f"factlint ran {files} of {len(pairs)} pairs as `factlint l10n FILE` (XLIFF or PO, locales from "
              f"the file): {1000 * ours.file_seconds / files:.2f} ms per file, in process; the other pairs' time "
              "is above")
    micro = prf(sum(ours.true_positive.values()), sum(ours.false_positive.values()),
                sum(ours.false_negative.values()))
    print(f"factlint by kind (micro): precision {micro[0]:.2f} recall {micro[1]:.2f} F1 {micro[2]:.2f}")
    return {"pairs": len(pairs), "kinds": rows, "tools": summary, "factlint_kind_micro": micro}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", type=Path, action="append", help="a pairs JSON file")
    parser.add_argument("--list", action="store_true", help="list pairs factlint labels differently")
    parser.add_argument("--json", type=Path, help="write the figures here")
    args = parser.parse_args(argv)
    try:
        import translate  # noqa: F401
    except ImportError:
        print("translate-toolkit is not installed: pip install translate-toolkit", file=sys.stderr)
        return 2
    results = {}
    for path in args.set or [s for s in SETS if s.exists()]:
        pairs = json.loads(path.read_text(encoding="utf-8"))
        ours, theirs = score(pairs, args.list, path.parent)
        name = path.name if path.parent.name == "l10n" else f"{path.parent.name}/{path.name}"
        results[name] = report(name, pairs, ours, theirs)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
