"""Relations found by evidence: wording and arithmetic together (relations/cues.py, evidence.py,
labels.py, sums.py and the evidence finders in changes.py and shares.py).

Each article below is a short text in the shapes real news writes (written for these tests, figures
chosen so the arithmetic says something): a change whose endpoints only a cue or a label ties to
it, a surplus beside its two sides, a total whose parts follow it, a percent of a target. A relation
that holds is drafted and stays silent; one a typical slip explains is reported with the likely
value; one that misses far is reported only when the wording is unmistakable.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint.cli import main
from factlint.lint.pipeline import check_files
from factlint.relations.context import indexes
from factlint.relations.infer import infer_relations
from factlint.text.article import Article
from factlint.text.extract import extract_from_article
from factlint.text.frontmatter import read_metadata


def article(tmp_path: Path, body: str, published: str = "2024-03-01") -> Path:
    path = tmp_path / "story.txt"
    path.write_text(f"---\npublished: {published}\n---\n\nHeadline\n\n{body}\n", encoding="utf-8")
    return path


def findings(tmp_path: Path, body: str, published: str = "2024-03-01") -> list[tuple[str, str]]:
    report = check_files([article(tmp_path, body, published)])
    return sorted((f.code, f.message) for f in report.findings)


def relations(tmp_path: Path, body: str) -> list[tuple[str, dict[str, list[str]], str]]:
    read = Article.read(article(tmp_path, body), display="story.txt")
    figures = extract_from_article(read, read_metadata(read))
    return [(r.kind, {role: [figures[i].text for i in indexes(v)] for role, v in r.roles.items()}, r.note)
            for r in infer_relations(read.text, figures)]


# -- changes -------------------------------------------------------------------------------------------

def test_a_change_with_words_between_its_percent_and_endpoints_is_checked(tmp_path: Path) -> None:
    body = "Gas exports went up 9.61 percent month on month, from $1.16 billion to $1.2 billion."
    found = findings(tmp_path, body)
    assert [code for code, _ in found] == ["CHG001"]
    assert "'9.61 percent'" in found[0][1]


def test_a_change_whose_endpoints_hold_is_drafted_and_silent(tmp_path: Path) -> None:
    body = "Gas exports went up 3.45 percent month on month, from $1.16 billion to $1.2 billion."
    assert findings(tmp_path, body) == []
    kinds = [(kind, roles) for kind, roles, _ in relations(tmp_path, body)]
    assert ("change", {"from": ["$1.16 billion"], "to": ["$1.2 billion"], "percent": ["3.45 percent"]}) in kinds


def test_an_old_value_found_only_by_its_label_needs_arithmetic(tmp_path: Path) -> None:
    """"its oil bill ... at $11.69 billion" is the base of "the oil bill dropped 44.99 percent to
    $5.26 billion" because 5.26/11.69 is -55.0%, one digit away; the same label with figures far
    apart is not a relation."""
    slip = ("The oil bill dropped 44.99 percent to $5.26 billion.\n\n"
            "A year earlier its oil bill for the month stood at $11.69 billion.")
    found = findings(tmp_path, slip)
    assert [code for code, _ in found] == ["CHG001"] and "should be 54.99 percent" in found[0][1]
    far = slip.replace("$11.69 billion", "$15.12 billion")
    assert findings(tmp_path, far) == []


def test_a_change_is_the_ratio_of_its_ends_not_a_difference_over_the_base(tmp_path: Path) -> None:
    """6.44/11.69 - 1 lies in -44.98..-44.84% under any rounding; (6.44 - 11.69)/11.69 computed
    over intervals lets 11.69 differ from itself and widens that to -45.02..-44.81%, which would
    pass the stated 44.99 percent."""
    body = ("The oil bill dropped 44.99 percent to $6.44 billion.\n\n"
            "A year earlier its oil bill for the month stood at $11.69 billion.")
    found = findings(tmp_path, body)
    assert [code for code, _ in found] == ["CHG001"]
    assert "-44.9765–-44.8438%" in found[0][1]
    # all three figures could be the one rounded the other way: none is named as the likely error
    assert "probably" not in found[0][1]
    assert findings(tmp_path, body.replace("44.99", "44.91")) == []


def test_a_base_its_relative_clause_states_is_the_old_value(tmp_path: Path) -> None:
    """ "up 9.6 percent on 2013, when emigrants sent home $21.89 billion": the clause after the
    compared period says what that period's amount was (23.64/21.89 is +8.0%)."""
    body = "In 2014 the country received $23.64 billion in remittances, up 9.6 percent on 2013, " \
           "when emigrants sent home $21.89 billion."
    found = findings(tmp_path, body)
    assert [code for code, _ in found] == ["CHG001"] and "$21.89 billion" in found[0][1]
    assert findings(tmp_path, body.replace("9.6 percent", "8.0 percent")) == []


def test_a_pronoun_subject_takes_the_amount_of_the_sentence_before(tmp_path: Path) -> None:
    """ "That was 9.61% higher than ...": "That" is the 87,300 a day of the sentence before."""
    body = ("Some 611,121 foreigners arrived in the week, or about 87,300 tourists daily. That was 9.61% "
            "higher than the average of the previous week, which saw 53,567 daily.")
    found = findings(tmp_path, body)
    assert [code for code, _ in found] == ["CHG001"] and "from 53,567 to 87,300" in found[0][1]
    assert findings(tmp_path, body.replace("9.61%", "62.98%")) == []


