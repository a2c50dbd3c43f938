"""Writes of the registry: uploading a list, processing it, and people's decisions.

Processing runs the matching engine over the list and records, for every good row, a source
record (what the contributor said) and a match decision (why it belongs where it does).
Rows are written in chunks of one transaction each, so progress shows and a crash resumes
where it stopped; a row is never half-written.
"""

from __future__ import annotations

import hashlib
import tempfile
import uuid
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from django.db import IntegrityError, transaction

from chainrights.core import events
from chainrights.core.models import Organisation, Visibility
from chainrights.matching import HumanDecisions, Index, Matcher, Record, normalize
from chainrights.matching.decide import Decision
from chainrights.matching.humans import fingerprint
from chainrights.matching.io import InputError, load_rows
from chainrights.registry import summary
from chainrights.registry.models import (
    DecisionKind,
    Facility,
    ListStatus,
    MatchDecision,
    SourceRecord,
    SupplierList,
)


def unsafe_upload(filename: str, content: bytes) -> str | None:
    """Why an upload must be refused before anyone parses it, or None (see ``core.uploads``,
    which lists and audit imports share)."""
    from chainrights.core.uploads import unsafe_upload as check

    return check(filename, content)


def uploader_organisation(user: Any) -> Organisation | None:
    """The organisation on whose behalf ``user`` may upload lists: editors and admins of a
    brand, supplier or operator."""
    from chainrights.core.models import Membership, Role

    if user is None or not user.is_authenticated:
        return None
    membership = (
        Membership.objects.filter(user=user, role__in=[Role.ADMIN, Role.EDITOR])
        .filter(organisation__kind__in=["brand", "supplier", "operator"])
        .select_related("organisation")
        .first()
    )
    return membership.organisation if membership else None


def upload_list(
    *,
    owner: Organisation,
    user: Any,
    name: str,
    filename: str,
    content: bytes,
    tier: int | None = None,
    as_of: date | None = None,
    public: bool = False,
) -> tuple[SupplierList, bool]:
    """Store an upload; the same bytes from the same organisation return the earlier list.

    A double submit (two requests with the same file at once) returns the list the first one
    stored: the check runs again inside the transaction, and the unique constraint settles a
    race the check cannot see (on PostgreSQL the second insert waits for the first commit).
    """
    digest = hashlib.sha256(content).hexdigest()
    existing = SupplierList.objects.filter(owner_org=owner, sha256=digest).first()
    if existing is not None:
        return existing, False
    previous = (
        SupplierList.objects.filter(owner_org=owner, name=name[:200])
        .order_by("-created_at", "-pk")
        .first()
    )
    try:
        with (
            transaction.atomic(),
            events.acting_as(user=user, organisation=owner, reason="list uploaded"),
        ):
            existing = SupplierList.objects.filter(owner_org=owner, sha256=digest).first()
            if existing is not None:
                return existing, False
            supplier_list = SupplierList.objects.create(
                previous=previous,
                owner_org=owner,
                visibility=Visibility.PUBLIC if public else Visibility.PRIVATE,
                name=name[:200],
                filename=filename[:300],
                tier=tier,
                as_of=as_of,
                sha256=digest,
                content=content,
                created_by=user,
            )
            transaction.on_commit(lambda: _enqueue(supplier_list.pk))
    except IntegrityError:
        existing = SupplierList.objects.filter(owner_org=owner, sha256=digest).first()
        if existing is None:
            raise
        return existing, False
    return supplier_list, True


def retry_list(supplier_list: SupplierList, user: Any) -> SupplierList:
    """Queue a failed list again: rows already decided are kept, the rest are processed."""
    with (
        transaction.atomic(),
        events.acting_as(user=user, organisation=supplier_list.owner_org, reason="list retried"),
    ):
        current = SupplierList.objects.select_for_update().get(pk=supplier_list.pk)
        if current.status != ListStatus.FAILED:
            raise ValueError("only a failed list can be retried")
        current.status = ListStatus.QUEUED
        current.failure = ""
        current.save()
        transaction.on_commit(lambda: _enqueue(current.pk))
    return current


