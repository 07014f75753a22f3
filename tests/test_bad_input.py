"""Broken claims files and articles get exit 2 and a message naming the file and line, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SEED_CLAIMS

from factlint.cli import main

# A clean claims file with an inline article; each case below breaks one line of it.
GOOD = """\
article:
  text: "The fair drew 336 enterprises and 12 guests on Saturday, Oct 19, 2024."
claims:
  - id: firms
    quote: "336 enterprises"
    value: "336"
    unit: count
  - id: guests
    quote: "12 guests"
    value: "12"
    unit: count
relations:
  - kind: ordering
    claims: [guests, firms]
ignored_figures:
  - quote: "on Saturday, Oct 19, 2024"
    reason: the fair's date, stated once and related to nothing
"""


@pytest.fixture(autouse=True)
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run every test from tmp_path, so the paths in messages are the short relative ones."""
    monkeypatch.chdir(tmp_path)


def broken(old: str, new: str, name: str = "claims.yaml") -> str:
    """GOOD with one replacement, written to `name`; returns the name."""
    assert old in GOOD
    Path(name).write_text(GOOD.replace(old, new, 1), encoding="utf-8")
    return name


def fails(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    """Run factlint, assert exit 2 without a traceback, and return stderr."""
    assert main(list(argv)) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "internal error" not in err
    return err


def test_good_file_is_clean(capsys):
    """The base file of every case is itself clean: exit 0, nothing on stderr."""
    broken("", "")
    assert main(["check", "claims.yaml"]) == 0
    assert capsys.readouterr().err == ""


def test_invalid_yaml_syntax(capsys):
    """An unclosed bracket is reported as invalid YAML, with the line where the bracket opened."""
    path = broken("claims: [guests, firms]", "claims: [guests, firms")
    err = fails(capsys, "check", path)
    assert err.startswith(f"{path}:15:16: invalid YAML: did not find expected ',' or ']'")
    assert "flow sequence at line 14, column 13" in err


def test_bad_indentation(capsys):
    """A key indented wrongly names its line and column."""
    path = broken("    unit: count\n  - id: guests", "    unit: count\n   - id: guests")
    err = fails(capsys, "check", path)
    assert f"{path}:8:4: invalid YAML: did not find expected '-' indicator" in err


def test_alias_refused(capsys):
    """YAML anchors and aliases are refused, located at the anchored node."""
    path = broken('value: "336"', 'value: &n "12"')
    Path(path).write_text(Path(path).read_text().replace('value: "12"', "value: *n"), encoding="utf-8")
    err = fails(capsys, "check", path)
    assert f"{path}:6:12: YAML anchors and aliases are not allowed" in err


def test_billion_laughs_refused(capsys):
    """An alias bomb is refused at its first anchor, without expanding it."""
    rows = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for name, prev in zip("bcdefghi", "abcdefgh", strict=True):
        rows.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 9) + "]")
    Path("bomb.yaml").write_text("\n".join(rows) + "\n", encoding="utf-8")
    err = fails(capsys, "check", "bomb.yaml")
    assert "bomb.yaml:1:4: YAML anchors and aliases are not allowed" in err


@pytest.mark.parametrize("document", [
    'value: !!python/object/apply:os.system ["touch pwned"]',
    'value: !!python/object/new:pathlib.Path ["pwned"]',
])
def test_python_tags_are_not_executed(capsys, document):
    """A !!python tag is never constructed: nothing runs, and the value is reported as not a plain value."""
    path = broken('value: "336"', document)
    err = fails(capsys, "check", path)
    assert f"{path}:6:12: value must be a single value" in err
    assert not Path("pwned").exists()


def test_python_tag_as_whole_document(capsys):
    """A document that is nothing but a !!python tag is refused as not a claims mapping, not run."""
    Path("claims.yaml").write_text("!!python/object/apply:os.system ['touch pwned']\n", encoding="utf-8")
    err = fails(capsys, "check", "claims.yaml")
    assert "claims.yaml:1:1: the claims file must be a mapping" in err
    assert not Path("pwned").exists()


def test_unknown_unit(capsys):
    """A misspelt unit names its line and what units are expected."""
    path = broken("unit: count", "unit: kilometrs")
    err = fails(capsys, "check", path)
    assert f"{path}:7:11: unknown unit 'kilometrs': expected" in err
    assert "is not a claim id" not in err  # the invalid claim is reported once, not again by its relation


