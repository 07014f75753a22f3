"""`factlint extract ARTICLE --format json|yaml|text`, run through the CLI on messy real-world text.

Every figure is checked against the file itself: its text is the file's text between start and
end, and line and column are recomputed here from the offset. The messy article below has front
matter with figures in it (never extracted), an escaped dollar, no-break spaces inside figures,
en and em dashes, a page-break gap inside a sentence, and names that contain numbers.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from factlint.cli import main

KEYS = {"text", "start", "end", "line", "column", "kind", "value", "unit", "hedge", "noun", "currency_evidence"}

FRONT_MATTER = (
    "---\n"
    "title: 42 ways to save 3 percent on 1 trillion yuan\n"
    "published: 2024-10-18\n"
    "source: Page 7, section 2\n"
    "---\n"
)
BODY = (
    "Guangdong hinges on manufacturing, with revenue reaching 20 million yuan (\\$2.81 million) "
    "and startups valued at more than \\$1 billion.\n"
    "\n"
    "Kawabe agreed to buy Brenner for €520 million (81.9\u00a0billion yen); a second bid was "
    "81.9\u202fbillion yen.\n"
    "\n"
    "Its goal is to develop at least 15 businesses, each with annual revenue exceeding tens of "
    "billions of yuan to hundreds of billions of yuan.\n"
    "\n"
    "Exports are doubling, imports tripled and costs halved. Guangdong has ranked first for seven "
    "consecutive years.\n"
    "\n"
    "The province's industrial scale accounts for about one-eighth of China's total, or 1 in 8 "
    "factories.\n"
    "\n"
    "In the 1990s it built ships; its layout began in the 12th Five-Year Plan (2011-15), and "
    "Brenner's sales grew in 2019–2024.\n"
    "\n"
    "A plan was issued on Oct 9, another on Sept 30, and a first one in June 2020.\n"
    "\n"
    "Sahyadri will invest ₹3,600 crore — and Nordhaven €1.2 billion — in a 12 GWh line.\n"
    "\n"
    "Eight enterprises entered the Fortune Global 500 list; one-click parking is standard. The "
    "province has 1,528 specialized and innovative \"little giant\" enterprises across the\n"
    "\n"
    "\n"
    "\n"
    "region and 27,339 innovative SMEs.\n"
)
ARTICLE = FRONT_MATTER + BODY


@pytest.fixture
def messy(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "messy.txt"
    path.write_bytes(ARTICLE.encode("utf-8"))
    return path, ARTICLE


def extract(capsys: pytest.CaptureFixture[str], path: Path, output_format: str) -> str:
    assert main(["extract", str(path), "--format", output_format]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    return captured.out


def extract_json(capsys: pytest.CaptureFixture[str], path: Path) -> list[dict[str, object]]:
    rows = json.loads(extract(capsys, path, "json"))
    assert isinstance(rows, list)
    return rows


def line_and_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and code-point column of an offset, any of \\n, \\r\\n, \\r ending a line."""
    before = text[:offset].replace("\r\n", "\n").replace("\r", "\n")
    line_start = before.rfind("\n") + 1
    return before.count("\n") + 1, len(before) - line_start + 1


def only(rows: list[dict[str, object]], text: str) -> dict[str, object]:
    """The one figure whose text is `text` (failing if there are none or several)."""
    found = [row for row in rows if row["text"] == text]
    assert len(found) == 1, f"{text!r}: {len(found)} figures: {[r['text'] for r in rows]}"
    return found[0]


def test_json_objects_have_exactly_the_documented_keys_and_point_into_the_file(capsys, messy):
    path, text = messy
    rows = extract_json(capsys, path)
    assert len(rows) >= 25
    starts = []
    for row in rows:
        assert set(row) == KEYS
        start, end = row["start"], row["end"]
        assert isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)
        assert row["text"] == text[start:end]
        assert (row["line"], row["column"]) == line_and_column(text, start)
        assert row["kind"] and isinstance(row["kind"], str)
        starts.append(start)
    assert starts == sorted(starts), "figures are listed in reading order"


def test_yaml_is_the_same_list_as_json(capsys, messy):
    path, _ = messy
    rows = extract_json(capsys, path)
    loaded = YAML(typ="safe", pure=True).load(io.StringIO(extract(capsys, path, "yaml")))
    assert loaded == rows


def test_text_lists_one_line_per_figure_and_ends_with_the_count(capsys, messy):
    path, _ = messy
    rows = extract_json(capsys, path)
    lines = extract(capsys, path, "text").splitlines()
    assert lines[-1] == f"{len(rows)} figure(s)"
    assert len(lines) == len(rows) + 1
    for row, line in zip(rows, lines[:-1], strict=True):
        assert line.startswith(f"{row['line']}:{row['column']}\t{row['kind']}\t")


