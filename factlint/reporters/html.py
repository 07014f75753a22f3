"""HTML: one self-contained page that draws each article with its figures marked by status.

Every figure the article has is highlighted: red for an error, amber for a warning, blue for info,
green when a relation checks it against other figures and no finding concerns it, white with a
grey underline when a claim records it but no relation cross-checks it (recorded is not verified),
grey when no claim records it. The front matter is metadata, not article text: it is not drawn. A figure's
status is the worst severity of the findings that name one of its claims or whose article span
overlaps it. Clicking a figure (or Enter on it) shows its claims, their relations and the findings
with their arithmetic; the findings list scrolls to the figure a finding points at; checkboxes
filter the findings by severity and by check.

The page needs no network: CSS and JavaScript are inline, and a Content-Security-Policy forbids
every fetch. The data is embedded as JSON in a `<script type="application/json">` element whose
`<`, `>` and `&` are written as `\\u003c`-style escapes, so no article text can end the element.
Python splits the article into pieces at the figures (JavaScript counts UTF-16 units, Python
code points), and the output holds no timestamp: the same report always gives the same bytes.
"""

from __future__ import annotations

import html
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from factlint.findings import Finding
from factlint.lint.report import Document, Report

Json = dict[str, Any]
Span = tuple[int, int]

SEVERITIES = ("error", "warning", "info")  # worst first
STATUSES = (*SEVERITIES, "passed", "recorded", "unchecked")
STATUS_LABELS = {"error": "error", "warning": "warning", "info": "info", "passed": "cross-checked",
                 "recorded": "recorded, not cross-checked", "unchecked": "not recorded"}
STATUS_CUES = {"error": "✖", "warning": "▲", "info": "i", "passed": "✓", "recorded": "○", "unchecked": "?"}


# --- the model: marks (highlighted spans) per document -----------------------------------------

@dataclass
class Mark:
    """A highlighted span of the article: one figure (or overlapping figures merged)."""

    start: int
    end: int
    kinds: list[str] = field(default_factory=list)
    claims: list[str] = field(default_factory=list)
    findings: list[int] = field(default_factory=list)  # indices into report.findings
    status: str = "unchecked"


def overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def finding_span(finding: Finding) -> Span | None:
    article = finding.article
    if article is None or article.end <= article.start:
        return None
    return article.start, article.end


def document_of(finding: Finding, documents: Sequence[Document]) -> int | None:
    """The document a finding belongs to: its article, or its claims file when it has no article span."""
    for index, document in enumerate(documents):
        if finding.article is not None and finding.article.file == document.article:
            return index
    for index, document in enumerate(documents):
        if finding.file == document.claims_file:
            return index
    return None


def candidate_spans(document: Document, findings: Iterable[Finding]) -> list[tuple[int, int, str]]:
    """Figures first; then claim spans and finding spans that no figure already covers."""
    spans = [(f.start, f.end, f.kind) for f in document.figures if f.end > f.start]
    extra = [(c.start, c.end, "claim") for c in document.claims
             if c.start is not None and c.end is not None and c.end > c.start]
    extra += [(*span, "finding") for f in findings if (span := finding_span(f)) is not None]
    for start, end, kind in extra:
        if not any(overlaps((start, end), (s, e)) for s, e, _ in spans):
            spans.append((start, end, kind))
    return sorted(spans)


def merge(spans: list[tuple[int, int, str]]) -> list[Mark]:
    marks: list[Mark] = []
    for start, end, kind in spans:
        if marks and start < marks[-1].end:
            marks[-1].end = max(marks[-1].end, end)
            marks[-1].kinds.append(kind)
        else:
            marks.append(Mark(start, end, [kind]))
    return marks


def attach(marks: list[Mark], document: Document, findings: dict[int, Finding]) -> None:
    """Give each mark the claims that overlap it, the findings that concern it, and its status."""
    related = {claim for relation in document.relations for claim in relation.claims}
    for mark in marks:
        span = (mark.start, mark.end)
        mark.claims = [c.id for c in document.claims
                       if c.start is not None and c.end is not None and overlaps(span, (c.start, c.end))]
        mark.findings = [index for index, finding in findings.items()
                         if set(finding.claims) & set(mark.claims)
                         or ((fs := finding_span(finding)) is not None and overlaps(span, fs))]
        mark.status = status_of(mark, findings, related)


