"""Blocking: which registry records are worth comparing with an incoming one.

Keys combine the country with rare name tokens, the name's first letters (so 'hai ning' meets
'haining'), rare address tokens, and ~5 km geographic cells (with their neighbours) when
coordinates exist. Keys shared by too many records carry no information and are dropped; the
candidates are ranked by the summed rarity of the keys they share and the best kept.
"""

from __future__ import annotations

import hashlib
import math
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from chainrights.matching.address import Address
from chainrights.matching.records import Normalized, coarse

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


class TokenStats:
    """How many records use each name and address token: rare tokens weigh more."""

    def __init__(self) -> None:
        self.count = 0
        self.name_df: Counter[str] = Counter()
        self.address_df: Counter[str] = Counter()
        self._weights: dict[tuple[bool, str], float] = {}

    def add(self, rec: Normalized) -> None:
        self.count += 1
        self.name_df.update(set(rec.name_tokens))
        self.address_df.update(set(rec.address.tokens))
        self._weights.clear()

    def _weight(self, is_name: bool, token: str) -> float:
        cached = self._weights.get((is_name, token))
        if cached is None:
            df = (self.name_df if is_name else self.address_df).get(token, 0)
            cached = self._weights[(is_name, token)] = math.log((self.count + 1) / (df + 0.5)) + 0.1
        return cached

    def name_weight(self, token: str) -> float:
        return self._weight(True, token)

    def address_weight(self, token: str) -> float:
        return self._weight(False, token)

    def rarity(self, token: str, present: int) -> float:
        """How rare a name word is among the *other* records, from 0 (everywhere) to 1 (nowhere
        else): relative to the rarest possible word, so it means the same at any size."""
        others = max(0, self.name_df.get(token, 0) - present)
        total = self.count - present + 1
        if total <= 1:
            return 1.0
        return math.log(total / (others + 0.5)) / math.log(total / 0.5)


