"""Figure extraction, factlint against quantulum3, on the hand-labelled gold lists, in one run.

Both tools get each whole article (read as UTF-8). Reported per tool: figures found, figures that
match a gold figure (one-to-one, by character-span overlap, greedy by largest overlap), precision,
recall (overall and per gold kind), values right among matched single-number gold figures, and the
median wall time per article (after one warm-up per article, so model loading is excluded; the
quantulum3 import and its first call are reported apart).

quantulum3 is only a benchmark dependency, never one of factlint's:

    pip install quantulum3                 # rule-based parser
    pip install "quantulum3[classifier]"   # + scikit-learn unit disambiguation (as measured here)

Usage:

    python benchmarks/bench_extract.py [--articles GOLD.json ...] [--runs-factlint 20]
        [--runs-quantulum 5] [--quantulum-mode paragraphs|whole] [--list-misses] [--json PATH]

Run as a script it pins PYTHONHASHSEED=0 (unless set): quantulum3's output depends on string hashing.
quantulum3 is given the article paragraph by paragraph (spans shifted back to article offsets; the time
is the whole article's): on the seed that gives the same figures as one whole-article call, in half the
time. Exit codes: 0 done, 2 quantulum3 missing or no gold files.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import os
import re
import statistics
import sys
import time
import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
GOLD_DIR = REPO / "tests" / "fixtures" / "figures"
INSTALL_HINT = 'pip install quantulum3   (or "quantulum3[classifier]" for its unit classifier)'

# Gold kinds whose value is one number; only these are checked for "values right".
NUMERIC_KINDS = frozenset(
    {"money", "percent", "points", "count", "number", "ordinal", "year", "duration", "ratio", "fraction",
     "quantity"}
)
REL_TOL = Fraction(1, 10**9)
TOOLS = ("factlint", "quantulum3")


@dataclass(frozen=True)
class Figure:
    """One figure, gold or predicted, as a character span of the article."""

    text: str
    start: int
    end: int
    kind: str | None = None
    value: str | None = None
    line: int = 0
    column: int = 0
    currency: str | None = None  # money: the ISO 4217 code


@dataclass
class Score:
    """Detection and value counts for one tool, over one or more articles."""

    predictions: int = 0
    gold: int = 0
    matched: int = 0
    exact: int = 0  # matched pairs whose spans are identical
    values_checked: int = 0
    values_right: int = 0
    currencies_checked: int = 0  # matched gold money figures with an ISO currency
    currencies_right: int = 0
    kind_gold: dict[str, int] = field(default_factory=dict)
    kind_matched: dict[str, int] = field(default_factory=dict)
    misses: list[tuple[str, Figure]] = field(default_factory=list)  # (article, gold figure)
    false_positives: list[tuple[str, Figure]] = field(default_factory=list)  # (article, prediction)
    wrong_values: list[tuple[str, Figure, Figure]] = field(default_factory=list)  # (article, gold, prediction)
    other_spans: list[tuple[str, Figure, Figure]] = field(default_factory=list)  # matched, spans not identical

    @property
    def precision(self) -> float | None:
        return self.matched / self.predictions if self.predictions else None

    @property
    def recall(self) -> float | None:
        return self.matched / self.gold if self.gold else None

    def kind_recall(self, kind: str) -> float | None:
        total = self.kind_gold.get(kind, 0)
        return self.kind_matched.get(kind, 0) / total if total else None

    def add(self, other: Score) -> None:
        """Fold another article's score into this one."""
        self.predictions += other.predictions
        self.gold += other.gold
        self.matched += other.matched
        self.exact += other.exact
        self.values_checked += other.values_checked
        self.values_right += other.values_right
        self.currencies_checked += other.currencies_checked
        self.currencies_right += other.currencies_right
        for kind, count in other.kind_gold.items():
            self.kind_gold[kind] = self.kind_gold.get(kind, 0) + count
        for kind, count in other.kind_matched.items():
            self.kind_matched[kind] = self.kind_matched.get(kind, 0) + count
        self.misses += other.misses
        self.false_positives += other.false_positives
        self.wrong_values += other.wrong_values
        self.other_spans += other.other_spans


# --- matching and scoring -------------------------------------------------------------------------


