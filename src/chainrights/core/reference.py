"""Reference data with provenance: countries (ISO 3166) and the rights taxonomy."""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.metadata import version
from typing import Any

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


@lru_cache(maxsize=1)
def rights_document() -> dict[str, Any]:
    text = resources.files("chainrights.core").joinpath("data/rights.json").read_text("utf-8")
    document: dict[str, Any] = json.loads(text)
    return document


def rights_provenance() -> dict[str, Any]:
    doc = rights_document()
    return {k: doc[k] for k in ("taxonomy", "version", "retrieved", "sources")}


def sync_rights() -> int:
    """Create or update every right from the data file; returns how many changed.

    Runs after each ``migrate`` so every database carries the same taxonomy.
    """
    from chainrights.core import events
    from chainrights.core.models import Right

    changed = 0
    by_code = {r.code: r for r in Right.objects.all()}
    with events.acting_as(
        system="reference", reason="rights taxonomy " + rights_document()["version"]
    ):
        for entry in rights_document()["rights"]:
            right = by_code.get(entry["code"]) or Right(code=entry["code"])
            parent = by_code.get(entry["parent"]) if entry["parent"] else None
            wanted = {
                "parent": parent,
                "kind": entry["kind"],
                "name": entry["name"],
                "summary": entry["summary"],
                "sector": entry["sector"],
                "instruments": entry["instruments"],
                "position": entry["position"],
            }
            if right.pk and all(getattr(right, k) == v for k, v in wanted.items()):
                continue
            for key, value in wanted.items():
                setattr(right, key, value)
            right.save()
            by_code[right.code] = right
            changed += 1
    return changed


def sync_after_migrate(sender: Any, using: str = "default", **kwargs: Any) -> None:
    from chainrights.core.models import Right

    try:
        Right.objects.using(using).exists()
    except Exception:  # noqa: BLE001  (the table does not exist yet on a partial migrate)
        return
    if using == "default":
        sync_rights()
