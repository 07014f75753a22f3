"""Pair the figures of a source text with those of its translation, and name what went wrong.

Pairing is by value, never by digit strings: "140.82 billion" and "140,82 Mrd." and "1408亿2000万"
are the same figure because their intervals meet. Figures that pair get their unit, hedge and
precision compared; figures left over are explained when one explanation fits (a separator read
the other way, a scale word off by a power of ten, a different number in the same place), and are
otherwise missing or extra. Two figures that trade places between a source's "A and B" are a swap.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from factlint.figures.hedges import Direction
from factlint.l10n.locales import TWO_READINGS, UP_TO_OR_TO, LocaleTable, table
from factlint.l10n.parse import (
    LFigure,
    both_words,
    count_noun_after,
    interpret,
    parse_figures,
    plainly_unhedged,
    spelled_spans,
    word_values,
)
from factlint.l10n.periods import Period, find_periods
from factlint.text.currencies import COUNTRIES, most_named_country

KINDS = ("missing", "extra", "value", "scale", "separator", "currency", "percent_points", "hedge",
         "rounding", "swap")
SCALE_FACTORS = {Decimal(10) ** n: n for n in (-4, -3, -2, -1, 1, 2, 3, 4)}
# "nearly 20%" (at most 20) and "about 20%" (either side) are different claims, as are "more than".
_HEDGE_CLASS = {Direction.ABOVE: "above", Direction.BELOW: "below", Direction.UNDER: "under",
                Direction.AROUND: "around", None: "none"}


@dataclass(frozen=True)
class Issue:
    kind: str
    source: LFigure | None
    target: LFigure | None
    message: str
    # False when a reading it rests on is unsure (a word no table knows stands where a hedge would):
    # reported at info severity, not counted as an error found
    certain: bool = True


@dataclass(frozen=True)
class Comparison:
    source: tuple[LFigure, ...]
    target: tuple[LFigure, ...]
    pairs: tuple[tuple[int, int], ...]  # (source index, target index) of figures that correspond
    issues: tuple[Issue, ...]


def compare_texts(source: str, source_locale: str, target: str, target_locale: str) -> Comparison:
    return compare(parse_figures(source, source_locale), source, source_locale,
                   parse_figures(target, target_locale), target, target_locale)


_PERIOD_WORDS = re.compile(
    r"[\s-]*(?:\w+\s+)?(?:years?|months?|quarters?|weeks?|days?|années|ans|mois|trimestres|semaines|jours|"
    r"años|meses|trimestres|semanas|días|Jahre|Jahren|Monate|Monaten|Quartale|Wochen|Tage|anni|mesi|"
    r"trimestri|settimane|giorni|anos|dias|年|个月|個月|季度|天|日|年間|ヶ月|か月|년|개월|분기|일|साल|वर्ष|महीने)",
    re.IGNORECASE)


def _period_count(figure: LFigure, text: str) -> bool:
    """ "the next three years", "前三季度": a small count naming a period, which translations
    phrase freely (or drop); never reported as missing or extra."""
    return figure.kind == "number" and figure.value <= 12 and figure.value == figure.value.to_integral_value() \
        and _PERIOD_WORDS.match(text, figure.end) is not None


def compare(src: Sequence[LFigure], source_text: str, source_locale: str, tgt: Sequence[LFigure],
            target_text: str, target_locale: str) -> Comparison:
    # A table from CLDR alone has no hedge or percentage-point words: neither is compared there
    words_known = table(source_locale).hedges_known and table(target_locale).hedges_known
    options = (_settled(table(source_locale).currency_options, source_text),
               _settled(table(target_locale).currency_options, target_text))
    pairs = _pair_by_value(src, tgt, words_known)
    issues = [_hedge_certainty(issue, source_text, source_locale, target_text, target_locale)
              for s, t in pairs
              if (issue := _decimal_mark_issue(src[s], tgt[t], target_locale)
                  or _pair_issue(src[s], tgt[t], tgt, words_known and not _period_count(src[s], source_text),
                                 options))]  # "近10年": the past ten years, no hedge
    issues += _swaps(src, tgt, pairs, source_text, table(target_locale).verb_sides == ("after",))
    left_s = [i for i in range(len(src)) if i not in {s for s, _ in pairs}
              and not _other_form(src[i], source_text, source_locale, tgt, target_text, target_locale)]
    left_t = [j for j in range(len(tgt)) if j not in {t for _, t in pairs}
              and not _other_form(tgt[j], target_text, target_locale, src, source_text, source_locale)]
    explained = _explain_leftovers(src, tgt, left_s, left_t, source_locale, target_locale)
    issues += [issue for issue, _, _ in explained if issue is not None]
    used_s = {s for _, s, _ in explained}
    used_t = {t for _, _, t in explained}
    issues += [Issue("missing", src[i], None, f"{_shown(src[i])} is not in the translation")
               for i in left_s if i not in used_s and not _period_count(src[i], source_text)
               and not _in_other_words(src[i], target_text, target_locale)]
    issues += [Issue("extra", None, tgt[j], f"{_shown(tgt[j])} is in the translation but not in the source")
               for j in left_t if j not in used_t and not _period_count(tgt[j], target_text)
               and not _in_other_words(tgt[j], source_text, source_locale)]
    issues += [Issue("missing", f, None, f"{_shown(f)} is not in the translation")
               for f in _surplus_words(source_text, source_locale, tgt, target_text, target_locale)]
    issues += [Issue("extra", None, f, f"{_shown(f)} is in the translation but not in the source")
               for f in _surplus_words(target_text, target_locale, src, source_text, source_locale)]
    issues += _period_issues(source_text, source_locale, target_text, target_locale)
    all_pairs = tuple(sorted([*pairs, *((s, t) for _, s, t in explained)]))
    return Comparison(tuple(src), tuple(tgt), all_pairs, tuple(issues))


def _soft(figure: LFigure) -> bool:
    """A small count written as a word ("three", "zwanzig", "पाँच"), which translators rephrase
    freely: "two decades" is "zwanzig Jahren", "one in four" "jeder Vierte", "three times"
    "dreimal". It is accounted for by any form of its value in the other text (`_other_form`), and
    reported as changed only against a figure in digits (`_explain_leftovers`)."""
    return figure.kind == "number" and _in_words(figure) and figure.scale_word is None and figure.value <= 100


def _other_form(figure: LFigure, text: str, locale: str, other: Sequence[LFigure], other_text: str,
                other_locale: str) -> bool:
    """The figure is written in the other text in another form, so it is no leftover to explain:
    a small count in digits the other writes as a word or count noun ("10年前", "a decade earlier"),
    or a soft number word whose value (times a count noun after it: "two decades") the other
    writes in digits, words, an ordinal, a multiple, or as a term of a fraction ("one in four",
    "a quarter"; "तीन-चौथाई", "three-quarters")."""
    small = figure.kind == "number" and figure.scale_word is None and figure.ulp == 1 and figure.value <= 100
    if small and not _in_words(figure):
        return figure.value in word_values(other_text, other_locale)
    if not _soft(figure):
        return False
    written = set(word_values(other_text, other_locale)) | _fraction_terms(other) | \
        {value for f in other if f.kind != "fraction" for value in _counted(f, other_text, other_locale)}
    return bool(_counted(figure, text, locale) & written)


def _counted(figure: LFigure, text: str, locale: str) -> set[Decimal]:
    """The figure's value, and that times a count noun after it ("two decades": 2 and 20)."""
    count = count_noun_after(text, figure.end, locale) if _soft(figure) else None
    return {figure.value, figure.value * count} if count else {figure.value}


