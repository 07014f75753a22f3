"""Load claims files with their articles and check them: the glue between files and rules."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from factlint.claims.coverage import Coverage, coverage_of
from factlint.claims.graph import Graph
from factlint.claims.load import load_claims, parse_claims
from factlint.claims.model import ClaimsFile, Relation
from factlint.errors import InputError
from factlint.findings import Finding
from factlint.lint.discovery import ARTICLE_SUFFIXES
from factlint.lint.report import ClaimView, Document, FigureView, RelationView, Report
from factlint.lint.roots import default_roots
from factlint.lint.runner import Selection, all_rules, run_checks
from factlint.registry import Rule
from factlint.text.article import Article


def load_pair(claims_path: Path, roots: Sequence[Path] | None = None) -> tuple[ClaimsFile, Article]:
    """A claims file and its article, which must lie inside `roots` (default: the project root)."""
    claims_file = load_claims(claims_path, article_roots=default_roots() if roots is None else roots)
    ref = claims_file.article
    if ref.text is not None:
        return claims_file, Article.from_text(ref.text, f"{claims_file.path}#article")
    assert ref.path is not None
    try:
        article = Article.read(ref.path, display=_display(ref.path))
    except InputError as error:
        problem = error.problems[0]
        raise InputError.at(problem.path, problem.line, problem.column,
                            f"{problem.message} (the article of {claims_file.path})") from None
    return claims_file, article


def _display(path: Path) -> str:
    """A path relative to the working directory when it is under it (shorter messages)."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def is_article(path: Path) -> bool:
    """A text or Markdown file is checked as an article (zero-config); anything else as claims."""
    return path.suffix.lower() in ARTICLE_SUFFIXES


def check_files(paths: Sequence[Path], selection: Selection | None = None,
                overrides: Overrides | None = None, roots: Sequence[Path] | None = None) -> Report:
    """Check each file: a claims file with its article (read only from inside `roots`, default the
    project root), or an article through the claims drafted from it."""
    findings: list[Finding] = []
    articles: dict[str, str] = {}
    coverages: list[Coverage] = []
    documents: list[Document] = []
    claims = relations = suppressed = 0
    rules = all_rules()
    for path in paths:
        if is_article(path):
            claims_file, article = draft_pair(path, overrides or Overrides())
        else:
            claims_file, article = load_pair(path, roots)
        graph = Graph(claims_file, article)
        outcome = run_checks(graph, _zero_config_rules(rules) if is_article(path) else rules, selection)
        findings.extend(relocate(f) if is_article(path) else f for f in outcome.findings)
        suppressed += len(outcome.suppressed)
        articles[article.path] = article.text
        coverages.append(coverage_of(graph).coverage)
        documents.append(document_of(graph, article.path if is_article(path) else claims_file.path))
        claims += len(claims_file.claims)
        relations += len(claims_file.relations)
    return Report(findings, [str(p) for p in paths], claims, relations, articles, tuple(coverages),
                  tuple(documents), suppressed)


# A claims file drafted from the article itself cannot be stale nor leave a figure unrecorded:
# anchoring and coverage findings there would be artefacts of drafting, never news.
DRAFTING_ARTEFACTS = ("ANC", "COV")


def _zero_config_rules(rules: Sequence[Rule]) -> list[Rule]:
    return [rule for rule in rules if not rule.code.startswith(DRAFTING_ARTEFACTS)]


def document_of(graph: Graph, claims_file: str) -> Document:
    """The claims and relations of one article, located, for reporters that draw the article."""
    claims = tuple(
        ClaimView(node.id, node.claim.quote, node.claim.value, node.claim.unit.text, node.claim.hedge,
                  node.claim.location.line,
                  node.anchor.focus.start if node.anchor.focus else None,
                  node.anchor.focus.end if node.anchor.focus else None)
        for node in graph.nodes.values())
    relations = tuple(
        RelationView(r.kind, r.id, _relation_claims(r), r.location.line) for r in graph.relations)
    figures = tuple(FigureView(f.start, f.end, f.kind, f.text)
                    for f in coverage_of(graph).figures)
    return Document(graph.article.path, claims_file, claims, relations, figures, graph.article.body_offset)


def _relation_claims(relation: Relation) -> tuple[str, ...]:
    ids = [claim for role in relation.refs.values() for claim in role]
    ids += [tier.each for tier in relation.tiers]
    return tuple(dict.fromkeys(ids))


@dataclass(frozen=True)
class Overrides:
    """Command-line settings that win over an article's front matter."""

    published: dt.date | None = None
    locale: str | None = None


def draft_pair(path: Path, overrides: Overrides) -> tuple[ClaimsFile, Article]:
    """Zero-config: the article's drafted claims file, loaded exactly as a hand-made one is."""
    from factlint.relations.draft import draft_claims, render_draft  # only articles need drafting
    from factlint.text.frontmatter import read_metadata

    shown = _display(path)
    article = Article.read(path, display=shown)
    metadata = read_metadata(article)
    metadata = replace(metadata, published=overrides.published or metadata.published,
                       locale=overrides.locale or metadata.locale)
    text = render_draft(draft_claims(article, metadata), path.name)
    return parse_claims(text, f"{shown} (drafted claims)", path.parent, drafted=True), article


def relocate(finding: Finding) -> Finding:
    """A zero-config finding names the article, not the claims file that exists only in memory."""
    if finding.article is None:
        return finding
    return replace(finding, file=finding.article.file, line=finding.article.line,
                   column=finding.article.column)