def status_of(mark: Mark, findings: dict[int, Finding], related: set[str]) -> str:
    severities = {findings[i].severity for i in mark.findings}
    if severities:
        return max(severities, key=lambda s: s.rank).value
    if set(mark.claims) & related:
        return "passed"
    return "recorded" if mark.claims else "unchecked"


def primary_mark(finding: Finding, marks: Sequence[Mark]) -> int | None:
    """The mark a finding points at: the one under its article span, else its first claim's."""
    span = finding_span(finding)
    if span is not None:
        for index, mark in enumerate(marks):
            if overlaps(span, (mark.start, mark.end)):
                return index
    for claim in finding.claims:
        for index, mark in enumerate(marks):
            if claim in mark.claims:
                return index
    return None


def pieces(text: str, marks: Sequence[Mark], start: int = 0) -> list[Json]:
    """The article from `start` (past its front matter) cut at the marks: plain text and marked
    text in order."""
    out: list[Json] = []
    position = start
    for index, mark in enumerate(marks):
        if mark.start > position:
            out.append({"text": text[position:mark.start]})
        out.append({"text": text[mark.start:mark.end], "mark": index})
        position = mark.end
    if position < len(text):
        out.append({"text": text[position:]})
    return out


# --- JSON for the page ---------------------------------------------------------------------------

def finding_json(index: int, finding: Finding, doc: int | None, mark: int | None) -> Json:
    article = finding.article
    return {
        "index": index, "code": finding.code, "name": finding.name, "severity": finding.severity.value,
        "message": finding.message, "claims": list(finding.claims),
        "file": finding.file, "line": finding.line, "column": finding.column,
        "article": None if article is None else {
            "file": article.file, "line": article.line, "column": article.column,
            "text": article.text, "start": article.start, "end": article.end},
        "evidence": [{"label": e.label, "value": e.value} for e in finding.evidence],
        "fix": finding.fix, "doc": doc, "mark": mark,
    }


def coverage_text(report: Report, document: Document, index: int) -> str | None:
    for coverage in report.coverage:
        if coverage.article == document.article:
            return coverage.describe()
    if index < len(report.coverage):
        return report.coverage[index].describe()
    return None


def document_json(report: Report, index: int, document: Document, marks: list[Mark],
                  findings: list[int]) -> Json:
    text = report.articles.get(document.article, "")
    return {
        "article": document.article,
        "claimsFile": document.claims_file,
        "drafted": document.claims_file == document.article,
        "coverage": coverage_text(report, document, index),
        "pieces": pieces(text, marks, document.body_start),
        "marks": [{"text": text[m.start:m.end], "start": m.start, "end": m.end, "kind": ", ".join(m.kinds),
                   "claims": m.claims, "findings": m.findings, "status": m.status} for m in marks],
        "claims": {c.id: {"id": c.id, "quote": c.quote, "value": c.value, "unit": c.unit, "hedge": c.hedge,
                          "line": c.line, "mark": next((i for i, m in enumerate(marks) if c.id in m.claims), None)}
                   for c in document.claims},
        "relations": [{"kind": r.kind, "id": r.id, "claims": list(r.claims), "line": r.line}
                      for r in document.relations],
        "findings": findings,
    }


def page_data(report: Report) -> Json:
    owners = [document_of(f, report.documents) for f in report.findings]
    documents: list[Json] = []
    primary: dict[int, int | None] = {}
    for index, document in enumerate(report.documents):
        mine = {i: f for i, f in enumerate(report.findings) if owners[i] == index}
        marks = [m for m in merge(candidate_spans(document, mine.values())) if m.start >= document.body_start]
        attach(marks, document, mine)
        primary |= {i: primary_mark(f, marks) for i, f in mine.items()}
        documents.append(document_json(report, index, document, marks, list(mine)))
    findings = [finding_json(i, f, owners[i], primary.get(i)) for i, f in enumerate(report.findings)]
    return {"documents": documents, "findings": findings,
            "codes": sorted({f.code for f in report.findings}), "severities": list(SEVERITIES),
            "statusLabels": STATUS_LABELS}


