"""Read the figures of a text as its locale writes them: "140,82 Milliarden US-Dollar" is
140.82 × 10^9 USD in German and "1万亿元" is 10^12 CNY in Chinese.

Each figure keeps the digits as written, so that a misread separator can be recognised later
("1,528" is 1.528 in German, 1528 in English), and its precision (one unit in the last written
place, scale applied), so that rounding can be judged.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from factlint.figures.hedges import Direction
from factlint.l10n.locales import (
    ADJECTIVE_HEDGES,
    BOTH_WORDS,
    CASE_ENDING,
    COMMON_CURRENCIES,
    COUNT_NOUNS,
    DERIVED_ENDINGS,
    DETERMINERS,
    ELISIONS,
    FRACTION_PATTERNS,
    FRACTION_WORDS,
    HEDGE_PARTICLES,
    LINKING_VERBS,
    MARGIN_WORDS,
    MIN_STEM,
    MULTIPLE_WORDS,
    NOUNS_CAPITALISED,
    ORDINAL_WORDS,
    PARTICIPLE_ENDINGS,
    PLAIN_BEFORE,
    RATE_WORDS,
    SCALE_FRACTIONS,
    TENTHS,
    LocaleTable,
    cjk_numeral,
    devanagari_to_ascii,
    spelled_ordinals,
    table,
)

_SPACES = "\u00a0\u202f\u2009 "
_CLASSIFIERS = "位个個家名项項座条條种種次年月日人亿億万萬元艘只隻台辆輛架所件张張部本户戶间間倍岁歲度号號成割"
_ONE_COUNTS = "亿億万萬倍成割年月日"  # after 一, a figure: 一亿, 一倍, 一成, 一年 (a period, see compare.py)
YEAR_RE = re.compile(r"^(?:19|20)\d\d$")
# Combining marks, which \w does not match though they stand inside a word: Devanagari vowel signs
# and anusvara ("दूरसंचार" holds no "चार", four), Latin accents written apart (NFD text)
_MARKS = "\u0300-\u036f\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963"


@dataclass(frozen=True, slots=True)
class LFigure:
    """One figure of a localized text."""

    text: str  # as written, unit and scale word included
    start: int
    end: int
    value: Decimal  # scale applied
    ulp: Decimal  # one unit in the last written place, scale applied
    kind: str  # money, percent, points, number, year
    unit: str | None  # ISO code, "percent", "pp"
    hedge: Direction | None
    hedge_text: str | None
    digits: str  # the number as written, without scale word or unit ("1,528", "140,82")
    scale: Decimal
    scale_word: str | None
    measure: str | None = None  # a physical unit, as pint names it ("megawatt"): see locales.UNIT_WORDS

    @property
    def loose_ulp(self) -> Decimal:
        """The precision with trailing zeros taken as insignificant ("250,000" may mean 2.5 lakh)."""
        if self.ulp < self.scale:  # decimals written: every written digit counts
            return self.ulp
        last = re.sub(r"\D", "", re.split(r"[^\d.,\u00a0\u202f ]", self.digits)[-1])
        zeros = len(last) - len(last.rstrip("0")) if last.strip("0") else 0
        return self.ulp * Decimal(10) ** zeros

    @property
    def loose_low(self) -> Decimal:
        return self.value - self.loose_ulp / 2

    @property
    def loose_high(self) -> Decimal:
        return self.value + self.loose_ulp / 2

    @property
    def low(self) -> Decimal:
        return self.value - self.ulp / 2

    @property
    def high(self) -> Decimal:
        return self.value + self.ulp / 2


def parse_figures(text: str, locale: str) -> list[LFigure]:
    """Every figure in `text` (a normalized locale code, see locales.normalize_locale)."""
    spec = table(locale)
    plain = _FULL_WIDTH_GROUP.sub(",", devanagari_to_ascii(text.replace("\\$", " $"))).translate(_FULL_WIDTH)
    figures: list[LFigure] = []
    taken: list[tuple[int, int]] = []
    for start, end, digits, value, ulp in _numbers(plain, spec):
        if any(start < e and s < end for s, e in taken):
            continue
        figure = _figure(plain, text, spec, start, end, digits, value, ulp)
        taken.append((figure.start, figure.end))
        figures.append(figure)
    figures.sort(key=lambda f: f.start)
    figures = [_in_a_name(plain, f, spec) for f in figures
               if not _not_a_figure(plain, f) and not _is_date_part(plain, f, spec.months)
               and not _word_of_a_name(plain, f)]
    figures = _full_years(figures, plain)
    figures = _range_starts(figures, plain)
    figures = _percent_first(figures, plain, text, spec)
    figures = sorted(figures + _point_phrases(plain, text, spec, taken), key=lambda f: f.start)
    figures = _fractions(figures, plain, text, spec)  # after "a quarter point", which holds a quarter
    figures = _durations(figures, plain, text, spec)
    figures = _and_a_half(figures, plain) if spec.attached_scales else figures
    return _join_compounds(figures, text) if spec.attached_scales else _join_thousands(figures, text)


# "3天半", "2年半", "1時間半": a counter, then 半, adds a half to the number before it ("半年" after it
# is half a year, another figure)
_AND_A_HALF = re.compile(r"([^\d\s、。，,.半]{1,2})半(?![年月日])")


def _and_a_half(figures: list[LFigure], plain: str) -> list[LFigure]:
    result = []
    for figure in figures:
        half = _AND_A_HALF.match(plain, figure.end)
        if half and figure.kind == "number" and figure.scale_word is None and figure.ulp >= 1:
            figure = replace(figure, value=figure.value + Decimal("0.5"), ulp=Decimal("0.1"),
                             digits=f"{figure.digits}.5")
        result.append(figure)
    return result


def _point_phrases(plain: str, text: str, spec: LocaleTable, taken: list[tuple[int, int]]) -> list[LFigure]:
    """ "a quarter point", "half a percentage point": a change in points written in words."""
    found = []
    taken = list(taken)
    for phrase, points in sorted(spec.point_phrases.items(), key=lambda item: -len(item[0])):  # longest first
        for match in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", plain, re.IGNORECASE):
            if not any(match.start() < e and s < match.end() for s, e in taken):
                taken.append(match.span())
                found.append(LFigure(text[match.start():match.end()], match.start(), match.end(), points,
                                     Decimal("0.01"), "points", "pp", None, None, phrase, Decimal(1), None))
    return found


# Words joining the two ends of a range, in the languages the tables read: between words, or glued
# in CJK ("3至5亿", "3から5億") (data: extend freely)
_RANGE_JOIN = re.compile(r"\s?[-–—~～〜]\s?|\s*(?:至|到|から)\s*|\s+(?:to|and|bis|und|à|et|a|y|e|al|tot|en|से|"
                         r"till|och|do|до|и|ile|ve|és|ja|til|og|sampai|hingga)\s+", re.IGNORECASE)


_PERCENT_FIRST = re.compile(r"百分之([零〇一二两兩三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?|\d+(?:\.\d+)?)")
_CJK_DIGIT = str.maketrans("零〇一二三四五六七八九", "00123456789")


def _percent_first(figures: list[LFigure], plain: str, text: str, spec: LocaleTable) -> list[LFigure]:
    """ "百分之九十五", "百分之3.5": Chinese may write the percent before the number, in numerals."""
    if "百分之" not in spec.percent:
        return figures
    for match in _PERCENT_FIRST.finditer(plain):
        written = match.group(1)
        whole, _, fraction = written.partition("点")
        if written[0].isdigit():
            value = Decimal(written)
        else:
            number = cjk_numeral(whole)
            if number is None:
                continue
            value = Decimal(f"{number}.{fraction.translate(_CJK_DIGIT)}" if fraction else number)
        ulp = Decimal(1).scaleb(-len(fraction or written.partition(".")[2]))
        figures = [f for f in figures if not (f.start < match.end() and match.start() < f.end)]
        figures.append(LFigure(text[match.start():match.end()], match.start(), match.end(), value, ulp,
                               "percent", "percent", None, None, written, Decimal(1), None))
    return sorted(figures, key=lambda f: f.start)


_NUMERAL = r"(\d+|[零〇一二两兩三四五六七八九十百千]+)"


def _fractions(figures: list[LFigure], plain: str, text: str, spec: LocaleTable) -> list[LFigure]:
    """ "a tenth", "two-thirds", "10分の1", "三分之二", "3분의 1": one figure, the fraction's value,
    in place of the numbers written inside it."""
    language = spec.code.split("_")[0]
    found: list[tuple[int, int, Decimal]] = []
    if language in FRACTION_PATTERNS:
        pattern = FRACTION_PATTERNS[language].format(d=_NUMERAL, n=_NUMERAL)
        for match in re.finditer(pattern, plain):
            denominator, numerator = (_numeral(g) for g in match.groups())
            if denominator and numerator and match.group(1) != "百":  # 百分之五 is a percent
                found.append((match.start(), match.end(), Decimal(numerator) / denominator))
    words = FRACTION_WORDS.get(language, {})
    if words:
        for match in _fraction_words_pattern(language, tuple(words)).finditer(plain):
            found.append((match.start(), match.end(), words[match.group(0).lower()]))
    for start, end, value in sorted(found, key=lambda f: f[0] - f[1]):  # longest first
        inside = [f for f in figures if f.start < end and start < f.end]
        if any(f.start < start or f.end > end for f in inside):
            continue  # "half a million" is a number, not a half
        hedge_text, hedge, _, _ = _hedge(plain, spec, start, end)
        digits = plain[start:end]
        figures = [f for f in figures if f not in inside]
        figures.append(LFigure(text[start:end], start, end, value, Decimal("1e-6"), "fraction", None, hedge,
                               hedge_text, digits, Decimal(1), None))
    return sorted(figures, key=lambda f: f.start)


# A race time as its notations write it: "2:09:14", "2h06'44\"", "2 h 19 min 48 s", "2 hours 6 minutes 44 seconds"
_DURATIONS = (re.compile(r"(?<![\d:.,])(\d{1,2}):([0-5]\d):([0-5]\d)(?![\d:])"),
              re.compile(r"(?<![\d.,])(\d{1,2})\s?h\s?([0-5]\d)\s?['′’]\s?([0-5]\d)(?:\s?(?:\"|″|''))?"),
              re.compile(r"(?<![\d.,])(\d{1,2})\s?h\s?([0-5]?\d)\s?min\.?\s?([0-5]?\d)\s?s(?:ec\.?)?(?!\w)"),
              re.compile(r"(?<![\d.,])(\d{1,2}) (?:hours?|horas?|heures?|Stunden?|ore|ora),? (\d{1,2}) "
                         r"(?:minutes?|minutos?|minuti|minuto|Minuten?),?(?: and| y| e| et| und)? (\d{1,2}) "
                         r"(?:seconds?|segundos?|secondes?|secondi|secondo|Sekunden?)\b", re.IGNORECASE),
              re.compile(r"(?<![\d.,])(\d{1,2})\s?(?:시간|時間|小时|小時)\s?(\d{1,2})\s?[분分]\s?(\d{1,2})\s?[초秒]"))


def _durations(figures: list[LFigure], plain: str, text: str, spec: LocaleTable) -> list[LFigure]:
    """A time of hours, minutes and seconds is one figure, in seconds, in place of its parts: "in
    2:09:14" has no figure 2 for a verb before it to hedge ("crossed the line in 2:09:14")."""
    for pattern in _DURATIONS:
        for match in pattern.finditer(plain):
            hours, minutes, seconds = (int(g) for g in match.groups())
            hedge_text, hedge, _, _ = _hedge(plain, spec, match.start(), match.end())
            if hedge_text is not None and hedge_text.lower() in spec.hedge_verbs:
                hedge_text, hedge = None, None  # a verb's object is the line crossed, not the time
            figures = [f for f in figures if not (match.start() <= f.start and f.end <= match.end())]
            figures.append(LFigure(text[match.start():match.end()], match.start(), match.end(),
                                   Decimal(hours * 3600 + minutes * 60 + seconds), Decimal(1), "duration", None,
                                   hedge, hedge_text, match.group(0), Decimal(1), None))
    return sorted(figures, key=lambda f: f.start)


