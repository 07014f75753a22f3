"""Localization mechanisms met on the fourteenth holdout, each in sentences written here."""

from __future__ import annotations

import pytest

from factlint.l10n.compare import compare_texts
from factlint.l10n.locales import cldr_unit_words, normalize_locale


def kinds(source: str, target: str, tag: str, source_tag: str = "en") -> list[str]:
    """The kinds of the sure issues, as a user sees errors."""
    return [issue.kind for issue in compare_texts(source, normalize_locale(source_tag), target,
                                                  normalize_locale(tag)).issues if issue.certain]


def test_unit_words_come_from_cldr_for_every_locale() -> None:
    assert cldr_unit_words("tr")["ton"] == "tonne" and cldr_unit_words("pl")["kilometrów"] == "kilometer"
    assert cldr_unit_words("zh_Hant")["公分"] == "centimeter"  # an ideograph unit is kept
    assert "t" not in cldr_unit_words("en") and "ट" not in cldr_unit_words("hi")  # one letter is not


@pytest.mark.parametrize(("source", "target", "tag", "expected"), [
    # CLDR's words: Turkish "ton", Danish "kilometer", compared in one unit
    ("The port handled 84,300 tonnes of grain in May.", "Liman mayısta 84.300 ton tahıl elleçledi.", "tr-TR", []),
    ("The new cycle lanes add up to 12.5 km.", "De nye cykelstier er i alt 12,5 kilometer.", "da-DK", []),
    # the one amount in tonnes on each side, wherever word order puts it: a value, not missing and extra
    ("The port handled 84,300 tonnes of grain in 2024, 3.1% more than in 2023.",
     "Liman 2023'e göre %3,1 artışla 2024'te 48.300 ton tahıl elleçledi.", "tr-TR", ["value"]),
])
def test_units_as_cldr_writes_them(source: str, target: str, tag: str, expected: list[str]) -> None:
    assert kinds(source, target, tag) == expected


def test_a_hedge_verb_of_a_spaced_script_is_a_whole_word() -> None:
    # "पार" (beyond) begins "पार्सल" (parcel): a vowel sign continues the word, no hedge there
    source = "The post office handled 2.4 million parcels a day."

    def found(target: str) -> list[str]:  # sure or not: a hedge read where there is none is wrong either way
        return [i.kind for i in compare_texts(source, "en", target, normalize_locale("hi-IN")).issues]

    assert found("डाकघर ने रोज़ 24 लाख पार्सल संभाले।") == []
    assert found("डाकघर ने रोज़ 24 लाख का आंकड़ा पार किया।") == ["hedge"]


@pytest.mark.parametrize(("source", "target", "tag", "expected"), [
    # a currency's hundredth is the currency: "PLN 0.40" is "40 groszy"
    ("A bus ticket for children costs PLN 0.40.", "Bilet autobusowy dla dzieci kosztuje 40 groszy.", "pl_PL", []),
    ("A bus ticket for children costs PLN 0.40.", "Bilet autobusowy dla dzieci kosztuje 45 groszy.", "pl_PL",
     ["value"]),
    # "cents" several currencies share: the other text's euro settles it
    ("Farmers were paid 41.5 cents a litre.", "Die Bauern erhielten 41,5 Cent je Liter.", "de-AT", []),
])
def test_hundredths_of_a_currency(source: str, target: str, tag: str, expected: list[str]) -> None:
    assert kinds(source, target, tag) == expected


@pytest.mark.parametrize(("source", "target", "tag", "expected"), [
    # "ほど" after a fraction is Japanese for "roughly"
    ("Imports came to 52,000 tonnes; Kenya supplied roughly a quarter.",
     "輸入量は5万2000トンで、ケニア産がその4分の1ほどを占めた。", "ja-JP", []),
    # "2 h 19 min 48 s" is one race time, as "2:19:48" is
    ("She won in 2:21:07.", "Elle a gagné en 2 h 21 min 07 s.", "fr-FR", []),
])
def test_japanese_hedges_after_and_french_race_times(source: str, target: str, tag: str,
                                                     expected: list[str]) -> None:
    assert kinds(source, target, tag) == expected


def test_a_difference_comes_before_its_level_in_a_head_final_language() -> None:
    # "¥2,000 more than last year" becomes "前年より2000円高い" before the level: no swap
    source = "A night at the lodge now costs ¥12,800, ¥2,000 more than last year."
    assert kinds(source, "山荘の宿泊料は前年より2000円高い1万2800円になった。", "ja-JP") == []
    # coordinated amounts in reverse order still are one
    swapped = "Adults pay ¥12,800 and children ¥6,400."
    assert kinds(swapped, "大人は6400円、子どもは1万2800円を払う。", "ja-JP") == ["swap"]