def overlap(a: Figure, b: Figure) -> int:
    """Characters shared by two half-open spans (0 when they only touch)."""
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def match_figures(gold: Sequence[Figure], predicted: Sequence[Figure]) -> list[tuple[int, int]]:
    """One-to-one (gold index, prediction index) pairs, greedy by largest span overlap.

    Ties go to the pair whose spans differ least in length, then to the earlier gold figure.
    """
    candidates = []
    for g_index, g in enumerate(gold):
        for p_index, p in enumerate(predicted):
            shared = overlap(g, p)
            if shared:
                extra = (g.end - g.start) + (p.end - p.start) - 2 * shared
                candidates.append((-shared, extra, g_index, p_index))
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, _, g_index, p_index in candidates:
        if g_index not in used_gold and p_index not in used_pred:
            used_gold.add(g_index)
            used_pred.add(p_index)
            pairs.append((g_index, p_index))
    return sorted(pairs)


def parse_number(value: str | None) -> Fraction | None:
    """A value string as an exact number: plain decimal ("1000000000000", "-2.5") or "a/b"."""
    if value is None:
        return None
    text = value.strip()
    try:
        if re.fullmatch(r"[+-]?\d+/\d+", text):
            numerator, denominator = text.split("/")
            return Fraction(int(numerator), int(denominator)) if int(denominator) else None
        number = Decimal(text)
    except (InvalidOperation, ValueError):
        return None
    return Fraction(number) if number.is_finite() else None


def gold_number(figure: Figure) -> Fraction | None:
    """The gold figure's single number, or None if its kind has no single-number value."""
    return parse_number(figure.value) if figure.kind in NUMERIC_KINDS else None


def values_equal(gold: Fraction, predicted: Fraction | None, rel_tol: Fraction = REL_TOL) -> bool:
    """Equal within a relative tolerance (exact for zero)."""
    if predicted is None:
        return False
    return abs(gold - predicted) <= rel_tol * max(abs(gold), abs(predicted))


def score_article(gold: Sequence[Figure], predicted: Sequence[Figure], article: str = "") -> Score:
    """Detection, per-kind recall and value accuracy of one tool's predictions on one article."""
    pairs = match_figures(gold, predicted)
    score = Score(predictions=len(predicted), gold=len(gold), matched=len(pairs))
    score.other_spans = [(article, gold[g], predicted[p]) for g, p in pairs
                         if (gold[g].start, gold[g].end) != (predicted[p].start, predicted[p].end)]
    score.exact = len(pairs) - len(score.other_spans)
    matched_gold = {g for g, _ in pairs}
    matched_pred = {p for _, p in pairs}
    for g_index, figure in enumerate(gold):
        kind = figure.kind or "?"
        score.kind_gold[kind] = score.kind_gold.get(kind, 0) + 1
        if g_index in matched_gold:
            score.kind_matched[kind] = score.kind_matched.get(kind, 0) + 1
        else:
            score.misses.append((article, figure))
    score.false_positives = [(article, p) for i, p in enumerate(predicted) if i not in matched_pred]
    for g_index, p_index in pairs:
        if gold[g_index].kind == "money" and gold[g_index].currency:
            score.currencies_checked += 1
            score.currencies_right += gold[g_index].currency == predicted[p_index].currency
        expected = gold_number(gold[g_index])
        if expected is None:
            continue
        score.values_checked += 1
        if values_equal(expected, parse_number(predicted[p_index].value)):
            score.values_right += 1
        else:
            score.wrong_values.append((article, gold[g_index], predicted[p_index]))
    return score


# --- gold lists and articles ----------------------------------------------------------------------


def line_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column (in code points) of a str offset."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


@dataclass(frozen=True)
class Article:
    name: str  # the gold file's name
    text: str  # as quantulum3 reads it: a "# source:" metadata line blanked out
    gold: tuple[Figure, ...]
    factlint_text: str = ""  # as factlint reads it: that line as front matter (publication date, source)

    def text_for(self, tool: str) -> str:
        return self.factlint_text if tool == "factlint" and self.factlint_text else self.text


_SOURCE_LINE = re.compile(r"# source: (\S+) \(published (\d{4}-\d{2}(?:-\d{2})?)[^)]*\)")


def as_metadata(text: str) -> tuple[str, str]:
    """Corpus articles open with "# source: URL (published DATE)": metadata, not text. quantulum3
    gets the line blanked; factlint gets it as front matter of the same length (the URL's path
    shortened), so that every offset of the gold labels still holds for both."""
    first, newline, rest = text.partition("\n")
    match = _SOURCE_LINE.match(first)
    if not match:
        return text, text
    blank = " " * len(first) + newline + rest
    date = match[2] if len(match[2]) == 10 else f"{match[2]}-15"
    skeleton = "---\nsource: {}\npublished: " + date + "\n---"
    room = len(first) - len(skeleton.format(""))
    url = match[1][:room] if room > 0 else ""
    front = skeleton.format(url)
    front += " " * (len(first) - len(front)) if len(front) <= len(first) else ""
    if len(front) != len(first):  # no room even for the date: leave factlint the blank line too
        return blank, blank
    return blank, front + newline + rest


