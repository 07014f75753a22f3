"""The scanner finds the figures of real sentences from the seed article, with kind, unit and hedge."""

from __future__ import annotations

from decimal import Decimal
from itertools import pairwise

import pytest
from conftest import SEED_ARTICLE, SEED_CLAIMS
from ruamel.yaml import YAML

from factlint.figures.figure import parse_figure
from factlint.text.scan import Mention, scan

D = Decimal
ARTICLE = SEED_ARTICLE.read_text(encoding="utf-8")


def only(text: str) -> Mention:
    mentions = scan(text)
    assert len(mentions) == 1, mentions
    return mentions[0]


def figures(text: str) -> list[tuple[str, Decimal | None]]:
    return [(m.kind, m.figure.value if m.figure else None) for m in scan(text)]


def test_snippets_are_from_the_article():
    for snippet in ("(\\$140.82 billion)", "20 million yuan (\\$2.81 million)", "a 6.6 percent increase",
                    "about one-eighth", "Eleven guests from six countries", "(2011-15)", "1980s",
                    "Oct 9", "June 2020", "136th", "No 1", "more than 7.2 million", "1,528 specialized"):
        assert snippet in ARTICLE, snippet


def test_escaped_dollar_money():
    mention = only("(\\$140.82 billion)")
    assert mention.kind == "money"
    assert mention.unit == "USD"
    assert mention.figure.value == D("140.82e9")
    assert mention.figure.ulp == D("0.01e9")
    assert mention.text == "$140.82 billion"


def test_plain_dollar_money():
    mention = only("valued at more than $1 billion")
    assert (mention.kind, mention.unit, mention.figure.value, mention.hedge) == ("money", "USD", D("1e9"), "more than")


def test_conversion_gives_two_money_mentions():
    text = "annual business revenue reaching 20 million yuan (\\$2.81 million)."
    yuan, dollars = scan(text)
    assert (yuan.kind, yuan.unit, yuan.figure.value) == ("money", "CNY", D("20e6"))
    assert (dollars.kind, dollars.unit, dollars.figure.value) == ("money", "USD", D("2.81e6"))
    assert text[yuan.start:yuan.end] == "20 million yuan"
    assert text[dollars.start:dollars.end] == "$2.81 million"
    assert yuan.end < dollars.start


def test_percent():
    text = "saw participation of 336 enterprises representing new quality productive forces, " \
           "a 6.6 percent increase from the 135th session."
    kinds = figures(text)
    assert kinds == [("number", D(336)), ("percent", D("6.6")), ("ordinal", D(135))]
    percent = scan(text)[1]
    assert percent.unit == "percent"
    assert percent.text == "6.6 percent"
    assert percent.figure.ulp == D("0.1")
    assert text[percent.start:percent.end] == "6.6 percent"


def test_percent_with_non_breaking_space():
    mention = only("a 6.6\u00a0percent increase")
    assert (mention.kind, mention.unit, mention.figure.value) == ("percent", "percent", D("6.6"))
    assert mention.text == "6.6\u00a0percent"


def test_percentage_points():
    mention = only("rose 1.5 percentage points")
    assert (mention.kind, mention.unit, mention.figure.value) == ("points", "pp", D("1.5"))


def test_fraction_with_hedge():
    mention = only("The province's industrial scale accounts for about one-eighth of China's total")
    assert mention.kind == "fraction"
    assert mention.hedge == "about"
    assert mention.figure.value == D("0.125")
    assert mention.figure.exact


def test_number_words():
    eleven, six = scan("Eleven guests from six countries including the United Kingdom")
    assert (eleven.kind, eleven.figure.value, eleven.text) == ("number", D(11), "Eleven")
    assert (six.kind, six.figure.value, six.text) == ("number", D(6), "six")
    assert eleven.figure.exact and six.figure.exact


@pytest.mark.parametrize("dash", ["-", "–", "—"])
def test_year_range(dash):
    mention = only(f"the Plan (2011{dash}15) and")
    assert mention.kind == "year_range"
    assert mention.years == (2011, 2015)
    assert mention.figure is None


def test_year_range_in_context():
    text = ("He said that Guangdong's early layout for advanced manufacturing began in the "
            "12th Five-Year Plan (2011-15).")
    kinds = [m.kind for m in scan(text)]
    assert "year_range" in kinds
    assert next(m for m in scan(text) if m.kind == "year_range").years == (2011, 2015)
    assert next(m for m in scan(text) if m.kind == "ordinal").figure.value == 12