def test_a_change_with_stated_endpoints_takes_the_hedged_percent_of_its_clause(tmp_path: Path) -> None:
    """594.4 to 643.4 is +8.24%: "nearly 8 percent" holds only if "nearly" reaches past 8."""
    body = "Shipments to the US increased nearly 8 percent, rising from $594.4 million to $643.4 million."
    [finding] = check_files([article(tmp_path, body)]).findings
    assert (finding.code, finding.severity.value) == ("CHG001", "warning") and "'nearly 8 percent'" in finding.message
    assert findings(tmp_path, body.replace("nearly 8 percent", "about 8 percent")) == []


def test_a_shares_whole_may_be_named_by_the_modifier_of_its_noun(tmp_path: Path) -> None:
    """ "of all budget allocations": the whole is the budget (over 700 of 6,100 is over 11.48%)."""
    body = ("The government presented a budget of $US6.1 billion.\n\n"
            "The health sector gets over $US700 million, or 11.2 percent of all budget allocations.")
    found = findings(tmp_path, body)
    assert [code for code, _ in found] == ["PCT002"] and "$US6.1 billion" in found[0][1]
    assert findings(tmp_path, body.replace("11.2 percent", "11.6 percent")) == []


def test_a_shares_whole_is_larger_than_its_part_and_no_balance_of_it(tmp_path: Path) -> None:
    """ "of total trade" is not the trade gap, nor another share's part; the story's total, named
    paragraphs earlier, is (5.15 of 10.3 is 50%, not 51%)."""
    shares = ("Intermediate goods led at $1.19 billion or 67.9 percent of total trade, ahead of consumer goods "
              "at $478.5 million or 27.2 percent of total trade.")
    assert findings(tmp_path, "The trade gap narrowed to $1.98 billion.\n\n" + shares) == []
    body = ("Irish exports rose 16 per cent in August, to €10.3 billion.\n\n" + "Imports were steady. " * 3
            + "\n\nIn August €5.15 billion or 51 per cent of total exports went to the EU.")
    found = findings(tmp_path, body)
    assert [code for code, _ in found] == ["PCT002"] and "of €10.3 billion" in found[0][1]


# -- balances and totals -------------------------------------------------------------------------------

SURPLUS = "Exports totalled $15.21 billion and imports $13.49 billion, leaving a surplus of $1.72 billion."


def test_a_surplus_that_holds_is_a_relation_and_silent(tmp_path: Path) -> None:
    assert findings(tmp_path, SURPLUS) == []
    notes = [note for kind, _, note in relations(tmp_path, SURPLUS) if kind == "total"]
    assert notes and "holds within rounding" in notes[0]


def test_a_surplus_one_slip_away_names_the_likely_figure(tmp_path: Path) -> None:
    found = findings(tmp_path, SURPLUS.replace("$15.21 billion", "$16.21 billion"))
    assert [code for code, _ in found] == ["SUM001"]
    assert "should be $15.21 billion" in found[0][1]  # what it probably should be


def test_a_balance_that_held_a_year_earlier_vouches_for_the_new_levels(tmp_path: Path) -> None:
    """22.8 - 15.6 = 7.2 holds for 2018, so 19.8 - 15 = 4.8 against the stated 6.6 is an error,
    though nothing but "deficit" and the paragraph ties the 2019 levels together."""
    body = ("In dollars the trade deficit shrank by 8% to $6.6bn, down from $7.2bn in 2018. On the import "
            "side, purchases dropped to $19.8bn from $22.8bn, and exports also fell, to $15bn from $15.6bn.")
    found = findings(tmp_path, body)
    assert [code for code, _ in found] == ["SUM001"] and "$6.6bn" in found[0][1]
    assert findings(tmp_path, body.replace("$7.2bn", "$7.7bn").replace("8%", "14%")) == []


def test_a_balance_whose_sides_are_other_paragraphs_is_believed_only_when_it_holds(tmp_path: Path) -> None:
    body = ("The sector ran a deficit of $0.68 billion.\n\n"
            "Separately, exports of machinery rose to $1.2 billion while imports came to $180.8 million.")
    assert findings(tmp_path, body) == []


def test_changes_and_levels_never_add_up(tmp_path: Path) -> None:
    body = ("December exports were $190.7 billion, $5.0 billion more than in November.\n\n"
            "Imports decreased $49.9 billion over the year, and the services surplus rose by $0.3 billion.")
    assert findings(tmp_path, body) == []


def test_parts_that_overshoot_their_stated_total_are_reported(tmp_path: Path) -> None:
    body = ("Gas exports came to a total of N397 billion in the quarter, of which LNG was N412.028 billion "
            "and cooking gas N11.835 billion.")
    assert [code for code, _ in findings(tmp_path, body)] == ["SUM001"]


def test_parts_that_fall_short_of_an_including_total_are_not(tmp_path: Path) -> None:
    body = ("A total allocation of Kshs. 48.23 billion went to farming, including Kshs. 2 billion for coffee "
            "and Kshs. 10 billion for fertiliser.")
    assert findings(tmp_path, body) == []


