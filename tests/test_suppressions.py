"""Suppressions bound to claims: `ignore: [{code, reason, until}]` hides that check's findings
about that claim, is counted in the summaries, expires (SUP001), must hide something (SUP002), is
validated as input, and survives edits that move the text.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from factlint.claims.graph import Graph
from factlint.cli import main
from factlint.lint.pipeline import load_pair
from factlint.lint.runner import Selection, all_rules, run_checks

# Five conversions: reserve, fourth and fifth share about 7.10 CNY/USD, so fund (6.67) and third
# (10.0) are the odd ones out: one CUR001 each; CUR002 for fund (a warning) and third (an error)
# against the ECB's 7.01-7.12 in the month before publication. The ignore entry is on line 10.
ARTICLE = ("The fund holds 1 trillion yuan ($150 billion), 2 billion yuan ($282 million), "
           "3 billion yuan ($300 million), 4 billion yuan ($563 million) and 5 billion yuan ($704 million).")
CLAIMS = """\
article:
  path: article.txt
  published: 2024-10-18
claims:
  - id: fund
    quote: "1 trillion yuan"
    value: 1 trillion
    unit: CNY
    ignore:
      - {code: CUR001, reason: the desk rounds conversions by hand, until: 2099-12-31}
  - {id: fund-usd, quote: "$150 billion", value: 150 billion, unit: USD}
  - {id: reserve, quote: "2 billion yuan", value: 2 billion, unit: CNY}
  - {id: reserve-usd, quote: "$282 million", value: 282 million, unit: USD}
  - {id: third, quote: "3 billion yuan", value: 3 billion, unit: CNY}
  - {id: third-usd, quote: "$300 million", value: 300 million, unit: USD}
  - {id: fourth, quote: "4 billion yuan", value: 4 billion, unit: CNY}
  - {id: fourth-usd, quote: "$563 million", value: 563 million, unit: USD}
  - {id: fifth, quote: "5 billion yuan", value: 5 billion, unit: CNY}
  - {id: fifth-usd, quote: "$704 million", value: 704 million, unit: USD}
relations:
  - {kind: conversion, amount: fund, equivalent: fund-usd}
  - {kind: conversion, amount: reserve, equivalent: reserve-usd}
  - {kind: conversion, amount: third, equivalent: third-usd}
  - {kind: conversion, amount: fourth, equivalent: fourth-usd}
  - {kind: conversion, amount: fifth, equivalent: fifth-usd}
"""
ENTRY = "      - {code: CUR001, reason: the desk rounds conversions by hand, until: 2099-12-31}"


@pytest.fixture(autouse=True)
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("article.txt").write_text(ARTICLE + "\n", encoding="utf-8")


def claims(entry: str = ENTRY, name: str = "claims.yaml") -> str:
    assert ENTRY in CLAIMS
    Path(name).write_text(CLAIMS.replace(ENTRY, entry), encoding="utf-8")
    return name


def check_json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict]:
    code = main(["check", "--isolated", "--format", "json", *argv])
    out, err = capsys.readouterr()
    assert err == ""
    return code, json.loads(out)


def found(payload: dict) -> list[tuple[str, tuple[str, ...]]]:
    return [(f["code"], tuple(sorted(f["claims"]))) for f in payload["findings"]]


def fails(capsys: pytest.CaptureFixture[str], path: str) -> str:
    assert main(["check", "--isolated", path]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "Traceback" not in captured.err and "internal error" not in captured.err
    return captured.err


FUND_OFF = ("CUR001", ("fund", "fund-usd"))
THIRD_OFF = ("CUR001", ("third", "third-usd"))
FUND_RATE = ("CUR002", ("fund", "fund-usd"))
THIRD_RATE = ("CUR002", ("third", "third-usd"))


def test_without_suppression(capsys):
    """The baseline: two CUR001 (the odd conversions out) and two CUR002 findings."""
    Path("plain.yaml").write_text(CLAIMS.replace("    ignore:\n" + ENTRY + "\n", ""), encoding="utf-8")
    code, payload = check_json(capsys, "plain.yaml")
    assert code == 1
    assert sorted(found(payload)) == sorted([FUND_OFF, THIRD_OFF, FUND_RATE, THIRD_RATE])
    assert payload["summary"]["suppressed"] == 0


def test_suppresses_only_that_code_and_that_claim(capsys):
    """CUR001 on 'fund' hides the two CUR001 findings naming fund; not reserve+third's, and not
    CUR002 about fund."""
    code, payload = check_json(capsys, claims())
    assert code == 1
    assert sorted(found(payload)) == sorted([THIRD_OFF, FUND_RATE, THIRD_RATE])
    assert payload["summary"]["suppressed"] == 1
    assert payload["summary"]["findings"] == 3


def test_suppressing_the_other_code(capsys):
    code, payload = check_json(capsys, claims(ENTRY.replace("CUR001", "CUR002")))
    assert code == 1
    assert sorted(found(payload)) == sorted([FUND_OFF, THIRD_OFF, THIRD_RATE])
    assert payload["summary"]["suppressed"] == 1


def test_text_summary_counts_suppressed(capsys):
    assert main(["check", "--isolated", claims()]) == 1
    out = capsys.readouterr().out
    assert "1 file(s), 10 claims, 5 relations: 2 error(s), 1 warning(s), 0 info (1 suppressed)" in out
    assert main(["check", "--isolated", claims(ENTRY.replace("2099-12-31", "2000-01-01"))]) == 1
    assert "suppressed" not in capsys.readouterr().out


def test_summaries_add_up_over_several_files(capsys):
    """Checked together, two files' suppressed findings are summed in both text and JSON."""
    claims(name="a.yaml")
    claims(ENTRY.replace("CUR001", "CUR002"), name="b.yaml")
    code, payload = check_json(capsys, "a.yaml", "b.yaml")
    assert code == 1 and payload["summary"]["suppressed"] == 2
    assert main(["check", "--isolated", "a.yaml", "b.yaml"]) == 1
    assert "(2 suppressed)" in capsys.readouterr().out


