"""Localization mechanisms met on the eleventh holdout (and the tenth's and ninth's leftovers), each
in sentences written here."""

from __future__ import annotations

import pytest

from factlint.l10n.compare import compare_texts
from factlint.l10n.locales import normalize_locale, table


def kinds(source: str, target: str, tag: str, source_tag: str = "en") -> list[str]:
    """The kinds of the sure issues, as a user sees errors."""
    return [issue.kind for issue in compare_texts(source, normalize_locale(source_tag), target,
                                                  normalize_locale(tag)).issues if issue.certain]


@pytest.mark.parametrize(("source", "target", "tag", "expected"), [
    # German "an die" before a figure is "about" (data: the German hedge table)
    ("The club sold about 2,300 season tickets.", "Der Verein verkaufte an die 2300 Dauerkarten.", "de-DE", []),
    ("The club sold more than 2,300 season tickets.", "Der Verein verkaufte an die 2300 Dauerkarten.", "de-AT",
     ["hedge"]),
])
def test_german_an_die_hedges(source: str, target: str, tag: str, expected: list[str]) -> None:
    assert kinds(source, target, tag) == expected


@pytest.mark.parametrize(("tag", "word", "value"), [
    ("sr-Latn-RS", "miliona", 10 ** 6), ("sr-Latn", "milijardi", 10 ** 9), ("sr-RS", "милиона", 10 ** 6),
])
def test_a_script_reads_its_own_cldr_words(tag: str, word: str, value: int) -> None:
    """A tag naming a script other than its language's usual one reads CLDR's words in that script."""
    assert table(normalize_locale(tag)).scales[word] == value


def test_serbian_latin_scale_word_is_read() -> None:
    assert kinds("The fund lent 3.4 million euros to farmers.", "Fond je poljoprivrednicima pozajmio "
                 "3,4 miliona evra.", "sr-Latn-RS") == []
    assert kinds("The fund lent 3.4 million euros to farmers.", "Fond je poljoprivrednicima pozajmio "
                 "3,4 milijardi evra.", "sr-Latn-RS") == ["scale"]
