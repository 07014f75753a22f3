"""The notations of real newsrooms that extraction must read (issue: every figure in real news):
grouping and stacked scales, currency signs by prefix, suffix and context, abbreviations, months
and periods as dates, fiscal years, hedge scope, ordinals and fractions in words, and the JSON
contract of `factlint extract`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factlint.cli import main
from factlint.text.extract import extract_figures

ISO_4217 = set("USD EUR GBP CNY JPY INR PKR LKR NPR BDT NGN ZAR KES IDR MYR PHP HKD TWD SGD AUD CAD VND KRW".split())


def only(text: str, front_matter: str = "") -> tuple[str, str, str | None, str | None]:
    """(text, kind, value, unit) of the one figure `text` holds that is no plain year."""
    figures = extract_figures(f"---\n{front_matter}---\n{text}\n" if front_matter else text)
    figures = [f for f in figures if f.kind != "year"]
    assert len(figures) == 1, [(f.text, f.kind) for f in figures]
    return figures[0].text, figures[0].kind, figures[0].value, figures[0].unit


@pytest.mark.parametrize(("text", "written", "value", "unit"), [
    ("spending of ₹2,37,410 crore", "₹2,37,410 crore", "2374100000000", "INR"),  # Indian grouping
    ("a population of 12,34,567", "12,34,567", "1234567", None),
    ("loans of Rs 2.07 lakh crore", "Rs 2.07 lakh crore", "2070000000000", "INR"),  # lakh × crore
    ("revenue of N1,120 billion", "N1,120 billion", "1120000000000", "NGN"),
    ("a deficit of N2.1tn", "N2.1tn", "2100000000000", "NGN"),
    ("debt of ₦2.5 trillion", "₦2.5 trillion", "2500000000000", "NGN"),
    ("taxes of R16.9 billion", "R16.9 billion", "16900000000", "ZAR"),
    ("a budget of R1 519.02 billion", "R1 519.02 billion", "1519020000000", "ZAR"),  # space-grouped
    ("on the 87 977 who had arrived", "87 977", "87977", None),  # space-grouped, no sign
    ("some 950 000 tonnes shipped", "950 000 tonnes", "950000", "tonnes"),
    ("Ksh1.243 trillion collected", "Ksh1.243 trillion", "1243000000000", "KES"),
    ("KSh 50 billion raised", "KSh 50 billion", "50000000000", "KES"),
    ("Tk 3,489.09 crore spent", "Tk 3,489.09 crore", "34890900000", "BDT"),
    ("Rp353 trillion deficit", "Rp353 trillion", "353000000000000", "IDR"),
    ("RM314.6 billion budget", "RM314.6 billion", "314600000000", "MYR"),
    ("profits came to KD 493.6 million", "KD 493.6 million", "493600000", "KWD"),  # the Gulf press's signs
    ("a 2.9 billion-dollar budget", "2.9 billion-dollar", "2900000000", "USD"),  # money as an adjective
    ("debt of CFAF 9,176.3 billion", "CFAF 9,176.3 billion", "9176300000000", "XOF"),  # the CFA franc
    ("a deficit of QR 12.4 billion", "QR 12.4 billion", "12400000000", "QAR"),
    ("₱1.2 trillion in debt", "₱1.2 trillion", "1200000000000", "PHP"),
    ("HK$87.2 billion reserve", "HK$87.2 billion", "87200000000", "HKD"),
    ("NT$2.89 trillion sales", "NT$2.89 trillion", "2890000000000", "TWD"),
    ("exports of 41.6 billion USD", "41.6 billion USD", "41600000000", "USD"),  # ISO after
    ("5 trillion VND in taxes", "5 trillion VND", "5000000000000", "VND"),
    ("valued at $4.5B", "$4.5B", "4500000000", "USD"),
    ("raised Rs5bn", "Rs5bn", "5000000000", "INR"),
    ("a £3.2bn deficit", "£3.2bn", "3200000000", "GBP"),
    ("a 640-billion euro fund", "640-billion euro", "640000000000", "EUR"),  # adjective
    ("1 quadrillion dong of loans", "1 quadrillion dong", "1000000000000000", "VND"),
    ("Rs 180 crore (Rs 1.8 bn)", "Rs 180 crore", "1800000000", "INR"),
])
def test_money_notations(text, written, value, unit):
    figures = extract_figures(text)
    assert (figures[0].text, figures[0].value, figures[0].unit) == (written, value, unit)


@pytest.mark.parametrize("text", ["N95 masks", "the R2 ruling", "a FIRM rule", "5 m of rope"])
def test_letters_and_lone_abbreviations_are_no_money(text):
    assert [f for f in extract_figures(text) if f.kind == "money"] == []


@pytest.mark.parametrize(("front_matter", "text", "unit", "why"), [
    ("locale: en_PK\n", "Remittances reached Rs 2.1 trillion.", "PKR", "locale en_PK"),
    ("source: https://www.dailymirror.lk/x\n", "Tea earned Rs 130 billion.", "LKR", "source domain www.dailymirror.lk"),
    ("", "The State Bank of Pakistan said Rs 90 billion flowed in; Pakistan's exports rose.", "PKR",
     "text names Pakistan and its institutions 2 times"),
    ("", "The budget is Rs 90 billion.", "INR", None),  # no evidence: the default
])
def test_rs_is_the_rupee_of_the_articles_country(front_matter, text, unit, why):
    figures = extract_figures(f"---\n{front_matter}---\n{text}\n" if front_matter else text)
    money = next(f for f in figures if f.kind == "money")
    assert money.unit == unit
    assert (money.currency_evidence or "").endswith(why or "no country evidence")


@pytest.mark.parametrize(("text", "written", "kind", "value"), [
    ("Prices rose in March.", "March", "month", "2024-03"),  # the year of publication
    ("Prices rose in December.", "December", "month", "2023-12"),  # later than publication: last year's
    ("In 2019, prices rose in May.", "May", "month", "2019-05"),  # the year named before
    ("Exports in January-June rose.", "January-June", "month_range", "2024-01/2024-06"),
    ("Sales in Jan.-Nov. rose.", "Jan.-Nov.", "month_range", "2024-01/2024-11"),
    ("Remittances in July -March rose.", "July -March", "month_range", "2023-07/2024-03"),
    ("Output in February - October 2021 fell.", "February - October 2021", "month_range", "2021-02/2021-10"),
    ("Profit in Q3 was flat.", "Q3", "period", "2024-07/2024-09"),
    ("Profit in H1 was flat.", "H1", "period", "2024-01/2024-06"),
    ("Profit in the third quarter was flat.", "third quarter", "period", "2024-07/2024-09"),
    ("The FY24 target was missed.", "FY24", "fiscal_year", "2023-2024"),
    ("The FY2022-23 budget passed.", "FY2022-23", "fiscal_year", "2022-2023"),
    ("The 2017-18 budget passed.", "2017-18", "fiscal_year", "2017-2018"),
    ("The 2023/24 season ended.", "2023/24", "fiscal_year", "2023-2024"),
])
def test_months_periods_and_fiscal_years(text, written, kind, value):
    assert only(text, "published: 2024-11-30\n")[:3] == (written, kind, value)


def test_a_year_after_a_period_dates_it_and_is_a_figure_of_its_own():
    figures = extract_figures("---\npublished: 2024-11-30\n---\nIn the first half of 2018 sales fell.\n")
    assert [(f.text, f.kind, f.value) for f in figures] == [("first half", "period", "2018-01/2018-06"),
                                                           ("2018", "year", "2018")]


@pytest.mark.parametrize(("text", "hedge"), [
    ("the cost was spread over eight years", None),  # "over" a duration: during
    ("up 3 percent over the 412,300 of last year", None),  # "over the": compared with
    ("for more than three years", "more than"),  # a hedge on a duration
])
def test_hedge_scope(text, hedge):
    last = extract_figures(text)[-1]
    assert last.hedge == hedge


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("for the fourth month in a row", "ordinal", "4"),
    ("the third package of measures", "ordinal", "3"),
    ("a second consecutive year", "ordinal", "2"),
    ("about half of the budget", "fraction", "1/2"),
    ("three quarters of the staff", "fraction", "3/4"),
    ("half a century ago", "duration", "50"),
])
def test_ordinals_and_fractions_in_words(text, kind, value):
    (figure,) = extract_figures(text)
    assert (figure.kind, figure.value) == (kind, value)


def test_no_figure_in_sequence_words_and_names():
    assert extract_figures("its first model and Theresa May said sales may rise") == []


def test_json_values_are_numbers_spans_and_iso_strings(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text(
        "---\npublished: 2024-11-30\n---\nIn the first half, revenue of ₹2,37,410 crore rose 6.6 percent to "
        "tens of billions to hundreds of billions of yuan; about one-eighth came on Oct 9, in March and "
        "in FY24, over 2011-15.\n", encoding="utf-8")
    assert main(["extract", "a.txt", "--format", "json"]) == 0
    rows = {row["text"]: row for row in json.loads(capsys.readouterr().out)}
    assert rows["₹2,37,410 crore"]["value"] == 2374100000000 and rows["₹2,37,410 crore"]["unit"] in ISO_4217
    assert rows["6.6 percent"]["value"] == 6.6
    assert rows["tens of billions to hundreds of billions of yuan"]["value"] == [10**10, 10**12]
    assert rows["one-eighth"]["value"] == 0.125
    assert rows["Oct 9"]["value"] == "--10-09"
    assert rows["March"]["value"] == "2024-03"
    assert rows["first half"]["value"] == "2024-01/2024-06"
    assert rows["FY24"]["value"] == [2023, 2024] and rows["2011-15"]["value"] == [2011, 2015]
    for row in rows.values():
        assert not (isinstance(row["value"], str) and row["value"].replace(".", "").isdigit()), row
        if row["kind"] == "money":
            assert row["unit"] in ISO_4217, row


def test_the_sign_then_the_country_as_the_pacific_press_writes_it() -> None:
    from factlint.text.extract import extract_figures

    text = "a budget of $US6.1 billion, $A50 million and $NZ3 billion"
    found = [(f.text, f.unit, f.value) for f in extract_figures(text)]
    assert found == [("$US6.1 billion", "USD", "6100000000"), ("$A50 million", "AUD", "50000000"),
                     ("$NZ3 billion", "NZD", "3000000000")]


@pytest.mark.parametrize(("text", "numbers"), [
    ("in 2015 87 firms closed", ["2015", "87"]),  # a year then a count: groups are three digits
    ("the 3 500-metre climb and 12 0000", ["3 500", "12", "0000"]),
])
def test_space_grouping_takes_only_groups_of_three(text, numbers):
    assert [f.text.split("-")[0] for f in extract_figures(text)] == numbers


def test_thousands_grouped_by_a_point_in_a_text_that_counts_that_way():
    """ "118.852 visitors": things are counted whole, so the point groups thousands, and so it does
    for every bare number of that text ("from 471.664 to 490.697 visitors"); elsewhere 2.125 stays."""
    text = "Arrivals rose from 471.664 to 490.697 visitors, and 118.852 came from France."
    assert [f.value for f in extract_figures(text)] == ["471664", "490697", "118852"]
    assert [f.value for f in extract_figures("The ratio stood at 2.125 times the 1.5 visitors per room.")] == \
        ["2.125", "1.5"]


def test_a_point_grouped_change_is_checked_as_counted(tmp_path):
    from factlint.lint.pipeline import check_files

    article = tmp_path / "story.txt"
    article.write_text("Arrivals\n\nTourist arrivals rose by 4% year on year, from 471.664 to 490.697 visitors.\n",
                       encoding="utf-8")
    assert check_files([article]).findings == []
    article.write_text(article.read_text(encoding="utf-8").replace("4%", "9%"), encoding="utf-8")
    assert [f.code for f in check_files([article]).findings] == ["CHG001"]
