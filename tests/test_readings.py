"""How figures are read when a relation is judged: open hedges have a conventional reach, and one
rounding rule holds for every figure of an article (issue: figures read the way newsrooms write)."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from factlint.cli import main
from factlint.figures.figure import LOOSE_READINGS, STRICT_READINGS, Reading, Rounding, parse_figure
from factlint.figures.hedges import lookup_hedge
from factlint.figures.intervals import INF, Interval


@pytest.fixture(autouse=True)
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def run(capsys: pytest.CaptureFixture[str], text: str, claims: str, relation: str) -> list[dict]:
    Path("c.yaml").write_text(f"article:\n  text: {json.dumps(text)}\nclaims:\n{claims}relations:\n  - {relation}\n",
                              encoding="utf-8")
    capsys.readouterr()
    main(["check", "c.yaml", "--format", "json", "--select", "ORD,CHG,SUM,REP,PCT,CNT"])
    return json.loads(capsys.readouterr().out)["findings"]


# -- 5. open hedges have a conventional reach ------------------------------------------------------

def test_more_than_is_a_bit_more_unless_read_loosely(capsys):
    """Revenue of "more than 2.1 trillion" beside added value of 5 trillion: revenue >= added value
    holds only if "more than 2.1 trillion" means 5 trillion: a warning that says so."""
    found = run(capsys, "Firms had revenue of more than 2.1 trillion yuan and added value of 5 trillion yuan.",
                '  - {id: revenue, quote: "more than 2.1 trillion yuan", value: 2.1 trillion, unit: CNY, '
                'hedge: more than}\n'
                '  - {id: added, quote: "5 trillion yuan", value: 5 trillion, unit: CNY}\n',
                "{kind: ordering, claims: [added, revenue]}")
    assert [(f["code"], f["severity"]) for f in found] == [("ORD001", "warning")]
    assert found[0]["message"].endswith("possible only if 'more than 2.1 trillion yuan' means at least 4.5 trillion")


def test_an_increase_to_more_than_less(capsys):
    """ "grew from about 9.2 million to more than 8.1 million": only an unbounded "more than" rises."""
    found = run(capsys, "SMEs grew from about 9.2 million to more than 8.1 million.",
                '  - {id: before, quote: "about 9.2 million", value: 9.2 million, unit: count, hedge: about}\n'
                '  - {id: after, quote: "more than 8.1 million", value: 8.1 million, unit: count, hedge: more than}\n',
                "{kind: change, from: before, to: after, direction: increase}")
    assert [(f["code"], f["severity"]) for f in found] == [("CHG002", "warning")]
    assert found[0]["message"].endswith("possible only if 'more than 8.1 million' is read without its usual upper "
                                        "bound, or if 'about 9.2 million' is read as loosely as ±20%")


def test_a_bound_within_reach_is_clean(capsys):
    found = run(capsys, "Firms had revenue of more than 5.1 trillion yuan and added value of 5.15 trillion yuan.",
                '  - {id: revenue, quote: "more than 5.1 trillion yuan", value: 5.1 trillion, unit: CNY, '
                'hedge: more than}\n'
                '  - {id: added, quote: "5.15 trillion yuan", value: 5.15 trillion, unit: CNY}\n',
                "{kind: ordering, claims: [added, revenue]}")
    assert found == []


@pytest.mark.parametrize(("written", "hedge", "interval"), [
    ("2.1 trillion", "more than", ("2.1e12", "2.2e12")),
    ("58,000", "at least", ("58000", "59000")),  # trailing zeros: the step is the thousand
    ("1 trillion", "over", ("1e12", "2e12")),
    ("2 million", "under", ("1e6", "2e6")),
    ("40 billion", "up to", ("30e9", "40e9")),
])
def test_the_conventional_reach_is_one_step_of_the_last_written_digit(written, hedge, interval):
    figure = parse_figure(written).with_hedge(lookup_hedge(hedge))
    assert figure.interval(Reading.STRICT) == Interval(Decimal(interval[0]), Decimal(interval[1]))
    loose = figure.interval(LOOSE_READINGS[0])  # unbounded: up to infinity, or down to zero
    assert loose.hi == INF if hedge in ("more than", "at least", "over") else loose.lo == 0


# -- 6. one rounding rule per article -------------------------------------------------------------

def test_a_relation_that_holds_only_at_a_shared_boundary_is_an_error(capsys):
    """7 billion (6.5-7.5) and 8 billion (7.5-8.5) meet only at 7.5, which no single rule writes as 7
    in one figure and 8 in the other: profit above added value is impossible."""
    found = run(capsys, "Added value of 7 billion yuan and profits of 8 billion yuan.",
                '  - {id: added, quote: "7 billion yuan", value: 7 billion, unit: CNY}\n'
                '  - {id: profit, quote: "8 billion yuan", value: 8 billion, unit: CNY}\n',
                "{kind: ordering, claims: [profit, added]}")
    assert [(f["code"], f["severity"]) for f in found] == [("ORD001", "error")]


def test_sums_at_a_shared_boundary_are_impossible_too(capsys):
    """Parts 1.2 + 1.3 (2.4-2.6) against a total of 2.7 (2.65-2.75): they do not even touch; against 2.6
    (2.55-2.65) they overlap and hold."""
    claims = ('  - {id: a, quote: "1.2 billion", value: 1.2 billion, unit: USD}\n'
              '  - {id: b, quote: "1.3 billion", value: 1.3 billion, unit: USD}\n'
              '  - {id: t, quote: "2.6 billion", value: 2.6 billion, unit: USD}\n')
    assert run(capsys, "Sales: $1.2 billion and $1.3 billion, $2.6 billion in all.", claims,
               "{kind: total, total: t, parts: [a, b]}") == []
    # 1.24 + 1.25 (2.48-2.50) against 2.5 (2.45-2.55): they meet only where each part is at its upper
    # end and the total is in, which half up excludes and half down allows: it holds.
    claims = ('  - {id: a, quote: "1.24 billion", value: 1.24 billion, unit: USD}\n'
              '  - {id: b, quote: "1.25 billion", value: 1.25 billion, unit: USD}\n'
              '  - {id: t, quote: "2.5 billion", value: 2.5 billion, unit: USD}\n')
    assert run(capsys, "Sales: $1.24 billion and $1.25 billion, $2.5 billion in all.", claims,
               "{kind: total, total: t, parts: [a, b]}") == []


def test_each_rule_excludes_one_end():
    figure = parse_figure("7")
    up, down = (figure.interval(r) for r in STRICT_READINGS)
    assert up.lo == Decimal("6.5") and up.hi < Decimal("7.5")
    assert down.lo > Decimal("6.5") and down.hi == Decimal("7.5")
    truncated = figure.interval(Reading(Rounding.TRUNCATE))
    assert truncated.lo == Decimal(7) and Decimal("7.99") < truncated.hi < Decimal(8)


def test_tier_bounds_that_became_ceilings_cap_the_combined_total(capsys):
    """ "each handled under 500,000 ... each at most 350,000" caps five ports at 2.2 million: a
    combined 3.6 million is impossible (the flipped hedges of an edit)."""
    text = ("The five ports handled 3.6 million TEUs. Three each handled under 500,000 TEUs: Rotterdam, "
            "Hamburg and Antwerp; the other two, Bremerhaven and Felixstowe, each at most 350,000.")
    claims = ('  - {id: combined, quote: "3.6 million TEUs", value: 3.6 million, unit: count}\n'
              '  - {id: three, quote: "Three each", value: "3", unit: count}\n'
              '  - {id: high, quote: "under 500,000", value: "500,000", unit: count, hedge: under}\n'
              '  - {id: two, quote: "the other two", value: "2", unit: count}\n'
              '  - {id: low, quote: "at most 350,000", value: "350,000", unit: count, hedge: at most}\n')
    relations = ("{kind: count, id: top, count: three, items: [Rotterdam, Hamburg, Antwerp]}\n"
                 "  - {kind: count, id: rest, count: two, items: [Bremerhaven, Felixstowe]}\n"
                 "  - {kind: tiers, combined: combined, tiers: [{list: top, each: high}, {list: rest, each: low}]}")
    found = run(capsys, text, claims, relations)
    assert [(f["code"], f["severity"]) for f in found] == [("SUM003", "error")]
    assert "is at most 2.2 million, less than the combined '3.6 million'" in found[0]["message"]


# -- slips: the figure a failing relation probably got wrong ----------------------------------------

def test_a_total_off_by_one_digit_is_named_with_its_likely_value(capsys):
    """Trade of 87.64 billion dollars, exports 44.91 billion and imports 41.73 billion: the parts add
    to 86.64 — one digit of the total differs, and a precise one, so it is no coincidence."""
    found = run(capsys, "Trade reached 87.64 billion dollars: exports of 44.91 billion dollars and imports "
                        "of 41.73 billion dollars.",
                '  - {id: trade, quote: "87.64 billion dollars", value: 87.64 billion, unit: USD}\n'
                '  - {id: exports, quote: "44.91 billion dollars", value: 44.91 billion, unit: USD}\n'
                '  - {id: imports, quote: "41.73 billion dollars", value: 41.73 billion, unit: USD}\n',
                "{kind: total, total: trade, parts: [exports, imports]}")
    [finding] = found
    assert finding["message"].endswith("probably '87.64 billion dollars' should be 86.64 billion dollars "
                                       "(one digit differs)")
    assert finding["fix"] == "Correct 87.64 billion dollars to 86.64 billion dollars (one digit differs)"


def test_a_scale_word_slip_is_named(capsys):
    """ "a trade surplus of 1.61 billion yuan" after exports of 6.57 and imports of 4.96 trillion."""
    found = run(capsys, "Exports rose to 6.57 trillion yuan and imports fell to 4.96 trillion yuan, a surplus "
                        "of 1.61 billion yuan.",
                '  - {id: exports, quote: "6.57 trillion yuan", value: 6.57 trillion, unit: CNY}\n'
                '  - {id: imports, quote: "4.96 trillion yuan", value: 4.96 trillion, unit: CNY}\n'
                '  - {id: surplus, quote: "1.61 billion yuan", value: 1.61 billion, unit: CNY}\n',
                "{kind: total, total: exports, parts: [imports, surplus]}")
    [finding] = found
    assert "probably '1.61 billion yuan' should be 1.61 trillion yuan (a scale word too small" in finding["message"]


@pytest.mark.parametrize(("written", "needed", "named"), [
    ("87.64 billion", ("86.635e9", "86.645e9"), "86640000000.00"),  # one hundredth-level digit: rare by chance
    ("14.2", ("12.46", "13.17"), None),  # a tens digit landing in a 5% window: half the time
    ("32", ("28.4", "29.3"), None),  # two digits: too few to tell a slip from a coincidence
    ("44.99", ("44.8438", "44.9765"), "44.98"),  # the last digit a step off, 0.3% of its size: no accident
    ("3", ("3.6", "3.9"), None),  # one step of "3" spans a third of its size: anything is a step away
])
def test_slips_are_named_only_when_unlikely_by_chance(written, needed, named):
    from factlint.figures.slips import explain

    figure = parse_figure(written)
    slip = explain(figure.value, figure.ulp, Interval(Decimal(needed[0]), Decimal(needed[1])))
    assert (str(slip.intended) if slip else None) == named


@pytest.mark.parametrize(("written", "needed", "options", "named", "kind"), [
    ("3.2", ("315.2", "315.5"), {"percent": True}, None, None),  # a percent has no scale word to slip
    ("3.2", ("315.2", "315.5"), {}, "320", "decimal"),  # a plain number's point may have moved two places
    ("4.71", ("46.5", "47.5"), {"percent": True}, "47.1", "decimal"),  # one place: a percent's point moved
    ("10.3 million", ("1.025e9", "1.035e9"), {}, "1.03e9", "decimal"),  # a hundred apart is no scale word
    ("10.3 lakh", ("1.025e8", "1.035e8"), {"indian": True}, "1.03e8", "scale"),  # lakh for crore
])
def test_scale_slips_fit_how_the_figure_is_written(written, needed, options, named, kind):
    from factlint.figures.slips import explain

    figure = parse_figure(written)
    slip = explain(figure.value, figure.ulp, Interval(Decimal(needed[0]), Decimal(needed[1])), **options)
    assert (slip.intended if slip else None) == (Decimal(named) if named else None)
    assert (slip.kind if slip else None) == kind
