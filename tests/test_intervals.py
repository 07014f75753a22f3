"""Interval arithmetic is sound: every result contains every combination of members."""

from __future__ import annotations

import math
from decimal import Decimal, localcontext

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factlint.figures.intervals import INF, Interval, format_decimal, format_interval

EXACT = 120  # digits for reference results: far more than the 40 the module keeps

# Decimals as figures are written: up to 15 significant digits, magnitudes from 1e-6 to 1e15.
decimals = st.builds(
    lambda digits, exponent: Decimal(digits).scaleb(exponent),
    st.integers(-(10**15), 10**15),
    st.integers(-12, 6),
)


@st.composite
def intervals(draw, elements=decimals):
    a, b = draw(elements), draw(elements)
    return Interval(min(a, b), max(a, b))


@st.composite
def interval_with_members(draw, elements=decimals):
    """An interval and points inside it: both bounds, the midpoint and a few random points."""
    interval = draw(intervals(elements))
    lo, hi = interval.lo, interval.hi
    with localcontext() as ctx:
        ctx.prec = EXACT
        members = [lo, hi, (lo + hi) / 2]
        for fraction in draw(st.lists(st.fractions(0, 1, max_denominator=10**6), min_size=1, max_size=3)):
            members.append(lo + (hi - lo) * Decimal(fraction.numerator) / Decimal(fraction.denominator))
    return interval, members


def exact(operation, x: Decimal, y: Decimal) -> Decimal:
    with localcontext() as ctx:
        ctx.prec = EXACT
        return operation(x, y)


def assert_contains(interval: Interval, value: Decimal, what: str) -> None:
    assert interval.contains(value), f"{what} = {value} is outside [{interval.lo}, {interval.hi}]"


OPERATIONS = {
    "+": lambda x, y: x + y,
    "-": lambda x, y: x - y,
    "*": lambda x, y: x * y,
    "/": lambda x, y: x / y,
}


@pytest.mark.parametrize("symbol", list(OPERATIONS))
@settings(max_examples=200, deadline=None)
@given(a=interval_with_members(), b=interval_with_members())
def test_operation_contains_every_combination(symbol, a, b):
    (left, xs), (right, ys) = a, b
    operation = OPERATIONS[symbol]
    result = operation(left, right)
    for x in xs:
        for y in ys:
            if symbol == "/" and y == 0:
                continue
            assert_contains(result, exact(operation, x, y), f"{x} {symbol} {y}")


@settings(max_examples=200, deadline=None)
@given(a=interval_with_members(), b=interval_with_members())
def test_division_by_interval_around_zero_says_nothing(a, b):
    (left, _), (right, _) = a, b
    if right.lo <= 0 <= right.hi:
        assert left / right == Interval(-INF, INF)
    else:
        assert (left / right).is_bounded


@settings(max_examples=100, deadline=None)
@given(st.lists(interval_with_members(), min_size=0, max_size=5), st.data())
def test_sum_contains_every_sum_of_members(items, data):
    total = Interval.sum([interval for interval, _ in items])
    for _ in range(5):
        picked = [data.draw(st.sampled_from(members)) for _, members in items]
        with localcontext() as ctx:
            ctx.prec = EXACT
            value = sum(picked, Decimal(0))
        assert_contains(total, value, " + ".join(map(str, picked)) or "empty sum")


small = st.builds(lambda n, exponent: Decimal(n).scaleb(exponent), st.integers(-5000, 5000), st.integers(-2, 0))


@settings(max_examples=200, deadline=None)
@given(intervals(small))
def test_integers_are_exactly_the_whole_numbers_inside(interval):
    inside = interval.integers()
    for n in range(math.floor(interval.lo) - 3, math.ceil(interval.hi) + 4):
        assert (n in inside) == interval.contains(Decimal(n)), n
    assert all(interval.contains(Decimal(n)) for n in inside)


def test_integers_of_unbounded_and_edge_intervals():
    assert list(Interval.at_least(Decimal(3)).integers()) == []
    assert list(Interval.at_most(Decimal(3)).integers()) == []
    assert list(Interval(Decimal("315.049"), Decimal("315.345")).integers()) == []
    assert list(Interval(Decimal("315"), Decimal("316")).integers()) == [315, 316]
    assert list(Interval(Decimal("-1.5"), Decimal("1.5")).integers()) == [-1, 0, 1]
    assert list(Interval.point(Decimal("7")).integers()) == [7]


