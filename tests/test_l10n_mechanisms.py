"""Localization mechanisms met on the sixth holdout: each test is a class of translation, written
here in sentences of its own (units, fractions, number words, agglutinative endings, word order,
hedges and points of the languages read from CLDR)."""

from __future__ import annotations

import pytest

from factlint.l10n.compare import compare_texts
from factlint.l10n.locales import normalize_locale


def kinds(source: str, target: str, tag: str, source_tag: str = "en") -> list[str]:
    return [issue.kind for issue in compare_texts(source, normalize_locale(source_tag), target,
                                                  normalize_locale(tag)).issues]


@pytest.mark.parametrize(("source", "target", "tag", "expected"), [
    # figures set against each other are coordinated, even after "of"
    ("The mayor took 61.3% of the ballots against 38.7% for her rival.",
     "La alcaldesa obtuvo 38,7 % de los votos frente a 61,3 % de su rival.", "es-ES", ["swap"]),
    # a year between two amounts is a date, not a neighbour of their kind
    ("Kerala landed 4.4 million tonnes of rice in 2022-23, and Odisha 1.9 million tonnes.",
     "2022-23 में केरल ने 19 लाख टन और ओडिशा ने 44 लाख टन चावल का उत्पादन किया।", "hi-IN", ["swap"]),
    # a count in words and an amount in digits are not two amounts that could trade places
    ("About 12 million pupils are enrolled, and 48,305 schools will reopen, which will teach in six shifts.",
     "लगभग 1.2 करोड़ छात्र नामांकित हैं, और छह पालियों में पढ़ाने वाले 48,305 स्कूल फिर से खुलेंगे।", "hi-IN", []),
    # two integers that only touch ("4" ends where "three" begins) are two numbers
    ("The 4 reactors will be ready by 2031.", "Les trois réacteurs seront prêts en 2031.", "fr-FR",
     ["value"]),
])
def test_swaps_and_pairing(source: str, target: str, tag: str, expected: list[str]) -> None:
    assert kinds(source, target, tag) == expected


@pytest.mark.parametrize(("source", "target", "tag", "source_tag", "expected"), [
    # a rank in digits in the translation, a word in the source
    ("The airline placed third for punctuality, with 91% of flights on time.",
     "该航空公司准点率排名第3位，91%的航班准时。", "zh-CN", "en", []),
    ("The airline placed third for punctuality, with 91% of flights on time.",
     "항공사는 정시율 91%로 3위를 차지했다.", "ko-KR", "en", []),
    ("Le club a terminé deuxième, avec 71 points.", "The club finished 2nd, with 71 points.", "en-GB", "fr", []),
    # ... and the other way round: "제5차" in the source, "fifth" in the translation
    ("제5차 회의에는 32개국이 참석했다.", "Delegates of 32 countries attended the fifth meeting.", "en", "ko", []),
    # a count the other text does not write at all is still an added figure
    ("The 12 drones were delivered.", "Les 12 drones ont été livrés, 4 de plus que prévu.", "fr-FR", "en", ["extra"]),
])
def test_a_figure_the_other_text_writes_as_a_word(source: str, target: str, tag: str, source_tag: str,
                                                   expected: list[str]) -> None:
    assert kinds(source, target, tag, source_tag) == expected


@pytest.mark.parametrize(("source", "target", "tag", "expected"), [
    # hedges of the languages read from CLDR are compared
    ("The museum drew about 2.1 million visitors.", "Het museum trok ruim 2,1 miljoen bezoekers.", "nl-NL", ["hedge"]),
    ("The museum drew more than 2.1 million visitors.", "Het museum trok ruim 2,1 miljoen bezoekers.", "nl-NL", []),
    ("Exports fell by nearly 3%.", "Eksport spadł o prawie 3 proc.", "pl-PL", []),
    ("Exports fell by nearly 3%.", "Eksport spadł o około 3 proc.", "pl-PL", ["hedge"]),
    ("Sales topped 40 billion roubles.", "Продажи превысили 40 млрд рублей.", "ru-RU", []),
    ("Sales reached nearly 40 billion roubles.", "Продажи составили более 40 млрд рублей.", "ru-RU", ["hedge"]),
    ("Some 7,200 jobs were cut.", "Drygt 7 200 jobb försvann.", "sv-SE", ["hedge"]),
    ("Unemployment was 8.1%, down from roughly 9%.", "İşsizlik yüzde 8,1 oldu, yaklaşık yüzde 9'dan düştü.", "tr-TR",
     []),
    # ... and so are their percentage points
    ("The rate rose 0.6 percentage points.", "Stopa wzrosła o 0,6 proc.", "pl-PL", ["percent_points"]),
    ("The rate rose 0.6 percentage points.", "Stopa wzrosła o 0,6 pkt proc.", "pl-PL", []),
    ("The rate rose 0.6 percentage points.", "De rente steeg 0,6 procent.", "nl-NL", ["percent_points"]),
    ("The rate rose 0.6 percentage points.", "Räntan steg med 0,6 procentenheter.", "sv-SE", []),
    ("The rate rose 0.6 percentage points.", "Ставка выросла на 0,6 процентного пункта.", "ru-RU", []),
    # "points" alone, in words: "nine points" are percentage points as "9 points" are
    ("Support for the plan is 9 points lower than in May.", "El apoyo al plan es ocho puntos menor que en mayo.",
     "es-ES", ["value"]),
    ("Support for the plan is 9 points lower than in May.", "Il sostegno al piano è di nove punti inferiore.", "it-IT",
     []),
    # "hasta" and "até" are "up to", or the "to" of a change
    ("Imports rose 4% to 380,000 tonnes.", "Las importaciones subieron un 4 % hasta 380.000 toneladas.", "es-ES", []),
    ("Grants of up to €2,500 are paid.", "São pagos subsídios até 2500 euros.", "pt-PT", []),
])
def test_hedges_and_points_of_languages_read_from_cldr(source: str, target: str, tag: str,
                                                       expected: list[str]) -> None:
    assert kinds(source, target, tag) == expected