def embed_json(data: Json) -> str:
    """JSON that is safe inside a <script> element: no `<`, `>` or `&` appears literally."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


# --- static parts: summary, legend, chart --------------------------------------------------------

def _plural(count: int, word: str) -> str:
    return f"{count} {word}" + ("" if count == 1 or word == "info" else "s")


def summary_html(report: Report) -> str:
    counts = Counter(f.severity.value for f in report.findings)
    badges = "".join(
        f'<li class="count sev-{level}" data-severity="{level}"><span class="cue" aria-hidden="true">'
        f'{STATUS_CUES[level]}</span> {_plural(counts.get(level, 0), level)}</li>' for level in SEVERITIES)
    scope = (f"Checked {_plural(len(report.files), 'file')}: {_plural(report.claims, 'claim')}, "
             f"{_plural(report.relations, 'relation')}.")
    return f'<ul class="counts" id="summary-counts">{badges}</ul><p class="scope">{html.escape(scope)}</p>'


def legend_html() -> str:
    items = "".join(
        f'<li><span class="swatch st-{status}" aria-hidden="true">12.5</span> {STATUS_LABELS[status]}</li>'
        for status in STATUSES)
    dimmed = '<li><span class="swatch st-error dim" aria-hidden="true">12.5</span> findings filtered out</li>'
    return f'<ul class="legend" aria-label="Legend">{items}{dimmed}</ul>'


BAR_HEIGHT = 20
BAR_GAP = 6
LABEL_WIDTH = 64
BAR_WIDTH = 150


def chart_svg(findings: Sequence[Finding]) -> str:
    """Horizontal bars, one per check code, split by severity."""
    by_code: dict[str, Counter[str]] = {}
    for finding in findings:
        by_code.setdefault(finding.code, Counter())[finding.severity.value] += 1
    if not by_code:
        return '<p class="no-chart">No findings to chart.</p>'
    most = max(sum(c.values()) for c in by_code.values())
    height = len(by_code) * (BAR_HEIGHT + BAR_GAP)
    width = LABEL_WIDTH + BAR_WIDTH + 30
    bars = "".join(_bar(row, code, by_code[code], most) for row, code in enumerate(sorted(by_code)))
    return (f'<svg class="chart" id="chart" role="img" aria-labelledby="chart-title" width="{width}" '
            f'height="{height}" viewBox="0 0 {width} {height}"><title id="chart-title">Findings by check code'
            f'</title>{bars}</svg>')


def _bar(row: int, code: str, counts: Counter[str], most: int) -> str:
    y = row * (BAR_HEIGHT + BAR_GAP)
    total = sum(counts.values())
    parts = [f'<text class="label" x="0" y="{y + 14}">{html.escape(code)}</text>']
    x = float(LABEL_WIDTH)
    for level in SEVERITIES:
        if counts[level]:
            w = BAR_WIDTH * counts[level] / most
            parts.append(f'<rect class="seg sev-{level}" x="{x:.1f}" y="{y}" width="{w:.1f}" '
                         f'height="{BAR_HEIGHT}"/>')
            x += w
    parts.append(f'<text class="value" x="{x + 4:.1f}" y="{y + 14}">{total}</text>')
    title = ", ".join(_plural(counts[level], level) for level in SEVERITIES if counts[level])
    return (f'<g class="bar" data-code="{html.escape(code)}" data-count="{total}">'
            f'<title>{html.escape(code)}: {title}</title>{"".join(parts)}</g>')


# --- the page --------------------------------------------------------------------------------------

CSP = ("default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; "
       "base-uri 'none'; form-action 'none'")


def render(report: Report) -> str:
    title = "factlint report"
    if len(report.documents) == 1:
        title += f": {report.documents[0].article}"
    return PAGE.format(
        csp=CSP, title=html.escape(title), css=CSS, summary=summary_html(report), legend=legend_html(),
        chart=chart_svg(report.findings), data=embed_json(page_data(report)), js=JS)


PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>{title}</title>
<style>{css}</style>
</head>
<body>
<header class="top">
<h1>{title}</h1>
<div class="summary">{summary}</div>
{legend}
</header>
<div class="layout">
<aside class="sidebar" aria-label="Findings">
<section class="panel"><h2>Findings by check</h2>{chart}</section>
<section class="panel" id="filters"><h2>Filters</h2></section>
<section class="panel"><h2>Findings</h2><p id="shown-count" aria-live="polite"></p>
<ol class="findings" id="findings-list"></ol></section>
</aside>
<main class="articles" id="articles"></main>
<aside class="details" id="details" aria-label="Details" aria-live="polite" tabindex="-1">
<h2>Details</h2><div id="details-body"><p class="hint">Click a highlighted figure (or focus it and press
Enter) or a finding to see its claims, relations and findings.</p></div>
</aside>
</div>
<noscript><p>This report needs JavaScript to draw the articles.</p></noscript>
<script type="application/json" id="factlint-data">{data}</script>
<script>{js}</script>
</body>
</html>
"""

