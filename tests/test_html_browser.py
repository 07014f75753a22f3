"""The html reporter: unit checks on the page's source, then a real headless Chromium reads it.

Every page comes from the real engine: the seed claims file (two warnings), the Kawabe article
checked zero-config (errors and a warning), a clean inline claims file with an ignored figure,
and an inline article whose text tries to end the embedded JSON. What the browser should show is
computed here from the Report (figures, claims, findings), never hard-coded.

The browser is Debian's Chromium at /usr/bin/chromium driven by Playwright (no browser download
is possible here). When it is missing the browser tests fail with a message saying so; set
FACTLINT_SKIP_BROWSER=1 to skip them instead.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from conftest import MIXED, MIXED_SELECTION, REPO

from factlint.cli import main
from factlint.findings import Finding
from factlint.lint.pipeline import check_files
from factlint.lint.report import Document, Report
from factlint.lint.runner import Selection
from factlint.reporters import FORMATS, reporter

CHROMIUM = Path("/usr/bin/chromium")
SKIP_VARIABLE = "FACTLINT_SKIP_BROWSER"
SEED_ARG = "claims/000_feb5f9032e01b09c.yaml"
KAWABE_ARG = "seeds/003_kawabe_robotics.txt"
RANK = {"info": 1, "warning": 2, "error": 3}

CLEAN = """\
article:
  text: "The delegation has 336 enterprises, a 6.7 percent increase from the 135th session."
claims:
  - {id: firms, quote: "336 enterprises", value: "336", unit: count}
  - {id: rise, quote: "6.7 percent", value: "6.7", unit: percent}
relations:
  - {kind: change, to: firms, percent: rise, direction: increase}
