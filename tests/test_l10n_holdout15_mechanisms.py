"""Localization mechanisms met on the fifteenth holdout, each in sentences written here."""

from __future__ import annotations

import pytest

from factlint.l10n.compare import compare_texts
from factlint.l10n.locales import _scale_word, normalize_locale


def kinds(source: str, target: str, tag: str, source_tag: str = "en") -> list[str]:
    """The kinds of every issue, sure or not."""
    return [issue.kind for issue in compare_texts(source, normalize_locale(source_tag), target,
                                                  normalize_locale(tag)).issues]


def test_cldrs_direction_marks_are_no_part_of_a_scale_word() -> None:
    assert _scale_word("\u200f 0 מיליון") == "מיליון"


@pytest.mark.parametrize(("source", "target", "tag", "expected"), [
    # Hebrew scale words (CLDR writes them with a direction mark), the shekel and cubic metres abbreviated
    ("The plant supplies about 65 million cubic metres a year, worth 380 million shekels.",
     "המתקן מספק כ-65 מיליון מ״ק בשנה, בשווי 380 מיליון ש״ח.", "he-IL", []),
    ("The plant supplies about 65 million cubic metres a year, worth 380 million shekels.",
     "המתקן מספק כ-65 מיליון מ״ק בשנה, בשווי 830 מיליון ש״ח.", "he-IL", ["value"]),
    # hedge phrases as data: Spanish "en torno al", Portuguese "pouco menos de"
    ("Rail carries about 12% of freight.", "El tren transporta en torno al 12 % de las mercancías.", "es-ES", []),
    ("The queue fell to just under 150,000.", "A fila caiu para pouco menos de 150 mil.", "pt-BR", []),
    # the euro's cent declined in Latvian
    ("Dairies paid 41.2 cents per kilogram.", "Piena pārstrādātāji maksāja 41,2 centus par kilogramu.", "lv-LV", []),
    # "1キロ当たり" is "per kilogram", no figure
    ("Farmers receive ¥118 per kilogram.", "農家は1キロ当たり118円を受け取る。", "ja-JP", []),
    # "4天半" is four and a half days
    ("The wait fell to 4.5 days.", "等待时间缩短至4天半。", "zh-CN", []),
    ("The wait fell to 4.5 days.", "等待时间缩短至5天半。", "zh-CN", ["value"]),
])
def test_holdout15_wordings(source: str, target: str, tag: str, expected: list[str]) -> None:
    assert kinds(source, target, tag) == expected