def test_parts_closed_by_the_remaining_one_must_make_up_their_total(tmp_path: Path) -> None:
    """ "of which ... The remaining ...": the parts are all of it, so 22.36 + 53.4 = 75.76 short of
    79.807 is an error; without "remaining" the story may have named only some parts."""
    body = ("Tourism generated total receipts of USD 79.807M, of which USD 22.36M was government revenue. "
            "The remaining USD 53.4M went to the tour operators.")
    found = findings(tmp_path, body)
    assert [code for code, _ in found] == ["SUM001"]
    assert findings(tmp_path, body.replace("The remaining", "Another")) == []
    assert findings(tmp_path, body.replace("USD 79.807M", "USD 75.76M")) == []


# -- shares --------------------------------------------------------------------------------------------

def test_a_percent_of_target_may_pass_one_hundred(tmp_path: Path) -> None:
    body = ("Customs revenue reached 212.8 trillion IDR, or 103.5 percent of the target. "
            "Total revenue was 2.59 quadrillion IDR.")
    assert findings(tmp_path, body) == []


def test_a_share_whose_whole_follows_in_the_sentence_is_checked(tmp_path: Path) -> None:
    body = ("Education receives Kshs. 659.5 billion, equivalent to 27.5% of the budget, which is estimated "
            "to be Kshs. 3.9 trillion.")
    assert [code for code, _ in findings(tmp_path, body)] == ["PCT002"]


# -- exchange rates of the reported year ---------------------------------------------------------------

def test_annual_figures_may_use_the_reported_years_average_rate(tmp_path: Path) -> None:
    """Published in February 2018 (EUR/USD near 1.23), reporting 2017 (average 1.1297)."""
    body = "In 2017 the bloc posted a surplus of €374.3 billion ($423 billion)."
    assert findings(tmp_path, body, published="2018-02-15") == []
    undated = "The bloc posted a surplus of €374.3 billion ($423 billion)."
    assert [code for code, _ in findings(tmp_path, undated, published="2018-02-15")] == ["CUR002"]


# -- the cue table is data -----------------------------------------------------------------------------

@pytest.mark.parametrize("spec, ok", [
    ('"all in all" = { relation = "sum", role = "total", weight = 3 }', True),
    ('"surplus" = { relation = "balance", role = "result", weight = 0 }', True),
    ('"all in all" = { relation = "sum", role = "result", weight = 3 }', False),
    ('"all in all" = { relation = "sum", role = "total", weight = 7 }', False),
])
def test_cues_are_configured_and_checked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str], spec: str, ok: bool) -> None:
    from factlint.relations import cues

    monkeypatch.setattr(cues, "CUES", dict(cues.CUES))
    monkeypatch.setattr(cues, "_CUE", cues._CUE)
    (tmp_path / "factlint.toml").write_text(f"[cues]\n{spec}\n", encoding="utf-8")
    path = article(tmp_path, SURPLUS)
    monkeypatch.chdir(tmp_path)
    code = main(["check", str(path.name)])
    err = capsys.readouterr().err
    if ok:
        assert code == 0, err
    else:
        assert code == 2 and "factlint.toml:2" in err and "cues." in err


# -- complements and scale repeats ---------------------------------------------------------------------

COMPLEMENT = ("Exports last month totalled $15.21 billion.\n\n"
              "Non-oil exports rose by 11.9 percent month on month to $13.93 billion.\n\n"
              "Oil exports went up 3.4 percent, from $1.24 billion to $1.28 billion.")


def test_non_x_and_x_make_up_their_whole(tmp_path: Path) -> None:
    assert findings(tmp_path, COMPLEMENT) == []
    totals = [roles for kind, roles, _ in relations(tmp_path, COMPLEMENT) if kind == "total"]
    assert {"total": ["$15.21 billion"], "parts": ["$13.93 billion", "$1.28 billion"]} in totals


def test_a_partition_that_misses_is_reported(tmp_path: Path) -> None:
    body = COMPLEMENT.replace("$15.21 billion", "$15.91 billion")
    assert [code for code, _ in findings(tmp_path, body)] == ["SUM001"]


def test_a_whole_with_its_own_qualifier_is_not_the_partitions(tmp_path: Path) -> None:
    body = ("Tax revenue fell to 1.07 quadrillion IDR. Non-tax revenue stood at 338.5 trillion IDR, while "
            "revenue from grants surged to 12.3 trillion IDR.")
    assert findings(tmp_path, body) == []


def test_the_same_digits_a_thousand_apart_are_one_figure_slipped(tmp_path: Path) -> None:
    body = ("Migrants sent home $445 million in 2016, the study found.\n\n"
            "Remittance flows rose from $296 billion in 2007 to $445 billion in 2016.")
    found = findings(tmp_path, body)
    assert [code for code, _ in found] == ["REP001"]
    different_year = body.replace("$445 million in 2016", "$445 million in 2009")
    assert findings(tmp_path, different_year) == []


# -- reports say what was cross-checked ----------------------------------------------------------------

def test_the_summary_counts_figures_cross_checked_not_only_recorded(tmp_path: Path) -> None:
    body = SURPLUS + " The ministry employs 4,120 staff."
    coverage = check_files([article(tmp_path, body)]).coverage[0]
    assert (coverage.found, coverage.recorded, coverage.cross_checked) == (4, 4, 3)
    assert coverage.describe().endswith("; 3 of 4 cross-checked in a relation")


