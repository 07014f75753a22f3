"""Written figures parse exactly, and their intervals say what the writing allows."""

from __future__ import annotations

from dataclasses import replace
from decimal import ROUND_HALF_EVEN, Decimal, localcontext

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factlint.figures.figure import FigureSyntaxError, Reading, parse_figure, words_to_int
from factlint.figures.hedges import lookup_hedge
from factlint.figures.intervals import INF, Interval

D = Decimal
SCALES = {None: D(1), "thousand": D(10) ** 3, "million": D(10) ** 6, "billion": D(10) ** 9,
          "trillion": D(10) ** 12}


def strict(text: str, hedge: str | None = None, **kwargs) -> Interval:
    return parse_figure(text).with_hedge(lookup_hedge(hedge)).interval(Reading.STRICT, **kwargs)


def loose(text: str, hedge: str | None = None, **kwargs) -> Interval:
    return parse_figure(text).with_hedge(lookup_hedge(hedge)).interval(Reading.LOOSE, **kwargs)


def within(inner: Interval, outer: Interval) -> bool:
    return outer.lo <= inner.lo and inner.hi <= outer.hi


# -- round trip: write a value as a reporter would, read it back ------------------------------------

values = st.builds(lambda digits, exponent: D(digits).scaleb(exponent),
                   st.integers(0, 10**15), st.integers(-8, 4))


def write(value: Decimal, decimals: int, scale: str | None, separators: bool) -> tuple[str, Decimal]:
    """`value` as text with `decimals` decimals after dividing by the scale word; and that number."""
    with localcontext() as ctx:
        ctx.prec = 60
        shown = (value / SCALES[scale]).quantize(D(1).scaleb(-decimals), rounding=ROUND_HALF_EVEN)
    text = format(shown, f"{',' if separators else ''}.{decimals}f")
    return (f"{text} {scale}" if scale else text), shown


@settings(max_examples=200, deadline=None)
@given(values, st.integers(0, 6), st.sampled_from(list(SCALES)), st.booleans())
def test_written_value_round_trips(value, decimals, scale, separators):
    text, shown = write(value, decimals, scale, separators)
    figure = parse_figure(text)
    ulp = D(1).scaleb(-decimals) * SCALES[scale]

    assert figure.value == shown * SCALES[scale]
    assert figure.ulp == ulp
    assert figure.loose_ulp >= ulp
    assert not figure.exact

    unclamped = figure.interval(Reading.STRICT, nonnegative=False)
    assert unclamped.contains(value), (text, value, unclamped)
    assert unclamped.hi - unclamped.lo == ulp
    assert unclamped.lo == figure.value - ulp / 2

    # The default (nonnegative) reading only cuts off what is below zero.
    clamped = figure.interval(Reading.STRICT)
    assert clamped.contains(value)
    assert clamped.lo == max(unclamped.lo, D(0)) and clamped.hi == unclamped.hi

    wide = figure.interval(Reading.LOOSE)
    assert within(clamped, wide), (text, clamped, wide)
    assert wide.hi - wide.lo <= D(3) / 2 * figure.loose_ulp


@settings(max_examples=100, deadline=None)
@given(values, st.integers(0, 6), st.sampled_from(list(SCALES)))
def test_negative_value_round_trips(value, decimals, scale):
    text, shown = write(-value, decimals, scale, separators=False)
    figure = parse_figure(text)
    assert figure.value == shown * SCALES[scale]
    interval = figure.interval(Reading.STRICT, nonnegative=False)
    assert interval.contains(-value)
    assert interval.hi - interval.lo == figure.ulp