def test_unknown_currency(capsys):
    """An unknown currency code names its line and asks for an ISO 4217 code."""
    path = broken("unit: count", "unit: XYZ")
    err = fails(capsys, "check", path)
    assert f"{path}:7:11: unknown currency 'XYZ': expected an ISO 4217 code" in err


def test_dangling_claim_id(capsys):
    """A relation naming a claim that does not exist is located at the relation."""
    path = broken("[guests, firms]", "[guests, nobody]")
    err = fails(capsys, "check", path)
    assert f"{path}:13:5: ordering relation: claims 'nobody' is not a claim id" in err


def test_empty_claim_id_in_a_relation(capsys):
    """`equivalent: ''` names no claim: located, not an assertion inside a rule (found by fuzzing)."""
    Path("claims.yaml").write_text(
        'article: {text: "It cost 20 million yuan ($2.8 million)."}\nclaims:\n'
        '  - {id: cost, quote: "20 million yuan", value: 20 million, unit: CNY}\n'
        '  - {id: usd, quote: "$2.8 million", value: 2.8 million, unit: USD}\n'
        "relations:\n  - {kind: conversion, amount: cost, equivalent: ''}\n", encoding="utf-8")
    err = fails(capsys, "check", "claims.yaml")
    assert err.startswith("claims.yaml:6:50: conversion relation: 'equivalent' needs a claim id"), err


@pytest.mark.parametrize(("path", "expected"), [
    ("a" * 2000, "not found"),  # ENAMETOOLONG from stat: an internal error before
    ("story\\u0000.txt", "article.path contains a NUL character"),
])
def test_article_path_no_file_can_have(capsys, path, expected):
    Path("claims.yaml").write_text(f'article:\n  path: "{path}"\nclaims: []\n', encoding="utf-8")
    err = fails(capsys, "check", "claims.yaml")
    assert err.startswith("claims.yaml:2:9: ") and expected in err, err


@pytest.mark.parametrize("argv", [["check", "--config=--"], ["sync", "x.yaml", "--article-root=--"]])
def test_double_dash_as_an_option_value(capsys, argv):
    """argparse turns `--opt=--` into an empty list; it is a usage error, not a crash (found by fuzzing)."""
    err = fails(capsys, *argv)
    assert "'--' is not a value" in err


def test_duplicate_claim_id(capsys):
    """A second claim with the same id is located, with the line of the first."""
    path = broken("id: guests", "id: firms")
    err = fails(capsys, "check", path)
    assert f"{path}:8:5: duplicate claim id 'firms' (first at line 4)" in err


def test_missing_article_file(capsys):
    """article.path pointing nowhere is located at that line of the claims file."""
    path = broken('text: "The fair drew 336 enterprises and 12 guests on Saturday, Oct 19, 2024."',
                  "path: nowhere/article.txt")
    err = fails(capsys, "check", path)
    assert f"{path}:2:9: article file" in err and "nowhere/article.txt' not found" in err


def test_article_not_utf8(capsys):
    """An article that is not UTF-8 is located at the bad byte, line and column, and names its claims file."""
    Path("article.txt").write_bytes(b"The fair drew 336 enterprises\nand 12 guests at a caf\xe9.\n")
    path = broken('text: "The fair drew 336 enterprises and 12 guests on Saturday, Oct 19, 2024."',
                  "path: article.txt")
    err = fails(capsys, "check", path)
    assert "article.txt:2:23: not valid UTF-8 (byte 0xe9)" in err and f"the article of {path}" in err


def test_control_character_in_claims_file(capsys):
    """A control character is located at its line and column, not at the whole file."""
    path = broken("12 guests on", "12\x01guests on")
    err = fails(capsys, "check", path)
    assert err.startswith(f"{path}:2:46: invalid YAML: control character U+0001 is not allowed in YAML")


def test_claims_file_not_utf8(capsys):
    """A claims file that is not UTF-8 is located at the bad byte."""
    Path("claims.yaml").write_bytes(b"# caf\xe9\n" + GOOD.encode())
    err = fails(capsys, "check", "claims.yaml")
    assert "claims.yaml:1:6: not valid UTF-8 (byte 0xe9)" in err