def test_full_year_range():
    assert only("from 2018–2023").years == (2018, 2023)


def test_decade():
    mention = only("In the early days of reform in the 1980s, the province")
    assert mention.kind == "decade"
    assert mention.years == (1980, 1989)


@pytest.mark.parametrize(("text", "date"), [
    ("issued on Oct 9, projects", (None, 10, 9)),
    ("another tour on Oct 27 afternoon", (None, 10, 27)),
    ("On Sept 30, the provincial government", (None, 9, 30)),
    ("on Oct. 9, 2024 it said", (2024, 10, 9)),
])
def test_date(text, date):
    mention = only(text)
    assert mention.kind == "date"
    assert mention.date == date


def test_date_with_impossible_day_is_a_date_only_where_the_text_closes_it():
    """ "on Oct 45," is a typo the text writes (DAT002); "in Oct 45 percent" is a month and a percent."""
    assert [m.date for m in scan("signed on Oct 45, the deal") if m.kind == "date"] == [(None, 10, 45)]
    assert all(m.kind != "date" for m in scan("in Oct 45 percent of them"))


def test_month():
    mention = only("In June 2020, Guangdong proposed")
    assert mention.kind == "month"
    assert mention.date == (2020, 6, None)


def test_ordinals():
    mention = only("the first phase of the 136th China Import and Export Fair")
    assert (mention.kind, mention.figure.value, mention.figure.exact) == ("ordinal", D(136), True)
    rank = only("Guangdong has also maintained its No 1 position in China")
    assert (rank.kind, rank.figure.value, rank.figure.exact) == ("ordinal", D(1), True)
    assert rank.text == "No 1"


def test_hedged_count():
    mention = only("the number of SMEs in Guangdong increased to more than 7.2 million.")
    assert mention.kind == "number"
    assert mention.hedge == "more than"
    assert mention.figure.value == D("7.2e6")
    assert mention.figure.ulp == D("0.1e6")


def test_hedges_of_the_article():
    assert only("from some 4.4 million").hedge == "some"
    assert only("nearly 4 percent of global manufacturing").hedge == "nearly"
    assert only("at least 15 businesses").hedge == "at least"
    assert only("surpassing 500 billion yuan each").hedge == "surpassing"
    assert only("nearly 3 trillion yuan").hedge == "nearly"
    assert only("a 6.6 percent increase").hedge is None


def test_thousands_separator():
    text = "1,528 specialized and innovative \"little giant\" enterprises; 27,339 specialized and " \
           "innovative SMEs; and 42,815 innovative SMEs"
    assert figures(text) == [("number", D(1528)), ("number", D(27339)), ("number", D(42815))]
    assert scan(text)[0].figure.ulp == 1


def test_years():
    mention = only("Official data indicate that in 2023, Guangdong's")
    assert (mention.kind, mention.unit, mention.figure.value) == ("year", "year", D(2023))
    assert [m.kind for m in scan("From 2018 to 2023, the number")] == ["year", "year"]


def test_spans_are_exact_and_do_not_overlap():
    for paragraph in ARTICLE.split("\n"):
        mentions = scan(paragraph)
        for mention in mentions:
            assert paragraph[mention.start:mention.end] == mention.text
        for left, right in pairwise(mentions):
            assert left.end <= right.start


def test_whole_article_money():
    money = [(m.unit, m.figure.value) for m in scan(ARTICLE) if m.kind == "money"]
    assert ("USD", D("140.82e9")) in money
    assert ("USD", D("2.81e6")) in money
    assert ("CNY", D("663.8e9")) in money
    assert ("CNY", D("18e12")) in money


# -- every figure the seed claims file records is found inside its quote ------------------------------

CLAIMS = YAML(typ="safe").load(SEED_CLAIMS.read_text(encoding="utf-8"))["claims"]
NUMERIC_UNITS = {"count", "percent", "ordinal", "fraction", "year", "CNY", "USD", "years", "months",
                 "ratio"}
KIND_OF_UNIT = {"percent": {"percent"}, "ordinal": {"ordinal"}, "fraction": {"fraction"},
                "year": {"year"}, "CNY": {"money", "range"}, "USD": {"money"}, "count": {"number"},
                "years": {"duration"}, "months": {"duration"}, "ratio": {"ratio"}}


