"""The registry's reads: a facility's summary, its rows and family, a list's decisions.

A facility's summary is what its public source records say, folded for pages and search.

The summary (sectors, product types, parent company, worker band, other registries' IDs and
the search text) is derived data: it is recomputed from the source records whenever they
change hands (a list processed, a review answered, a merge, split or undo), so it never
drifts from what contributors said. Only public lists feed it, so a private list's words
never surface on a public page or in search.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable
from typing import Any

from django.db import connection

from chainrights.core.models import Organisation, OrganisationKind, Visibility
from chainrights.matching.io import parse_workers
from chainrights.matching.text import words
from chainrights.registry import wordindex
from chainrights.registry.models import (
    Facility,
    ListStatus,
    MatchDecision,
    SourceRecord,
    SupplierList,
)

SUMMARY_FIELDS = ("sectors", "product_types", "parent_company", "workers", "identifiers",
                  "search_text", "public")  # fmt: skip
IDENTIFIER_COLUMNS = ("os_id", "duns_id", "lei_id")
# The Transparency Pledge's worker-count bands.
WORKER_BANDS = ((1000, "Less than 1000"), (5000, "1001-5000"), (10000, "5001-10000"))
TOP_BAND = "More than 10000"


def worker_band(value: str) -> str:
    """'850' → 'Less than 1000'; a band as written in the Pledge's words is kept."""
    text = (value or "").strip()
    for _, label in (*WORKER_BANDS, (0, TOP_BAND)):
        if text.casefold() == label.casefold():
            return label
    count = parse_workers(text)
    if count is None:
        return ""
    return next((label for limit, label in WORKER_BANDS if count <= limit), TOP_BAND)


def search_form(text: str) -> str:
    """The form both the search text and a query are folded to: ASCII words, one space."""
    return " ".join(words(text))


def _split(value: str) -> list[str]:
    parts = value.replace(";", "|").replace(",", "|").split("|")
    return [p.strip() for p in parts if p.strip()]


def _unique(values: Iterable[str]) -> list[str]:
    seen: dict[str, str] = {}
    for v in values:
        seen.setdefault(v.casefold(), v)
    return list(seen.values())


def current_members(facility_ids: Iterable[int]) -> dict[int, list[SourceRecord]]:
    """Source records whose decision in force points at each facility (merged ones folded
    into their survivor's entry)."""
    wanted = set(facility_ids)
    survivors = {f.pk: f.survivor().pk for f in Facility.objects.filter(merged_into__in=wanted)}
    survivors.update({pk: pk for pk in wanted})
    # Folded facilities of folded facilities: follow each chain to the end.
    for f in Facility.objects.filter(pk__in=list(survivors)).exclude(merged_into=None):
        survivors[f.pk] = f.survivor().pk
    # Every decision of every row that was ever decided into these facilities: a subquery,
    # not a join back through the rows' decisions (which needed a DISTINCT over every column).
    rows = MatchDecision.objects.filter(facility_id__in=list(survivors)).values("source_id")
    decisions = (
        MatchDecision.objects.filter(source_id__in=rows)
        .select_related("source__supplier_list__owner_org")
        .order_by("source_id", "created_at", "pk")
    )
    latest: dict[int, MatchDecision] = {}
    for d in decisions:
        latest[d.source_id] = d
    out: dict[int, list[SourceRecord]] = {pk: [] for pk in wanted}
    for d in latest.values():
        owner = survivors.get(d.facility_id) if d.facility_id else None
        if owner in out:
            out[owner].append(d.source)
    return out


def summarise(facility: Facility, sources: list[SourceRecord]) -> dict[str, Any]:
    """The summary fields of one facility from its source records."""
    public = [s for s in sources if s.supplier_list.visibility == Visibility.PUBLIC]
    public.sort(key=lambda s: (s.supplier_list.created_at, s.row))
    raw = [s.raw for s in public]
    sectors = _unique(v for r in raw for v in _split(r.get("sector", "")))
    products = _unique(v for r in raw for v in _split(r.get("product_type", "")))
    parents = _unique(r["parent_company"].strip() for r in raw if r.get("parent_company"))
    bands = [worker_band(r.get("number_of_workers", "")) for r in raw]
    identifiers = {
        column: _unique(r[column].strip() for r in raw if r.get(column, "").strip())
        for column in IDENTIFIER_COLUMNS
    }
    identifiers = {k: v for k, v in identifiers.items() if v}
    texts = [facility.public_id, facility.name, facility.address, *parents, *sectors]
    texts += [s.name for s in public] + [s.address for s in public]
    texts += [r.get("native_language_name", "") for r in raw]
    texts += [i for values in identifiers.values() for i in values]
    folded = _unique(search_form(t) for t in texts if t)
    native = _unique(
        unicodedata.normalize("NFKC", t).casefold() for t in texts if t and not t.isascii()
    )
    return {
        "sectors": "; ".join(sectors)[:500],
        "product_types": "; ".join(products)[:500],
        "parent_company": "; ".join(parents)[:500],
        "workers": next((b for b in reversed(bands) if b), ""),
        "identifiers": identifiers,
        "search_text": " | ".join(folded + native),
    }


