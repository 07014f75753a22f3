"""Load claims files with their articles and check them: the glue between files and rules."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from factlint.article import Article
from factlint.claims import ClaimsFile, load_claims
from factlint.errors import InputError
from factlint.graph import Graph
from factlint.reporters import Report
from factlint.runner import Selection, all_rules, run_rules


def load_pair(claims_path: Path) -> tuple[ClaimsFile, Article]:
    claims_file = load_claims(claims_path)
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


def check_files(paths: Sequence[Path], selection: Selection | None = None) -> Report:
    findings = []
    articles: dict[str, str] = {}
    claims = relations = 0
    rules = all_rules()
    for path in paths:
        claims_file, article = load_pair(path)
        graph = Graph(claims_file, article)
        findings.extend(run_rules(graph, rules, selection))
        articles[article.path] = article.text
        claims += len(claims_file.claims)
        relations += len(claims_file.relations)
    return Report(findings, [str(p) for p in paths], claims, relations, articles)
