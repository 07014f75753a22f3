"""Zero-config: `factlint check ARTICLE.txt` drafts the claims in memory; `factlint init` writes them.

On the seed articles, zero-config finds only what the hand-made claims files call deliberate
inconsistencies (and, for seed 000, the two genuine problems the README describes). Every finding
points at the article itself. `init` writes a claims file that checks the same way, with readable
ids and quotes that find their figure, and never overwrites. Coverage counts every figure.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from factlint.cli import main
from factlint.lint.pipeline import check_files
from factlint.text.article import Article
from factlint.text.extract import extract_from_article

REPO = Path(__file__).resolve().parent.parent
SEEDS = ("000_feb5f9032e01b09c", "001_nordhaven_ports", "002_sahyadri_cells", "003_kawabe_robotics")

# What zero-config reports today, each read against the article and the claims file's comment:
# (code, severity, the article text the finding points at).
EXPECTED = {
    # The README's two genuine problems: 336 after a 6.6% increase (no whole count before), and
    # the two CNY/USD conversions that imply different rates (warnings: possible only if truncated).
    "000_feb5f9032e01b09c": [("CHG003", "warning", "6.6 percent"), ("CUR001", "warning", "$140.82 billion")],
    "001_nordhaven_ports": [
        ("CHG001", "error", "18 percent"),  # DELIBERATE 2: 362,000 -> 412,000 is +13.8%
        ("CUR001", "error", "$99.5 million"),  # DELIBERATE 1: €85m converted at 1.17, the odd one out
        # against the revenue and the shuttle conversions, which share 1.18: named once
        ("CNT001", "error", "six"),  # DELIBERATE 3: six shipping lines, five named
        ("DAT001", "error", "Oct 8"),  # DELIBERATE 4: Oct 8, 2025 is a Wednesday, not a Tuesday
    ],
    "002_sahyadri_cells": [
        ("SUM001", "warning", "₹3,600 crore"),  # DELIBERATE 1: 1,900 + 950 + 850 = 3,700 (loose: possible)
        ("PCT002", "error", "28 percent"),  # DELIBERATE 2: 1,240 of 4,960 is 25%
        ("REP001", "error", "₹3,060 crore"),  # DELIBERATE 3: the callout transposes 3,600
        ("CHG003", "error", "22 percent"),  # DELIBERATE 4: 58 after +22% needs 47.35-47.74 scientists
    ],
    "003_kawabe_robotics": [
        ("CHG002", "error", "96.4 billion yen"),  # DELIBERATE 2: "fell" from 88.8 to 96.4
        ("SUM004", "warning", "six"),  # DELIBERATE 4: Monterrey is in no tier
        ("SUM003", "error", "52,000"),  # DELIBERATE 3: 3 x 12,000 + 3 x 6,000 > nearly 52,000
        ("SUM004", "error", "three"),  # DELIBERATE 4: Querétaro is not one of the six factories
        ("CUR002", "error", "81.9 billion yen"),  # DELIBERATE 1: euros converted at the dollar's rate
    ],
}
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


@pytest.fixture
def at_repo(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[dict]]:
    code = main(["check", *argv, "--format", "json"])
    captured = capsys.readouterr()
    assert code in (0, 1), captured.err
    assert "Traceback" not in captured.err
    return code, json.loads(captured.out)["findings"]


def deliberate_codes(seed: str) -> set[str]:
    comment = (REPO / "claims" / f"{seed}.yaml").read_text(encoding="utf-8")
    return set(re.findall(r"^# DELIBERATE \d+ \(([A-Z]{3}\d{3})\)", comment, re.MULTILINE))


def article_text(path: Path) -> str:
    return path.read_bytes().decode("utf-8")


def line_and_column(text: str, offset: int) -> tuple[int, int]:
    before = text[:offset]
    return before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1


def test_deliberate_lists_are_read():
    assert deliberate_codes("001_nordhaven_ports") == {"CUR001", "CHG001", "CNT001", "DAT001"}
    assert deliberate_codes("002_sahyadri_cells") == {"SUM001", "PCT002", "REP001", "CHG003"}
    assert deliberate_codes("003_kawabe_robotics") == {"CUR002", "CHG002", "SUM003", "SUM004"}


@pytest.mark.usefixtures("at_repo")
def test_seed_000_finds_exactly_the_two_genuine_problems(capsys):
    code, findings = run_json(capsys, "seeds/000_feb5f9032e01b09c.txt")
    assert code == 1
    assert sorted(f["code"] for f in findings) == ["CHG003", "CUR001"]


@pytest.mark.usefixtures("at_repo")
@pytest.mark.parametrize("seed", SEEDS[1:])
def test_seed_findings_are_only_deliberate_inconsistencies(capsys, seed):
    code, findings = run_json(capsys, f"seeds/{seed}.txt")
    assert code == 1
    assert {f["code"] for f in findings} <= deliberate_codes(seed), "a false alarm"


@pytest.mark.usefixtures("at_repo")
@pytest.mark.parametrize("seed", SEEDS)
def test_seed_findings_today(capsys, seed):
    _, findings = run_json(capsys, f"seeds/{seed}.txt")
    found = Counter((f["code"], f["severity"], f["article"]["text"]) for f in findings)
    assert found == Counter(EXPECTED[seed])


@pytest.mark.usefixtures("at_repo")
@pytest.mark.parametrize("seed", SEEDS[1:])
def test_every_deliberate_inconsistency_is_found(capsys, seed):
    _, findings = run_json(capsys, f"seeds/{seed}.txt")
    assert {f["code"] for f in findings} == deliberate_codes(seed)


@pytest.mark.usefixtures("at_repo")
@pytest.mark.parametrize("seed", SEEDS)
def test_zero_config_findings_point_at_the_article(capsys, seed):
    name = f"seeds/{seed}.txt"
    text = article_text(REPO / name)
    _, findings = run_json(capsys, name)
    assert findings
    for finding in findings:
        span = finding["article"]
        assert finding["file"] == span["file"] == name
        assert (finding["line"], finding["column"]) == (span["line"], span["column"])
        assert (span["line"], span["column"]) == line_and_column(text, span["start"])
        written = text[span["start"]:span["end"]]
        # The reported text is the written figure with its whitespace runs shown as one space
        # ("81.9\u00a0billion yen" -> "81.9 billion yen"); the offsets are the file's own.
        assert " ".join(written.split()) == span["text"] and written == written.strip()
        assert (span["end_line"], span["end_column"]) == line_and_column(text, span["end"])
        assert finding["claims"]


def test_published_overrides_front_matter(capsys, tmp_path):
    """Oct 8 was a Tuesday in 2024 and a Wednesday in 2025: the year comes from the publication date."""
    article = tmp_path / "investor_day.md"

    def weekday_codes(published: str, *argv: str) -> list[str]:
        article.write_text(f"---\ntitle: Investor day\npublished: {published}\n---\n\nNordhaven will present a "
                           "new strategy to investors in London on Tuesday, Oct 8.\n", encoding="utf-8")
        code, findings = run_json(capsys, str(article), *argv)
        codes = [f["code"] for f in findings]
        assert code == (1 if codes else 0)
        return codes

    assert weekday_codes("2024-09-18") == []
    assert weekday_codes("2024-09-18", "--published", "2025-09-18") == ["DAT001"]
    assert weekday_codes("2025-09-18") == ["DAT001"]
    assert weekday_codes("2025-09-18", "--published", "2024-09-18") == []


def init(capsys: pytest.CaptureFixture[str], article: str, output: Path) -> tuple[int, str]:
    code = main(["init", article, "--output", str(output)])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.err


@pytest.mark.usefixtures("at_repo")
@pytest.mark.parametrize("seed", SEEDS)
def test_init_writes_a_claims_file_that_checks_like_zero_config(capsys, tmp_path, seed):
    name = f"seeds/{seed}.txt"
    output = tmp_path / "drafts" / "x.yaml"
    assert init(capsys, name, output)[0] == 0
    _, drafted = run_json(capsys, str(output))
    _, zero_config = run_json(capsys, name)
    assert sorted(f["code"] for f in drafted) == sorted(f["code"] for f in zero_config)

    data = YAML(typ="safe", pure=True).load(output.read_text(encoding="utf-8"))
    claims = data["claims"]
    ids = [claim["id"] for claim in claims]
    assert len(ids) == len(set(ids)), "ids are unique"
    assert all(SLUG.fullmatch(i) and re.search("[a-z]", i) and len(i) <= 56 for i in ids), ids
    article = Article.from_text(article_text(REPO / name))
    figures = extract_from_article(article)
    assert len(claims) == len(figures), "one claim per figure, in reading order"
    for claim, figure in zip(claims, figures, strict=True):
        spans = article.find_all(claim["quote"])
        if "occurrence" in claim:  # a quote that cannot be widened (a callout) says which one
            assert len(spans) > 1 and 1 <= claim["occurrence"] <= len(spans), claim
            span = spans[claim["occurrence"] - 1]
        else:
            assert len(spans) == 1, claim
            span = spans[0]
        assert span.start <= figure.start and figure.end <= span.end, (claim, figure.text)


@pytest.mark.usefixtures("at_repo")
def test_init_refuses_to_overwrite(capsys, tmp_path):
    output = tmp_path / "x.yaml"
    assert init(capsys, "seeds/001_nordhaven_ports.txt", output)[0] == 0
    before = output.read_bytes()
    code, err = init(capsys, "seeds/002_sahyadri_cells.txt", output)
    assert code == 2
    assert str(output) in err
    assert output.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["x.yaml"], "no temporary file left behind"


# -- coverage --------------------------------------------------------------------------------------
@pytest.mark.usefixtures("at_repo")
@pytest.mark.parametrize("seed", SEEDS)
def test_zero_config_coverage_records_every_figure(seed):
    path = Path(f"seeds/{seed}.txt")
    (coverage,) = check_files([path]).coverage
    found = len(extract_from_article(Article.from_text(article_text(REPO / path))))
    assert (coverage.found, coverage.recorded, coverage.ignored) == (found, found, 0)
    assert found > 40


@pytest.mark.usefixtures("at_repo")
def test_hand_made_seed_claims_account_for_every_figure():
    report = check_files([Path("claims/000_feb5f9032e01b09c.yaml")])
    (coverage,) = report.coverage
    found = len(extract_from_article(Article.from_text(article_text(REPO / "seeds/000_feb5f9032e01b09c.txt"))))
    assert coverage.found == found
    assert coverage.found == coverage.recorded + coverage.ignored
    assert not [f for f in report.findings if f.code.startswith("COV")]


SMALL = """\
article:
  text: "On Saturday, Oct 19, 2024, the fair drew 336 enterprises, 6.6 percent more than in spring."