@settings(max_examples=200, deadline=None)
@given(interval_with_members(small), interval_with_members(small))
def test_overlaps_and_intersect_agree(a, b):
    (left, xs), (right, ys) = a, b
    common = left.intersect(right)
    assert left.overlaps(right) == right.overlaps(left) == (common is not None)
    if common is None:
        assert not any(right.contains(x) for x in xs)
        assert not any(left.contains(y) for y in ys)
    else:
        assert common == right.intersect(left)
        for point in (*xs, *ys):
            assert common.contains(point) == (left.contains(point) and right.contains(point))
        assert left.contains(common.lo) and right.contains(common.lo)
        assert left.contains(common.hi) and right.contains(common.hi)


@settings(max_examples=100, deadline=None)
@given(intervals(), intervals())
def test_hull_contains_both(a, b):
    hull = a.hull(b)
    for point in (a.lo, a.hi, b.lo, b.hi):
        assert hull.contains(point)


def test_empty_interval_is_rejected():
    with pytest.raises(ValueError, match="empty interval"):
        Interval(Decimal(2), Decimal(1))


def test_implied_rate_of_the_seed_conversion():
    # 1 trillion yuan = $140.82 billion: the dollar figure stands for 140.815–140.825 billion.
    rate = Interval.point(Decimal("1e12")) / Interval(Decimal("140.815e9"), Decimal("140.825e9"))
    assert Decimal("7.10099") <= rate.lo <= rate.hi <= Decimal("7.10153")
    assert format_interval(rate) == "7.10101–7.10152"


def test_division_is_rounded_outward():
    # 2/3 has no finite decimal; the bounds must straddle it rather than round to one side.
    third = Interval.point(Decimal(2)) / Interval.point(Decimal(3))
    assert third.lo < third.hi
    with localcontext() as ctx:
        ctx.prec = EXACT
        assert third.contains(Decimal(2) / Decimal(3))


def test_exact_results_stay_points():
    assert Interval.point(Decimal(336)) / Interval.point(Decimal("1.05")) == Interval.point(Decimal(320))
    assert Interval.point(Decimal(1)) / Interval.point(Decimal(8)) == Interval.point(Decimal("0.125"))
    assert Interval.point(Decimal("0.1")) * Interval.point(Decimal(3)) == Interval.point(Decimal("0.3"))
    assert Interval.sum([Interval.point(Decimal(n)) for n in (8, 3, 7, 2)]) == Interval.point(Decimal(20))


def test_infinite_bounds():
    above = Interval.at_least(Decimal("1e12"))
    assert (above + Interval.point(Decimal(5))).hi == INF
    assert (above * Interval.point(Decimal(8))).lo == Decimal("8e12")
    assert (above * Interval.point(Decimal(0))) == Interval.point(Decimal(0))
    assert (Interval.point(Decimal(1)) / above) == Interval(Decimal(0), Decimal("1e-12"))
    assert (above - Interval.at_least(Decimal(1))) == Interval(-INF, INF)
    assert (Interval.point(Decimal(1)) / Interval(Decimal(-1), Decimal(1))) == Interval(-INF, INF)


def test_format():
    assert format_decimal(Decimal("7.101010101")) == "7.10101"
    assert format_decimal(Decimal("140820000000.00")) == "140820000000"
    assert format_decimal(INF) == "∞"
    assert format_decimal(-INF) == "-∞"
    assert format_interval(Interval.at_least(Decimal(18))) == "≥ 18"
    assert format_interval(Interval.at_most(Decimal(18))) == "≤ 18"
    assert format_interval(Interval.point(Decimal("0.125"))) == "0.125"
    assert str(Interval(Decimal("6.55"), Decimal("6.65"))) == "6.55–6.65"


def test_common_and_most_sharing() -> None:
    from decimal import Decimal as D

    from factlint.figures.intervals import Interval, most_sharing

    a, b, c = Interval(D(1), D(3)), Interval(D(2), D(4)), Interval(D(5), D(6))
    assert Interval.common([a, b]) == Interval(D(2), D(3)) and Interval.common([a, c]) is None
    assert most_sharing(["a", "b", "c", "none"], [a, b, c, None]) == ["a", "b"]