def test_expired_suppression_reports_again_with_sup001(capsys):
    path = claims(ENTRY.replace("2099-12-31", "2020-01-01"))
    code, payload = check_json(capsys, path)
    assert code == 1
    assert payload["summary"]["suppressed"] == 0
    assert FUND_OFF in found(payload)
    [sup] = [f for f in payload["findings"] if f["code"] == "SUP001"]
    assert (sup["file"], sup["line"], sup["column"]) == (path, 10, 9)  # the ignore entry itself
    assert sup["severity"] == "warning" and sup["claims"] == ["fund"]
    assert sup["message"] == ("the suppression of CUR001 on 'fund' expired on 2020-01-01 "
                              "(the desk rounds conversions by hand)")
    assert not any(f["code"] == "SUP002" for f in payload["findings"])


def test_suppression_without_until_never_expires(capsys):
    code, payload = check_json(capsys, claims("      - {code: CUR001, reason: accepted}"))
    assert code == 1 and payload["summary"]["suppressed"] == 1
    assert not any(f["code"].startswith("SUP") for f in payload["findings"])


def test_unused_suppression_is_sup002(capsys):
    """DAT001 on 'fund' matches nothing: SUP002 at the entry; the real findings are all reported."""
    path = claims("      - {code: DAT001, reason: the fund's date is as announced}")
    code, payload = check_json(capsys, path)
    assert code == 1 and payload["summary"]["suppressed"] == 0
    [sup] = [f for f in payload["findings"] if f["code"] == "SUP002"]
    assert (sup["line"], sup["column"], sup["claims"]) == (10, 9, ["fund"])
    assert "hides nothing" in sup["message"]
    assert sorted(f for f in found(payload) if f[0] != "SUP002") == sorted(
        [FUND_OFF, THIRD_OFF, FUND_RATE, THIRD_RATE])


def test_suppression_on_a_claim_no_finding_names_is_sup002(capsys):
    """CUR002 reports nothing about 'reserve' (its rate is plausible): unused there."""
    text = CLAIMS.replace('{id: reserve, quote: "2 billion yuan", value: 2 billion, unit: CNY}',
                          '{id: reserve, quote: "2 billion yuan", value: 2 billion, unit: CNY, '
                          'ignore: [{code: CUR002, reason: plausible anyway}]}')
    Path("claims.yaml").write_text(text, encoding="utf-8")
    code, payload = check_json(capsys, "claims.yaml")
    assert code == 1
    [sup] = [f for f in payload["findings"] if f["code"] == "SUP002"]
    assert sup["claims"] == ["reserve"] and sup["line"] == 12


def test_sup_findings_follow_fail_on(capsys):
    """An unused suppression is a warning: it fails the default fail-on, not --fail-on error."""
    text = """\
article:
  text: "The fund holds 1 trillion yuan ($140.82 billion)."
claims:
  - id: fund
    quote: "1 trillion yuan"
    value: 1 trillion
    unit: CNY
    ignore:
      - {code: CUR001, reason: the desk rounds conversions by hand}
  - {id: fund-usd, quote: "$140.82 billion", value: 140.82 billion, unit: USD}
relations:
  - {kind: conversion, amount: fund, equivalent: fund-usd}
"""
    Path("one.yaml").write_text(text, encoding="utf-8")
    assert main(["check", "--isolated", "--format", "concise", "one.yaml"]) == 1
    out = capsys.readouterr().out
    assert out.startswith("one.yaml:9:9: SUP002 warning the suppression of CUR001 on 'fund' hides nothing")
    assert main(["check", "--isolated", "--fail-on", "error", "one.yaml"]) == 0


