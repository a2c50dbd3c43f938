"""Benchmark sets built from the real lists: a registry, and incoming rows with known truth."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from rapidfuzz import process
from rapidfuzz.distance import OSA, JaroWinkler

from bench.matching import variants as v
from bench.matching.data import Row, list_files, read_list
from chainrights.matching import Normalized, Record, normalize
from chainrights.matching.records import country_code


@dataclass
class Incoming:
    record: Record
    truth: frozenset[str]  # registry ids that are this facility; empty when it is new
    subset: str


@dataclass
class BenchSet:
    registry: list[Record] = field(default_factory=list)
    incoming: list[Incoming] = field(default_factory=list)


def _record(key: str, row: Row) -> Record:
    return Record(key, row.country, row.name, row.address, row.lat, row.lng)


def split_lists(seed: int = 7) -> tuple[list[Row], list[Row]]:
    """Whole lists go to training or to testing, never both (odd/even position)."""
    files = list_files()
    train = [r for i, f in enumerate(files) if i % 2 == 0 for r in read_list(f)]
    test = [r for i, f in enumerate(files) if i % 2 == 1 for r in read_list(f)]
    return train, test


def build(rows: list[Row], seed: int, n_variants: int = 600, n_hard: int = 80) -> BenchSet:
    rng = random.Random(seed)
    rows = [r for r in rows if country_code(r.country)]
    rng.shuffle(rows)
    unseen, seen = rows[: len(rows) // 5], rows[len(rows) // 5 :]
    bench = BenchSet()
    twins: dict[tuple[str, str], set[str]] = {}
    ids: list[tuple[str, Row]] = []
    for row in seen:
        key = f"R{len(ids)}"
        rec = _record(key, row)
        bench.registry.append(rec)
        ids.append((key, row))
        norm = normalize(rec)
        twins.setdefault((norm.country, norm.name_compact), set()).add(key)

    _join_misspelt_twins(twins)

    def truth_of(key: str, row: Row) -> frozenset[str]:
        norm = normalize(_record(key, row))
        return frozenset(twins.get((norm.country, norm.name_compact), {key}))

    for n in range(n_variants):
        key, row = ids[rng.randrange(len(ids))]
        var = v.variant(rng, row, country_code(row.country))
        native = any(ord(ch) > 127 for ch in var.name + var.address)
        bench.incoming.append(
            Incoming(_record(f"V{n}", var), truth_of(key, row), "native" if native else "variants")
        )
    # Rows of held-out lists become "new" only when nothing in the registry shares their
    # country and a near-identical name: the lists overlap, and an unlabelled twin would count
    # a right answer as a false merge.
    names_by_country: dict[str, list[str]] = {}
    for country, compact in twins:
        names_by_country.setdefault(country, []).append(compact)
    pinned: dict[str, list[Normalized]] = {}
    for key, row in ids:
        norm = normalize(_record(key, row))
        if norm.has_location:
            pinned.setdefault(norm.country, []).append(norm)
    fresh, fresh_names = [], set()
    for row in unseen:
        norm = normalize(_record("?", row))
        close = process.extractOne(
            norm.name_compact, names_by_country.get(norm.country, []),
            scorer=JaroWinkler.normalized_similarity, score_cutoff=0.85,
        )  # fmt: skip
        # one facility from two held-out lists is used once: as a new row, or as the source
        # of sister units, never both
        name = (norm.country, norm.name_compact)
        beside = _pinned_beside(norm, pinned.get(norm.country, []))
        if close is None and name not in fresh_names and not beside:
            fresh.append(row)
            fresh_names.add(name)
    # Half of the rows with no namesake stay new facilities, half become sister units (the
    # lists hold too few such rows to fill a fixed quota of either). A row that already names
    # a unit ('SSG Apparels - Unit II') cannot be given units 1, 2 and 3.
    new_rows, sister_pool = (
        fresh[: len(fresh) // 2],
        [row for row in fresh[len(fresh) // 2 :] if not normalize(_record("?", row)).units],
    )
    for n, row in enumerate(new_rows):
        bench.incoming.append(Incoming(_record(f"N{n}", row), frozenset(), "new"))

    by_country: dict[str, list[tuple[str, Row]]] = {}
    for key, row in ids:
        by_country.setdefault(country_code(row.country), []).append((key, row))
    # Sister units come from rows the registry does not hold, so the registry knows units 1
    # and 2 of that facility and nothing else; each row is used once.
    sisters = rng.sample(sister_pool, min(n_hard, len(sister_pool)))
    for n, row in enumerate(sisters):
        code = country_code(row.country)
        unit1, unit2, unit3 = v.sister_units(row)
        k1, k2 = f"S{n}a", f"S{n}b"
        bench.registry += [_record(k1, unit1), _record(k2, unit2)]
        bench.incoming.append(
            Incoming(_record(f"H{n}u2", v.variant(rng, unit2, code)), frozenset({k2}), "hard")
        )
        bench.incoming.append(Incoming(_record(f"H{n}u3", unit3), frozenset(), "hard"))
    for n, (key, row) in enumerate(rng.sample(ids, min(n_hard, len(ids)))):
        code = country_code(row.country)
        donor = new_rows[rng.randrange(len(new_rows))]
        bench.incoming.append(
            Incoming(
                _record(f"H{n}addr", v.same_address_other_company(row, donor)), frozenset(), "hard"
            )
        )
        here = normalize(_record(key, row))
        others = [
            r for k, r in by_country.get(code, [])
            if k not in truth_of(key, row) and _far_apart(here, normalize(_record(k, r)))
        ]  # fmt: skip
        if others:
            other = rng.choice(others)
            bench.incoming.append(
                Incoming(
                    _record(f"H{n}city", v.same_name_other_city(row, other)), frozenset(), "hard"
                )
            )
    return bench


def _far_apart(a: Normalized, b: Normalized) -> bool:
    """Another city: few address words in common, and pins (if any) over 25 km apart."""
    shared = set(a.address.tokens) & set(b.address.tokens)
    if len(shared) > 1 or not b.address.tokens:
        return False
    return not (a.has_location and b.has_location and abs(a.lat - b.lat) + abs(a.lng - b.lng) < 0.3)


def _join_misspelt_twins(twins: dict[tuple[str, str], set[str]]) -> None:
    """One facility listed twice with a misspelt name ('Epyllion Style' and 'Eypllion Style')
    is one facility: names of 8+ letters one edit apart (a transposition is one edit) and with
    the same digits share their registry ids. Unit 3 and Unit 4 differ in digits and stay apart.
    """
    by_country: dict[str, list[str]] = {}
    for country, compact in twins:
        if len(compact) >= 8:
            by_country.setdefault(country, []).append(compact)
    for country, names in by_country.items():
        for i, a in enumerate(names):
            for b in names[i + 1 :]:
                if re.sub(r"\D", "", a) == re.sub(r"\D", "", b) and OSA.distance(a, b) <= 1:
                    joined = twins[(country, a)] | twins[(country, b)]
                    twins[(country, a)] = twins[(country, b)] = joined


def _pinned_beside(row: Normalized, pinned: list[Normalized]) -> bool:
    """A registry facility pinned within about 200 m that shares a name word: perhaps the same
    facility under another name ('Wehzhou Jietu Shoes' and 'Wenzhou Jietu (Aolun) Shoes
    Factory'), so the row cannot be counted as certainly new."""
    if not row.has_location:
        return False
    words = {t for t in row.name_tokens if len(t) >= 4}
    return any(
        abs(row.lat - other.lat) + abs(row.lng - other.lng) < 0.002  # type: ignore[operator]
        and words & set(other.name_tokens)
        for other in pinned
    )