def _numeral(written: str) -> int | None:
    return int(written) if written.isdigit() else cjk_numeral(written)


@lru_cache(maxsize=16)
def _fraction_words_pattern(language: str, words: tuple[str, ...]) -> re.Pattern[str]:
    ordered = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    if language in ("zh", "ja", "ko"):
        return re.compile(ordered)
    return re.compile(rf"(?<![\w-])(?:{ordered})(?![\w-])", re.IGNORECASE)


def _range_starts(figures: list[LFigure], text: str) -> list[LFigure]:
    """The first end of a range takes the scale and currency written after the second: "600 to
    620 million tonnes" is 600 million to 620 million."""
    for i in range(len(figures) - 1):
        first, second = figures[i], figures[i + 1]
        if first.scale_word is None and second.scale_word is not None and first.kind == "number" \
                and first.value < second.value / second.scale \
                and _RANGE_JOIN.fullmatch(text[first.end:second.start]) is not None:
            scale = second.scale
            figures[i] = dataclasses.replace(first, value=first.value * scale, ulp=first.ulp * scale,
                                             kind=second.kind, unit=second.unit, scale=scale,
                                             scale_word=second.scale_word)
    return figures


def _full_years(figures: list[LFigure], text: str) -> list[LFigure]:
    """The end of a year range written short is the following year: "2025-26" is 2025 to 2026, the
    same as "2025-2026" in the other language, not a 26 added by the translation."""
    for i in range(1, len(figures)):
        first, second = figures[i - 1], figures[i]
        short = first.kind == "year" and second.kind == "number" and len(second.digits) == 2 and \
            re.fullmatch(r"\s?[-–/]\s?", text[first.end:second.start]) is not None
        if short and int(second.digits) == (int(first.value) + 1) % 100:
            year = int(first.value) + 1
            figures[i] = dataclasses.replace(second, value=Decimal(year), kind="year", digits=str(year))
    return figures


def _join_thousands(figures: list[LFigure], text: str) -> list[LFigure]:
    """ "5 mil 600 millones" (Mexico) is 5,600 million: a count of thousands, then a number of a
    larger scale, read as one figure in that scale."""
    joined: list[LFigure] = []
    for figure in figures:
        previous = joined[-1] if joined else None
        if previous is not None and _leads(previous, figure) and previous.scale == 1000 and \
                figure.scale > previous.scale and figure.value < figure.scale * 1000 and \
                text[previous.end:figure.start].strip() == "" and figure.start - previous.end <= 2:
            joined[-1] = LFigure(text[previous.start:figure.end], previous.start, figure.end,
                                 previous.value * figure.scale + figure.value, figure.ulp,
                                 previous.kind if figure.kind == "number" else figure.kind,
                                 figure.unit or previous.unit,
                                 previous.hedge or figure.hedge, previous.hedge_text or figure.hedge_text,
                                 f"{previous.digits}{figure.digits}", figure.scale, figure.scale_word,
                                 figure.measure)
            continue
        if previous is not None and _descends(previous, figure) and \
                text[previous.end:figure.start].strip() == "" and figure.start - previous.end <= 2:
            joined[-1] = _added(previous, figure, text)
            continue
        joined.append(figure)
    return joined


def _leads(previous: LFigure, figure: LFigure) -> bool:
    """The count of thousands may carry the currency the whole amount is in: "S/ 18 mil 300 millones"."""
    return previous.kind == "number" or (previous.kind == "money" and figure.unit in (None, previous.unit))


