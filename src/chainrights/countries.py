"""ISO 3166-1 countries as people write them: codes, names, old names and native scripts.

Every name CLDR (all of Babel's locales) or pycountry (names, official and common names, and
their translations in every language of its catalogues) knows is read from
``data/country_names.tsv.gz`` (written by ``scripts/build_country_names.py``; see the README
beside it); a short hand table adds what neither knows. A name is looked up as written, then
folded to ASCII words ('Việt Nam.', 'VIET-NAM'), then rearranged the ways lists write
qualifiers ('Korea (South)', 'Korea, Republic of', 'Hong Kong, China'), and last as the
unique beginning of one country's English name ('Bosnia'). A name two countries share in
some language ('Congo') goes to the one whose English name it is, else to none.

Pure Python (no Django) so the matching library and the CLI can use it without a database.
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path

import pycountry
from anyascii import anyascii

NAMES_FILE = Path(__file__).parent / "data" / "country_names.tsv.gz"

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
    # Known to none of CLDR, pycountry or the others above, and common in supplier lists:
    # Cambodia's own name romanised, and the name Taiwan has at the WTO and the IOC.
    "kampuchea": "KH",
    "chinese taipei": "TW",
    "taipei": "TW",
    "中国大陆": "CN",
    # ILOSTAT's name, which pycountry and CLDR no longer give
    "occupied palestinian territory": "PS",
    # as ILOSTAT and the US Department of Labor write them (states app's data)
    "macau, china": "MO",
    "macao, china": "MO",
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


_WORD = re.compile(r"[a-z0-9]+")


def _loose(text: str) -> str:
    """ASCII words only: 'Việt Nam.', 'VIET-NAM' and 'Viet Nam' read alike."""
    return " ".join(_WORD.findall(anyascii(_fold(text)).lower()))


# English names decide a name that two countries share in some other language; then the
# languages supplier lists are written in here; then any.
_PRIORITY = {"pycountry:en": 0, "cldr:en": 1}
_WORKER_LANGUAGES = {"es", "bn", "zh", "zh_CN", "zh_TW", "zh_HK", "vi", "tr", "km", "hi", "id"}


def _rank(sources: str) -> tuple[int, int]:
    """(priority, number of sources) of one line of the names file."""
    ranks = [
        _PRIORITY.get(s, 2 if s.split(":")[-1] in _WORKER_LANGUAGES else 3)
        for s in sources.split(",")
    ]
    return min(ranks), len(ranks)


@dataclass(frozen=True)
class _Tables:
    exact: dict[str, str]
    loose: dict[str, str]
    # the first words of English names ('bosnia' of 'bosnia and herzegovina') → code, when
    # they begin one country's names only
    beginnings: dict[str, str]
    names: int
    edition: str


def _unambiguous(found: dict[str, dict[str, list[int]]]) -> dict[str, str]:
    """One code per name: an English name decides; else the code that at least twice as
    many sources give as any other (a translator's slip, 'República de Zàmbia' for The
    Gambia in one catalogue, is outvoted by four for Zambia); else none."""
    out = {}
    for key, codes in found.items():
        best = min(rank for rank, _ in codes.values())
        votes = sorted(((n, code) for code, (rank, n) in codes.items() if rank == best),
                       reverse=True)  # fmt: skip
        if len(votes) == 1 or (best > 1 and votes[0][0] >= 2 * votes[1][0]):
            out[key] = votes[0][1]
    return out


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    exact: dict[str, dict[str, list[int]]] = defaultdict(dict)
    loose: dict[str, dict[str, list[int]]] = defaultdict(dict)
    english: dict[str, dict[str, list[int]]] = defaultdict(dict)
    edition, count = "", 0
    with gzip.open(NAMES_FILE, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#"):
                edition = line[1:].strip()
                continue
            code, sources, name = line.rstrip("\n").split("\t")
            rank, votes = _rank(sources)
            count += 1
            for table, key in ((exact, _fold(name)), (loose, _loose(name))):
                if key:
                    entry = table[key].setdefault(code, [rank, 0])
                    entry[0], entry[1] = min(rank, entry[0]), entry[1] + votes
            if rank < 2:
                english[_loose(name)][code] = [rank, 1]
    for alias, code in COUNTRY_ALIASES.items():
        exact[_fold(alias)] = {code: [-1, 1]}
        loose[_loose(alias)] = {code: [-1, 1]}
    beginnings: dict[str, set[str]] = defaultdict(set)
    for name, code in _unambiguous(english).items():
        words = name.split()
        for n in range(1, len(words)):
            beginnings[" ".join(words[:n])].add(code)
    return _Tables(_unambiguous(exact), _unambiguous(loose),
                   {k: v.pop() for k, v in beginnings.items() if len(v) == 1}, count,
                   edition)  # fmt: skip


_PARENS = re.compile(r"^(.*?)\s*[(\[](.*?)[)\]]\s*(.*)$")


def _rearranged(text: str) -> list[str]:
    """The ways lists put a qualifier: 'Korea (South)', 'Congo (Kinshasa)', 'Korea, Republic
    of', 'Virgin Islands, British', 'Taiwan, China' (the territory first)."""
    out = []
    match = _PARENS.match(text)
    if match:
        outer = " ".join(p for p in (match.group(1), match.group(3)) if p.strip())
        inner = match.group(2)
        out += [f"{inner} {outer}", f"{outer} {inner}", inner, outer]
    for candidate in [*out, text]:
        parts = [p.strip() for p in candidate.split(",") if p.strip()]
        if len(parts) == 2:
            out += [f"{parts[1]} {parts[0]}", parts[0]]
    return out


def _by_words(text: str, tables: _Tables) -> str | None:
    key = _loose(text)
    if not key:
        return None
    found = tables.exact.get(_fold(text)) or tables.loose.get(key)
    if found:
        return found
    if len(key.replace(" ", "")) >= 5:  # the unique beginning of one country's English name
        return tables.beginnings.get(key)
    return None


def _code(text: str) -> str | None:
    folded = _fold(text)
    code = COUNTRY_ALIASES.get(folded)
    if code is None and text.strip().isascii():  # 'Áo' is Austria in Vietnamese, not AO
        try:
            code = pycountry.countries.lookup(text.strip()).alpha_2
        except LookupError:
            code = None
    if code is None:
        tables = _tables()
        code = _by_words(text, tables)
        for candidate in [] if code else _rearranged(text):
            code = tables.exact.get(_fold(candidate)) or tables.loose.get(_loose(candidate))
            if code:
                break
        if code is None:
            code = next(filter(None, (_by_words(c, tables) for c in _rearranged(text))), None)
    return code


@lru_cache(maxsize=4096)
def resolve_country(text: str) -> Country | None:
    """Resolve a code or a name, in any common spelling, to an ISO 3166-1 country."""
    if not text or not text.strip():
        return None
    code = _code(text)
    record = pycountry.countries.get(alpha_2=code) if code else None
    if record is None:
        return None
    return Country(code=record.alpha_2, name=getattr(record, "common_name", record.name))


def all_countries() -> list[Country]:
    return sorted(
        (Country(c.alpha_2, getattr(c, "common_name", c.name)) for c in pycountry.countries),
        key=lambda c: c.name,
    )


def country_provenance() -> dict[str, str]:
    tables = _tables()
    return {
        "standard": "ISO 3166-1",
        "source": f"pycountry {version('pycountry')} (Debian iso-codes data)",
        "names": f"{tables.names:,} names from {tables.edition}, every locale "
        "(src/chainrights/data/country_names.tsv.gz)",
        "aliases": f"chainrights alias table, {len(COUNTRY_ALIASES)} entries",
    }