CSS = """
:root {
  --ink: #101828; --muted: #475467; --line: #d0d5dd; --paper: #ffffff; --wash: #f9fafb;
  --error: #b42318; --error-bg: #fee4e2;
  --warning: #b54708; --warning-bg: #fef0c7;
  --info: #175cd3; --info-bg: #d1e9ff;
  --passed: #067647; --passed-bg: #dcfae6;
  --unchecked: #475467; --unchecked-bg: #eaecf0;
  --focus: #6941c6;
}
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: var(--wash);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 1.25rem; margin: 0 0 .25rem; overflow-wrap: anywhere; }
h2 { font-size: 1rem; margin: 0 0 .5rem; }
h3 { font-size: .95rem; margin: .75rem 0 .35rem; }
.top { padding: .75rem 1.25rem; background: var(--paper); border-bottom: 1px solid var(--line); }
.summary { display: flex; flex-wrap: wrap; gap: .25rem 1rem; align-items: baseline; }
.counts { display: flex; gap: .5rem; list-style: none; margin: 0; padding: 0; }
.count { padding: .1rem .5rem; border-radius: 999px; font-weight: 600; border: 1px solid; }
.count.sev-error { color: var(--error); background: var(--error-bg); }
.count.sev-warning { color: var(--warning); background: var(--warning-bg); }
.count.sev-info { color: var(--info); background: var(--info-bg); }
.scope { margin: 0; color: var(--muted); }
.legend { display: flex; flex-wrap: wrap; gap: .25rem 1rem; list-style: none; margin: .4rem 0 0; padding: 0;
  color: var(--muted); font-size: .9rem; }
.layout { display: grid; grid-template-columns: minmax(250px, 320px) minmax(0, 1fr) minmax(280px, 380px);
  align-items: start; }
.sidebar, .details { position: sticky; top: 0; max-height: 100vh; overflow: auto; padding: 1rem; }
.sidebar { border-right: 1px solid var(--line); }
.details { border-left: 1px solid var(--line); background: var(--paper); }
.panel { margin-bottom: 1.25rem; }
.articles { padding: 1rem 1.5rem; min-width: 0; }
.article { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 1rem 1.25rem;
  margin-bottom: 1.5rem; }
.article h2 { font-size: 1.05rem; overflow-wrap: anywhere; }
.meta { margin: 0; color: var(--muted); font-size: .9rem; overflow-wrap: anywhere; }
.coverage { margin: .25rem 0 .75rem; font-weight: 600; }
.article-text { white-space: pre-wrap; overflow-wrap: anywhere; font: 16px/1.75 Georgia, "Times New Roman", serif;
  margin: 0; }
.fig { color: inherit; padding: 0 .1em; border-radius: 3px; cursor: pointer; text-decoration-thickness: 2px;
  text-underline-offset: 3px; text-decoration-line: underline; }
.fig::after, .swatch::after { font: 700 .65em/1 system-ui, sans-serif; vertical-align: super; margin-left: .1em; }
.fig:focus-visible, .finding-item:focus-visible, .linklike:focus-visible { outline: 3px solid var(--focus);
  outline-offset: 2px; }
.fig:hover { filter: brightness(.95); }
.st-error { background: var(--error-bg); text-decoration-color: var(--error); text-decoration-style: wavy; }
.st-warning { background: var(--warning-bg); text-decoration-color: var(--warning); text-decoration-style: dashed; }
.st-info { background: var(--info-bg); text-decoration-color: var(--info); text-decoration-style: dotted; }
.st-passed { background: var(--passed-bg); text-decoration-color: var(--passed); text-decoration-style: solid;
  text-decoration-thickness: 1px; }
.st-recorded { background: var(--paper); text-decoration-color: var(--unchecked); text-decoration-style: solid;
  text-decoration-thickness: 1px; }
.st-unchecked { background: var(--unchecked-bg); text-decoration-color: var(--unchecked);
  text-decoration-style: dotted; text-decoration-thickness: 1px; }
.fig.st-error::after, .swatch.st-error::after { content: "\\2716"; color: var(--error); }
.fig.st-warning::after, .swatch.st-warning::after { content: "\\25B2"; color: var(--warning); }
.fig.st-info::after, .swatch.st-info::after { content: "i"; color: var(--info); }
.fig.st-unchecked::after, .swatch.st-unchecked::after { content: "?"; color: var(--unchecked); }
.fig.st-recorded::after, .swatch.st-recorded::after { content: "\\25CB"; color: var(--unchecked); }
.fig.dim, .swatch.dim { opacity: .4; text-decoration-style: dotted; }
.fig.dim::after, .swatch.dim::after { content: ""; }
.fig.current { outline: 3px solid var(--focus); outline-offset: 2px; }
.swatch { padding: 0 .3em; border-radius: 3px; text-decoration-line: underline; text-decoration-thickness: 2px;
  text-underline-offset: 3px; font-family: Georgia, serif; color: var(--ink); }
.findings { list-style: none; margin: 0; padding: 0; }
.findings li { margin: 0 0 .4rem; }
.finding-item { display: block; width: 100%; text-align: left; font: inherit; font-size: .9rem; color: inherit;
  background: var(--paper); border: 1px solid var(--line); border-left: 4px solid var(--muted);
  border-radius: 6px; padding: .4rem .55rem; cursor: pointer; }
.finding-item:hover { background: #f2f4f7; }
.finding-item.selected { box-shadow: 0 0 0 2px var(--focus); }
.finding-item.sev-error, .finding-detail.sev-error { border-left-color: var(--error); }
.finding-item.sev-warning, .finding-detail.sev-warning { border-left-color: var(--warning); }
.finding-item.sev-info, .finding-detail.sev-info { border-left-color: var(--info); }
.finding-head { display: flex; gap: .4rem; align-items: baseline; flex-wrap: wrap; }
.code { font: 600 .85rem/1.3 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.badge { display: inline-block; font-size: .75rem; font-weight: 700; padding: 0 .4rem; border-radius: 999px;
  border: 1px solid; }
.badge.sev-error { color: var(--error); background: var(--error-bg); }
.badge.sev-warning { color: var(--warning); background: var(--warning-bg); }
.badge.sev-info { color: var(--info); background: var(--info-bg); }
.badge.st-passed { color: var(--passed); background: var(--passed-bg); }
.badge.st-unchecked { color: var(--unchecked); background: var(--unchecked-bg); }
.badge.st-recorded { color: var(--unchecked); background: var(--paper); }
.where { color: var(--muted); font-size: .8rem; overflow-wrap: anywhere; }
.message { margin: .15rem 0 0; }
.finding-item .message, .loc { display: block; }
.finding-item .loc { font-size: .75rem; }
fieldset { border: 1px solid var(--line); border-radius: 6px; margin: 0 0 .6rem; padding: .35rem .6rem .5rem; }
legend { font-weight: 600; font-size: .85rem; padding: 0 .25rem; }
fieldset label { display: inline-flex; align-items: center; gap: .25rem; margin: .1rem .75rem .1rem 0;
  font-size: .9rem; }
#shown-count { margin: 0 0 .4rem; color: var(--muted); font-size: .85rem; }
.chart .label { font: 600 12px ui-monospace, Menlo, Consolas, monospace; fill: var(--ink); }
.chart .value { font: 12px system-ui, sans-serif; fill: var(--muted); }
.chart .seg.sev-error { fill: var(--error); }
.chart .seg.sev-warning { fill: #dc6803; }
.chart .seg.sev-info { fill: var(--info); }
.no-chart, .hint, .none { color: var(--muted); margin: 0; }
.finding-detail { border: 1px solid var(--line); border-left: 4px solid var(--muted); border-radius: 6px;
  padding: .5rem .65rem; margin: 0 0 .6rem; }
.finding-detail.selected { box-shadow: 0 0 0 2px var(--focus); }
.evidence { margin: .35rem 0; padding-left: 1.1rem; font: .85rem/1.45 ui-monospace, Menlo, Consolas, monospace; }
.fix { margin: .25rem 0 0; }
.claim { margin: 0 0 .5rem; padding: .4rem .55rem; background: var(--wash); border-radius: 6px; }
.claim dl { display: grid; grid-template-columns: max-content 1fr; gap: 0 .6rem; margin: .25rem 0 0;
  font-size: .88rem; }
.claim dt { color: var(--muted); }
.claim dd { margin: 0; overflow-wrap: anywhere; }
.relations { margin: 0; padding-left: 1.1rem; font-size: .9rem; }
.linklike { font: inherit; color: var(--info); background: none; border: 0; padding: 0; cursor: pointer;
  text-decoration: underline; }
@media (max-width: 1100px) {
  .layout { grid-template-columns: 1fr; }
  .sidebar { position: static; max-height: none; border-right: 0; }
  .details { position: sticky; bottom: 0; top: auto; max-height: 45vh; border-left: 0;
    border-top: 2px solid var(--line); order: 3; }
}
@media (prefers-reduced-motion: no-preference) { .fig.current { transition: outline-color .2s; } }
"""

