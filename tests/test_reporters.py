"""The sarif, junit, github and markdown reporters, read back by real consumers.

Every report comes from the real engine: the seed (two warnings), an inline claims file that gives
an error, a warning, an info and a finding the article cannot place, and a clean file. SARIF is
validated against the 2.1.0 schema and loaded with sarif-tools, JUnit is parsed with junitparser
and validated against the Jenkins xunit schema, GitHub commands are parsed back and unescaped,
and the Markdown table is split into its cells.
"""

from __future__ import annotations

import dataclasses
import json
import re
import shutil
from pathlib import Path

import pytest
from conftest import MIXED, MIXED_SELECTION, REPO, SEED_ARTICLE, SEED_CLAIMS

from factlint.claims.coverage import Coverage
from factlint.cli import main
from factlint.lint.pipeline import check_files
from factlint.lint.report import Report
from factlint.lint.runner import Selection, all_rules
from factlint.reporters import github as github_reporter
from factlint.reporters import reporter


def article_rules():
    """The checks a claims or article report is about (the LOC checks are for translations)."""
    return [rule for rule in all_rules() if rule.stage != "l10n"]

SCHEMAS = REPO.parent / "shared" / "schemas"
SEED_ARG = "claims/000_feb5f9032e01b09c.yaml"

MIXED_LEVELS = {"DAT001": "error", "CHG003": "warning", "PCT001": "info", "ANC001": "error"}

CLEAN = """\
article:
  text: "The delegation has 336 enterprises, a 6.7 percent increase from last session."
claims:
  - {id: firms, quote: "336 enterprises", value: "336", unit: count}
  - {id: rise, quote: "6.7 percent", value: "6.7", unit: percent}
relations:
  - {kind: change, to: firms, percent: rise, direction: increase}
"""


def schema(name: str) -> Path:
    path = SCHEMAS / name
    if not path.exists():  # CI lays shared/ beside the clone; a lone checkout may not have it
        pytest.skip(f"../shared/schemas/{name} is not present")
    return path


def check_inline(folder: Path, name: str, text: str, selection: Selection | None = None) -> Report:
    """Check a claims file written into `folder`, named relative to it as the CLI would see it."""
    (folder / name).write_text(text, encoding="utf-8")
    return check_files([Path(name)], selection)