def _surplus_words(text: str, locale: str, other: Sequence[LFigure], other_text: str,
                   other_locale: str) -> list[LFigure]:
    """Number words of a table read from CLDR (no figures there) written more often than the other
    text has the value, which it also writes as a word: "Dva nové bloky ... o dva roky později" for
    "the two new units" adds a two. A word the other text never writes may be no number at all
    (Vietnamese "năm" is five and a year)."""
    spans = spelled_spans(text, locale)
    surplus = []
    for value in {v for *_, v in spans} & word_values(other_text, other_locale):
        written = [span for span in spans if span[2] == value]
        for start, end, _ in written[sum(f.value == value for f in other):]:
            surplus.append(LFigure(text[start:end], start, end, value, Decimal(1), "number", None, None, None,
                                   text[start:end], Decimal(1), None))
    return sorted(surplus, key=lambda f: f.start)


def _fraction_terms(figures: Sequence[LFigure]) -> set[Decimal]:
    """The numerators and denominators of the fractions among the figures: 3 and 4 of 0.75."""
    terms: set[Decimal] = set()
    for figure in figures:
        if figure.kind == "fraction" and 0 < figure.value < 1:
            ratio = Fraction(str(figure.value)).limit_denominator(12)
            terms |= {Decimal(ratio.numerator), Decimal(ratio.denominator)}
    return terms


