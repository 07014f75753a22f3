"""Anchoring that careless edits cannot fool: each test makes the edit an editor might make to a
copy of the seed article, runs `sync --write`, then `check`, and asserts what must be reported."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from factlint.cli import main
from factlint.text.article import Article

REPO = Path(__file__).resolve().parent.parent
SEED_CLAIMS = REPO / "claims" / "000_feb5f9032e01b09c.yaml"
SEED_ARTICLE = REPO / "seeds" / "000_feb5f9032e01b09c.txt"


@pytest.fixture
def seed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """The seed claims file and article in tmp_path, in the repository's layout, run from there."""
    (tmp_path / "claims").mkdir()
    (tmp_path / "seeds").mkdir()
    claims, article = tmp_path / "claims" / "seed.yaml", tmp_path / "seeds" / SEED_ARTICLE.name
    shutil.copyfile(SEED_CLAIMS, claims)
    shutil.copyfile(SEED_ARTICLE, article)
    monkeypatch.chdir(tmp_path)
    return claims, article


def edit(article: Path, old: str, new: str) -> None:
    text = article.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} must occur once"
    article.write_text(text.replace(old, new), encoding="utf-8")


def sync(claims: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["sync", str(claims), "--write"])
    return code, capsys.readouterr().err


def findings(claims: Path, capsys: pytest.CaptureFixture[str]) -> list[dict]:
    capsys.readouterr()
    main(["check", str(claims), "--format", "json"])
    return json.loads(capsys.readouterr().out)["findings"]


def claim_value(claims: Path, claim_id: str) -> str:
    text = claims.read_text(encoding="utf-8")
    block = text[text.index(f"- id: {claim_id}\n"):]
    return block.split("value:", 1)[1].split("\n", 1)[0].strip().strip('"')


# -- 1. quotes match on token boundaries only -----------------------------------------------------

@pytest.mark.parametrize(("text", "quote"), [
    ("accounting for 140 percent of the budget", "40 percent of the budget"),
    ("a total of 13.5 million tonnes", "3.5 million tonnes"),
    ("a total of 1.40 percent", "40 percent"),
    ("up 40 percentage points", "40 percent"),
    ("revenue of 340.5 billion", "340 billion"),
])
def test_a_quote_never_starts_or_ends_inside_a_number_or_word(text, quote):
    assert Article.from_text(text).find_all(quote) == []


def test_a_quote_still_matches_between_punctuation():
    article = Article.from_text('He said: "40 percent of the budget", and (3.5 million).')
    assert len(article.find_all("40 percent of the budget")) == 1
    assert len(article.find_all("3.5 million")) == 1


def test_40_to_140_percent_is_recorded(seed, capsys):
    """The edit that matters most must not hide inside the old quote: sync records what the text says."""
    claims, article = seed
    edit(article, "40 percent of Guangdong's GDP", "140 percent of Guangdong's GDP")
    code, err = sync(claims, capsys)
    assert code == 0, err
    assert claim_value(claims, "strategic-clusters-share-gdp") == "140"


def test_30_to_130_percent_share_is_reported(seed, capsys):
    claims, article = seed
    edit(article, "more than 30 percent to the industrial", "more than 130 percent to the industrial")
    assert sync(claims, capsys)[0] == 0
    assert claim_value(claims, "hightech-share-industrial-added-value") == "130"
    assert any(f["code"] == "PCT001" and "hightech-share-industrial-added-value" in f["claims"]
               for f in findings(claims, capsys))


# -- 3. a counted list's items are looked for inside that list ------------------------------------

def test_an_item_deleted_from_a_list_is_missed_even_when_named_elsewhere(seed, capsys):
    """The seed names 'ultrahigh-definition display' twice: in the emerging list and in this tier."""
    claims, article = seed
    edit(article, "new energy, ultrahigh-definition display, and digital creativity",
         "new energy and digital creativity")
    assert sync(claims, capsys)[0] == 0
    found = {(f["code"], f["message"]) for f in findings(claims, capsys) if "tier2-clusters" in f["claims"]}
    assert any(code == "CNT001" and "the text lists 2" in message for code, message in found)
    assert ("ANC005", "listed item 'ultrahigh-definition display' is not in the list after the count "
                      "(the article names it elsewhere)") in found


def test_an_item_added_to_a_list_is_counted(seed, capsys):
    claims, article = seed
    edit(article, "software and information services, and automobiles.",
         "software and information services, automobiles, and shipbuilding.")
    assert sync(claims, capsys)[0] == 0
    messages = [f["message"] for f in findings(claims, capsys)
                if f["code"] == "CNT001" and "tier1-clusters" in f["claims"]]
    assert messages and "the text lists 9" in messages[0] and "shipbuilding" in messages[0]