@pytest.mark.parametrize("text", ["", "# only a comment\n", "\n\n"])
def test_empty_claims_file(capsys, text):
    """An empty claims file (or only comments) says what it should contain."""
    Path("claims.yaml").write_text(text, encoding="utf-8")
    err = fails(capsys, "check", "claims.yaml")
    assert "claims.yaml:1:1: empty claims file: expected 'article' and 'claims'" in err


def test_claim_missing_quote(capsys):
    """A claim without a quote is located at the claim and names the missing key."""
    path = broken('    quote: "336 enterprises"\n', "")
    err = fails(capsys, "check", path)
    assert f"{path}:4:5: claim is missing quote" in err
    assert "is not a claim id" not in err


def test_unknown_hedge(capsys):
    """A hedge not in the hedge table is located and the table's entries are suggested."""
    path = broken("    unit: count\n  - id: guests", "    unit: count\n    hedge: kinda\n  - id: guests")
    err = fails(capsys, "check", path)
    assert f"{path}:8:12: unknown hedge 'kinda': expected one of the hedge table" in err


@pytest.mark.parametrize("value", ["Oct 19", "2024-10-19x", "19/10/2024"])
def test_bad_date_value(capsys, value):
    """A date value that is not YYYY-MM-DD or YYYY-MM is located at the value."""
    path = broken('value: "336"\n    unit: count', f'value: "{value}"\n    unit: date')
    err = fails(capsys, "check", path)
    assert f"{path}:6:12: a date value must be YYYY-MM-DD or YYYY-MM, got {value!r}" in err


def test_bad_published_date(capsys):
    """article.published that is not a date is located at its value."""
    path = broken("article:\n", "article:\n  published: October 2024\n")
    err = fails(capsys, "check", path)
    assert f"{path}:2:14: published must be a date: YYYY-MM-DD" in err


def test_unknown_relation_kind(capsys):
    """A relation of unknown kind is located at the kind and lists the known kinds."""
    path = broken("kind: ordering", "kind: sorting")
    err = fails(capsys, "check", path)
    assert f"{path}:13:11: unknown relation kind 'sorting': expected one of conversion, count" in err


def test_shares_pair_their_parts_and_percents(capsys):
    """A shares relation pairs parts and percents in order: unequal lists are located."""
    path = broken("  - kind: ordering\n    claims: [guests, firms]",
                  "  - kind: shares\n    parts: [guests, firms]\n    percents: [guests]")
    err = fails(capsys, "check", path)
    assert f"{path}:13:5: a shares relation pairs 'parts' and 'percents' in order: 2 parts, 1 percents" in err


def test_unknown_key(capsys):
    """A misspelt key in a claim is located and the allowed keys are listed."""
    path = broken("    unit: count\n  - id: guests", "    unit: count\n    hedeg: about\n  - id: guests")
    err = fails(capsys, "check", path)
    assert f"{path}:8:5: unknown key 'hedeg' in a claim: expected one of" in err


def test_every_problem_is_reported_at_once(capsys):
    """Two broken claims give two located messages in one run, in file order."""
    path = broken("unit: count\n  - id: guests", "unit: kilometrs\n  - id: guests")
    Path(path).write_text(Path(path).read_text().replace('value: "12"', 'value: "twelve-ish"'), encoding="utf-8")
    lines = fails(capsys, "check", path).splitlines()
    assert [line.split(": ", 1)[0] for line in lines] == [f"{path}:7:11", f"{path}:10:12"]


def test_nonexistent_claims_path(capsys):
    """A claims path that does not exist is named; there is no line to give."""
    err = fails(capsys, "check", "no/such.yaml")
    assert "no/such.yaml: no such file or folder" in err


def test_sync_nonexistent_claims_path(capsys):
    """sync on a claims path that does not exist is an input error too."""
    err = fails(capsys, "sync", "no/such.yaml")
    assert "no/such.yaml: claims file not found" in err


def test_folder_without_claims_files(capsys):
    """A folder with no claims files nor articles is an input error, not a clean run."""
    Path("empty").mkdir()
    err = fails(capsys, "check", "empty")
    assert "empty: no claims files (*.yaml) or articles (*.txt, *.md, *.markdown) found" in err


def test_unknown_rule(capsys):
    """`factlint rule NOPE` exits 2 and points at `factlint rules`."""
    err = fails(capsys, "rule", "NOPE")
    assert "unknown check 'NOPE'" in err and "factlint rules" in err


