"""Localization mechanisms met on the tenth holdout, each in sentences written here. First a change
of the decision rule: a hedge against none is sure only when the words before the unhedged figure
are known to hedge nothing; an unknown word there may be a hedge no table knows, and the mismatch is
then shown at info severity, not reported as an error."""

from __future__ import annotations

import pytest

from factlint.l10n.compare import compare_texts
from factlint.l10n.locales import normalize_locale


def kinds(source: str, target: str, tag: str, source_tag: str = "en") -> list[str]:
    """The kinds of the sure issues, as a user sees errors."""
    return [issue.kind for issue in compare_texts(source, normalize_locale(source_tag), target,
                                                  normalize_locale(tag)).issues if issue.certain]


@pytest.mark.parametrize(("source", "target", "tag", "expected"), [
    # the unhedged side has a word no table knows before the figure: it may be the hedge ("passou de")
    ("Coffee prices topped R$2,100 a sack.", "O preço do café passou de R$ 2.100 por saca.", "pt-BR", []),
    ("The agency placed €3.15 billion of bonds.", "Die Agentur platzierte Anleihen über 3,15 Mrd. Euro.",
     "de-DE", []),
    # a hedge word glued to the figure, or set aside by another rule, is no proof of "no hedge"
    ("Tickets went to under-18s for free.", "Les billets sont gratuits pour les moins de 18 ans.", "fr-FR", []),
    ("Most runners finished in under four hours.", "La plupart ont couru sous la barre des quatre heures.",
     "fr-FR", []),
    # ... but before a word known to hedge nothing, a hedge dropped or added is sure
    ("Exports reached more than 4.1 million tonnes.", "Die Exporte lagen bei 4,1 Millionen Tonnen.", "de-DE",
     ["hedge"]),
    ("A total of 61 million litres was sold.", "Se vendió un total de casi 61 millones de litros.", "es-ES",
     ["hedge"]),
    ("Nearly 61 million litres were sold.", "Se vendió un total de 61 millones de litros.", "es-ES", ["hedge"]),
    ("Nearly 61 million litres were exported.", "Exportiert wurden im Vorjahr 61 Millionen Liter.", "de-DE",
     ["hedge"]),
    # two recognized hedges of different directions are sure whatever stands around them
    ("Sales reached nearly 9.6 billion euros.", "Der Umsatz stieg auf über 9,6 Milliarden Euro.", "de-DE",
     ["hedge"]),
])
def test_hedge_against_none_needs_plain_words(source: str, target: str, tag: str, expected: list[str]) -> None:
    assert kinds(source, target, tag) == expected


def test_unsure_hedge_is_kept_as_uncertain() -> None:
    result = compare_texts("Coffee prices topped R$2,100 a sack.", "en", "O preço do café passou de R$ 2.100 "
                           "por saca.", normalize_locale("pt-BR"))
    assert [(issue.kind, issue.certain) for issue in result.issues] == [("hedge", False)]