def test_front_matter_figures_are_never_extracted_and_offsets_index_the_whole_file(capsys, messy):
    path, text = messy
    rows = extract_json(capsys, path)
    assert text.startswith(FRONT_MATTER)
    assert all(row["start"] >= len(FRONT_MATTER) for row in rows)
    assert all(row["line"] > FRONT_MATTER.count("\n") for row in rows)
    assert not [row for row in rows if row["text"] in ("42", "3 percent", "1 trillion yuan", "7", "2")]
    # The body alone gives the same figures, shifted by the front matter's length.
    body = path.with_name("body.txt")
    body.write_bytes(BODY.encode("utf-8"))
    body_rows = extract_json(capsys, body)
    assert [(r["text"], r["start"] + len(FRONT_MATTER)) for r in body_rows] == \
        [(r["text"], r["start"]) for r in rows]


def test_escaped_dollar_span_starts_at_the_dollar_and_keeps_the_hedge(capsys, messy):
    path, text = messy
    rows = extract_json(capsys, path)
    converted = only(rows, "$2.81 million")
    assert text[converted["start"] - 1] == "\\"
    assert (converted["kind"], converted["value"], converted["unit"]) == ("money", 2810000, "USD")
    unicorn = only(rows, "$1 billion")
    assert text[unicorn["start"] - 1:unicorn["end"]] == "\\$1 billion"
    assert (unicorn["value"], unicorn["unit"], unicorn["hedge"]) == (1000000000, "USD", "more than")
    amount = only(rows, "20 million yuan")
    assert (amount["value"], amount["unit"], amount["hedge"]) == (20000000, "CNY", None)


@pytest.mark.parametrize("space", ["\u00a0", "\u202f"])
def test_no_break_spaces_inside_a_figure(capsys, messy, space):
    path, text = messy
    rows = extract_json(capsys, path)
    yen = only(rows, f"81.9{space}billion yen")
    assert (yen["kind"], yen["value"], yen["unit"]) == ("money", 81900000000, "JPY")
    assert text[yen["start"]:yen["end"]] == f"81.9{space}billion yen"


def test_range_of_vague_amounts(capsys, messy):
    rows = extract_json(capsys, messy[0])
    span = only(rows, "tens of billions of yuan to hundreds of billions of yuan")
    assert (span["kind"], span["unit"], span["hedge"]) == ("range", "CNY", "exceeding")
    assert span["value"] == [10**10, 10**12]  # tens of billions up to (not reaching) a trillion
    count = only(rows, "15")
    assert (count["kind"], count["value"], count["hedge"], count["noun"]) == ("count", 15, "at least", "businesses")


@pytest.mark.parametrize(("word", "value"), [("doubling", 2), ("tripled", 3), ("halved", 0.5)])
def test_ratio_words(capsys, messy, word, value):
    row = only(extract_json(capsys, messy[0]), word)
    assert (row["kind"], row["value"], row["unit"]) == ("ratio", value, "ratio")


def test_duration_and_rank_word(capsys, messy):
    rows = extract_json(capsys, messy[0])
    years = only(rows, "seven consecutive years")
    assert (years["kind"], years["value"], years["unit"]) == ("duration", 7, "years")
    rank = only(rows, "first")  # "ranked first"; "a first one in June" is no rank
    assert (rank["kind"], rank["value"], rank["unit"]) == ("ordinal", 1, "ordinal")
    assert messy[1][rank["start"] - 7:rank["start"]] == "ranked "


@pytest.mark.parametrize("written", ["one-eighth", "1 in 8"])
def test_fractions(capsys, messy, written):
    row = only(extract_json(capsys, messy[0]), written)
    assert (row["kind"], row["value"], row["unit"]) == ("fraction", 0.125, "fraction")


def test_one_eighth_keeps_its_hedge(capsys, messy):
    assert only(extract_json(capsys, messy[0]), "one-eighth")["hedge"] == "about"


@pytest.mark.parametrize(("written", "kind", "value"), [
    ("1990s", "decade", [1990, 1999]),
    ("2011-15", "year_range", [2011, 2015]),
    ("2019–2024", "year_range", [2019, 2024]),  # en dash
    ("Oct 9", "date", "--10-09"),
    ("Sept 30", "date", "--09-30"),
    ("June 2020", "month", "2020-06"),
])
def test_years_and_dates(capsys, messy, written, kind, value):
    row = only(extract_json(capsys, messy[0]), written)
    assert (row["kind"], row["value"]) == (kind, value)


