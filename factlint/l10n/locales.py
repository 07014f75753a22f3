"""What each supported language writes around its numbers.

Separators and currency names come from babel's CLDR data; scale words, percent words, hedges and
number words are tables here, because CLDR has no "Milliarde = 10^9" or "万亿 = 10^12". A scale
word's value is exact: English billion = German Milliarde = French milliard = 10^9; English
trillion = German Billion = French billion = 10^12; 万 = 10^4, 亿 = 10^8, 万亿 = 兆 (ja, zh_Hant)
= 10^12; lakh = 10^5, crore = 10^7.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

from factlint.figures.hedges import Direction

E = Decimal(10)

SUPPORTED = ("en", "en_IN", "de", "fr", "es", "it", "pt", "pt_BR", "pt_PT", "zh_Hans", "zh_Hant",
             "ja", "ko", "hi")

A, B, U, R = Direction.ABOVE, Direction.BELOW, Direction.UNDER, Direction.AROUND


@dataclass(frozen=True)
class LocaleTable:
    code: str
    decimal: str  # babel's decimal symbol
    group: str  # babel's group symbol
    scales: dict[str, Decimal]  # scale word -> its value ("Mrd." -> 10^9), lower case
    percent: tuple[str, ...]  # percent sign and words
    points: tuple[str, ...]  # percentage points
    hedges_before: dict[str, Direction]
    hedges_after: dict[str, Direction] = field(default_factory=dict)  # "以上", "左右", "से अधिक"
    number_words: dict[str, int] = field(default_factory=dict)
    currencies: dict[str, str] = field(default_factory=dict)  # word or symbol -> ISO code
    currency_options: dict[str, frozenset[str]] = field(default_factory=dict)  # words several currencies share
    attached_scales: bool = False  # CJK: "3.6万" with no space
    # Verbs that carry a hedge a few words from the figure, in its clause ("übertraf im ersten
    # Halbjahr 8 Milliarden", "superó los 3.400 millones", "5兆円を上回る"): see HEDGE_VERBS.
    hedge_verbs: dict[str, Direction] = field(default_factory=dict)
    verb_sides: tuple[str, ...] = ("before",)
    months: tuple[str, ...] = ()  # month names and abbreviations (babel), lower case: "march", "mär"
    month_numbers: dict[str, int] = field(default_factory=dict)  # the same, to their number
    # Decimal marks the press of the region writes: its own and its language's (Swiss papers write
    # "2,8 Prozent" though CLDR gives de_CH a point).
    decimals: tuple[str, ...] = ()
    scale_currencies: dict[str, str] = field(default_factory=dict)  # "mdd" -> "USD": scale and money in one
    # False for a table built from CLDR alone (ru, nl, pl, tr...): CLDR has no hedge words, so a
    # hedge cannot be compared there and is not reported.
    hedges_known: bool = True
    percent_before: bool = False  # CLDR's percent pattern puts the sign first: Turkish "%38,1"
    percent_words_before: tuple[str, ...] = ()  # the percent word before the number: Turkish "yüzde 7,6"
    suffixes: tuple[str, ...] = ()  # case endings of an agglutinative language: see AGGLUTINATIVE
    scale_stems: dict[str, Decimal] = field(default_factory=dict)  # see CASE_INFLECTED, inflected_stems
    # Latin-letter signs of currencies the locale's own words do not read ("RM", "zł" in English):
    # see letter_signs; matched as written, against the digits
    letter_signs: dict[str, frozenset[str]] = field(default_factory=dict)
    minor_units: dict[str, str] = field(default_factory=dict)  # "groszy" -> "PLN": see MINOR_UNITS
    basis_points: tuple[str, ...] = ()  # see BASIS_POINTS
    point_phrases: dict[str, Decimal] = field(default_factory=dict)  # see POINT_PHRASES
    units: dict[str, str] = field(default_factory=dict)  # see UNIT_WORDS
    articles: tuple[str, ...] = ()  # see ARTICLES
    # Number words of a language read from CLDR (num2words): not read as figures (Vietnamese "năm" is
    # five and a year), only as words a small count in the other text may stand for (compare.py)
    spelled_words: dict[str, int] = field(default_factory=dict)
    tag: str = ""  # the normalized tag the table was built for ("cs_CZ"): its currencies are the region's


_EN_SCALES = {"thousand": E ** 3, "million": E ** 6, "millions": E ** 6, "mn": E ** 6, "m": E ** 6,
              "billion": E ** 9, "billions": E ** 9, "bn": E ** 9, "trillion": E ** 12, "tn": E ** 12,
              "lakh": E ** 5, "lakhs": E ** 5, "crore": E ** 7, "crores": E ** 7}
_EN_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
             "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20}
_EN_HEDGES = {"more than": A, "over": A, "above": A, "beyond": A, "exceeding": A, "at least": A, "upwards of": A,
              "exceed": A, "exceeds": A, "exceeded": A, "surpass": A, "surpassed": A, "surpassing": A,
              "top": A, "tops": A, "topped": A, "topping": A,
              "less than": B, "under": B, "below": B, "up to": B, "at most": B, "fewer than": B,
              "as much as": B, "as many as": B, "as high as": B,
              "nearly": U, "almost": U, "close to": U, "just under": U,
              "about": R, "around": R, "some": R, "roughly": R, "approximately": R}
# Every script's decimal digits as ASCII ones (Devanagari, Arabic-Indic, Bengali, Thai...), and the
# Arabic decimal and group marks as the Latin ones babel gives those locales
_HI_DIGITS = {**{ord(c): str(unicodedata.decimal(c)) for c in map(chr, range(0x660, 0x1100))
                 if unicodedata.category(c) == "Nd"}, ord("٫"): ".", ord("٬"): ","}
_CJK_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6,
               "七": 7, "八": 8, "九": 9}

# "Points" alone, as English writes "rose 9 points" for percentage points (and as index points are
# written on both sides alike): "nueve puntos", "neun Punkte"; each in the singular too, which French
# writes below two ("0,4 point") and others after one ("1 punto"). Data: extend freely.
_BARE_POINTS: dict[str, tuple[str, ...]] = {"es": ("puntos", "punto"), "it": ("punti", "punto"),
                                            "pt": ("pontos", "ponto"), "de": ("punkte", "punkten", "punkt")}

TABLES: dict[str, dict[str, object]] = {
    "en": dict(scales=_EN_SCALES, percent=("percent", "per cent", "%", "pct"),
               points=("percentage points", "percentage point", "points", "point", "pp"), hedges_before=_EN_HEDGES,
               number_words=_EN_WORDS),
    "de": dict(scales={"tausend": E ** 3, "tsd.": E ** 3, "mio.": E ** 6, "mio": E ** 6, "million": E ** 6,
                       "millionen": E ** 6, "mrd.": E ** 9, "mrd": E ** 9, "milliarde": E ** 9,
                       "milliarden": E ** 9, "mia.": E ** 9, "mia": E ** 9, "bio.": E ** 12, "billion": E ** 12,
                       "billionen": E ** 12},
               percent=("prozent", "%"),
               points=("prozentpunkte", "prozentpunkten", "prozentpunkt", *_BARE_POINTS["de"]),
               hedges_before={"mehr als": A, "über": A, "mindestens": A, "gut": A, "weniger als": B,
                              "unter": B, "bis zu": B, "höchstens": B, "knapp": U, "fast": U, "nahezu": U,
                              "beinahe": U, "an die": R, "etwa": R, "rund": R, "ungefähr": R, "circa": R, "ca.": R,
                              "zirka": R},
               hedges_after={"übersteigen": A, "übersteigt": A, "überstieg": A, "überstiegen": A,
                             "überschreiten": A, "überschreitet": A, "überschritten": A, "übertroffen": A},
               number_words={"ein": 1, "eine": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
                             "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12,
                             "zwanzig": 20}),
    "fr": dict(scales={"mille": E ** 3, "million": E ** 6, "millions": E ** 6, "m": E ** 6,
                       "milliard": E ** 9, "milliards": E ** 9, "md": E ** 9, "mds": E ** 9,
                       "billion": E ** 12, "billions": E ** 12},
               percent=("pour cent", "%"), points=("points de pourcentage", "point de pourcentage", "points", "point"),
               hedges_before={"plus de": A, "au moins": A, "au-delà de": A, "moins de": B, "jusqu'à": B,
                              "au-dessus de": A, "au-dessous de": B, "sous les": B, "sous la barre des": B,
                              "dépassé": A, "dépasse": A, "dépassant": A, "dépasser": A, "franchi": A,
                              "près de": U, "presque": U, "quasiment": U, "environ": R, "à peu près": R, "quelque": R,
                              "quelques": R, "approximativement": R},
               number_words={"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
                             "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12,
                             "vingt": 20}),
    "es": dict(scales={"mil millones": E ** 9, "mil": E ** 3, "millón": E ** 6, "millones": E ** 6,
                       "billón": E ** 12, "billones": E ** 12},
               percent=("por ciento", "%"), points=("puntos porcentuales", "punto porcentual", *_BARE_POINTS["es"]),
               hedges_before={"más de": A, "más del": A, "al menos": A, "por lo menos": A, "menos de": B,
                              "menos del": B,
                              "por encima de": A, "por debajo de": B, "ronda el": R, "rondan el": R,
                              "superó": A, "supera": A, "superar": A, "superan": A, "superaron": A,
                              "rondaba el": R, "rondaban el": R, "ronda los": R, "rondan los": R,
                              "casi": U, "cerca de": U, "alrededor de": R, "unos": R, "unas": R,
                              "en torno al": R, "en torno a": R, "en torno a los": R,
                              "hasta": B, "hasta el": B,
                              "aproximadamente": R},
               number_words={"uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
                             "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12,
                             "veinte": 20}),
    "it": dict(scales={"mila": E ** 3, "mille": E ** 3, "milione": E ** 6, "milioni": E ** 6, "mln": E ** 6,
                       "miliardo": E ** 9, "miliardi": E ** 9, "mld": E ** 9, "mila miliardi": E ** 12,
                       "bilione": E ** 12, "bilioni": E ** 12},
               percent=("per cento", "%"), points=("punti percentuali", "punto percentuale", *_BARE_POINTS["it"]),
               hedges_before={"più di": A, "oltre": A, "almeno": A, "meno di": B, "quasi": U,
                              "sotto i": B, "al di sotto di": B, "sopra i": A, "al di sopra di": A,
                              "superato": A, "supera": A, "superare": A, "superano": A,
                              "circa": R, "intorno a": R, "fino a": B},
               number_words={"uno": 1, "una": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6,
                             "sette": 7, "otto": 8, "nove": 9, "dieci": 10, "undici": 11, "dodici": 12,
                             "venti": 20}),
    "pt_BR": dict(scales={"mil": E ** 3, "milhão": E ** 6, "milhões": E ** 6, "bilhão": E ** 9,
                          "bilhões": E ** 9, "bi": E ** 9, "trilhão": E ** 12, "trilhões": E ** 12,
                          "mi": E ** 6, "tri": E ** 12},
                  percent=("por cento", "%"), points=("pontos percentuais", "ponto percentual", *_BARE_POINTS["pt"]),
                  hedges_before={"mais de": A, "pelo menos": A, "menos de": B, "até": B, "de até": B, "quase": U,
                                 "pouco menos de": U, "pouco mais de": A,
                                 "cerca de": R, "aproximadamente": R, "em torno de": R, "acima de": A,
                                 "superou": A, "supera": A, "ultrapassou": A, "ultrapassa": A,
                                 "acima dos": A, "acima das": A, "abaixo de": B, "abaixo dos": B,
                                 "abaixo das": B},
                  number_words={"um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "quatro": 4,
                                "cinco": 5, "seis": 6, "sete": 7, "oito": 8, "nove": 9, "dez": 10,
                                "onze": 11, "doze": 12, "vinte": 20}),
    "pt_PT": dict(scales={"mil milhões": E ** 9, "mil": E ** 3, "milhão": E ** 6, "milhões": E ** 6,
                          "bilião": E ** 12, "biliões": E ** 12},
                  percent=("por cento", "%"), points=("pontos percentuais", "ponto percentual", *_BARE_POINTS["pt"]),
                  hedges_before={"mais de": A, "pelo menos": A, "menos de": B, "até": B, "de até": B, "quase": U,
                                 "pouco menos de": U, "pouco mais de": A,
                                 "cerca de": R, "aproximadamente": R, "acima de": A, "acima dos": A,
                                 "superou": A, "supera": A, "ultrapassou": A, "ultrapassa": A,
                                 "acima das": A, "abaixo de": B, "abaixo dos": B, "abaixo das": B},
                  number_words={"um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "quatro": 4,
                                "cinco": 5, "seis": 6, "sete": 7, "oito": 8, "nove": 9, "dez": 10,
                                "onze": 11, "doze": 12, "vinte": 20}),
    "zh_Hans": dict(scales={"万亿": E ** 12, "万": E ** 4, "亿": E ** 8, "千": E ** 3, "百万": E ** 6,
                            "兆": E ** 12},
                    percent=("%", "％", "百分之"), points=("个百分点",),
                    hedges_before={"超过": A, "逾": A, "至少": A, "不到": B, "不足": B, "最多": B, "近": U,
                                   "将近": U, "接近": U, "约": R, "大约": R, "近乎": U, "约有": R},
                    hedges_after={"多": A, "余": A, "以上": A, "以下": B, "左右": R},
                    number_words=dict(_CJK_DIGITS), attached_scales=True),
    "zh_Hant": dict(scales={"萬億": E ** 12, "兆": E ** 12, "萬": E ** 4, "億": E ** 8, "千": E ** 3,
                            "百萬": E ** 6},
                    percent=("%", "％", "百分之"), points=("個百分點",),
                    hedges_before={"超過": A, "逾": A, "至少": A, "不到": B, "不足": B, "最多": B, "近": U,
                                   "將近": U, "接近": U, "約": R, "大約": R, "約有": R},
                    hedges_after={"多": A, "餘": A, "以上": A, "以下": B, "左右": R},
                    number_words=dict(_CJK_DIGITS), attached_scales=True),
    "ja": dict(scales={"兆": E ** 12, "億": E ** 8, "万": E ** 4, "千": E ** 3},
               percent=("%", "％", "パーセント"), points=("ポイント",),
               hedges_before={"約": R, "およそ": R, "ほぼ": U, "少なくとも": A, "最大": B, "最大で": B, "最高": B},
               hedges_after={"以上": A, "を超えた": A, "を超える": A, "を超え": A, "超え": A, "超": A,
                             "余り": A, "近く": U, "近い": U, "弱": U, "強": A, "未満": B, "以下": B, "程度": R,
                             "前後": R, "ほど": R, "ぐらい": R, "くらい": R},
               number_words=dict(_CJK_DIGITS), attached_scales=True),
    "ko": dict(scales={"조": E ** 12, "억": E ** 8, "만": E ** 4, "천": E ** 3},
               percent=("%", "퍼센트"), points=("%포인트", "포인트", "%p"),
               hedges_before={"약": R, "거의": U, "최소": A, "최대": B},
               hedges_after={"이상": A, "이하": B, "미만": B, "가량": R, "정도": R, "여": A, "가까운": U, "가까이": U,
                             "육박": U, "을 돌파": A,
                             "를 돌파": A, "돌파": A, "을 넘어": A, "를 넘어": A, "을 넘는": A, "를 넘는": A,
                             "을 넘었다": A, "를 넘었다": A, "을 넘어섰다": A, "를 넘어섰다": A},
               number_words={"한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7,
                             "여덟": 8, "아홉": 9, "열": 10, "열한": 11, "열두": 12},
               attached_scales=True),
    "hi": dict(scales={"हज़ार": E ** 3, "हजार": E ** 3, "लाख": E ** 5, "करोड़": E ** 7, "करोड": E ** 7,
                       "अरब": E ** 9, "खरब": E ** 11, "मिलियन": E ** 6, "बिलियन": E ** 9,
                       "lakh": E ** 5, "crore": E ** 7},
               percent=("प्रतिशत", "फीसदी", "फ़ीसदी", "%"), points=("प्रतिशत अंक",),
               hedges_before={"लगभग": R, "करीब": R, "क़रीब": R, "तकरीबन": R, "कम से कम": A, "अधिकतम": B},
               hedges_after={"से अधिक": A, "से ज़्यादा": A, "से ज्यादा": A, "से कम": B, "तक": B},
               number_words={"एक": 1, "दो": 2, "तीन": 3, "चार": 4, "पांच": 5, "पाँच": 5, "छह": 6,
                             "सात": 7, "आठ": 8, "नौ": 9, "दस": 10, "ग्यारह": 11, "बारह": 12}),
}
TABLES["en_IN"] = TABLES["en"]
TABLES["pt"] = TABLES["pt_BR"]

# Currency words that CLDR's display names miss, by language prefix.
EXTRA_CURRENCIES: dict[str, dict[str, str]] = {
    "en": {"yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "dollars": "USD", "dollar": "USD",
           "euros": "EUR", "euro": "EUR", "pounds": "GBP", "yen": "JPY", "won": "KRW", "rupees": "INR",
           "rupee": "INR", "reais": "BRL", "us$": "USD", "$": "USD", "€": "EUR", "£": "GBP",
           "₹": "INR", "rs": "INR", "rs.": "INR", "₩": "KRW", "¥": "CNY", "r$": "BRL", "c$": "CAD",
           "ca$": "CAD", "a$": "AUD", "au$": "AUD", "nz$": "NZD", "hk$": "HKD", "s$": "SGD", "nt$": "TWD",
           "tk": "BDT", "tk.": "BDT"},  # the taka as Bangladesh's English press writes it, which CLDR lacks
    "de": {"yuan": "CNY", "renminbi": "CNY", "us-dollar": "USD", "dollar": "USD", "euro": "EUR",
           "fr.": "CHF", "franken": "CHF",
           "$": "USD", "€": "EUR", "£": "GBP", "¥": "CNY", "yen": "JPY", "rupien": "INR"},
    "fr": {"yuans": "CNY", "yuan": "CNY", "dollars": "USD", "dollars américains": "USD", "euros": "EUR",
           "euro": "EUR", "$": "USD", "€": "EUR", "m€": "EUR", "¥": "CNY", "yens": "JPY", "roupies": "INR"},
    "es": {"yuanes": "CNY", "yuan": "CNY", "dólares": "USD", "euros": "EUR", "$": "USD", "€": "EUR",
           "yenes": "JPY", "yen": "JPY",
           "¥": "CNY", "rupias": "INR"},
    "it": {"yuan": "CNY", "dollari": "USD", "euro": "EUR", "$": "USD", "€": "EUR", "¥": "CNY",
           "rupie": "INR"},
    "pt": {"yuans": "CNY", "iuanes": "CNY", "yuan": "CNY", "dólares": "USD", "euros": "EUR", "$": "USD",
           "us$": "USD", "r$": "BRL", "reais": "BRL", "€": "EUR", "¥": "CNY", "rupias": "INR"},
    "zh": {"元": "CNY", "新台币": "TWD", "新台幣": "TWD", "台币": "TWD", "台幣": "TWD", "港元": "HKD",
           "港币": "HKD", "港幣": "HKD", "人民币": "CNY", "人民幣": "CNY", "美元": "USD", "欧元": "EUR", "歐元": "EUR",
           "日元": "JPY", "日圓": "JPY", "英镑": "GBP", "英鎊": "GBP", "卢比": "INR", "韩元": "KRW",
           "新元": "SGD", "新币": "SGD", "新幣": "SGD", "新加坡元": "SGD", "坡元": "SGD",
           "$": "USD", "¥": "CNY", "￥": "CNY", "€": "EUR"},
    "ja": {"円": "JPY", "ドル": "USD", "米ドル": "USD", "ユーロ": "EUR", "元": "CNY", "人民元": "CNY",
           "ウォン": "KRW", "ルピー": "INR", "¥": "JPY", "￥": "JPY", "$": "USD", "€": "EUR"},
    "ko": {"원": "KRW", "달러": "USD", "미국 달러": "USD", "유로": "EUR", "위안": "CNY", "위안화": "CNY",
           "엔": "JPY", "엔화": "JPY", "$": "USD", "₩": "KRW", "€": "EUR"},
    "hi": {"रुपये": "INR", "रुपए": "INR", "रुपया": "INR", "डॉलर": "USD", "यूरो": "EUR", "युआन": "CNY",
           "$": "USD", "₹": "INR", "€": "EUR", "रु.": "INR"},
    # stems, which take the case endings of AGGLUTINATIVE ("dolara", "avroluk", "dollárt", "euroa")
    "tr": {"dolar": "USD", "avro": "EUR", "lira": "TRY", "tl": "TRY", "sterlin": "GBP", "ruble": "RUB"},
    "fi": {"dollari": "USD", "euro": "EUR"},
    "hu": {"dollár": "USD", "euró": "EUR", "forint": "HUF"},
    # the shekel as the Hebrew press abbreviates it (new shekels), with gershayim or a quotation mark
    "he": {"ש״ח": "ILS", 'ש"ח': "ILS", "שקל": "ILS", "שקלים": "ILS"},
}

# Case endings of the agglutinative languages: a scale or currency word of at least four letters
# may carry one ("58,4 milyar dolara", "5 milyondan fazla", "2 milliárd dollárt", "40 miljoonaa
# euroa"); a shorter one may not ("bin" + "a" is "bina", a building). Data: extend freely.
AGGLUTINATIVE: dict[str, tuple[str, ...]] = {
    "tr": ("a", "e", "ya", "ye", "ı", "i", "u", "ü", "yı", "yi", "yu", "yü", "da", "de", "ta", "te", "dan", "den",
           "tan", "ten", "ın", "in", "un", "ün", "la", "le", "lık", "lik", "luk", "lük", "lar", "ler", "dır", "dir",
           "lık", "luk",
           # after a vowel the genitive takes an n, the copula and instrumental a y ("liranın", "liraydı")
           "nın", "nin", "nun", "nün", "ydı", "ydi", "ydu", "ydü", "yla", "yle",
           "dı", "di", "du", "dü", "tı", "ti", "tu", "tü"),
    "fi": ("on", "an", "än", "en", "un", "yn",  # illative: "euroon", to euros
           "a", "ä", "ta", "tä", "n", "ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "ksi", "na",
           "nä", "in", "iin"),
    "hu": ("t", "ot", "et", "öt", "at", "ra", "re", "ba", "be", "ban", "ben", "ból", "ből", "ról", "ről", "val",
           "vel", "ral", "rel", "tal", "tel", "nak", "nek", "hoz", "hez", "höz", "tól", "től", "ig", "os", "es", "as",
           "nyi"),
}
MIN_STEM = 4

# Fusional languages that decline their scale words by case and number: CLDR gives a few forms
# ("miljoni", "miljonu", "miljons"), the press writes any ("41,3 miljonus", the accusative;
# "миллионами", "milionach"). Their stems, found from CLDR's forms (see inflected_stems), are read
# with any short ending. Data: extend freely.
CASE_INFLECTED: frozenset[str] = frozenset({
    "lv", "lt", "pl", "cs", "sk", "sl", "hr", "sr", "bs", "ru", "uk", "be", "bg", "ro", "el", "is"})
INFLECTED_STEM = 5  # shorter common prefixes ("tysi" of "tysiąc" and "tysięcy") say too little
CASE_ENDING = 4  # the longest ending read after a stem: "tūksto" + "šiem", "миллион" + "ами"


# Verbs of exceeding and of falling below ("fell below 20 million tonnes", "2000万トンを下回った",
# "跌破1万点") or reaching at most, by language: the hedge of "more than 5 trillion yen"
# as other languages write it, in a verb before or after the figure. Data: extend freely.
HEDGE_VERBS: dict[str, dict[str, Direction]] = {
    "en": {"exceeded": A, "exceeds": A, "exceed": A, "surpassed": A, "topped": A, "passed": A, "crossed": A},
    "de": {**{w: A for w in ("übertraf", "übertrafen", "übertrifft", "übertreffen", "übertroffen", "überstieg",
                             "überstiegen", "übersteigt", "übersteigen", "überschritt", "überschritten",
                             "überschreitet")},
           **{w: B for w in ("unterschritt", "unterschritten", "unterschreitet")}},
    "fr": {**{w: A for w in ("dépassé", "dépasse", "dépassent", "dépassant", "dépasser", "franchi", "excédé")},
           **{w: U for w in ("frôle", "frôlé", "frôlent", "avoisine", "avoisiné")}},
    "es": {**{w: A for w in ("superó", "superaron", "supera", "superan", "superar", "rebasó", "rebasa",
                             "sobrepasó", "excedió", "excede")},
           **{w: U for w in ("roza", "rozó", "rozan", "ronda", "rondó")}},
    "pt": {w: A for w in ("superou", "superaram", "supera", "superam", "ultrapassou", "ultrapassaram",
                          "ultrapassa", "excedeu")},
    "it": {**{w: A for w in ("superato", "supera", "superano", "superò", "oltrepassato", "superati")},
           **{w: U for w in ("sfiora", "sfiorano", "sfiorato", "sfiorò")}},  # "che sfiora i 620 milioni": nearly
    "zh": {**{w: A for w in ("超过", "超過", "突破", "逾", "高于", "高於")},
           # "最高將達320億美元": as much as; "最大積雪深度達18公分": at most (a maximum reached); "跌破":
           # fell below; "不及2015年的一半": not reaching, less than
           **{w: B for w in ("最高", "最大", "最多", "高达", "高達", "跌破", "低于", "低於", "不及")}},
    "ja": {**{w: A for w in ("上回る", "上回り", "上回った", "上回って", "超える", "超え", "超えた", "突破")},
           **{w: B for w in ("下回る", "下回り", "下回った", "下回って", "割り込", "割った", "割る")}},
    "ko": {**{w: A for w in ("넘어", "넘었", "넘는", "넘겼", "돌파", "웃돌", "초과")},
           **{w: B for w in ("밑돌", "하회", "밑으로")}},
    "hi": {w: A for w in ("पार", "से ऊपर")},
    "ru": {w: A for w in ("превысил", "превысила", "превысило", "превысили", "превышает", "превышают",
                          "превзошёл", "превзошла", "превзошли", "перевалил", "перевалила", "перевалили")},
    "pl": {w: A for w in ("przekroczył", "przekroczyła", "przekroczyło", "przekroczyły", "przekracza",
                          "przekraczają", "przekroczy")},
    "tr": {**{w: A for w in ("aştı", "aşan", "aşarak", "aşıyor")},  # not "geçen": also "last" (geçen yıl)
           **{w: B for w in ("altına düştü", "altına indi", "altında kaldı")}},
    "nl": {w: A for w in ("overschreed", "overschreden", "overschrijdt", "overtrof", "overtroffen", "overtreft")},
    "sv": {w: A for w in ("översteg", "överstiger", "överskred", "överskrider", "passerade")},
}


# Prepositions that, right before a figure, make it no object of a hedge verb before them: the
# margin ("exceeded the forecast by 5%") or a companion ("topped the chart with 9.9 million").
# Data: extend freely.
MARGIN_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("with", "by"), "de": ("mit", "um"), "fr": ("avec", "par"), "es": ("con", "por"), "it": ("con",),
    "pt": ("com", "por"), "nl": ("met",), "sv": ("med",), "pl": ("o",), "ru": ("на",),
}
# Hedge words that are adjectives after a determiner or a possessive ("the top seven cities", "India's
# top 10 firms": no verb of exceeding), by language, with those determiners. Data: extend freely.
ADJECTIVE_HEDGES: dict[str, tuple[str, ...]] = {"en": ("top",)}
DETERMINERS: dict[str, tuple[str, ...]] = {"en": ("the", "its", "their", "our", "his", "her", "your", "'s", "’s",
                                                  "these", "those", "this", "that")}
# Particles that may stand between a figure and a hedge written after it ("5분의 1에 가까운", "2割に近い",
# "100억 달러를 넘는"): a case ending of the figure's noun phrase, not part of the hedge. Data: extend freely.
# Words of a rate that stand between a hedge and its figure, before it ("最高時速285km": up to 285
# km/h) or after the figure and its unit ("160 किमी प्रति घंटे तक"): the hedge reaches across them.
# Data: extend freely.
RATE_WORDS: dict[str, tuple[str, ...]] = {
    "ja": ("時速", "秒速", "分速", "年間", "月間", "日量"), "zh": ("时速", "時速", "每小时", "每小時", "每年", "每天"),
    "ko": ("시속", "연간", "하루"), "hi": ("प्रति घंटे", "प्रति घंटा", "प्रति दिन", "प्रतिदिन", "प्रति वर्ष", "सालाना"),
    "en": ("an hour", "per hour", "a day", "per day", "a year", "per year", "/h"),
}
# Words that, right before a figure, are known to hedge nothing: prepositions, conjunctions and
# verbs of being that introduce an amount ("Erlöse von 18 Billionen", "with 2.3 million", "un total
# de 85 millones", "比重为27%"). A hedge mismatch against a figure with no hedge is reported only when
# the words before that figure are of these (or a German noun, or nothing): any other word may be a
# hedge no table knows ("passou de", "under-26s"), which is uncertainty, not an error. A word that
# ends a hedge phrase ("de" of "plus de") needs a known word before it too. Data: extend freely.
PLAIN_BEFORE: dict[str, frozenset[str]] = {
    "en": frozenset({"to", "of", "with", "from", "by", "at", "in", "for", "on", "and", "or", "was", "were",
                     "is", "are", "be", "been", "totalled", "totaled", "reached", "its", "their", "the", "a",
                     "an", "than", "total"}),
    "de": frozenset({"von", "auf", "um", "mit", "bei", "in", "im", "für", "zu", "zum", "zur", "und", "oder",
                     "ist", "sind", "war", "waren", "als", "den", "der", "die", "das", "dem", "des", "insgesamt",
                     "betrug", "betrugen", "beträgt", "betragen", "erreichte", "erreichten", "erreicht"}),
    "fr": frozenset({"de", "d'", "d’", "à", "en", "pour", "et", "ou", "est", "sont", "était", "avec", "sur",
                     "par", "total", "le", "la", "les", "l'", "l’", "du", "des", "au", "aux"}),
    "es": frozenset({"de", "a", "en", "con", "para", "por", "y", "o", "es", "son", "fue", "fueron", "total",
                     "el", "la", "los", "las", "del", "al"}),
    "it": frozenset({"di", "a", "in", "con", "per", "da", "e", "o", "è", "sono", "era", "totale", "il", "lo",
                     "la", "i", "gli", "le", "l'", "l’", "del", "dei", "al", "ai"}),
    "pt": frozenset({"de", "a", "em", "com", "para", "por", "e", "ou", "é", "são", "foi", "total", "o", "os",
                     "as", "do", "da", "dos", "das", "ao", "no", "na"}),
    "nl": frozenset({"van", "op", "met", "in", "voor", "en", "of", "is", "zijn", "was", "waren", "totaal"}),
    "zh": frozenset("为為是达達的在了至和与與"),
    "ja": frozenset("はがのをにでと"),
}
# Past-participle endings, by language: a participle right before a figure is the clause's verb
# ("sono partiti 29.000 corridori", "se han vendido 3.000 entradas", "foram vendidos 3.000"), which
# hedges nothing, unless it is a form of a hedge the tables know ("superata" of "superato"): see
# parse.plainly_unhedged. Data: extend freely.
PARTICIPLE_ENDINGS: dict[str, tuple[str, ...]] = {
    "it": ("ato", "ata", "ati", "ate", "ito", "ita", "iti", "ite", "uto", "uta", "uti", "ute"),
    "es": ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"),
    "pt": ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"),
}
# A hedge's last word cut short before a vowel ("près d'un dixième", "più d'un terzo"): the hedge
# is read in that form too. Data: extend freely.
ELISIONS: dict[str, dict[str, str]] = {"fr": {"de": "d", "que": "qu"}, "it": {"di": "d"}}
# Particles and case endings between a figure and its hedge after it: Korean "1,000명에 가까운",
# Japanese "5兆円を上回る", Turkish's ablative after an apostrophe ("42.000'den fazla", more than
# 42,000). Data: extend freely.
HEDGE_PARTICLES: dict[str, tuple[str, ...]] = {
    "ko": ("에", "을", "를", "이", "가"), "ja": ("に", "を"),
    "tr": tuple(f"{mark}{ending}" for mark in "'’" for ending in ("den", "dan", "ten", "tan"))}
# Languages that capitalise every noun: there a capital before a number marks no name ("in
# Österreich 1,250 Stellen"). Data: extend freely.
NOUNS_CAPITALISED = frozenset({"de", "lb"})


# Verbs of being that CJK writes between a hedge and its figure ("約佔三分之一": about a third;
# "约为5亿": about 500 million). Data: extend freely.
LINKING_VERBS: dict[str, tuple[str, ...]] = {"zh": ("佔", "占", "为", "為", "达", "達", "合", "是")}


# Hedges and percentage points of the languages whose tables are built from CLDR, which has neither:
# with these, their hedges are compared like any other language's. Keys as in TABLES; "percent" adds
# to CLDR's percent words ("2,9 proc."), "percent_words_before" is a percent word written before the
# number. Data: extend freely.
CLDR_WORDS: dict[str, dict[str, Any]] = {
    "nl": dict(hedges_before={"meer dan": A, "ruim": A, "minstens": A, "ten minste": A, "boven de": A,
                              "minder dan": B, "maximaal": B, "hooguit": B, "onder de": B, "tot wel": B,
                              "bijna": U, "nagenoeg": U, "krap": U, "ongeveer": R, "circa": R, "ca.": R,
                              "zo'n": R, "rond de": R, "omstreeks": R},
               points=("procentpunten", "procentpunt")),
    "pl": dict(hedges_before={"ponad": A, "przeszło": A, "co najmniej": A, "powyżej": A, "więcej niż": A,
                              "mniej niż": B, "poniżej": B, "maksymalnie": B, "prawie": U, "blisko": U,
                              "niemal": U, "niespełna": U, "około": R, "ok.": R, "mniej więcej": R},
               points=("punktu procentowego", "punktów procentowych", "punkty procentowe", "punkt procentowy",
                       "pkt proc.", "pkt. proc.", "p.p.", "pkt"),
               percent=("proc.", "proc", "procent", "procenta", "procentów")),
    "ru": dict(hedges_before={"более чем": A, "более": A, "свыше": A, "не менее": A, "больше": A,
                              "менее чем": B, "менее": B, "не более": B, "меньше": B, "почти": U, "около": R,
                              "примерно": R, "порядка": R, "приблизительно": R, "почти на": U},
               points=("процентного пункта", "процентных пункта", "процентных пунктов", "процентный пункт",
                       "п.п.", "п. п.")),
    "tr": dict(hedges_before={"yaklaşık": R, "tahminen": R, "en az": A, "neredeyse": U, "en fazla": B},
               hedges_after={"fazla": A, "aşkın": A, "üzerinde": A, "üzerine": A, "üstüne": A, "civarında": R,
                             "kadar": B, "altında": B, "altına": B},
               points=("yüzde puan", "puan"), percent_words_before=("yüzde",)),
    "sv": dict(hedges_before={"drygt": A, "över": A, "mer än": A, "minst": A, "mindre än": B, "under": B,
                              "högst": B, "upp till": B, "nästan": U, "knappt": U, "närmare": U, "cirka": R,
                              "ca": R, "ca.": R, "omkring": R, "ungefär": R, "runt": R, "kring": R},
               points=("procentenheter", "procentenhet", "procentenheterna")),
}


# Articles that may stand between a hedge and its figure ("circa il 35%", "cerca de los 300"), and
# the forms a hedge's last preposition takes fused with one ("alrededor del 41%", "près du tiers",
# "intorno al 5%"): a hedge read with these is the same hedge. By language; data: extend freely.
ARTICLES: dict[str, tuple[str, ...]] = {
    "es": ("el", "la", "los", "las"), "it": ("il", "lo", "la", "i", "gli", "le", "l'", "l’"),
    "pt": ("o", "a", "os", "as"), "fr": ("le", "la", "les", "l'", "l’"),
}
FUSED_ARTICLES: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {"de": ("del",), "a": ("al",)},
    "it": {"a": ("al", "allo", "alla", "ai", "agli", "alle", "all'"),
           "di": ("del", "dello", "della", "dei", "degli", "delle", "dell'")},
    "pt": {"de": ("do", "da", "dos", "das"), "a": ("ao", "à", "aos", "às"), "em": ("no", "na", "nos", "nas")},
    "fr": {"de": ("du", "des"), "à": ("au", "aux")},
}


def _with_fused_articles(hedges: dict[str, Direction], language: str) -> dict[str, Direction]:
    """Each hedge ending in a preposition also in its fused forms: "alrededor de" -> "alrededor del"."""
    fused = FUSED_ARTICLES.get(language, {})
    forms = {f"{phrase.rsplit(' ', 1)[0]} {form}": direction
             for phrase, direction in hedges.items() if " " in phrase
             for form in fused.get(phrase.rsplit(" ", 1)[1], ())}
    return {**forms, **hedges}


# Words that are "up to" before a figure, or the "to" of a change ("subió un 10 % hasta 641.000",
# "rose 10% to 641,000"): a figure hedged with one may be written with "up to" or with no hedge.
UP_TO_OR_TO = frozenset({"hasta", "hasta el", "até", "fino a", "तक"})
# Hedges with two readings, either of which the other text may write: Spanish "cerca de" is "nearly"
# or "about" (the RAE gives "casi" and "aproximadamente"). Fused forms ("cerca del") read the same.
# Data: extend freely.
TWO_READINGS: dict[str, frozenset[Direction]] = _with_fused_articles({"cerca de": frozenset({U, R})}, "es")

# Abbreviations that are a scale word and a currency at once: Mexican "600 mdd" (millones de
# dólares), Quebec "13,6 G$" (milliards de dollars). The scale goes in `scales`, the currency here.
SCALE_CURRENCIES: dict[str, dict[str, str]] = {
    "es": {"mdd": "USD", "mdp": "MXN", "mmdd": "USD"},
    "fr": {"g$": "USD", "m$": "USD", "md$": "USD"},  # a bare dollar: compare.py matches it to any dollar
}
_SCALE_CURRENCY_SCALES = {"mdd": E ** 6, "mdp": E ** 6, "mmdd": E ** 9, "g$": E ** 9, "m$": E ** 6, "md$": E ** 9}

# Basis points, a hundredth of a percentage point: "a cut of 25 basis points" is "a quarter point".
BASIS_POINTS: dict[str, tuple[str, ...]] = {
    "en": ("basis points", "basis point", "bps", "bp"), "de": ("basispunkte", "basispunkten", "basispunkt"),
    "fr": ("points de base", "point de base"), "es": ("puntos básicos", "punto básico", "pb"),
    "it": ("punti base", "punto base", "pb"), "pt": ("pontos-base", "pontos base", "pontos básicos", "ponto-base"),
    "zh": ("个基点", "個基點", "基点", "基點"), "ja": ("ベーシスポイント", "bp"), "ko": ("베이시스포인트", "bp"),
    "hi": ("आधार अंक", "बेसिस पॉइंट"),
}
# Fractions of a point in words, as central-bank news writes them (value in percentage points).
POINT_PHRASES: dict[str, dict[str, Decimal]] = {
    "es": {"un cuarto de punto": Decimal("0.25"), "medio punto porcentual": Decimal("0.5"),
           "medio punto": Decimal("0.5")},
    "it": {"un quarto di punto": Decimal("0.25"), "mezzo punto percentuale": Decimal("0.5"),
           "mezzo punto": Decimal("0.5")},
    "fr": {"un quart de point": Decimal("0.25"), "un demi-point": Decimal("0.5"),
           "un demi-point de pourcentage": Decimal("0.5")},
    "pt": {"um quarto de ponto": Decimal("0.25"), "meio ponto percentual": Decimal("0.5"),
           "meio ponto": Decimal("0.5")},
    "de": {"einen Viertelprozentpunkt": Decimal("0.25"), "einen halben Prozentpunkt": Decimal("0.5"),
           "einen Viertelpunkt": Decimal("0.25")},
    "en": {"a quarter point": Decimal("0.25"), "a quarter of a percentage point": Decimal("0.25"),
           "a quarter-point": Decimal("0.25"), "half a percentage point": Decimal("0.5"),
           "half a point": Decimal("0.5"), "a half point": Decimal("0.5"), "half-point": Decimal("0.5"),
           "three quarters of a percentage point": Decimal("0.75")},
}

def _inflected(stems: dict[str, int], endings: tuple[str, ...]) -> dict[str, int]:
    """Every form of each stem: "segund" + ("o", "a", "os", "as")."""
    return {stem + ending: value for stem, value in stems.items() for ending in endings}


# Ordinal words, by language: "ranking second" is "2위", "第2位", "2位"; "the fourth launch" is
# "4차 발사". A figure in digits on one side that the other writes as a word is no missing or extra
# figure (compare.py). Data: extend freely.
ORDINAL_WORDS: dict[str, dict[str, int]] = {
    "en": {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
           "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12},
    "de": _inflected({"erst": 1, "zweit": 2, "dritt": 3, "viert": 4, "fünft": 5, "sechst": 6, "siebt": 7,
                      "acht": 8, "neunt": 9, "zehnt": 10}, ("e", "er", "en", "es", "em")),
    "fr": {"premier": 1, "première": 1, "second": 2, "seconde": 2, "deuxième": 2, "troisième": 3, "quatrième": 4,
           "cinquième": 5, "sixième": 6, "septième": 7, "huitième": 8, "neuvième": 9, "dixième": 10},
    "es": {"primer": 1, "tercer": 3, **_inflected({"primer": 1, "segund": 2, "tercer": 3, "cuart": 4, "quint": 5,
                                                   "sext": 6, "séptim": 7, "octav": 8, "noven": 9, "décim": 10},
                                                  ("o", "a", "os", "as"))},
    "it": _inflected({"prim": 1, "second": 2, "terz": 3, "quart": 4, "quint": 5, "sest": 6, "settim": 7,
                      "ottav": 8, "non": 9, "decim": 10}, ("o", "a", "i", "e")),
    "pt": _inflected({"primeir": 1, "segund": 2, "terceir": 3, "quart": 4, "quint": 5, "sext": 6, "sétim": 7,
                      "oitav": 8, "non": 9, "décim": 10}, ("o", "a", "os", "as")),
    "nl": {"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "vijfde": 5, "zesde": 6, "zevende": 7, "achtste": 8,
           "negende": 9, "tiende": 10},
    "hi": _inflected({"पहल": 1, "दूसर": 2, "तीसर": 3, "चौथ": 4}, ("ा", "े", "ी")),
    "ko": {"첫": 1, "첫째": 1, "둘째": 2, "셋째": 3, "넷째": 4},
}


# The endings an ordinal takes for gender and number, by language: num2words spells the masculine
# singular ("trentesimo"), the text may write "trentesima". Data: extend freely.
ORDINAL_ENDINGS: dict[str, tuple[str, tuple[str, ...]]] = {
    "it": ("o", ("o", "a", "i", "e")), "es": ("o", ("o", "a", "os", "as")), "pt": ("o", ("o", "a", "os", "as")),
    "de": ("e", ("e", "er", "en", "es", "em")), "nl": ("e", ("e",)), "fr": ("e", ("e", "es")),
}


@lru_cache(maxsize=64)
def spelled_ordinals(language: str) -> dict[str, int]:
    """The ordinals 1 to 100 as num2words spells them, one word each, in every ending of
    ORDINAL_ENDINGS ("trentesima" 30, "einundzwanzigsten" 21); none where num2words lacks them."""
    spelled = _number_words()["ordinal"].get(language)
    if not spelled:  # the language has no ordinals
        return {}
    last, endings = ORDINAL_ENDINGS.get(language, ("", ("",)))
    words: dict[str, int] = {}
    for number in range(1, 101):
        word = spelled.get(str(number))
        if word is None or " " in word or len(word) < 4:  # none for this one (ko 10), or a phrase
            continue
        stem = word[:-len(last)] if last and word.endswith(last) else None
        words.update({stem + ending: number for ending in endings} if stem else {word: number})
    return words


NUMBER_WORDS = Path(__file__).parent / "data" / "number_words.json"
_SPELLED = (*range(1, 21), 30, 40, 50, 60, 70, 80, 90)


@lru_cache(maxsize=1)
def _number_words() -> dict[str, dict[str, dict[str, str] | None]]:
    """num2words' cardinals (`_SPELLED`) and ordinals (1 to 100) of every language it covers, read
    from `data/number_words.json`, which `number_words_from_num2words` writes: importing num2words
    and spelling them each run was a tenth of `factlint l10n`'s start-up (tests/test_l10n_data.py
    keeps the file equal to what num2words gives)."""
    return json.loads(NUMBER_WORDS.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def number_words_from_num2words() -> dict[str, dict[str, dict[str, str] | None]]:
    """What num2words spells, by kind, language and number; None where a language has no ordinals."""
    from num2words import CONVERTER_CLASSES, num2words

    table: dict[str, dict[str, dict[str, str] | None]] = {"cardinal": {}, "ordinal": {}}
    for language in sorted(CONVERTER_CLASSES):
        cardinals: dict[str, str] | None = {}
        for number in _SPELLED:
            try:
                cardinals[str(number)] = num2words(number, lang=language).lower()  # type: ignore[index]
            except (NotImplementedError, OverflowError):
                cardinals = None
                break
        table["cardinal"][language] = cardinals
        ordinals: dict[str, str] | None = {}
        for number in range(1, 101):
            try:
                ordinals[str(number)] = num2words(number, lang=language, to="ordinal").lower()  # type: ignore[index]
            except (NotImplementedError, AttributeError):
                ordinals = None
                break
            except (OverflowError, TypeError, KeyError, ValueError, IndexError):
                continue
        table["ordinal"][language] = ordinals
    return table


# Words for "both", "the two", by language: a pair counted without a number word ("die beiden
# Fabriken" for "the two factories"). Data: extend freely.
BOTH_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("both",), "de": ("beide", "beiden", "beider", "beides"), "fr": ("tous deux", "toutes deux", "les deux"),
    "es": ("ambos", "ambas", "los dos", "las dos"), "it": ("entrambi", "entrambe", "ambedue", "tutti e due"),
    "pt": ("ambos", "ambas", "os dois", "as duas"), "nl": ("beide", "beiden", "allebei"), "sv": ("båda", "bägge"),
    "da": ("begge",), "pl": ("oba", "obie", "obaj", "obu", "obydwa"), "ru": ("оба", "обе", "обоих", "обеих"),
    "zh": ("两", "兩", "双方", "雙方"), "ja": ("両", "双方"), "ko": ("양", "두"), "hi": ("दोनों",), "tr": ("her iki",),
}


def _fractions_of(numerators: dict[str, int], denominators: dict[int, tuple[str, str]],
                  special: dict[str, Decimal]) -> dict[str, Decimal]:
    """Each numerator word with each denominator, singular after one ("un quinto", "tre quinti",
    "drei Fünftel"), plus the special forms ("la metà", "una quinta parte")."""
    fractions = dict(special)
    for top, n in numerators.items():
        for d, (one, many) in denominators.items():
            if n < d:
                fractions[f"{top} {one if n == 1 else many}"] = Decimal(n) / d
    return fractions


def _english_fractions() -> dict[str, Decimal]:
    """ "a third", "one-third", "two thirds", "three-quarters", "a tenth"..."""
    denominators = {"third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
                    "ninth": 9, "tenth": 10}
    numerators = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "seven": 7, "nine": 9}
    fractions = {"half": Decimal(1) / 2, "a half": Decimal(1) / 2, "one half": Decimal(1) / 2}
    for top, n in numerators.items():
        for bottom, d in denominators.items():
            if n < d:
                for joint in (" ", "-"):
                    fractions[f"{top}{joint}{bottom}{'s' if n > 1 else ''}"] = Decimal(n) / d
    return fractions


# Fractions in words, by language: "about a tenth" is "約10分の1", "two-thirds" "三分之二". They are
# figures, paired with the other text's fraction, but a fraction in words that pairs with none is
# not reported ("half of the votes", "a quarter" of a year): see compare.py. Data: extend freely.
FRACTION_WORDS: dict[str, dict[str, Decimal]] = {
    "en": _english_fractions(),
    "es": _fractions_of({"un": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "siete": 7, "nueve": 9},
                        {3: ("tercio", "tercios"), 4: ("cuarto", "cuartos"), 5: ("quinto", "quintos"),
                         6: ("sexto", "sextos"), 8: ("octavo", "octavos"), 10: ("décimo", "décimos")},
                        {"la mitad": Decimal(1) / 2, "una quinta parte": Decimal(1) / 5,
                         "dos quintas partes": Decimal(2) / 5, "tres cuartas partes": Decimal(3) / 4,
                         "dos terceras partes": Decimal(2) / 3, "una décima parte": Decimal(1) / 10}),
    "fr": _fractions_of({"un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "neuf": 9},
                        {3: ("tiers", "tiers"), 4: ("quart", "quarts"), 5: ("cinquième", "cinquièmes"),
                         6: ("sixième", "sixièmes"), 8: ("huitième", "huitièmes"), 10: ("dixième", "dixièmes")},
                        {"la moitié": Decimal(1) / 2}),
    "de": _fractions_of({"ein": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sieben": 7, "neun": 9},
                        {d: (w, w) for d, w in ((3, "drittel"), (4, "viertel"), (5, "fünftel"), (6, "sechstel"),
                                                (8, "achtel"), (10, "zehntel"))},
                        {"die hälfte": Decimal(1) / 2}),
    "it": _fractions_of({"un": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sette": 7, "nove": 9},
                        {3: ("terzo", "terzi"), 4: ("quarto", "quarti"), 5: ("quinto", "quinti"),
                         6: ("sesto", "sesti"), 8: ("ottavo", "ottavi"), 10: ("decimo", "decimi")},
                        {"la metà": Decimal(1) / 2}),
    "pt": _fractions_of({"um": 1, "dois": 2, "três": 3, "quatro": 4, "cinco": 5, "sete": 7, "nove": 9},
                        {3: ("terço", "terços"), 4: ("quarto", "quartos"), 5: ("quinto", "quintos"),
                         6: ("sexto", "sextos"), 8: ("oitavo", "oitavos"), 10: ("décimo", "décimos")},
                        {"a metade": Decimal(1) / 2}),
    "zh": {"一半": Decimal(1) / 2, "半数": Decimal(1) / 2, "半數": Decimal(1) / 2},
    "ja": {"半分": Decimal(1) / 2, "半数": Decimal(1) / 2},
    "ko": {"절반": Decimal(1) / 2},
    "hi": {"आधा": Decimal(1) / 2, "आधे": Decimal(1) / 2, "एक तिहाई": Decimal(1) / 3, "दो तिहाई": Decimal(2) / 3,
           "एक चौथाई": Decimal(1) / 4},
}
# Counters of tenths, by language: a count of them is a percent ("六成" is 60% in Chinese, "3割" 30%
# in Japanese). Data: extend freely.
TENTHS: dict[str, str] = {"zh": "成", "ja": "割"}
# Multiples in words, by language: "nearly double" is "ほぼ2倍", "triplicó" "3 times". A small count
# in digits that the other text writes as one is no added figure (compare.py). Data: extend freely.
MULTIPLE_WORDS: dict[str, dict[str, int]] = {
    "en": {"double": 2, "doubled": 2, "doubling": 2, "twice": 2, "twofold": 2, "triple": 3, "tripled": 3,
           "treble": 3, "trebled": 3, "threefold": 3, "quadruple": 4, "quadrupled": 4, "fourfold": 4},
    "de": {"doppelt": 2, "verdoppelt": 2, "verdoppelte": 2, "zweifach": 2, "dreifach": 3, "verdreifacht": 3,
           "vierfach": 4, "vervierfacht": 4},
    "fr": {"double": 2, "doublé": 2, "doublement": 2, "triple": 3, "triplé": 3, "quadruplé": 4},
    "es": {"doble": 2, "duplicó": 2, "duplicado": 2, "triple": 3, "triplicó": 3, "triplicado": 3, "cuádruple": 4},
    "it": {"doppio": 2, "raddoppiato": 2, "raddoppiata": 2, "triplo": 3, "triplicato": 3, "quadruplicato": 4},
    "pt": {"dobro": 2, "dobrou": 2, "duplicou": 2, "triplo": 3, "triplicou": 3, "quádruplo": 4},
}
# Endings that make a number word an ordinal or a multiple, by language: "vier" + "te" is "vierte"
# ("jeder Vierte": one in four), "drei" + "mal" "dreimal" (three times), "पाँच" + "वाँ" "पाँचवाँ"
# (every fifth), "vijf" + "de" "vijfde". Applied to every number word of the table, so that any
# small count has its ordinal and multiple; compare.py reads them as forms of the count. Data:
# extend freely.
DERIVED_ENDINGS: dict[str, tuple[str, ...]] = {
    "en": ("fold",), "de": ("te", "ten", "ter", "tes", "tem", "ste", "sten", "mal", "fach", "fache", "fachen"),
    "nl": ("de", "ste", "maal", "voudig"), "hi": ("वाँ", "वें", "वीं", "वां", "वी"),
    "sv": ("de", "dubbelt"), "da": ("de",), "fr": ("ième",),
}
# Nouns that are a count, by language: "a decade" is 10 (years), "two decades" 20, "a dozen" 12.
# A count in digits or words that the other text writes as one is no changed figure. Data: extend
# freely.
COUNT_NOUNS: dict[str, dict[str, int]] = {
    "en": {"decade": 10, "decades": 10, "dozen": 12, "dozens": 12},
    "de": {"jahrzehnt": 10, "jahrzehnte": 10, "jahrzehnten": 10, "dutzend": 12},
    "fr": {"décennie": 10, "décennies": 10, "douzaine": 12},
    "es": {"década": 10, "décadas": 10, "decenio": 10, "decenios": 10, "docena": 12},
    "it": {"decennio": 10, "decenni": 10, "dozzina": 12}, "pt": {"década": 10, "décadas": 10, "dúzia": 12},
    "nl": {"decennium": 10, "decennia": 10, "dozijn": 12}, "hi": {"दशक": 10, "दशकों": 10, "दर्जन": 12},
}
# Fractions written with numbers, by language: {d} the denominator, {n} the numerator, in digits
# or CJK numerals ("10分の1", "三分之二", "3분의 1").
FRACTION_PATTERNS: dict[str, str] = {"ja": "{d}分の{n}", "zh": "{d}分之{n}", "ko": "{d}분의 ?{n}"}
# A fraction before a scale word is a number: "half a million" is 500,000 ("50만", "mezzo milione",
# "medio millón"). Data: extend freely.
SCALE_FRACTIONS: dict[str, dict[str, Decimal]] = {
    "en": {"half a": Decimal("0.5"), "a quarter of a": Decimal("0.25"), "three quarters of a": Decimal("0.75")},
    "es": {"medio": Decimal("0.5")}, "it": {"mezzo": Decimal("0.5")}, "pt": {"meio": Decimal("0.5")},
    "fr": {"un demi-": Decimal("0.5"), "demi-": Decimal("0.5")}, "de": {"eine halbe": Decimal("0.5")},
    # Hindi words of one and a half and two and a half: "डेढ़ करोड़" = 15 million, "ढाई हज़ार" = 2,500
    "hi": {"\u0921\u0947\u095d": Decimal("1.5"), "\u0921\u0947\u0922\u093c": Decimal("1.5"), "ढाई": Decimal("2.5")},
}


# A currency's hundredth, by language (CLDR has no names for them): "50 groszy" is PLN 0.50, "95
# cents" $0.95. A word several currencies share is the region's own currency if it is one of them,
# else the first. Lower case; data: extend freely.
MINOR_UNITS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {"cents": ("USD", "EUR", "AUD", "CAD", "NZD", "HKD", "SGD", "ZAR"), "cent": ("USD", "EUR", "AUD", "CAD"),
           "pence": ("GBP",), "paise": ("INR",), "kopecks": ("RUB",)},
    "de": {"cent": ("EUR",), "rappen": ("CHF",)}, "fr": {"centimes": ("EUR", "CHF"), "cents": ("EUR", "CAD")},
    "it": {"centesimi": ("EUR", "CHF")}, "es": {"céntimos": ("EUR",), "centavos": ("MXN", "ARS", "COP", "CLP")},
    "pt": {"cêntimos": ("EUR",), "centavos": ("BRL",)}, "nl": {"cent": ("EUR",)},
    "pl": {"groszy": ("PLN",), "grosze": ("PLN",), "grosz": ("PLN",)},
    "cs": {"haléřů": ("CZK",), "haléře": ("CZK",)}, "ru": {"копеек": ("RUB",), "копейки": ("RUB",)},
    "uk": {"копійок": ("UAH",), "копійки": ("UAH",)}, "sv": {"öre": ("SEK",)}, "da": {"øre": ("DKK",)},
    "nb": {"øre": ("NOK",)}, "hu": {"fillér": ("HUF",)}, "tr": {"kuruş": ("TRY",)},
    "hi": {"पैसे": ("INR",)},
    # the euro's cent as the euro area's languages decline it
    "lv": {"centi": ("EUR",), "centus": ("EUR",), "centu": ("EUR",), "centiem": ("EUR",)},
    "lt": {"centai": ("EUR",), "centų": ("EUR",), "centus": ("EUR",)}, "et": {"senti": ("EUR",), "senti.": ("EUR",)},
    "sk": {"centov": ("EUR",), "centy": ("EUR",)}, "sl": {"centov": ("EUR",), "cente": ("EUR",)},
    "fi": {"senttiä": ("EUR",), "senttiin": ("EUR",)}, "hr": {"centi": ("EUR",), "centa": ("EUR",)},
    "el": {"λεπτά": ("EUR",)},
}


def _shared_minor_units(language: str) -> dict[str, frozenset[str]]:
    """The hundredths several currencies share ("cents"), as currency options the other text settles."""
    return {word: frozenset(isos) for word, isos in MINOR_UNITS.get(language, {}).items() if len(isos) > 1}


def _minor_units(language: str, babel_code: str) -> dict[str, str]:
    own = _own_currency(babel_code)
    return {word: own if own in isos else isos[0] for word, isos in MINOR_UNITS.get(language, {}).items()}


# CLDR's units news measures in, by its unit ids, as pint names them: every locale's own words for
# them come from CLDR (cldr_unit_words); UNIT_WORDS adds what CLDR leaves out.
CLDR_UNITS = {"mass-tonne": "tonne", "mass-kilogram": "kilogram", "length-kilometer": "kilometer",
              "length-meter": "meter", "length-centimeter": "centimeter", "length-millimeter": "millimeter",
              "length-mile": "mile", "length-foot": "foot", "area-hectare": "hectare",
              "area-square-kilometer": "kilometer ** 2", "area-square-meter": "meter ** 2",
              "volume-cubic-meter": "meter ** 3", "volume-liter": "liter", "power-kilowatt": "kilowatt",
              "power-megawatt": "megawatt", "power-gigawatt": "gigawatt", "energy-kilowatt-hour": "kilowatt_hour"}


@lru_cache(maxsize=64)
def cldr_unit_words(babel_code: str) -> dict[str, str]:
    """The locale's words for CLDR_UNITS written after a number, in every length and plural form
    CLDR gives ("5 Tonnen", "5 ton", "5 公噸", "5 मीट्रिक टन"), lower case. A word of one letter
    ("t", "m", Hindi "ट") is left out, an ideograph ("米") kept: a letter is a scale word, an
    initial or a syllable as often as a unit; so is a Latin abbreviation of two ("ft" is also the
    forint's "Ft": the symbols every language writes are in UNIT_WORDS["*"])."""
    from babel import Locale

    patterns = Locale.parse(babel_code)._data["unit_patterns"]
    words: dict[str, str] = {}
    for unit_id, unit in CLDR_UNITS.items():
        if unit_id not in patterns:
            continue
        for forms in patterns[unit_id].values():
            for category, pattern in forms.items():
                word = " ".join(pattern.split("{0}", 1)[-1].split()).lower() if pattern.startswith("{0}") else ""
                if category != "per" and word and not word.isdigit() and (len(word) > 1 or _ideograph(word)) \
                        and not (len(word) <= 2 and word.isascii()):
                    words.setdefault(word, unit)
    return words


def _ideograph(word: str) -> bool:
    return unicodedata.name(word[0], "").startswith("CJK")


# Physical units, by language, as pint names them ("*": symbols every language writes): a figure
# with a unit is compared with the other text's in one unit, pint converting ("1,860 MW" is
# "186万千瓦", 1.86 million kW). Lower case; data: extend freely.
UNIT_WORDS: dict[str, dict[str, str]] = {
    "*": {"kw": "kilowatt", "mw": "megawatt", "gw": "gigawatt", "kwh": "kilowatt_hour", "mwh": "megawatt_hour",
          "gwh": "gigawatt_hour", "twh": "terawatt_hour", "km": "kilometer", "㎞": "kilometer",
          "km²": "kilometer ** 2", "km2": "kilometer ** 2", "m³": "meter ** 3", "m3": "meter ** 3",
          "kg": "kilogram", "ha": "hectare", "cm": "centimeter", "mm": "millimeter"},
    "en": {"kilowatts": "kilowatt", "kilowatt": "kilowatt", "megawatts": "megawatt", "megawatt": "megawatt",
           "gigawatts": "gigawatt", "gigawatt": "gigawatt", "tonnes": "tonne", "tonne": "tonne", "tons": "tonne",
           "kilometres": "kilometer", "kilometers": "kilometer", "miles": "mile", "hectares": "hectare",
           "cubic metres": "meter ** 3", "cubic meters": "meter ** 3", "square kilometres": "kilometer ** 2",
           "square kilometers": "kilometer ** 2", "barrels": "oil_barrel",
           # never "m", which English also writes for million
           **{f"{prefix}{word}": unit for word in ("metres", "meters", "metre", "meter")
              for prefix, unit in (("", "meter"), ("centi", "centimeter"), ("milli", "millimeter"))},
           "feet": "foot", "foot": "foot", "inches": "inch"},
    "zh": {"千瓦时": "kilowatt_hour", "千瓦時": "kilowatt_hour", "千瓦": "kilowatt", "瓩": "kilowatt",
           "兆瓦": "megawatt", "吉瓦": "gigawatt", "吨": "tonne", "噸": "tonne", "公吨": "tonne", "公里": "kilometer",
           "千米": "kilometer", "立方米": "meter ** 3", "平方公里": "kilometer ** 2", "公顷": "hectare",
           "公頃": "hectare", "桶": "oil_barrel", "米": "meter", "公尺": "meter", "厘米": "centimeter",
           "公分": "centimeter", "毫米": "millimeter", "公釐": "millimeter", "公厘": "millimeter"},
    "ja": {"キロワット時": "kilowatt_hour", "キロワット": "kilowatt", "メガワット": "megawatt",
           "ギガワット": "gigawatt",
           "トン": "tonne", "キロメートル": "kilometer", "キロ": "kilometer", "立方メートル": "meter ** 3",
           "平方キロメートル": "kilometer ** 2", "平方キロ": "kilometer ** 2", "ヘクタール": "hectare",
           "バレル": "oil_barrel", "メートル": "meter", "センチメートル": "centimeter", "センチ": "centimeter",
           "ミリメートル": "millimeter"},
    "ko": {"킬로와트시": "kilowatt_hour", "킬로와트": "kilowatt", "메가와트": "megawatt", "기가와트": "gigawatt",
           "톤": "tonne", "킬로미터": "kilometer", "세제곱미터": "meter ** 3", "헥타르": "hectare",
           "배럴": "oil_barrel", "미터": "meter", "센티미터": "centimeter", "센티": "centimeter",
           "밀리미터": "millimeter"},
    # Hebrew abbreviations with gershayim (or a quotation mark): cubic metres, square kilometres
    "he": {"מ״ק": "meter ** 3", 'מ"ק': "meter ** 3", "קמ״ר": "kilometer ** 2", 'קמ"ר': "kilometer ** 2"},
    "hi": {"टन": "tonne", "किलोमीटर": "kilometer", "किमी": "kilometer", "किलोवाट": "kilowatt", "मेगावाट": "megawatt",
           "गीगावाट": "gigawatt", "हेक्टेयर": "hectare"},
    "de": {"tonnen": "tonne", "tonne": "tonne", "kilometer": "kilometer", "kilowatt": "kilowatt",
           "megawatt": "megawatt", "gigawatt": "gigawatt", "hektar": "hectare", "kubikmeter": "meter ** 3",
           "quadratkilometer": "kilometer ** 2", "barrel": "oil_barrel", "meter": "meter", "metern": "meter",
           "zentimeter": "centimeter", "zentimetern": "centimeter", "millimeter": "millimeter"},
    "fr": {"tonnes": "tonne", "kilomètres": "kilometer", "kilowatts": "kilowatt", "mégawatts": "megawatt",
           "gigawatts": "gigawatt", "hectares": "hectare", "mètres cubes": "meter ** 3", "barils": "oil_barrel",
           "mètres": "meter", "mètre": "meter", "centimètres": "centimeter", "centimètre": "centimeter",
           "millimètres": "millimeter"},
    "es": {"toneladas": "tonne", "kilómetros": "kilometer", "kilovatios": "kilowatt", "megavatios": "megawatt",
           "gigavatios": "gigawatt", "hectáreas": "hectare", "metros cúbicos": "meter ** 3", "barriles": "oil_barrel",
           "metros": "meter", "centímetros": "centimeter", "milímetros": "millimeter"},
    "it": {"tonnellate": "tonne", "chilometri": "kilometer", "kilowatt": "kilowatt", "megawatt": "megawatt",
           "gigawatt": "gigawatt", "ettari": "hectare", "metri cubi": "meter ** 3", "barili": "oil_barrel",
           "metri": "meter", "centimetri": "centimeter", "millimetri": "millimeter"},
    "pt": {"toneladas": "tonne", "quilômetros": "kilometer", "quilómetros": "kilometer", "megawatts": "megawatt",
           "gigawatts": "gigawatt", "hectares": "hectare", "metros cúbicos": "meter ** 3", "barris": "oil_barrel",
           "metros": "meter", "centímetros": "centimeter", "milímetros": "millimeter"},
    "nl": {"ton": "tonne", "kilometer": "kilometer", "megawatt": "megawatt", "gigawatt": "gigawatt",
           "hectare": "hectare"},
    "ru": {"тонн": "tonne", "тонны": "tonne", "мвт": "megawatt", "гвт": "gigawatt", "квт": "kilowatt"},
}


# Decimal marks a region's press writes besides CLDR's: Swiss German papers write "2,8 Prozent"
# though CLDR gives de_CH a point. Elsewhere the other mark is a misread figure. Data: extend freely.
OTHER_DECIMALS: dict[str, tuple[str, ...]] = {"de_CH": (",",), "de_LI": (",",)}

# Percent words of one region: Hong Kong states interest rates in 厘 ("5.875厘" = 5.875%).
# Keyed by territory, then language. Data: extend freely.
REGIONAL_PERCENT: dict[str, dict[str, tuple[str, ...]]] = {"HK": {"zh": ("厘",)}, "MO": {"zh": ("厘",)}}

# Where a language puts such a verb: before the figure (SVO) or after it (SOV: Japanese, Korean,
# Hindi; German subordinate clauses).
VERB_SIDES: dict[str, tuple[str, ...]] = {"ja": ("after",), "ko": ("after",), "hi": ("after",), "tr": ("after",),
                                          "de": ("before", "after"), "nl": ("before", "after")}


class UnknownLocaleError(ValueError):
    pass


def normalize_locale(code: str) -> str:
    """A locale tag as tools write it, in babel's canonical form: "de-DE" -> "de_DE", "zh-CN" and
    "zh_CN" -> "zh_Hans_CN", "zh_HK" -> "zh_Hant_HK", "es-419" -> "es_419", "ZH-hant-tw" ->
    "zh_Hant_TW". Any tag babel parses is accepted when its language has a table (`table_key`);
    otherwise UnknownLocaleError names the languages that do."""
    try:
        locale = _parse(code)
    except ValueError:
        raise UnknownLocaleError(f"unknown locale {code!r}: expected a tag such as de, de-DE, de_CH, "
                                 f"zh-CN, zh_Hans_CN, zh-Hant-TW, pt-BR, es-419 ({_ACCEPTED})") from None
    if _key_of(locale) is None:
        raise UnknownLocaleError(f"no number table for locale {code!r}: expected a tag in one of the "
                                 f"languages {_ACCEPTED}")
    return str(locale)


_ACCEPTED = ("en, de, fr, es, it, pt, zh, ja, ko, hi with hand-written tables, and any other language babel "
             "knows, from CLDR (ru, nl, pl, tr, ar...), with any region or script")


@lru_cache(maxsize=128)
def _parse(code: str) -> Any:
    from babel import Locale
    from babel import UnknownLocaleError as BabelUnknown

    parts = [p for p in re.split(r"[-_.@\s]+", code.strip()) if p]
    if not parts or not parts[0].isalpha():
        raise ValueError(code)
    # BCP-47 and POSIX in any case: language lower, script title, region upper
    fixed = [parts[0].lower()] + [p.title() if len(p) == 4 and p.isalpha() else p.upper() for p in parts[1:]]
    try:
        return Locale.parse("_".join(fixed[:3]))
    except (ValueError, BabelUnknown):
        raise ValueError(code) from None


def _key_of(locale: Any) -> str | None:
    """The table a babel locale reads with: language, with script for Chinese (zh_CN simplified,
    zh_TW and zh_HK traditional), region for Portuguese and Indian English."""
    language, script, territory = locale.language, locale.script, locale.territory
    if language == "zh":
        return "zh_Hant" if script == "Hant" or territory in ("TW", "HK", "MO") else "zh_Hans"
    if language == "pt":
        return "pt_PT" if territory not in (None, "BR") else "pt_BR"
    if language == "en" and territory == "IN":
        return "en_IN"
    if language in TABLES:
        return language
    # every language babel knows runs: its own digits are read as ASCII ones (devanagari_to_ascii);
    # a script other than the language's usual one reads its own CLDR words ("sr_Latn": "miliona")
    return f"{language}_{script}" if script and script != _usual_script(language) else language


def _usual_script(language: str) -> str | None:
    """The script CLDR's likely subtags give a language: "sr" -> "Cyrl", "bs" -> "Latn"."""
    from babel.core import get_global

    likely = get_global("likely_subtags").get(language, "")
    return next((part for part in likely.split("_")[1:] if len(part) == 4), None)


def table_key(code: str) -> str:
    """The table of a normalized tag (or of a table name itself: "zh_Hans", "pt_BR")."""
    if code in TABLES:
        return code
    key = _key_of(_parse(code))
    assert key is not None, code
    return key


@lru_cache(maxsize=32)
def table(code: str) -> LocaleTable:
    """The merged table of a normalized locale: its language's words, plus the separators and
    currency names babel gives for the full tag (de_CH writes 1’000, fr_CA 1 000,5)."""
    from babel.numbers import get_decimal_symbol, get_group_symbol

    key = table_key(code)
    language = key.split("_")[0]
    spec = dict(TABLES[key]) if key in TABLES else _cldr_entry(key)
    extra = SCALE_CURRENCIES.get(language, {})
    spec["scales"] = {**spec["scales"], **{w: _SCALE_CURRENCY_SCALES[w] for w in extra}}  # type: ignore[dict-item]
    babel_code = _babel_tag(code, key)
    regional = REGIONAL_PERCENT.get(babel_code.rsplit("_", 1)[-1] if babel_code.count("_") else "", {})
    spec["percent"] = (*spec["percent"], *regional.get(language, ()))  # type: ignore[misc]
    spec["hedges_before"] = _with_fused_articles(spec["hedges_before"], language)  # type: ignore[arg-type]
    if not spec.get("attached_scales"):
        spec["scales"] = {**_abbreviations(spec["scales"]), **spec["scales"]}  # type: ignore[arg-type]
    currencies = _currency_words(key, babel_code)
    signs = {sign: isos for sign, isos in letter_signs().items() if sign.lower() not in currencies}
    return LocaleTable(
        code=key, tag=code, percent_before=_percent_sign_first(babel_code), basis_points=BASIS_POINTS.get(language, ()),
        point_phrases=POINT_PHRASES.get(language, {}),
        decimal=get_decimal_symbol(babel_code), group=get_group_symbol(babel_code),
        currencies=currencies, currency_options={**currency_options(babel_code), **_shared_letter_signs(signs),
                                                 **_shared_minor_units(language)},
        letter_signs=signs, minor_units=_minor_units(language, babel_code),
        hedge_verbs=HEDGE_VERBS.get(key.split("_")[0], {}), suffixes=AGGLUTINATIVE.get(language, ()),
        scale_stems=inflected_stems(spec["scales"]) if language in CASE_INFLECTED else {},  # type: ignore[arg-type]
        units={word: unit for word, unit in {**cldr_unit_words(babel_code), **UNIT_WORDS["*"],
                                             **UNIT_WORDS.get(language, {})}.items()
               if word not in ORDINARY_WORDS.get(language, ()) and word not in spec["scales"]},
        verb_sides=VERB_SIDES.get(language, ("before",)), articles=ARTICLES.get(language, ()),
        months=_month_names(babel_code),
        month_numbers=_month_numbers(babel_code), scale_currencies=extra,
        decimals=(get_decimal_symbol(babel_code), *OTHER_DECIMALS.get(babel_code, ())),
        **spec)  # type: ignore[arg-type]


def inflected_stems(scales: dict[str, Decimal]) -> dict[str, Decimal]:
    """The stem of each value's scale words in a language that declines them: the prefix its
    written-out forms share ("miljon" of "miljoni", "miljonu", "miljons"), when it is long enough
    and begins no word of another value (a stem any scale word of another value begins would read
    that word as this one)."""
    forms: dict[Decimal, list[str]] = {}
    for word, value in scales.items():
        if word.isalpha() and len(word) >= INFLECTED_STEM:  # abbreviations ("mln", "млрд.") are not declined
            forms.setdefault(value, []).append(word)
    stems: dict[str, Decimal] = {}
    for value, words in forms.items():
        stem = _common_prefix(words)
        if len(stem) >= INFLECTED_STEM and not any(w.startswith(stem) for w, v in scales.items() if v != value):
            stems[stem] = value
    return stems


def _common_prefix(words: list[str]) -> str:
    """The letters all the words begin with."""
    first, last = min(words), max(words)  # the sorted extremes differ first where any two do
    length = next((i for i, (a, b) in enumerate(zip(first, last, strict=False)) if a != b), min(len(first), len(last)))
    return first[:length]


def _abbreviations(scales: dict[str, Decimal]) -> dict[str, Decimal]:
    """A scale word cut short with a period, as the press abbreviates it ("εκατ." of "εκατομμύρια",
    "δισ." of "δισεκατομμύρια"): each cut of three letters or more that the words of only one value
    begin with ("mill." begins both million and milliard in French, and is left out)."""
    values: dict[str, set[Decimal]] = {}
    for word, value in scales.items():
        for length in range(3, len(word) - 1 if len(word) >= 6 else 0):
            if word[:length].isalpha():
                values.setdefault(word[:length], set()).add(value)
    for cut, found in values.items():
        if cut in scales:  # "mila" is a thousand itself, so "mila." is no cut of "mila miliardi"
            found.add(scales[cut])
    return {f"{cut}.": found.pop() for cut, found in values.items() if len(found) == 1}


def _percent_sign_first(babel_code: str) -> bool:
    from babel import Locale

    return Locale.parse(babel_code).percent_formats[None].pattern.lstrip().startswith("%")


def _cldr_entry(language: str) -> dict[str, Any]:
    """A table from CLDR alone, for a language with no hand-written one: its scale words in every
    plural form ("миллиона", "млрд"), its percent sign and unit words ("процентов", "yüzde")."""
    from babel import Locale
    from babel.units import format_unit

    locale = Locale.parse(language)
    scales: dict[str, Decimal] = {}
    for forms in locale._data.get("compact_decimal_formats", {}).values():  # long and short
        for patterns in forms.values():  # plural categories
            for magnitude, pattern in patterns.items():
                word = _scale_word(str(getattr(pattern, "pattern", pattern)))
                zeros = str(getattr(pattern, "pattern", pattern)).count("0")
                if word and int(magnitude) >= 1000 and zeros:
                    scales.setdefault(word.lower(), Decimal(int(magnitude)) / E ** (zeros - 1))
    percent = {locale.number_symbols.get("latn", {}).get("percentSign", "%"), "%"}
    for count in (1, 2, 5, 1.5):
        for length in ("long", "short"):
            unit = re.sub(r"[\d.,\s\u00a0\u202f%]+", " ", format_unit(count, "concentr-percent", length=length,
                                                                   locale=language)).strip()
            if unit:
                percent.add(unit.lower())
    words = CLDR_WORDS.get(language.split("_")[0], {})
    percent = (percent | set(words.get("percent", ()))) - set(words.get("percent_words_before", ()))
    return dict(scales=scales, percent=tuple(sorted(percent, key=len, reverse=True)), points=words.get("points", ()),
                spelled_words=_spelled_numbers(language),
                hedges_before=words.get("hedges_before", {}), hedges_after=words.get("hedges_after", {}),
                percent_words_before=words.get("percent_words_before", ()), hedges_known=bool(words))


def _spelled_numbers(language: str) -> dict[str, int]:
    """The number words of a language read from CLDR, as num2words spells them ("семнадцать" 17,
    "negentig" 90): one word each, of three letters or more; none where num2words lacks the language."""
    spelled = _number_words()["cardinal"].get(language)
    words: dict[str, int] = {}
    for number in _SPELLED:
        word = (spelled or {}).get(str(number))
        if word is not None and len(word) >= 3 and not re.search(r"[\s\-]", word):
            words.setdefault(word, number)
    return words


def _scale_word(pattern: str) -> str:
    """ "0 миллиона" -> "миллиона", "0\u00a0тыс'.'" -> "тыс.", "¤0 mln'.'" -> "mln."; the direction marks
    CLDR writes in Hebrew and Arabic ("\u200f מיליון") are no part of the word a text writes."""
    return re.sub(r"[0#¤\s\u00a0\u202f\u200e\u200f\u061c]+", " ", pattern.replace("'", "")).strip()


def _month_names(babel_code: str) -> tuple[str, ...]:
    return tuple(sorted(_month_numbers(babel_code), key=len, reverse=True))


@lru_cache(maxsize=64)
def _month_numbers(babel_code: str) -> dict[str, int]:
    """Month names and abbreviations (babel), lower case, to their number: "march" and "mär" -> 3,
    Russian "января" and "январь" -> 1."""
    from babel import Locale

    locale = Locale.parse(babel_code)
    numbers: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for number, name in locale.months[context][width].items():
                name = name.lower().rstrip(".")
                if len(name) >= 3 and not any(c.isdigit() for c in name):
                    numbers.setdefault(name, number)
    return numbers


def _babel_tag(code: str, key: str) -> str:
    """The tag babel formats with: the full tag when it names a region, else the table's default."""
    defaults = {"zh_Hans": "zh_Hans_CN", "zh_Hant": "zh_Hant_TW", "pt_BR": "pt_BR", "pt_PT": "pt_PT",
                "pt": "pt_BR"}
    if code in TABLES:
        return defaults.get(code, code)
    return code


_NOUN_FIRST = frozenset({"es", "pt", "fr", "it"})  # "ienes japoneses": the noun alone names the currency

# Ordinary words of a language that CLDR's currency names contain, which never name a currency
# alone: "yeni" is the yen's form in "Japon yeni" and "new" in Turkish ("5 yeni fabrika"). Words of
# the language's country names are found from CLDR (see _ordinary_words); these are the rest,
# mostly "new" of "New Taiwan dollar" in its inflected forms. Data: extend freely.
ORDINARY_WORDS: dict[str, frozenset[str]] = {
    # unit symbols too: Italian and Spanish "ha" is "has" ("nel 2024 ha esportato") far more often than hectares
    "es": frozenset({"nuevos", "nuevo", "ha"}), "pt": frozenset({"novos", "novo"}),
    "fr": frozenset({"nouveaux", "nouveau"}), "it": frozenset({"nuovi", "nuovo", "ha"}),
    "tr": frozenset({"yeni"}), "nl": frozenset({"nieuwe"}),
    "pl": frozenset({"nowy", "nowe", "nowych", "nowego"}), "ru": frozenset({"новый", "новых", "нового"}),
    "da": frozenset({"ny", "nye"}), "sv": frozenset({"ny", "nya"}), "cs": frozenset({"nový", "nové", "nových"}),
    "vi": frozenset({"nhân", "bảng"}),  # "nhân dân tệ" is the yuan, "nhân" a person; "bảng" a table
}


def _add_plural_names(words: dict[str, str], iso: str, babel_code: str) -> None:
    """The plural name ("ienes japoneses") and its head noun ("ienes"), which news writes alone;
    the currency met first (the commonest) keeps a noun that several share ("dólares")."""
    from babel.numbers import get_currency_name

    plural = get_currency_name(iso, 2, babel_code).lower()
    words.setdefault(plural, iso)
    head = plural.split()[0]
    if head not in _ordinary_words(babel_code):
        words.setdefault(head, iso)


def _add_declined_names(words: dict[str, str], iso: str, babel_code: str) -> None:
    """The name in each plural form ("Russian roubles", "российских рублей") and the words of it
    that name the currency alone (see _currency_nouns). The currency met first (the commonest)
    keeps a noun that several share."""
    from babel.numbers import get_currency_name

    nouns = _currency_nouns(babel_code)
    for count in (1, 2, 5):
        name = get_currency_name(iso, count, babel_code).lower()
        words.setdefault(name, iso)
        for word in name.split():
            if word in nouns:
                words.setdefault(word, iso)


@lru_cache(maxsize=64)
def _currency_nouns(babel_code: str) -> frozenset[str]:
    """The words of the common currencies' names that name a currency alone: each name's head, at
    the end where the language puts its nouns (where the words several currencies share stand:
    "dollar" of "Amerikaanse dollar" and "Canadese dollar", so not the adjective "Amerikaanse"), and
    a word several share wherever it stands ("долларов" of "долларов США"); never an ordinary word."""
    from babel.numbers import get_currency_name

    names = {iso: {tuple(get_currency_name(iso, count, babel_code).lower().split()) for count in (1, 2, 5)}
             for iso in _named_currencies(babel_code)}
    owners: dict[str, set[str]] = {}
    for iso, forms in names.items():
        for word in {w for form in forms for w in form}:
            owners.setdefault(word, set()).add(iso)
    shared = {word for word, isos in owners.items() if len(isos) > 1}
    compound = [form for forms in names.values() for form in forms if len(form) > 1]
    head = 0 if sum(f[0] in shared for f in compound) > sum(f[-1] in shared for f in compound) else -1
    nouns = shared | {form[head] for forms in names.values() for form in forms}
    # the region's own currency is named by its noun alone even where that is an ordinary word too
    # ("27.300 đồng" in Vietnam, where "đồng" is also copper)
    own = {form[head] for form in names.get(_own_currency(babel_code) or "", ())}
    return frozenset(w for w in nouns if _long_enough(w) and (w in own or w not in _ordinary_words(babel_code)))


_SYLLABLES = re.compile(r"[\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]")


def _long_enough(word: str) -> bool:
    """A word long enough to name a currency alone: three letters ("R" and "Fr" would read too many
    words), or two syllables of a script that writes one a character (Korean "페소", "달러")."""
    return len(word) >= 3 or (len(word) == 2 and all(_SYLLABLES.match(c) for c in word))


def _own_currency(babel_code: str) -> str | None:
    """The currency of the tag's region, if it names one (babel): IDR for id_ID, SGD for zh_Hans_SG."""
    from babel import Locale
    from babel.numbers import get_territory_currencies

    territory = Locale.parse(babel_code).territory
    own = get_territory_currencies(territory)[:1] if territory else []
    return own[0] if own else None


@lru_cache(maxsize=64)
def _named_currencies(babel_code: str) -> tuple[str, ...]:
    """The currencies whose names the table reads: the region's own first, so that it keeps a noun
    several share ("korun" in Czech is the Czech crown before the Swedish), then the commonest."""
    own = _own_currency(babel_code)
    return ((own,) if own else ()) + tuple(iso for iso in COMMON_CURRENCIES if iso != own)


@lru_cache(maxsize=64)
def _ordinary_words(babel_code: str) -> frozenset[str]:
    """Words of the language that are no currency's name alone: the words of its country names in
    CLDR ("yeni" of "Yeni Zelanda", "amerika" of "Amerika Serikat", "india"), and ORDINARY_WORDS."""
    from babel import Locale

    locale = Locale.parse(babel_code)
    words = {w for name in locale.territories.values() for w in re.split(r"[\s\-]+", name.lower())}
    return frozenset(words | ORDINARY_WORDS.get(locale.language, frozenset()))


# The currencies news writes most, in that order: a word several share ("dollars", "pesos") reads
# as the first of them unless the region has its own (see _local_dollar).
COMMON_CURRENCIES = ("USD", "EUR", "CNY", "JPY", "GBP", "INR", "KRW", "HKD", "BRL", "CHF", "ZAR", "CAD",
                     "AUD", "RUB", "TWD", "MXN", "ARS", "CLP", "COP", "PHP",
                     # then the rest of the world's most traded and most reported currencies
                     "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "TRY", "SGD", "NZD", "IDR", "MYR", "THB",
                     "VND", "SAR", "AED", "ILS", "EGP", "NGN", "KES", "PKR", "BDT", "PEN")
# Signs that stand for several currencies whatever the language: the other text may settle which.
# (A bare "$" is settled in compare.py: only by a dollar the other text writes as one.)
SHARED_SIGNS = {"¥": frozenset({"CNY", "JPY"}), "￥": frozenset({"CNY", "JPY"})}


@lru_cache(maxsize=64)
def currency_options(babel_code: str) -> dict[str, frozenset[str]]:
    """Every currency a word or sign of the locale may name, for those that name several: "pesos"
    in English is Mexico's, Chile's, Colombia's...; "¥" is the yuan or the yen."""
    from babel import Locale
    from babel.numbers import get_currency_name

    locale = Locale.parse(babel_code)
    options: dict[str, set[str]] = {sign: set(isos) for sign, isos in SHARED_SIGNS.items()}
    for iso in COMMON_CURRENCIES:
        for count in (1, 2):
            name = get_currency_name(iso, count, babel_code).lower()
            noun = name.split()[0] if locale.language in _NOUN_FIRST else name.split()[-1]
            for word in {name, noun}:
                if _long_enough(word):
                    options.setdefault(word, set()).add(iso)
        symbol = locale.currency_symbols.get(iso)
        if symbol and not symbol.isalpha():
            options.setdefault(symbol.lower(), set()).add(iso)
    # dollars are settled apart: a bare one by the other text's (compare.py), a regional one by the
    # region (fr_CA "dollars" is the Canadian dollar whatever the source says)
    return {word: frozenset(isos) for word, isos in options.items()
            if len(isos) > 1 and not all(iso.endswith("D") for iso in isos)}


def _currency_words(code: str, babel_code: str) -> dict[str, str]:
    """Currency names in the locale (babel) for the currencies news writes most and the region's
    own (the rupiah's "Rp" in id_ID, "新加坡元" in zh_SG), plus extras."""
    from babel import Locale

    words: dict[str, str] = {}
    locale = Locale.parse(babel_code)
    own = _own_currency(babel_code)
    for iso in _named_currencies(babel_code):
        name = locale.currencies.get(iso)
        if name:
            words[name.lower()] = iso
        if locale.language in _NOUN_FIRST:
            _add_plural_names(words, iso, babel_code)
        else:
            _add_declined_names(words, iso, babel_code)
        symbol = locale.currency_symbols.get(iso)
        # a symbol in letters only for the region's own currency ("Rp", "zł", "kr"): "R" or "Fr" of
        # a foreign one would read too many words
        if symbol and (not symbol.isalpha() or (iso == own and len(symbol) >= 2 and symbol != iso)):
            words.setdefault(symbol.lower(), iso)
        words[iso.lower()] = iso
        if (sign := _home_sign(iso)) is not None:
            words.setdefault(sign, iso)
    words.update(EXTRA_CURRENCIES.get(code.split("_")[0], {}))
    _local_dollar(words, locale.territory)
    if code == "zh_Hant":
        words["元"] = "TWD"  # Taiwan's press: a bare 元 is the New Taiwan dollar
    return words


HOME_SIGNS = Path(__file__).parent / "data" / "home_signs.json"


def _home_sign(iso: str) -> str | None:
    """The sign a currency's own country writes it with in CLDR, its local symbol ("৳" for BDT in
    bn_BD, "₦" for NGN, "₫" for VND), which a translation may carry over. Read from
    `data/home_signs.json`, which `home_signs_from_cldr` derives from babel: loading every country's
    locale data each run doubled the start-up of `factlint l10n` (tests/test_l10n_data.py keeps
    the file equal to what babel gives)."""
    return _home_signs().get(iso)


@lru_cache(maxsize=1)
def _home_signs() -> dict[str, str]:
    return json.loads(HOME_SIGNS.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def home_signs_from_cldr() -> dict[str, str]:
    """Every currency's home sign, from the locales of its country's official languages: a sign
    only, not letters (which would read ordinary words), and not the shared "$"."""
    from babel.numbers import list_currencies

    return {iso: sign for iso in sorted(list_currencies()) if (sign := _home_sign_in_cldr(iso)) is not None}


def _home_sign_in_cldr(iso: str) -> str | None:
    from babel import Locale, UnknownLocaleError
    from babel.languages import get_official_languages

    territory = iso[:2]
    for language in get_official_languages(territory, de_facto=True):
        try:
            locale = Locale.parse(f"{language}_{territory}")
        except (UnknownLocaleError, ValueError):
            continue
        for sign in (locale.currency_symbols.get(iso), locale._data.get("narrow_currency_symbols", {}).get(iso)):
            if sign and not any(c.isalpha() and c.isascii() for c in sign) and sign not in ("$", *SHARED_SIGNS) \
                    and any(unicodedata.category(c)[0] in "LS" for c in sign):  # CLDR's CVE sign is a zero-width space
                return sign
    return None


LETTER_SIGNS = Path(__file__).parent / "data" / "letter_signs.json"


@lru_cache(maxsize=1)
def letter_signs() -> dict[str, frozenset[str]]:
    """Signs in Latin letters that name a currency in any language when written against the digits
    ("RM42.6 million", "Rp 5 triliun", "300 zł", "1 200 Kč"), to the currencies each may name ("kr"
    is the krona and the krone). Read from `data/letter_signs.json` (see letter_signs_from_cldr);
    a locale whose own words read a sign otherwise keeps its reading ("C$" is Canada's in English)."""
    data = json.loads(LETTER_SIGNS.read_text(encoding="utf-8"))
    return {sign: frozenset(isos) for sign, isos in data.items()}


def _shared_letter_signs(signs: dict[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    """The letter signs several currencies share, as currency options ("kr": SEK, NOK, DKK)."""
    return {sign.lower(): isos for sign, isos in signs.items() if len(isos) > 1}


def letter_signs_from_cldr() -> dict[str, list[str]]:
    """The signs CLDR's home locales write the common currencies with, in Latin letters: of two
    characters or more (a lone "R" or "K" reads too many words), not the ISO code (read already), a
    final period dropped ("kr." and "kr" are one sign, its period optional). Only COMMON_CURRENCIES:
    the signs of the others are too often words ("Le", "DA", "FC")."""
    signs: dict[str, set[str]] = {}
    for iso in COMMON_CURRENCIES:
        for sign in _letter_signs_in_cldr(iso):
            signs.setdefault(sign, set()).add(iso)
    return {sign: sorted(isos, key=COMMON_CURRENCIES.index) for sign, isos in sorted(signs.items())}


def _letter_signs_in_cldr(iso: str) -> set[str]:
    from babel import Locale, UnknownLocaleError
    from babel.languages import get_official_languages

    territory, found = iso[:2], set()
    for language in get_official_languages(territory, de_facto=True):
        try:
            locale = Locale.parse(f"{language}_{territory}")
        except (UnknownLocaleError, ValueError):
            continue
        for sign in (locale.currency_symbols.get(iso), locale._data.get("narrow_currency_symbols", {}).get(iso)):
            sign = (sign or "").rstrip(".")
            if len(sign) >= 2 and sign != iso and any(c.isascii() and c.isalpha() for c in sign):
                found.add(sign)
    return found


_NAMES_A_COUNTRY = re.compile(r"us|u\.s|美|米|améric|estadounidense|american|미국", re.IGNORECASE)


def _local_dollar(words: dict[str, str], territory: str | None) -> None:
    """In a region whose currency is a dollar, a dollar that names no country is that one: "dollars"
    in fr_CA is the Canadian dollar, "$" in en_AU the Australian."""
    from babel.numbers import get_territory_currencies

    local = get_territory_currencies(territory)[:1] if territory else []
    if not local or local[0] == "USD":
        return
    if not local[0].endswith("D"):  # a peso written "$" (Chile, Colombia, Mexico): the sign only
        if words.get("$") == "USD" and _local_symbol(local[0], territory) == "$":
            words["$"] = local[0]
        return
    for word, iso in list(words.items()):
        if iso == "USD" and word != "usd" and not _NAMES_A_COUNTRY.search(word):
            words[word] = local[0]


def _local_symbol(iso: str, territory: str | None) -> str | None:
    from babel import Locale
    from babel import UnknownLocaleError as BabelUnknown
    from babel.core import get_global

    languages = get_global("territory_languages").get(territory or "", {})
    for language in languages:
        try:
            return Locale.parse(f"{language}_{territory}").currency_symbols.get(iso)
        except (ValueError, BabelUnknown):  # babel lacks some language-region pairs
            continue
    return None


def devanagari_to_ascii(text: str) -> str:
    """Digits of Devanagari and the other Indic and Arabic scripts as ASCII ones, one character for
    one (offsets keep)."""
    return text.translate(_HI_DIGITS)


def cjk_numeral(text: str) -> int | None:
    """ "十一" -> 11, "二十" -> 20, "三百" -> 300; None if not a numeral."""
    units = {"十": 10, "百": 100, "千": 1000}
    total, digit = 0, None
    for char in text:
        if char in _CJK_DIGITS:
            digit = _CJK_DIGITS[char]
        elif char in units:
            total += (digit if digit is not None else 1) * units[char]
            digit = None
        else:
            return None
    return total + (digit or 0)