BAD = {
    "bare-code": ("      - CUR001",
                  "claims.yaml:10:9: ignore 'CUR001' needs a reason: write {code: CUR001, reason: "),
    "missing-reason": ("      - {code: CUR001}",
                       "claims.yaml:10:9: an ignore entry needs 'code' (a check code such as CUR001) and 'reason'"),
    "blank-reason": ('      - {code: CUR001, reason: "  "}',
                     "claims.yaml:10:9: an ignore entry needs 'code' (a check code such as CUR001) and 'reason'"),
    "missing-code": ("      - {reason: accepted}",
                     "claims.yaml:10:9: an ignore entry needs 'code' (a check code such as CUR001) and 'reason'"),
    "unknown-key": ("      - {code: CUR001, reason: accepted, scope: all}",
                    "claims.yaml:10:42: unknown key 'scope' in an ignore entry: expected one of code, reason, until"),
    "malformed-code": ("      - {code: CUR1, reason: accepted}",
                       "claims.yaml:10:9: an ignore entry needs 'code' (a check code such as CUR001)"),
    "bad-until": ("      - {code: CUR001, reason: accepted, until: 2099-13-45}",
                  "claims.yaml:10:49: until must be a date: YYYY-MM-DD"),
    "until-not-a-date": ("      - {code: CUR001, reason: accepted, until: soon}",
                         "claims.yaml:10:49: until must be a date: YYYY-MM-DD"),
    "not-a-list": ("      {code: CUR001, reason: accepted}", "claims.yaml:10:7: ignore must be a list"),
}


@pytest.mark.parametrize("entry, expected", BAD.values(), ids=BAD.keys())
def test_bad_ignore_entry_is_an_input_error(capsys, entry, expected):
    err = fails(capsys, claims(entry))
    assert err.startswith(expected), err


def test_every_bad_entry_is_reported_at_once(capsys):
    err = fails(capsys, claims("      - CUR001\n      - {code: CUR002, reason: ok, until: never}"))
    assert err.startswith("claims.yaml:10:9: ignore 'CUR001' needs a reason")
    assert "claims.yaml:11:43: until must be a date: YYYY-MM-DD" in err


def test_lower_case_code_is_accepted(capsys):
    code, payload = check_json(capsys, claims(ENTRY.replace("CUR001", "cur001")))
    assert code == 1 and payload["summary"]["suppressed"] == 1


def test_survives_an_edit_that_moves_the_text(capsys):
    """A paragraph inserted at the top moves every figure down two lines: still suppressed, and the
    reported findings keep their fingerprints."""
    path = claims()
    _, before = check_json(capsys, path)
    Path("article.txt").write_text(
        "Editor's note: this story was updated with the fund's latest holdings.\n\n" + ARTICLE + "\n",
        encoding="utf-8")
    code, after = check_json(capsys, path)
    assert code == 1
    assert after["summary"]["suppressed"] == 1
    assert sorted(found(after)) == sorted([THIRD_OFF, FUND_RATE, THIRD_RATE])
    assert {f["article"]["line"] for f in after["findings"]} == {3}
    assert {f["article"]["line"] for f in before["findings"]} == {1}
    assert sorted(f["fingerprint"] for f in after["findings"]) == sorted(f["fingerprint"] for f in before["findings"])


def test_survives_claims_moving_in_the_claims_file(capsys):
    """Claims reordered in the claims file: the suppression goes with its claim."""
    head, rest = CLAIMS.split("  - id: fund\n", 1)
    fund, others = rest.split("  - {id: fund-usd", 1)
    body, relations = others.split("relations:\n", 1)
    Path("claims.yaml").write_text(head + "  - {id: fund-usd" + body + "  - id: fund\n" + fund
                                   + "relations:\n" + relations, encoding="utf-8")
    code, payload = check_json(capsys, "claims.yaml")
    assert code == 1 and payload["summary"]["suppressed"] == 1
    assert sorted(found(payload)) == sorted([THIRD_OFF, FUND_RATE, THIRD_RATE])


def outcome(today: dt.date, until: str = "2030-06-30"):
    path = claims(ENTRY.replace("2099-12-31", until))
    claims_file, article = load_pair(Path(path))
    return run_checks(Graph(claims_file, article), all_rules(), Selection(today=today))


def test_selection_today_decides_expiry():
    """Active up to and including `until`; expired the day after."""
    for today in (dt.date(2024, 1, 1), dt.date(2030, 6, 30)):
        result = outcome(today)
        assert len(result.suppressed) == 1
        assert all(f.code == "CUR001" and "fund" in f.claims for f in result.suppressed)
        assert not any(f.code.startswith("SUP") for f in result.findings)
    result = outcome(dt.date(2030, 7, 1))
    assert result.suppressed == []
    [sup] = [f for f in result.findings if f.code == "SUP001"]
    assert (sup.line, sup.column) == (10, 9)
    assert "expired on 2030-06-30" in sup.message
    assert sum(f.code == "CUR001" for f in result.findings) == 2


@pytest.mark.parametrize("selection", [["--ignore", "CUR001"], ["--select", "CUR002,SUP"]])
def test_suppression_of_a_check_not_run_is_not_unused(capsys, selection):
    code, payload = check_json(capsys, claims(), *selection)
    assert code == 1
    assert not any(f["code"] == "SUP002" for f in payload["findings"]), payload["findings"]