class Index(TokenStats):
    """A compact inverted index of blocking keys, saveable and quick to load.

    Keys are stored as 64-bit hashes in a sorted array with CSR postings, and records as one
    packed string each (see ``pack``), so a million-facility registry fits in a few hundred
    MB and loads in seconds. ``record(position)`` unpacks a candidate when it is compared.
    """

    def __init__(self, records: Iterable[Normalized] = (), max_block: int = 5000) -> None:
        super().__init__()
        self.max_block = max_block
        self.packed: list[str] = []
        self.names: list[str] = []
        self.lat: list[float] = []
        self.lng: list[float] = []
        self.removed: set[int] = set()
        self._by_key: dict[str, list[int]] | None = None
        self._freeze([], [])
        self._bulk(records)

    def _bulk(self, records: Iterable[Normalized]) -> None:
        """Index many records at once: their keys go into two flat arrays (16 bytes a key)
        and are sorted once, rather than into a list per key as ``add_record`` does."""
        import numpy as np

        hashes, positions = array("Q"), array("q")
        for rec in records:
            position = self._append(rec)
            for key in keys_of(rec):
                hashes.append(key_hash(key))
                positions.append(position)
        if hashes:
            self._freeze_arrays(
                np.frombuffer(hashes, dtype=np.uint64), np.frombuffer(positions, dtype=np.int64)
            )

    def _freeze(self, hashes: list[int], positions: list[int]) -> None:
        import numpy as np

        self._freeze_arrays(np.asarray(hashes, dtype=np.uint64), np.asarray(positions))

    def _freeze_arrays(self, h: Any, p: Any) -> None:
        import numpy as np

        h, p = h.astype(np.uint64), p.astype(np.int32)
        order = np.lexsort((p, h))
        h, p = h[order], p[order]
        self.key_hashes, starts = np.unique(h, return_index=True)
        self.offsets = np.append(starts, len(h)).astype(np.int64)
        self.postings = p
        self._cache: dict[int, Normalized] = {}
        self.extra: dict[int, list[int]] = {}  # postings of records added since the freeze

    def __len__(self) -> int:
        """Records that are in the index (removed ones are not counted)."""
        return len(self.packed) - len(self.removed)

    def key_of(self, position: int) -> str:
        return self.packed[position].split(FIELD, 1)[0]

    def positions_of(self, key: str) -> list[int]:
        """Positions holding the record ``key`` (not removed), oldest first."""
        if self._by_key is None:
            self._by_key = {}
            for position in range(len(self.packed)):
                self._by_key.setdefault(self.key_of(position), []).append(position)
        return [p for p in self._by_key.get(key, []) if p not in self.removed]

    def remove_record(self, key: str) -> int:
        """Take the record ``key`` out without a rebuild (a facility merged away or deleted):
        it is never a candidate again and its words no longer count towards rarity. Returns
        how many positions held it (0 when it was not there)."""
        positions = self.positions_of(key)
        for position in positions:
            rec = self.record(position)
            self.removed.add(position)
            self._cache.pop(position, None)
            self.count -= 1
            self.name_df.subtract(set(rec.name_tokens))
            self.address_df.subtract(set(rec.address.tokens))
        if positions:
            self._weights.clear()
        return len(positions)

    def record(self, position: int) -> Normalized:
        cached = self._cache.get(position)
        if cached is None:
            lat, lng = self.lat[position], self.lng[position]
            cached = unpack(
                self.packed[position],
                None if math.isnan(lat) else lat,
                None if math.isnan(lng) else lng,
            )
            if len(self._cache) > 100_000:
                self._cache.clear()
            self._cache[position] = cached
        return cached

    def _fold(self) -> None:
        """Move the postings of added records into the frozen CSR arrays."""
        import numpy as np

        if not self.extra:
            return
        hashes = np.repeat(self.key_hashes, np.diff(self.offsets)).tolist()
        positions = self.postings.tolist()
        for hashed, added in self.extra.items():
            hashes.extend([hashed] * len(added))
            positions.extend(added)
        self._freeze(hashes, positions)

    def fold(self) -> None:
        """Fold records added one by one into the compact arrays (after adding many)."""
        self._fold()

    def _append(self, rec: Normalized) -> int:
        position = len(self.packed)
        self.packed.append(pack(rec))
        self.names.append(" ".join(rec.name_tokens))
        self.lat.append(rec.lat if rec.lat is not None else math.nan)
        self.lng.append(rec.lng if rec.lng is not None else math.nan)
        if self._by_key is not None:
            self._by_key.setdefault(rec.key, []).append(position)
        self.add(rec)
        return position

    def add_record(self, rec: Normalized) -> int:
        """Add one record (a facility founded while a list is processed) without a rebuild."""
        position = self._append(rec)
        for key in keys_of(rec):
            self.extra.setdefault(key_hash(key), []).append(position)
        return position

    def posting(self, key: Key) -> Any:
        import numpy as np

        hashed = key_hash(key)
        h = np.uint64(hashed)
        i = int(np.searchsorted(self.key_hashes, h))
        if i >= len(self.key_hashes) or self.key_hashes[i] != h:
            frozen = self.postings[:0]
        else:
            frozen = self.postings[self.offsets[i] : self.offsets[i + 1]]
        added = self.extra.get(hashed)
        if added:
            return np.concatenate([frozen, np.asarray(added, dtype=np.int32)])
        return frozen

    def candidates(self, rec: Normalized, limit: int = 40) -> list[int]:
        """Positions of the records sharing the rarest keys with ``rec``, best first."""
        import numpy as np

        total = len(self) + 1
        chunks, weights = [], []
        for key in query_keys(rec):
            posting = self.posting(key)
            if not len(posting) or len(posting) > self.max_block:
                continue
            weight = math.log(total / len(posting))
            if key[0] == "g":
                weight *= 0.5  # a shared neighbourhood alone is weak evidence
            chunks.append(posting)
            weights.append(np.full(len(posting), weight))
        if not chunks:
            return []
        found, inverse = np.unique(np.concatenate(chunks), return_inverse=True)
        scores = np.bincount(inverse, weights=np.concatenate(weights))
        if self.removed:
            live = ~np.isin(found, np.fromiter(self.removed, dtype=np.int64))
            found, scores = found[live], scores[live]
        if len(found) > limit:
            best = np.argpartition(-scores, limit)[:limit]
        else:
            best = np.arange(len(found))
        best = best[np.lexsort((found[best], -scores[best]))]
        return [int(found[b]) for b in best]

    def save(self, path: Path) -> None:
        """See ``chainrights.matching.persist.save_index``."""
        from chainrights.matching.persist import save_index

        save_index(self, path)

    @classmethod
    def load(cls, path: Path) -> Index:
        """See ``chainrights.matching.persist.load_index``."""
        from chainrights.matching.persist import load_index

        return load_index(path)