@settings(max_examples=100, deadline=None)
@given(st.integers(1, 10**9), st.integers(0, 8))
def test_trailing_zeros_of_whole_numbers_are_loose(significant, zeros):
    value = significant * 10**zeros
    figure = parse_figure(f"{value:,}")
    trailing = len(str(value)) - len(str(value).rstrip("0"))
    assert figure.ulp == 1
    assert figure.loose_ulp == D(10) ** trailing
    assert within(figure.interval(Reading.STRICT), figure.interval(Reading.LOOSE))


ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def in_words(n: int) -> str:
    if n < 20:
        return ONES[n]
    tens, ones = divmod(n, 10)
    return TENS[tens] + (f"-{ONES[ones]}" if ones else "")


@pytest.mark.parametrize("n", range(100))
def test_number_words_are_exact(n):
    for text in (in_words(n), in_words(n).capitalize(), in_words(n).upper()):
        figure = parse_figure(text)
        assert figure.value == n
        assert figure.exact
        assert figure.interval() == Interval.point(D(n))
        assert words_to_int(text) == n


# -- concrete figures from the seed article ---------------------------------------------------------

def test_decimal_figure():
    figure = parse_figure("140.82")
    assert figure.value == D("140.82")
    assert figure.ulp == D("0.01")
    assert strict("140.82") == Interval(D("140.815"), D("140.825"))


def test_scaled_figure():
    figure = parse_figure("140.82 billion")
    assert figure.value == D("140.82e9")
    assert figure.ulp == D("0.01e9")
    assert figure.written == "140.82 billion"
    assert strict("140.82 billion") == Interval(D("140.815e9"), D("140.825e9"))
    assert loose("140.82 billion") == Interval(D("140.815e9"), D("140.83e9"))


def test_thousands_separator():
    figure = parse_figure("1,528")
    assert figure.value == 1528
    assert figure.ulp == 1 and figure.loose_ulp == 1
    assert not figure.exact
    assert strict("1,528") == Interval(D("1527.5"), D("1528.5"))
    assert parse_figure("27,339").value == 27339
    assert parse_figure("1,000.50 million").value == D("1000.5e6")


@pytest.mark.parametrize(("text", "value"), [
    ("Eleven", 11), ("eleven", 11), ("six", 6), ("twenty-one", 21), ("Twenty-One", 21),
    ("ninety nine", 99), ("eight", 8), ("zero", 0),
])
def test_number_words(text, value):
    figure = parse_figure(text)
    assert figure.value == value
    assert figure.exact
    assert strict(text) == loose(text) == Interval.point(D(value))


def test_number_word_with_scale_is_rounded():
    figure = parse_figure("two million")
    assert figure.value == 2_000_000
    assert not figure.exact
    assert strict("two million") == Interval(D("1.5e6"), D("2.5e6"))


def third(numerator: int, denominator: int) -> Decimal:
    with localcontext() as ctx:
        ctx.prec = 40
        return D(numerator) / D(denominator)


@pytest.mark.parametrize(("text", "value"), [
    ("one-eighth", D("0.125")), ("One-eighth", D("0.125")), ("an eighth", D("0.125")),
    ("a quarter", D("0.25")), ("three-quarters", D("0.75")), ("one-half", D("0.5")),
    ("1/8", D("0.125")), ("1/3", third(1, 3)), ("2 in 5", D("0.4")), ("3 out of 4", D("0.75")),
    ("two-thirds", third(2, 3)), ("one-third", third(1, 3)),
])
def test_fractions_are_exact(text, value):
    figure = parse_figure(text)
    assert figure.value == value
    assert figure.exact
    assert strict(text) == loose(text) == Interval.point(value)


def test_fractions_are_accurate():
    assert abs(parse_figure("1/3").value * 3 - 1) < D("1e-39")
    assert abs(parse_figure("two-thirds").value * 3 - 2) < D("1e-39")


def test_fraction_by_zero():
    with pytest.raises(FigureSyntaxError, match="zero"):
        parse_figure("1/0")


