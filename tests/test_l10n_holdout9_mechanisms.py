"""Localization mechanisms met on the ninth holdout, each in sentences written here: small number
words as soft figures (accounted for in any form the other text writes them), hedges across a unit
word or an elided article, currencies by their local symbol or with a case ending, figures built of
digits and scale words in sequence, years of another era, every tag babel parses."""

from __future__ import annotations

import pytest

from factlint.l10n.compare import compare_texts
from factlint.l10n.locales import normalize_locale


def kinds(source: str, target: str, tag: str, source_tag: str = "en") -> list[str]:
    return [issue.kind for issue in compare_texts(source, normalize_locale(source_tag), target,
                                                  normalize_locale(tag)).issues]


@pytest.mark.parametrize(("source", "target", "tag", "source_tag", "expected"), [
    # a small number word rephrased: a multiple of a period, an ordinal, a multiple, a word of another language
    ("Rents rose for almost three decades in the city.", "Die Mieten stiegen fast dreißig Jahre lang.",
     "de-DE", "en", []),
    ("Roughly one in six homes is empty.", "Etwa jede sechste Wohnung steht leer.", "de-DE", "en", []),
    ("Imports were four times as high as in 2019.", "Die Importe waren viermal so hoch wie 2019.",
     "de-DE", "en", []),
    ("One in three voters stayed home.", "हर तीसरा मतदाता घर पर रहा।", "hi-IN", "en", []),
    ("About one in seven workers earns it.", "लगभग हर सातवाँ कर्मचारी इसे कमाता है।", "hi-IN", "en", []),
    ("The ferry leaves every ten minutes.", "De veerboot vertrekt elke tien minuten.", "nl-NL", "en", []),
    ("Las exportaciones fueron el doble que el año anterior.", "Exports were two times last year's.", "en-GB",
     "es", []),
    ("Sales fell by two-thirds.", "बिक्री में दो-तिहाई की गिरावट आई।", "hi-IN", "en", []),
    # a count in digits that the other text names by a count noun ("a decade") is no changed value
    ("Vor 10 Jahren lag die Zahl bei 61.", "A decade ago it stood at 61; today it is 75.", "en-GB", "de",
     ["extra"]),
    # ... a word dropped with no form left on the other side is still missing, or added still extra
    ("The crew of four will stay 12 days.", "Die Besatzung bleibt 12 Tage.", "de-DE", "en", ["missing"]),
    ("It will carry 12 probes.", "It will carry 12 probes, five more than last time.", "en-GB", "en", ["extra"]),
    # ... and a number word against a conflicting figure in digits is a changed value
    ("The crew of four will stay 12 days.", "Die Besatzung von 5 Personen bleibt 12 Tage.", "de-DE", "en",
     ["value"]),
])
def test_small_number_words_are_soft(source: str, target: str, tag: str, source_tag: str,
                                     expected: list[str]) -> None:
    assert kinds(source, target, tag, source_tag) == expected


def test_a_number_word_of_a_cldr_language_written_more_often_is_extra() -> None:
    # Czech number words are no figures (a table from CLDR), but one more "tři" than the source has threes
    assert kinds("The three new lines will cost CZK 90 billion.",
                 "Tři nové linky budou stát 90 mld. Kč, třetí o tři roky později.", "cs-CZ") == ["extra"]
    assert kinds("The three new lines will cost CZK 90 billion.", "Tři nové linky budou stát 90 mld. Kč.",
                 "cs-CZ") == []


@pytest.mark.parametrize(("source", "target", "tag", "expected"), [
    # the hedge across a rate word, before the figure or after its unit
    ("The new line runs at up to 320 km/h.", "新線は最高時速320kmで走る。", "ja-JP", []),
    ("Buses run at up to 80 km/h.", "बसें 80 किमी प्रति घंटे तक की रफ़्तार से चलती हैं।", "hi-IN", []),
    ("Buses run at over 80 km/h.", "बसें 80 किमी प्रति घंटे तक की रफ़्तार से चलती हैं।", "hi-IN", ["hedge"]),
    # the hedge's last word elided before a vowel
    ("Nearly a fifth of the budget went to roads.", "Près d'un cinquième du budget est allé aux routes.",
     "fr-FR", []),
    ("More than a fifth of the budget went to roads.", "Près d'un cinquième du budget est allé aux routes.",
     "fr-FR", ["hedge"]),
    # "beyond" bounds from above
    ("Losses grew beyond 700 million euros.", "Las pérdidas superaron los 700 millones de euros.", "es-ES", []),
])
def test_hedges_across_a_rate_word_or_elided(source: str, target: str, tag: str, expected: list[str]) -> None:
    assert kinds(source, target, tag) == expected


@pytest.mark.parametrize(("source", "target", "tag", "expected"), [
    # a currency by the sign its own country writes (CLDR), and by the press's short name
    ("Nigeria raised NGN 450 billion in bonds.", "Nigeria raised ₦450 billion in bonds.", "en-GB", []),
    ("Dhaka set aside BDT 12 billion.", "Dhaka set aside Tk 1,200 crore.", "en-IN", []),
    ("Dhaka set aside BDT 12 billion.", "Dhaka set aside ₹1,200 crore.", "en-IN", ["currency"]),
    # a currency word with a Finnish case ending (illative: "to 12 euros")
    ("The price rose to €12.50.", "Hinta nousi 12,50 euroon.", "fi-FI", []),
    # a name and its year is no amount
    ("Sales rose 4% in the year of Euro 2028.", "Der Absatz stieg im Jahr der Fußball-EM 2028 um 4 Prozent.",
     "de-DE", []),
])
def test_currencies_by_local_sign_or_case_ending(source: str, target: str, tag: str, expected: list[str]) -> None:
    assert kinds(source, target, tag) == expected


@pytest.mark.parametrize(("source", "target", "tag", "expected"), [
    # digits and scale words in sequence, the currency before the first
    ("Ports invested PEN 12.4 billion.", "Los puertos invirtieron S/ 12 mil 400 millones.", "es-PE", []),
    ("Ports invested PEN 12.4 billion.", "Los puertos invirtieron S/ 12 mil 600 millones.", "es-PE", ["value"]),
])
def test_digits_and_scale_words_in_sequence(source: str, target: str, tag: str, expected: list[str]) -> None:
    assert kinds(source, target, tag) == expected


@pytest.mark.parametrize("tag", ["ar-EG", "fa-IR", "bn-BD", "th-TH", "sw"])
def test_every_tag_babel_parses_runs(tag: str) -> None:
    assert isinstance(kinds("Output was 12.5 billion.", "12.5", tag), list)


def test_arabic_indic_digits_and_marks_are_read() -> None:
    assert kinds("Subsidies cost 154.5 and output 537 in 2024.", "كلفت ١٥٤٫٥ وبلغ ٥٣٧ في ٢٠٢٤", "ar-EG") == []