def _added(previous: LFigure, figure: LFigure, text: str) -> LFigure:
    """A count of a larger scale and the smaller rest after it, as one figure: "5兆" + "3529億円",
    "3 millones" + "452 mil"."""
    return LFigure(text[previous.start:figure.end], previous.start, figure.end, previous.value + figure.value,
                   figure.ulp, figure.kind, figure.unit, previous.hedge or figure.hedge,
                   previous.hedge_text or figure.hedge_text, f"{previous.digits}{previous.scale_word}{figure.digits}",
                   figure.scale, figure.scale_word, figure.measure)


def _descends(previous: LFigure, figure: LFigure) -> bool:
    """ "3 millones 452 mil": a whole count of a scale, then the smaller rest, one figure; the rest
    may be plain digits ("3 mil 250" is 3,250, the Mexican split style)."""
    rest = (figure.scale_word is not None and figure.scale < previous.scale) or \
        (figure.kind in ("number", "money") and figure.digits.isdigit() and figure.hedge is None)
    return previous.kind == "number" and previous.scale_word is not None and previous.ulp == previous.scale \
        and rest and figure.value < previous.scale


# Full-width digits, point, comma and percent ("４．５％") as ASCII, one character for one.
# The full-width comma only between digits: elsewhere it is the clause comma of CJK prose
# ("都會區，2025-26年度"), and a number right after it is no continuation of the one before.
_FULL_WIDTH = str.maketrans("０１２３４５６７８９．％", "0123456789.%")
_FULL_WIDTH_GROUP = re.compile(r"(?<=[0-9０-９])，(?=[0-9０-９])")
_DAY_ORDINAL = r"er|re|st|nd|rd|th|º|°|\.º"  # "1er mai", "1st of May", "1º de mayo"
_MONTH_RANGE = re.compile(r"[\s]*[—–\-~～〜至到][\s]*\d{1,2}[\s]*[月월]")


def _is_date_part(text: str, figure: LFigure, months: tuple[str, ...]) -> bool:
    """The day of "March 8", "8 de marzo", "8. März", or the first month of "1—3月", "1至3月",
    "1~3월": parts of a date, whose digits are no figures to carry over."""
    if figure.scale_word is not None or figure.kind != "number" or figure.value > 31 or figure.ulp != 1:
        return False
    if figure.value <= 12 and _MONTH_RANGE.match(text, figure.end):
        return True
    if not months:
        return False
    before = text[max(0, figure.start - 16):figure.start].lower()
    after = text[figure.end:figure.end + 16].lower()
    names = "|".join(re.escape(m) for m in months)
    return bool(re.search(rf"\b(?:{names})\.?\s+$", before)
                or re.match(rf"(?:{_DAY_ORDINAL})?\.?\s+(?:de\s+|of\s+)?(?:{names})\b", after))


# Counters after a 1 that make it the "a" of a rate ("1泊" a night, "1人当たり" per person). Data: extend freely.
# "1" before a unit and "per" is the "a" of "a night", "per kilogram" ("1キロ当たり", "1トン当たり", "1kg당")
_PER_ONE = re.compile(r"泊|晩|人均|[^\d\s、。，,.]{0,5}?(?:当たり|あたり|当|당)")
_PERIOD_LABEL = re.compile(r"\b(?:first|last|past|next|previous|final)\s+$", re.IGNORECASE)
_PERIOD_NOUN = re.compile(r"\s+(?:quarters|months|weeks|days|years|halves)\b", re.IGNORECASE)


# Quarters and halves named by their number (data: extend freely)
_QUARTER_AFTER = re.compile(r"(?:\.?º|\.?ª|e|er|ème|\.|st|nd|rd|th)?\s?(?:trimestre|quartal|quarter|semestre|"
                            r"halbjahr|四半期|분기|季度|季)", re.IGNORECASE)


def _not_a_figure(text: str, figure: LFigure) -> bool:
    """ "12月" and "12월" are months, "9日" a day, "the first three quarters" a period's name;
    "1ドル=" is the base of an exchange rate."""
    if _PERIOD_LABEL.search(text[max(0, figure.start - 12):figure.start]) and \
            _PERIOD_NOUN.match(text, figure.end):
        return True
    if figure.kind == "number" and figure.start > 0 and re.match(r"[A-Za-z]", text[figure.start - 1]) \
            and figure.text[:1].isdigit():
        return True  # "Q3", "H1", "G7": digits glued to letters name a period or a thing ("FY2024" is a year)
    if figure.kind == "number" and figure.value <= 4 and _QUARTER_AFTER.match(text, figure.end):
        return True  # "2.º trimestre", "3. Quartal", "第2四半期", "2분기": a quarter's name, like a month's
    after = text[figure.end:figure.end + 2]
    if figure.scale_word is None and figure.kind == "number" and re.match(r"[月월日일]", after) \
            and figure.value <= 31:
        return True
    if figure.value == 1 and figure.kind == "number" and _PER_ONE.match(text, figure.end):
        return True  # "1泊8000円": the "a" of "a night", as "1日" is of "a day"
    return figure.value == 1 and re.match(r"\s*[=＝]", text[figure.end:figure.end + 3]) is not None


_NAME_WORD = re.compile(rf"(?<![\w.])([A-ZÀ-ÞĀ-ſА-Я][^\W\d_]+)[{_SPACES}]$")
_GROUPED = re.compile(r"\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+")
_COUNTED_AFTER = re.compile(rf"[{_SPACES}]+[^\W\d_A-ZÀ-ÞĀ-ſА-Я]{{4,}}")  # "España 1.250 empleos": a count
_CAPITALISED_NEXT = re.compile(rf"[{_SPACES}]+[A-ZÀ-ÞĀ-ſА-Я]")
_SENTENCE_START = re.compile(rf"(?:^|[.!?:\n\"“«]|[.!?][\"”»])[{_SPACES}]*$")


def _in_a_name(text: str, figure: LFigure, spec: LocaleTable) -> LFigure:
    """A grouped number glued to a capitalised word before it ("Ley 27.491", "Law 27,491", "Boeing
    737") is part of a name: its digits are the name's token, compared without their separators, so
    no locale's separator convention reads it as a decimal. Not before a lowercase word, which it
    counts, nor where every noun is capitalised."""
    if figure.kind != "number" or figure.scale_word or figure.measure or figure.hedge \
            or not _GROUPED.fullmatch(figure.digits) or spec.code.split("_")[0] in NOUNS_CAPITALISED:
        return figure
    word = _NAME_WORD.search(text, 0, figure.start)
    if word is None or _COUNTED_AFTER.match(text, figure.end) \
            or word.group(1).lower() in spec.months or word.group(1).lower() in spec.currencies:
        return figure
    token = Decimal(re.sub(r"\D", "", figure.digits))
    return dataclasses.replace(figure, value=token, ulp=Decimal(1)) if token != figure.value else figure


def _word_of_a_name(text: str, figure: LFigure) -> bool:
    """A capitalised number word inside a sentence, before another capitalised word, is a word of a
    name ("the Three Gorges dam", "the Five Eyes alliance"), no count."""
    return figure.text[:1].isupper() and not any(c.isdigit() for c in figure.digits) \
        and not _SENTENCE_START.search(text, 0, figure.start) and _CAPITALISED_NEXT.match(text, figure.end) is not None


