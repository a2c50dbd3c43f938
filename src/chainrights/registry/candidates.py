"""Facilities a free-text description may mean, found inside a web request."""

from __future__ import annotations

from chainrights.matching import Index, Matcher, Record, normalize
from chainrights.registry.index import FIELDS, facility_record
from chainrights.registry.models import Facility
from chainrights.registry.reads import search_form
from chainrights.registry.search import containing

CANDIDATES_PER_WORD = 50
# Words that name no facility in particular: a pool drawn on them would be arbitrary.
GENERIC_WORDS = frozenset({
    "and", "the", "ltd", "limited", "company", "corp", "corporation", "inc", "pvt", "private",
    "plc", "llc", "jsc", "factory", "industries", "industry", "group",
})  # fmt: skip


def facility_candidates(
    name: str, address: str = "", country: str = "", limit: int = 5
) -> list[tuple[Facility, float]]:
    """Registry facilities that a free-text description may mean, best first, scored by the
    matching engine (for a worker who could not name the factory, resolved by a person).

    This runs inside a web request, so it never builds the registry's index (minutes at a
    million facilities): the database search finds a small pool, the facilities sharing a
    distinctive word of the description (a word with more than ``CANDIDATES_PER_WORD``
    facilities says little, and only counts when every word is that common, all together),
    and the engine ranks that pool alone. The cost follows the description, not the registry.
    """
    if not name.strip():
        return []
    pool = _candidate_pool(f"{name} {address}"[:2500], country)
    if not pool:
        return []
    scored = _ranked(pool, Record("?", country or "", name[:500], address[:2000]))
    by_id = {f.public_id: f for f in pool}
    out: list[tuple[Facility, float]] = []
    seen: set[int] = set()
    for public_id, probability in scored:
        survivor = by_id[public_id]
        if survivor.pk not in seen:
            seen.add(survivor.pk)
            out.append((survivor, round(probability, 3)))
        if len(out) == limit:
            break
    return out


def _ranked(pool: list[Facility], wanted: Record) -> list[tuple[str, float]]:
    """The pool's public IDs scored against ``wanted`` by the engine, best first."""
    index = Index(normalize(facility_record(f)) for f in pool)
    rec = normalize(wanted)
    matcher = Matcher()
    scored = []
    for position in matcher.closest(index, rec, index.candidates(rec, matcher.candidates)):
        other = index.record(position)
        probability, *_ = matcher.score(index, rec, other)
        scored.append((other.key, probability))
    scored.sort(key=lambda kv: -kv[1])
    return scored


def _candidate_pool(text: str, country: str) -> list[Facility]:
    wanted = list(dict.fromkeys(search_form(text).split()))
    wanted = [w for w in wanted if len(w) >= 3 and w not in GENERIC_WORDS][:8]
    survivors = Facility.objects.filter(merged_into__isnull=True)
    if country:
        survivors = survivors.filter(country=country.upper()[:2])
    pool: dict[int, Facility] = {}
    common = []
    for word in wanted:
        found = list(containing(survivors, [word]).only(*FIELDS)[: CANDIDATES_PER_WORD + 1])
        if len(found) > CANDIDATES_PER_WORD:
            common.append(word)
        else:
            pool.update((f.pk, f) for f in found)
    if common and not pool:
        together = containing(survivors, common).only(*FIELDS)[:CANDIDATES_PER_WORD]
        pool.update((f.pk, f) for f in together)
    return list(pool.values())