def test_the_suspect_is_the_figure_no_other_relation_confirms(tmp_path: Path) -> None:
    """One digit explains the partition's miss in the total ('$15.21 billion' for 16.21) as well as
    in either part; alone, the total is suspected first. When the surplus confirms $15.21 billion,
    the repair that makes every relation hold with one change is a part's."""
    partition = ("Non-oil exports rose to $13.93 billion.\n\n"
                 "Oil exports went up 3.6 percent, from $2.2 billion to $2.28 billion.")
    alone = findings(tmp_path, "Exports totalled $15.21 billion.\n\n" + partition)
    assert [code for code, _ in alone] == ["SUM001"] and "probably '$15.21 billion' should be" in alone[0][1]
    confirmed = findings(tmp_path, "Exports totalled $15.21 billion and imports $13.49 billion, a surplus of "
                                   "$1.72 billion.\n\n" + partition)
    assert [code for code, _ in confirmed] == ["SUM001"]
    assert "probably '$15.21 billion'" not in confirmed[0][1] and "probably '$" in confirmed[0][1]


def test_a_percent_in_words_is_rounded_like_digits(tmp_path: Path) -> None:
    body = "Income was up nine per cent at Rs 1,496.30 crore, compared with Rs 1,372.60 crore a year ago."
    assert findings(tmp_path, body) == []
    assert [code for code, _ in findings(tmp_path, body.replace("nine", "twelve"))] == ["CHG001"]


SERIES = ("Ayo received 4,657,304 (41.61%) votes, Bello 16,673 (0.15%), Chike 16,461 (0.15%) and "
          "Dede 5,219 (0.09%).\n\nValid votes totalled 11,191,422 and rejected votes 239,109.")


def test_a_series_of_shares_finds_its_whole_and_its_outlier(tmp_path: Path) -> None:
    found = findings(tmp_path, SERIES)
    assert [code for code, _ in found] == ["PCT002"]
    assert "5,219" in found[0][1] and "11,191,422" in found[0][1]
    assert findings(tmp_path, SERIES.replace("5,219 (0.09%)", "5,219 (0.05%)")) == []


def test_a_short_series_takes_the_whole_two_of_its_three_shares_agree_on(tmp_path: Path) -> None:
    """A budget's top three lines: 7.5 and 5 of 44.8 trillion are 17 and 11.2 per cent; 6.9 is
    15.4, not 15.6. Uganda's shilling is written "Shs"."""
    body = ("The Shs44.8 trillion budget was read yesterday. Human capital received Shs7.5 trillion "
            "(17 per cent); security came next with Shs6.9 trillion (15.8 per cent), and transport "
            "had Shs5 trillion (11.2 per cent).")
    found = findings(tmp_path, body)
    assert [code for code, _ in found] == ["PCT002"]
    assert "Shs6.9 trillion of Shs44.8 trillion" in found[0][1]
    assert findings(tmp_path, body.replace("15.8 per cent", "15.4 per cent")) == []


def test_two_series_in_one_story_keep_their_own_wholes(tmp_path: Path) -> None:
    """A pair beside the exports series is not an outlier of it when it stands elsewhere."""
    body = ("Exports came to $5.23 billion. Ores brought $290.17 million (5.5 percent), wood $282.22 million "
            "(5.4 percent) and fish $866.25 million (16.6 percent).\n\n"
            "Imports totalled $10.97 billion, with transport equipment at $890 million (8.1 percent).")
    assert findings(tmp_path, body) == []


def test_a_change_in_percentage_points_is_a_difference(tmp_path: Path) -> None:
    body = ("Food inflation rose by 0.52 percentage points to 6.50 per cent in September, from 6.08 per cent "
            "the month before.\n\nNon-food inflation rose by 0.42 percentage points to 5.50 per cent, from "
            "5.08 per cent.")
    found = findings(tmp_path, body)
    assert [code for code, _ in found] == ["CHG001"]
    assert "0.41–0.43 points" in found[0][1] and "'0.52 percentage points'" in found[0][1]


# -- changes as amounts, corroboration, comparisons named by their period ------------------------------

def test_a_change_given_as_an_amount_is_a_sum(tmp_path: Path) -> None:
    body = "Interest payments grew by $2.9 billion to $14.7 billion, from $11.3 billion a year earlier."
    found = findings(tmp_path, body)
    assert [code for code, _ in found] == ["SUM001"]
    assert "'$14.7 billion'" in found[0][1]
    ok = "Interest payments grew by $3.4 billion to $14.7 billion, from $11.3 billion a year earlier."
    assert findings(tmp_path, ok) == []


def test_the_level_after_to_belongs_to_its_own_change(tmp_path: Path) -> None:
    body = ("Exports grew by 200 million euros to 49.6 billion euros, while imports fell by 100 million "
            "euros to 57 billion euros.")
    assert not [roles for kind, roles, _ in relations(tmp_path, body)
                if kind == "total" and "49.6 billion euros" in roles.get("parts", [])]
    assert findings(tmp_path, body) == []


def test_a_stated_difference_corroborates_endpoints_in_the_next_sentence(tmp_path: Path) -> None:
    body = ("The central bank's reserves went up by $ 70 million or 0.5 percent this week. "
            "The bank held $ 11.837 billion in the review week, against $ 11.767 billion the week before.")
    found = findings(tmp_path, body)
    assert [code for code, _ in found] == ["CHG001"]
    assert "truncated" in found[0][1]  # 0.59 percent written 0.5: possible only by truncation


