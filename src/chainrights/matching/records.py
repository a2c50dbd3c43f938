"""Facility records as contributors give them, and their normalised form used for matching."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from chainrights.countries import resolve_country
from chainrights.matching.address import (
    ROMAN,
    Address,
    canonical_tokens,
    normalize_address,
    units_in,
)
from chainrights.matching.legal_forms import strip_legal_forms
from chainrights.matching.text import compact, words

# Bumped whenever normalising a record changes what it yields: a saved index (and the CLI's
# index cache) built by another normaliser is refused and rebuilt, never compared.
NORMALISER_VERSION = "11"

NAME_ABBREVIATIONS = {
    "intl": "international", "int": "international", "mfg": "manufacturing",
    "mfr": "manufacturer", "mfrs": "manufacturer", "gmt": "garment", "gmts": "garment",
    "inds": "industrial", "ind": "industrial", "industries": "industrial",
    "industry": "industrial", "tex": "textile", "txt": "textile", "knit": "knitting",
    "knitwear": "knitting", "knitting": "knitting", "fty": "factory", "mill": "mills",
    "apparels": "apparel", "garments": "garment", "textiles": "textile", "fashions": "fashion",
    "shoes": "shoe", "exports": "export", "exp": "export", "bros": "brothers",
    "enterprises": "enterprise", "ent": "enterprise", "&": "and", "apprl": "apparel",
    "appl": "apparel", "knits": "knitting", "knt": "knitting", "fabrics": "fabric",
    "txtl": "textile", "texs": "textile", "gmnt": "garment", "grmt": "garment",
}  # fmt: skip


# Trade words in a country's own language, read as the English ones its lists also use
# ('Công ty TNHH May Việt Thái' is 'Viet Thai Garment Co., Ltd').
LOCAL_NAME_WORDS: dict[str, dict[str, str]] = {
    "VN": {"may": "garment", "det": "textile", "giay": "shoe", "soi": "yarn", "theu": "embroidery"},
}  # fmt: skip
# Not for Turkish 'Tekstil' or Spanish 'Confecciones': their lists write them so on both
# sides, and reading them as English cost the letters' similarity to misspellings
# ('Tekstill', 'Ko nfe ksi yon') on Open Supply Hub's labelled pairs.


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
    # other ways the same name reads: each part of "A / B", or the name without a trailing
    # place that the address repeats ("Baijia Underwear Co - Huahai Village")
    name_variants: tuple[tuple[str, ...], ...] = field(default=())
    coarse_location: bool = False  # coordinates of a place (whole arc-minutes), not a site

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


# Words that open a name to say the row is a site of the company that follows, not another
# company: 'Branch of X', 'Business location of X', Vietnamese 'Chi nhánh Công ty X' and
# 'Địa điểm kinh doanh X'. They are dropped like legal forms; a numbered branch ('X Branch 2')
# is a marker (see compare.markers), never dropped.
SITE_PREFIXES: tuple[tuple[str, ...], ...] = (
    ("business", "location", "of"), ("branch", "office", "of"), ("branch", "of"),
    ("factory", "of"), ("dia", "diem", "kinh", "doanh"), ("chi", "nhanh", "cong", "ty"),
    ("chi", "nhanh"), ("sucursal", "de"), ("cabang",), ("sube",),
)  # fmt: skip


def _drop_site_prefix(tokens: list[str]) -> tuple[list[str], list[tuple[str, ...]]]:
    for prefix in SITE_PREFIXES:
        n = len(prefix)
        if tuple(tokens[:n]) == prefix and len(tokens) > n and not tokens[n].isdigit():
            return tokens[n:], [prefix]
    return tokens, []


# A plant marker glued to the word before it, as lists that lost their spaces write it
# ('Artistic Milliners Pvt Ltdunit14').
_GLUED_MARKER = re.compile(r"^([a-z]{2,}?)(unit|plant|factory|fty)(\d+[a-z]?)$")


def _unglue_markers(tokens: list[str]) -> list[str]:
    out: list[str] = []
    for token in tokens:
        glued = _GLUED_MARKER.match(token) if token[-1:].isdigit() else None
        out.extend(glued.groups() if glued else (token,))
    return out


def normalize_name(name: str, country: str) -> tuple[list[str], list[tuple[str, ...]]]:
    local = LOCAL_NAME_WORDS.get(country, {})
    tokens, prefix = _drop_site_prefix(_unglue_markers(words(name)))
    tokens = [NAME_ABBREVIATIONS.get(t, t) for t in canonical_tokens(tokens)]
    if local:
        tokens = [local.get(t, t) for t in tokens]
    rest, removed = strip_legal_forms(tokens, country)
    return rest, prefix + removed


_JOINT = re.compile(r"\s*/\s*")
# The parent group a brand adds to the name: 'Crystal Group - Yida Garment', 'Yida Garment
# (A Member of Crystal Group)', 'Yida Garment (Crystal Group)'.
_GROUP_WORDS = {"group", "holding", "holdings", "member", "subsidiary", "division"}
_BRACKETED = re.compile(r"\s*[(\[]([^)\]]*)[)\]]\s*")
_DASHED = re.compile(r"\s+[-–—]\s+")


def _without_group(name: str) -> str | None:
    """The name without a bracketed or dash-separated part naming the parent group."""

    def is_group(part: str) -> bool:
        return bool(_GROUP_WORDS & set(words(part)))

    bracketed = [m.group(1) for m in _BRACKETED.finditer(name)]
    if any(is_group(b) for b in bracketed):
        rest = _BRACKETED.sub(lambda m: " " if is_group(m.group(1)) else m.group(0), name)
        return rest.strip() or None
    parts = _DASHED.split(name)
    if len(parts) > 1:
        kept = [p for p in parts if not is_group(p)]
        if kept and len(kept) < len(parts):
            return " - ".join(kept)
    return None


_TRAILING_PLACE = re.compile(r"^(.*\S)\s+[-–—]\s+([^\d]+)$")


def name_variants(name: str, country: str, address_tokens: tuple[str, ...]) -> list[list[str]]:
    """Alternative readings of a name, compared besides the whole name.

    - "Mata Textiles S.A. / El Trazo S.A.": two companies named for one site; either part.
    - "Baijia Underwear Co Ltd - Huahai Village": a place after a spaced dash, when every
      word of it is in the record's own address and it holds no number (so "- Unit 3" and
      "- MXP8", which tell sister units apart, are never dropped).
    """
    out: list[list[str]] = []
    parts = [p for p in _JOINT.split(name) if any(ch.isalpha() for ch in p)]
    if len(parts) > 1:
        out += [normalize_name(part, country)[0] for part in parts]
    ungrouped = _without_group(name)
    if ungrouped:
        out.append(normalize_name(ungrouped, country)[0])
    match = _TRAILING_PLACE.match(name.strip())
    if match:
        place = normalize_address(match.group(2), _country_words(country), country).tokens
        if place and set(place) <= set(address_tokens):
            out.append(normalize_name(match.group(1), country)[0])
    return [tokens for tokens in out if tokens]


# A sister unit's number written as a word or numeral at the end of a name ('Saigon Two',
# 'Saigon II', and 'Saigon ll', where two lower-case L stand in for II). Single letters
# ('Textiles V') stay letters: they are as often an initial.
TRAILING_NUMERALS = {k: v for k, v in ROMAN.items() if len(k) > 1} | {
    "ll": "2", "lll": "3", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
    "six": "6", "seven": "7", "eight": "8", "nine": "9", "ten": "10",
}  # fmt: skip


def _numeral_last(tokens: list[str]) -> list[str]:
    if len(tokens) >= 2 and tokens[-1] in TRAILING_NUMERALS:
        return [*tokens[:-1], TRAILING_NUMERALS[tokens[-1]]]
    return tokens


def coarse(lat: float, lng: float) -> bool:
    """Coordinates on whole arc-minutes are a gazetteer's town or district centroid (a
    geocoder's fallback), not the factory: 30.4333333, 117.8333333 is 30°26′, 117°50′."""
    return all(abs(v * 60 - round(v * 60)) < 1e-4 for v in (lat, lng))


def normalize(record: Record) -> Normalized:
    """Everything the comparisons need, computed once per record."""
    country = country_code(record.country)
    tokens, removed = normalize_name(record.name, country)
    tokens = _numeral_last(tokens)
    name_units = units_in(tokens)
    trailing = {t for t in tokens[-2:] if t.isdigit() and len(t) <= 3}
    address = normalize_address(record.address or "", _country_words(country), country)
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
        name_variants=tuple(
            tuple(v) for v in name_variants(record.name, country, address.tokens) if v != tokens
        ),
        coarse_location=lat is not None
        and lng is not None
        and (coarse(lat, lng) or _names_no_place(record.address, address)),
    )


def _names_no_place(text: str, address: Address) -> bool:
    """An address that says only the country ('Vietnam.'): a pin geocoded from it is the
    country's centroid, not the factory."""
    if not text.strip():
        return False
    nothing_else = not (address.tokens or address.numbers or address.postcodes)
    # a country's name is a few words: a whole street address is never looked up as one
    short = len(text) <= 60 and len(address.tokens) <= 6 and not address.numbers
    return nothing_else or (short and resolve_country(text.strip(" .,;")) is not None)