@pytest.mark.parametrize(("written", "kind", "value", "unit"), [
    ("₹3,600 crore", "money", 36000000000, "INR"),
    ("€1.2 billion", "money", 1200000000, "EUR"),  # between em dashes
    ("€520 million", "money", 520000000, "EUR"),
    ("12 GWh", "quantity", 12, "GWh"),
])
def test_money_and_quantities(capsys, messy, written, kind, value, unit):
    row = only(extract_json(capsys, messy[0]), written)
    assert (row["kind"], row["value"], row["unit"]) == (kind, value, unit)


def test_thousands_separators_and_a_page_break_inside_a_sentence(capsys, messy):
    path, text = messy
    rows = extract_json(capsys, path)
    giants = only(rows, "1,528")
    assert (giants["kind"], giants["value"], giants["noun"]) == (
        "count", 1528, "specialized and innovative \"little giant\" enterprises")
    smes = only(rows, "27,339")  # after the page-break gap, on its own line
    assert (smes["kind"], smes["value"], smes["noun"]) == ("count", 27339, "innovative SMEs")
    assert text[:smes["start"]].endswith("across the\n\n\n\nregion and ")
    assert smes["column"] == len("region and ") + 1


def test_names_with_numbers_are_not_figures(capsys, messy):
    path, text = messy
    rows = extract_json(capsys, path)
    for name in ("Fortune Global 500", "one-click", "Five-Year Plan"):
        at = text.index(name)
        overlapping = [r["text"] for r in rows if r["start"] < at + len(name) and at < r["end"]]
        assert overlapping == [], name
    plan = only(rows, "12th")
    assert (plan["kind"], plan["value"]) == ("ordinal", 12)
    assert text[plan["end"]:plan["end"] + 15] == " Five-Year Plan"


def test_crlf_line_endings_keep_offsets_and_columns(capsys, tmp_path):
    text = "---\r\ntitle: 9 lives\r\n---\r\nThe fair drew 336 enterprises,\r\nup 6.6 percent, on Oct 19.\r\n"
    path = tmp_path / "crlf.txt"
    path.write_bytes(text.encode("utf-8"))
    rows = extract_json(capsys, path)
    assert [r["text"] for r in rows] == ["336", "6.6 percent", "Oct 19"]
    for row in rows:
        assert row["text"] == text[row["start"]:row["end"]]
        assert (row["line"], row["column"]) == line_and_column(text, row["start"])


def test_counted_acronym_plural(capsys, tmp_path):
    path = tmp_path / "teu.txt"
    path.write_text("Rotterdam handled 412,000 TEUs in the half.\n", encoding="utf-8")
    row = only(extract_json(capsys, path), "412,000")
    assert (row["kind"], row["noun"]) == ("count", "TEUs")


def test_missing_file_is_an_input_error_naming_it(capsys, tmp_path):
    missing = tmp_path / "nowhere" / "article.txt"
    assert main(["extract", str(missing)]) == 2
    captured = capsys.readouterr()
    assert str(missing) in captured.err
    assert "Traceback" not in captured.err and captured.out == ""


def test_non_utf8_file_is_an_input_error_at_line_and_column(capsys, tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes(b"First line.\nThe fund raised 20 million \xa3 in 2024.\n")
    assert main(["extract", str(path), "--format", "json"]) == 2
    captured = capsys.readouterr()
    assert f"{path}:2:28:" in captured.err
    assert "UTF-8" in captured.err and "Traceback" not in captured.err and captured.out == ""


def test_non_utf8_column_counts_code_points(capsys, tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_bytes("It costs ₹3,600 crore ".encode() + b"\xa3 more.\n")
    assert main(["extract", str(path)]) == 2
    assert f"{path}:1:{len('It costs ₹3,600 crore ') + 1}:" in capsys.readouterr().err


def extract_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path, line: str) -> list[dict[str, object]]:
    path = tmp_path / "line.txt"
    path.write_text(line + "\n", encoding="utf-8")
    return extract_json(capsys, path)


def test_iso_date(capsys, tmp_path):
    rows = extract_one_line(capsys, tmp_path, "The board approved the plan on 2025-10-08, the company said.")
    assert [(r["text"], r["kind"], r["value"]) for r in rows] == [("2025-10-08", "date", "2025-10-08")]


def test_day_first_date(capsys, tmp_path):
    rows = extract_one_line(capsys, tmp_path, "The plan was approved on Wednesday, 19 November 2025.")
    assert [(r["text"], r["kind"], r["value"]) for r in rows] == [("19 November 2025", "date", "2025-11-19")]