def _join_compounds(figures: list[LFigure], text: str) -> list[LFigure]:
    """ "5兆3529億円" is one figure, 5.3529 × 10^12 yen; "1,408억 2,000만 달러" is 140.82 × 10^9."""
    joined: list[LFigure] = []
    for figure in figures:
        previous = joined[-1] if joined else None
        if previous is not None and previous.unit == "JPY" and previous.text.endswith("円") and \
                previous.end == figure.start and text[figure.end:figure.end + 1] == "銭":
            joined[-1] = LFigure(text[previous.start:figure.end + 1], previous.start, figure.end + 1,
                                 previous.value + figure.value / 100, Decimal("0.01"), "money", "JPY",
                                 previous.hedge, previous.hedge_text, f"{previous.digits}.{figure.digits}",
                                 Decimal(1), None)  # "151円94銭" = 151.94 yen
            continue
        if previous is not None and previous.scale_word and _continues(previous, figure) and \
                (figure.scale < previous.scale if figure.scale_word else figure.value < previous.scale) and \
                text[previous.end:figure.start].strip() == "" and figure.start - previous.end <= 1:
            joined[-1] = _added(previous, figure, text)
            continue
        joined.append(figure)
    return joined


def _continues(previous: LFigure, figure: LFigure) -> bool:
    """ "3兆" then "1325億元": a bare number, or the same currency named before ("新台幣3兆1325億元")."""
    if previous.kind == "number":
        return True
    return previous.kind == figure.kind == "money" and previous.unit == figure.unit and \
        previous.text.endswith(previous.scale_word or "")


@lru_cache(maxsize=32)
def _number_re(group: str, decimal: str) -> re.Pattern[str]:
    # Swiss grouping is written with either apostrophe, typewriter (CLDR's) or typographic
    apostrophes = {"'", "’"} if group in ("'", "’") else set()
    groups = "".join(sorted({group, ",", ".", *_SPACES, *apostrophes} - {decimal}))
    # one grouping mark throughout: "2023/24 386.500" is a year's end and then 386,500, not 24,386.5
    # (and its decimals not three digits after the locale's own group mark, nor another group after it)
    fraction = rf"(?:(?!{re.escape(group)}\d{{3}}(?!\d))[{re.escape(decimal)}.,]\d+)?"
    grouped = rf"\d{{1,3}}([{re.escape(groups)}])\d{{3}}(?:\1\d{{3}})*{fraction}(?![{re.escape(groups)}]\d)"
    indian = r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?"  # 12,34,567
    # the decimal mark repeated can only group: "1,450,000" in Brazil, a misread figure (compare.py)
    misgrouped = rf"\d{{1,3}}(?:{re.escape(decimal)}\d{{3}}){{2,}}(?![\d{re.escape(decimal)}])"
    return re.compile(rf"(?<![\d.,])(?:{indian}|{misgrouped}|{grouped}|\d+(?:[.,]\d+)?)(?![\d])")


def _numbers(text: str, spec: LocaleTable) -> list[tuple[int, int, str, Decimal, Decimal]]:
    found = []
    for match in _number_re(spec.group, spec.decimal).finditer(text):
        interpreted = interpret(match.group(0), spec.decimal, spec.group)
        if interpreted is not None:
            found.append((match.start(), match.end(), match.group(0), *interpreted))
    found += _word_numbers(text, spec)
    return sorted(found)


def interpret(digits: str, decimal: str, group: str) -> tuple[Decimal, Decimal] | None:
    """The value and unit in the last place of digits written with these separators."""
    separators = [c for c in digits if not c.isdigit()]
    if not separators:
        return Decimal(digits), Decimal(1)
    if digits.count(decimal) > 1:  # used as a group mark
        whole, fraction = digits, ""
    elif decimal in digits:
        whole, _, fraction = digits.rpartition(decimal)
    elif len(set(separators)) == 1 and (len(separators) > 1 or not re.search(r"[^\d]\d{3}$", digits)):
        # One kind of separator that is not the decimal one: grouping if it groups by three
        # ("1.528" in German), else a decimal point written the other way ("2.5" in German).
        whole, _, fraction = digits.rpartition(separators[0]) if len(separators) == 1 else (digits, "", "")
    else:
        whole, fraction = digits, ""
    whole = re.sub(r"[^\d]", "", whole)
    try:
        value = Decimal(f"{whole or 0}.{fraction}") if fraction else Decimal(whole)
    except InvalidOperation:
        return None
    return value, Decimal(1).scaleb(-len(fraction)) if fraction else Decimal(1)


def _word_numbers(text: str, spec: LocaleTable) -> list[tuple[int, int, str, Decimal, Decimal]]:
    """Number words ("elf", "onze") and CJK numerals ("十一位"); "ein"/"un" only before a scale word."""
    found = []
    if spec.attached_scales and spec.code != "ko":
        for match in re.finditer(r"[零〇一二两兩三四五六七八九十百千]+(?=[" + _CLASSIFIERS + "])", text):
            value = cjk_numeral(match.group(0))
            if value == 1 and match.group(0) == "一" and text[match.end()] not in _ONE_COUNTS:
                continue  # "一部电影", "一家企業": "a film", an article, unless a scale or share follows
            if value:
                found.append((match.start(), match.end(), match.group(0), Decimal(value), Decimal(1)))
        return found
    words = sorted(spec.number_words, key=len, reverse=True)
    if not words:
        return found
    pattern = re.compile(rf"(?<![\w{_MARKS}])(" + "|".join(map(re.escape, words)) + rf")(?![\w{_MARKS}])",
                         re.IGNORECASE)
    scales = _scale_pattern(spec)
    for match in pattern.finditer(text):
        value = spec.number_words[match.group(1).lower()] if match.group(1).lower() in spec.number_words \
            else spec.number_words.get(match.group(1))
        if value is None:
            continue
        if value == 1 and not scales.match(text, match.end()) and not _percent_after(spec, text, match.end()):
            continue  # "ein", "un", "one": an article unless a scale or percent word follows ("eine Milliarde")
        found.append((match.start(), match.end(), match.group(0), Decimal(value), Decimal(1)))
    found += _scale_fractions(text, spec, scales)
    compounds = _compound_words(text, spec)  # "twenty-three" whole, not its "twenty" and "three"
    found = [word for word in found if not any(c[0] <= word[0] and word[1] <= c[1] for c in compounds)]
    return found + compounds


@lru_cache(maxsize=256)
def word_values(text: str, locale: str) -> frozenset[Decimal]:
    """Every value the text writes as a word, cardinal or ordinal, figure or not: "one", "nueve",
    "dreiundzwanzig", "second", "third-largest", "第二", "첫". The other text of a pair may write
    the same value in digits ("2위", "4차", "過去3番目")."""
    spec = table(locale)
    words, phrases = _value_words(locale)
    values: set[Decimal] = set()
    if words and spec.code == "ko":
        # Korean words stand before a space ("두 번째", "세 척"): glued, "세" is the start of "세계"
        pattern = _words_pattern(tuple(sorted(words, key=len, reverse=True)), r"(?=\s)")
        values |= {Decimal(words[m.group(1).lower()]) for m in pattern.finditer(text) if m.group(1).lower() in words}
    elif words and not spec.attached_scales:  # CJK digits only after 第, below
        values |= _word_values(text, words, phrases)
    ranks = (cjk_numeral(m.group(1)) for m in re.finditer(r"第([零〇一二两兩三四五六七八九十百]+)", text))
    values |= {Decimal(rank) for rank in ranks if rank}
    if spec.attached_scales and re.search(rf"(?<![零〇一二两兩三四五六七八九十百千])一[{_CLASSIFIERS}]", text):
        values.add(Decimal(1))  # "一家公司": one company, which the other text may write "1"
    values |= {value for *_, value, _ in _compound_words(text, spec)}
    return frozenset(values)


@lru_cache(maxsize=64)
def _value_words(locale: str) -> tuple[dict[str, int], tuple[str, ...]]:
    """The words a locale writes values with (cardinals, their derived ordinals and multiples,
    ordinals, multiples, count nouns), and those of them that are phrases (a hyphen, an apostrophe,
    a space), longest first: built once per locale, not per text."""
    spec = table(locale)
    language = spec.code.split("_")[0]
    cardinals = {**spec.spelled_words, **spec.number_words}
    words = {**cardinals, **_derived(cardinals, language), **spelled_ordinals(language),
             **ORDINAL_WORDS.get(language, {}),
             **MULTIPLE_WORDS.get(language, {}), **COUNT_NOUNS.get(language, {})}
    phrases = tuple(sorted((w for w in words if not _WORD_TOKEN.fullmatch(w)), key=len, reverse=True))
    return words, phrases


