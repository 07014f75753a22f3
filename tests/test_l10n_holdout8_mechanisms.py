"""Localization mechanisms met on the eighth holdout, each in sentences written here: articles after
hedges, hedges with two readings, counters of tenths, multiples in words, particles before a hedge,
currencies named by CLDR in any script, number words of the languages read from CLDR, abbreviated
scale words, compound number words joined by a conjunction."""

from __future__ import annotations

import pytest

from factlint.l10n.compare import compare_texts
from factlint.l10n.locales import normalize_locale


def kinds(source: str, target: str, tag: str, source_tag: str = "en") -> list[str]:
    return [issue.kind for issue in compare_texts(source, normalize_locale(source_tag), target,
                                                  normalize_locale(tag)).issues]


@pytest.mark.parametrize(("source", "target", "tag", "expected"), [
    # an article between the hedge and its figure, or fused with the hedge's preposition
    ("Wheat accounts for about 27% of the harvest.", "El trigo representa alrededor del 27% de la cosecha.",
     "es-MX", []),
    ("Wheat accounts for about 27% of the harvest.", "Il grano rappresenta circa il 27% del raccolto.",
     "it-IT", []),
    ("Wheat accounts for about 27% of the harvest.", "O trigo representa cerca dos 27% da colheita.",
     "pt-PT", []),
    # ... and a changed hedge is still one
    ("Wheat accounts for more than 27% of the harvest.", "Il grano rappresenta circa il 27% del raccolto.",
     "it-IT", ["hedge"]),
    # "cerca de" reads "nearly" or "about"; not "more than"
    ("Wheat accounts for about 27% of the harvest.", "El trigo representa cerca del 27 % de la cosecha.",
     "es-CL", []),
    ("Wheat accounts for more than 27% of the harvest.", "El trigo representa cerca del 27 % de la cosecha.",
     "es-CL", ["hedge"]),
])
def test_articles_and_readings_of_hedges(source: str, target: str, tag: str, expected: list[str]) -> None:
    assert kinds(source, target, tag) == expected


@pytest.mark.parametrize(("source", "target", "tag", "expected"), [
    # a currency's noun in a script that writes a syllable a character: two are enough
    ("Chilean exporters earned CLP 940 billion.", "칠레 수출업체들은 9,400억 페소를 벌었다.", "ko-KR", []),
    ("Chilean exporters earned CLP 940 billion.", "칠레 수출업체들은 9,400억 달러를 벌었다.", "ko-KR", ["currency"]),
    # the region's own currency by its noun alone, though the noun is an ordinary word too
    ("A ticket costs VND 45,000.", "Vé có giá 45.000 đồng.", "vi-VN", []),
    # a noun several currencies share is the region's own: "korun" in Czech is the Czech crown
    ("The fund paid out CZK 3.2 billion.", "Fond vyplatil 3,2 miliardy korun.", "cs-CZ", []),
    ("The fund paid out SEK 3.2 billion.", "Fond vyplatil 3,2 miliardy korun.", "cs-CZ", ["currency"]),
])
def test_currencies_named_by_cldr(source: str, target: str, tag: str, expected: list[str]) -> None:
    assert kinds(source, target, tag) == expected


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a currency's stem with the genitive or the copula after its vowel, and a hedge after it
    ("The prize was 250 million lira.", "İkramiye 250 milyon liraydı.", []),
    ("Sales topped 4.8 billion lira.", "Satışlar 4,8 milyar liranın üzerine çıktı.", []),
    ("Sales reached nearly 4.8 billion lira.", "Satışlar 4,8 milyar liranın üzerine çıktı.", ["hedge"]),
])
def test_turkish_endings_after_a_vowel(source: str, target: str, expected: list[str]) -> None:
    assert kinds(source, target, "tr-TR") == expected


