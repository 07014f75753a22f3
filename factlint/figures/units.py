"""Units a claim can carry: ISO 4217 currencies, percents, counts of a noun, dates and years, and
physical units through pint (whose registry is built only when a claim needs one).

pint knows no currencies, and factlint keeps them out of it: each currency is its own dimension
and rates are data (see `rates`), so converting yuan to dollars is never a unit conversion.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

# ISO 4217 codes, current and historic, as babel's CLDR data lists them.
ISO_4217 = frozenset("""
    ADP AED AFA AFN ALK ALL AMD ANG AOA AOK AON AOR ARA ARL ARM ARP ARS ATS AUD AWG AZM AZN
    BAD BAM BAN BBD BDT BEC BEF BEL BGL BGM BGN BGO BHD BIF BMD BND BOB BOL BOP BOV BRB BRC
    BRE BRL BRN BRR BRZ BSD BTN BUK BWP BYB BYN BYR BZD CAD CDF CHE CHF CHW CLE CLF CLP CNH
    CNY COP COU CRC CSD CSK CUC CUP CVE CYP CZK DDM DEM DJF DKK DOP DZD ECS ECV EEK EGP ERN
    ESA ESB ESP ETB EUR FIM FJD FKP FRF GBP GEK GEL GHC GHS GIP GMD GNF GNS GQE GRD GTQ GWE
    GWP GYD HKD HNL HRD HRK HTG HUF IDR IEP ILP ILR ILS INR IQD IRR ISJ ISK ITL JMD JOD JPY
    KES KGS KHR KMF KPW KRH KRO KRW KWD KYD KZT LAK LBP LKR LRD LSL LTL LTT LUC LUF LUL LVL
    LVR LYD MAD MAF MCF MDC MDL MGA MGF MKD MKN MLF MMK MNT MOP MRO MRU MTL MTP MUR MVP MVR
    MWK MXN MXP MXV MYR MZE MZM MZN NAD NGN NIC NIO NLG NOK NPR NZD OMR PAB PEI PEN PES PGK
    PHP PKR PLN PLZ PTE PYG QAR RHD ROL RON RSD RUB RUR RWF SAR SBD SCR SDD SDG SDP SEK SGD
    SHP SIT SKK SLE SLL SOS SRD SRG SSP STD STN SUR SVC SYP SZL THB TJR TJS TMM TMT TND TOP
    TPE TRL TRY TTD TWD TZS UAH UAK UGS UGX USD USN USS UYI UYP UYU UYW UZS VEB VED VEF VES
    VND VNN VUV WST XAD XAF XAG XAU XBA XBB XBC XBD XCD XCG XDR XEU XFO XFU XOF XPD XPF XPT
    XRE XSU XTS XUA XXX YDD YER YUD YUM YUN YUR ZAL ZAR ZMK ZMW ZRN ZRZ ZWD ZWG ZWL ZWR
""".split())

# Unit spellings that are not pint's business, with the kind each one names.
SPECIAL_UNITS: dict[str, str] = {
    "percent": "percent", "%": "percent",
    "pp": "points", "percentage points": "points", "points": "points",
    "count": "count",
    "fraction": "fraction", "ratio": "ratio", "multiple": "ratio",
    "date": "date", "weekday": "weekday", "month": "date",
    "year": "year", "year-range": "year_range", "decade": "year_range", "period": "period",
    "ordinal": "ordinal", "rank": "ordinal",
}


# Durations are common in news ("seven consecutive years"): known without building pint (~600 ms).
TIME_UNITS: dict[str, str] = {
    **{plural: singular for singular, plural in (
        ("year", "years"), ("month", "months"), ("week", "weeks"), ("day", "days"),
        ("hour", "hours"), ("decade", "decades"), ("quarter", "quarters"), ("century", "centuries"))},
    "week": "week", "day": "day", "hour": "hour", "decade": "decade", "quarter": "quarter",
    "century": "century",
}


@dataclass(frozen=True, slots=True)
class Unit:
    text: str  # as recorded
    kind: str  # currency, percent, points, count, fraction, ratio, date, weekday, year, ...
    code: str  # canonical: ISO code, "percent", pint's canonical name, or the kind


class UnknownUnitError(ValueError):
    pass


def parse_unit(text: str) -> Unit:
    """Classify a recorded unit; raises UnknownUnitError saying what was expected."""
    cleaned = " ".join(text.split())
    if cleaned.upper() == cleaned and cleaned in ISO_4217:
        return Unit(text, "currency", cleaned)
    kind = SPECIAL_UNITS.get(cleaned.lower())
    if kind is not None:
        return Unit(text, kind, "percent" if kind == "percent" else kind)
    if cleaned.lower() in TIME_UNITS:
        return Unit(text, "quantity", TIME_UNITS[cleaned.lower()])
    if len(cleaned) == 3 and cleaned.isalpha() and cleaned.upper() == cleaned:
        raise UnknownUnitError(
            f"unknown currency {cleaned!r}: expected an ISO 4217 code such as USD, EUR, CNY")
    return Unit(text, "quantity", _pint_canonical(cleaned))


@lru_cache(maxsize=256)
def _pint_canonical(text: str) -> str:
    registry = unit_registry()
    try:
        unit = registry.parse_units(text)
    except Exception as error:  # pint raises several unrelated types for bad input
        raise UnknownUnitError(
            f"unknown unit {text!r}: expected an ISO 4217 currency (USD), percent, pp, count, "
            f"fraction, date, weekday, year, year-range, ordinal, or a physical unit pint knows "
            f"(km, tonne, kWh)") from error
    return str(unit)


@lru_cache(maxsize=1)
def unit_registry() -> Any:
    """pint's registry, built on first use with its definition cache (import pint costs ~250 ms)."""
    import pint

    return pint.UnitRegistry(cache_folder=":auto:")