@pytest.mark.parametrize("argv", [["check", "--bogus"], ["check", "--format", "xml"], ["frobnicate"], []])
def test_usage_errors(capsys, argv):
    """Unknown options, bad choices, unknown commands and no command exit 2 with argparse's usage line."""
    err = fails(capsys, *argv)
    assert "usage: factlint" in err


def test_inline_article_clean_exit_0(capsys):
    """`factlint check` on a clean claims file with an inline article exits 0 and reports no finding."""
    broken("", "")
    assert main(["check", "claims.yaml", "--format", "concise"]) == 0
    assert capsys.readouterr().out == ""


def test_fail_on_error_ignores_the_seed_warnings(capsys):
    """The seed has only warnings: default --fail-on warning exits 1, --fail-on error exits 0."""
    seed = ["check", str(SEED_CLAIMS), "--article-root", str(SEED_CLAIMS.parent.parent)]  # run from tmp_path
    assert main(seed) == 1
    assert main([*seed, "--fail-on", "error"]) == 0
    assert main([*seed, "--fail-on", "info"]) == 1


@pytest.mark.parametrize(("front_matter", "expected"), [
    ("title: [unclosed\n", "story.md:2: front matter is not valid YAML"),
    ("title: Budget\npublished: soon\n", "story.md:3: published must be a date: YYYY-MM-DD, got 'soon'"),
    ("- a list\n", "story.md:2: front matter must be key: value lines"),
    # impossible dates: YAML's own timestamp reading used to crash here with a bare ValueError
    ("published: 2021-13-01\n", "story.md:2: published must be a date: YYYY-MM-DD, got '2021-13-01' "
                                "(month must be in 1..12)"),
    ("title: Budget\ndate: 2021-02-30\n", "story.md:3: date must be a date: YYYY-MM-DD, got '2021-02-30' "
                                          "(day is out of range for month)"),
    ("published: [2021, 2]\n", "story.md:2: published must be a single value, got a list"),
    ("title: Budget\nlocale: {lang: en}\n", "story.md:3: locale must be a single value, got a dict"),
    # a control character: YAML's reader used to escape as an internal error (found by fuzzing)
    # YAML directives: ruamel's version checks raised KeyError (9, 9) or AssertionError (found by fuzzing)
    ("title: x\n%YAML 9.9\n", "story.md:3:1: front matter must be key: value lines; a %YAML or %TAG directive"),
    ("%YAML 1.3\n---\n", "story.md:2:1: front matter must be key: value lines; a %YAML or %TAG directive"),
    ("title: Bud\x16get\n", "story.md:2:11: front matter is not valid YAML: control character U+0016 is not "
                             "allowed in YAML: remove it"),
])
def test_broken_front_matter_is_an_input_error(capsys, front_matter, expected):
    """An article's front matter picks the exchange rates: broken, it must not fall back silently."""
    Path("story.md").write_text(f"---\n{front_matter}---\nRevenue rose 5 percent to $3 billion.\n",
                                encoding="utf-8")
    assert fails(capsys, "check", "story.md").startswith(expected)


@pytest.mark.parametrize("argv", [["check", "story.md"], ["init", "story.md", "--output", "x.yaml"],
                                  ["extract", "story.md"], ["check", "story.md", "--locale", "fr"]])
def test_articles_not_in_english_are_refused(capsys, argv):
    """Extraction reads English: a German article must not be drafted as nonsense."""
    locale = "fr" if "--locale" in argv else "de"
    front = "en" if "--locale" in argv else locale
    Path("story.md").write_text(f"---\nlocale: {front}\n---\nDer Umsatz stieg um 5 Prozent.\n", encoding="utf-8")
    assert f"locale '{locale}': articles are read as English" in fails(capsys, *argv)


def test_an_alias_bomb_in_front_matter_is_read_once(capsys):
    """Ten levels of ten aliases each would be 10¹⁰ values if expanded: each node is built once."""
    levels = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    levels += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 10)}]" for n in range(1, 10)]
    Path("story.md").write_text("---\ntitle: Budget\n" + "\n".join(levels) + "\n---\nRevenue rose 5 percent.\n",
                                encoding="utf-8")
    assert main(["check", "story.md"]) in (0, 1)
