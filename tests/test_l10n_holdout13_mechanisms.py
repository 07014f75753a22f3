"""Localization mechanisms met on the thirteenth holdout, each in sentences written here."""

from __future__ import annotations

import pytest

from factlint.l10n.compare import compare_texts
from factlint.l10n.locales import normalize_locale


def kinds(source: str, target: str, tag: str, source_tag: str = "en") -> list[str]:
    """The kinds of the sure issues, as a user sees errors."""
    return [issue.kind for issue in compare_texts(source, normalize_locale(source_tag), target,
                                                  normalize_locale(tag)).issues if issue.certain]


@pytest.mark.parametrize(("source", "target", "tag", "expected"), [
    # only zeros dropped: the value is exactly the same, nothing is lost
    ("A day pass at the zoo costs CHF 12.00.", "Le billet journalier du zoo coûte 12 francs.", "fr-CH", []),
    ("The bridge toll is €4.50 for cars.", "Die Brückenmaut beträgt 4,5 € für Autos.", "de-DE", []),
    # ... but a non-zero digit dropped is rounding
    ("A day pass at the zoo costs CHF 12.40.", "Le billet journalier du zoo coûte 12 francs.", "fr-CH",
     ["rounding"]),
    ("The bridge toll is €4.55 for cars.", "Die Brückenmaut beträgt 4,5 € für Autos.", "de-DE", ["rounding"]),
])
def test_dropping_trailing_zeros_is_no_rounding(source: str, target: str, tag: str, expected: list[str]) -> None:
    assert kinds(source, target, tag) == expected