def test_truncation_is_loose_only():
    assert not strict("6.6").contains(D("6.66"))
    assert loose("6.6").contains(D("6.66"))
    assert strict("6.6") == Interval(D("6.55"), D("6.65"))
    assert loose("6.6") == Interval(D("6.55"), D("6.7"))
    # Without truncation the loose reading rounds like the strict one.
    no_truncation = replace(parse_figure("6.6"), truncation_allowed=False)
    assert no_truncation.interval(Reading.LOOSE) == Interval(D("6.55"), D("6.65"))


def test_more_than():
    """Ordinarily, "more than 18 trillion" reaches one step of its last written digit: a bit more,
    not any amount; only the loose reading leaves it unbounded."""
    interval = strict("18 trillion", "more than")
    assert interval.lo == D("18e12")
    assert interval.hi == D("19e12")
    assert strict("2.1 trillion", "more than").hi == D("2.2e12")
    assert strict("58,000", "more than").hi == D("59000")  # trailing zeros: the thousand is the step
    wide = loose("18 trillion", "more than")
    assert not wide.is_bounded
    assert wide.lo == D("17.5e12") and wide.hi == INF
    # Synonyms read the same.
    for synonym in ("over", "exceeding", "surpass", "at least", "in excess of"):
        assert strict("18 trillion", synonym) == interval


def test_less_than():
    assert strict("5", "less than") == Interval(D(4), D(5))
    assert strict("5", "less than", nonnegative=False) == Interval(D(4), D(5))
    assert loose("5", "less than", nonnegative=False) == Interval(-INF, D(6))
    assert loose("5", "up to") == Interval(D(0), D("6"))


def test_nearly():
    assert strict("3 trillion", "nearly") == Interval(D("2.85e12"), D("3e12"))
    assert strict("4", "nearly") == Interval(D("3.8"), D("4"))
    # Loose: a wider margin, and the rounding of the figure itself.
    wide = loose("3 trillion", "nearly")
    assert within(strict("3 trillion", "nearly"), wide)
    assert wide.lo <= D("2.55e12")


def test_about():
    # A point: about means ±5 % strictly, ±20 % loosely.
    assert strict("1/8", "about") == Interval(D("0.11875"), D("0.13125"))
    assert loose("1/8", "about") == Interval(D("0.1"), D("0.15"))
    assert strict("one-eighth", "about") == strict("1/8", "about")
    # A coarse figure: the rounding interval is wider than ±5 % and wins.
    assert strict("4.4 million", "some") == Interval(D("4.18e6"), D("4.62e6"))
    assert strict("4 million", "about") == Interval(D("3.5e6"), D("4.5e6"))


def test_trailing_zeros():
    figure = parse_figure("58,000")
    assert figure.ulp == 1
    assert figure.loose_ulp == 1000
    assert strict("58,000") == Interval(D("57999.5"), D("58000.5"))
    assert loose("58,000") == Interval(D("57500"), D("59000"))
    # Decimal places written are significant even when zero.
    assert parse_figure("2.50").loose_ulp == D("0.01")
    assert parse_figure("0").loose_ulp == 1


def test_writings_of_one_value():
    assert parse_figure("eight").value == parse_figure("8").value
    assert parse_figure("1,000").value == parse_figure("1 thousand").value
    assert parse_figure("140.82 billion").value == parse_figure("140,820 million").value
    assert parse_figure("6.6").value != parse_figure("6.7").value


@pytest.mark.parametrize("text", ["12..3", "abc", "", "1,52", "1.2.3", "$5", "12 bazillion", "five-ish"])
def test_bad_input_says_what_was_expected(text):
    with pytest.raises(FigureSyntaxError) as error:
        parse_figure(text)
    message = str(error.value)
    assert repr(text) in message
    assert "expected" in message
    assert "digits" in message


def test_fraction_agrees_with_interval_division():
    # "two-thirds" of 3 clusters is 2: the computed ratio must still meet the written fraction.
    ratio = Interval.point(D(2)) / Interval.point(D(3))
    assert ratio.overlaps(strict("two-thirds"))
    assert (Interval.point(D(1)) / Interval.point(D(3))).overlaps(strict("1/3"))