def resolve_article(gold_path: Path, article: str) -> Path:
    """The article path of a gold list: absolute, or relative to the repo, or to the gold file."""
    path = Path(article)
    if path.is_absolute():
        return path
    for base in (REPO, gold_path.parent):
        if (base / path).is_file():
            return base / path
    return REPO / path


def load_article(gold_path: Path) -> Article:
    """A gold list and its article; warns on stderr where a gold span does not show its text."""
    data = json.loads(gold_path.read_text(encoding="utf-8"))
    text = resolve_article(gold_path, data["article"]).read_text(encoding="utf-8")
    gold = []
    for item in data["figures"]:
        currency = item.get("unit") if item.get("kind") == "money" else None
        figure = Figure(item["text"], item["start"], item["end"], item.get("kind"), item.get("value"),
                        item.get("line", 0), item.get("column", 0), currency)
        if text[figure.start:figure.end] != figure.text:
            print(f"warning: {gold_path.name}: gold span {figure.start}-{figure.end} reads "
                  f"{text[figure.start:figure.end]!r}, not {figure.text!r}", file=sys.stderr)
        gold.append(figure)
    blank, with_front_matter = as_metadata(text)
    return Article(gold_path.name, blank, tuple(gold), with_front_matter)


# --- the two extractors ---------------------------------------------------------------------------


Extractor = Callable[[str], list[Figure]]


def factlint_figures(items: Iterable[Any]) -> list[Figure]:
    """factlint's ExtractedFigure objects as Figures."""
    return [Figure(f.text, f.start, f.end, f.kind, f.value, f.line, f.column,
                   f.unit if f.kind in ("money", "range") else None) for f in items]


def load_factlint() -> Extractor | None:
    """factlint's extractor, or None while factlint.text.extract does not exist."""
    try:
        from factlint.text.extract import extract_figures
        from factlint.text.scan import clear_cache
    except ImportError:
        return None

    def extract(text: str) -> list[Figure]:
        clear_cache()  # the scanner memoizes by text: time real work, not a cache hit
        return factlint_figures(extract_figures(text))

    return extract


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the runs of non-blank lines."""
    return [m.span() for m in re.finditer(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*", text)]


def number_string(value: float | None) -> str | None:
    """A float as the shortest decimal string that reads back as it (None for nan/inf/None)."""
    if value is None or value != value or value in (float("inf"), float("-inf")):
        return None
    return str(Decimal(repr(value)))


def quantity_figure(text: str, quantity: Any, shift: int) -> Figure:
    """One quantulum3 Quantity (span relative to a chunk starting at `shift`) as an article Figure."""
    start, end = quantity.span[0] + shift, quantity.span[1] + shift
    line, column = line_column(text, start)
    return Figure(text[start:end], start, end, quantity.unit.name, number_string(quantity.value), line, column,
                  getattr(quantity.unit, "currency_code", None))


def quantulum_extractor(parse: Callable[[str], list[Any]], mode: str) -> Extractor:
    """quantulum3's parse applied to the whole article, or paragraph by paragraph with spans shifted."""

    def extract(text: str) -> list[Figure]:
        chunks = [(0, len(text))] if mode == "whole" else paragraph_spans(text)
        return [quantity_figure(text, q, start) for start, end in chunks for q in parse(text[start:end])]

    return extract


@dataclass(frozen=True)
class Quantulum:
    extract: Extractor
    version: str
    classifier: str
    import_s: float


def load_quantulum(mode: str) -> Quantulum | None:
    """quantulum3's extractor and what was loaded, or None when it is not installed."""
    start = time.perf_counter()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "classifier dependencies not installed" is reported below
            from quantulum3 import classifier, parser
    except ImportError:
        return None
    import_s = time.perf_counter() - start
    if classifier.USE_CLF:
        state = f"on, scikit-learn {importlib.metadata.version('scikit-learn')}"
    else:
        state = "off (pip install 'quantulum3[classifier]' for unit disambiguation)"
    return Quantulum(quantulum_extractor(parser.parse, mode), importlib.metadata.version("quantulum3"),
                     state, import_s)