def test_a_comparison_may_name_its_period_before_the_amount(tmp_path: Path) -> None:
    body = ("Total exports - N5.93 trillion, declined by 19.89 percent against the second quarter of "
            "2022 - N7.41 trillion.")
    kinds = [(kind, roles) for kind, roles, _ in relations(tmp_path, body)]
    assert ("change", {"from": ["N7.41 trillion"], "to": ["N5.93 trillion"], "percent": ["19.89 percent"]}) in kinds


def test_a_currency_left_out_on_repetition(tmp_path: Path) -> None:
    body = "Total imports increased by 4.22 percent (5.93 trillion), compared with N5.44 trillion."
    found = findings(tmp_path, body)
    assert [code for code, _ in found] == ["CHG001"]


def test_a_sentence_opened_by_its_whole_is_a_breakdown(tmp_path: Path) -> None:
    body = ("Of the proposed Sh656 billion, the commission is to get Sh358.2 billion, basic education "
            "Sh142.3 billion, universities Sh128 billion and colleges Sh27.5 billion.")
    assert findings(tmp_path, body) == []
    assert ("total", {"total": ["Sh656 billion"], "parts": ["Sh358.2 billion", "Sh142.3 billion", "Sh128 billion",
                                                          "Sh27.5 billion"]}) in \
        [(kind, roles) for kind, roles, _ in relations(tmp_path, body)]
    stated = ("The Treasury set aside Sh656 billion of the total expenditure for education. " + body
              ).replace("Sh27.5 billion", "Sh30.7 billion")
    assert [code for code, _ in findings(tmp_path, stated)] == ["SUM001"]  # parts make 659.2


def test_a_far_miss_needs_its_endpoints_in_the_percents_clause(tmp_path: Path) -> None:
    body = ("Imports climbed, reaching $10,473.5 million against $9,896.5 million a year earlier, and the "
            "goods import bill rose 9.4 per cent to $8,446.6 million.")
    assert findings(tmp_path, body) == []


def test_a_ranking_orders_its_amounts(tmp_path: Path) -> None:
    body = ("In January-May, the U.S. was the largest importer of Vietnamese products with US$ 37.2 billion, "
            "followed by China with US$ 43.4 billion.")
    found = findings(tmp_path, body)
    assert [code for code, _ in found] == ["ORD001"]
    ok = body.replace("US$ 43.4 billion", "US$ 23.4 billion")
    assert findings(tmp_path, ok) == []


def test_together_with_joins_subjects_and_adds_nothing(tmp_path: Path) -> None:
    """ "The units, together with the brokerage arm, contributed ..." is no total of the amounts before."""
    body = ("The bank's lending arm earned Sh5.9 billion and its deposit arm Sh2.55 billion. The regional units, "
            "together with the brokerage arm, contributed Sh128.93 million to profit.")
    assert not [kind for kind, _, _ in relations(tmp_path, body) if kind == "total"]
    assert findings(tmp_path, body) == []
    summed = body.replace("The regional units, together with the brokerage arm, contributed Sh128.93 million to "
                          "profit", "Together the two earned Sh8.45 billion")
    assert ("total", {"total": ["Sh8.45 billion"], "parts": ["Sh5.9 billion", "Sh2.55 billion"]}) in \
        [(kind, roles) for kind, roles, _ in relations(tmp_path, summed)]


def test_in_total_before_a_noun_is_an_adjective_and_by_measures_a_change(tmp_path: Path) -> None:
    """ "a fall in total exports of fuels ... by 21.0 billion" is the size of a change, not a total of
    the levels before it; "3.3 billion riyals, equivalent to 8.6 percent, higher than" is one too."""
    body = ("Exports were worth 63.7 billion riyals a year earlier, and 3.3 billion riyals, equivalent to "
            "8.6 percent, higher than in the second quarter. Behind the decline was a fall in total exports "
            "of fuels, lubricants and similar materials, by 21.0 billion riyals.")
    assert not [kind for kind, _, _ in relations(tmp_path, body) if kind == "total"]
    assert findings(tmp_path, body) == []
    adverb = "Ports handled 4.1 million tonnes and airports 2.2 million tonnes, 6.3 million tonnes in total."
    assert ("total", {"total": ["6.3 million tonnes"], "parts": ["4.1 million tonnes", "2.2 million tonnes"]}) in \
        [(kind, roles) for kind, roles, _ in relations(tmp_path, adverb)]


def test_a_balance_restated_is_not_its_own_side(tmp_path: Path) -> None:
    """A headline's surplus repeated in a body sentence that names both sides is no side of itself."""
    body = ("Qatar posts a trade surplus of 19.6 billion riyals\n\nThe trade balance, the difference between "
            "exports and imports, was in surplus by 19.6 billion riyals, down from 38.0 billion riyals.")
    assert findings(tmp_path, body) == []


def test_an_amount_a_comparison_introduces_is_no_part(tmp_path: Path) -> None:
    """ "against 44,000 tonnes ... in 2012" is another period's level: no part of this year's total,
    though no change relation was believed for it (the percent is of the value, not the volume)."""
    body = ("Beef exports soared 54.94% in the first four months, totalling 65,000 tonnes worth US$337 million, "
            "against 44,000 tonnes at US$218 million a year earlier.\n\nRussia remained the best customer with "
            "purchases of 44,000 tonnes, followed by Brazil with 7,000 tonnes.")
    assert not [roles for kind, roles, _ in relations(tmp_path, body) if kind == "total"]
    assert findings(tmp_path, body) == []


