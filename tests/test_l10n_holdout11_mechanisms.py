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


@pytest.mark.parametrize(("source", "target", "tag", "expected"), [
    # a grouped number glued to a capitalised word is a name's token: its separators are no decimal mark
    ("The court applied Decree 31,207 to the case.", "El tribunal aplicó el Decreto 31.207 al caso.", "es-MX", []),
    ("Parliament passed Act 12,044 in March.", "El Congreso aprobó la Ley 12.044 en marzo.", "es-419", []),
    # ... but a grouped number counting the lowercase noun after it is a count, misread or not
    ("Spain added 1,250 jobs in March.", "España sumó 1.250 empleos en marzo.", "es-MX", ["separator"]),
    # ... and in German every noun is capitalised, so a capital before a number names nothing
    ("Austria will cut 1,250 jobs.", "In Österreich 1,250 Stellen werden abgebaut.", "de-AT", ["separator"]),
])
def test_numbers_inside_names(source: str, target: str, tag: str, expected: list[str]) -> None:
    assert kinds(source, target, tag) == expected


@pytest.mark.parametrize(("source", "target", "tag"), [
    ("The Five Eyes alliance shares 12 satellites.", "五眼联盟共享12颗卫星。", "zh-CN"),
    ("Visitors to the Seven Sisters cliffs rose 8%.", "Die Besucherzahl an den Klippen stieg um 8 %.", "de-DE"),
])
def test_capitalised_number_word_in_a_name_is_no_count(source: str, target: str, tag: str) -> None:
    assert kinds(source, target, tag) == []


def test_capitalised_number_word_opening_a_sentence_is_a_count() -> None:
    assert kinds("Five Nordic banks merged.", "Fusionaron bancos nórdicos.", "es-ES") == ["missing"]


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "4 mil 780": a count of thousands and the plain rest after it, one figure (Mexican split style)
    ("La presa almacena 4 mil 780 metros cúbicos por segundo.", "The dam holds 4,780 cubic metres a second.", []),
    ("Se vendieron 12 millones 300 boletos.", "Some 12,000,300 tickets were sold.", []),
    ("La presa almacena 4 mil 780 metros cúbicos por segundo.", "The dam holds 4,870 cubic metres a second.",
     ["value"]),
])
def test_scale_count_and_plain_rest_are_one_figure(source: str, target: str, expected: list[str]) -> None:
    assert kinds(source, target, "en-US", "es-MX") == expected


@pytest.mark.parametrize(("source", "target", "tag"), [
    # ordinals past any hand table, from num2words, in every gender ending
    ("The 47th Venice Biennale drew 12,000 visitors.", "La quarantasettesima Biennale di Venezia ha attirato "
     "12.000 visitatori.", "it-IT"),
    ("The 25th edition sold 8,000 tickets.", "Die fünfundzwanzigste Ausgabe verkaufte 8000 Karten.", "de-DE"),
])
def test_ordinals_from_num2words(source: str, target: str, tag: str) -> None:
    assert kinds(source, target, tag) == []
