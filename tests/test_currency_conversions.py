"""Conversions as real stories write them: amounts that are themselves rounded, one finding per
currency pair naming the odd conversion out (issue: figures read the way newsrooms write them)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factlint.cli import main


@pytest.fixture(autouse=True)
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def currency_findings(capsys: pytest.CaptureFixture[str], text: str) -> list[dict]:
    Path("story.txt").write_text(f"---\npublished: 2024-10-18\n---\n{text}\n", encoding="utf-8")
    capsys.readouterr()
    main(["check", "story.txt", "--format", "json", "--select", "CUR001"])
    return json.loads(capsys.readouterr().out)["findings"]


def test_conversions_of_rounded_amounts_share_one_rate(capsys):
    """Nine CNY->USD conversions, each from a precise amount rounded to three digits, at one rate
    (7.0982): an amount such as 2.37 trillion carries its own rounding, so none is a mismatch.
    Read as exact amounts, no rate would be shared by most of them."""
    text = ("Outbound investment reached 2.37 trillion yuan ($334.37 billion), of which 815 billion yuan "
            "($114.86 billion) went to Asia and 1.53 trillion yuan ($215.10 billion) elsewhere.\n\n"
            "Manufacturing took 349 billion yuan ($49.11 billion), mining 96.5 billion yuan ($13.59 billion) "
            "and services 4.12 trillion yuan ($580.84 billion), while farming drew 57.3 billion yuan "
            "($8.08 billion).\n\nLending rose to 661 billion yuan ($93.13 billion), and bond purchases to "
            "1.2 trillion yuan ($169 billion).")
    assert currency_findings(capsys, text) == []


def test_round_amounts_are_exact_so_the_seed_mismatch_still_fires(capsys):
    """1 trillion and 20 million are round (one and two significant digits): taken as written."""
    text = ("The fund is 1 trillion yuan ($140.82 billion). The threshold is 20 million yuan "
            "($2.81 million).")
    [finding] = currency_findings(capsys, text)
    assert finding["severity"] == "warning" and "no single rate gives both" in finding["message"]


def test_one_conversion_at_an_older_rate_is_named_alone(capsys):
    """Six EUR->USD conversions at 1.1174 and one at 1.1017: one finding, about the odd one out."""
    text = ("The group sold €2.4 billion ($2.68 billion) of bonds, €640 million ($715 million) of loans, "
            "€1.37 billion ($1.53 billion) of shares, €85 million ($94.98 million) of notes, "
            "€312 million ($348.6 million) of paper and €4.06 billion ($4.54 billion) of assets. "
            "Its debt stood at 600 billion euros ($661 billion).")
    [finding] = currency_findings(capsys, text)
    assert finding["message"].startswith("6 of 7 conversions share ")
    assert "600 billion euros = $661 billion implies 1.10083–1.1025 USD/EUR" in finding["message"]
    assert finding["article"]["text"] == "$661 billion"
    assert "at the article's rate" in finding["fix"]


def test_no_rate_shared_by_most_is_one_finding(capsys):
    """Two conversions at 7.10 and two at 7.30 CNY/USD: no majority, so no conversion is singled out."""
    text = ("The plan costs 10 million yuan ($1.41 million), 20 million yuan ($2.82 million), "
            "30 million yuan ($4.11 million) and 40 million yuan ($5.48 million).")
    [finding] = currency_findings(capsys, text)
    assert finding["message"].startswith("no rate is shared by most of the 4 CNY/USD conversions: ")
    assert finding["message"].count("implies") == 4


def rate_findings(capsys: pytest.CaptureFixture[str], text: str, published: str) -> list[dict]:
    Path("story.txt").write_text(f"---\npublished: {published}\n---\n{text}\n", encoding="utf-8")
    capsys.readouterr()
    main(["check", "story.txt", "--format", "json", "--select", "CUR002"])
    return json.loads(capsys.readouterr().out)["findings"]


def test_a_tenfold_dong_slip_is_caught_by_the_annual_average(capsys):
    """The ECB publishes no dong rate: the 2023 average (about 23,800 per dollar) catches a
    conversion ten times off, and names its source."""
    [finding] = rate_findings(capsys, "Imports came to 14,900 trillion dong ($62.9 billion).", "2023-06-10")
    assert finding["severity"] == "error"
    assert "the 2023 average VND/USD (WDI PA.NUS.FCRF [VNM]) is 23787.3 (tolerance 25%)" in finding["message"]


@pytest.mark.parametrize(("text", "published"), [
    ("Exports reached 1,540 trillion dong ($65.5 billion).", "2023-06-10"),
    ("Remittances were 2.1 trillion naira ($5 billion).", "2022-11-02"),  # 420 against 426: fine
    ("The budget is 3.9 trillion shillings ($29.5 billion).", "2024-06-13"),  # 132 against 135
])
def test_ordinary_conversions_in_currencies_the_ecb_lacks_pass(capsys, text, published):
    assert rate_findings(capsys, text, published) == []


def test_a_year_the_table_does_not_have_yet_uses_the_year_before(capsys):
    [finding] = rate_findings(capsys, "Imports came to 14,900 trillion dong ($62.9 billion).", "2025-03-01")
    assert "the 2024 average VND/USD" in finding["message"]


def test_precise_amounts_pin_the_rate_that_round_measurements_are_read_against(capsys):
    """Profits and incomes are measured, not set: "Ksh3 billion ($34.7 million)" was converted from
    about 3.04 billion. The precise amounts pin 87.62 KES/USD; a round amount that meets it once read
    with its own rounding is worth a look (info), and only the dividend converted at half the rate
    is a slip."""
    text = ("The bank pays Ksh1 ($0.011) a share, against Ksh0.25 ($0.006) a year earlier. Profit rose to "
            "Ksh3 billion ($34.7 million) from Ksh2.7 billion ($30.89 million); interest income reached "
            "Ksh11.46 billion ($130.85 million) from Ksh6.831 billion ($77.956 million), and expenses "
            "Ksh5.9 billion ($67.3 million) against Ksh2.55 billion ($29.12 million).")
    found = currency_findings(capsys, text)
    [slip] = [f for f in found if f["severity"] != "info"]
    assert slip["severity"] == "error" and "Ksh0.25 = $0.006 implies" in slip["message"]
    rounded = [f["message"] for f in found if f["severity"] == "info"]
    assert any("Ksh3 billion = $34.7 million" in m and "if Ksh3 billion is a rounded figure" in m for m in rounded)
    # a round outlier that only truncation explains ("Ksh5.9 billion" for 5.96) is a warning, not an error
    truncated = [f for f in currency_findings(capsys, text.replace("$67.3 million", "$68.28 million"))
                 if "Ksh5.9 billion" in f["message"]]
    assert [f["severity"] for f in truncated] == ["warning"]
    # €85 million against two precise conversions needs more than its own rounding: still a slip
    euros = ("It sold €2.437 billion ($2.873 billion) of bonds and €1.318 billion ($1.554 billion) of loans, "
             "and paid €85 million ($99.5 million) in fees.")
    [fee] = currency_findings(capsys, euros)
    assert fee["severity"] == "error" and "€85 million = $99.5 million" in fee["message"]