def founded_by_lists(facility_ids: Iterable[int]) -> set[int]:
    """Which of these facilities a list row founded (rather than an operator's own entry)."""
    founding = MatchDecision.objects.filter(facility_id__in=list(facility_ids), decision="new")
    return set(founding.values_list("facility_id", flat=True))


def is_public(sources: list[SourceRecord], *, founded: bool, claimed: bool = False) -> bool:
    """Anyone may know a facility exists when a public list names it now, when the supplier
    that runs it has a verified claim (it speaks for itself), or when no list founded it (an
    operator's entry); one that only private lists name (or that lost its rows) stays
    hidden. Who sources from it is a separate matter: only public lists tell that."""
    if claimed or any(s.supplier_list.visibility == Visibility.PUBLIC for s in sources):
        return True
    return not founded


def refresh(facility_ids: Iterable[int]) -> int:
    """Recompute the summary of these facilities (survivors); returns how many changed."""
    ids = {pk for pk in facility_ids if pk is not None}
    if not ids:
        return 0
    members = current_members(ids)
    founded = founded_by_lists(ids)
    changed: list[Facility] = []
    # A merged facility leaves the word index; its words live on in its survivor's.
    postings: dict[int, set[wordindex.Entry]] = {pk: set() for pk in ids}
    indexed = wordindex.indexed(ids)
    for facility in Facility.objects.filter(pk__in=ids, merged_into__isnull=True):
        sources = members.get(facility.pk, [])
        fields = summarise(facility, sources)
        fields["public"] = is_public(
            sources, founded=facility.pk in founded, claimed=facility.claimed_by_id is not None
        )
        if facility.search_text == fields["search_text"] and facility.pk in indexed:
            del postings[facility.pk]  # the same words: the index holds them already
        else:
            postings[facility.pk] = wordindex.facility_entries(facility, *spellings(sources))
        if any(getattr(facility, k) != v for k, v in fields.items()):
            for name, value in fields.items():
                setattr(facility, name, value)
            changed.append(facility)
    _write_summaries(changed)
    wordindex.reindex(postings)
    return len(changed)


def _write_summaries(facilities: list[Facility]) -> None:
    """Derived data, recomputed from audited source records, so plain UPDATEs: one statement
    per 250 facilities, from a table of values (``bulk_update``'s CASE per field and row
    costs more than the rest of a chunk's writes together on SQLite)."""
    postgres = connection.vendor == "postgresql"
    table = Facility._meta.db_table
    columns = ", ".join(SUMMARY_FIELDS)
    sets = ", ".join(
        f"{c} = v.{c}" + ("::jsonb" if postgres and c == "identifiers" else "")
        for c in SUMMARY_FIELDS
    )
    for start in range(0, len(facilities), 250):
        batch = facilities[start : start + 250]
        row = "(" + ", ".join(["%s"] * (len(SUMMARY_FIELDS) + 1)) + ")"
        values = ", ".join([row] * len(batch))
        params: list[Any] = []
        for f in batch:
            params.append(f.pk)
            params += [getattr(f, c) for c in SUMMARY_FIELDS[:4]]
            params += [
                json.dumps(f.identifiers),
                f.search_text,
                f.public if postgres else int(f.public),
            ]
        sql = (
            f"WITH v(id, {columns}) AS (VALUES {values}) "  # noqa: S608  (names are ours)
            f"UPDATE {table} SET {sets} FROM v WHERE {table}.id = v.id"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, params)


def spellings(sources: list[SourceRecord]) -> tuple[list[str], list[str]]:
    """The names (as written, and in the native language) and addresses that public lists
    give a facility: the word index finds it by any of them."""
    public = [s for s in sources if s.supplier_list.visibility == Visibility.PUBLIC]
    names = [s.name for s in public] + [s.raw.get("native_language_name", "") for s in public]
    return [n for n in names if n], [s.address for s in public if s.address]