@pytest.mark.parametrize(("text", "tag", "expected"), [
    ("İhracat 12,3 milyar dolara ulaştı.", "tr-TR", [("12300000000", "money", "USD")]),
    ("3 milyondan fazla kişi", "tr-TR", [("3000000", "number", None)]),
    ("Bu yıl 16 bina yıkıldı.", "tr-TR", [("16", "number", None)]),  # "bina" is no "bin" + "a"
    ("A kormány 2 milliárd dollárt költ.", "hu-HU", [("2000000000", "money", "USD")]),
    ("Hanke maksaa 40 miljoonaa euroa.", "fi-FI", [("40000000", "money", "EUR")]),
])
def test_agglutinative_endings(text: str, tag: str, expected: list[tuple[str, str, str | None]]) -> None:
    from decimal import Decimal

    from factlint.l10n.parse import parse_figures

    assert [(f.value, f.kind, f.unit) for f in parse_figures(text, normalize_locale(tag))] == \
        [(Decimal(value), kind, unit) for value, kind, unit in expected]


def test_an_agglutinative_hedge_after_an_ending() -> None:
    assert kinds("More than 3 million tourists came.", "3 milyondan fazla turist geldi.", "tr-TR") == []
    assert kinds("About 3 million tourists came.", "3 milyondan fazla turist geldi.", "tr-TR") == ["hedge"]


@pytest.mark.parametrize(("source", "target", "tag", "expected"), [
    # a fraction in words and one in numbers are one figure, hedge included
    ("Only about a fifth of the forest survived.", "森林のうち残ったのは約5分の1にすぎない。", "ja-JP", []),
    ("Only about a fifth of the forest survived.", "森林のうち残ったのは5分の1を超えた。", "ja-JP", ["hedge"]),
    ("Two-thirds of the members voted yes.", "三分之二的成员投了赞成票。", "zh-CN", []),
    ("Two-thirds of the members voted yes.", "회원의 3분의 1이 찬성했다.", "ko-KR", ["value"]),
    ("Roughly a third of the budget goes to schools.", "Environ un tiers du budget va aux écoles.", "fr-FR", []),
    # a fraction in words may name no figure; one in numbers the source lacks is added
    ("Half of the seats went to the coalition.", "La coalición obtuvo 180 escaños.", "es-ES", ["extra"]),
    ("Prices rose sharply.", "価格は2分の1に下がった。", "ja-JP", ["extra"]),
    # a fraction of a scale word is a number
    ("Nearly half a million people fled.", "거의 50만 명이 피란했다.", "ko-KR", []),
    ("Nearly half a million people fled.", "Casi medio millón de personas huyeron.", "es-ES", []),
    ("Nearly half a million people fled.", "Quasi mezzo milione di persone è fuggito.", "it-IT", []),
    ("Nearly half a million people fled.", "Quase 5 milhões de pessoas fugiram.", "pt-BR", ["scale"]),
    ("The state paid €510,000.", "Lo Stato ha pagato mezzo milione di euro.", "it-IT", ["rounding"]),
])
def test_fractions(source: str, target: str, tag: str, expected: list[str]) -> None:
    assert kinds(source, target, tag) == expected


@pytest.mark.parametrize(("source", "target", "tag", "expected"), [
    # a unit is compared in one unit, whatever each language writes
    ("The wind farm will have a capacity of 2,350 MW.", "该风电场装机容量将达235万千瓦。", "zh-CN", []),
    ("The wind farm will have a capacity of 2,350 MW.", "該風場裝置容量將達235萬瓩。", "zh-TW", []),
    ("The wind farm will have a capacity of 2.35 GW.", "Der Windpark wird 2350 Megawatt leisten.", "de-DE", []),
    ("The wind farm will have a capacity of 2,350 MW.", "该风电场装机容量将达235万瓦。", "zh-CN", ["scale"]),
    ("The wind farm will have a capacity of 2,350 MW.", "该风电场装机容量将达2350兆瓦。", "zh-CN", []),
    ("The harvest reached 1.2 million tonnes.", "収穫量は120万トンに達した。", "ja-JP", []),
    ("The pipeline is 310 miles long.", "El oleoducto mide unos 500 kilómetros.", "es-ES", ["hedge"]),
    # a unit on one side only: the numbers as written, as before
    ("The wind farm will have a capacity of 2,350 MW.", "该风电场装机容量将达2350。", "zh-CN", []),
])
def test_physical_units(source: str, target: str, tag: str, expected: list[str]) -> None:
    assert kinds(source, target, tag) == expected