def test_a_figure_written_again_is_one_part(tmp_path: Path) -> None:
    """ "now at 11.59 trillion ... (11.59 trillion)" is one amount, not two parts of a total."""
    body = ("Total trade stood at N13 trillion in Q1 and then slipped to N12.84 trillion in the second quarter; "
            "the Q3 data show it still falling, now at 11.59 trillion. Trade in the third quarter "
            "(11.59 trillion) was the lowest of the year.")
    assert findings(tmp_path, body) == []


def test_a_share_restated_beside_its_amount_must_agree(tmp_path: Path) -> None:
    """ "K192 billion, which represents 15.5% of the total budget": amount and percent side by side,
    the whole named earlier; a slip is reported, and so is a far miss no more (weak wording)."""
    lead = "The total budget is K1,297.2 billion for the year. "
    holds = lead + "The Agriculture Ministry has received K201 billion, which represents 15.5% of the total budget."
    assert ("share", {"percent": ["15.5%"], "part": ["K201 billion"], "whole": ["K1,297.2 billion"]}) in \
        [(kind, roles) for kind, roles, _ in relations(tmp_path, holds)]
    assert findings(tmp_path, holds) == []
    slip = holds.replace("K201 billion", "K20.1 billion")  # 1.55%: a decimal point moved
    assert [code for code, _ in findings(tmp_path, slip)] == ["PCT002"]
    far = holds.replace("K201 billion", "K120 billion")  # 9.3%: no slip explains it, the wording is plain
    assert findings(tmp_path, far) == []


def test_a_share_finds_its_part_by_the_noun_it_counts(tmp_path: Path) -> None:
    """ "with 382,000 arrivals and 2.5 million overnight stays, which accounted for 15.1% of total
    arrivals and 21.6% of total overnight stays": each share's part is the amount of its noun, and
    its whole the amount counted by the same noun; "accounted for ... of total" is unmistakable."""
    body = ("Hotels recorded 2.8 million tourist arrivals and 12.5 million overnight stays in June.\n\nGermans "
            "came first, with 382,000 arrivals and 2.5 million overnight stays, which accounted for 15.1% of "
            "total arrivals and 21.6% of total overnight stays.")
    shares = {roles["percent"][0]: roles for kind, roles, _ in relations(tmp_path, body) if kind == "share"}
    assert shares["15.1%"]["part"] == ["382,000"] and shares["15.1%"]["whole"] == ["2.8 million"]
    assert shares["21.6%"]["part"] == ["2.5 million"] and shares["21.6%"]["whole"] == ["12.5 million"]
    assert sorted(code for code, _ in findings(tmp_path, body)) == ["PCT002", "PCT002"]
    ok = body.replace("15.1%", "13.6%").replace("21.6%", "20%")
    assert findings(tmp_path, ok) == []


def test_a_tally_of_votes_is_no_whole_of_another_tally(tmp_path: Path) -> None:
    """Every count of votes is "votes": one candidate's tally is no whole of the other's share."""
    body = ("San Nicolas finished with 10,467 votes, or 59.62% of the total votes cast. Underwood finished with "
            "7,090 votes, or 40.38% of the votes cast.")
    assert findings(tmp_path, body) == []


def test_a_base_in_its_own_relative_clause_may_say_came_to(tmp_path: Path) -> None:
    """ "6.99 billion dollars, 2.75 billion dollars higher than in 2020, when the total came to 4.21
    billion dollars, an increase of 65.4%": "came to" is the relative clause's, the base is 4.21,
    and it is no whole of this year's shares."""
    body = ("Exports from January to August reached 6.99 billion dollars, a figure 2.75 billion dollars higher "
            "than in the same period of 2020, when the total came to 4.21 billion dollars, which represents "
            "an increase of 66%.\n\nGold brought in $1.64 billion, or 24% of the total.")
    assert ("change", {"from": ["4.21 billion dollars"], "to": ["6.99 billion dollars"], "percent": ["66%"]}) in \
        [(kind, roles) for kind, roles, _ in relations(tmp_path, body)]
    # the published 2.75 (the ends differ by 2.78) is this article's one slip; the percent holds
    assert [code for code, _ in findings(tmp_path, body)] == ["SUM001"]
    assert [code for code, _ in findings(tmp_path, body.replace("66%", "65.4%"))] == ["CHG001", "SUM001"]


def test_shares_of_a_whole_the_text_never_states_must_imply_one_whole(tmp_path: Path) -> None:
    """Election results: each count with its percent implies the total; the one pair whose implied
    total misses the others' is reported (PCT003), with the percent one slip explains."""
    body = ("With a quarter of results declared, the APC had 291,933 votes (44.64%), the SLPP 274,352 (41.94%), "
            "the NCG 43,117 (6.59%) and C4C 21,713 (3.32%).")
    assert ("shares", {"parts": ["291,933", "274,352", "43,117", "21,713"],
                       "percents": ["44.64%", "41.94%", "6.59%", "3.32%"]}) in \
        [(kind, roles) for kind, roles, _ in relations(tmp_path, body)]
    [(code, message)] = findings(tmp_path, body)
    assert code == "PCT003" and "3 of 4 shares imply a whole of 653899–654045" in message
    assert "274,352 (41.94%)" in message and "41.95%" in message
    assert findings(tmp_path, body.replace("41.94%", "41.95%")) == []
    # changes with their percents in parentheses are no shares of one whole
    changes = ("Turnover went up by 1.8 billion USD (27.5 percent), exports by 953 million USD (25.2 percent) "
               "and imports by 896.1 million USD (30.5 percent).")
    assert not [kind for kind, _, _ in relations(tmp_path, changes) if kind == "shares"]