@pytest.mark.parametrize(("source", "target", "tag", "expected"), [
    # a count of tenths is a percent
    ("Roughly 40% of the rice is exported.", "コメの約4割が輸出される。", "ja-JP", []),
    ("Roughly 40% of the rice is exported.", "コメの約5割が輸出される。", "ja-JP", ["value"]),
    ("Roughly 40% of the rice is exported.", "约四成大米用于出口。", "zh-CN", []),
    # a multiple in words on one side, in digits on the other
    ("Exports nearly tripled in a year.", "輸出は1年でほぼ3倍になった。", "ja-JP", []),
    ("El déficit casi se duplicó en un año.", "The deficit grew nearly 2 times in a year.", "en", []),
    # a particle between a figure and the hedge after it
    ("Nearly a quarter of the seats went to independents.", "의석의 4분의 1에 가까운 수가 무소속에게 돌아갔다.",
     "ko-KR", []),
    ("About a quarter of the seats went to independents.", "의석의 4분의 1에 가까운 수가 무소속에게 돌아갔다.",
     "ko-KR", ["hedge"]),
])
def test_tenths_multiples_and_particles(source: str, target: str, tag: str, expected: list[str]) -> None:
    source_tag = "es" if source.startswith("El ") else "en"
    assert kinds(source, target, tag, source_tag) == expected


@pytest.mark.parametrize(("source", "target", "tag", "expected"), [
    # a compound number word written apart, joined by the language's conjunction
    ("The club signed 31 players.", "El club fichó a treinta y un jugadores.", "es-ES", []),
    ("71 deputies voted against.", "Soixante et onze députés ont voté contre.", "fr-BE", []),
    ("72 deputies voted against.", "Soixante et onze députés ont voté contre.", "fr-BE", ["value"]),
    # two numbers joined by the conjunction stay two
    ("Between 15 and 16 ships were lost.", "Se perdieron entre quince y dieciséis barcos.", "es-ES", []),
])
def test_compound_number_words_written_apart(source: str, target: str, tag: str, expected: list[str]) -> None:
    assert kinds(source, target, tag) == expected


@pytest.mark.parametrize(("source", "target", "tag", "expected"), [
    # a language read from CLDR: its number words spelled by num2words stand for a count in digits
    ("The agency plans 14 launches.", "Агентство планирует четырнадцать пусков.", "ru-RU", []),
    ("The council approved 13 projects.", "Rada schválila třináct projektů.", "cs-CZ", []),
    # ... but are not figures of their own ("năm" is five and a year)
    ("In 2024 the city built 12 schools.", "Trong năm 2024, thành phố đã xây 12 trường học.", "vi-VN", []),
    # a count the other text writes in no words at all is still missing
    ("The agency plans 14 launches.", "Агентство планирует новые пуски.", "ru-RU", ["missing"]),
])
def test_number_words_of_languages_read_from_cldr(source: str, target: str, tag: str, expected: list[str]) -> None:
    assert kinds(source, target, tag) == expected


@pytest.mark.parametrize(("source", "target", "tag", "expected"), [
    # a scale word cut short with a period, as the press abbreviates it
    ("The port handled 96 million tonnes.", "Το λιμάνι διακίνησε 96 εκατ. τόνους.", "el-GR", []),
    ("The port handled 96 billion euros.", "Το λιμάνι διακίνησε 96 εκατ. ευρώ.", "el-GR", ["scale"]),
    # a cut that begins words of two scales, or is a scale word itself, is none
    ("Sold 5 thousand copies.", "Ha venduto 5 mila.", "it-IT", []),
])
def test_abbreviated_scale_words(source: str, target: str, tag: str, expected: list[str]) -> None:
    assert kinds(source, target, tag) == expected


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "top" after a determiner or a possessive is an adjective, not "more than"
    ("The five largest ports moved 310 million tonnes.", "Kenya's top five ports moved 310 million tonnes.", []),
    ("The five largest ports moved 310 million tonnes.", "The top five ports moved 310 million tonnes.", []),
    # ... and a verb of exceeding elsewhere
    ("Exports will reach $5 billion.", "Exports will top $5 billion.", ["hedge"]),
])
def test_a_hedge_word_that_is_an_adjective(source: str, target: str, expected: list[str]) -> None:
    assert kinds(source, target, "en-IN") == expected
