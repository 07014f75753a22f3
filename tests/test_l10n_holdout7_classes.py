"""Localization mechanisms met on the seventh holdout: each test is a class of translation, written
here in sentences of its own, in languages other than the one that showed it."""

from __future__ import annotations

import pytest

from factlint.l10n.compare import compare_texts
from factlint.l10n.locales import normalize_locale
from factlint.l10n.parse import parse_figures


def kinds(source: str, target: str, tag: str, source_tag: str = "en") -> list[str]:
    return [issue.kind for issue in compare_texts(source, normalize_locale(source_tag), target,
                                                  normalize_locale(tag)).issues]


def units(text: str, tag: str) -> list[str | None]:
    return [figure.unit for figure in parse_figures(text, normalize_locale(tag))]


@pytest.mark.parametrize(("text", "tag", "expected"), [
    # "new" is an ordinary word though "New Taiwan dollar" is a currency's name
    ("Şirket 5 yeni fabrika açtı.", "tr-TR", [None]),
    ("Het bedrijf opende 5 nieuwe fabrieken.", "nl-NL", [None]),
    ("Firma otworzyła 5 nowych fabryk.", "pl-PL", [None]),
    # an adjective of a currency's name ("Chinese" of "Chinese yuan") names no currency alone
    ("Er kwamen 12 Chinese bedrijven.", "nl-NL", [None]),
    ("Přišlo 12 japonských firem.", "cs-CZ", [None]),
    # ... but the noun does, wherever the language puts it
    ("Sprzedaż wyniosła 40 mln dolarów.", "pl-PL", ["USD"]),
    ("Продажи составили 40 млн долларов США.", "ru-RU", ["USD"]),
    ("De omzet bedroeg 40 miljoen dollar.", "nl-NL", ["USD"]),
])
def test_a_currency_word_is_no_ordinary_word(text: str, tag: str, expected: list[str | None]) -> None:
    assert units(text, tag) == expected


@pytest.mark.parametrize(("text", "tag", "expected"), [
    # the region's own currency, in its name and its symbol in letters
    ("Sprzedaż wyniosła 3,4 mld zł.", "pl-PL", ["PLN"]),
    ("Försäljningen uppgick till 12 miljarder kronor.", "sv-SE", ["SEK"]),
    ("Jualan mencecah RM4.5 bilion.", "ms-MY", ["MYR"]),
    ("Tržby dosáhly 8 miliard Kč.", "cs-CZ", ["CZK"]),
])
def test_the_regions_own_currency(text: str, tag: str, expected: list[str]) -> None:
    assert units(text, tag) == expected


@pytest.mark.parametrize(("source", "target", "tag", "expected"), [
    ("Exports reached $4.1 billion.", "Eksport osiągnął 4,1 mld zł.", "pl-PL", ["currency"]),
    ("Exports reached 4.1 billion zlotys.", "Eksport osiągnął 4,1 mld zł.", "pl-PL", []),
    ("Exports reached $4.1 billion.", "Exporten nådde 4,1 miljarder kronor.", "sv-SE", ["currency"]),
    # a currency the source names by a code the table does not read: a scale error is still one
    ("Profits were SEK 12.4 billion.", "Vinsten blev 12,4 biljoner kronor.", "sv-SE", ["scale"]),
])
def test_a_currency_of_the_region_is_compared(source: str, target: str, tag: str, expected: list[str]) -> None:
    assert kinds(source, target, tag) == expected