def _in_other_words(figure: LFigure, other_text: str, other_locale: str) -> bool:
    """A small count or rank in digits that the other text writes as a word, cardinal or ordinal:
    "ranking second" is "2위", "the fourth launch" "4차 발사", "nine" may stand where "9" does; or
    a fraction in words, which may name no figure ("half of them")."""
    if figure.kind == "fraction":  # "half of the votes", "a quarter": a fraction in words may be no figure
        return _in_words(figure)
    small = figure.kind == "number" and figure.scale_word is None and figure.ulp == 1 and figure.value <= 100
    if small and figure.value == 2 and both_words(other_text, other_locale):
        return True  # "the two plants" is "beide Werke", "ambas plantas", "両工場"
    return small and not _in_words(figure) and figure.value in word_values(other_text, other_locale)


def _period_issues(source_text: str, source_locale: str, target_text: str, target_locale: str) -> list[Issue]:
    """Month ranges compared in order when both texts name as many ("January-April" -> "1—5月");
    a period one side names and the other leaves out is phrasing, not a lost figure."""
    source = find_periods(source_text, table(source_locale))
    target = find_periods(target_text, table(target_locale))
    if len(source) != len(target):
        return []
    return [Issue("value", _as_figure(s), _as_figure(t), f"{s.text!r} ({_months(s)}) became {t.text!r} "
                                                            f"({_months(t)})")
            for s, t in zip(source, target, strict=True) if (s.first, s.last) != (t.first, t.last)]


def _as_figure(period: Period) -> LFigure:
    return LFigure(period.text, period.start, period.end, Decimal(period.last), Decimal(1), "period", None,
                   None, None, f"{period.first}-{period.last}", Decimal(1), None)


def _months(period: Period) -> str:
    return f"months {period.first} to {period.last}"


def _overlaps(a: LFigure, b: LFigure) -> bool:
    """The figures can be one number, trailing zeros allowed to be rounding ("2.5 lakh", "250,000"),
    in one unit when both name one ("1,860 MW", "186万千瓦"). Intervals that only touch are two
    numbers: "4" ends where "three" begins."""
    fa, fb = _unit_factors(a, b)
    return a.loose_low * fa < b.loose_high * fb and b.loose_low * fb < a.loose_high * fa


def _unit_factors(a: LFigure, b: LFigure) -> tuple[Decimal, Decimal]:
    """What the two figures' values are multiplied by to stand in one unit: (1, 1) unless both
    name a physical unit, different ones of one dimension ("MW" and "千瓦": 1000 and 1)."""
    if {a.kind, b.kind} == {"fraction", "percent"}:  # "a tenth" is "一成", 10%
        return (Decimal(100), Decimal(1)) if a.kind == "fraction" else (Decimal(1), Decimal(100))
    if a.measure is None or b.measure is None or a.measure == b.measure:
        return Decimal(1), Decimal(1)
    ratio = _conversion(a.measure, b.measure)
    return (ratio, Decimal(1)) if ratio is not None else (Decimal(1), Decimal(1))