def test_a_headline_without_a_stop_ends_its_sentence(tmp_path: Path) -> None:
    """ "... away from its two main markets" (a headline) does not run on into the body's first
    sentence: "from two" is no base of the body's "climbed 14 per cent to 472,450"."""
    body = ("Busiest June as growth shifts away from its two main markets\n\nTourist arrivals climbed 14 per cent "
            "last month to 472,450, the statistics service said.")
    path = tmp_path / "story.txt"
    path.write_text(f"---\npublished: 2017-07-14\n---\n\n{body}\n", encoding="utf-8")
    assert check_files([path]).findings == []


def test_a_margin_is_the_difference_of_two_amounts_named_before(tmp_path: Path) -> None:
    """ "separated by a margin of 860,166 votes": the two leaders' counts, paragraphs before, are
    picked by the arithmetic alone (no label names them); a one-digit slip is reported."""
    body = ("Hichilema polled 2,324,837 votes in 128 constituencies.\n\nHis closest rival, Edgar Lungu, has "
            "1,464,681 votes.\n\nThe two leading contenders are now separated by a margin of 860,166 votes. "
            "Harry Kalaba is third with 19,451 votes.")
    assert [code for code, _ in findings(tmp_path, body)] == ["SUM001"]
    assert findings(tmp_path, body.replace("860,166", "860,156")) == []
    far = body.replace("860,166", "912,000")  # no pair explains it: the cue alone is not enough
    assert findings(tmp_path, far) == []


def test_a_change_given_by_its_size_and_percent_checks_the_level_it_reached(tmp_path: Path) -> None:
    """ "fell by $51 million or 1.9 percent to $5,049 million": the level it started from is
    unstated, but 51 of 5,100 is 1.0 percent (CHG001); a level found by its label alone must agree."""
    body = "Reserves fell by $51 million or 1.9 percent to $5,049 million in March."
    [(code, message)] = findings(tmp_path, body)
    assert code == "CHG001" and "a fall of $51 million to $5,049 million is a change of 0.990196–1.0098%" in message
    assert findings(tmp_path, body.replace("1.9 percent", "1.0 percent")) == []
    labelled = ("Turnover in the first quarter amounted to $1.03 billion. According to the agency, turnover "
                "increased by $258.5 million or 33.5 percent on the same period in 2017.")
    assert ("change", {"to": ["$1.03 billion"], "amount": ["$258.5 million"], "percent": ["33.5 percent"]}) in \
        [(kind, roles) for kind, roles, _ in relations(tmp_path, labelled)]
    assert findings(tmp_path, labelled.replace("$1.03 billion", "$1.3 billion")) == []  # far, label only: silent


def test_figures_a_hundred_apart_in_millions_and_billions_are_no_repeat(tmp_path: Path) -> None:
    # "1.03 bln" and "10.3 mln" share their digits, but no scale word is a hundred times another
    body = ("Exports to the bloc came to EUR 1.03 bln in the half year. Exports of timber to the bloc "
            "reached EUR 10.3 mln in the half year.")
    assert [kind for kind, _, _ in relations(tmp_path, body)] == []
    assert findings(tmp_path, body) == []
    lakh = ("Exports of tea came to Rs 10.3 lakh in the season. Exports of tea reached Rs 10.3 crore "
            "in the season.")
    assert [kind for kind, _, _ in relations(tmp_path, lakh)] == ["repeat"]


def test_a_decimal_amount_in_a_table_is_no_count_for_granularity(tmp_path: Path) -> None:
    # "11.48" (US$ billion, given in the table's heading) is no whole number of things
    body = "Orders from the region came to 11.48 (27.9%, up 19.2%) in May."
    assert [code for code, _ in findings(tmp_path, body)] == []
    whole = "The club signed 11 players, up 19.2% on the year."
    assert [code for code, _ in findings(tmp_path, whole)] == ["CHG003"]


def test_a_changes_direction_is_read_in_its_own_sentence(tmp_path: Path) -> None:
    # "increase" in the next sentence is nearer to the percent than the "decrease" that states it
    body = ("Provisions came to KD 323.6 million against KD 358.8 million a year earlier, a decrease "
            "by KD 35.2 million or by 9.8%. Part of the increase in profit reflects this.")
    assert findings(tmp_path, body) == []


def test_endpoints_the_restated_amount_refutes_are_not_the_changes(tmp_path: Path) -> None:
    # "by BDZ$37 million or 25 per cent": the next sentence's 243 and 30 differ by 213, not 37
    body = ("Subsidies will rise by BDZ$37 million or 25 per cent next year. Capital spending will rise "
            "by BDZ$30 million compared with this year's outturn of BDZ$243 million.")
    assert [code for code, _ in findings(tmp_path, body)] == []
    # endpoints the amount confirms are still the change's, and a wrong percent is reported
    confirmed = ("Subsidies will rise by BDZ$37 million or 35 per cent next year. They will reach "
                 "BDZ$185 million, against BDZ$148 million this year.")
    assert [code for code, _ in findings(tmp_path, confirmed)] == ["CHG001"]