def _enqueue(list_id: int) -> None:
    from chainrights.registry.tasks import process_list_task

    process_list_task.enqueue(list_id)


def registry_records(after_seq: int = 0, upto_seq: int | None = None) -> Iterable[Record]:
    """The survivor facilities, or only those created by events ``after_seq < seq <= upto_seq``
    (see ``registry_index`` for why the cursor is the event log's sequence)."""
    fields = ("public_id", "country", "name", "address", "lat", "lng")
    survivors = Facility.objects.filter(merged_into__isnull=True).only(*fields)
    if not after_seq and upto_seq is None:
        for f in survivors.iterator(chunk_size=5000):
            yield Record(f.public_id, f.country, f.name, f.address, f.lat, f.lng)
        return
    from chainrights.core.models import Event

    created = Event.objects.filter(
        seq__gt=after_seq, tag="facility.created", object_type="registry.facility"
    )
    if upto_seq is not None:
        created = created.filter(seq__lte=upto_seq)
    ids = [int(i) for i in created.values_list("object_id", flat=True)]
    for start in range(0, len(ids), 1000):  # by primary key, in batches SQLite can bind
        for f in survivors.filter(pk__in=ids[start : start + 1000]).order_by("pk"):
            yield Record(f.public_id, f.country, f.name, f.address, f.lat, f.lng)


# The worker keeps the registry's index between lists: normalising a large registry costs far
# more than matching one list against it. New facilities are added to it; a merge, unmerge,
# split or correction since it was built makes the next list rebuild it.
#
# New facilities are found by the event log's sequence, not by the facilities' primary keys.
# A primary key is drawn when the row is inserted, before the transaction takes the chain
# head's lock to log it; so on PostgreSQL a facility with a lower key can commit after one
# with a higher key (a person's review inserting while a list's chunk holds the lock), and a
# ``Max(pk)`` high-water mark would skip it for good, founding a duplicate of it later. An
# event's ``seq`` is drawn under that lock, which is held until the commit, so sequence order
# is commit order: once ``Max(seq)`` reads S, every event up to S has committed, and a later
# commit can only add events above S. The cursor is read before the facilities, so nothing
# committed in between is missed (at worst seen twice, and ``ids`` drops the repeat).
_INDEX_CACHE: dict[str, Any] = {}
RESHAPING = ("facility.updated", "facility.merged", "facility.unmerged", "facility.split")


def registry_index() -> Index:
    from django.db import connection
    from django.db.models import Max

    from chainrights.core.models import Event

    reshaped = Event.objects.filter(tag__in=RESHAPING).aggregate(m=Max("seq"))["m"] or 0
    key = (connection.settings_dict["NAME"], reshaped)
    cursor = Event.objects.aggregate(m=Max("seq"))["m"] or 0
    # A database reset under us (a restore) shows as a shorter log than the one indexed.
    if _INDEX_CACHE.get("key") != key or cursor < _INDEX_CACHE["seq"]:
        _INDEX_CACHE.clear()
        _INDEX_CACHE.update(key=key, index=Index(), seq=0, ids=set())
        records = registry_records()
    else:
        records = registry_records(after_seq=_INDEX_CACHE["seq"], upto_seq=cursor)
    index: Index = _INDEX_CACHE["index"]
    known: set[str] = _INDEX_CACHE["ids"]
    added = 0
    for record in records:
        if record.key not in known:  # facilities a processed list founded are in already
            index_record(index, record)
            added += 1
    if added > 1000:
        index.fold()
    _INDEX_CACHE["seq"] = cursor
    return index


def forget_registry_index() -> None:
    """Drop the warm index: a chunk that rolled back may have added facilities to it that
    were never committed; the next list rebuilds it from what the database holds."""
    _INDEX_CACHE.clear()


def index_record(index: Index, record: Record) -> None:
    index.add_record(normalize(record))
    if "ids" in _INDEX_CACHE and _INDEX_CACHE.get("index") is index:
        _INDEX_CACHE["ids"].add(record.key)