@functools.lru_cache(maxsize=128)
def _conversion(source: str, target: str) -> Decimal | None:
    """One `source` in `target`s, by pint (built only when two units differ); None across dimensions."""
    from factlint.figures.units import unit_registry

    registry = unit_registry()
    try:
        magnitude = registry.Quantity(1, source).to(target).magnitude
    except Exception:  # pint's DimensionalityError and its parse errors share no base but Exception
        return None
    return Decimal(repr(float(magnitude)))


def _family(figure: LFigure) -> str:
    return {"points": "percent", "year": "number"}.get(figure.kind, figure.kind)


def _compatible(a: LFigure, b: LFigure, words_known: bool = True) -> bool:
    """Kinds that can be one figure: money may lose its currency word, percent its sign. In a
    language read from CLDR alone, a bare number may be a percent written with a word CLDR lacks
    ("2,9 proc.", "3,5 puan")."""
    families = {_family(a), _family(b)}
    return len(families) == 1 or families in ({"money", "number"}, {"fraction", "percent"}) or \
        (not words_known and families == {"percent", "number"})


def _position(figures: Sequence[LFigure], index: int) -> float:
    return index / max(1, len(figures) - 1)


def _pair_by_value(src: Sequence[LFigure], tgt: Sequence[LFigure], words_known: bool = True) -> list[tuple[int, int]]:
    """Greedy one-to-one pairing of figures whose values meet, nearest relative position first."""
    candidates = sorted(
        (abs(_position(src, i) - _position(tgt, j)) + (0 if _family(s) == _family(t) else 1), i, j)
        for i, s in enumerate(src) for j, t in enumerate(tgt)
        if _overlaps(s, t) and _compatible(s, t, words_known))
    used_s: set[int] = set()
    used_t: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i not in used_s and j not in used_t:
            pairs.append((i, j))
            used_s.add(i)
            used_t.add(j)
    return sorted(pairs)


DOLLARS = frozenset({"USD", "CAD", "AUD", "NZD", "HKD", "SGD", "TWD"})
_NAMED_DOLLAR = re.compile(r"(?<![A-Za-zÀ-ÿ])(?:US|U\.S\.|CA|C|AU|A|NZ|HK|S|NT)\$|美元|dollars?\s+(?:US|américains)",
                           re.IGNORECASE)
# A dollar written as a dollar; "元" alone is a local currency (TWD in Taiwan), not "$"
_DOLLAR_WRITTEN = re.compile(r"\$|dollar|d[óo]lar|ドル|달러|डॉलर", re.IGNORECASE)


def _same_dollar(s: LFigure, t: LFigure) -> bool:
    """A bare "$" names no country: "$11 billion" in a Quebec story and "11 milliards $" or "C$11
    billion" are the same dollars. Only two named dollars can differ, and a currency named by its
    own word ("13億元" for "$1.3 billion") is not a dollar written."""
    if s.unit not in DOLLARS or t.unit not in DOLLARS:
        return False
    if not all(_DOLLAR_WRITTEN.search(f.text) for f in (s, t)):
        return False
    return any("$" in f.text and not _NAMED_DOLLAR.search(f.text) for f in (s, t))


def _settled(options: dict[str, frozenset[str]], text: str) -> dict[str, frozenset[str]]:
    """The shared words and signs a text leaves open: "¥" in a story that names Guangdong is the
    yuan, in one that names Yamagata the yen (the country most named, as extraction decides it)."""
    if not options or not any(word in text.lower() for word in options):
        return options
    country = most_named_country(text)
    local = next((set(c.currencies) for c in COUNTRIES if c.code == country), set())
    return {word: frozenset(local & isos) or isos for word, isos in options.items()}


