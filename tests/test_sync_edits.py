"""The issue's acceptance criterion: after an article edit, `sync --write` then `check` reports the
inconsistent edits and nothing new for the harmless ones."""

from __future__ import annotations

import difflib
import hashlib
import json
import re
import shutil
from pathlib import Path

import pytest
from conftest import SEED_ARTICLE, SEED_CLAIMS

from factlint.claims.sync import write_atomically
from factlint.cli import main
from factlint.errors import InputError

Findings = set[tuple[str, tuple[str, ...]]]


@pytest.fixture
def copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """The seed claims file and article in tmp_path, in the repository's relative layout, run from
    there (articles are read only from inside the project root)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "claims").mkdir()
    (tmp_path / "seeds").mkdir()
    claims = tmp_path / "claims" / "x.yaml"
    article = tmp_path / "seeds" / SEED_ARTICLE.name
    shutil.copyfile(SEED_CLAIMS, claims)
    shutil.copyfile(SEED_ARTICLE, article)
    return claims, article


def findings(claims: Path, capsys: pytest.CaptureFixture[str]) -> Findings:
    capsys.readouterr()
    main(["check", str(claims), "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    return {(f["code"], tuple(sorted(f["claims"]))) for f in report["findings"]}


def edit(article: Path, old: str, new: str) -> None:
    text = article.read_text(encoding="utf-8")
    edited = text.replace(old, new)
    assert edited != text, f"{old!r} is not in the article"
    article.write_text(edited, encoding="utf-8")


def edit_and_sync(copy: tuple[Path, Path], capsys: pytest.CaptureFixture[str], old: str, new: str) -> Findings:
    """The findings added by an edit: the set after edit + sync --write minus the baseline set."""
    claims, article = copy
    baseline = findings(claims, capsys)
    assert ("CHG003", ("gz-delegation-enterprises", "gz-delegation-increase")) in baseline
    edit(article, old, new)
    assert main(["sync", str(claims), "--write"]) == 0, capsys.readouterr().err
    after = findings(claims, capsys)
    assert baseline <= after, f"findings vanished: {baseline - after}"
    return after - baseline


def codes(found: Findings) -> set[str]:
    return {code for code, _ in found}


def claim_block(text: str, claim_id: str) -> str:
    """The lines of one claim's entry in a claims file."""
    start = text.index(f"  - id: {claim_id}\n")
    end = text.find("\n  - ", start + 1)
    return text[start:end]


# -- inconsistent edits: each adds the finding that names it ---------------------------------------

def test_converted_amount_edit_breaks_the_rate(copy, capsys):
    """$140.82 billion -> $150.82 billion: the two CNY/USD conversions now disagree beyond rounding."""
    new = edit_and_sync(copy, capsys, "$140.82 billion", "$150.82 billion")
    assert ("CUR002", ("biopharma-cluster-target", "biopharma-cluster-target-usd")) in new
    claims = copy[0].read_text(encoding="utf-8")
    assert 'value: "150.82 billion"' in claims


def test_converted_threshold_edit_is_an_implausible_rate(copy, capsys):
    """($2.81 million) -> ($2.51 million): 20 million yuan now implies about 7.97 CNY/USD."""
    new = edit_and_sync(copy, capsys, "(\\$2.81 million)", "(\\$2.51 million)")
    assert ("CUR002", ("revenue-threshold-cny", "revenue-threshold-usd")) in new


