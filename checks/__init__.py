"""factlint's checks: one module per family, each rule registered with a stable code.

The registry is the explicit table FAMILY_MODULES (no directory scanning at run time); a structure
test checks that every module in this folder is listed and every code is unique and well formed.
Find a rule by its code: the prefix names the module (`CUR001` -> checks/currency.py).

Families are imported when first asked for: `factlint l10n` needs only the LOC family, and
importing every family would compile the article scanner's patterns it never uses.
"""

from __future__ import annotations

import importlib
from functools import cache
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from factlint.registry import Rule

# Code prefix -> module name, in the order rules are run and listed.
FAMILY_MODULES = {
    "ANC": "anchoring",
    "CUR": "currency",
    "CNT": "counts",
    "SUM": "totals",
    "PCT": "shares",
    "CHG": "changes",
    "ORD": "ordering",
    "REP": "repeats",
    "DAT": "dates",
    "COV": "coverage",
    "SUP": "suppressions",
    "LOC": "l10n",
}


def family(prefix: str) -> ModuleType:
    """The module of a code prefix: family("CUR") is factlint.checks.currency."""
    return importlib.import_module(f"{__name__}.{FAMILY_MODULES[prefix]}")


@cache
def rules_of(*prefixes: str) -> tuple[Rule, ...]:
    """The rules of some families, importing only those; every rule when none is named."""
    return tuple(rule for prefix in prefixes or FAMILY_MODULES for rule in family(prefix).RULES)


def __getattr__(name: str) -> Any:
    # FAMILIES and RULES as module attributes, built on first use (PEP 562).
    if name == "FAMILIES":
        return {prefix: family(prefix) for prefix in FAMILY_MODULES}
    if name == "RULES":
        return rules_of()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