@pytest.mark.parametrize(("text", "found", "missing", "unrecorded"), [
    ("Three clusters — new energy, display, and creativity — grew.", 3, (), ()),
    # named again in the next sentence: not in this list
    ("Three clusters — display and creativity — grew. Later new energy boomed.", 2, ("new energy",), ()),
    ("Three clusters — new energy, solar, display, and creativity and lasers — grew.", 3, (), ("solar", "lasers")),
    # a description in parentheses, a trailing clause and 'and others' are not items
    ("Three clusters: new energy (wind and solar), display and creativity, each over 5 billion.", 3, (), ()),
    ("Three clusters: new energy, display, creativity and others.", 3, (), ()),
    # the first item may come in the next sentence ("..., each ... They encompass A, B and C")
    ("Three clusters, each over 5 billion. They encompass new energy, display and creativity.", 3, (), ()),
])
def test_read_list(text, found, missing, unrecorded):
    from factlint.text.lists import read_list

    reading = read_list(Article.from_text(text), text.index("clusters"), ["new energy", "display", "creativity"])
    assert (len(reading.found), reading.missing, reading.unrecorded) == (found, missing, unrecorded)


# -- 2. re-anchor by place, not by look-alike -----------------------------------------------------

@pytest.mark.parametrize(("old", "new", "claim_id", "value"), [
    ("In addition, three industrial clusters", "In addition, four industrial clusters", "tier2-clusters", "4"),
    ("Seven industrial clusters", "Six industrial clusters", "tier3-clusters", "6"),
    ("And two industrial clusters", "And five industrial clusters", "tier4-clusters", "5"),
    ("established eight industrial clusters", "established nine industrial clusters", "tier1-clusters", "9"),
])
def test_an_edited_tier_sentence_keeps_its_own_claim(seed, capsys, old, new, claim_id, value):
    """The four tier sentences share "N industrial clusters —": the edited one must not be confused
    with another, and the sums must be reported about the sentence that changed."""
    claims, article = seed
    edit(article, old, new)
    code, err = sync(claims, capsys)
    assert code == 0, err
    assert claim_value(claims, claim_id) == value
    quote = claims.read_text(encoding="utf-8").split(f"- id: {claim_id}\n", 1)[1].split("\n", 1)[0]
    assert new.split()[-3] in quote  # the new number word, in the claim's own quote
    counts = [f for f in findings(claims, capsys) if f["code"] == "CNT001"]
    assert [f["claims"] for f in counts] == [[claim_id]]


