"""The main job: `factlint check` on the seed article's claims finds exactly its two real problems.

The concise output is compared with a reviewed snapshot; the assertions below it hold whatever the
snapshot says. Set FACTLINT_UPDATE_SNAPSHOTS=1 to rewrite the snapshot, then review the diff.
"""

from __future__ import annotations

import json
import os
import re

import pytest
from conftest import REPO, SEED_ARTICLE, SEED_CLAIMS

from factlint.cli import main

CLAIMS_ARG = "claims/000_feb5f9032e01b09c.yaml"
SNAPSHOT = REPO / "tests" / "snapshots" / "seed.concise.txt"


def article_line(number: int) -> str:
    return re.split(r"\r\n|\n|\r", SEED_ARTICLE.read_text(encoding="utf-8"))[number - 1]


def claims_line(number: int) -> str:
    return SEED_CLAIMS.read_text(encoding="utf-8").split("\n")[number - 1]


@pytest.fixture
def check(monkeypatch, capsys):
    monkeypatch.chdir(REPO)

    def run(*options: str) -> tuple[int, str]:
        code = main(["check", CLAIMS_ARG, *options])
        captured = capsys.readouterr()
        assert captured.err == ""
        return code, captured.out

    return run


@pytest.fixture
def findings(check):
    code, out = check("--format", "json")
    assert code == 1
    return json.loads(out)["findings"]


def test_concise_output_matches_snapshot(check):
    code, out = check("--format", "concise")
    if os.environ.get("FACTLINT_UPDATE_SNAPSHOTS"):
        SNAPSHOT.parent.mkdir(parents=True, exist_ok=True)
        SNAPSHOT.write_text(out, encoding="utf-8")
    assert out == SNAPSHOT.read_text(encoding="utf-8")
    assert code == 1


def test_exit_code(check):
    assert check("--format", "concise")[0] == 1  # warnings fail by default
    assert check("--format", "concise", "--fail-on", "warning")[0] == 1
    assert check("--format", "concise", "--fail-on", "error")[0] == 0


def test_exactly_two_warnings(findings):
    assert sorted(f["code"] for f in findings) == ["CHG003", "CUR001"]
    assert all(f["severity"] == "warning" for f in findings)


def test_concise_has_one_line_per_finding(check):
    _, out = check("--format", "concise")
    lines = out.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"{CLAIMS_ARG}:25:5: CHG003 warning ")
    assert lines[0].endswith("[seeds/000_feb5f9032e01b09c.txt:17:115]")
    assert lines[1].startswith(f"{CLAIMS_ARG}:67:5: CUR001 warning ")
    assert lines[1].endswith("[seeds/000_feb5f9032e01b09c.txt:23:435]")


def by_code(findings: list[dict], code: str) -> dict:
    (finding,) = [f for f in findings if f["code"] == code]
    return finding


def test_currency_finding(findings):
    finding = by_code(findings, "CUR001")
    assert "7.10101–7.10152" in finding["message"]
    assert "7.1048–7.13012" in finding["message"]
    assert set(finding["claims"]) == {"biopharma-cluster-target", "biopharma-cluster-target-usd",
                                      "revenue-threshold-cny", "revenue-threshold-usd"}


def test_change_finding(findings):
    finding = by_code(findings, "CHG003")
    assert "315" in finding["message"]
    assert "316" in finding["message"]
    assert "6.6" in finding["message"]
    assert set(finding["claims"]) == {"gz-delegation-increase", "gz-delegation-enterprises"}


@pytest.mark.parametrize(("code", "line", "figure"), [
    ("CHG003", 17, ("6.6",)),
    ("CUR001", 23, ("\\$2.81", "$2.81")),
])
def test_article_location_points_at_the_figure(findings, code, line, figure):
    article = by_code(findings, code)["article"]
    assert article["file"] == "seeds/000_feb5f9032e01b09c.txt"
    assert article["line"] == line
    text = article_line(article["line"])
    at = text[article["column"] - 1:]  # columns are 1-based, in code points
    assert at.startswith(figure), (code, at[:20])
    assert article["text"].startswith(figure)
    assert text[article["column"] - 1:article["end_column"] - 1] == article["text"]


def test_claims_location_points_at_the_claim(findings):
    for finding in findings:
        assert finding["file"] == CLAIMS_ARG
        text = claims_line(finding["line"])[finding["column"] - 1:]
        match = re.match(r"id: (\S+)", text)
        assert match, text
        assert match.group(1) in finding["claims"]


def test_json_shape(check):
    code, out = check("--format", "json")
    assert code == 1
    report = json.loads(out)
    assert {"findings", "summary"} <= report.keys()
    assert report["summary"]["findings"] == len(report["findings"]) == 2
    assert report["summary"]["warning"] == 2
    assert report["summary"]["error"] == 0
    for finding in report["findings"]:
        assert {"code", "severity", "message", "claims", "file", "line", "column", "article"} <= finding.keys()
        assert {"file", "line", "column"} <= finding["article"].keys()
        assert isinstance(finding["claims"], list) and finding["claims"]
        assert all(isinstance(finding[key], int) for key in ("line", "column"))
        assert all(isinstance(finding["article"][key], int) for key in ("line", "column"))


def test_text_format_runs(check):
    code, out = check("--format", "text")
    assert code == 1
    assert "CHG003" in out and "CUR001" in out
