"""JUnit XML: a <testsuite> per article, a <testcase> per check per claims file.

The suite is named for the article; each registered check is a test case named "CODE name", with
the claims file as its classname (the file to edit). A check that reported an error or a warning
fails: its <failure> has the first such finding's message, the highest severity as its type, and
every finding of that check (locations, evidence, fix) as its text.

Info findings never fail a test case, matching the default `--fail-on warning`: a check whose
findings are all info passes and lists them in its <system-out>, so CI stays green but the notes
are still in the report. <error> is never used: in JUnit it means the test itself crashed.

The report does not say which checks a `--select` or `--ignore` left out, so every registered
check appears; one that did not run shows as passing. The output follows the Jenkins xunit schema
(junit-10.xsd), which Jenkins, GitLab and most JUnit readers accept.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Sequence

from factlint.findings import Finding, Severity
from factlint.lint.report import Report, rules_for
from factlint.registry import Rule

INLINE_SUFFIX = "#article"  # pipeline.load_pair names an inline article "<claims file>#article"
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # characters XML 1.0 cannot hold


def _xml_text(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def article_of(report: Report) -> dict[str, str]:
    """Claims file -> the article it describes (the suite name).

    The report keeps no such pairing, so it is pieced together: an inline article is named after
    its claims file; a finding located in the article names it; failing both, check_files reads one
    article per claims file in order, which holds when no two claims files share an article.
    """
    located = {f.file: f.article.file for f in reversed(report.findings) if f.article is not None}
    articles = list(report.articles)
    aligned = dict(zip(report.files, articles, strict=True)) if len(articles) == len(report.files) else {}

    def pick(claims: str) -> str:
        if claims + INLINE_SUFFIX in report.articles:
            return claims + INLINE_SUFFIX
        if claims in report.articles:  # a zero-config check lists the articles themselves
            return claims
        return located.get(claims) or aligned.get(claims, claims)

    return {claims: pick(claims) for claims in _claims_files(report)}


def _claims_files(report: Report) -> list[str]:
    return list(dict.fromkeys([*report.files, *(f.file for f in report.findings)]))


def describe_finding(finding: Finding) -> str:
    lines = [f"{finding.file}:{finding.line}:{finding.column}: {finding.severity.value}: {finding.message}",
             f"  claims: {', '.join(finding.claims)}"]
    article = finding.article
    if article is not None:
        lines.append(f"  article: {article.file}:{article.line}:{article.column}-"
                     f"{article.end_line}:{article.end_column} \"{article.text}\"")
    lines += [f"  {e.label}: {e.value}" for e in finding.evidence]
    if finding.fix:
        lines.append(f"  fix: {finding.fix}")
    return "\n".join(lines)


def testcase(rule: Rule, claims: str, findings: Sequence[Finding]) -> ET.Element:
    case = ET.Element("testcase", classname=claims, name=f"{rule.code} {rule.name}")
    failing = [f for f in findings if f.severity >= Severity.WARNING]
    text = _xml_text("\n\n".join(describe_finding(f) for f in findings))
    if failing:
        worst = max((f.severity for f in findings), key=lambda s: s.rank)
        failure = ET.SubElement(case, "failure", message=_xml_text(failing[0].message), type=worst.value)
        failure.text = text
    elif findings:
        ET.SubElement(case, "system-out").text = text
    return case


def testsuite(article: str, claims_files: Sequence[str], report: Report, rules: Sequence[Rule]) -> ET.Element:
    by_case: dict[tuple[str, str], list[Finding]] = defaultdict(list)
    for finding in report.findings:
        by_case[(finding.file, finding.code)].append(finding)
    cases = [testcase(rule, claims, by_case[(claims, rule.code)]) for claims in claims_files for rule in rules]
    failures = sum(1 for case in cases if case.find("failure") is not None)
    suite = ET.Element("testsuite", name=_xml_text(article), tests=str(len(cases)), failures=str(failures),
                       errors="0", skipped="0")
    properties = ET.SubElement(suite, "properties")
    for claims in claims_files:
        ET.SubElement(properties, "property", name="claims file", value=_xml_text(claims))
    for coverage in report.coverage:
        if coverage.article == article:
            ET.SubElement(properties, "property", name="coverage", value=coverage.describe())
    suite.extend(cases)
    return suite


def render(report: Report) -> str:
    rules = rules_for(report)
    suites_of: dict[str, list[str]] = defaultdict(list)  # article -> its claims files, in order
    for claims, article in article_of(report).items():
        suites_of[article].append(claims)
    suites = [testsuite(article, claims, report, rules) for article, claims in suites_of.items()]
    root = ET.Element("testsuites", name="factlint",
                      tests=str(sum(int(s.get("tests", 0)) for s in suites)),
                      failures=str(sum(int(s.get("failures", 0)) for s in suites)), errors="0")
    root.extend(suites)
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"
