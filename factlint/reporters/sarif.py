"""SARIF 2.1.0: one run, every registered rule as metadata, one result per finding.

A result's primary location is the figure in the article (line/column in Unicode code points,
plus the character offsets and the text as a snippet); the claim's entry in the claims file is a
related location. A finding the article cannot place (a stale quote) is located in the claims file
only. `partialFingerprints["factlint/v1"]` is the finding's fingerprint, which ignores line numbers,
so code-scanning alerts survive edits that only move text.

Relative paths become URIs under `%SRCROOT%` (the analysis root, supplied by the consumer);
absolute paths become `file:` URIs. An inline article (`<claims file>#article`) has no file of its
own: it is listed as an artifact whose contents are embedded, so viewers can still show the region.
"""

from __future__ import annotations

import json
from importlib import metadata
from pathlib import PurePath
from typing import Any
from urllib.parse import quote

from factlint.claims.coverage import Coverage
from factlint.findings import ArticleLocation, Finding, Severity
from factlint.lint.report import Report, rules_for
from factlint.registry import DOC_SECTIONS, Rule

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
SRCROOT = "%SRCROOT%"
FINGERPRINT_KEY = "factlint/v1"
INLINE_SUFFIX = "#article"  # pipeline.load_pair names an inline article "<claims file>#article"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}

Json = dict[str, Any]


def version() -> str:
    try:
        return metadata.version("factlint")
    except metadata.PackageNotFoundError:  # running from a bare checkout
        return "0+unknown"


def artifact_location(path: str) -> Json:
    """A relative path as a URI under %SRCROOT%, an absolute one as a file: URI (both percent-encoded)."""
    pure = PurePath(path)  # the engine's paths come from this platform: backslashes on Windows
    if pure.is_absolute():
        return {"uri": pure.as_uri()}
    return {"uri": quote(pure.as_posix(), safe="/"), "uriBaseId": SRCROOT}


class Artifacts:
    """run.artifacts, in first-seen order, so every location can carry its artifact index."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.entries: list[Json] = []
        self.index: dict[str, int] = {}

    def add(self, path: str) -> int:
        if path not in self.index:
            self.index[path] = len(self.entries)
            self.entries.append(self._entry(path))
        return self.index[path]

    def _entry(self, path: str) -> Json:
        entry: Json = {"location": artifact_location(path), "roles": ["analysisTarget"]}
        text = self.report.articles.get(path)
        if text is not None and path.endswith(INLINE_SUFFIX):
            entry["contents"] = {"text": text}
        return entry

    def location(self, path: str) -> Json:
        return {**artifact_location(path), "index": self.add(path)}


def help_markdown(rule: Rule) -> str:
    # The docstring indents its sections, which Markdown would read as code blocks: dedent each.
    sections = [f"**{title}**\n\n{rule.section(title)}" for title in DOC_SECTIONS if rule.section(title)]
    return "\n\n".join([rule.summary, *sections])


def rule_descriptor(rule: Rule) -> Json:
    full = rule.section("What it checks") or rule.summary
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": full},
        "help": {"text": rule.doc, "markdown": help_markdown(rule)},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"tags": ["factlint", rule.family]},
    }


def article_region(article: ArticleLocation, articles: dict[str, str]) -> Json:
    region: Json = {"startLine": article.line, "startColumn": article.column,
                    "endLine": article.end_line, "endColumn": article.end_column}
    exact = None
    if article.end > article.start:  # 0/0: offsets not recorded, so give lines and columns only
        region["charOffset"] = article.start
        region["charLength"] = article.end - article.start
        # The snippet is the text exactly as the file has it; ArticleLocation.text is whitespace-folded.
        exact = articles.get(article.file, "")[article.start:article.end]
    region["snippet"] = {"text": exact or article.text}
    return region


def claims_location(finding: Finding, artifacts: Artifacts) -> Json:
    return {"physicalLocation": {
        "artifactLocation": artifacts.location(finding.file),
        "region": {"startLine": finding.line, "startColumn": finding.column}}}


def message(finding: Finding) -> str:
    lines = [finding.message, *(f"{e.label}: {e.value}" for e in finding.evidence)]
    if finding.fix:
        lines.append(f"fix: {finding.fix}")
    return "\n".join(lines)


def result(finding: Finding, rule_index: dict[str, int], artifacts: Artifacts) -> Json:
    claims = claims_location(finding, artifacts)
    entry: Json = {"ruleId": finding.code}
    if finding.code in rule_index:
        entry["ruleIndex"] = rule_index[finding.code]
    entry |= {"level": LEVELS[finding.severity], "message": {"text": message(finding)}}
    if finding.article is None:
        entry["locations"] = [claims]
    else:
        primary = {"physicalLocation": {
            "artifactLocation": artifacts.location(finding.article.file),
            "region": article_region(finding.article, artifacts.report.articles)}}
        which = f"claim {finding.claims[0]}" if finding.claims else "claims file"
        entry["locations"] = [primary]
        entry["relatedLocations"] = [{"id": 1, **claims, "message": {"text": f"the {which}"}}]
    entry["partialFingerprints"] = {FINGERPRINT_KEY: finding.fingerprint}
    entry["properties"] = {
        "name": finding.name,
        "severity": finding.severity.value,
        "claims": list(finding.claims),
        "evidence": [{"label": e.label, "value": e.value} for e in finding.evidence],
        **({"fix": finding.fix} if finding.fix else {}),
    }
    return entry


def coverage_property(coverage: Coverage) -> Json:
    return {"article": coverage.article, "found": coverage.found, "recorded": coverage.recorded,
            "ignored": coverage.ignored, "description": coverage.describe()}


def sarif_log(report: Report) -> Json:
    rules = rules_for(report)
    rule_index = {rule.code: i for i, rule in enumerate(rules)}
    artifacts = Artifacts(report)
    for path in [*report.files, *report.articles]:
        artifacts.add(path)
    results = [result(f, rule_index, artifacts) for f in report.findings]
    run: Json = {
        "tool": {"driver": {"name": "factlint", "version": version(),
                            "rules": [rule_descriptor(r) for r in rules]}},
        "columnKind": "unicodeCodePoints",
        "artifacts": artifacts.entries,
        "results": results,
        "properties": {"claims": report.claims, "relations": report.relations,
                       "coverage": [coverage_property(c) for c in report.coverage]},
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def render(report: Report) -> str:
    return json.dumps(sarif_log(report), ensure_ascii=False, indent=2) + "\n"