ignored_figures:
  - {quote: "the 135th session", reason: the session's name}
"""


HOSTILE_TEXT = ("Sales rose to 336 units.</script><script>document.title='pwned'</script>"
                "<!-- <b>bold</b> &amp; </SCRIPT > \u2028 end")
HOSTILE = f"""\
article:
  text: {json.dumps(HOSTILE_TEXT)}
claims:
  - {{id: units, quote: "336 units", value: "336", unit: count}}
"""


# --- reports -----------------------------------------------------------------------------------

def check_in(folder: Path, *args: str, selection: Selection | None = None) -> Report:
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(folder)
        return check_files([Path(a) for a in args], selection)


def check_inline(folder: Path, name: str, text: str, selection: Selection | None = None) -> Report:
    (folder / name).write_text(text, encoding="utf-8")
    return check_in(folder, name, selection=selection)


@pytest.fixture(scope="module")
def seed() -> Report:
    return check_in(REPO, SEED_ARG)


@pytest.fixture(scope="module")
def kawabe() -> Report:
    return check_in(REPO, KAWABE_ARG)


@pytest.fixture(scope="module")
def clean(tmp_path_factory) -> Report:
    return check_inline(tmp_path_factory.mktemp("clean"), "clean.yaml", CLEAN)


@pytest.fixture(scope="module")
def mixed(tmp_path_factory) -> Report:
    return check_inline(tmp_path_factory.mktemp("mixed"), "mixed.yaml", MIXED, MIXED_SELECTION)


@pytest.fixture(scope="module")
def every_seed() -> Report:
    """All four hand-made claims files in one report: four articles on one page."""
    return check_in(REPO, *sorted(str(p.relative_to(REPO)) for p in (REPO / "claims").glob("*.yaml")))


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Report:
    return check_inline(tmp_path_factory.mktemp("hostile"), "hostile.yaml", HOSTILE)


def test_the_inputs_are_what_the_tests_assume(seed, kawabe, clean, mixed, every_seed, hostile):
    assert [(f.code, f.severity.value) for f in seed.findings] == [("CHG003", "warning"), ("CUR001", "warning")]
    assert {f.severity.value for f in kawabe.findings} == {"error", "warning"}
    assert {f.code: f.severity.value for f in mixed.findings} == {
        "DAT001": "error", "CHG003": "warning", "PCT001": "info", "ANC001": "error"}
    assert [f.code for f in mixed.findings if f.article is None] == ["ANC001"]
    assert clean.findings == [] and hostile.findings == []
    assert hostile.articles[hostile.documents[0].article] == HOSTILE_TEXT
    for report in (seed, kawabe, clean, mixed, hostile):
        assert len(report.documents) == 1
    assert len(every_seed.documents) == 4


# --- what the page should show, computed from the Report ---------------------------------------

@dataclass
class Expected:
    """A highlighted figure: its span, the claims recording it, the findings concerning it."""

    start: int
    end: int
    claims: set[str] = field(default_factory=set)
    findings: list[int] = field(default_factory=list)
    related: bool = False  # a relation names one of its claims: cross-checked, not only recorded

    def status(self, report: Report, shown: set[int] | None = None) -> str:
        findings = [i for i in self.findings if shown is None or i in shown]
        if findings:
            return max((report.findings[i].severity.value for i in findings), key=RANK.__getitem__)
        if self.related:
            return "passed"
        return "recorded" if self.claims else "unchecked"


def overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def span_of(finding: Finding) -> tuple[int, int] | None:
    a = finding.article
    return (a.start, a.end) if a is not None and a.end > a.start else None


def belongs(finding: Finding, document: Document) -> bool:
    if finding.article is not None:
        return finding.article.file == document.article
    return finding.file == document.claims_file


def expected_figures(report: Report, document: Document) -> list[Expected]:
    """Every extracted figure, plus any claim whose figure extraction did not find."""
    spans = sorted({(f.start, f.end) for f in document.figures if f.start >= document.body_start})
    assert all(a[1] <= b[0] for a, b in pairwise(spans)), "figures overlap"
    claims = [c for c in document.claims if c.start is not None and c.end is not None]
    spans += [(c.start, c.end) for c in claims if not any(overlap((c.start, c.end), s) for s in spans)]
    figures = [Expected(*span) for span in sorted(spans)]
    related = {claim for relation in document.relations for claim in relation.claims}
    for figure in figures:
        span = (figure.start, figure.end)
        figure.claims = {c.id for c in claims if overlap(span, (c.start, c.end))}
        figure.related = bool(figure.claims & related)
        figure.findings = [i for i, f in enumerate(report.findings) if belongs(f, document) and (
            figure.claims & set(f.claims) or ((s := span_of(f)) is not None and overlap(span, s)))]
    return figures


def expected_counts(report: Report, document: Document, shown: set[int] | None = None) -> Counter[str]:
    return Counter(f.status(report, shown) for f in expected_figures(report, document))


def primary_start(report: Report, finding: Finding) -> int:
    """Where clicking a finding should land: the figure under its article span."""
    span = span_of(finding)
    assert span is not None
    document = next(d for d in report.documents if belongs(finding, d))
    return next(f.start for f in expected_figures(report, document) if overlap(span, (f.start, f.end)))


# --- the page's source, without a browser --------------------------------------------------------

class Page(HTMLParser):
    """Tags with their attributes, and the text of each <script> and <style> element."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self.styles: list[str] = []
        self._open: tuple[str, dict[str, str | None]] | None = None
        self.feed(text)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in ("script", "style"):
            self._open = (tag, dict(attrs))

    def handle_data(self, data: str) -> None:
        if self._open is None:
            return
        tag, attrs = self._open
        if tag == "script":
            self.scripts.append((attrs, data))
        else:
            self.styles.append(data)

    def handle_endtag(self, tag: str) -> None:
        self._open = None

    def data(self) -> dict[str, Any]:
        (text,) = [body for attrs, body in self.scripts if attrs.get("type") == "application/json"]
        return json.loads(text)


def render(report: Report) -> str:
    return reporter("html")(report)


def test_html_is_a_format_of_the_cli(tmp_path):
    assert "html" in FORMATS
    out = tmp_path / "report.html"
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(REPO)
        assert main(["check", SEED_ARG, "--format", "html", "--output", str(out)]) == 1
        text = out.read_text(encoding="utf-8")
        assert text.startswith("<!DOCTYPE html>") and text == render(check_files([Path(SEED_ARG)]))
        zero = tmp_path / "x.html"
        assert main(["check", "seeds/001_nordhaven_ports.txt", "--format", "html", "--output", str(zero)]) == 1
        document = Page(zero.read_text(encoding="utf-8")).data()["documents"][0]
        assert document["article"] == "seeds/001_nordhaven_ports.txt"


@pytest.mark.parametrize("name", ["seed", "kawabe", "clean", "mixed", "every_seed", "hostile"])
def test_the_page_loads_nothing_from_outside(name, request):
    text = render(request.getfixturevalue(name))
    page = Page(text)
    for tag, attrs in page.tags:
        for key in ("src", "href", "action", "srcset", "poster", "data"):
            value = attrs.get(key) or ""
            assert not value or value.startswith("data:"), f"<{tag} {key}={value!r}>"
        assert not (tag == "link" and attrs.get("rel") == "stylesheet")
    assert not re.search(r"https?://", text), "the page names an http(s) address"
    for css in page.styles:
        assert "@import" not in css and "url(" not in css
    code = "".join(body for attrs, body in page.scripts if attrs.get("type") is None)
    for api in ("fetch(", "XMLHttpRequest", "import(", "WebSocket", "EventSource", "sendBeacon", "innerHTML"):
        assert api not in code
    csp = next(a["content"] for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in (csp or "")


def test_script_end_in_the_article_cannot_break_the_json(hostile):
    text = render(hostile)
    page = Page(text)
    assert len(page.scripts) == 2  # the JSON and the code: the article opened no element of its own
    raw = next(body for attrs, body in page.scripts if attrs.get("type") == "application/json")
    assert "</" not in raw and "<!--" not in raw and "<" not in raw
    data = json.loads(raw)
    assert "".join(p["text"] for p in data["documents"][0]["pieces"]) == HOSTILE_TEXT
    assert text.count("</script>") == 2


def test_the_output_is_deterministic(seed, kawabe):
    assert render(seed) == render(check_in(REPO, SEED_ARG))
    assert render(kawabe) == render(check_in(REPO, KAWABE_ARG))


@pytest.mark.parametrize("name", ["seed", "kawabe", "clean", "mixed", "every_seed"])
def test_the_embedded_marks_agree_with_the_report(name, request):
    report = request.getfixturevalue(name)
    embedded = Page(render(report)).data()["documents"]
    assert len(embedded) == len(report.documents)
    for doc, document, coverage in zip(embedded, report.documents, report.coverage, strict=True):
        expected = expected_figures(report, document)
        assert [(m["start"], m["end"], m["status"]) for m in doc["marks"]] == [
            (f.start, f.end, f.status(report)) for f in expected]
        assert "".join(p["text"] for p in doc["pieces"]) == report.articles[document.article][document.body_start:]
        assert doc["coverage"] == coverage.describe()


def test_the_chart_has_one_bar_per_check_code(kawabe, clean):
    codes = Counter(f.code for f in kawabe.findings)
    bars = [a for t, a in Page(render(kawabe)).tags if t == "g" and a.get("class") == "bar"]
    assert {a["data-code"]: int(a["data-count"] or 0) for a in bars} == codes
    assert not [a for t, a in Page(render(clean)).tags if t == "g"]


# --- in the browser --------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if os.environ.get(SKIP_VARIABLE) == "1":
        pytest.skip(f"{SKIP_VARIABLE}=1: browser tests skipped")
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium; "
                    f".ci/run does) or set {SKIP_VARIABLE}=1 to skip the browser tests", pytrace=False)
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("playwright is not installed: pip install -e '.[test]'", pytrace=False)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM))
        yield chromium
        chromium.close()