def _settled_unit(figure: LFigure, options: dict[str, frozenset[str]]) -> str | None:
    """The figure's currency, a shared sign settled by its text: "¥" in a Tokyo story is JPY."""
    settled = {next(iter(isos)) for word, isos in options.items() if len(isos) == 1 and word in figure.text.lower()}
    return settled.pop() if len(settled) == 1 else figure.unit


def _shared_word(s: LFigure, t: LFigure, options: tuple[dict[str, frozenset[str]], ...]) -> bool:
    """A currency read from a word or sign several currencies share ("¥", "pesos"), which the other
    text names one of: "¥21.5 billion" and "215億円" are yen."""
    for figure, other, table_options in ((s, t, options[0]), (t, s, options[-1])):
        text = figure.text.lower()
        if other.unit and any(other.unit in isos and word in text for word, isos in table_options.items()
                              if len(isos) > 1):  # a sign the text settled is no longer shared
            return True
    return False


def _pair_issue(s: LFigure, t: LFigure, target: Sequence[LFigure] = (), hedges: bool = True,
                options: tuple[dict[str, frozenset[str]], ...] = ({},)) -> Issue | None:
    """What differs between two figures that are the same number."""
    if {s.kind, t.kind} == {"percent", "points"}:
        return Issue("percent_points", s, t, f"{_shown(s)} is {_kind_word(s)} but the translation "
                                              f"{_shown(t)} is {_kind_word(t)}")
    elided = t.unit is None and any(other.unit == s.unit for other in target if other is not t)
    # "12,4 millones de ellos": the currency said once
    source_unit, target_unit = _settled_unit(s, options[0]), _settled_unit(t, options[-1])
    if s.kind == "money" and source_unit != target_unit and not elided and not _same_dollar(s, t) \
            and not _shared_word(s, t, options):
        return Issue("currency", s, t, f"{_shown(s)} is {source_unit or 'no currency'} but the translation "
                                        f"{_shown(t)} is {target_unit or 'no currency'}")
    if hedges and _HEDGE_CLASS[s.hedge] != _HEDGE_CLASS[t.hedge] and not _up_to_or_to(s, t) \
            and not _either_reading(s, t):
        return Issue("hedge", s, t, f"{_hedged(s)} became {_hedged(t)}")
    fs, ft = _unit_factors(s, t)
    if t.loose_ulp * ft > s.loose_ulp * fs and s.loose_ulp > 0 and "fraction" not in (s.kind, t.kind) \
            and not _only_zeros_dropped(s, t, fs, ft):
        # a fraction in words has no precision to lose: "four-fifths" is "八成" (80%) as written
        return Issue("rounding", s, t, f"{_shown(s)} (to {_power(s.loose_ulp)}) is rounded to {_shown(t)} "
                                        f"(to {_power(t.loose_ulp)}) in the translation")
    return None


def _only_zeros_dropped(s: LFigure, t: LFigure, fs: Decimal, ft: Decimal) -> bool:
    """The coarser figure has exactly the finer one's value ("CHF 3.00" and "3 francs", "1.50 m"
    and "150 cm"): the digits it leaves out were zeros, so nothing is lost. Rounding changes the
    value; dropping trailing zeros never does."""
    return s.value * fs == t.value * ft


def _hedge_certainty(issue: Issue, source_text: str, source_locale: str, target_text: str,
                     target_locale: str) -> Issue:
    """A hedge against none is sure only when nothing before the unhedged figure can be a hedge no
    table knows ("passou de R$ 1.400" for "topped R$1,400"): else the mismatch is uncertain. Two
    recognized hedges that differ are always sure."""
    if issue.kind != "hedge" or issue.source is None or issue.target is None:
        return issue
    if issue.source.hedge is None and not plainly_unhedged(source_text, issue.source.start, source_locale):
        return dataclasses.replace(issue, certain=False)
    if issue.target.hedge is None and not plainly_unhedged(target_text, issue.target.start, target_locale):
        return dataclasses.replace(issue, certain=False)
    return issue


