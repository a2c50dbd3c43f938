"""The comparison spec: each feature of a pair of records reduced to an explainable level.

Every comparison names its levels from strongest to weakest agreement; ``null`` means one
side lacks the data, which counts as no evidence either way. The model (``model.py``) turns
levels into match weights; ``evidence`` keeps the raw similarities for reviewers.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Protocol

from rapidfuzz.distance import Indel, JaroWinkler
from rapidfuzz.fuzz import ratio
from rapidfuzz.process import extractOne

from chainrights.matching.records import Normalized

NULL = "null"


@dataclass(frozen=True)
class Comparison:
    name: str
    levels: tuple[str, ...]
    description: str


SPEC: tuple[Comparison, ...] = (
    Comparison("name", ("exact", "high", "medium", "low", "none"), "facility name"),
    Comparison("rarity", ("distinctive", "specific", "common"), "rarest name word both share"),
    Comparison("address", ("high", "within", "medium", "low", "none"), "street, area and place"),
    Comparison("numbers", ("agree", "conflict"), "house, plot and street numbers"),
    Comparison("postcode", ("agree", "conflict"), "postal code"),
    Comparison("units", ("agree", "conflict"), "unit, building, block, floor markers"),
    Comparison("distance", ("100m", "1km", "5km", "25km", "far"), "distance between pins"),
    Comparison("parent", ("agree", "differ"), "parent company"),
    Comparison("workers", ("close", "near", "differ"), "number of workers"),
)
SPEC_BY_NAME = {c.name: c for c in SPEC}

# Guards: levels read by ``decide`` that carry no weight in the model (not in SPEC, so not
# trained): shared by every engine because every engine compares through ``compare``.
GUARDS: tuple[Comparison, ...] = (
    Comparison(
        "marker", ("one_side",),
        "a numbered unit, plant or branch on one side only, without the same house and lot "
        "numbers on both: perhaps the namesake's sister plant",
    ),
)  # fmt: skip

# Unit kinds that are a place's number, not a sister plant's ('Lot D9', 'Plot 12').
_PLACE_KINDS = {"plot", "floor", "gate", "line"}
# Unit kinds that name a sister plant wherever they stand; a building, block or unit in an
# address is the premises ('Unit 6, Down Business Park'), read as a plant only in the name.
_PLANT_KINDS = {"factory", "branch"}

Weights = Mapping[str, float]


def _soft_overlap(a: tuple[str, ...], b: tuple[str, ...], weight: Callable[[str], float]) -> float:
    """IDF-weighted overlap of two token sets; tokens of 5+ letters may differ by a typo."""
    shared, weight_a, weight_b = _shared_weight(a, b, weight)
    total = (weight_a + weight_b) / 2
    return min(1.0, shared / total) if total else 0.0


def _shared_weight(
    a: tuple[str, ...], b: tuple[str, ...], weight: Callable[[str], float]
) -> tuple[float, float, float]:
    """The weight of the words both share (allowing a typo in long words), and each side's."""
    if not a or not b:
        return 0.0, 0.0, 0.0
    set_a, set_b = set(a), set(b)
    common = set_a & set_b
    score = sum(weight(t) for t in common)
    rest_b = [t for t in set_b - common if len(t) >= 5]
    if rest_b:
        for token in set_a - common:
            if len(token) < 5:
                continue
            found = extractOne(token, rest_b, scorer=ratio, score_cutoff=85)
            if found is not None:
                score += weight(token)
                rest_b.remove(found[0])
                if not rest_b:
                    break
    return score, sum(weight(t) for t in set_a), sum(weight(t) for t in set_b)


def _similarity(a: tuple[str, ...], b: tuple[str, ...], weight: Callable[[str], float]) -> float:
    if not a or not b:
        return 0.0
    tokens = _soft_overlap(a, b, weight)
    # The letters alone catch 'hai ning' / 'haining' and typos; Indel (not Jaro-Winkler) so
    # that a shared place prefix ('zhejiang…', 'new zealand…') does not make names alike.
    letters = Indel.normalized_similarity("".join(a), "".join(b))
    return max(tokens, letters * 0.95)