@dataclass
class Opened:
    page: Any
    url: str
    requests: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


@pytest.fixture
def open_report(browser, tmp_path) -> Iterator[Any]:
    """Write a report's page, open it in a fresh page; afterwards, no errors and no network."""
    opened: list[Opened] = []

    def open_(report: Report, width: int = 1440) -> Any:
        path = tmp_path / f"report{len(opened)}.html"
        path.write_text(render(report), encoding="utf-8")
        page = browser.new_page(viewport={"width": width, "height": 900})
        state = Opened(page, path.as_uri())
        page.on("request", lambda r: state.requests.append(r.url))
        page.on("console", lambda m: state.problems.append(f"console {m.type}: {m.text}")
                if m.type in ("error", "warning") else None)
        page.on("pageerror", lambda e: state.problems.append(f"page error: {e}"))
        page.on("dialog", lambda d: (state.problems.append(f"dialog: {d.message}"), d.dismiss()))
        page.goto(state.url)
        page.wait_for_selector("#articles .article")
        opened.append(state)
        return page

    yield open_
    for state in opened:
        state.page.close()
        assert state.problems == []
        assert state.requests == [state.url], "the page made a network request"


def status_counts(page: Any) -> Counter[str]:
    return Counter(page.eval_on_selector_all(".fig", "ns => ns.map(n => n.dataset.status)"))