def _up_to_or_to(s: LFigure, t: LFigure) -> bool:
    """ "hasta 641.000" is "up to 641,000" or the "to" of "rose 10% to 641,000": either reading."""
    for figure, other in ((s, t), (t, s)):
        if (figure.hedge_text or "").lower() in UP_TO_OR_TO and other.hedge in (None, Direction.BELOW):
            return True
    return False


def _either_reading(s: LFigure, t: LFigure) -> bool:
    """ "cerca de 38 %" is "nearly 38%" or "about 38%": a hedge with two readings meets either."""
    for figure, other in ((s, t), (t, s)):
        readings = TWO_READINGS.get((figure.hedge_text or "").lower())
        if readings and other.hedge in readings:
            return True
    return False


def _decimal_mark_issue(s: LFigure, t: LFigure, target_locale: str) -> Issue | None:
    """A decimal written with the other language's mark ("140.82" in French) is misread there."""
    spec = table(target_locale)
    mark = spec.decimal
    if t.digits.count(mark) > 1:
        return Issue("separator", s, t, f"{_shown(t)} groups thousands with {mark!r}, which {target_locale} "
                                        f"reads as the decimal mark")
    written = re.search(r"[.,](\d{1,2}|\d{4,})$", t.digits)
    if written and t.digits[written.start()] not in spec.decimals and t.ulp < t.scale:
        return Issue("separator", s, t, f"{_shown(t)} writes the decimal mark as "
                                        f"{t.digits[written.start()]!r}; {target_locale} writes {mark!r}")
    return None


_COORDINATION = re.compile(r",|、|，|;|；|\b(?:and|while|whereas|und|et|y|e|ed)\b|와|과|및|と|和|及")
# "A tonnes of hake and B tonnes of monkfish": a conjunction coordinates even after "of" (a comma may
# close the whole, "43 of the 96, ...")
_AND = re.compile(r"\b(?:and|while|whereas|und|et|y|e|ed)\b")
# Figures set against each other ("54% of the votes against 46%") are coordinated even after "of"
_CONTRAST = re.compile(r"\b(?:against|versus|vs|gegenüber|contre|contro|contra|frente a)\b", re.IGNORECASE)


# "43 of the 96": the second figure is the whole the first is part of, when "of" reaches it with no
# clause mark; "€2.4 billion of them, ahead of Morocco with €1.6 billion" coordinates two amounts
_PARTITIVE = re.compile(r"\s*(?:of\b|のうち|中的|中)[^,;，；、]*$")
_PART_OF = re.compile(r"(?:^|[.;:!?]\s+)Of\s+(?:the\s+)?$", re.IGNORECASE)
_NOT_COORDINATED = re.compile(r"\b(?:from|than|against|compared|versus|vs|after|before)\b", re.IGNORECASE)
# A figure compared with something after it ("¥1,500 more than last year", "3% up from 2023")
_COMPARED_AFTER = re.compile(r"\s*(?:[\w-]+\s+){0,2}(?:than|from)\b", re.IGNORECASE)


def _swaps(src: Sequence[LFigure], tgt: Sequence[LFigure], pairs: list[tuple[int, int]],
           source_text: str, head_final: bool = False) -> list[Issue]:
    """Two figures of one kind, coordinated in the source ("A and B", "東京で82%、大阪で76%"), that
    come in reverse order in the translation: each is now attached to the other's noun."""
    issues = []
    for (s1, t1), (s2, t2) in itertools.combinations(pairs, 2):
        a, b = src[s1], src[s2]
        if t1 < t2 or _family(a) != _family(b) or a.unit != b.unit or a.value == b.value:
            continue
        if "year" in (a.kind, b.kind):
            continue  # "2023年，..." opens the Chinese sentence: a year moves freely
        if any(_family(src[k]) == _family(a) and src[k].kind != "year" for k in range(s1 + 1, s2)):
            continue  # only neighbours of their kind (a year between them is a date, not one of them)
        if _in_words(a) != _in_words(b):
            continue  # "90,712 stations ... in seven phases": a count in words is no amount to trade
        between = source_text[a.end:b.start]
        if (head_final and (_NOT_COORDINATED.search(between) or _COMPARED_AFTER.match(source_text, b.end))) \
                or _PART_OF.search(source_text[:a.start]):
            # a change's endpoints ("B, up from A") come base first in a head-final language ("AからBに"),
            # and so does a difference ("A, B more than last year": "前年よりB高いA");
            # a part of a whole ("Of the 96 trains, 43") in any order
            continue
        if _CONTRAST.search(between) or _AND.search(between) or \
                (_COORDINATION.search(between) and not _PARTITIVE.match(between)):
            issues.append(Issue("swap", a, tgt[t1], f"{_shown(a)} and {_shown(b)} trade places in the "
                                                    f"translation ({_shown(tgt[t2])} comes first)"))
    return issues