claims:
  - id: fair-date
    quote: "Saturday, Oct 19, 2024"
    value: 2024-10-19
    unit: date
    weekday: Saturday
  - id: firms
    quote: "336 enterprises"
    value: "336"
    unit: count
    noun: enterprises
  - id: firms-growth
    quote: "6.6 percent more"
    value: "6.6"
    unit: percent
"""


def write(tmp_path: Path, text: str) -> str:
    path = tmp_path / "claims.yaml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_small_claims_file_is_covered(capsys, tmp_path):
    code, findings = run_json(capsys, write(tmp_path, SMALL))
    assert (code, findings) == (0, [])


def test_deleted_claim_is_an_unrecorded_figure(capsys, tmp_path):
    deleted = SMALL.replace('  - id: firms-growth\n    quote: "6.6 percent more"\n    value: "6.6"\n'
                            '    unit: percent\n', "")
    assert deleted != SMALL
    code, findings = run_json(capsys, write(tmp_path, deleted))
    assert code == 1
    assert [(f["code"], f["article"]["text"]) for f in findings] == [("COV001", "6.6 percent")]


def test_ignored_figure_accounts_for_it(capsys, tmp_path):
    ignored = SMALL.replace('  - id: firms-growth\n    quote: "6.6 percent more"\n    value: "6.6"\n'
                            '    unit: percent\n', "") + (
        "ignored_figures:\n  - quote: \"6.6 percent more than in spring\"\n"
        "    reason: the spring count is not published\n")
    path = write(tmp_path, ignored)
    assert run_json(capsys, path) == (0, [])
    (coverage,) = check_files([Path(path)]).coverage
    assert (coverage.found, coverage.recorded, coverage.ignored) == (3, 2, 1)


@pytest.mark.parametrize("quote", ["the fair drew", "a quote that is not in the article"])
def test_ignore_without_a_figure_is_unused(capsys, tmp_path, quote):
    text = SMALL + f"ignored_figures:\n  - quote: \"{quote}\"\n    reason: nothing to check\n"
    code, findings = run_json(capsys, write(tmp_path, text))
    assert code == 1
    assert [f["code"] for f in findings] == ["COV002"]
    assert findings[0]["line"] == SMALL.count("\n") + 2


@pytest.mark.parametrize("entry", ['  - quote: "6.6 percent more"\n',
                                   '  - quote: "6.6 percent more"\n    reason: "  "\n'])
def test_ignore_without_a_reason_is_an_input_error(capsys, tmp_path, entry):
    path = write(tmp_path, SMALL + "ignored_figures:\n" + entry)
    assert main(["check", path]) == 2
    err = capsys.readouterr().err
    assert f"{path}:{SMALL.count(chr(10)) + 2}:" in err
    assert "reason" in err and "Traceback" not in err


@pytest.mark.usefixtures("at_repo")
def test_crlf_article_gives_the_same_findings_at_the_same_places(capsys, tmp_path):
    text = article_text(REPO / "seeds/001_nordhaven_ports.txt")
    crlf = tmp_path / "001_nordhaven_ports.txt"
    crlf.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    _, original = run_json(capsys, "seeds/001_nordhaven_ports.txt")
    _, converted = run_json(capsys, str(crlf))

    def places(findings: list[dict]) -> list[tuple]:
        return [(f["code"], f["line"], f["column"], f["article"]["text"]) for f in findings]

    assert places(converted) == places(original)
    written = crlf.read_bytes().decode("utf-8")
    assert all(written[f["article"]["start"]:f["article"]["end"]] == f["article"]["text"] for f in converted)


def test_article_without_figures_is_clean(capsys, tmp_path):
    article = tmp_path / "note.txt"
    article.write_text("The fair opens on Saturday; no figures were given.\n", encoding="utf-8")
    assert run_json(capsys, str(article)) == (0, [])


def test_init_of_an_article_without_figures_checks_clean(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the project root: its claims file reads the article from there
    article = tmp_path / "note.txt"
    article.write_text("The fair opens on Saturday; no figures were given.\n", encoding="utf-8")
    output = tmp_path / "note.yaml"
    assert init(capsys, str(article), output)[0] == 0
    assert run_json(capsys, str(output)) == (0, [])


def test_iso_date_is_no_reversed_year_range(capsys, tmp_path):
    article = tmp_path / "iso.txt"
    article.write_text("The board approved the plan on 2025-10-08, the company said.\n", encoding="utf-8")
    assert [f["code"] for f in run_json(capsys, str(article))[1]] == []


def test_change_of_revenue_is_not_read_as_a_change_of_stores(capsys, tmp_path):
    article = tmp_path / "stores.txt"
    article.write_text("The retailer reported revenue of $5.2 billion from its 30 stores, up 12.5 percent.\n",
                       encoding="utf-8")
    assert [f["code"] for f in run_json(capsys, str(article))[1]] == []


def test_kinds_of_staff_are_not_a_count_mismatch(capsys, tmp_path):
    article = tmp_path / "staff.txt"
    article.write_text("The group employs 4,200 people: engineers, drivers and clerks.\n", encoding="utf-8")
    assert [f["code"] for f in run_json(capsys, str(article))[1]] == []


def test_revenue_and_part_of_its_sales_are_not_an_order_violation(capsys, tmp_path):
    article = tmp_path / "sales.txt"
    article.write_text("In 2023, the enterprises reported 500 billion yuan in revenue, including 100 billion yuan "
                       "in overseas sales, and 40 billion yuan in profits.\n", encoding="utf-8")
    assert [f["code"] for f in run_json(capsys, str(article))[1]] == []