def details_text(page: Any) -> str:
    return page.inner_text("#details")


@pytest.mark.parametrize("name", ["seed", "kawabe", "clean", "mixed", "every_seed"])
def test_every_figure_is_highlighted_by_status(name, request, open_report):
    report = request.getfixturevalue(name)
    page = open_report(report)
    sections = page.locator("#articles .article")
    assert sections.count() == len(report.documents)
    for index, document in enumerate(report.documents):
        section = sections.nth(index)
        shown = Counter(section.locator(".fig").evaluate_all("ns => ns.map(n => n.dataset.status)"))
        assert shown == expected_counts(report, document)
        for status, count in expected_counts(report, document).items():
            assert section.locator(f".fig.st-{status}").count() == count
        # the article is there, escaped and with its line breaks
        text = section.locator(".article-text")
        assert text.evaluate("n => n.textContent") == report.articles[document.article][document.body_start:]
        assert text.evaluate("n => getComputedStyle(n).whiteSpace") == "pre-wrap"


def test_the_seed_has_two_warnings_and_tells_checked_from_recorded(seed, open_report):
    """Every seed figure is recorded; green only for those a relation cross-checks: a recorded
    figure that nothing compares is not verified, and the page must not say it is."""
    page = open_report(seed)
    counts = status_counts(page)
    related = {claim for relation in seed.documents[0].relations for claim in relation.claims}
    recorded_only = [c for c in seed.documents[0].claims if c.id not in related]
    assert set(counts) == {"warning", "passed", "recorded"} and counts["warning"] >= 2
    assert counts["recorded"] >= 1 and recorded_only
    legend = page.inner_text(".legend")
    assert "cross-checked" in legend and "recorded, not cross-checked" in legend and "not recorded" in legend


def test_clicking_the_chg003_figure_shows_the_finding_and_its_arithmetic(seed, open_report):
    page = open_report(seed)
    finding = next(f for f in seed.findings if f.code == "CHG003")
    assert finding.article is not None
    figure = page.locator(f'.fig[data-start="{finding.article.start}"]')
    assert figure.inner_text().startswith(finding.article.text)
    figure.click()
    shown = details_text(page)
    assert "CHG003" in shown and finding.message in shown and finding.fix and finding.fix in shown
    for evidence in finding.evidence:
        assert f"{evidence.label}: {evidence.value}" in shown
    claim = next(c for c in seed.documents[0].claims if c.id == finding.claims[0])
    where = f"{seed.documents[0].claims_file}, line {claim.line}"
    for detail in (claim.id, claim.quote, claim.value, claim.unit, where):
        assert detail in shown
    relation = next(r for r in seed.documents[0].relations if claim.id in r.claims)
    assert relation.kind in shown and all(c in shown for c in relation.claims)
    assert "CUR001" not in shown


def test_enter_on_a_focused_figure_opens_its_details(seed, open_report):
    page = open_report(seed)
    page.focus(".fig.st-passed")
    page.keyboard.press("Enter")
    focused = page.evaluate("document.activeElement.dataset.start")
    claim = next(c for c in seed.documents[0].claims if str(c.start) == focused)
    assert claim.id in details_text(page) and "No findings." in details_text(page)


def test_clicking_a_finding_scrolls_to_and_marks_its_figure(kawabe, open_report):
    page = open_report(kawabe)
    items = page.locator("#findings-list .finding-item")
    assert items.count() == len(kawabe.findings)
    for index, finding in reversed(list(enumerate(kawabe.findings))):  # the last first: it needs a scroll
        items.nth(index).click()
        current = page.locator(".fig.current")
        assert current.count() == 1
        assert current.get_attribute("data-start") == str(primary_start(kawabe, finding))
        box = current.bounding_box()
        assert box is not None and box["y"] >= 0 and box["y"] + box["height"] <= 900, "figure not scrolled into view"
        selected = page.locator("#details .finding-detail.selected")
        assert selected.count() == 1
        assert finding.code in selected.inner_text() and finding.message in selected.inner_text()