# --- timing ---------------------------------------------------------------------------------------


def time_calls(extract: Extractor, text: str, runs: int) -> list[float]:
    """Wall times of `runs` calls on one article, after one untimed warm-up call."""
    extract(text)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        extract(text)
        times.append(time.perf_counter() - start)
    return times


def first_call(extract: Extractor, text: str) -> tuple[list[Figure], float]:
    """One call and its wall time."""
    start = time.perf_counter()
    figures = extract(text)
    return figures, time.perf_counter() - start


# --- the run --------------------------------------------------------------------------------------


@dataclass
class ToolRun:
    score: Score = field(default_factory=Score)
    median_s: dict[str, float] = field(default_factory=dict)  # article -> median seconds

    @property
    def median_ms(self) -> float:
        return statistics.median(self.median_s.values()) * 1000


def run_tool(extract: Extractor, articles: Sequence[Article], runs: int, tool: str) -> ToolRun:
    result = ToolRun()
    for article in articles:
        text = article.text_for(tool)
        result.score.add(score_article(article.gold, extract(text), article.name))
        result.median_s[article.name] = statistics.median(time_calls(extract, text, runs))
    return result


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def summary_rows(runs: dict[str, ToolRun]) -> list[dict[str, Any]]:
    base = runs["factlint"].median_ms if "factlint" in runs else None
    rows = []
    for tool, run in runs.items():
        s = run.score
        rows.append({
            "tool": tool, "found": s.predictions, "matched": s.matched, "exact_spans": s.exact, "gold": s.gold,
            "precision": s.precision, "recall": s.recall,
            "values_right": s.values_right, "values_checked": s.values_checked,
            "currencies_right": s.currencies_right, "currencies_checked": s.currencies_checked,
            "median_ms_per_article": run.median_ms,
            "time_ratio_to_factlint": run.median_ms / base if base else None,
            "median_ms_by_article": {name: t * 1000 for name, t in run.median_s.items()},
        })
    return rows


def kind_rows(runs: dict[str, ToolRun]) -> list[dict[str, Any]]:
    gold = next(iter(runs.values())).score.kind_gold
    return [{"kind": kind, "gold": gold[kind],
             **{tool: {"matched": run.score.kind_matched.get(kind, 0), "recall": run.score.kind_recall(kind)}
                for tool, run in runs.items()}}
            for kind in sorted(gold, key=lambda k: (-gold[k], k))]


SUMMARY_COLUMNS = ("tool", "figures found", "matched", "exact span", "precision", "recall", "values right",
                   "currency right", "median ms/article", "time ÷ factlint")


def summary_cells(row: dict[str, Any]) -> list[str]:
    ratio = row["time_ratio_to_factlint"]
    return [row["tool"], str(row["found"]), str(row["matched"]), str(row["exact_spans"]),
            percent(row["precision"]), percent(row["recall"]), f"{row['values_right']}/{row['values_checked']}",
            f"{row['currencies_right']}/{row['currencies_checked']}",
            f"{row['median_ms_per_article']:.2f}", "—" if ratio is None else f"{ratio:.1f}×"]