def facility_sources(survivor: Facility) -> list[SourceRecord]:
    """The source records whose decision in force puts them in this facility (or in one
    merged into it): a row split off or moved by an undo no longer counts."""
    return current_members([survivor.pk])[survivor.pk]


def current_decisions(supplier_list: SupplierList) -> list[tuple[SourceRecord, MatchDecision]]:
    """Each row of a list with the decision in force, in one query (joins, not an IN list of
    every row: a 20,000-row list would overflow SQLite's expression limit)."""
    return [(source, decision) for source, decision, _ in decisions_with_previous(supplier_list)]


Decided = tuple[SourceRecord, MatchDecision, MatchDecision | None]


def decisions_with_previous(supplier_list: SupplierList) -> list[Decided]:
    """Each row of a list with the decision in force and the one before it (None for a row
    decided once), in one query: the page counts what is in force now and offers to take back
    an answer to a review."""
    decisions = (
        MatchDecision.objects.filter(source__supplier_list=supplier_list)
        .select_related("source", "facility", "candidate")
        .order_by("source__row", "created_at", "pk")
    )
    latest: dict[int, MatchDecision] = {}
    before: dict[int, MatchDecision] = {}
    for decision in decisions.iterator(chunk_size=2000):
        row = decision.source.row
        if row in latest:
            before[row] = latest[row]
        latest[row] = decision
    return [(d.source, d, before.get(row)) for row, d in sorted(latest.items())]


def list_facilities(supplier_list: SupplierList) -> dict[int, Facility]:
    """The facilities (survivors) a processed list names, by primary key."""
    out: dict[int, Facility] = {}
    for _, decision in current_decisions(supplier_list):
        if decision.facility is not None:
            survivor = decision.facility.survivor()
            out[survivor.pk] = survivor
    return out


def list_changes(supplier_list: SupplierList) -> dict[str, Any] | None:
    """What a new version of a list added and removed against the version before it: a brand
    dropping a supplier is itself information."""
    previous = supplier_list.previous
    if previous is None or supplier_list.status != ListStatus.DONE:
        return None
    now, before = list_facilities(supplier_list), list_facilities(previous)
    return {
        "previous": previous,
        "added": sorted((now[k] for k in now.keys() - before.keys()), key=lambda f: f.name),
        "removed": sorted((before[k] for k in before.keys() - now.keys()), key=lambda f: f.name),
        "kept": len(now.keys() & before.keys()),
    }


def resolve_facility(text: str) -> Facility | None:
    """The facility (its survivor) that a public ID, or an Open Supply Hub / DUNS / LEI ID,
    names; None when nothing does."""
    wanted = text.strip()[:60]
    if not wanted:
        return None
    found = Facility.by_id(wanted)
    if found is None:
        for candidate in Facility.objects.filter(search_text__icontains=wanted.lower())[:20]:
            if any(wanted in values for values in candidate.identifiers.values()):
                found = candidate
                break
    return found.survivor() if found else None


def facility_family(facility: Facility) -> list[int]:
    """The facility and every facility merged into it, directly or through others: records
    kept against a merged ID still belong to the survivor."""
    family, frontier = {facility.pk}, [facility.pk]
    while frontier:
        frontier = list(
            Facility.objects.filter(merged_into_id__in=frontier)
            .exclude(pk__in=family)
            .values_list("pk", flat=True)
        )
        family.update(frontier)
    return sorted(family)


def facility_families(survivor_ids: set[int]) -> dict[int, int]:
    """Every facility of these survivors' families → its survivor (the survivors included):
    one read of the merges, so a register over thousands of facilities folds the records kept
    against merged IDs without a query per facility."""
    merged = dict(Facility.objects.exclude(merged_into=None).values_list("pk", "merged_into_id"))
    out = {pk: pk for pk in survivor_ids}
    for pk in merged:
        end, seen = pk, {pk}
        while end in merged and merged[end] not in seen:
            end = merged[end]
            seen.add(end)
        if end in survivor_ids:
            out[pk] = end
    return out


def sourcing_brands(facility: Facility) -> list[Organisation]:
    """Brands whose supplier lists (public or private) name the facility now."""
    owners = {s.supplier_list.owner_org for s in facility_sources(facility.survivor())}
    return sorted((o for o in owners if o.kind == OrganisationKind.BRAND), key=lambda o: o.name)