def human_decisions() -> HumanDecisions:
    """People's earlier answers, so the same question is never asked twice."""
    humans = HumanDecisions()
    people = MatchDecision.objects.filter(kind=DecisionKind.HUMAN).select_related(
        "source", "facility", "candidate"
    )
    for d in people.order_by("created_at", "pk"):
        if d.decision == Decision.MATCH and d.facility is not None:
            humans.confirmed[d.source.fingerprint] = d.facility.survivor().public_id
        elif d.decision == Decision.NEW and d.candidate is not None:
            humans.rejected.add((d.candidate.survivor().public_id, d.source.fingerprint))
    return humans


CHUNK = 250


class Superseded(Exception):
    """Another run took this list over (its task was re-queued after a lost heartbeat); this
    run stops without writing, and the newer one carries on from the last committed chunk."""


def process_list(list_id: int, *, chunk: int = CHUNK) -> SupplierList:
    """Parse, validate, match and decide every row of one uploaded list.

    Rows are written in chunks, one transaction each, so the list's page can show progress
    and a crash loses at most one chunk: running this again resumes after the last row
    written (rows already decided are never decided twice).

    Each run takes the list over with a fresh token, and every chunk commits only while the
    list still carries that token (checked under a lock on the list's row), so two runs of
    the same list, should a re-queued task meet a worker that was only stalled, never both
    write. Any error marks the list failed with its reason, so its page stops waiting and the
    owner can retry; the error is raised again for the task's own record.
    """
    supplier_list = SupplierList.objects.get(pk=list_id)
    if supplier_list.status in (ListStatus.DONE, ListStatus.FAILED):
        return supplier_list
    runner = uuid.uuid4().hex
    SupplierList.objects.filter(pk=list_id).update(runner=runner)
    supplier_list.runner = runner
    try:
        return _process(supplier_list, runner, chunk)
    except Superseded:
        supplier_list.refresh_from_db()
        return supplier_list
    except BaseException as exc:  # a worker stopped by a second SIGTERM too (SystemExit)
        _fail_unexpectedly(supplier_list, runner, exc)
        raise


def _actor(supplier_list: SupplierList) -> Any:
    return events.acting_as(
        system="matching", organisation=supplier_list.owner_org, reason="list processed"
    )


def _hold(supplier_list: SupplierList, runner: str) -> None:
    """Inside a transaction: lock the list's row, and stop if another run has taken it."""
    held = SupplierList.objects.select_for_update().filter(pk=supplier_list.pk, runner=runner)
    if not held.exists():
        raise Superseded(supplier_list.pk)


def _finish(supplier_list: SupplierList, runner: str, **fields: Any) -> SupplierList:
    with transaction.atomic(), _actor(supplier_list):
        _hold(supplier_list, runner)
        for name, value in fields.items():
            setattr(supplier_list, name, value)
        supplier_list.save(update_fields=list(fields))
    return supplier_list


def _fail_unexpectedly(supplier_list: SupplierList, runner: str, exc: BaseException) -> None:
    import logging

    logger = logging.getLogger(__name__)
    logger.exception("list %s failed", supplier_list.pk)
    done = SupplierList.objects.filter(pk=supplier_list.pk).values_list("processed_rows", flat=True)
    reason = (
        f"Processing stopped after {next(iter(done), 0)} of {supplier_list.total_rows} rows "
        f"on an internal error ({type(exc).__name__}). The rows decided so far are kept; "
        "retry the list to carry on."
    )
    try:
        _finish(supplier_list, runner, status=ListStatus.FAILED, failure=reason)
    except Exception:  # the database itself may be what failed; the worker re-queues the task
        logger.exception("list %s: could not record the failure", supplier_list.pk)


