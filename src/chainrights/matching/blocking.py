"""Blocking: which registry records are worth comparing with an incoming one.

Keys combine the country with rare name tokens, the name's first letters (so 'hai ning' meets
'haining'), rare address tokens, and ~5 km geographic cells (with their neighbours) when
coordinates exist. Keys shared by too many records carry no information and are dropped; the
candidates are ranked by the summed rarity of the keys they share and the best kept.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator

from chainrights.matching.records import Normalized

Key = tuple[str, ...]
CELL = 20  # cells per degree: about 5.5 km
COMMON_ADDRESS = {
    "road", "street", "industrial", "zone", "lane", "avenue", "building", "floor", "block",
    "plot", "sector", "unit", "epz", "highway", "estate", "park",
}  # fmt: skip


def name_keys(rec: Normalized) -> Iterator[Key]:
    for token in set(rec.name_tokens):
        if len(token) >= 2:
            yield ("n", rec.country, token)
    if len(rec.name_compact) >= 4:
        yield ("p", rec.country, rec.name_compact[:6])


def address_keys(rec: Normalized) -> Iterator[Key]:
    for token in set(rec.address.tokens):
        if len(token) >= 3 and token not in COMMON_ADDRESS:
            yield ("a", rec.country, token)


def cell_of(lat: float, lng: float) -> tuple[int, int]:
    return math.floor(lat * CELL), math.floor(lng * CELL)


def keys_of(rec: Normalized) -> Iterator[Key]:
    yield from name_keys(rec)
    yield from address_keys(rec)
    if rec.lat is not None and rec.lng is not None:
        y, x = cell_of(rec.lat, rec.lng)
        yield ("g", str(y), str(x))


def query_keys(rec: Normalized) -> Iterator[Key]:
    """Like ``keys_of`` but a pin looks in its own cell and the eight around it."""
    yield from name_keys(rec)
    yield from address_keys(rec)
    if rec.lat is not None and rec.lng is not None:
        y, x = cell_of(rec.lat, rec.lng)
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                yield ("g", str(y + dy), str(x + dx))


class Index:
    """An inverted index of blocking keys over normalised records, with token statistics."""

    def __init__(self, records: Iterable[Normalized] = (), max_block: int = 5000) -> None:
        self.records: list[Normalized] = []
        self.postings: dict[Key, list[int]] = defaultdict(list)
        self.name_df: Counter[str] = Counter()
        self.address_df: Counter[str] = Counter()
        self.max_block = max_block
        for rec in records:
            self.add(rec)

    def __len__(self) -> int:
        return len(self.records)

    def add(self, rec: Normalized) -> int:
        position = len(self.records)
        self.records.append(rec)
        for key in keys_of(rec):
            self.postings[key].append(position)
        self.name_df.update(set(rec.name_tokens))
        self.address_df.update(set(rec.address.tokens))
        return position

    def name_weight(self, token: str) -> float:
        return math.log((len(self.records) + 1) / (self.name_df.get(token, 0) + 0.5)) + 0.1

    def address_weight(self, token: str) -> float:
        return math.log((len(self.records) + 1) / (self.address_df.get(token, 0) + 0.5)) + 0.1

    def candidates(self, rec: Normalized, limit: int = 40) -> list[int]:
        """Positions of the records sharing the rarest keys with ``rec``, best first."""
        scores: dict[int, float] = defaultdict(float)
        total = len(self.records) + 1
        for key in query_keys(rec):
            posting = self.postings.get(key)
            if not posting or len(posting) > self.max_block:
                continue
            weight = math.log(total / len(posting))
            if key[0] == "g":
                weight *= 0.5  # a shared neighbourhood alone is weak evidence
            for position in posting:
                scores[position] += weight
        ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
        return [position for position, _ in ranked[:limit]]
