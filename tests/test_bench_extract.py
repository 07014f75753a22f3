"""The extraction benchmark's matching and scoring, on hand-made cases (no quantulum3 needed)."""

from __future__ import annotations

import importlib.util
import json
import sys
from fractions import Fraction
from pathlib import Path
from types import ModuleType, SimpleNamespace

import pytest

BENCH_PATH = Path(__file__).resolve().parent.parent / "benchmarks" / "bench_extract.py"


def load_bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_extract", BENCH_PATH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


bench = load_bench()
Figure = bench.Figure


def fig(start: int, end: int, kind: str | None = "number", value: str | None = None, text: str = "") -> object:
    return Figure(text or f"{start}-{end}", start, end, kind, value)


# --- matching -------------------------------------------------------------------------------------


def test_overlap_counts_shared_characters_and_touching_spans_do_not_overlap() -> None:
    assert bench.overlap(fig(0, 5), fig(3, 8)) == 2
    assert bench.overlap(fig(0, 5), fig(5, 8)) == 0
    assert bench.overlap(fig(2, 4), fig(0, 10)) == 2


def test_partial_overlap_matches() -> None:
    gold = [fig(10, 21, text="6.6 percent")]
    assert bench.match_figures(gold, [fig(10, 13, text="6.6")]) == [(0, 0)]


def test_matching_is_one_to_one_and_greedy_by_largest_overlap() -> None:
    # "2018 to 2023" predicted as one span; gold has two years: only one of them can match it.
    gold = [fig(0, 4), fig(8, 12)]
    assert bench.match_figures(gold, [fig(0, 12)]) == [(0, 0)]
    # a prediction overlapping two gold figures goes to the one it shares more with
    gold = [fig(0, 4), fig(5, 15)]
    assert bench.match_figures(gold, [fig(3, 12)]) == [(1, 0)]
    # two predictions on one gold figure: the larger overlap wins, the other is a false positive
    assert bench.match_figures([fig(0, 10)], [fig(0, 3), fig(2, 10)]) == [(0, 1)]


def test_greedy_order_leaves_the_smaller_overlap_to_the_other_figure() -> None:
    gold = [fig(0, 10), fig(10, 14)]
    predicted = [fig(8, 14), fig(0, 9)]  # first overlaps gold 0 by 2 and gold 1 by 4
    assert bench.match_figures(gold, predicted) == [(0, 1), (1, 0)]


def test_equal_overlap_prefers_the_closer_span() -> None:
    gold = [fig(0, 3), fig(0, 10)]
    assert bench.match_figures(gold, [fig(0, 3)]) == [(0, 0)]


def test_matching_empty_inputs() -> None:
    assert bench.match_figures([], []) == []
    assert bench.match_figures([fig(0, 1)], []) == []
    assert bench.match_figures([], [fig(0, 1)]) == []


# --- values ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("1000000000000", Fraction(10**12)),
    ("140.82", Fraction(14082, 100)),
    ("1E+12", Fraction(10**12)),
    ("-2.5", Fraction(-5, 2)),
    ("1/8", Fraction(1, 8)),
    ("1/0", None),
    ("--10-09", None),
    ("2011-2015", None),
    ("NaN", None),
    (None, None),
])
def test_parse_number(text: str | None, expected: Fraction | None) -> None:
    assert bench.parse_number(text) == expected


def test_gold_number_only_for_single_number_kinds() -> None:
    assert bench.gold_number(fig(0, 1, "money", "140820000000")) == 140820000000
    assert bench.gold_number(fig(0, 1, "fraction", "1/3")) == Fraction(1, 3)
    assert bench.gold_number(fig(0, 1, "year_range", "2011-2015")) is None
    assert bench.gold_number(fig(0, 1, "date", "2024-10-09")) is None
    assert bench.gold_number(fig(0, 1, "range", "10-20")) is None