def _word_values(text: str, words: dict[str, int], phrases: tuple[str, ...]) -> set[Decimal]:
    """The values of the table's words written in `text`: a word of letters alone is looked up
    token by token (a regular expression of a thousand words, ordinals in every ending, took most
    of `factlint l10n`'s start-up to compile); `phrases` are matched as phrases."""
    values = {Decimal(words[token]) for token in (m.group().lower() for m in _WORD_TOKEN.finditer(text))
              if token in words}
    if phrases:
        pattern = _words_pattern(phrases, r"(?!\w)")
        values |= {Decimal(words[m.group(1).lower()]) for m in pattern.finditer(text) if m.group(1).lower() in words}
    return values


_WORD_TOKEN = re.compile(rf"[\w{_MARKS}]+")


def spelled_spans(text: str, locale: str) -> tuple[tuple[int, int, Decimal], ...]:
    """Where a table from CLDR writes a number word (its `spelled_words`, which are no figures there):
    "dva", "vijf". compare.py counts them against the other text's figures."""
    spec = table(locale)
    if not spec.spelled_words or spec.number_words:
        return ()
    pattern = _words_pattern(tuple(sorted(spec.spelled_words, key=len, reverse=True)), r"(?!\w)")
    return tuple((m.start(), m.end(), Decimal(spec.spelled_words[m.group(1).lower()]))
                 for m in pattern.finditer(text) if m.group(1).lower() in spec.spelled_words)


def _derived(cardinals: dict[str, int], language: str) -> dict[str, int]:
    """Ordinals and multiples made by an ending (DERIVED_ENDINGS): "vierte", "dreimal", "पाँचवाँ"."""
    return {word + ending: value for word, value in cardinals.items() if len(word) > 1
            for ending in DERIVED_ENDINGS.get(language, ())}


def count_noun_after(text: str, end: int, locale: str) -> int | None:
    """The count a noun right after a figure multiplies it by: "two decades" is 20 (COUNT_NOUNS)."""
    nouns = COUNT_NOUNS.get(table(locale).code.split("_")[0], {})
    match = re.match(r"[\s-]*([^\s\d.,;:!?()]+)", text[end:end + 24])
    return nouns.get(match.group(1).lower()) if match else None


@lru_cache(maxsize=256)
def both_words(text: str, locale: str) -> bool:
    """The text counts a pair with a word for "both" ("beide", "ambas", "両"): see BOTH_WORDS."""
    words = BOTH_WORDS.get(table(locale).code.split("_")[0], ())
    if not words:
        return False
    if table(locale).attached_scales and table(locale).code != "ko":
        return any(word in text for word in words)
    return _words_pattern(tuple(sorted(words, key=len, reverse=True)), r"(?!\w)").search(text) is not None


@lru_cache(maxsize=32)
def _words_pattern(words: tuple[str, ...], after: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w{_MARKS}])(" + "|".join(map(re.escape, words)) + ")" + after, re.IGNORECASE)


def _percent_after(spec: LocaleTable, text: str, end: int) -> bool:
    """A percent word follows: "one per cent", "ein Prozent", "un pour cent" are figures."""
    return bool(spec.percent) and _after_pattern(spec.percent).match(text, end) is not None


def _scale_fractions(text: str, spec: LocaleTable,
                     scales: re.Pattern[str]) -> list[tuple[int, int, str, Decimal, Decimal]]:
    """ "half a million", "medio millón", "mezzo milione": the fraction as the number, which the
    scale word after it multiplies (to a tenth of that scale: "half a million" is 450,000 to 550,000)."""
    fractions = SCALE_FRACTIONS.get(spec.code.split("_")[0], {})
    found = []
    for phrase, value in fractions.items():
        for match in re.finditer(rf"(?<!\w){re.escape(phrase)}", text, re.IGNORECASE):
            if scales.match(text, match.end()):
                found.append((match.start(), match.end(), match.group(0), value, Decimal("0.1")))
    return found


# Languages text2num reads ("ottantasette", "nonante-deux", "dreiundzwanzig", "twenty-three")
_TEXT2NUM = frozenset({"en", "fr", "es", "pt", "de", "it", "nl", "da"})
_WORD = re.compile(r"(?<![\w-])[^\W\d_]{4,}(?:-[^\W\d_]+)*(?![\w-])")
# The conjunction inside a compound number word written apart: "nonante et un", "treinta y uno",
# "trinta e um" (data: extend freely)
NUMBER_CONJUNCTIONS: dict[str, tuple[str, ...]] = {"fr": ("et",), "es": ("y",), "pt": ("e",)}


@lru_cache(maxsize=8)
def _compound_pattern(language: str) -> re.Pattern[str]:
    """A word, or words joined by the language's conjunction of numbers ("nonante et un")."""
    conjunctions = NUMBER_CONJUNCTIONS.get(language, ())
    if not conjunctions:
        return _WORD
    joined = rf"(?:\s+(?:{'|'.join(conjunctions)})\s+[^\W\d_]+(?![\w-]))?"
    return re.compile(rf"(?<![\w-])[^\W\d_]{{4,}}(?:-[^\W\d_]+)*(?![\w-]){joined}")


def _text_number(words: str, language: str) -> int | None:
    from text_to_num import text2num

    try:
        return int(text2num(words.lower(), language))
    except ValueError:
        return None


def _compound_words(text: str, spec: LocaleTable) -> list[tuple[int, int, str, Decimal, Decimal]]:
    """Number words the table does not list, read by text2num: 13 to 999 and not a round hundred,
    so that "cent" (of "pour cent"), "mil" and "tausend" stay scale words."""
    language = spec.code.split("_")[0]
    if language not in _TEXT2NUM:
        return []
    found = []
    position = 0
    while match := _compound_pattern(language).search(text, position):
        word, value = match.group(0), _text_number(match.group(0), language)
        if value is None and word != (first := re.split(r"\s", word)[0]):  # "quince y dieciséis": two
            word, value = first, _text_number(first, language)
        position = match.start() + len(word)
        if value is None or word.lower() in spec.number_words or word.lower() in spec.scales:
            continue
        if 13 <= value < 1000 and value % 100:
            found.append((match.start(), position, word, Decimal(value), Decimal(1)))
    return found


def _scale_pattern(spec: LocaleTable) -> re.Pattern[str]:
    return _scale_pattern_of(spec.code)


@lru_cache(maxsize=32)
def _scale_pattern_of(code: str) -> re.Pattern[str]:
    spec = table(code)
    gap = "" if spec.attached_scales else rf"[{_SPACES}]*"
    boundary = "" if spec.attached_scales else r"(?!\w)"
    words = _stems(tuple(spec.scales), spec.suffixes) + _declined(tuple(spec.scale_stems))
    return re.compile(rf"{gap}({words}){_ending(spec.suffixes)}{boundary}", re.IGNORECASE)


def _declined(stems: tuple[str, ...]) -> str:
    """Alternatives after the scale words themselves: a stem of a language that declines them,
    with a short ending no table lists ("miljon" + "us", "миллион" + "ами"). The words come first,
    so a listed form ("miljoni") is read as itself."""
    return "".join(rf"|{re.escape(stem)}[^\W\d_]{{1,{CASE_ENDING}}}(?![^\W\d_])"
                   for stem in sorted(stems, key=len, reverse=True))


