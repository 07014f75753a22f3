"""factlint's checks: one module per family, each rule registered with a stable code.

The registry is this explicit tuple (no directory scanning at run time); a structure test checks
that every module in this folder is listed and every code is unique and well formed.
Find a rule by its code: the prefix names the module (see FAMILIES).
"""

from __future__ import annotations

from factlint.checks import (
    anchoring,
    changes,
    counts,
    coverage,
    currency,
    dates,
    l10n,
    ordering,
    repeats,
    shares,
    suppressions,
    totals,
)

# Code prefix -> module, so that `CUR001` leads straight to checks/currency.py.
FAMILIES = {
    "ANC": anchoring,
    "CUR": currency,
    "CNT": counts,
    "SUM": totals,
    "PCT": shares,
    "CHG": changes,
    "ORD": ordering,
    "REP": repeats,
    "DAT": dates,
    "COV": coverage,
    "SUP": suppressions,
    "LOC": l10n,
}

RULES = tuple(rule for module in FAMILIES.values() for rule in module.RULES)