def _process(supplier_list: SupplierList, runner: str, chunk: int) -> SupplierList:
    from django.conf import settings

    suffix = Path(supplier_list.filename).suffix.lower() or ".csv"
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"upload{suffix}"
        path.write_bytes(bytes(supplier_list.content))
        try:
            rows, errors = load_rows(
                path, max_rows=settings.MAX_LIST_ROWS, max_cells=settings.MAX_UPLOAD_CELLS
            )
        except InputError as exc:
            message = str(exc).replace(str(path.name), supplier_list.filename)
            return _finish(supplier_list, runner, status=ListStatus.FAILED, failure=message)
    skipped = sum(e.action == "skipped" for e in errors)
    report = [
        {"row": e.row, "field": e.field, "reason": e.reason, "action": e.action} for e in errors
    ]
    _finish(
        supplier_list, runner, status=ListStatus.PROCESSING, total_rows=len(rows) + skipped,
        report=report,
    )  # fmt: skip
    done_rows = set(supplier_list.rows.values_list("row", flat=True))
    todo = [r for r in rows if r[0] not in done_rows]
    matcher = Matcher(humans=human_decisions())
    registry = registry_index()
    by_public_id: dict[str, Facility] = {}
    for start in range(0, len(todo), chunk):
        touched: set[int] = set()
        try:
            with transaction.atomic(), _actor(supplier_list), events.batched():
                _hold(supplier_list, runner)
                for row, record, values in todo[start : start + chunk]:
                    target = _decide_row(
                        supplier_list, matcher, registry, by_public_id, row, record, values
                    )
                    if target is not None:
                        touched.add(target.pk)
                summary.refresh(touched)
                SupplierList.objects.filter(pk=supplier_list.pk).update(
                    processed_rows=len(done_rows) + min(len(todo), start + chunk) + skipped
                )
        except BaseException:
            # The chunk rolled back: facilities it founded are in the warm index but not in
            # the database. Forget the index (and the facilities cached for this run).
            forget_registry_index()
            raise
    counts = {"rows": len(rows) + skipped, "match": 0, "new": 0, "review": 0, "error": skipped}
    for _, decision in current_decisions(supplier_list):
        counts[str(decision.decision)] += 1
    return _finish(
        supplier_list, runner, status=ListStatus.DONE, counts=counts,
        processed_rows=supplier_list.total_rows,
    )  # fmt: skip


def _decide_row(
    supplier_list: SupplierList,
    matcher: Matcher,
    registry: Index,
    by_public_id: dict[str, Facility],
    row: int,
    record: Record,
    values: dict[str, str],
) -> Facility | None:
    """Record one row as a source record and decide where it belongs."""
    rec = normalize(record)
    source = SourceRecord.objects.create(
        supplier_list=supplier_list, row=row, raw=values, country=rec.country,
        name=record.name, address=record.address, lat=rec.lat, lng=rec.lng,
        fingerprint=fingerprint(rec),
    )  # fmt: skip
    result = matcher.match_one(registry, rec) if len(registry) else None
    decision = result.decision if result else Decision.NEW
    target = _facility(result.facility_id, by_public_id) if result and result.facility_id else None
    if decision == Decision.NEW:
        target = Facility.objects.create(
            country=rec.country, name=record.name, address=record.address,
            lat=rec.lat, lng=rec.lng, public=False,  # until summary.refresh sees a public list
        )  # fmt: skip
        by_public_id[target.public_id] = target
        # later rows of this list can then match the facility this row founded
        founded = Record(
            target.public_id, rec.country, record.name, record.address, rec.lat, rec.lng
        )
        index_record(registry, founded)
    MatchDecision.objects.create(
        source=source,
        facility=target if decision != Decision.REVIEW else None,
        candidate=target if decision == Decision.REVIEW else None,
        decision=decision,
        kind=DecisionKind.HUMAN if result and result.by_person else DecisionKind.AUTOMATIC,
        score=round(result.score, 4) if result else 0.0,
        evidence={
            "levels": result.levels,
            "evidence": result.evidence,
            "contributions": result.contributions,
        }
        if result
        else {},  # fmt: skip
        model_version=matcher.model.version,
    )
    return target if decision != Decision.REVIEW else None