def _readings(record: Normalized) -> tuple[tuple[str, ...], ...]:
    return (record.name_tokens, *record.name_variants)


def name_similarity(a: Normalized, b: Normalized, weight: Callable[[str], float]) -> float:
    """The best agreement of any reading of one name with any reading of the other."""
    if not a.name_compact or not b.name_compact:
        return 0.0
    return max(_similarity(x, y, weight) for x in _readings(a) for y in _readings(b))


def names_equal(a: Normalized, b: Normalized) -> bool:
    if not a.name_compact or not b.name_compact:
        return False
    return any("".join(x) == "".join(y) for x in _readings(a) for y in _readings(b) if x and y)


def address_agreement(
    a: Normalized, b: Normalized, weight: Callable[[str], float]
) -> tuple[float, float]:
    """(similarity, within), from one pass over the two addresses' words.

    Similarity: token overlap, or for addresses whose spacing was lost
    ('pallerotamamadalanonagama') the similarity of the letters alone, discounted.
    Within: how much of the shorter address the longer one holds. 'Chon Buri' is all within
    'Amata City Industrial Estate, Chon Buri', which says less than agreement but is no
    disagreement either (many lists give only the town).
    """
    shared, weight_a, weight_b = _shared_weight(a.address.tokens, b.address.tokens, weight)
    total, shorter = (weight_a + weight_b) / 2, min(weight_a, weight_b)
    tokens = min(1.0, shared / total) if total else 0.0
    within = min(1.0, shared / shorter) if shorter else 0.0
    if tokens >= 0.7:
        return tokens, within
    letters = Indel.normalized_similarity("".join(a.address.tokens), "".join(b.address.tokens))
    return max(tokens, letters * 0.9), within


def distance_km(a: Normalized, b: Normalized) -> float | None:
    if not (a.has_location and b.has_location):
        return None
    assert a.lat is not None
    assert a.lng is not None
    assert b.lat is not None
    assert b.lng is not None
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lng - a.lng)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _sets(a: frozenset[str], b: frozenset[str]) -> str:
    if not a or not b:
        return NULL
    return "agree" if a & b else "conflict"


def _numbers(a: frozenset[str], b: frozenset[str]) -> str:
    """House and plot numbers agree when a shared number has two or more digits, or when at
    least half of the longer list is shared: one '2' in common between 'No. 33 … No. 14/2,
    3/3' and '2 MITPL Campus' is chance."""
    if not a or not b:
        return NULL
    shared = a & b
    if any(sum(ch.isdigit() for ch in n) >= 2 for n in shared):
        return "agree"
    return "agree" if 2 * len(shared) >= max(len(a), len(b)) else "conflict"


def _units(a: frozenset[tuple[str, str]], b: frozenset[tuple[str, str]]) -> str:
    kinds = {k for k, _ in a} & {k for k, _ in b}
    if not kinds:
        return NULL
    for kind in kinds:
        if {v for k, v in a if k == kind}.isdisjoint({v for k, v in b if k == kind}):
            return "conflict"
    return "agree"


def markers(rec: Normalized) -> frozenset[str]:
    """The plant and branch numbers a record names: any marker in its name, a factory or
    branch number in its address."""
    return rec.name_numbers | {v for kind, v in rec.units if kind in _PLANT_KINDS}


def place_numbers(rec: Normalized) -> frozenset[str]:
    return rec.address.numbers | {v for kind, v in rec.address.units if kind in _PLACE_KINDS}