def test_two_equally_good_places_stop_sync_and_name_both(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text("Sales rose 5 percent in May. Costs rose 5 percent in May.\n", encoding="utf-8")
    Path("c.yaml").write_text("article: {path: a.txt}\nclaims:\n  - {id: x, quote: \"rose 5 percent in May\", "
                              "value: \"5\", unit: percent, occurrence: 1}\n", encoding="utf-8")
    Path("a.txt").write_text("Sales rose 6 percent in May. Costs rose 6 percent in May.\n", encoding="utf-8")
    before = Path("c.yaml").read_text(encoding="utf-8")
    code, err = sync(Path("c.yaml"), capsys)
    assert code == 2 and "two places match it about equally" in err
    assert err.count("rose 6 percent in May") == 2
    assert Path("c.yaml").read_text(encoding="utf-8") == before


def test_a_short_quote_whose_figure_changed_is_found_by_its_place(tmp_path, capsys, monkeypatch):
    """'Wednesday, Sept 17' -> 'Wednesday, Nov 30' is too different for fuzzy matching; between its
    neighbours it is the one date no other claim records."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "claims").mkdir()
    (tmp_path / "seeds").mkdir()
    shutil.copyfile(REPO / "claims" / "001_nordhaven_ports.yaml", "claims/x.yaml")
    shutil.copyfile(REPO / "seeds" / "001_nordhaven_ports.txt", "seeds/001_nordhaven_ports.txt")
    edit(Path("seeds/001_nordhaven_ports.txt"), "Wednesday, Sept 17", "Wednesday, Nov 30")
    assert sync(Path("claims/x.yaml"), capsys)[0] == 0
    assert claim_value(Path("claims/x.yaml"), "results-date") == "2025-11-30"
    assert any(f["code"] == "DAT001" and "results-date" in f["claims"] for f in findings(Path("claims/x.yaml"), capsys))


# -- 4. sync records what the text writes, even when it is impossible ----------------------------

def test_a_date_typo_is_recorded_and_reported_not_refused(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "claims").mkdir()
    (tmp_path / "seeds").mkdir()
    shutil.copyfile(REPO / "claims" / "001_nordhaven_ports.yaml", "claims/x.yaml")
    shutil.copyfile(REPO / "seeds" / "001_nordhaven_ports.txt", "seeds/001_nordhaven_ports.txt")
    edit(Path("seeds/001_nordhaven_ports.txt"), "Wednesday, Sept 17", "Wednesday, Sept 41")
    code, err = sync(Path("claims/x.yaml"), capsys)
    assert code == 0, err
    assert claim_value(Path("claims/x.yaml"), "results-date") == "2025-09-41"
    assert any(f["code"] == "DAT002" and f["message"] == "'Sept 41' is not a calendar date"
               for f in findings(Path("claims/x.yaml"), capsys))


@pytest.mark.parametrize(("text", "dates"), [
    ("on Nov 41, the firm said", [(None, 11, 41)]),
    ("signed Nov 41, 2024 in Lima", [(2024, 11, 41)]),
    ("In March 45 percent of voters", []),  # a month, then another figure
])
def test_an_impossible_day_is_read_as_a_date_only_where_the_text_closes_the_date(text, dates):
    from factlint.text.scan import scan

    assert [m.date for m in scan(text) if m.kind == "date"] == dates



def test_a_date_typo_before_a_word_is_still_the_date_claims_date(seed, capsys):
    """'Oct 27 afternoon' -> 'Oct 37 afternoon': no closing punctuation, but the quote is a date claim's."""
    claims, article = seed
    edit(article, "another tour on Oct 27 afternoon", "another tour on Oct 37 afternoon")
    code, err = sync(claims, capsys)
    assert code == 0, err
    assert any(f["code"] == "DAT002" and f["message"] == "'Oct 37' is not a calendar date"
               for f in findings(claims, capsys))


# -- the text states a change's direction: an edited verb is read where it stands ------------------

@pytest.mark.parametrize(("old", "new", "code", "says"), [
    ("increased from some 4.4 million", "decreased from some 4.4 million", "CHG002", "the text says decrease"),
    # no start figure: the percent is now a decrease, and 336 after it needs 359.5-359.9 before
    ("a 6.6 percent increase from the 135th", "a 6.6 percent decrease from the 135th", "CHG003",
     "336 after a 6.6 percent decrease needs"),
])
def test_a_direction_word_edit_is_read_from_the_text(seed, capsys, old, new, code, says):
    claims, article = seed
    edit(article, old, new)
    assert sync(claims, capsys)[0] == 0
    assert any(f["code"] == code and f["message"].startswith(says) for f in findings(claims, capsys))


def test_direction_words_skip_hedges_and_added_value():
    from factlint.text.directions import stated_direction

    text = "SMEs decreased from some 4.4 million to more than 7.2 million."
    figures = [(text.index("4.4"), text.index("4.4") + 11), (text.index("7.2"), text.index("7.2") + 11)]
    assert stated_direction(text, figures, figures[-1]).word == "decreased"  # not the hedge's "more"
    text = "The industrial added value grew 5.2 percent."
    figure = (text.index("5.2"), text.index("5.2") + 11)
    assert stated_direction(text, [figure], figure).word == "grew"
    text = "Sales were 3 billion yuan, a 6 percent decline."
    figure = (text.index("6 percent"), text.index("6 percent") + 9)
    assert stated_direction(text, [figure], figure).direction == "decrease"


def test_a_renumbered_tier_sentence_records_which_occurrence_it_is(seed, capsys):
    """'And two industrial clusters' -> 'And three ...': two sentences now open "three industrial
    clusters —"; each claim must keep its own, by place, and say so with `occurrence`."""
    claims, article = seed
    edit(article, "And two industrial clusters", "And three industrial clusters")
    assert sync(claims, capsys)[0] == 0
    text = claims.read_text(encoding="utf-8")
    assert "occurrence: 2" in text.split("- id: tier4-clusters\n", 1)[1].split("- id:", 1)[0]
    found = findings(claims, capsys)
    assert not [f for f in found if f["code"] in ("ANC003", "ANC005")]
    assert any(f["code"] == "SUM002" for f in found)  # tiers 8 + 3 + 7 + 3 = 21, not 20
