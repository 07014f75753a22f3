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
