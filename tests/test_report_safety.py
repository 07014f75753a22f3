"""Article text is data in every format: a hostile article and claims file run through each reporter
cannot run script in the HTML page, cannot add markup to SARIF, JUnit or Markdown, and cannot
start a second GitHub workflow command.

The hostile text sits in the article (the HTML page embeds it whole) and in a claim's quote that
the article does not have, so ANC001 repeats it in its message in every format.
"""

from __future__ import annotations

import json
import os
import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from factlint.cli import main

ATTACK = ("</textarea></script><script>window.pwned=1;alert(1)</script>"
          "<img src=x onerror=\"window.pwned=2\"><svg onload=\"window.pwned=3\">"
          "]]><!-- ${{ secrets.TOKEN }} %0A::set-output name=x::y\n::error file=a,line=1::injected\r"
          "::add-mask::x | cell | [link](javascript:alert(1)) `code` *bold* &amp;")
ARTICLE = f"Sales rose to 336 units. {ATTACK} The plant has 12 lines."
CLAIMS = f"""\
article:
  text: {json.dumps(ARTICLE)}
claims:
  - {{id: units, quote: "336 units", value: "336", unit: count}}
  - {{id: lines, quote: {json.dumps("12 lines " + ATTACK)}, value: "12", unit: count}}
"""


@pytest.fixture
def report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    """The report in one format, from the hostile claims file (ANC001 fires on the quote)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "factlint.toml").write_text("", encoding="utf-8")
    (tmp_path / "hostile.yaml").write_text(CLAIMS, encoding="utf-8")

    def run(fmt: str) -> str:
        assert main(["check", "hostile.yaml", "--format", fmt]) == 1
        out = capsys.readouterr().out
        assert "ANC001" in out
        return out

    return run


def test_github_cannot_start_a_second_command(report):
    """Every line is one annotation; %, CR and LF from the article are escaped (%0A -> %250A)."""
    out = report("github")
    lines = out.split("\n")
    assert lines[-1] == "" and "\r" not in out
    assert all(line.startswith(("::error ", "::warning ", "::notice ")) for line in lines[:-1]), lines
    assert not any(line.startswith(("::set-output", "::add-mask", "::error file=a")) for line in lines)
    assert "%250A::set-output" in out  # the article's own "%0A" stays text


SCRIPT = "</textarea></script><script>window.pwned=1;alert(1)</script>"  # the part messages quote unchanged


def test_sarif_keeps_the_text_as_a_string(report):
    document = json.loads(report("sarif"))
    messages = [r["message"]["text"] for run in document["runs"] for r in run["results"]]
    assert any(SCRIPT in m for m in messages)


def test_junit_keeps_the_text_as_text(report):
    root = ElementTree.fromstring(report("junit").encode("utf-8"))
    assert not [e for e in root.iter() if e.tag in ("script", "img", "svg", "textarea")]
    assert any(SCRIPT in (e.text or "") + (e.get("message") or "") for e in root.iter())


def test_markdown_escapes_every_tag_and_link(report):
    out = report("markdown")
    # every < is escaped but in the report's own <br>, <details> and <summary>
    assert re.findall(r"(?<!\\)<(?!/?(?:br|details|summary)>)", out) == []
    for raw in ("[link](", "`code`", "*bold*", "| cell |"):
        assert raw not in out, raw
    assert "\\<script\\>window.pwned=1" in out


def test_html_is_inert_in_chromium(report, tmp_path):
    """Nothing in the article runs: no script, no event handler, no dialog, no request."""
    if os.environ.get("FACTLINT_SKIP_BROWSER") == "1":
        pytest.skip("FACTLINT_SKIP_BROWSER=1: browser tests skipped")
    from playwright.sync_api import sync_playwright

    page_path = tmp_path / "report.html"
    page_path.write_text(report("html"), encoding="utf-8")
    events: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium")
        page = browser.new_page()
        page.on("dialog", lambda dialog: (events.append(f"dialog {dialog.message}"), dialog.dismiss()))
        page.on("pageerror", lambda error: events.append(f"page error {error}"))
        page.on("request", lambda request: events.append(request.url))
        page.goto(page_path.as_uri())
        page.wait_for_selector("#articles .article")
        page.locator(".article-text").first.click()  # handlers that a click would run
        pwned = page.evaluate("() => window.pwned")
        injected = page.evaluate("() => document.querySelectorAll('#articles script, #articles img, "
                                 "#articles svg, textarea').length")
        shown = page.eval_on_selector(".article-text", "n => n.textContent")
        browser.close()
    assert pwned is None
    assert injected == 0
    assert events == [page_path.as_uri()]
    assert ATTACK.replace("\r", "") in shown.replace("\r", "")
