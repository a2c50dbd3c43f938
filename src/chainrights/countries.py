"""ISO 3166-1 countries as people write them: codes, names, old names and native scripts.

Pure Python (no Django) so the matching library and the CLI can use it without a database.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import version

import pycountry

# Names people write that pycountry no longer (or never did) resolve. Keys are
# folded with ``_fold``; values are ISO 3166-1 alpha-2 codes.
COUNTRY_ALIASES: dict[str, str] = {
    "turkey": "TR",
    "turkiye": "TR",
    "republic of turkey": "TR",
    "viet nam": "VN",
    "vietnam": "VN",
    "socialist republic of vietnam": "VN",
    "prc": "CN",
    "p.r.c.": "CN",
    "p.r. china": "CN",
    "pr china": "CN",
    "china": "CN",
    "mainland china": "CN",
    "people's republic of china": "CN",
    "peoples republic of china": "CN",
    "中国": "CN",
    "中华人民共和国": "CN",
    "hong kong": "HK",
    "hong kong sar": "HK",
    "hong kong sar china": "HK",
    "hong kong, china": "HK",
    "hk sar": "HK",
    "香港": "HK",
    "macau": "MO",
    "macao sar": "MO",
    "taiwan": "TW",
    "taiwan roc": "TW",
    "republic of china": "TW",
    "usa": "US",
    "u.s.a.": "US",
    "us": "US",
    "united states of america": "US",
    "uk": "GB",
    "u.k.": "GB",
    "great britain": "GB",
    "england": "GB",
    "south korea": "KR",
    "korea": "KR",
    "republic of korea": "KR",
    "korea, republic of": "KR",
    "north korea": "KP",
    "burma": "MM",
    "laos": "LA",
    "lao pdr": "LA",
    "ivory coast": "CI",
    "cote d'ivoire": "CI",
    "czech republic": "CZ",
    "russia": "RU",
    "iran": "IR",
    "syria": "SY",
    "moldova": "MD",
    "bolivia": "BO",
    "venezuela": "VE",
    "tanzania": "TZ",
    "vatican": "VA",
    "palestine": "PS",
    "swaziland": "SZ",
    "macedonia": "MK",
    "cape verde": "CV",
    "bangladesh": "BD",
    "বাংলাদেশ": "BD",
    "việt nam": "VN",
    "ประเทศไทย": "TH",
    "ভারত": "IN",
    "भारत": "IN",
    "türkiye": "TR",
    "កម្ពុជា": "KH",
    # as ILOSTAT and the US Department of Labor write them (states app's data)
    "macau, china": "MO",
    "macao, china": "MO",
    "occupied palestinian territory": "PS",
    "democratic republic of the congo": "CD",
    "congo, democratic republic of the": "CD",
}


@dataclass(frozen=True)
class Country:
    code: str
    name: str


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold().strip()
    text = "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )
    return " ".join(text.replace("’", "'").split())


@lru_cache(maxsize=4096)
def resolve_country(text: str) -> Country | None:
    """Resolve a code or a name, in any common spelling, to an ISO 3166-1 country."""
    if not text or not text.strip():
        return None
    folded = _fold(text)
    code = COUNTRY_ALIASES.get(folded) or COUNTRY_ALIASES.get(
        _fold(unicodedata.normalize("NFKC", text))
    )
    if code is None:
        try:
            code = pycountry.countries.lookup(text.strip()).alpha_2
        except LookupError:
            try:
                code = pycountry.countries.lookup(folded).alpha_2
            except LookupError:
                return None
    record = pycountry.countries.get(alpha_2=code)
    if record is None:
        return None
    return Country(code=record.alpha_2, name=getattr(record, "common_name", record.name))


def all_countries() -> list[Country]:
    return sorted(
        (Country(c.alpha_2, getattr(c, "common_name", c.name)) for c in pycountry.countries),
        key=lambda c: c.name,
    )


def country_provenance() -> dict[str, str]:
    return {
        "standard": "ISO 3166-1",
        "source": f"pycountry {version('pycountry')} (Debian iso-codes data)",
        "aliases": f"chainrights alias table, {len(COUNTRY_ALIASES)} entries",
    }
