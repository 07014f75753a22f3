"""COV: every figure of the article is recorded by a claim or deliberately ignored, with a reason."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from factlint.claims.coverage import coverage_of
from factlint.claims.graph import Graph
from factlint.findings import Hit, Severity
from factlint.registry import rule


@rule("COV001", "unrecorded-figure", Severity.WARNING)
def unrecorded_figure(graph: Graph, options: Mapping[str, Any]) -> Iterator[Hit]:
    r"""A figure in the article is neither recorded by a claim nor listed as ignored.

    What it checks:
        `factlint extract` finds every figure the article writes. Each must be the anchored
        figure of some claim, or lie inside the quote of an `ignored_figures` entry (which needs
        a reason). The report's coverage line counts them: recorded / found.

    Why it matters:
        A figure nobody recorded is a figure nobody checked. New figures arrive with edits; this
        is how they get noticed.

    Example:
        ```yaml
        article:
          text: "The fair drew 336 enterprises, 6.6 percent more than in spring."
        claims:
          - {id: firms, quote: "336 enterprises", value: "336", unit: count, noun: enterprises}
        ```

    Use instead:
        ```yaml
        article:
          text: "The fair drew 336 enterprises, 6.6 percent more than in spring."
        claims:
          - {id: firms, quote: "336 enterprises", value: "336", unit: count, noun: enterprises}
        ignored_figures:
          - quote: "6.6 percent more than in spring"
            reason: the spring count is not published, so the change cannot be checked
        ```

    Options:
        None.
    """
    for figure in coverage_of(graph).unaccounted:
        yield Hit(f"{' '.join(figure.text.split())!r} ({figure.kind}) is not recorded by any claim "
                  f"and not listed in ignored_figures", (),
                  fix="Record it as a claim, or list it under ignored_figures with a reason",
                  article_span=(figure.start, figure.end))


@rule("COV002", "unused-ignore", Severity.WARNING)
def unused_ignore(graph: Graph, options: Mapping[str, Any]) -> Iterator[Hit]:
    r"""An `ignored_figures` entry matches no figure of the article.

    What it checks:
        Each entry's quote must be in the article (its `occurrence`-th place, if given) and
        contain a figure.

    Why it matters:
        A stale ignore hides nothing today but will hide the wrong figure tomorrow; an edit
        that removed the figure should remove the entry too.

    Example:
        ```yaml
        article:
          text: "The fair drew 336 enterprises."
        claims:
          - {id: firms, quote: "336 enterprises", value: "336", unit: count, noun: enterprises}
        ignored_figures:
          - {quote: "the 12th Five-Year Plan", reason: a plan's name}
        ```

    Use instead:
        ```yaml
        article:
          text: "The fair drew 336 enterprises."
        claims:
          - {id: firms, quote: "336 enterprises", value: "336", unit: count, noun: enterprises}
        ```

    Options:
        None.
    """
    for entry in coverage_of(graph).unused_ignores:
        yield Hit(f"ignored_figures entry {entry.quote!r} (line {entry.location.line}) matches no "
                  f"figure in the article", (), fix="Remove the entry, or quote the figure's text",
                  claims_position=(entry.location.line, entry.location.column))


RULES = (unrecorded_figure, unused_ignore)
