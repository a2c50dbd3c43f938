"""Address normalisation: abbreviations per language, place names, numbers and unit markers.

The canonical address is a list of tokens: abbreviations expanded to one spelling ('rd' →
'road', 'kcn' → 'industrial zone'), place names in one spelling ('dacca' → 'dhaka'), and
filler words dropped. Numbers are kept apart: house and plot numbers, postcodes, and unit
markers ('unit 2', 'building b', 'kat 3') that tell sister units at one park apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from chainrights.matching.places import rewrite
from chainrights.matching.text import replace_phrases, to_ascii, words

# Multi-word phrases first (matched on the token sequence), then single tokens.
PHRASES: dict[tuple[str, ...], tuple[str, ...]] = {
    ("khu", "cong", "nghiep"): ("industrial", "zone"),
    ("kcn",): ("industrial", "zone"),
    ("khu", "che", "xuat"): ("export", "processing", "zone"),
    ("export", "processing", "zone"): ("epz",),
    ("organize", "sanayi", "bolgesi"): ("organized", "industrial", "zone"),
    ("organize", "sanayi"): ("organized", "industrial", "zone"),
    ("thanh", "pho"): ("city",),
    ("ho", "chi", "minh"): ("hochiminh",),
    ("phnom", "penh"): ("phnompenh",),
    ("new", "delhi"): ("delhi",),
    ("p", "o", "box"): ("pobox",),
    # sister plants and branches, as other languages write them ('Nhà máy 2', 'Chi nhánh 3')
    ("nha", "may"): ("factory",),
    ("chi", "nhanh"): ("branch",),
    ("industrial", "estate"): ("industrial", "zone"),
    ("industrial", "area"): ("industrial", "zone"),
    ("industrial", "park"): ("industrial", "zone"),
    ("industry", "zone"): ("industrial", "zone"),
    ("industry", "park"): ("industrial", "zone"),
    ("ind", "zone"): ("industrial", "zone"),
    ("ind", "park"): ("industrial", "zone"),
    ("ind", "estate"): ("industrial", "zone"),
    ("ind", "area"): ("industrial", "zone"),
}

ABBREVIATIONS: dict[str, str] = {
    # English
    "rd": "road", "rd.": "road", "st": "street", "str": "street", "ave": "avenue",
    "av": "avenue", "blvd": "boulevard", "hwy": "highway", "ln": "lane", "dist": "district",
    "distt": "district", "dt": "district", "ind": "industrial", "indl": "industrial",
    "industry": "industrial", "industries": "industrial", "industial": "industrial",
    "est": "estate", "estt": "estate", "zn": "zone", "pk": "park", "vill": "village",
    "vil": "village", "twp": "township", "bldg": "building", "blk": "block", "flr": "floor",
    "fl": "floor", "sec": "sector", "ph": "phase", "kcx": "epz", "kilometer": "km",
    "kilometre": "km", "kms": "km", "klm": "km",
    "cepz": "epz", "depz": "epz", "aepz": "epz", "kepz": "epz", "mepz": "epz", "mtr": "meter",
    "nagar": "nagar", "apt": "apartment", "mfg": "manufacturing",
    # Turkish
    "mah": "mahallesi", "mh": "mahallesi", "mahalle": "mahallesi", "cad": "caddesi",
    "cd": "caddesi", "cadde": "caddesi", "sok": "sokak", "sk": "sokak", "sokagi": "sokak",
    "osb": "organized", "bulv": "bulvari",
    # Vietnamese
    "tp": "city", "huyen": "district", "quan": "district", "tinh": "province",
    "xa": "commune", "phuong": "ward", "kp": "quarter",
    # Indonesian
    "jl": "road", "jln": "road", "jalan": "road", "kab": "regency", "kabupaten": "regency",
    "kec": "subdistrict", "kecamatan": "subdistrict", "ds": "village", "desa": "village",
    "kel": "ward", "kelurahan": "ward", "kota": "city", "kawasan": "area",
    # Spanish / Portuguese
    "calle": "street", "avenida": "avenue", "rua": "street", "col": "colonia",
    # Chinese pinyin
    "lu": "road", "jie": "street", "zhen": "town", "cun": "village", "shi": "city",
    "qu": "district", "xian": "county", "sheng": "province", "gongyequ": "industrial",
    "gongyeyuan": "industrial",
}  # fmt: skip

PLACES: dict[str, str] = {
    "dacca": "dhaka", "chattogram": "chittagong", "ctg": "chittagong", "narayanganj": "narayanganj",
    "dilli": "delhi", "bombay": "mumbai", "madras": "chennai", "bengaluru": "bangalore",
    "gurugram": "gurgaon", "calcutta": "kolkata", "tirupur": "tiruppur", "rangoon": "yangon",
    "saigon": "hochiminh", "hcmc": "hochiminh", "hcm": "hochiminh", "canton": "guangzhou",
    "peking": "beijing", "amoy": "xiamen", "fujiang": "fujian", "gaungzhou": "guangzhou",
    "phnampenh": "phnompenh", "istambul": "istanbul", "izmir": "izmir", "saigon.": "hochiminh",
}  # fmt: skip

# Words that carry no identity in an address ('city', 'province', the country's name).
FILLER = {
    "no", "nos", "number", "the", "of", "and", "at", "in", "near", "opp", "opposite", "p", "c",
    "pc", "city", "province", "district", "county", "town", "township", "village", "commune",
    "ward", "subdistrict", "prefecture", "state", "region", "autonomous", "postal", "code",
    "zip", "pin", "address", "add", "mahallesi", "upazila", "thana", "po", "ps", "regency",
}  # fmt: skip

UNIT_MARKERS: dict[str, str] = {
    "unit": "unit", "units": "unit", "building": "building", "bldg": "building",
    "block": "block", "blk": "block", "factory": "factory", "plant": "factory",
    "fty": "factory", "shed": "shed", "hall": "hall", "floor": "floor", "fl": "floor",
    "flr": "floor", "storey": "floor", "kat": "floor", "tower": "tower", "phase": "phase",
    "division": "division", "div": "division", "line": "line", "plot": "plot", "lot": "plot",
    "gate": "gate", "wing": "wing",
    # Spanish, Portuguese, Turkish, Vietnamese, Indonesian
    "edificio": "building", "nave": "building", "bodega": "building", "galpon": "building",
    "lote": "plot", "manzana": "block", "bina": "building", "blok": "block", "xuong": "factory",
    "gedung": "building", "pabrik": "factory",
    # a numbered sister plant or branch ('Branch 2', 'Planta 2', 'Unidad 2', 'Fabrika 2')
    "branch": "branch", "cabang": "branch", "sube": "branch", "sucursal": "branch",
    "filial": "branch", "planta": "factory", "fabrica": "factory", "fabrika": "factory",
    "usine": "factory", "werk": "factory", "unidad": "unit", "unidade": "unit",
}  # fmt: skip

# Short words that follow a marker without naming a unit ('unit of', 'edificio de').
NOT_UNITS = {"of", "de", "la", "el", "no", "nr", "at", "in", "on", "di", "da", "do", "du"}
ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5", "vi": "6", "vii": "7",
         "viii": "8", "ix": "9", "x": "10"}  # fmt: skip
ORDINAL = re.compile(r"^(\d+)(st|nd|rd|th|f)$")
POSTCODE = re.compile(r"^\d{5,6}$")
_DIGITS = re.compile(r"\d")


@dataclass(frozen=True)
class Address:
    tokens: tuple[str, ...]
    numbers: frozenset[str]
    postcodes: frozenset[str]
    units: frozenset[tuple[str, str]]


def _by_first_word(
    phrases: dict[tuple[str, ...], tuple[str, ...]],
) -> dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]]:
    """The phrases that begin with each word, in the table's order (so the first that fits
    wins, as it would scanning the whole table)."""
    out: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    for phrase, replacement in phrases.items():
        out.setdefault(phrase[0], []).append((phrase, replacement))
    return out


_PHRASES_BY_FIRST = _by_first_word(PHRASES)


def _apply_phrases(tokens: list[str]) -> list[str]:
    return replace_phrases(tokens, _PHRASES_BY_FIRST)


def canonical_tokens(tokens: list[str]) -> list[str]:
    """Expand abbreviations and unify place names; keeps order and numbers."""
    tokens = _apply_phrases(tokens)
    out = []
    for token in tokens:
        token = ABBREVIATIONS.get(token, token)
        out.append(PLACES.get(token, token))
    return _apply_phrases(out)


# Words between a marker and its number: 'Plot No. D197', 'Lot Nr 5', 'Unit Number 2'.
NUMBER_WORDS = {"no", "nr", "nos", "number", "num"}
# A unit glued to its number, as short lists write it: 'U3B', 'Unit7', 'Blk4'.
_GLUED_UNIT = re.compile(r"^(u|unit|blk|block|bldg|plot|lot)(\d+[a-z]?)$")


def units_in(tokens: list[str]) -> frozenset[tuple[str, str]]:
    """('unit', '2') for 'Unit 2', 'Unit II', 'Building B', '2nd floor', 'Kat 3', 'U3B'."""
    found = set()
    for i, token in enumerate(tokens):
        glued = _GLUED_UNIT.match(token)
        if glued:
            found.add((UNIT_MARKERS.get(glued.group(1), "unit"), glued.group(2)))
            continue
        marker = UNIT_MARKERS.get(token)
        if not marker:
            continue
        before = ORDINAL.match(tokens[i - 1]) if i > 0 else None
        j = i + 1
        if j + 1 < len(tokens) and tokens[j] in NUMBER_WORDS and _DIGITS.search(tokens[j + 1]):
            j += 1
        after = ROMAN.get(tokens[j], tokens[j]) if j < len(tokens) else ""
        if before:  # '2nd floor'
            found.add((marker, before.group(1)))
        elif after and (_DIGITS.search(after) or (len(after) <= 2 and after not in NOT_UNITS)):
            found.add((marker, after))
        elif i > 0 and _DIGITS.search(tokens[i - 1]):
            found.add((marker, tokens[i - 1]))
    return frozenset(found)


def _ordinal_digits(token: str) -> str:
    ordinal = ORDINAL.match(token)
    return ordinal.group(1) if ordinal else token


# Lists that lost their separators glue words to numbers: 'St371Sangkat', '22Amman11636'.
_GLUED = re.compile(
    r"(?<=[a-z]{3})(?=\d)|(?<=\d)(?=[a-z]{3})|(?<=^[a-z]{2})(?=\d{2})|(?<=^(?:no|nr|km))(?=\d)"
)


def unglue(tokens: list[str]) -> list[str]:
    """Split a word from a number it was glued to, when the word is a word (3+ letters, or
    'st'/'no' before a house number) and not a plot code such as 'D197' or '89A'."""
    out: list[str] = []
    for token in tokens:
        out.extend(_GLUED.sub(" ", token).split() if _DIGITS.search(token) else [token])
    return out


_PARTS = re.compile(r"[,;，、]")
# A part of an address that describes the way there by a landmark ('Near Shapla Chattar',
# 'Opp. Bus Stand', 'Behind Petrol Pump', 'Gần chợ Bến Thành', 'Köprü karşısı'): brands that
# write addresses so add words the other list has not, so the part is left out.
_LANDMARK = re.compile(
    r"^\s*(near|nr|opp|opposite|beside|behind|adjacent|next to|in front of|close to|"
    r"gan|doi dien|canh|karsisi|yani|dekat|samping|cerca de|frente a)\b",
    re.IGNORECASE,
)


def without_landmarks(text: str) -> str:
    parts = _PARTS.split(text)
    kept = [p.strip() for p in parts if not _LANDMARK.match(to_ascii(p))]
    return ", ".join(kept) if kept and len(kept) < len(parts) else text


def normalize_address(
    text: str, country_words: frozenset[str] = frozenset(), country: str = ""
) -> Address:
    """``country`` (ISO code) reads places renamed or merged there as they are now."""
    text = without_landmarks(text)
    raw = rewrite(canonical_tokens(unglue(words(text))), country)
    # Units are read within each comma-separated part: in 'No. 13 Building, 252 Economic Zone'
    # the 13 is the building's, and in 'No. 198, Block 3' the 3 is the block's.
    units = units_in(raw)
    if units and _PARTS.search(text):
        units = frozenset().union(
            *(units_in(canonical_tokens(unglue(words(part)))) for part in _PARTS.split(text))
        )
    raw = [_ordinal_digits(t) for t in raw]
    numbers = frozenset(t for t in raw if _DIGITS.search(t) and not POSTCODE.match(t))
    postcodes = frozenset(t for t in raw if POSTCODE.match(t))
    tokens = tuple(
        t
        for t in raw
        if t not in FILLER and t not in country_words and not _DIGITS.search(t) and len(t) > 1
    )
    return Address(tokens=tokens, numbers=numbers, postcodes=postcodes, units=units)