def test_values_equal_with_relative_tolerance() -> None:
    assert bench.values_equal(Fraction(1, 8), bench.parse_number("0.125"))
    assert bench.values_equal(Fraction(1, 3), bench.parse_number(bench.number_string(1 / 3)))
    assert bench.values_equal(Fraction(140820000000), bench.parse_number(bench.number_string(140.82e9)))
    assert not bench.values_equal(Fraction(4400000), bench.parse_number("4.4"))  # scale word lost
    assert not bench.values_equal(Fraction(100), Fraction(1000001, 10000))  # 1e-8 relative: too far
    assert bench.values_equal(Fraction(0), Fraction(0))
    assert not bench.values_equal(Fraction(0), Fraction(1, 10**12))
    assert not bench.values_equal(Fraction(5), None)


def test_number_string() -> None:
    assert bench.number_string(0.125) == "0.125"
    assert bench.number_string(2810000.0) == "2810000.0"
    assert bench.number_string(float("nan")) is None
    assert bench.number_string(None) is None


# --- scoring --------------------------------------------------------------------------------------


def test_score_article_counts_detection_kinds_and_values() -> None:
    gold = [
        fig(0, 11, "percent", "6.6", "6.6 percent"),
        fig(20, 30, "fraction", "1/8", "one-eighth"),
        fig(40, 51, "count", "4400000", "4.4 million"),
        fig(60, 65, "decade", "1980-1989", "1980s"),
        fig(70, 73, "money", "1000", "$1k"),
    ]
    predicted = [
        fig(0, 11, "percentage", "6.6"),
        fig(20, 30, "dimensionless", "0.125"),
        fig(40, 43, "dimensionless", "4.4"),
        fig(60, 64, "dimensionless", "1980.0"),
        fig(90, 95, "dimensionless", "3"),
    ]
    score = bench.score_article(gold, predicted, "a.json")
    assert (score.predictions, score.gold, score.matched, score.exact) == (5, 5, 4, 2)
    assert score.precision == pytest.approx(0.8)
    assert score.recall == pytest.approx(0.8)
    assert (score.values_right, score.values_checked) == (2, 3)  # the decade is not checked
    assert score.kind_recall("money") == 0
    assert score.kind_recall("percent") == 1
    assert score.kind_recall("ordinal") is None
    assert [f.text for _, f in score.misses] == ["$1k"]
    assert [(a, f.start) for a, f in score.false_positives] == [("a.json", 90)]
    assert [g.text for _, g, _ in score.wrong_values] == ["4.4 million"]
    assert [g.text for _, g, _ in score.other_spans] == ["4.4 million", "1980s"]


def test_prediction_without_value_is_a_wrong_value() -> None:
    score = bench.score_article([fig(0, 4, "year", "2023")], [fig(0, 4, "year", None)])
    assert (score.matched, score.values_right, score.values_checked) == (1, 0, 1)


def test_score_empty_inputs() -> None:
    score = bench.score_article([], [])
    assert score.precision is None and score.recall is None
    only_gold = bench.score_article([fig(0, 1)], [])
    assert only_gold.recall == 0 and only_gold.precision is None
    only_predicted = bench.score_article([], [fig(0, 1)])
    assert only_predicted.precision == 0 and only_predicted.recall is None


def test_scores_add_up_over_articles() -> None:
    total = bench.Score()
    total.add(bench.score_article([fig(0, 2, "count", "12")], [fig(0, 2, "count", "12")], "a"))
    total.add(bench.score_article([fig(0, 2, "count", "12"), fig(5, 9, "year", "2020")], [], "b"))
    assert (total.gold, total.matched, total.predictions, total.values_right) == (3, 1, 1, 1)
    assert total.kind_gold == {"count": 2, "year": 1}
    assert total.kind_recall("count") == pytest.approx(0.5)
    assert [a for a, _ in total.misses] == ["b", "b"]


# --- articles and extractors ----------------------------------------------------------------------