def _facility(public_id: str, cache: dict[str, Facility]) -> Facility:
    if public_id not in cache:
        cache[public_id] = Facility.objects.get(public_id=public_id).survivor()
    return cache[public_id]


def decide_review(
    source: SourceRecord, user: Any, *, confirm: bool, reason: str = ""
) -> MatchDecision:
    """A person answers a review: the proposed facility is, or is not, this row's facility.

    Rejecting founds a new facility for the row; either answer is remembered for good.
    """
    current = source.current_decision()
    if current is None or current.decision != Decision.REVIEW or current.candidate is None:
        raise ValueError("this row is not waiting for review")
    with transaction.atomic(), events.acting_as(user=user, reason=reason or "review answered"):
        if confirm:
            facility = current.candidate.survivor()
            decision = Decision.MATCH
        else:
            facility = Facility.objects.create(
                country=source.country, name=source.name, address=source.address,
                lat=source.lat, lng=source.lng, public=False,
            )  # fmt: skip
            decision = Decision.NEW
        answer = MatchDecision.objects.create(
            source=source, facility=facility, candidate=current.candidate, decision=decision,
            kind=DecisionKind.HUMAN, score=1.0 if confirm else 0.0, decided_by=user,
            reason=reason,
        )  # fmt: skip
        summary.refresh([facility.pk])
        return answer


def merge_facilities(survivor: Facility, merged: Facility, user: Any, reason: str) -> Facility:
    """Fold ``merged`` into ``survivor``: its ID keeps resolving, and the merge can be undone."""
    from chainrights.core.events import EventTag

    survivor = survivor.survivor()
    if merged.survivor().pk == survivor.pk:
        raise ValueError("these facilities are already one")
    with transaction.atomic(), events.acting_as(user=user, reason=reason):
        merged.merged_into = survivor
        merged.save()
        events.record(EventTag.FACILITY_MERGED, merged, survivor=survivor.public_id, reason=reason)
        summary.refresh([survivor.pk])
    return survivor


def unmerge_facility(merged: Facility, user: Any, reason: str) -> Facility:
    """Undo a merge: the facility stands on its own again with all its source records."""
    from chainrights.core.events import EventTag

    if merged.merged_into_id is None:
        raise ValueError("this facility is not merged")
    with transaction.atomic(), events.acting_as(user=user, reason=reason):
        previous = merged.merged_into
        merged.merged_into = None
        merged.save()
        events.record(
            EventTag.FACILITY_UNMERGED, merged, was=previous.public_id if previous else ""
        )
        summary.refresh([merged.pk] + ([previous.survivor().pk] if previous else []))
    return merged


def split_facility(
    facility: Facility, sources: list[SourceRecord], user: Any, reason: str
) -> Facility:
    """Move some source records to a new facility (a person's decision for each)."""
    from chainrights.core.events import EventTag

    if not sources:
        raise ValueError("choose the rows that belong to another facility")
    first = sources[0]
    with transaction.atomic(), events.acting_as(user=user, reason=reason):
        new = Facility.objects.create(
            country=first.country,
            name=first.name,
            address=first.address,
            lat=first.lat,
            lng=first.lng,
            public=False,
        )
        for source in sources:
            MatchDecision.objects.create(
                source=source, facility=new, candidate=facility, decision=Decision.NEW,
                kind=DecisionKind.HUMAN, score=0.0, decided_by=user, reason=reason,
            )  # fmt: skip
        events.record(EventTag.FACILITY_SPLIT, facility, new=new.public_id, rows=len(sources))
        summary.refresh([facility.survivor().pk, new.pk])
    return new