def scale_factor(spec: LocaleTable, word: str) -> Decimal:
    """The value of a scale word as `_scale_pattern_of` matched it: a listed word, or a declined
    form of a stem (the longest stem it begins with)."""
    for key in (word.lower(), word):
        if key in spec.scales:
            return spec.scales[key]
    stem = max((s for s in spec.scale_stems if word.lower().startswith(s)), key=len)
    return spec.scale_stems[stem]


def _stems(words: tuple[str, ...], suffixes: tuple[str, ...]) -> str:
    """Words as alternatives, longest first; in an agglutinative language a word long enough to be
    a stem may be followed by a case ending (consumed by `_ending`), a short one must end there."""
    ordered = sorted(words, key=len, reverse=True)
    if not suffixes:
        return "|".join(re.escape(w) for w in ordered)
    stem = rf"(?={_ending(suffixes)}(?![^\W\d_]))"
    return "|".join(re.escape(w) + (stem if len(w) >= MIN_STEM else _short_stem(suffixes)) for w in ordered)


@lru_cache(maxsize=16)
def _short_stem(suffixes: tuple[str, ...]) -> str:
    """A short stem ends there, or takes an ending after an apostrophe or of two letters or more:
    "binin" (of a thousand), "binden", "TL'ye", but not "bina" (a building)."""
    def alternatives(endings: set[str]) -> str:
        return "|".join(re.escape(e) for e in sorted(endings, key=len, reverse=True))

    every, longer = alternatives(set(suffixes)), alternatives({e for e in suffixes if len(e) >= 2})
    return rf"(?=(?:['’](?:{every})|{longer})?(?![^\W\d_]))"


@lru_cache(maxsize=16)
def _ending(suffixes: tuple[str, ...]) -> str:
    """An optional case ending, after an apostrophe or none ("dolara", "dolar'a")."""
    if not suffixes:
        return ""
    return "(?:['’]?(?:" + "|".join(re.escape(s) for s in sorted(set(suffixes), key=len, reverse=True)) + "))?"


@lru_cache(maxsize=64)
def _after_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """Words after a figure; a word ending in a letter must end there too ("Prozent", not "Prozente")."""
    ordered = sorted(words, key=len, reverse=True)
    alternatives = [re.escape(w) + (r"(?![a-zà-ÿ])" if w[-1].isascii() and w[-1].isalpha() else "")
                    + ("(?!米)" if w == "厘" else "")  # 厘米 is a centimetre, not Hong Kong's percent
                    for w in ordered]
    return re.compile(rf"[{_SPACES}]*(" + "|".join(alternatives) + ")", re.IGNORECASE)


def _figure(plain: str, original: str, spec: LocaleTable, start: int, end: int, digits: str,
            value: Decimal, ulp: Decimal) -> LFigure:
    scale, words = Decimal(1), []
    while (scale_match := _scale_pattern(spec).match(plain, end)) and len(words) < 2 \
            and not _unit_pattern(spec.code).match(plain, end):  # "1860兆瓦": 兆 belongs to 兆瓦 (megawatt)
        word = scale_match.group(1)  # "1 lakh crore" = 10^5 x 10^7 = 10^12
        factor = scale_factor(spec, word)
        if words and factor <= scale:
            break  # "1 lakh crore", but "6.09亿千" is not a smaller scale after a larger one
        scale *= factor
        words.append(word)
        end = scale_match.end()
    scale_word = " ".join(words) or None
    kind, unit, measure = "number", None, None
    if unit_match := _unit_pattern(spec.code).match(plain, end):  # "1,860 MW", "186万千瓦", "38,700 tonnes"
        measure, end = spec.units[unit_match.group(1).lower()], unit_match.end()
    if words and words[-1].lower() in spec.scale_currencies:  # "600 mdd", "13,6 G$"
        kind, unit = "money", spec.scale_currencies[words[-1].lower()]
    tenths = TENTHS.get(spec.code.split("_")[0])
    if tenths and plain[end:end + 1] == tenths and scale_word is None:
        value, ulp, end, kind, unit = value * 10, ulp * 10, end + 1, "percent", "percent"  # 六成, 3割 = 60%, 30%
    if kind == "number" and spec.percent_before and re.search(r"[%％]\s?$", plain[max(0, start - 2):start]):
        kind, unit = "percent", "percent"  # "%38,1" where the sign comes first
        start -= 1 if plain[start - 1] in "%％" else 2
    word_first = _percent_word_before(plain, start, spec)
    if measure is not None:
        kind = "measure"  # no percent, points or currency after a unit
    basis = _after_pattern(spec.basis_points).match(plain, end) if kind == "number" and spec.basis_points else None
    if basis:  # "25 basis points" = 0.25 percentage points
        value, ulp, kind, unit, end = value / 100, ulp / 100, "points", "pp", basis.end()
    for kind_name, words in (("points", spec.points), ("percent", spec.percent)):
        if kind != "number":
            break
        if not words:  # a table from CLDR alone knows no words for percentage points
            continue
        unit_match = _after_pattern(words).match(plain, end)
        if unit_match:
            kind, unit, end = kind_name, ("pp" if kind_name == "points" else "percent"), unit_match.end()
            break
    if kind == "number" and word_first is not None:  # "yüzde 7,6": the word first, and no points word after
        kind, unit, start = "percent", "percent", word_first
    if kind == "number" and unit is None:
        # A currency named before the figure wins ("新台幣2.89兆元", "US$ 73 bilhões").
        currency = _currency_before(plain, start, spec)
        if currency is not None and scale_word is None and _names_a_year(plain[currency[1]:start], digits):
            currency = None  # "Euro 2024", "Expo 2025": a name and its year, no amount
        currency = currency or _currency_after(plain, end, spec) or _letter_sign(plain, start, end, spec)
        if currency is not None:
            kind, unit = "money", currency[0]
            start, end = min(start, currency[1]), max(end, currency[2])
        elif scale_word is None and (minor := _minor_unit(spec).match(plain, end)):
            # "50 groszy" is PLN 0.50: the hundredth of a currency, compared in the currency
            kind, unit, end = "money", spec.minor_units[minor.group(1).lower()], minor.end()
            value, ulp = value / 100, ulp / 100
    if kind == "number" and scale_word is None and YEAR_RE.match(digits):
        kind = "year"
    kind = "number" if kind == "measure" else kind
    hedge_text, hedge, start, end = _hedge(plain, spec, start, end) if kind != "year" else (None, None, start, end)
    return LFigure(original[start:end], start, end, value * scale, ulp * scale, kind, unit, hedge,
                   hedge_text, digits, scale, scale_word, measure)


def _minor_unit(spec: LocaleTable) -> re.Pattern[str]:
    return _minor_unit_pattern(spec.tag or spec.code)


