"""How news writes currencies, as tables (data): signs before the number, names and ISO codes
after it, and the countries whose evidence decides an ambiguous sign.

A sign is written before the number ("$", "€", "Rs", "Ksh", "N1,120 billion"); a name or an ISO
code after it ("40 billion yuan", "41.6 billion USD"). Some signs need the article's country:
"Rs" is India's, Pakistan's, Sri Lanka's or Nepal's rupee; "Sh" Kenya's, Tanzania's or Uganda's
shilling. A bare letter ("N" for naira, "R" for rand, "K" for kwacha) is a currency only glued to a
number that carries a scale word ("N2.1tn", "R16.9 billion"), never in "N95" or "R2".
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

# Signs written before the number -> the currencies they can stand for (the first is the default).
PREFIXES: dict[str, tuple[str, ...]] = {
    "us$": ("USD",), "u.s.$": ("USD",), "$": ("USD", "AUD", "CAD", "NZD", "HKD", "SGD", "TWD"),
    "hk$": ("HKD",), "a$": ("AUD",), "au$": ("AUD",),
    # the Australian and Pacific press writes the country after the sign: "$US6.1 billion", "$A50"
    "$us": ("USD",), "$a": ("AUD",), "$nz": ("NZD",),
    "c$": ("CAD",), "ca$": ("CAD",), "s$": ("SGD",), "nt$": ("TWD",), "nz$": ("NZD",), "r$": ("BRL",),
    "mx$": ("MXN",), "€": ("EUR",), "£": ("GBP",), "¥": ("CNY", "JPY"), "rmb": ("CNY",), "₹": ("INR",),
    "rs": ("INR", "PKR", "LKR", "NPR", "MUR"), "rs.": ("INR", "PKR", "LKR", "NPR", "MUR"),
    "₨": ("PKR", "INR", "LKR", "NPR"), "₩": ("KRW",), "₽": ("RUB",), "₺": ("TRY",), "₫": ("VND",),
    "₱": ("PHP",), "฿": ("THB",), "₪": ("ILS",), "₦": ("NGN",), "₵": ("GHS",), "gh₵": ("GHS",),
    "gh¢": ("GHS",), "chf": ("CHF",), "sfr": ("CHF",), "ksh": ("KES",), "ksh.": ("KES",), "kshs": ("KES",),
    "kshs.": ("KES",), "ush": ("UGX",), "ushs": ("UGX",), "tsh": ("TZS",), "tshs": ("TZS",),
    "sh": ("KES", "TZS", "UGX"), "shs": ("UGX", "KES", "TZS"),
    "tk": ("BDT",), "rp": ("IDR",), "rm": ("MYR",), "e£": ("EGP",), "le": ("EGP",), "egp": ("EGP",),
    "zk": ("ZMW",), "p": ("BWP",),
    # the Gulf press: "KD 493.6 million", "BD 2.1 billion", "QR 40 million", "Dh 5 billion", "SR 1 billion"
    "kd": ("KWD",), "bd": ("BHD",), "qr": ("QAR",), "dh": ("AED",), "dhs": ("AED",), "sr": ("SAR",),
    # the CFA franc as West and Central Africa's press writes it: "CFAF 9,176.3 billion", "FCFA 500"
    "cfaf": ("XOF", "XAF"), "fcfa": ("XOF", "XAF"),
}
# Bare capital letters: a currency only glued to a number with a scale word ("N2.1tn", "R114 billion").
LETTER_PREFIXES: dict[str, tuple[str, ...]] = {"N": ("NGN",), "R": ("ZAR",), "K": ("ZMW", "MWK", "PGK")}
# Signs that are words ("Rp", "RM", "Tk", "Sh", "P", "Le") must be followed by a digit, not a letter.
WORD_PREFIXES = frozenset(p for p in PREFIXES if p[-1].isalpha())
# Currency names written after the number.
NAMES: dict[str, tuple[str, ...]] = {
    "yuan": ("CNY",), "renminbi": ("CNY",), "dollars": ("USD",), "dollar": ("USD",), "us dollars": ("USD",),
    "u.s. dollars": ("USD",), "u.s. dollar": ("USD",), "us dollar": ("USD",),
    "euros": ("EUR",), "euro": ("EUR",), "pounds": ("GBP", "EGP"),
    "pound": ("GBP", "EGP"), "pounds sterling": ("GBP",), "sterling": ("GBP",), "yen": ("JPY",),
    "rupees": ("INR", "PKR", "LKR", "NPR", "MUR"), "rupee": ("INR", "PKR", "LKR", "NPR", "MUR"),
    "indian rupees": ("INR",), "pakistani rupees": ("PKR",), "sri lankan rupees": ("LKR",),
    "nepalese rupees": ("NPR",), "won": ("KRW",), "hong kong dollars": ("HKD",), "hk dollars": ("HKD",),
    "australian dollars": ("AUD",), "canadian dollars": ("CAD",), "singapore dollars": ("SGD",),
    "new taiwan dollars": ("TWD",), "swiss francs": ("CHF",), "francs": ("CHF", "XOF", "XAF"),
    "cfa francs": ("XOF", "XAF"), "roubles": ("RUB",), "rubles": ("RUB",), "reais": ("BRL",),
    "real": ("BRL",), "rand": ("ZAR",), "ringgit": ("MYR",), "baht": ("THB",), "rupiah": ("IDR",),
    "dong": ("VND",), "lira": ("TRY",), "liras": ("TRY",), "zloty": ("PLN",), "zlotys": ("PLN",),
    "zlotych": ("PLN",), "dirhams": ("AED", "MAD"), "dirham": ("AED", "MAD"), "riyals": ("SAR", "QAR", "OMR"),
    "riyal": ("SAR", "QAR", "OMR"), "kronor": ("SEK",), "kroner": ("NOK", "DKK"),
    "pesos": ("MXN", "PHP", "ARS", "COP", "CLP"),
    "peso": ("MXN", "PHP", "ARS", "COP", "CLP"), "naira": ("NGN",), "norwegian crowns": ("NOK",),
    "norwegian kroner": ("NOK",), "swedish crowns": ("SEK",), "swedish kronor": ("SEK",),
    "danish crowns": ("DKK",), "danish kroner": ("DKK",), "czech crowns": ("CZK",), "crowns": ("crowns",),
    "shekels": ("ILS",), "pula": ("BWP",), "kwacha": ("ZMW", "MWK"), "cedis": ("GHS",), "cedi": ("GHS",),
    "shillings": ("KES", "TZS", "UGX"), "shilling": ("KES", "TZS", "UGX"), "forint": ("HUF",),
    "taka": ("BDT",), "kyat": ("MMK",), "riel": ("KHR",), "kip": ("LAK",), "tenge": ("KZT",),
    "hryvnia": ("UAH",), "hryvnias": ("UAH",), "birr": ("ETB",), "dinars": ("KWD", "IQD", "JOD", "BHD", "DZD", "TND"),
    "dinar": ("KWD", "IQD", "JOD", "BHD", "DZD", "TND"), "soles": ("PEN",), "sol": ("PEN",),
    "guaranies": ("PYG",), "bolivianos": ("BOB",), "quetzales": ("GTQ",), "colones": ("CRC",),
    "tugrik": ("MNT",), "meticais": ("MZN",), "kwanza": ("AOA",), "francs cfa": ("XOF", "XAF"),
}
# ISO codes written in capitals, before ("EUR 450 million") or after ("41.6 billion USD") the number.
ISO_CODES = ("USD", "EUR", "GBP", "CNY", "JPY", "INR", "KRW", "HKD", "AUD", "CAD", "SGD", "CHF", "SEK",
             "NOK", "DKK", "BRL", "MXN", "ZAR", "RUB", "TRY", "TWD", "NZD", "THB", "IDR", "MYR", "PHP", "VND",
             "PLN", "CZK", "HUF", "ILS", "AED", "SAR", "PKR", "LKR", "NPR", "BDT", "NGN", "KES", "GHS", "EGP",
             "TZS", "UGX", "ETB", "ARS", "COP", "CLP", "PEN", "UAH", "KZT", "QAR", "KWD", "MAD", "XOF", "XAF")


@dataclass(frozen=True)
class Country:
    """What marks an article as being about a country, for the signs it shares with others."""

    code: str  # ISO 3166 alpha-2, as in a locale tag (en_PK)
    currencies: tuple[str, ...]  # the ones ambiguous signs resolve to
    domains: tuple[str, ...]  # source domain endings
    words: tuple[str, ...]  # names, demonyms, institutions, cities


COUNTRIES: tuple[Country, ...] = (
    # "$" is the US dollar unless the story is one of a country whose own currency is a dollar,
    # as its press writes it ("$9.3 billion" in an Australian budget story is Australian).
    Country("US", ("USD",), (".gov", ".us"), ("United States", "U.S.", "US", "American", "Washington",
                                                "Federal Reserve", "Treasury", "Wall Street")),
    Country("AU", ("AUD",), (".au",), ("Australia", "Australian", "Canberra", "Sydney", "Melbourne",
                                       "Reserve Bank of Australia", "RBA", "Chalmers")),
    Country("NZ", ("NZD",), (".nz",), ("New Zealand", "Wellington", "Auckland", "Reserve Bank of New Zealand")),
    Country("CA", ("CAD",), (".ca",), ("Canada", "Canadian", "Ottawa", "Toronto", "Bank of Canada")),
    Country("HK", ("HKD",), (".hk",), ("Hong Kong", "HKSAR", "Hang Seng", "Legislative Council")),
    Country("SG", ("SGD",), (".sg",), ("Singapore", "Singaporean", "MAS")),
    Country("TW", ("TWD",), (".tw",), ("Taiwan", "Taiwanese", "Taipei")),
    Country("IN", ("INR",), (".in",), ("India", "Indian", "Reserve Bank of India", "RBI", "New Delhi", "Mumbai",
                                       "Lok Sabha", "Odisha", "Sensex", "crore")),
    Country("PK", ("PKR",), (".pk",), ("Pakistan", "Pakistani", "State Bank of Pakistan", "SBP",
                                       "Federal Board of Revenue", "FBR", "Islamabad", "Karachi", "Lahore",
                                       "Punjab government", "PSX")),
    Country("LK", ("LKR",), (".lk",), ("Sri Lanka", "Sri Lankan", "Central Bank of Sri Lanka", "CBSL", "Colombo")),
    Country("NP", ("NPR",), (".np",), ("Nepal", "Nepali", "Nepalese", "Nepal Rastra Bank", "Kathmandu")),
    Country("MU", ("MUR",), (".mu",), ("Mauritius", "Mauritian", "Port Louis")),
    Country("KE", ("KES",), (".ke",), ("Kenya", "Kenyan", "Central Bank of Kenya", "KRA", "Nairobi", "Mombasa")),
    Country("TZ", ("TZS",), (".tz",), ("Tanzania", "Tanzanian", "Bank of Tanzania", "Dar es Salaam", "Dodoma")),
    Country("UG", ("UGX",), (".ug",), ("Uganda", "Ugandan", "Bank of Uganda", "Kampala")),
    Country("ZM", ("ZMW",), (".zm",), ("Zambia", "Zambian", "Lusaka")),
    Country("MW", ("MWK",), (".mw",), ("Malawi", "Malawian", "Lilongwe")),
    Country("PG", ("PGK",), (".pg",), ("Papua New Guinea", "PNG", "Port Moresby")),
    Country("EG", ("EGP",), (".eg",), ("Egypt", "Egyptian", "Cairo", "Suez")),
    Country("MX", ("MXN",), (".mx",), ("Mexico", "Mexican", "Banxico", "Pemex", "Mexico City")),
    Country("PH", ("PHP",), (".ph",), ("Philippines", "Philippine", "Filipino", "Bangko Sentral", "BSP", "Manila")),
    Country("AR", ("ARS",), (".ar",), ("Argentina", "Argentine", "Buenos Aires")),
    Country("CO", ("COP",), (".co",), ("Colombia", "Colombian", "Bogota", "Bogotá", "DANE")),
    Country("CL", ("CLP",), (".cl",), ("Chile", "Chilean", "Santiago", "Codelco")),
    Country("AE", ("AED",), (".ae",), ("UAE", "United Arab Emirates", "Emirati", "Dubai", "Abu Dhabi")),
    Country("MA", ("MAD",), (".ma",), ("Morocco", "Moroccan", "Rabat", "Casablanca")),
    Country("SA", ("SAR",), (".sa",), ("Saudi Arabia", "Saudi", "Riyadh", "Aramco")),
    Country("QA", ("QAR",), (".qa",), ("Qatar", "Qatari", "Doha")),
    Country("OM", ("OMR",), (".om",), ("Oman", "Omani", "Muscat")),
    Country("KW", ("KWD",), (".kw",), ("Kuwait", "Kuwaiti")),
    Country("IQ", ("IQD",), (".iq",), ("Iraq", "Iraqi", "Baghdad")),
    Country("JO", ("JOD",), (".jo",), ("Jordan", "Jordanian", "Amman")),
    Country("DK", ("DKK",), (".dk",), ("Denmark", "Danish", "Copenhagen")),
    Country("NO", ("NOK",), (".no",), ("Norway", "Norwegian", "Oslo")),
    Country("GB", ("GBP",), (".uk",), ("Britain", "British", "United Kingdom", "UK", "London",
                                       "Bank of England")),
    Country("JP", ("JPY",), (".jp",), ("Japan", "Japanese", "Tokyo", "Bank of Japan")),
    Country("CN", ("CNY",), (".cn",), ("China", "Chinese", "Beijing", "Shanghai", "Guangdong",
                                       "People's Bank of China")),
)


def _phrase_table() -> tuple[dict[str, str], dict[str, str], int]:
    """Country names by phrase, in lower case (names match in any case: "ISLAMABAD:" datelines) and
    acronyms as written ("SBP", not "sbp"); and the longest phrase, in words."""
    names: dict[str, str] = {}
    acronyms: dict[str, str] = {}
    for country in COUNTRIES:
        for word in country.words:
            if word.isupper() and len(word) <= 4:
                acronyms[word] = country.code
            else:
                names[word.lower()] = country.code
    return names, acronyms, max(len(w.split()) for c in COUNTRIES for w in c.words)


_NAMES, _ACRONYMS, _LONGEST = _phrase_table()
# The words a name of several words opens with: only there is a longer phrase worth looking up
_OPENERS = frozenset(name.split()[0] for name in _NAMES if " " in name)
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[A-Za-z][A-Za-z'’]*")  # "U.S." whole; words


@lru_cache(maxsize=8)  # extraction and coverage both ask, for the same article
def _country_counts(text: str) -> dict[str, int]:
    """How often each country's names occur, the longest phrase first, in one pass over the words
    (a dictionary lookup per word: a regex alternation of every name costs milliseconds)."""
    tokens = [_possessive_stripped(token) for token in _TOKEN.findall(text)]
    lowered = [token.lower() for token in tokens]  # ASCII letters: lowered word by word as phrase by phrase
    counts = {c.code: 0 for c in COUNTRIES}
    index = 0
    while index < len(tokens):
        if lowered[index] not in _OPENERS:  # most words: one lookup, no phrase built
            code = _ACRONYMS.get(tokens[index]) or _NAMES.get(lowered[index])
            if code is not None and not _names_a_currency(lowered, index + 1):
                counts[code] += 1
            index += 1
            continue
        for size in range(min(_LONGEST, len(tokens) - index), 0, -1):
            phrase = " ".join(tokens[index:index + size])
            code = _ACRONYMS.get(phrase) or _NAMES.get(phrase.lower())
            if code is not None:
                if not _names_a_currency(lowered, index + size):
                    counts[code] += 1
                index += size
                break
        else:
            index += 1
    return counts


def _names_a_currency(lowered: list[str], after: int) -> bool:
    """ "U.S. dollars" names a currency, not the country the story is about."""
    return after < len(lowered) and lowered[after] in ("dollar", "dollars")


def _possessive_stripped(token: str) -> str:
    """ "China's" is China (a string test: a regex substitution per word was most of the pass)."""
    return token[:-2] if token.endswith(("'s", "’s")) else token


def most_named_country(text: str) -> str | None:
    """The country a short text names most (once is enough: a sentence names its place once), if
    one is clearly ahead; None when none or a tie."""
    counts = sorted(((n, code) for code, n in _country_counts(text).items() if n), reverse=True)
    if not counts or (len(counts) > 1 and counts[0][0] == counts[1][0]):
        return None
    return counts[0][1]


# A dateline: the place a story was filed from, in capitals, opening the text ("ISLAMABAD: The ...").
_DATELINE = re.compile(r"^\s*(?:#[^\n]*\n+)?(?:[^\n]*\n+)?\s*([A-Z][A-Z .'-]{2,30}?)\s*(?:,[^:—–\n]{0,30})?\s*[:—–]", )
MIN_MENTIONS = 2  # names in the text: at least this many before they count as evidence


@dataclass(frozen=True)
class CountryEvidence:
    country: str | None  # ISO 3166 alpha-2, or None when nothing points at one country
    why: str  # "locale en_PK", "source domain .pk", "text names Pakistan 4 times"


def article_country(text: str, locale: str | None, source: str | None) -> CountryEvidence:
    """The article's country, from the strongest evidence: the locale's region, the source's
    domain, then the country most named in the text (at least twice, and clearly ahead)."""
    region = re.match(r"^[A-Za-z]{2,3}[-_]([A-Za-z]{2})\b", locale or "")
    if region and any(c.code == region.group(1).upper() for c in COUNTRIES):
        return CountryEvidence(region.group(1).upper(), f"locale {locale}")
    host = re.match(r"^(?:\w+://)?([^/:]+)", source or "")
    if host:
        for country in COUNTRIES:
            if any(host.group(1).lower().endswith(domain) for domain in country.domains):
                return CountryEvidence(country.code, f"source domain {host.group(1)}")
    dateline = _DATELINE.match(text)
    if dateline:
        place = dateline.group(1).strip()
        code = _ACRONYMS.get(place) or _NAMES.get(place.lower())
        if code is not None:
            return CountryEvidence(code, f"dateline {place}")
    counts = _country_counts(text)
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    best, runner = ranked[0], ranked[1]
    if best[1] >= MIN_MENTIONS and best[1] >= 2 * runner[1]:
        name = next(c.words[0] for c in COUNTRIES if c.code == best[0])
        return CountryEvidence(best[0], f"text names {name} and its institutions {best[1]} times")
    return CountryEvidence(None, "no country evidence")


def resolve(candidates: tuple[str, ...], evidence: CountryEvidence) -> str:
    """The currency a sign stands for in this article: the country's, when it is a candidate."""
    if evidence.country is not None:
        for country in COUNTRIES:
            if country.code == evidence.country:
                for code in country.currencies:
                    if code in candidates:
                        return code
    return candidates[0]


def candidates_of(written: str, table: Mapping[str, tuple[str, ...]]) -> tuple[str, ...] | None:
    return table.get(" ".join(written.lower().split()))