def one_sided_marker(a: Normalized, b: Normalized) -> bool:
    """'X Plant 2 Co., Ltd' at 'Lot H29, …' against 'X Co., Ltd' at '…': one side names a
    sister plant and the numbers of the place are not the same on both (another or an extra
    lot), so the pair may be two plants of one company."""
    if bool(markers(a)) == bool(markers(b)):
        return False
    numbers_a, numbers_b = place_numbers(a), place_numbers(b)
    return not numbers_a or numbers_a != numbers_b


class Stats(Protocol):
    def name_weight(self, token: str) -> float: ...
    def address_weight(self, token: str) -> float: ...
    def rarity(self, token: str, present: int) -> float: ...


def compare(  # noqa: C901  (the comparison spec: one level per field, read as a table)
    a: Normalized, b: Normalized, stats: Stats, present: int = 1
) -> tuple[dict[str, str], dict[str, float]]:
    """Levels per comparison, and the raw evidence behind them.

    ``present`` says how many of the pair are counted in ``stats`` (1 when matching against a
    registry, 2 when deduplicating a file), so that a word's rarity leaves the pair out.
    """
    name_weight, address_weight = stats.name_weight, stats.address_weight
    levels: dict[str, str] = {}
    evidence: dict[str, float] = {}

    name = name_similarity(a, b, name_weight)
    evidence["name"] = round(name, 3)
    if names_equal(a, b):
        levels["name"] = "exact"
    elif name >= 0.9:
        levels["name"] = "high"
    elif name >= 0.75:
        levels["name"] = "medium"
    elif name >= 0.5:
        levels["name"] = "low"
    else:
        levels["name"] = "none"

    shared = set(a.name_tokens) & set(b.name_tokens)
    if shared:
        rarest = max(stats.rarity(t, present) for t in shared)
        evidence["rarity"] = round(rarest, 3)
        levels["rarity"] = (
            "distinctive" if rarest >= 0.75 else "specific" if rarest >= 0.45 else "common"
        )
    else:
        levels["rarity"] = NULL

    if a.address.tokens and b.address.tokens:
        address, within = address_agreement(a, b, address_weight)
        evidence["address"] = round(address, 3)
        levels["address"] = next(
            (lv for lv, cut in (("high", 0.7), ("medium", 0.45), ("low", 0.2)) if address >= cut),
            "none",
        )
        if address < 0.7 and within >= 0.9:
            evidence["address_within"] = round(within, 3)
            levels["address"] = "within"
    else:
        levels["address"] = NULL

    levels["numbers"] = _numbers(a.address.numbers, b.address.numbers)
    levels["postcode"] = _sets(a.address.postcodes, b.address.postcodes)
    levels["units"] = _units(a.units, b.units)
    if levels["units"] == NULL and a.name_numbers and b.name_numbers:
        levels["units"] = "agree" if a.name_numbers & b.name_numbers else "conflict"
    if one_sided_marker(a, b):
        levels["marker"] = "one_side"

    km = distance_km(a, b)
    # The same name at the same written address is one place: pins that disagree there are
    # two geocoders' guesses, not evidence of two sites.
    same_words = (
        levels["name"] == "exact"
        and bool(a.address.tokens)
        and (a.address.tokens == b.address.tokens)
    )
    if km is None or a.coarse_location or b.coarse_location or same_words:
        levels["distance"] = NULL
    else:
        evidence["distance_km"] = round(km, 3)
        levels["distance"] = next(
            (
                label
                for label, limit in (("100m", 0.1), ("1km", 1), ("5km", 5), ("25km", 25))
                if km <= limit
            ),
            "far",
        )

    if a.parent and b.parent:
        same = JaroWinkler.normalized_similarity(a.parent, b.parent) >= 0.92
        levels["parent"] = "agree" if same else "differ"
    else:
        levels["parent"] = NULL

    if a.workers and b.workers:
        ratio_ = max(a.workers, b.workers) / max(1, min(a.workers, b.workers))
        levels["workers"] = "close" if ratio_ <= 1.5 else "near" if ratio_ <= 3 else "differ"
    else:
        levels["workers"] = NULL
    return levels, evidence