@pytest.fixture
def in_tmp(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture(scope="module")
def seed() -> Report:
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(REPO)
        return check_files([Path(SEED_ARG)])


@pytest.fixture
def mixed(in_tmp) -> Report:
    return check_inline(in_tmp, "mixed.yaml", MIXED, MIXED_SELECTION)


@pytest.fixture
def clean(in_tmp) -> Report:
    return check_inline(in_tmp, "clean.yaml", CLEAN)


def test_the_inputs_are_what_the_tests_assume(seed, mixed, clean):
    assert [(f.code, f.severity.value) for f in seed.findings] == [("CHG003", "warning"), ("CUR001", "warning")]
    assert {f.code: f.severity.value for f in mixed.findings} == MIXED_LEVELS
    assert [f.code for f in mixed.findings if f.article is None] == ["ANC001"]
    assert "|" in next(f.message for f in mixed.findings if f.code == "ANC001")
    assert clean.findings == []


# --- SARIF -----------------------------------------------------------------------------------

def sarif(report: Report) -> dict:
    return json.loads(reporter("sarif")(report))


def results_by_code(log: dict) -> dict[str, dict]:
    return {r["ruleId"]: r for r in log["runs"][0]["results"]}


@pytest.mark.parametrize("name", ["seed", "mixed", "clean"])
def test_sarif_validates_against_the_schema(name, request):
    import jsonschema

    log = sarif(request.getfixturevalue(name))
    document = json.loads(schema("sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(document, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER).validate(log)


def test_sarif_is_read_back_by_sarif_tools(mixed, tmp_path):
    from sarif import loader

    path = tmp_path / "out.sarif"
    path.write_text(reporter("sarif")(mixed), encoding="utf-8")
    records = loader.load_sarif_file(str(path)).get_records()
    levels = {"error": "error", "warning": "warning", "info": "note"}
    assert sorted((r["Code"], r["Severity"]) for r in records) == sorted(
        (code, levels[level]) for code, level in MIXED_LEVELS.items())
    located = {r["Code"]: (r["Location"], r["Line"]) for r in records}
    assert located["DAT001"] == ("mixed.yaml%23article", 1)  # the inline article, percent-encoded
    assert located["ANC001"] == ("mixed.yaml", 9)  # no article span: the claim's line


def test_sarif_rules_describe_every_registered_check(seed):
    driver = sarif(seed)["runs"][0]["tool"]["driver"]
    from importlib.metadata import version

    assert (driver["name"], driver["version"]) == ("factlint", version("factlint"))
    rules = article_rules()
    assert [d["id"] for d in driver["rules"]] == [r.code for r in rules]
    levels = {"error": "error", "warning": "warning", "info": "note"}
    for descriptor, rule in zip(driver["rules"], rules, strict=True):
        assert descriptor["shortDescription"]["text"] == rule.summary
        assert descriptor["fullDescription"]["text"] == rule.section("What it checks")
        assert descriptor["defaultConfiguration"]["level"] == levels[rule.severity.value]
        assert "Use instead" in descriptor["help"]["text"]


def test_sarif_result_locations(seed):
    run = sarif(seed)["runs"][0]
    artifacts = [a["location"]["uri"] for a in run["artifacts"]]
    assert artifacts == [SEED_ARG, "seeds/000_feb5f9032e01b09c.txt"]
    article_text = SEED_ARTICLE.read_text(encoding="utf-8")
    for result, finding in zip(run["results"], seed.findings, strict=True):
        assert run["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == result["ruleId"] == finding.code
        assert result["level"] == "warning"
        assert result["partialFingerprints"] == {"factlint/v1": finding.fingerprint}
        assert all(e.value in result["message"]["text"] for e in finding.evidence)
        primary = result["locations"][0]["physicalLocation"]
        region = primary["region"]
        assert primary["artifactLocation"] == {"uri": artifacts[1], "uriBaseId": "%SRCROOT%", "index": 1}
        assert (region["startLine"], region["startColumn"]) == (finding.article.line, finding.article.column)
        offset, length = region["charOffset"], region["charLength"]
        assert article_text[offset:offset + length] == region["snippet"]["text"]
        claims = result["relatedLocations"][0]["physicalLocation"]
        assert claims["artifactLocation"]["index"] == 0
        assert (claims["region"]["startLine"], claims["region"]["startColumn"]) == (finding.line, finding.column)
    # CUR001 points at the figure itself: the "$", not the backslash that escapes it.
    assert run["results"][1]["locations"][0]["physicalLocation"]["region"]["snippet"]["text"] == "$2.81 million"


def test_sarif_finding_without_article_is_located_at_the_claim(mixed):
    run = sarif(mixed)["runs"][0]
    stale = results_by_code(sarif(mixed))["ANC001"]
    (location,) = stale["locations"]
    assert location["physicalLocation"]["artifactLocation"]["uri"] == "mixed.yaml"
    assert "relatedLocations" not in stale
    inline = run["artifacts"][1]
    assert inline["location"]["uri"] == "mixed.yaml%23article"
    assert inline["contents"]["text"].startswith("The fair opened")


def test_sarif_paths_are_percent_encoded_uris(in_tmp):
    from rfc3986_validator import validate_rfc3986

    report = check_inline(in_tmp, "odd, name: 100% ü.yaml", CLEAN)
    run = sarif(report)["runs"][0]
    uris = [a["location"]["uri"] for a in run["artifacts"]]
    assert uris == ["odd%2C%20name%3A%20100%25%20%C3%BC.yaml", "odd%2C%20name%3A%20100%25%20%C3%BC.yaml%23article"]
    assert all(validate_rfc3986(uri, rule="URI_reference") for uri in uris)
    absolute = sarif(dataclasses.replace(report, files=[str(in_tmp / "a b.yaml")]))["runs"][0]["artifacts"][0]
    assert absolute["location"]["uri"] == (in_tmp / "a b.yaml").as_uri()
    assert "uriBaseId" not in absolute["location"]


def test_sarif_carries_coverage(seed):
    coverage = Coverage("seeds/000_feb5f9032e01b09c.txt", found=90, recorded=83, ignored=2)
    properties = sarif(dataclasses.replace(seed, coverage=(coverage,)))["runs"][0]["properties"]
    assert properties["coverage"] == [{"article": coverage.article, "found": 90, "recorded": 83, "ignored": 2,
                                       "description": coverage.describe()}]
    assert (properties["claims"], properties["relations"]) == (86, 31)


def test_sarif_fingerprints_survive_a_paragraph_inserted_above(in_tmp):
    (in_tmp / "claims").mkdir()
    (in_tmp / "seeds").mkdir()
    shutil.copy(SEED_CLAIMS, in_tmp / "claims")
    article = in_tmp / "seeds" / SEED_ARTICLE.name
    shutil.copy(SEED_ARTICLE, article)

    def results() -> dict[str, dict]:
        return results_by_code(sarif(check_files([Path(SEED_ARG)])))

    before = results()
    article.write_bytes(b"\n\n" + article.read_bytes())  # a blank paragraph at the top
    after = results()
    assert before.keys() == after.keys() == {"CHG003", "CUR001"}
    for code in before:
        old, new = (r["locations"][0]["physicalLocation"]["region"] for r in (before[code], after[code]))
        assert new["startLine"] == old["startLine"] + 2  # the text moved...
        assert new["charOffset"] == old["charOffset"] + 2
        assert before[code]["partialFingerprints"] == after[code]["partialFingerprints"]  # ...the alert did not


# --- JUnit -----------------------------------------------------------------------------------

def junit(report: Report, tmp_path: Path):
    from junitparser import JUnitXml

    path = tmp_path / "junit.xml"
    path.write_text(reporter("junit")(report), encoding="utf-8")
    return path, JUnitXml.fromfile(str(path))


def failures_of(suite) -> dict[str, tuple[str, str]]:
    return {case.name.split()[0]: (case.result[0].message, case.result[0].type)
            for case in suite if case.result}


@pytest.mark.parametrize("name", ["seed", "mixed", "clean"])
def test_junit_validates_against_the_jenkins_schema(name, request, tmp_path):
    from lxml import etree

    xsd = etree.XMLSchema(etree.parse(str(schema("junit-jenkins-xunit-10.xsd"))))
    path, _ = junit(request.getfixturevalue(name), tmp_path)
    assert xsd.validate(etree.parse(str(path))), xsd.error_log


def test_junit_seed_counts_and_messages(seed, tmp_path):
    _, xml = junit(seed, tmp_path)
    (suite,) = list(xml)
    assert suite.name == "seeds/000_feb5f9032e01b09c.txt"
    assert (suite.tests, suite.failures, suite.errors, suite.skipped) == (len(article_rules()), 2, 0, 0)
    assert (xml.tests, xml.failures, xml.errors) == (suite.tests, 2, 0)
    assert {case.classname for case in suite} == {SEED_ARG}
    assert failures_of(suite) == {f.code: (f.message, "warning") for f in seed.findings}
    assert [case.name for case in suite][:2] == ["ANC001 stale-quote", "ANC002 figure-mismatch"]


def test_junit_info_passes_and_is_kept_in_system_out(mixed, tmp_path):
    _, xml = junit(mixed, tmp_path)
    (suite,) = list(xml)
    assert suite.name == "mixed.yaml#article"
    assert (suite.tests, suite.failures, suite.errors, suite.skipped) == (len(article_rules()), 3, 0, 0)
    messages = {f.code: f.message for f in mixed.findings}
    assert failures_of(suite) == {"DAT001": (messages["DAT001"], "error"), "CHG003": (messages["CHG003"], "warning"),
                                  "ANC001": (messages["ANC001"], "error")}
    info = next(case for case in suite if case.name == "PCT001 impossible-share")
    assert info.is_passed and messages["PCT001"] in info.system_out
    stale = next(case for case in suite if case.name.startswith("ANC001"))
    assert "mixed.yaml:9:5" in stale.result[0].text and "\n  article: " not in stale.result[0].text


def test_junit_one_suite_per_article_over_several_files(in_tmp):
    (in_tmp / "clean.yaml").write_text(CLEAN, encoding="utf-8")
    (in_tmp / "mixed.yaml").write_text(MIXED, encoding="utf-8")
    report = check_files([Path("clean.yaml"), Path("mixed.yaml")], MIXED_SELECTION)
    _, xml = junit(report, in_tmp)
    suites = {suite.name: suite for suite in xml}
    assert list(suites) == ["clean.yaml#article", "mixed.yaml#article"]
    assert [(s.tests, s.failures) for s in suites.values()] == [(len(article_rules()), 0), (len(article_rules()), 3)]
    assert (xml.tests, xml.failures, xml.errors) == (2 * len(article_rules()), 3, 0)
    assert {case.classname for case in suites["mixed.yaml#article"]} == {"mixed.yaml"}


def test_junit_clean_run_has_no_failures(clean, tmp_path):
    _, xml = junit(clean, tmp_path)
    (suite,) = list(xml)
    assert (suite.tests, suite.failures, suite.errors) == (len(article_rules()), 0, 0)
    assert all(case.is_passed for case in suite)


# --- GitHub ----------------------------------------------------------------------------------

COMMAND = re.compile(r"::(error|warning|notice) ([^:]*)::(.*)")


def unescape(text: str) -> str:
    # The runner's order: every other escape first, %25 last, so "%253A" stays a literal "%3A".
    for escaped, plain in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        text = text.replace(escaped, plain)
    return text


def parse_command(line: str) -> tuple[str, dict[str, str], str]:
    match = COMMAND.fullmatch(line)
    assert match, line
    level, properties, message = match.groups()
    pairs = dict(p.split("=", 1) for p in properties.split(","))
    return level, {key: unescape(value) for key, value in pairs.items()}, unescape(message)


def test_github_escapes_round_trip():
    text = "a, b: 100% done\r\nnext line %0A"
    assert unescape(github_reporter.escape_data(text)) == text
    assert unescape(github_reporter.escape_property(text)) == text
    assert "," not in github_reporter.escape_property(text) and ":" not in github_reporter.escape_property(text)
    assert "\n" not in github_reporter.escape_data(text) and "\r" not in github_reporter.escape_data(text)


def test_github_seed_annotations_sit_on_the_article_figure(seed):
    lines = reporter("github")(seed).splitlines()
    assert len(lines) == len(seed.findings)
    for line, finding in zip(lines, seed.findings, strict=True):
        level, props, message = parse_command(line)
        article = finding.article
        assert level == "warning"
        assert props == {"file": article.file, "line": str(article.line), "col": str(article.column),
                         "endLine": str(article.end_line), "endColumn": str(article.end_column),
                         "title": f"{finding.code} {finding.name}"}
        assert message == github_reporter.message(finding)
        assert message.startswith(finding.message + "\n")
        assert f"({finding.file}:{finding.line}:{finding.column})" in message


def test_github_levels_and_claim_locations(mixed):
    parsed = [parse_command(line) for line in reporter("github")(mixed).splitlines()]
    by_code = {props["title"].split()[0]: (level, props) for level, props, _ in parsed}
    assert {code: level for code, (level, _) in by_code.items()} == {
        "DAT001": "error", "CHG003": "warning", "PCT001": "notice", "ANC001": "error"}
    # An inline article has no file of its own, and ANC001 has no span: both sit on the claim.
    assert {props["file"] for _, props in by_code.values()} == {"mixed.yaml"}
    assert by_code["ANC001"][1]["line"] == "9"


def test_github_escapes_a_file_name_and_message_with_comma_colon_percent_newline(in_tmp):
    name = "odd, name: 100%.yaml"
    report = check_inline(in_tmp, name, MIXED, MIXED_SELECTION)
    lines = reporter("github")(report).splitlines()
    assert len(lines) == len(report.findings)  # newlines in messages never split a command
    for line, finding in zip(lines, report.findings, strict=True):
        _, props, message = parse_command(line)
        assert props["file"] == name
        assert message == github_reporter.message(finding)
    chg = next(message for _, _, message in map(parse_command, lines) if "6.6 percent" in message)
    assert all(c in chg for c in ",:%\n")


def test_github_clean_run_prints_nothing(clean):
    assert reporter("github")(clean) == ""


# --- Markdown --------------------------------------------------------------------------------

CELL_SPLIT = re.compile(r"(?<!\\)\|")


def table_rows(markdown: str) -> list[list[str]]:
    rows = [line for line in markdown.splitlines() if line.startswith("| ")][1:]  # minus the header
    return [[cell.strip() for cell in CELL_SPLIT.split(row)[1:-1]] for row in rows]


def test_markdown_seed_summary(seed):
    text = reporter("markdown")(dataclasses.replace(
        seed, coverage=(Coverage("seeds/000_feb5f9032e01b09c.txt", found=90, recorded=83, ignored=2),)))
    assert text.startswith("## factlint: 0 errors, 2 warnings, 0 info\n")
    assert "83/90 figures recorded (92.2%), 2 ignored" in text
    rows = table_rows(text)
    assert [row[:2] for row in rows] == [["warning", "CHG003 granularity"], ["warning", "CUR001 implied-rate-mismatch"]]
    assert rows[0][3] == "seeds/000\\_feb5f9032e01b09c.txt:17:115"
    assert "\\$140.82 billion" in rows[1][4]  # two dollars would otherwise render as maths
    assert text.count("<details>") == 2 and "- whole counts needed: 315.049–315.345" in text


def test_markdown_escapes_pipes_and_lists_each_finding(mixed):
    text = reporter("markdown")(mixed)
    assert text.startswith("## factlint: 2 errors, 1 warning, 1 info\n")
    rows = table_rows(text)
    assert len(rows) == len(mixed.findings) and all(len(row) == 5 for row in rows)
    stale = next(row for row in rows if row[1].startswith("ANC001"))
    assert "zebra \\| crossings" in stale[4]
    assert stale[3] == "—"  # no article location


def test_markdown_newlines_in_a_cell_become_breaks(mixed):
    finding = dataclasses.replace(mixed.findings[0], message="first line\nsecond | line")
    (row,) = table_rows(reporter("markdown")(dataclasses.replace(mixed, findings=[finding])))
    assert row[4] == "first line<br>second \\| line"


def test_markdown_clean_run(clean):
    text = reporter("markdown")(clean)
    assert text.startswith("## factlint: no findings\n")
    assert "| severity |" not in text and "<details>" not in text


# --- CLI -------------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["sarif", "junit", "github", "markdown"])
def test_cli_reaches_every_new_format(fmt, monkeypatch, capsys):
    monkeypatch.chdir(REPO)
    assert main(["check", SEED_ARG, "--format", fmt]) == 1
    out = capsys.readouterr().out
    if fmt == "sarif":
        assert [r["ruleId"] for r in json.loads(out)["runs"][0]["results"]] == ["CHG003", "CUR001"]
    else:
        assert "CHG003" in out and "CUR001" in out
