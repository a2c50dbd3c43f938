"""Facility records as contributors give them, and their normalised form used for matching."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from chainrights.countries import resolve_country
from chainrights.matching.address import Address, canonical_tokens, normalize_address, units_in
from chainrights.matching.legal_forms import strip_legal_forms
from chainrights.matching.text import compact, words

NAME_ABBREVIATIONS = {
    "intl": "international", "int": "international", "mfg": "manufacturing",
    "mfr": "manufacturer", "mfrs": "manufacturer", "gmt": "garment", "gmts": "garment",
    "inds": "industrial", "ind": "industrial", "industries": "industrial",
    "industry": "industrial", "tex": "textile", "txt": "textile", "knit": "knitting",
    "knitwear": "knitting", "knitting": "knitting", "fty": "factory", "mill": "mills",
    "apparels": "apparel", "garments": "garment", "textiles": "textile", "fashions": "fashion",
    "shoes": "shoe", "exports": "export", "exp": "export", "bros": "brothers",
    "enterprises": "enterprise", "ent": "enterprise", "&": "and",
}  # fmt: skip


@dataclass(frozen=True)
class Record:
    """One row of a supplier list or registry, exactly as given."""

    key: str
    country: str
    name: str
    address: str = ""
    lat: float | None = None
    lng: float | None = None
    parent_company: str = ""
    number_of_workers: int | None = None


@dataclass(frozen=True)
class Normalized:
    key: str
    country: str
    name_tokens: tuple[str, ...]
    name_compact: str
    name_numbers: frozenset[str]
    address: Address
    units: frozenset[tuple[str, str]]
    lat: float | None
    lng: float | None
    parent: str
    workers: int | None
    legal_forms: tuple[tuple[str, ...], ...] = field(default=())

    @property
    def has_location(self) -> bool:
        return self.lat is not None and self.lng is not None


def country_code(text: str) -> str:
    """ISO 3166-1 alpha-2 for any common spelling, or '' when unknown."""
    found = resolve_country(text or "")
    return found.code if found else ""


def _country_words(code: str) -> frozenset[str]:
    found = resolve_country(code) if code else None
    return frozenset(words(found.name)) if found else frozenset()


def normalize_name(name: str, country: str) -> tuple[list[str], list[tuple[str, ...]]]:
    tokens = [NAME_ABBREVIATIONS.get(t, t) for t in canonical_tokens(words(name))]
    return strip_legal_forms(tokens, country)


def normalize(record: Record) -> Normalized:
    """Everything the comparisons need, computed once per record."""
    country = country_code(record.country)
    tokens, removed = normalize_name(record.name, country)
    name_units = units_in(tokens)
    trailing = {t for t in tokens[-2:] if t.isdigit() and len(t) <= 3}
    address = normalize_address(record.address or "", _country_words(country))
    lat, lng = record.lat, record.lng
    if (
        lat is not None
        and lng is not None
        and not (
            math.isfinite(lat) and math.isfinite(lng) and -90 <= lat <= 90 and -180 <= lng <= 180
        )
    ):
        lat = lng = None
    parent_tokens, _ = normalize_name(record.parent_company or "", country)
    return Normalized(
        key=record.key,
        country=country,
        name_tokens=tuple(tokens),
        name_compact=compact(tokens),
        name_numbers=frozenset(v for _, v in name_units) | frozenset(trailing),
        address=address,
        units=address.units | name_units,
        lat=lat,
        lng=lng,
        parent=compact(parent_tokens),
        workers=record.number_of_workers,
        legal_forms=tuple(removed),
    )
