"""Run rules over a graph: select them, run them, locate and sort what they report."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from factlint.findings import ArticleLocation, Finding, Hit, Severity, fingerprint
from factlint.registry import Rule

if TYPE_CHECKING:  # the graph is the rules' input; `factlint l10n` selects rules without loading it
    from factlint.claims.graph import Graph


class RuleCrashedError(Exception):
    """A rule raised: a bug in factlint, reported with the rule's code (never a bare traceback)."""

    def __init__(self, rule: Rule, error: BaseException) -> None:
        super().__init__(f"internal error in rule {rule.code} ({rule.name}): "
                         f"{type(error).__name__}: {error}")
        self.rule = rule


@dataclass(frozen=True)
class Selection:
    select: tuple[str, ...] = ()  # codes or prefixes; empty: all
    ignore: tuple[str, ...] = ()
    severities: dict[str, Severity] = field(default_factory=dict)  # per-code overrides
    options: dict[str, dict[str, Any]] = field(default_factory=dict)  # per-code option overrides
    today: dt.date = field(default_factory=dt.date.today)  # when suppressions expire

    def wants(self, rule: Rule) -> bool:
        def matches(patterns: Sequence[str]) -> bool:
            return any(rule.code.startswith(p.upper()) for p in patterns)

        return (not self.select or matches(self.select)) and not matches(self.ignore)


def codes(text: str) -> tuple[str, ...]:
    """ "cur, CHG003 ,," -> ("CUR", "CHG003"): --select and --ignore as written on a command line."""
    return tuple(c.strip().upper() for c in text.split(",") if c.strip())


def all_rules() -> tuple[Rule, ...]:
    from factlint.checks import RULES

    return RULES


@dataclass(frozen=True)
class Outcome:
    findings: list[Finding]  # what is reported
    suppressed: list[Finding]  # what `ignore:` on a claim kept out, for the summary


def run_rules(graph: Graph, rules: Iterable[Rule], selection: Selection | None = None) -> list[Finding]:
    return run_checks(graph, rules, selection).findings


def run_checks(graph: Graph, rules: Iterable[Rule], selection: Selection | None = None) -> Outcome:
    """Check rules first; then suppressions take their findings out; then review rules judge the
    suppressions themselves (expired, unused) from every finding."""
    selection = selection or Selection()
    wanted = [rule for rule in rules if selection.wants(rule)]
    from factlint.claims.suppressions import split_suppressed

    found = [f for rule in wanted if rule.stage == "check" for f in _run(graph, rule, selection, {})]
    kept, suppressed = split_suppressed(graph, found, selection.today)
    ran = frozenset(rule.code for rule in wanted if rule.stage == "check")
    context = {"findings": tuple(found), "today": selection.today, "ran": ran}
    kept += [f for rule in wanted if rule.stage == "review" for f in _run(graph, rule, selection, context)]
    return Outcome(sorted(kept, key=Finding.sort_key), suppressed)


def _run(graph: Graph, rule: Rule, selection: Selection, context: Mapping[str, Any]) -> list[Finding]:
    options = {**rule.options, **selection.options.get(rule.code, {}), **context}
    try:
        hits = list(rule.check(graph, options))
    except Exception as error:
        raise RuleCrashedError(rule, error) from error
    severity = selection.severities.get(rule.code)
    return [locate(graph, rule, hit, severity) for hit in hits]


def locate(graph: Graph, rule: Rule, hit: Hit, override: Severity | None) -> Finding:
    """A finding at the first claim the hit names: its entry in the claims file and its figure."""
    node = graph.node(hit.claims[0]) if hit.claims else None
    line, column = (node.claim.location.line, node.claim.location.column) if node else (1, 1)
    line, column = hit.claims_position or (line, column)
    span = hit.article_span or (
        (node.anchor.focus.start, node.anchor.focus.end) if node and node.anchor.focus else None)
    article = article_location(graph, span) if span else None
    quotes = tuple(graph.node(c).claim.quote for c in hit.claims if c in graph.nodes)
    return Finding(
        code=rule.code, name=rule.name, severity=override or hit.severity or rule.severity,
        message=hit.message, claims=hit.claims, file=graph.claims_file.path, line=line,
        column=column, article=article, evidence=hit.evidence, fix=hit.fix,
        fingerprint=fingerprint(rule.code, hit.claims, quotes),
    )


def article_location(graph: Graph, span: tuple[int, int]) -> ArticleLocation:
    start, end = graph.article.position(span[0]), graph.article.position(max(span[0], span[1] - 1))
    text = graph.article.text[span[0]:span[1]]
    return ArticleLocation(graph.article.path, start.line, start.column, end.line, end.column + 1,
                           " ".join(text.split()), span[0], span[1])