@pytest.mark.parametrize("claim", [c for c in CLAIMS if c["unit"] in NUMERIC_UNITS], ids=lambda c: c["id"])
def test_claim_figure_is_in_its_quote(claim):
    value = parse_figure(str(claim["value"])).value
    matches = [m for m in scan(claim["quote"]) if m.figure is not None and m.figure.value == value]
    assert matches, f"{claim['value']!r} not found in {claim['quote']!r}: {scan(claim['quote'])}"
    mention = matches[0]
    assert mention.kind in KIND_OF_UNIT[claim["unit"]]
    if claim["unit"] in ("CNY", "USD"):
        assert mention.unit == claim["unit"]
    if claim.get("hedge"):
        assert mention.hedge == claim["hedge"]


@pytest.mark.parametrize(("claim_id", "kind", "expected"), [
    ("reform-1980s", "decade", (1980, 1989)),
    ("reform-1990s", "decade", (1990, 1999)),
    ("five-year-plan-12th-years", "year_range", (2011, 2015)),
    ("next-tour-date", "date", (None, 10, 27)),
    ("biomedical-plan-issued", "date", (None, 10, 9)),
    ("future-plan-issued", "date", (None, 9, 30)),
    ("clusters-plan-date", "month", (2020, 6, None)),
])
def test_claim_date_or_range_is_in_its_quote(claim_id, kind, expected):
    claim = next(c for c in CLAIMS if c["id"] == claim_id)
    mention = next(m for m in scan(claim["quote"]) if m.kind == kind)
    assert (mention.years if kind in ("decade", "year_range") else mention.date) == expected


@pytest.mark.parametrize(("text", "written", "notation"), [
    ("accounting for a third of the budget", "a third", "1/3"),
    ("nearly a quarter of the total", "a quarter", "1/4"),
    ("two thirds of voters", "two thirds", "2/3"),
])
def test_fractions_written_apart_before_of(text, written, notation):
    from factlint.figures.figure import fraction_notation

    [mention] = [m for m in scan(text) if m.kind == "fraction"]
    assert (mention.text, fraction_notation(mention.text)) == (written, notation)
    assert mention.figure.value == parse_figure(notation).value


def test_a_quarter_of_a_year_is_no_fraction_without_of():
    """ "the first quarter" is a period (a quarter of a year), "up a third" no fraction without "of"."""
    assert [m.kind for m in scan("in the first quarter, up a third")] == ["period"]


def test_no_figures_inside_a_web_or_mail_address() -> None:
    from factlint.text.extract import extract_figures

    text = ("See https://example.com/2012/04/06/reserves-up-to-16-505b and www.stats.gov/tables/1,000 "
            "or write to desk2024@paper.com; reserves rose 5% to $3 billion.")
    assert [f.text for f in extract_figures(text)] == ["5%", "$3 billion"]


def test_a_month_before_a_grouped_number_is_no_date() -> None:
    """ "April 166,975 and 0; May 37,802 and 0": a month and a count, never "May 37"."""
    found = [(m.kind, m.text) for m in scan("arrivals by month: May 37,802 and 0; June 63,072 and 0.")]
    assert ("number", "37,802") in found and not any(kind == "date" for kind, _ in found)
    assert next((m.kind, m.text) for m in scan("on May 7, 2024 it opened")) == ("date", "May 7, 2024")


@pytest.mark.parametrize(("text", "written", "value"), [
    ("polling 2,324, 837 votes in", "2,324, 837", Decimal(2324837)),  # grouped before the stray space
    ("who has 17, 097 votes.", "17, 097", Decimal(17097)),  # a group cannot start with a zero
])
def test_a_stray_space_after_a_grouping_comma(text: str, written: str, value: Decimal) -> None:
    [mention] = scan(text)
    assert mention.text == written and mention.figure is not None and mention.figure.value == value


def test_a_comma_and_space_between_two_numbers_stays_a_list() -> None:
    """ "by 59, 537" and "in 2019, 837 people" may be two figures: nothing says they are one."""
    assert [m.text for m in scan("separated by 59, 537.")] == ["59", "537"]
    assert [m.text for m in scan("in 2019, 837 people")] == ["2019", "837"]