def _in_words(figure: LFigure) -> bool:
    """A figure written in words ("seven", "सात", "十一"), not digits."""
    return not any(c.isdigit() for c in figure.digits)


def _explain_leftovers(src: Sequence[LFigure], tgt: Sequence[LFigure], left_s: list[int],
                       left_t: list[int], source_locale: str,
                       target_locale: str) -> list[tuple[Issue | None, int, int]]:
    """Leftovers explained in pairs: a misread separator or scale, else a different number in the
    same place; two soft number words there are one count rephrased (None: no issue)."""
    explained: list[tuple[Issue | None, int, int]] = []
    used: set[int] = set()
    for i in left_s:
        options = [j for j in left_t if j not in used and _compatible(src[i], tgt[j])]
        options.sort(key=lambda j: abs(_position(src, i) - _position(tgt, j)))
        best: tuple[Issue | None, int] | None = next(((issue, j) for j in options
                     if (issue := _reading_issue(src[i], tgt[j], source_locale, target_locale))), None)
        if best is None and options and (_same_slot(src, tgt, i, options[0]) or _last_of_their_kind(
                src, tgt, i, options[0], left_s, [j for j in left_t if j not in used])):
            j = options[0]
            changed = not (_soft(src[i]) or _soft(tgt[j])) or not (_in_words(src[i]) and _in_words(tgt[j]))
            best = (Issue("value", src[i], tgt[j], f"{_shown(src[i])} became {_shown(tgt[j])}") if changed
                    else None, j)
        if best is not None:
            explained.append((best[0], i, best[1]))
            used.add(best[1])
    return explained


def _last_of_their_kind(src: Sequence[LFigure], tgt: Sequence[LFigure], i: int, j: int, left_s: Sequence[int],
                        left_t: Sequence[int]) -> bool:
    """The one amount of a unit or currency left on each side, wherever word order puts them
    ("112,400 tonnes ... in 2023" and "2023'e göre ... 121.400 ton"): a different number for one
    figure, not one figure lost and another added."""
    s, t = src[i], tgt[j]
    if (s.measure is None and s.unit is None) or _family(s) != _family(t) or (s.measure, s.unit) != (t.measure, t.unit):
        return False
    def kin(figure: LFigure) -> bool:
        return _family(figure) == _family(s) and (figure.measure, figure.unit) == (s.measure, s.unit)
    return [k for k in left_s if kin(src[k])] == [i] and [k for k in left_t if kin(tgt[k])] == [j]


def _same_slot(src: Sequence[LFigure], tgt: Sequence[LFigure], i: int, j: int) -> bool:
    """A different number in the same place: same kind and unit, close relative positions."""
    s, t = src[i], tgt[j]
    return _family(s) == _family(t) and s.unit == t.unit and abs(_position(src, i) - _position(tgt, j)) <= 0.5