def undo_decision(source: SourceRecord, user: Any, reason: str) -> MatchDecision:
    """Return a row to its previous decision by recording that decision again (nothing is
    deleted: the history shows the decision, its undoing, and who did both)."""
    from chainrights.core.events import EventTag

    history = list(source.decisions.order_by("-created_at", "-pk")[:2])
    if len(history) < 2:
        raise ValueError("this row has no earlier decision to return to")
    current, previous = history
    with transaction.atomic(), events.acting_as(user=user, reason=reason):
        again = MatchDecision.objects.create(
            source=source, facility=previous.facility, candidate=previous.candidate,
            decision=previous.decision, kind=DecisionKind.HUMAN, score=previous.score,
            evidence=previous.evidence, model_version=previous.model_version, decided_by=user,
            reason=reason,
        )  # fmt: skip
        events.record(EventTag.DECISION_UNDONE, source, undone=current.pk, restored=previous.pk)
        touched = [d.facility.survivor().pk for d in (current, previous) if d.facility]
        summary.refresh(touched)
    return again


def facility_sources(survivor: Facility) -> list[SourceRecord]:
    """The source records whose decision in force puts them in this facility (or in one
    merged into it): a row split off or moved by an undo no longer counts."""
    return summary.current_members([survivor.pk])[survivor.pk]


def current_decisions(supplier_list: SupplierList) -> list[tuple[SourceRecord, MatchDecision]]:
    """Each row of a list with the decision in force, in one query (joins, not an IN list of
    every row: a 20,000-row list would overflow SQLite's expression limit)."""
    decisions = (
        MatchDecision.objects.filter(source__supplier_list=supplier_list)
        .select_related("source", "facility", "candidate")
        .order_by("source__row", "created_at", "pk")
    )
    latest: dict[int, MatchDecision] = {}
    for decision in decisions.iterator(chunk_size=2000):
        latest[decision.source.row] = decision
    return [(d.source, d) for _, d in sorted(latest.items())]


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
    index = Index(
        normalize(Record(f.public_id, f.country, f.name, f.address, f.lat, f.lng)) for f in pool
    )
    rec = normalize(Record("?", country or "", name[:500], address[:2000]))
    matcher = Matcher()
    scored = []
    for position in matcher.closest(index, rec, index.candidates(rec, matcher.candidates)):
        other = index.record(position)
        probability, *_ = matcher.score(index, rec, other)
        scored.append((other.key, probability))
    scored.sort(key=lambda kv: -kv[1])
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


def _candidate_pool(text: str, country: str) -> list[Facility]:
    from chainrights.registry.search import containing
    from chainrights.registry.summary import search_form

    wanted = list(dict.fromkeys(search_form(text).split()))
    wanted = [w for w in wanted if len(w) >= 3 and w not in GENERIC_WORDS][:8]
    survivors = Facility.objects.filter(merged_into__isnull=True)
    if country:
        survivors = survivors.filter(country=country.upper()[:2])
    fields = ("public_id", "country", "name", "address", "lat", "lng")
    pool: dict[int, Facility] = {}
    common = []
    for word in wanted:
        found = list(containing(survivors, [word]).only(*fields)[: CANDIDATES_PER_WORD + 1])
        if len(found) > CANDIDATES_PER_WORD:
            common.append(word)
        else:
            pool.update((f.pk, f) for f in found)
    if common and not pool:
        together = containing(survivors, common).only(*fields)[:CANDIDATES_PER_WORD]
        pool.update((f.pk, f) for f in together)
    return list(pool.values())


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


def sourcing_brands(facility: Facility) -> list[Organisation]:
    """Brands whose supplier lists (public or private) name the facility now."""
    from chainrights.core.models import OrganisationKind

    owners = {s.supplier_list.owner_org for s in facility_sources(facility.survivor())}
    return sorted((o for o in owners if o.kind == OrganisationKind.BRAND), key=lambda o: o.name)


# --- Read by other apps (grievances); kept apart while this module is being restructured. ---


def facility_by_id(public_id: str) -> Facility | None:
    """The facility a typed public ID names, followed through merges, or None."""
    found = Facility.by_id(public_id)
    return found.survivor() if found is not None else None


def claimant_of(facility_id: int) -> Organisation | None:
    """The organisation with a verified claim to the facility (where merges led), or None."""
    facility = Facility.objects.filter(pk=facility_id).first()
    return facility.survivor().claimed_by if facility is not None else None