def test_converted_edits_make_the_rate_mismatch_an_error(copy, capsys):
    """The CUR001 warning of the seed becomes an error once a conversion is off by far more than rounding."""
    claims, _ = copy
    edit_and_sync(copy, capsys, "$140.82 billion", "$150.82 billion")
    main(["check", str(claims), "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    assert [f["severity"] for f in report["findings"] if f["code"] == "CUR001"] == ["error"]


def test_tier_count_edit(copy, capsys):
    """"eight industrial clusters" -> "nine": the list has eight items and the tiers sum to 21."""
    new = edit_and_sync(copy, capsys, "eight industrial clusters", "nine industrial clusters")
    assert ("CNT001", ("tier1-clusters",)) in new
    assert "SUM002" in codes(new)


def test_pillar_count_edit(copy, capsys):
    """"10 focus on the strategic pillar" -> "11": the list has ten items and 11 + 10 is not 20."""
    new = edit_and_sync(copy, capsys, "10 focus on the strategic pillar", "11 focus on the strategic pillar")
    assert ("CNT001", ("pillar-clusters",)) in new
    assert ("SUM001", ("emerging-clusters", "pillar-clusters", "strategic-clusters")) in new
    assert ("REP001", ("pillar-clusters", "pillar-clusters-mention")) in new


def test_callout_edit(copy, capsys):
    """The callout's 663.8 -> 636.8 billion yuan no longer repeats the body's figure."""
    new = edit_and_sync(copy, capsys, "663.8 billion yuan\n\noperating revenue",
                        "636.8 billion yuan\n\noperating revenue")
    assert new == {("REP001", ("biomedical-revenue-2023", "biomedical-revenue-callout"))}


def test_profit_edit_breaks_the_ordering(copy, capsys):
    """Profits of 6 trillion yuan exceed the 4 trillion of added value."""
    new = edit_and_sync(copy, capsys, "1 trillion yuan in profits", "6 trillion yuan in profits")
    assert new == {("ORD001", ("mfg-2023-added-value", "mfg-2023-profits"))}


def test_profit_edit_to_a_decimal_records_the_whole_figure(copy, capsys):
    """1 -> 4.6 trillion yuan: sync records 4.6 trillion (not the 6 after the point) and ORD001 fires."""
    new = edit_and_sync(copy, capsys, "1 trillion yuan in profits", "4.6 trillion yuan in profits")
    assert new == {("ORD001", ("mfg-2023-added-value", "mfg-2023-profits"))}
    assert 'value: "4.6 trillion"' in copy[0].read_text(encoding="utf-8")


def test_profit_edit_at_the_rounding_edge_is_a_violation(copy, capsys):
    """5 trillion (4.5-5.5) and 4 trillion (3.5-4.5) meet only at 4.5 trillion, which one rounding
    rule cannot write as 5 in one figure and as 4 in the other: profit above added value, ORD001."""
    new = edit_and_sync(copy, capsys, "1 trillion yuan in profits", "5 trillion yuan in profits")
    assert new == {("ORD001", ("mfg-2023-added-value", "mfg-2023-profits"))}


def test_direction_edit(copy, capsys):
    """"increased from some 9.4 million to 7.2 million" goes down: CHG002 (the dropped hedge is synced)."""
    new = edit_and_sync(copy, capsys, "increased from some 4.4 million to more than 7.2 million",
                        "increased from some 9.4 million to 7.2 million")
    assert new == {("CHG002", ("sme-count-2018", "sme-count-2023"))}
    block = claim_block(copy[0].read_text(encoding="utf-8"), "sme-count-2023")
    assert 'quote: "to 7.2 million"' in block and "hedge" not in block


def test_direction_edit_under_an_open_hedge_is_not_reported(copy, capsys):
    """"from some 7.4 million to more than 7.2 million": "more than" has no upper bound, so no CHG002."""
    new = edit_and_sync(copy, capsys, "increased from some 4.4 million to more than 7.2 million",
                        "increased from some 7.4 million to more than 7.2 million")
    assert new == set()


# -- harmless edits: nothing new --------------------------------------------------------------------

@pytest.mark.parametrize(("old", "new"), [
    ("Eleven guests", "11 guests"),
    ("six countries including", "6 countries including"),
    ("more than 7.2 million", "over 7.2 million"),
    ("Local enterprises showcased", "\n\nA new paragraph with no figures.\n\nLocal enterprises showcased"),
    ("participation of 336 enterprises", "participation of  336   enterprises"),
], ids=["number-word", "number-word-2", "synonym-hedge", "new-paragraph", "extra-spaces"])
def test_harmless_edit_reports_nothing_new(copy, capsys, old, new):
    """Digits for a number word, a synonym hedge, shifted lines, extra spaces: the finding set is unchanged."""
    claims, _ = copy
    before = findings(claims, capsys)
    assert edit_and_sync(copy, capsys, old, new) == set()
    assert findings(claims, capsys) == before


def test_synonym_hedge_is_reanchored_not_rerecorded(copy, capsys):
    """"more than" -> "over": the quote follows the text, the recorded hedge stays (same meaning)."""
    edit_and_sync(copy, capsys, "more than 7.2 million", "over 7.2 million")
    claims = copy[0].read_text(encoding="utf-8")
    assert 'quote: "to over 7.2 million"' in claims
    assert claims.count("hedge: more than") == SEED_CLAIMS.read_text(encoding="utf-8").count("hedge: more than")


def comments(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip().startswith("#")]


def claim_ids(text: str) -> list[str]:
    return [line.split(":", 1)[1].strip() for line in text.splitlines() if line.startswith("  - id: ")]


def test_sync_keeps_comments_order_and_ids(copy, capsys):
    """A sync that rewrites several claims keeps every comment line, and the claims' order and ids."""
    claims, article = copy
    before = claims.read_text(encoding="utf-8")
    edit(article, "Eleven guests from six countries", "11 guests from 6 countries")
    edit(article, "eight industrial clusters", "nine industrial clusters")
    assert main(["sync", str(claims), "--write"]) == 0
    after = claims.read_text(encoding="utf-8")
    assert after != before
    assert comments(after) == comments(before)
    assert len(comments(before)) > 40
    assert claim_ids(after) == claim_ids(before)
    assert len(claim_ids(before)) == 86


# -- sync's own contract ----------------------------------------------------------------------------

def changed_lines(before: str, after: str) -> list[str]:
    diff = difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
    return [line for line in diff if line[:1] in "+-" and line[:3] not in ("+++", "---")]


def test_sync_changes_only_the_updated_lines(copy, capsys):
    """Layout is kept: sync rewrites the changed fields' lines and no other (indentation, quoting, blanks)."""
    claims, article = copy
    before = claims.read_text(encoding="utf-8")
    edit(article, "eight industrial clusters", "nine industrial clusters")
    assert main(["sync", str(claims), "--write"]) == 0
    changed = changed_lines(before, claims.read_text(encoding="utf-8"))
    assert len(changed) == 4
    assert changed[:2] == ['-    quote: "established eight industrial clusters"', '-    value: "8"']
    assert re.fullmatch(r'\+    quote: "[^"]*established nine industrial clusters[^"]*"', changed[2])
    assert changed[3] == '+    value: "9"'


@pytest.mark.parametrize("indent", ["", "  "], ids=["dash-at-key-column", "dash-indented"])
def test_sync_keeps_the_files_own_indentation(tmp_path, capsys, indent, monkeypatch):
    """A claims file indented another way than the seed keeps its indentation too."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("The fair drew 336 enterprises and twelve guests.\n", encoding="utf-8")
    claims = tmp_path / "c.yaml"
    before = (f"article:\n  path: a.txt\nclaims:\n{indent}- id: firms  # the delegation\n"
              f"{indent}  quote: 336 enterprises\n{indent}  value: '336'\n{indent}  unit: count\n"
              f"# guests\n{indent}- id: guests\n{indent}  quote: twelve guests\n{indent}  value: '12'\n"
              f"{indent}  unit: count\n")
    claims.write_text(before, encoding="utf-8")
    (tmp_path / "a.txt").write_text("The fair drew 363 enterprises and twelve guests.\n", encoding="utf-8")
    assert main(["sync", str(claims), "--write"]) == 0
    assert sorted(changed_lines(before, claims.read_text(encoding="utf-8"))) == [
        f"+{indent}  quote: 363 enterprises", f"+{indent}  value: '363'",
        f"-{indent}  quote: 336 enterprises", f"-{indent}  value: '336'"]


def test_dropping_a_hedge_keeps_the_comment_below_it(copy, capsys):
    """Removing a claim's last key (hedge) keeps the comment ruamel attached to it; only that line goes."""
    claims, article = copy
    before = claims.read_text(encoding="utf-8")
    edit(article, "to more than 7.2 million", "to 7.2 million")
    assert main(["sync", str(claims), "--write"]) == 0
    after = claims.read_text(encoding="utf-8")
    assert comments(after) == comments(before)
    assert sorted(changed_lines(before, after)) == ['+    quote: "to 7.2 million"', '-    hedge: more than',
                                                    '-    quote: "to more than 7.2 million"']


def test_sync_without_write_prints_a_diff_and_writes_nothing(copy, capsys):
    """Without --write, sync prints a unified diff of the claims file and leaves it byte-identical."""
    claims, article = copy
    before = claims.read_bytes()
    edit(article, "eight industrial clusters", "nine industrial clusters")
    capsys.readouterr()
    assert main(["sync", str(claims)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("---") and "\n+++ " in out and "\n@@ " in out
    assert '-    value: "8"' in out and '+    value: "9"' in out
    assert claims.read_bytes() == before


def test_sync_with_nothing_to_change(copy, capsys):
    """On the unedited article sync says every quote is anchored and writes nothing."""
    claims, _ = copy
    before = claims.read_bytes()
    assert main(["sync", str(claims), "--write"]) == 0
    assert "nothing to change" in capsys.readouterr().out
    assert claims.read_bytes() == before


def test_unanchorable_quote_stops_sync(copy, capsys):
    """A quote whose sentence was deleted: exit 2, the claim is named, nothing is written."""
    claims, article = copy
    before = claims.read_bytes()
    edit(article, " Currently, there are more than 58,000 people working in research and development in the "
                  "biomedical industry.", "")
    capsys.readouterr()
    assert main(["sync", str(claims), "--write"]) == 2
    err = capsys.readouterr().err
    assert f"{claims}:" in err and "'biomedical-rd-staff'" in err and "edit the claim by hand" in err
    assert "Traceback" not in err
    assert claims.read_bytes() == before


def test_unanchorable_quote_stops_sync_even_when_others_could_update(copy, capsys):
    """One lost quote blocks the whole sync: the claims that could be updated are not written either."""
    claims, article = copy
    before = claims.read_bytes()
    edit(article, "eight industrial clusters", "nine industrial clusters")
    edit(article, "To this end, the action plan has listed 38 tasks and measures centering around multiple areas "
                  "including innovative mechanisms, product upgrading, industry clustering and building an "
                  "industry-friendly environment.", "")
    assert main(["sync", str(claims), "--write"]) == 2
    assert "'plan-tasks'" in capsys.readouterr().err
    assert claims.read_bytes() == before


def test_write_refuses_to_clobber_a_changed_file(copy):
    """write_atomically raises InputError and leaves the file alone when its digest is not the one read."""
    claims, _ = copy
    before = claims.read_bytes()
    with pytest.raises(InputError, match="changed while sync was working"):
        write_atomically(claims, "clobbered\n", expected_digest="0" * 64)
    assert claims.read_bytes() == before
    assert sorted(p.name for p in claims.parent.iterdir()) == ["x.yaml"]


def test_sync_refuses_when_the_file_changes_mid_sync(copy, capsys, monkeypatch):
    """The CLI: the claims file edited by someone else between read and write gives exit 2, their edit kept."""
    import factlint.claims.sync

    claims, article = copy
    edit(article, "eight industrial clusters", "nine industrial clusters")
    real_apply = factlint.claims.sync.apply_updates

    def apply_then_someone_edits(text, updates):
        claims.write_text(text + "# someone else's edit\n", encoding="utf-8")
        return real_apply(text, updates)

    monkeypatch.setattr(factlint.claims.sync, "apply_updates", apply_then_someone_edits)
    assert main(["sync", str(claims), "--write"]) == 2
    assert "changed while sync was working" in capsys.readouterr().err
    assert claims.read_text(encoding="utf-8").endswith("# someone else's edit\n")
    assert 'value: "9"' not in claims.read_text(encoding="utf-8")


def test_write_replaces_when_the_digest_matches(copy):
    """write_atomically writes the new text when the file is as it was read, leaving no temporary file."""
    claims, _ = copy
    write_atomically(claims, "new\n", hashlib.sha256(claims.read_bytes()).hexdigest())
    assert claims.read_text(encoding="utf-8") == "new\n"
    assert sorted(p.name for p in claims.parent.iterdir()) == ["x.yaml"]


@pytest.mark.parametrize("claim_id", ["true", "0x1F", "1e3"])
def test_sync_writes_claims_whose_id_yaml_reads_as_another_type(tmp_path, monkeypatch, capsys, claim_id):
    """factlint reads `id: true` as the text "true"; round-trip YAML reads a boolean (found by fuzzing:
    sync stopped with KeyError). The edit is found by the claim's place, so it lands."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "factlint.toml").write_text("", encoding="utf-8")
    (tmp_path / "story.txt").write_text("The fair drew 338 enterprises.\n", encoding="utf-8")
    claims = tmp_path / "claims.yaml"
    claims.write_text(f"article: {{path: story.txt}}\nclaims:\n  - id: {claim_id}  # the delegation\n"
                      f"    quote: \"336 enterprises\"\n    value: \"336\"\n    unit: count\n", encoding="utf-8")
    assert main(["sync", "claims.yaml", "--write"]) == 0, capsys.readouterr().err
    text = claims.read_text(encoding="utf-8")
    assert f"id: {claim_id}  # the delegation" in text and "338 enterprises" in text and '"338"' in text