FIELD, ITEM, READING = "\x1e", "\x1f", "\x1d"


def key_hash(key: Key) -> int:
    digest = hashlib.blake2b("\x1f".join(key).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "little")


def _join_pairs(pairs: frozenset[tuple[str, str]]) -> str:
    return ITEM.join(f"{k}={v}" for k, v in sorted(pairs))


def pack(rec: Normalized) -> str:
    """Everything ``compare`` needs from a record, as one line of text."""
    return FIELD.join(
        [
            rec.key,
            rec.country,
            ITEM.join(rec.name_tokens),
            ITEM.join(sorted(rec.name_numbers)),
            ITEM.join(rec.address.tokens),
            ITEM.join(sorted(rec.address.numbers)),
            ITEM.join(sorted(rec.address.postcodes)),
            _join_pairs(rec.address.units),
            _join_pairs(rec.units),
            rec.parent,
            "" if rec.workers is None else str(rec.workers),
            READING.join(ITEM.join(v) for v in rec.name_variants),
        ]
    )


def _items(text: str) -> tuple[str, ...]:
    return tuple(text.split(ITEM)) if text else ()


def _pairs(text: str) -> frozenset[tuple[str, str]]:
    return frozenset(tuple(item.split("=", 1)) for item in _items(text))  # type: ignore[misc]


def unpack(line: str, lat: float | None, lng: float | None) -> Normalized:
    (key, country, name, name_numbers, tokens, numbers, postcodes, address_units, units, parent,
     workers, readings) = line.split(FIELD)  # fmt: skip
    name_tokens = _items(name)
    return Normalized(
        key=key,
        country=country,
        name_tokens=name_tokens,
        name_compact="".join(name_tokens),
        name_numbers=frozenset(_items(name_numbers)),
        address=Address(
            _items(tokens),
            frozenset(_items(numbers)),
            frozenset(_items(postcodes)),
            _pairs(address_units),
        ),
        units=_pairs(units),
        lat=lat,
        lng=lng,
        parent=parent,
        workers=int(workers) if workers else None,
        name_variants=tuple(_items(v) for v in readings.split(READING)) if readings else (),
        coarse_location=lat is not None and lng is not None and coarse(lat, lng),
    )


def merge_indexes(parts: list[Index]) -> Index:
    """One index holding the records of ``parts`` in order (each built from a slice of one
    list, as parallel builders do); answers as one index built from the whole list would."""
    import numpy as np

    merged = Index(max_block=parts[0].max_block if parts else 5000)
    hashes, positions = [], []
    for part in parts:
        part.fold()
        start = len(merged.packed)
        merged.packed += part.packed
        merged.names += part.names
        merged.lat += list(part.lat)
        merged.lng += list(part.lng)
        merged.removed |= {start + p for p in part.removed}
        merged.count += part.count
        merged.name_df.update(part.name_df)
        merged.address_df.update(part.address_df)
        hashes.append(np.repeat(part.key_hashes, np.diff(part.offsets)))
        positions.append(part.postings.astype(np.int64) + start)
    if parts:
        merged._freeze_arrays(np.concatenate(hashes), np.concatenate(positions))
    return merged