def _reading_issue(s: LFigure, t: LFigure, source_locale: str, target_locale: str) -> Issue | None:
    """A misread separator or a scale off by a power of ten, if either makes the figures meet."""
    source_spec, target_spec = table(source_locale), table(target_locale)
    swapped = _swapped(source_spec)
    readings = (  # the digits reread, and why the reader would misread them
        (t.digits, t.scale, source_spec,
         f"the separator in {t.digits!r} is {_separator_role(t.digits, target_spec)} in {target_locale}"),
        (s.digits, s.scale, target_spec, f"the separator in {s.digits!r} was read as "
                                         f"{_separator_role(s.digits, target_spec)}, as {target_locale} writes it"),
        (s.digits, s.scale, swapped, f"the separator in {s.digits!r} was read as {_separator_role(s.digits, swapped)}; "
                                     f"in {source_locale} it is {_separator_role(s.digits, source_spec)}"))
    for digits, scale, spec, why in readings:
        reread = interpret(digits, spec.decimal, spec.group) if _has_separator(digits) else None
        other = s if digits is t.digits else t
        if reread is not None and _meets(reread[0] * scale, other):
            return Issue("separator", s, t, f"{_shown(s)} became {_shown(t)}: {why}")
    if s.value and t.value:
        fs, ft = _unit_factors(s, t)
        ratio = (t.value * ft / (s.value * fs)).normalize()
        factor = next((f for f in SCALE_FACTORS if abs(ratio - f) <= f * Decimal("0.006")), None)
        scaled = s.scale_word is not None or t.scale_word is not None
        # "6.6%" -> "66%" is a value; money may lose its currency ("DKK 54.3 billion", "54,3 billioner kr.")
        if factor is not None and _compatible(s, t) and scaled:
            return Issue("scale", s, t, f"{_shown(s)} became {_shown(t)}, {_times(factor)}: "
                                         f"{_scale_cause(s, t, target_spec)}")
    return None


def _swapped(spec: LocaleTable) -> LocaleTable:
    """The marks in the other roles: Peru's "4,523 millones" read the Spanish way is 4.523 million."""
    return dataclasses.replace(spec, decimal=spec.group, group=spec.decimal) \
        if spec.group in ",." else spec


def _meets(value: Decimal, figure: LFigure) -> bool:
    return figure.low <= value <= figure.high


def _has_separator(digits: str) -> bool:
    return any(c in digits for c in ".,")


def _separator_role(digits: str, spec: object) -> str:
    mark = "," if "," in digits else "."
    return "the decimal mark" if mark == getattr(spec, "decimal", ".") else "a thousands separator"


def _times(factor: Decimal) -> str:
    power = SCALE_FACTORS[factor]
    return f"{'×' if power > 0 else '÷'} 10^{abs(power)}"


def _scale_cause(s: LFigure, t: LFigure, target_spec: object) -> str:
    """Name the scale word that was meant: "'Billion' is 10^12 in de; 10^9 is 'Milliarde'"."""
    scales: dict[str, Decimal] = getattr(target_spec, "scales", {})
    code = getattr(target_spec, "code", "")
    meant = s.value / (t.value / t.scale) if t.value else Decimal(0)
    words = sorted((w for w, v in scales.items() if v == meant and "." not in w
                    and (len(w) > 3 or not w.isascii())), key=len)
    if t.scale_word:
        said = f"{t.scale_word!r} is {_power(t.scale)} in {code}"
        return f"{said}; {_power(meant)} is {words[0]!r}" if words else said
    return "the scale word or the digits were changed"


def _power(value: Decimal) -> str:
    """10^9 for a power of ten, else the number."""
    digits = str(int(value)) if value == value.to_integral_value() else ""
    if digits and digits[0] == "1" and set(digits[1:]) <= {"0"} and len(digits) > 3:
        return f"10^{len(digits) - 1}"
    return _plain(value)


def _kind_word(figure: LFigure) -> str:
    return "percentage points" if figure.kind == "points" else "a percent"


def _hedged(figure: LFigure) -> str:
    return f"{figure.hedge_text} {_shown(figure)}" if figure.hedge_text else f"{_shown(figure)} (no hedge)"


def _shown(figure: LFigure) -> str:
    return repr(" ".join(figure.text.split()))


def _plain(value: Decimal) -> str:
    return format(value.normalize(), "f")