def test_a_balance_named_before_its_period_and_change_is_the_level_reached(tmp_path: Path) -> None:
    # "The trade gap for January-July grew 53.4 percent to $3.94 million": the gap is the level; its
    # sides differ by 3.94 billion, so one scale word slipped
    body = ("Imports rose 39.9 percent to $5.77 billion, while exports went up 17.7 percent to $1.83 "
            "billion. The trade gap for January-July grew 53.4 percent to $3.94 million.")
    [(code, message)] = findings(tmp_path, body)
    assert code == "SUM001" and "probably '$3.94 million' should be $3.94 billion" in message


def test_sides_in_another_paragraph_confirm_a_balance_a_scale_slip_explains(tmp_path: Path) -> None:
    # three digits agree exactly under a slipped scale word: as unlikely by chance as holding
    body = ("The travel balance showed a surplus of €9.309 billion for the seven months.\n\n"
            "Receipts rose to €10.953 million, and payments grew to €1.644 billion.")
    [(code, message)] = findings(tmp_path, body)
    assert code == "SUM001" and "€10.953 million" in message
    far = ("The travel balance showed a surplus of €9.309 billion for the seven months.\n\n"
           "Receipts rose to €10.421 million, and payments grew to €1.644 billion.")
    assert findings(tmp_path, far) == []  # no slip explains it: sides elsewhere confirm nothing


def test_two_sides_make_one_sum_and_one_difference(tmp_path: Path) -> None:
    body = ("Exports stood at 4.7 billion USD and imports at 3.8 billion USD, which left a surplus of "
            "0.9 million USD. Trade with the world came to 8.5 billion USD.")
    assert [code for code, _ in findings(tmp_path, body)] == ["SUM001"]
    kinds = sorted(roles["total"][0] for kind, roles, _ in relations(tmp_path, body) if kind == "total")
    assert kinds == ["4.7 billion USD", "8.5 billion USD"]
    # but one pair of sides is no two balances: last year's deficit had its own sides
    two = ("The deficit was US$1,401.4 million, from imports of US$6,180.0 million and exports of US$4,778.6 "
           "million. A year earlier the deficit had been US$928.7 million.")
    assert findings(tmp_path, two) == []


def test_the_amount_of_a_change_whose_ends_are_stated_is_their_difference(tmp_path: Path) -> None:
    body = ("Exports reached 6.99 billion dollars, a figure 2.75 billion dollars higher than in 2020, "
            "when the total came to 4.21 billion dollars, an increase of 66%.")
    [(code, message)] = findings(tmp_path, body)
    assert code == "SUM001" and "4.21 billion dollars + 2.75 billion dollars" in message
    holds = body.replace("2.75", "2.78")
    assert findings(tmp_path, holds) == []
    assert ("total", {"total": ["6.99 billion dollars"], "parts": ["4.21 billion dollars", "2.78 billion dollars"]}) \
        in [(kind, roles) for kind, roles, _ in relations(tmp_path, holds)]


def test_a_money_whole_may_be_named_after_it_as_an_adjective(tmp_path: Path) -> None:
    # "a 2.9 billion-dollar budget": money (the adjective form) named by the noun after it
    body = ("The minister unveiled a 2.9 billion-dollar budget for the year.\n\n"
            "Health received 514.5 million dollars, equating to approximately 21.6 percent of the budget.")
    [(code, message)] = findings(tmp_path, body)
    assert code == "PCT002" and "514.5 million dollars of 2.9 billion-dollar" in message
    # a count's noun is what it counts: "5,716,026 votes" names no whole of another candidate's votes
    votes = ("The winner secured 5,716,026 votes making 53.85%. The runner-up secured 4,713,277 votes "
             "making 44.40% of valid votes cast.")
    assert findings(tmp_path, votes) == []


def test_a_change_naming_its_two_periods_takes_the_amounts_of_those_periods(tmp_path: Path) -> None:
    body = ("As many as 729,550 foreign tourists came to the country in 2016.\n\n"
            "The number of foreign tourists in 2016 was 24 per cent higher than in 2015.\n\n"
            "The country had received a total of 554,747 tourists in 2015.")
    [(code, message)] = findings(tmp_path, body)
    assert code == "CHG001" and "from 554,747 to 729,550" in message
    assert findings(tmp_path, body.replace("24 per cent", "31.5 per cent")) == []
    # two amounts of one period under the change's words: no way to tell which, so no relation
    two = body.replace("in 2015.", "in 2015, and 601,000 tourists in 2015 by another count.")
    assert findings(tmp_path, two) == []


def test_an_amount_how_far_a_level_stands_from_another_is_their_difference(tmp_path: Path) -> None:
    # "382.27 billion, 22.18 million less than the 404.46 million": the level, then how far below
    body = ("Coffee sold abroad in the cycle brought in 382.27 billion, 22.18 million less than the 404.46 "
            "million earned in the previous cycle.")
    [(code, message)] = findings(tmp_path, body)
    assert code == "SUM001" and "382.27 billion" in message
    assert findings(tmp_path, body.replace("382.27 billion", "382.28 million")) == []