JS = r"""
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("factlint-data").textContent);
  var RANK = { error: 3, warning: 2, info: 1 };
  var CUES = { error: "\u2716", warning: "\u25B2", info: "i", passed: "\u2713", recorded: "\u25CB", unchecked: "?" };
  var markEls = [];
  var itemEls = [];
  var current = null;

  function el(tag, attrs) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      var value = attrs[key];
      if (value === null || value === undefined) { return; }
      if (key === "class") { node.className = value; } else if (key === "text") { node.textContent = value; }
      else { node.setAttribute(key, String(value)); }
    });
    for (var i = 2; i < arguments.length; i++) {
      var child = arguments[i];
      if (child === null || child === undefined) { continue; }
      flat([child]).forEach(function (c) { if (c !== null && c !== undefined) { node.append(c); } });
    }
    return node;
  }

  function flat(items) {
    return items.reduce(function (out, item) { return out.concat(Array.isArray(item) ? flat(item) : [item]); }, []);
  }
  function label(status) { return data.statusLabels[status] || status; }
  function plural(n, word) { return n + " " + word + (n === 1 || word === "info" ? "" : "s"); }
  function badge(status) {
    var kind = RANK[status] ? "sev-" : "st-";
    return el("span", { class: "badge " + kind + status }, CUES[status] + " " + label(status));
  }
  function worst(indices) {
    var best = null;
    indices.forEach(function (i) {
      var s = data.findings[i].severity;
      if (best === null || RANK[s] > RANK[best]) { best = s; }
    });
    return best;
  }
  function claimsWhere(doc, line) {
    return (doc.drafted ? "drafted claims" : doc.claimsFile) + ", line " + line;
  }
  function findingWhere(f) {
    var where = [el("span", { class: "loc", text: f.file + ":" + f.line + ":" + f.column })];
    if (f.article && (f.article.file !== f.file || f.article.line !== f.line)) {
      where.push(el("span", { class: "loc",
        text: "article " + f.article.file + ":" + f.article.line + ":" + f.article.column }));
    }
    return where;
  }

  // --- articles ---------------------------------------------------------------------------
  function markElement(di, mi, mark) {
    var node = el("mark", {
      class: "fig st-" + mark.status, tabindex: "0", role: "button", id: "d" + di + "-m" + mi,
      "data-doc": di, "data-mark": mi, "data-status": mark.status, "data-start": mark.start, "data-end": mark.end,
      "aria-label": mark.text + ": " + label(mark.status), title: label(mark.status)
    }, mark.text);
    markEls[di][mi] = node;
    return node;
  }

  function renderDocument(doc, di) {
    markEls[di] = [];
    var body = el("div", { class: "article-text" });
    doc.pieces.forEach(function (piece) {
      if (piece.mark === undefined) { body.append(piece.text); }
      else { body.append(markElement(di, piece.mark, doc.marks[piece.mark])); }
    });
    var counts = {};
    doc.findings.forEach(function (i) { var s = data.findings[i].severity; counts[s] = (counts[s] || 0) + 1; });
    var countText = doc.findings.length ? data.severities.filter(function (s) { return counts[s]; })
      .map(function (s) { return plural(counts[s], s); }).join(", ") : "no findings";
    var source = doc.drafted ? "zero-config: claims drafted from the article" : "claims: " + doc.claimsFile;
    return el("section", { class: "article", id: "doc-" + di, "aria-labelledby": "doc-" + di + "-title" },
      el("h2", { id: "doc-" + di + "-title", text: doc.article }),
      el("p", { class: "meta", text: source + " \u00B7 " + countText }),
      el("p", { class: "coverage", "data-doc": di, text: "Coverage: " + (doc.coverage || "not measured") }),
      body);
  }

  function renderArticles() {
    var root = document.getElementById("articles");
    if (!data.documents.length) { root.append(el("p", { class: "none", text: "No articles were checked." })); }
    data.documents.forEach(function (doc, di) { root.append(renderDocument(doc, di)); });
  }

  // --- findings list and filters ------------------------------------------------------------
  function renderFindings() {
    var list = document.getElementById("findings-list");
    if (!data.findings.length) { list.append(el("li", { class: "none", text: "No findings." })); }
    data.findings.forEach(function (f, fi) {
      var button = el("button", {
        type: "button", class: "finding-item sev-" + f.severity, "data-finding": fi,
        "data-code": f.code, "data-severity": f.severity
      },
        el("span", { class: "finding-head" }, badge(f.severity), el("span", { class: "code", text: f.code }),
          el("span", { class: "where", text: f.article ? "\u201C" + f.article.text + "\u201D" : "no article span" })),
        el("span", { class: "message", text: f.message }),
        el("span", { class: "where" }, findingWhere(f)));
      button.addEventListener("click", function () { selectFinding(fi); });
      var item = el("li", { "data-finding": fi }, button);
      itemEls[fi] = item;
      list.append(item);
    });
  }

  function checkbox(group, value, count) {
    var input = el("input", { type: "checkbox", "data-filter": group, value: value });
    input.checked = true;
    input.addEventListener("change", applyFilters);
    return el("label", {}, input, " " + value + " (" + count + ")");
  }

  function renderFilters() {
    var root = document.getElementById("filters");
    if (!data.findings.length) { root.append(el("p", { class: "none", text: "No findings to filter." })); return; }
    var bySeverity = {}, byCode = {};
    data.findings.forEach(function (f) {
      bySeverity[f.severity] = (bySeverity[f.severity] || 0) + 1;
      byCode[f.code] = (byCode[f.code] || 0) + 1;
    });
    root.append(el("fieldset", { id: "filter-severity" }, el("legend", { text: "Severity" }),
      data.severities.map(function (s) { return checkbox("severity", s, bySeverity[s] || 0); })));
    root.append(el("fieldset", { id: "filter-code" }, el("legend", { text: "Check" }),
      data.codes.map(function (c) { return checkbox("code", c, byCode[c]); })));
  }

  function checked(group) {
    var values = {};
    document.querySelectorAll('input[data-filter="' + group + '"]').forEach(function (input) {
      values[input.value] = input.checked;
    });
    return values;
  }

  function visibleFinding(f, severities, codes) { return severities[f.severity] && codes[f.code]; }

  function applyFilters() {
    var severities = checked("severity"), codes = checked("code"), shown = 0;
    data.findings.forEach(function (f, fi) {
      var visible = visibleFinding(f, severities, codes);
      itemEls[fi].hidden = !visible;
      if (visible) { shown += 1; }
    });
    data.documents.forEach(function (doc, di) {
      doc.marks.forEach(function (mark, mi) {
        if (!mark.findings.length) { return; }
        var visible = mark.findings.filter(function (i) {
          return visibleFinding(data.findings[i], severities, codes);
        });
        var status = visible.length ? worst(visible) : mark.status;
        var node = markEls[di][mi];
        node.className = "fig st-" + status + (visible.length ? "" : " dim") + (node === current ? " current" : "");
        node.setAttribute("data-shown", visible.length ? status : "hidden");
        node.setAttribute("aria-label", mark.text + ": " + label(status) + (visible.length ? "" : " (filtered out)"));
      });
    });
    document.getElementById("shown-count").textContent = data.findings.length
      ? "Showing " + shown + " of " + plural(data.findings.length, "finding") : "";
  }

  // --- details ------------------------------------------------------------------------------
  function findingDetail(fi, selected) {
    var f = data.findings[fi];
    var node = el("article", { class: "finding-detail sev-" + f.severity + (selected ? " selected" : ""),
      "data-finding": fi },
      el("div", { class: "finding-head" }, badge(f.severity), el("span", { class: "code", text: f.code }),
        el("span", { class: "where", text: f.name })),
      el("p", { class: "message", text: f.message }),
      f.evidence.length ? el("ul", { class: "evidence" }, f.evidence.map(function (e) {
        return el("li", { text: e.label + ": " + e.value });
      })) : null,
      f.fix ? el("p", { class: "fix" }, el("strong", { text: "Fix: " }), f.fix) : null,
      el("p", { class: "where" }, findingWhere(f),
        f.claims.length ? el("span", { class: "loc", text: "claims: " + f.claims.join(", ") }) : null));
    return node;
  }

  function claimLink(doc, di, id) {
    var claim = doc.claims[id];
    if (!claim || claim.mark === null) { return el("span", { class: "code", text: id }); }
    var button = el("button", { type: "button", class: "linklike code", text: id,
      title: "show \u201C" + doc.marks[claim.mark].text + "\u201D" });
    button.addEventListener("click", function () { openMark(di, claim.mark, null, true); });
    return button;
  }

  function claimDetail(doc, id) {
    var c = doc.claims[id];
    var rows = [["quote", c.quote], ["value", c.value], ["unit", c.unit], ["hedge", c.hedge || "none"],
      ["line", claimsWhere(doc, c.line)]];
    return el("div", { class: "claim", "data-claim": id }, el("span", { class: "code", text: c.id }),
      el("dl", {}, rows.map(function (r) { return [el("dt", { text: r[0] }), el("dd", { text: r[1] })]; })));
  }

  function relationDetails(doc, di, claims) {
    var items = [];
    doc.relations.forEach(function (r) {
      var involved = r.claims.filter(function (c) { return claims.indexOf(c) >= 0; });
      if (!involved.length) { return; }
      var others = r.claims.filter(function (c) { return claims.indexOf(c) < 0; });
      var head = [el("strong", { text: r.kind }), r.id ? " " + r.id : "", " \u00B7 line " + r.line];
      var withWhom = others.length ? [" with ", others.map(function (c, i) {
        return [i ? ", " : "", claimLink(doc, di, c)];
      })] : " (no other claims)";
      items.push(el("li", { class: "relation", "data-kind": r.kind }, head, withWhom));
    });
    return items.length ? el("ul", { class: "relations" }, items) : el("p", { class: "none", text: "None." });
  }

  function openMark(di, mi, selectedFinding, scroll) {
    var doc = data.documents[di], mark = doc.marks[mi], node = markEls[di][mi];
    setCurrent(node);
    if (scroll) { node.scrollIntoView({ block: "center", inline: "nearest" }); }
    var body = document.getElementById("details-body");
    body.replaceChildren.apply(body, flat([
      el("h3", { id: "details-figure", text: "\u201C" + mark.text + "\u201D" }),
      el("p", { class: "finding-head" }, badge(mark.status),
        el("span", { class: "where",
          text: mark.kind + " \u00B7 " + doc.article + " characters " + mark.start + "\u2013" + mark.end })),
      el("h3", { text: mark.claims.length === 1 ? "Claim" : "Claims" }),
      mark.claims.length ? mark.claims.map(function (id) { return claimDetail(doc, id); })
        : el("p", { class: "none", text: "No claim records this figure: it is not checked." }),
      el("h3", { text: "Relations" }), relationDetails(doc, di, mark.claims),
      el("h3", { text: "Findings" }),
      mark.findings.length ? mark.findings.map(function (fi) { return findingDetail(fi, fi === selectedFinding); })
        : el("p", { class: "none", text: "No findings." })]));
    var selected = body.querySelector(".finding-detail.selected");
    if (selected) { selected.scrollIntoView({ block: "nearest" }); } else { body.parentNode.scrollTop = 0; }
  }

  function openFindingOnly(fi) {
    setCurrent(null);
    var body = document.getElementById("details-body");
    body.replaceChildren(el("p", { class: "none", text: "This finding has no figure in the article." }),
      el("h3", { text: "Finding" }), findingDetail(fi, true));
  }

  function setCurrent(node) {
    if (current) { current.classList.remove("current"); current.removeAttribute("aria-current"); }
    current = node;
    if (node) { node.classList.add("current"); node.setAttribute("aria-current", "true"); }
  }

  function selectFinding(fi) {
    itemEls.forEach(function (item, i) { item.firstChild.classList.toggle("selected", i === fi); });
    var f = data.findings[fi];
    if (f.doc !== null && f.mark !== null) { openMark(f.doc, f.mark, fi, true); } else { openFindingOnly(fi); }
  }

  function onMarkEvent(event) {
    var node = event.target.closest ? event.target.closest(".fig") : null;
    if (!node) { return; }
    if (event.type === "keydown" && event.key !== "Enter" && event.key !== " ") { return; }
    event.preventDefault();
    openMark(Number(node.getAttribute("data-doc")), Number(node.getAttribute("data-mark")), null, false);
  }

  renderArticles();
  renderFilters();
  renderFindings();
  applyFilters();
  document.getElementById("articles").addEventListener("click", onMarkEvent);
  document.getElementById("articles").addEventListener("keydown", onMarkEvent);
})();
"""