def format_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Columns as wide as their widest cell; the first left-aligned, the others right-aligned."""
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]

    def line(cells: Sequence[str]) -> str:
        padded = (c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths, strict=True)))
        return "  ".join(padded)

    return "\n".join([line(header), "  ".join("-" * w for w in widths), *(line(r) for r in rows)])


def print_tables(runs: dict[str, ToolRun]) -> None:
    print(format_table(SUMMARY_COLUMNS, [summary_cells(row) for row in summary_rows(runs)]))
    tools = list(runs)
    kinds = [[row["kind"], str(row["gold"]), *(f"{row[t]['matched']} ({percent(row[t]['recall'])})" for t in tools)]
             for row in kind_rows(runs)]
    print("\nrecall per gold kind")
    print(format_table(["kind", "gold", *tools], kinds))


def where(article: str, figure: Figure) -> str:
    return f"{article}:{figure.line}:{figure.column}"


def print_misses(runs: dict[str, ToolRun]) -> None:
    for tool, run in runs.items():
        s = run.score
        print(f"\n== {tool}: {len(s.misses)} missed gold figures")
        for article, f in s.misses:
            print(f"  {where(article, f)}  {f.text!r}  ({f.kind or '?'})")
        print(f"== {tool}: {len(s.false_positives)} false positives")
        for article, f in s.false_positives:
            print(f"  {where(article, f)}  {f.text!r}  ({f.kind or '?'})")
        print(f"== {tool}: {len(s.other_spans)} matched with another span (gold → predicted)")
        for article, g, p in s.other_spans:
            print(f"  {where(article, g)}  {g.text!r} → {p.text!r}")
        print(f"== {tool}: {len(s.wrong_values)} wrong values (gold → predicted)")
        for article, g, p in s.wrong_values:
            print(f"  {where(article, g)}  {g.text!r}  ({g.kind or '?'}): {g.value} → {p.value} from {p.text!r}")


def gold_files(named: Sequence[str] | None) -> list[Path]:
    return [Path(p) for p in named] if named else sorted(GOLD_DIR.glob("*.json"))


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", nargs="+", metavar="GOLD",
                        help="gold JSON files (default: every *.json in tests/fixtures/figures)")
    parser.add_argument("--runs-factlint", type=int, default=20)
    parser.add_argument("--runs-quantulum", type=int, default=5)
    parser.add_argument("--quantulum-mode", choices=("paragraphs", "whole"), default="paragraphs",
                        help="parse the article paragraph by paragraph (default; same output, faster) or whole")
    parser.add_argument("--list-misses", action="store_true", help="each tool's misses, false positives, "
                        "wrong values")
    parser.add_argument("--json", metavar="PATH", help="also write the figures as JSON")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    paths = gold_files(args.articles)
    if not paths:
        print(f"no gold files in {GOLD_DIR}", file=sys.stderr)
        return 2
    missing = [str(path) for path in paths if not path.is_file()]
    if missing:
        print(f"no such gold file: {', '.join(missing)}", file=sys.stderr)
        return 2
    quantulum = load_quantulum(args.quantulum_mode)
    if quantulum is None:
        print(f"quantulum3 is not installed; it is a benchmark-only dependency: {INSTALL_HINT}", file=sys.stderr)
        return 2
    articles = [load_article(path) for path in paths]
    factlint = load_factlint()
    _, first_s = first_call(quantulum.extract, articles[0].text)

    print(f"{len(articles)} article(s), {sum(len(a.gold) for a in articles)} gold figures: "
          + ", ".join(a.name for a in articles))
    print(f"quantulum3 {quantulum.version}, classifier {quantulum.classifier}; parsed {args.quantulum_mode}; "
          f"import {quantulum.import_s * 1000:.0f} ms, first call {first_s * 1000:.0f} ms (excluded below); "
          f"PYTHONHASHSEED={os.environ.get('PYTHONHASHSEED', 'random')}")
    runs: dict[str, ToolRun] = {}
    if factlint is None:
        print("factlint.text.extract not available: factlint is left out")
    else:
        runs["factlint"] = run_tool(factlint, articles, args.runs_factlint, "factlint")
    runs["quantulum3"] = run_tool(quantulum.extract, articles, args.runs_quantulum, "quantulum3")
    print(f"timing: median of {args.runs_factlint} (factlint) / {args.runs_quantulum} (quantulum3) runs per "
          "article after one warm-up; median over articles\n")
    print_tables(runs)
    if args.list_misses:
        print_misses(runs)
    if args.json:
        report = {
            "articles": [a.name for a in articles],
            "gold_figures": sum(len(a.gold) for a in articles),
            "factlint_available": factlint is not None,
            "quantulum3": {"version": quantulum.version, "classifier": quantulum.classifier,
                           "mode": args.quantulum_mode, "python_hash_seed": os.environ.get("PYTHONHASHSEED"),
                           "import_ms": quantulum.import_s * 1000,
                           "first_call_ms": first_s * 1000},
            "runs": {"factlint": args.runs_factlint, "quantulum3": args.runs_quantulum},
            "tools": summary_rows(runs),
            "recall_per_kind": kind_rows(runs),
        }
        Path(args.json).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


def pin_hash_seed() -> None:
    """Re-run this script with PYTHONHASHSEED=0 unless a seed is set.

    quantulum3's output depends on string hashing (with some seeds it reads "An XAG" in the seed
    article as a quantity, with others not), so an unpinned seed makes its counts vary between runs.
    """
    if "PYTHONHASHSEED" not in os.environ:
        os.environ["PYTHONHASHSEED"] = "0"
        os.execv(sys.executable, [sys.executable, *sys.argv])


if __name__ == "__main__":
    pin_hash_seed()
    sys.exit(main())