@lru_cache(maxsize=32)
def _minor_unit_pattern(tag: str) -> re.Pattern[str]:
    """A currency's hundredth right after a figure: "50 groszy", "95 cents" (see MINOR_UNITS)."""
    words = "|".join(re.escape(w) for w in sorted(table(tag).minor_units, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"[{_SPACES}]*({words})(?![^\W\d_])", re.IGNORECASE)


def _names_a_year(word: str, digits: str) -> bool:
    """A capitalised currency word, no sign and no ISO code, before a year: "Euro 2024"."""
    word = word.strip()
    return YEAR_RE.match(digits) is not None and word.isalpha() and word[:1].isupper() and not word.isupper()


@lru_cache(maxsize=32)
def _unit_pattern(code: str) -> re.Pattern[str]:
    """A unit word right after a figure (and its scale word): "MW", "de toneladas", "千瓦", "トン"."""
    spec = table(code)
    words = "|".join(re.escape(w) for w in sorted(spec.units, key=len, reverse=True))
    if spec.attached_scales:
        return re.compile(rf"[{_SPACES}]*({words})", re.IGNORECASE)
    return re.compile(rf"[{_SPACES}]*(?:(?:de|di|d'|of)\s*)?({words})(?![^\W\d_])", re.IGNORECASE)


def _percent_word_before(text: str, start: int, spec: LocaleTable) -> int | None:
    """Where a percent word written before the number starts ("yüzde 7,6"), if one is."""
    if not spec.percent_words_before:
        return None
    words = "|".join(re.escape(w) for w in spec.percent_words_before)
    match = re.search(rf"(?<!\w)(?:{words})[{_SPACES}]*$", text[max(0, start - 12):start], re.IGNORECASE)
    return start - len(match.group(0)) if match else None


def _currency_after(text: str, end: int, spec: LocaleTable) -> tuple[str, int, int] | None:
    words = _currency_names(spec.tag)
    gap = r"[\u00a0\u202f ]*" if spec.attached_scales else r"[\u00a0\u202f ]+(?:(?:de|di|do|da|des)\s+|d')?"
    boundary = "" if spec.attached_scales else r"(?![^\W\d_])"
    match = _currency_after_pattern(gap, words, spec.suffixes, boundary).match(text, end)
    if match is None:
        match = re.compile(r"[\u00a0\u202f ]*([$€£¥₹₩￥])").match(text, end)  # "140,82 $", "12 €"
    if match is None or match.group(1).lower() not in spec.currencies:
        return None
    return spec.currencies[match.group(1).lower()], end, match.end()


@lru_cache(maxsize=64)
def _currency_names(tag: str) -> tuple[str, ...]:
    """The table's currency words but the one-character signs, read after a figure by name."""
    return tuple(w for w in table(tag).currencies if not re.fullmatch(r"[$€£¥₹₩￥]", w))


@lru_cache(maxsize=64)
def _currency_after_pattern(gap: str, words: tuple[str, ...], suffixes: tuple[str, ...],
                            boundary: str) -> re.Pattern[str]:
    return re.compile(f"{gap}({_stems(words, suffixes)}){_ending(suffixes)}{boundary}", re.IGNORECASE)


def _currency_before(text: str, start: int, spec: LocaleTable) -> tuple[str, int, int] | None:
    before = text[max(0, start - 12):start]
    match = _symbols_before(spec.tag).search(before)
    written = match.group(1) if match is not None else ""
    lower_word = written.isascii() and written.isalpha() and written.islower()  # "won 137 seats": a verb
    glued = match is not None and (
        lower_word
        or (written[0].isascii() and written[0].isalpha() and re.search(r"\w$", before[:match.start()]))
        or re.search(r"\d$", before[:match.start()]))  # "151円94": the 円 belongs to 151
    if match is None or glued:  # "plus US 5" is no "US$"; CJK writes names right after a word
        return None
    return spec.currencies[match.group(1).lower()], start - len(before) + match.start(), start


def _letter_sign(text: str, start: int, end: int, spec: LocaleTable) -> tuple[str, int, int] | None:
    """A currency sign in Latin letters written against the digits, glued or one space away, as
    its country writes it ("RM42.6", "Rp 5", "300 zł", "40 Kč"): the currency it names, in any
    language (a sign several share, "kr", the first of COMMON_CURRENCIES, settled in compare.py)."""
    if not spec.letter_signs:
        return None
    before, after = _letter_sign_patterns(spec.tag)
    if match := before.search(text, max(0, start - 8), start):
        return _first_currency(spec.letter_signs[match.group(1)]), match.start(), end
    if match := after.match(text, end):
        return _first_currency(spec.letter_signs[match.group(1)]), start, match.end()
    return None


def _first_currency(isos: frozenset[str]) -> str:
    return min(isos, key=lambda iso: COMMON_CURRENCIES.index(iso) if iso in COMMON_CURRENCIES else len(isos) + 99)


@lru_cache(maxsize=64)
def _letter_sign_patterns(tag: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The table's letter signs before a figure and after it, case as written, a word's edge
    outside them, a period after one optional ("kr."), one space at most between."""
    signs = "|".join(re.escape(s) for s in sorted(table(tag).letter_signs, key=len, reverse=True))
    space = "[\u00a0\u202f ]?"
    return (re.compile(rf"(?<![^\W\d_])({signs}){space}$"),
            re.compile(rf"{space}({signs})\.?(?![^\W\d_])"))


@lru_cache(maxsize=64)
def _symbols_before(tag: str) -> re.Pattern[str]:
    """A currency's symbol or short name right before a figure ("US$", "Rp", "新台幣")."""
    symbols = sorted((w for w in table(tag).currencies if len(w) <= 4 or not w.isascii()), key=len, reverse=True)
    return re.compile("(" + "|".join(re.escape(w) for w in symbols) + r")[\u00a0\u202f ]?$", re.IGNORECASE)


def _hedge(text: str, spec: LocaleTable, start: int, end: int) -> tuple[str | None, Direction | None, int, int]:
    before = text[max(0, start - 30):start]
    if re.match(r"\s*(?:years?|months?|weeks?|days?|decades?|hours?|quarters?)\b", text[end:end + 12]):
        before = re.sub(r"\b(?:over|under)\s*$", "", before)  # "spread over five years": "during"
    before_patterns, after_patterns = _hedge_patterns(spec.code)
    for pattern, phrase in before_patterns:
        if (match := pattern.search(before)) and not _adjective(before[:match.start()], phrase, spec.code):
            return match.group(1), spec.hedges_before[phrase], start, end
    for pattern, phrase in after_patterns:
        if match := pattern.match(text, end):
            return match.group(1), spec.hedges_after[phrase], start, end
    verb = _hedge_verb(text, spec, start, end)
    return (verb[0], verb[1], start, end) if verb else (None, None, start, end)


_Patterns = tuple[tuple[re.Pattern[str], str], ...]


def _adjective(before: str, phrase: str, code: str) -> bool:
    """ "the top seven cities": a hedge word after a determiner modifies the noun (ADJECTIVE_HEDGES)."""
    language = code.split("_")[0]
    if phrase.lower() not in ADJECTIVE_HEDGES.get(language, ()):
        return False
    words = DETERMINERS.get(language, ())
    free = "|".join(re.escape(w) for w in words if w[0].isalpha())  # "the", after no letter
    glued = "|".join(re.escape(w) for w in words if not w[0].isalpha())  # "'s", after one
    pattern = rf"(?:(?<!\w)(?:{free or '(?!)'})|(?<=\w)(?:{glued or '(?!)'}))[{_SPACES}]*$"
    return re.search(pattern, before, re.IGNORECASE) is not None


@lru_cache(maxsize=64)
def _hedge_patterns(code: str) -> tuple[_Patterns, _Patterns]:
    """Each hedge's pattern, longest first, compiled once per table (there are more than re's cache
    holds): before the figure, with an article or a linking verb; after it, past a counter ("1,000명
    이상", "10人以上") and a particle ("5분의 1에 가까운")."""
    spec = table(code)
    joint = _linking(code) if spec.attached_scales else _article(spec.articles)
    start = "" if spec.attached_scales else r"(?:^|(?<=[^\w]))"
    rate = _rate(code)
    before = tuple((re.compile(rf"{start}({_elided(phrase, code)}){joint}{rate}[{_SPACES}]*$", re.IGNORECASE), phrase)
                   for phrase in sorted(spec.hedges_before, key=len, reverse=True))
    after = tuple((re.compile(rf"[{_SPACES}]*{rate}[{_SPACES}]*(?:[명개곳대건人名个個家件台]{{1,2}}[{_SPACES}]*)?"
                              rf"{_particle(code)}({re.escape(phrase)})"), phrase)
                  for phrase in sorted(spec.hedges_after, key=len, reverse=True))
    return before, after


def _rate(code: str) -> str:
    """An optional rate word between a hedge and its figure: see RATE_WORDS."""
    words = RATE_WORDS.get(code.split("_")[0], ())
    return f"(?:[{_SPACES}]*(?:{'|'.join(map(re.escape, words))}))?" if words else ""


def _elided(phrase: str, code: str) -> str:
    """The hedge, or its last word cut short before a vowel ("près de", "près d'"): see ELISIONS."""
    head, _, last = phrase.rpartition(" ")
    cut = ELISIONS.get(code.split("_")[0], {}).get(last.lower()) if head else None
    written = re.escape(phrase)
    return rf"{written}|{re.escape(head)}\s+{cut}['’](?=\s*$)" if cut else written


VERB_REACH = 64  # characters of the figure's clause, before or after it, where a hedge verb may stand
_CLAUSE_MARK = re.compile(r"[,;:。，；：、()（）]|\b(?:and|und|et|y|e|while|während|mientras|tandis)\b")
_AMOUNT = re.compile(r"(?<!\d)(?!(?:19|20)\d\d(?!\d))\d")  # a digit, not of a year


def _hedge_verb(text: str, spec: LocaleTable, start: int, end: int) -> tuple[str, Direction] | None:
    """A verb of exceeding in the figure's clause, with no other amount between them: its object
    ("übertrafen im März erstmals seit 2022 die Marke von 130 Milliarden", "superó los 3.400
    millones", "5兆円を上回る"); in "14개월 연속 100억 달러를 넘어섰다" the verb is 100억's, not 14's."""
    if not spec.hedge_verbs:
        return None
    before = after = ""
    if "before" in spec.verb_sides:
        before = text[max(0, start - VERB_REACH):start]
        marks = list(_CLAUSE_MARK.finditer(before))
        before = before[marks[-1].end():] if marks else before
    if "after" in spec.verb_sides:
        after = text[end:end + VERB_REACH // 2]
        mark = _CLAUSE_MARK.search(after)
        after = after[:mark.start()] if mark else after
    for verb in sorted(spec.hedge_verbs, key=len, reverse=True):
        pattern = _verb_pattern(verb)
        found_before = [m for m in pattern.finditer(before) if not _AMOUNT.search(before, m.end())
                        and not _margin_before(before, spec)]
        found_after = [m for m in pattern.finditer(after) if not _AMOUNT.search(after[:m.start()])]
        if found_before or found_after:
            return verb, spec.hedge_verbs[verb]
    return None


@lru_cache(maxsize=32)
def _particle(code: str) -> str:
    """An optional particle between a figure and its hedge after it: see HEDGE_PARTICLES."""
    particles = HEDGE_PARTICLES.get(code.split("_")[0], ())
    return f"(?:(?:{'|'.join(map(re.escape, particles))})[{_SPACES}]*)?" if particles else ""


@lru_cache(maxsize=32)
def _article(articles: tuple[str, ...]) -> str:
    """An optional article between a hedge and its figure: "circa il 35%", "cerca de los 300"."""
    if not articles:
        return ""
    words = "|".join(re.escape(a) for a in sorted(articles, key=len, reverse=True))
    return rf"(?:[{_SPACES}]+(?:{words})(?<=['’])|[{_SPACES}]+(?:{words})(?=[{_SPACES}]))?"


@lru_cache(maxsize=32)
def _linking(code: str) -> str:
    """An optional verb of being between a hedge and its figure: "約佔三分之一", "约为5亿"."""
    verbs = LINKING_VERBS.get(code.split("_")[0], ())
    return f"(?:{'|'.join(map(re.escape, verbs))})?" if verbs else ""


def _margin_before(before: str, spec: LocaleTable) -> bool:
    """A preposition right before the figure makes it no object of the verb: "topped the chart with
    9.9 million", "übertraf die Prognose um 5 Prozent", "superó la meta por 3 millones"."""
    words = MARGIN_WORDS.get(spec.code.split("_")[0], ())
    return bool(words) and _words_pattern(tuple(words), rf"[{_SPACES}]*$").search(before) is not None


@lru_cache(maxsize=512)
def _verb_pattern(verb: str) -> re.Pattern[str]:
    if re.match(r"[A-Za-zÀ-ÿ]", verb):
        return re.compile(rf"\b{re.escape(verb)}", re.IGNORECASE)  # a stem: "superó", "superaron"
    if _GLUED_SCRIPT.match(verb):
        return re.compile(re.escape(verb))  # CJK words stand glued to others
    # a spaced script whose vowel signs \w does not match: "पार" (beyond) is no verb inside "पार्सल"
    return re.compile(rf"(?<![\w{_MARKS}]){re.escape(verb)}(?![{_MARKS}])")


_GLUED_SCRIPT = re.compile(r"[\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")


_TOKEN_BEFORE = re.compile(rf"([^\W\d_][\w{_MARKS}]*(?:['’]|-)?)[{_SPACES}]*$")


def plainly_unhedged(text: str, start: int, locale: str) -> bool:
    """Nothing before the figure at `start` can be a hedge no table knows: the text begins or a
    clause mark stands there, or the words there are known to hedge nothing (PLAIN_BEFORE; a German
    noun). "Erlöse von 18 Billionen" is plain; "passou de R$ 1.400", "under-26s" and "sold €4.82
    billion" are not known to be, so a hedge the other text writes there may be this one."""
    spec = table(locale)
    language = spec.code.split("_")[0]
    plain = PLAIN_BEFORE.get(language, frozenset())
    before = text[max(0, start - 40):start].rstrip(_SPACES)
    if spec.attached_scales and spec.code != "ko":
        last = before[-1:]
        return not last.isalpha() or last in plain
    endings = _hedge_endings(spec.code)
    for _ in range(3):
        match = _TOKEN_BEFORE.search(before)
        if match is None:  # the text begins, or a clause mark, a sign or a digit stands there
            return before[-1:] != "-"
        word = match.group(1).lower()
        if word.endswith("-") or (word not in plain and not (language == "de" and match.group(1)[0].isupper())
                                  and not _plain_participle(word, spec.code)):
            return False  # "under-26s": a word glued to the figure; any unknown word may be a hedge
        if word not in endings:
            return True
        before = before[:match.start()].rstrip(_SPACES)  # "de" of "plus de": the word before decides
    return False


PARTICIPLE_STEM = 3  # letters a participle keeps before its ending ("part" + "iti")
HEDGE_ROOT = 5  # letters a hedge and a form of it share ("super" of "superato" and "superata")


def _plain_participle(word: str, code: str) -> bool:
    """A past participle (PARTICIPLE_ENDINGS) right before a figure is the clause's verb, no
    hedge: "sono partiti 29.000". Not a form of a hedge the tables know ("superata", "sfiorati")."""
    endings = PARTICIPLE_ENDINGS.get(code.split("_")[0], ())
    if not any(word.endswith(e) and len(word) >= len(e) + PARTICIPLE_STEM for e in endings):
        return False
    return word[:HEDGE_ROOT] not in _hedge_roots(code)


@lru_cache(maxsize=32)
def _hedge_roots(code: str) -> frozenset[str]:
    """The first letters of every word of the table's hedges and hedge verbs."""
    spec = table(code)
    words = {w.lower() for phrase in (*spec.hedges_before, *spec.hedges_after, *spec.hedge_verbs)
             for w in phrase.split()}
    return frozenset(w[:HEDGE_ROOT] for w in words if len(w) >= HEDGE_ROOT)


@lru_cache(maxsize=32)
def _hedge_endings(code: str) -> frozenset[str]:
    """The last words of the table's hedge phrases ("de" of "plus de", "than" of "more than"), and the
    articles that may stand between a hedge and its figure ("circa il 35%")."""
    phrases = table(code).hedges_before
    last = {p.rsplit(" ", 1)[1].lower() for p in phrases if " " in p} | set(table(code).articles)
    elided = ELISIONS.get(code.split("_")[0], {})
    return frozenset(last | {f"{elided[w]}{mark}" for w in last if w in elided for mark in "'’"})