def visible_codes(page: Any) -> list[tuple[str, str]]:
    shown = page.eval_on_selector_all(
        "#findings-list .finding-item",
        "ns => ns.filter(n => n.getClientRects().length).map(n => [n.dataset.code, n.dataset.severity])")
    return [(code, severity) for code, severity in shown]


def test_the_filters_hide_and_show_findings_and_dim_their_figures(kawabe, open_report):
    page = open_report(kawabe)
    every = [(f.code, f.severity.value) for f in kawabe.findings]
    assert visible_codes(page) == every

    def check(shown: set[int]) -> None:
        assert visible_codes(page) == [every[i] for i in sorted(shown)]
        assert page.inner_text("#shown-count") == f"Showing {len(shown)} of {len(every)} findings"
        figures = expected_figures(kawabe, kawabe.documents[0])
        dimmed = {f.start for f in figures if f.findings and not set(f.findings) & shown}
        assert {int(s) for s in page.eval_on_selector_all(".fig.dim", "ns => ns.map(n => n.dataset.start)")} == dimmed
        assert Counter(page.eval_on_selector_all(
            ".fig:not(.dim)", "ns => ns.map(n => n.className.match(/st-(\\w+)/)[1])")) == Counter(
            f.status(kawabe, shown) for f in figures if f.start not in dimmed)

    page.uncheck('input[data-filter="severity"][value="warning"]')
    check({i for i, f in enumerate(kawabe.findings) if f.severity.value != "warning"})
    page.check('input[data-filter="severity"][value="warning"]')
    check(set(range(len(every))))
    code = kawabe.findings[0].code
    page.uncheck(f'input[data-filter="code"][value="{code}"]')
    check({i for i, f in enumerate(kawabe.findings) if f.code != code})
    page.uncheck('input[data-filter="severity"][value="error"]')
    check({i for i, f in enumerate(kawabe.findings) if f.code != code and f.severity.value != "error"})


@pytest.mark.parametrize("name", ["seed", "kawabe", "clean", "mixed", "every_seed"])
def test_coverage_summary_and_chart_are_shown(name, request, open_report):
    report = request.getfixturevalue(name)
    page = open_report(report)
    coverage = page.locator(".article .coverage").all_inner_texts()
    assert coverage == [f"Coverage: {c.describe()}" for c in report.coverage]
    severities = Counter(f.severity.value for f in report.findings)
    for level in ("error", "warning", "info"):
        count = page.inner_text(f'#summary-counts [data-severity="{level}"]')
        assert re.search(rf"\b{severities.get(level, 0)} {level}", count)
    codes = Counter(f.code for f in report.findings)
    bars = page.eval_on_selector_all("#chart .bar", "ns => ns.map(n => [n.dataset.code, n.getBBox().width])")
    assert sorted(code for code, _ in bars) == sorted(codes)
    assert all(width > 0 for _, width in bars)
    if not codes:
        assert page.locator(".no-chart").is_visible()


def test_hostile_article_text_is_shown_literally(hostile, open_report):
    page = open_report(hostile)
    assert page.title() != "pwned"
    assert page.locator("#articles b").count() == 0
    assert page.eval_on_selector(".article-text", "n => n.textContent") == HOSTILE_TEXT


def test_a_finding_without_a_figure_opens_on_its_own(mixed, open_report):
    page = open_report(mixed)
    index = next(i for i, f in enumerate(mixed.findings) if f.article is None)
    page.locator("#findings-list .finding-item").nth(index).click()
    assert page.locator(".fig.current").count() == 0
    shown = details_text(page)
    assert "no figure in the article" in shown and mixed.findings[index].message in shown
    assert page.locator(".fig.st-info").count() == expected_counts(mixed, mixed.documents[0])["info"] == 1


def test_findings_of_several_articles_land_in_their_own_article(every_seed, open_report):
    page = open_report(every_seed)
    items = page.locator("#findings-list .finding-item")
    for index in (0, len(every_seed.findings) - 1):
        finding = every_seed.findings[index]
        items.nth(index).click()
        document = next(i for i, d in enumerate(every_seed.documents) if belongs(finding, d))
        current = page.locator(f"#doc-{document} .fig.current")
        assert current.count() == 1 and current.get_attribute("data-start") == str(primary_start(every_seed, finding))