def test_line_column_is_one_based() -> None:
    text = "ab\ncdé\nf"
    assert bench.line_column(text, 0) == (1, 1)
    assert bench.line_column(text, 5) == (2, 3)
    assert bench.line_column(text, 7) == (3, 1)


def test_load_article_resolves_next_to_the_gold_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "art.txt").write_text("Up 6.6 percent in 2023.\n", encoding="utf-8")
    figures = [{"text": "6.6 percent", "start": 3, "end": 14, "line": 1, "column": 4, "kind": "percent",
                "value": "6.6", "unit": "percent", "hedge": None, "noun": None},
               {"text": "2024", "start": 18, "end": 22, "line": 1, "column": 19, "kind": "year",
                "value": "2024", "unit": "year", "hedge": None, "noun": None}]
    gold_path = tmp_path / "gold.json"
    gold_path.write_text(json.dumps({"article": "art.txt", "figures": figures}), encoding="utf-8")
    article = bench.load_article(gold_path)
    assert article.name == "gold.json"
    assert [(f.start, f.kind, f.value) for f in article.gold] == [(3, "percent", "6.6"), (18, "year", "2024")]
    assert "reads '2023', not '2024'" in capsys.readouterr().err


def test_paragraph_spans_skip_blank_lines() -> None:
    text = "One.\nTwo.\n\n  \nThree.\n"
    assert [text[s:e] for s, e in bench.paragraph_spans(text)] == ["One.\nTwo.", "Three."]


def fake_quantity(span: tuple[int, int], value: float, unit: str = "dimensionless") -> SimpleNamespace:
    return SimpleNamespace(span=span, value=value, unit=SimpleNamespace(name=unit))


def fake_parse(chunk: str) -> list[SimpleNamespace]:
    """Finds each "42" in the chunk, with chunk-relative spans like quantulum3's."""
    found, at = [], chunk.find("42")
    while at >= 0:
        found.append(fake_quantity((at, at + 2), 42.0))
        at = chunk.find("42", at + 1)
    return found


@pytest.mark.parametrize("mode", ["paragraphs", "whole"])
def test_quantulum_spans_map_back_to_article_offsets(mode: str) -> None:
    text = "Intro.\n\nIt is 42.\n\nAnd 42 again,\n42."
    figures = bench.quantulum_extractor(fake_parse, mode)(text)
    assert [(f.start, f.line, f.column, f.value) for f in figures] == [
        (14, 3, 7, "42.0"), (23, 5, 5, "42.0"), (33, 6, 1, "42.0")]
    assert all(text[f.start:f.end] == "42" for f in figures)


def test_factlint_figures_reads_extracted_figure_attributes() -> None:
    item = SimpleNamespace(text="336", start=5, end=8, line=1, column=6, kind="count", value="336",
                           unit="count", hedge=None, noun="enterprises")
    assert bench.factlint_figures([item]) == [Figure("336", 5, 8, "count", "336", 1, 6)]


def test_time_calls_warms_up_once() -> None:
    calls: list[str] = []
    times = bench.time_calls(lambda text: calls.append(text) or [], "x", 3)
    assert len(times) == 3 and len(calls) == 4


def test_missing_quantulum3_exits_2(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setitem(sys.modules, "quantulum3", None)  # import raises ImportError
    (tmp_path / "a.txt").write_text("7 cats", encoding="utf-8")
    gold = tmp_path / "g.json"
    gold.write_text(json.dumps({"article": "a.txt", "figures": []}), encoding="utf-8")
    assert bench.main(["--articles", str(gold)]) == 2
    assert "pip install quantulum3" in capsys.readouterr().err


def test_no_gold_files_exits_2(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(bench, "GOLD_DIR", tmp_path)
    assert bench.main([]) == 2


def test_missing_gold_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert bench.main(["--articles", str(tmp_path / "nope.json")]) == 2
    assert "no such gold file" in capsys.readouterr().err
