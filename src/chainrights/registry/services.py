"""Writes of the registry: uploading a list, processing it, and people's decisions.

Processing runs the matching engine over the list and records, for every good row, a source
record (what the contributor said) and a match decision (why it belongs where it does).
Everything for one list happens in one transaction: a failure leaves nothing half-written.
"""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from django.db import transaction

from chainrights.core import events
from chainrights.core.models import Organisation, Visibility
from chainrights.matching import HumanDecisions, Index, Matcher, Record, normalize
from chainrights.matching.decide import Decision
from chainrights.matching.humans import fingerprint
from chainrights.matching.io import InputError, load_rows
from chainrights.registry.models import (
    DecisionKind,
    Facility,
    ListStatus,
    MatchDecision,
    SourceRecord,
    SupplierList,
)

MAX_UNZIPPED = 200 * 1024 * 1024
MAX_RATIO = 200


def unsafe_upload(filename: str, content: bytes) -> str | None:
    """Why an upload must be refused before anyone parses it, or None.

    XLSX files are ZIP archives: a small one can unpack to gigabytes (a 'zip bomb'), so the
    declared sizes are checked first.
    """
    if not content:
        return "The file is empty."
    if filename.lower().endswith(".xlsx"):
        import io
        import zipfile

        try:
            with zipfile.ZipFile(io.BytesIO(content)) as archive:
                unpacked = sum(info.file_size for info in archive.infolist())
        except zipfile.BadZipFile:
            return "The file is not a readable XLSX workbook."
        if unpacked > MAX_UNZIPPED or unpacked > MAX_RATIO * max(1, len(content)):
            return "The workbook unpacks to far more than its size (a compressed bomb?); refused."
    return None


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
    """Store an upload; the same bytes from the same organisation return the earlier list."""
    digest = hashlib.sha256(content).hexdigest()
    existing = SupplierList.objects.filter(owner_org=owner, sha256=digest).first()
    if existing is not None:
        return existing, False
    with (
        transaction.atomic(),
        events.acting_as(user=user, organisation=owner, reason="list uploaded"),
    ):
        supplier_list = SupplierList.objects.create(
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
    return supplier_list, True


def _enqueue(list_id: int) -> None:
    from chainrights.registry.tasks import process_list_task

    process_list_task.enqueue(list_id)


def registry_records() -> Iterable[Record]:
    for f in Facility.objects.filter(merged_into__isnull=True).only(
        "public_id", "country", "name", "address", "lat", "lng"
    ):
        yield Record(f.public_id, f.country, f.name, f.address, f.lat, f.lng)


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


def process_list(list_id: int) -> SupplierList:
    """Parse, validate, match and decide every row of one uploaded list."""
    supplier_list = SupplierList.objects.get(pk=list_id)
    if supplier_list.status == ListStatus.DONE:
        return supplier_list

    def actor() -> Any:
        return events.acting_as(
            system="matching", organisation=supplier_list.owner_org, reason="list processed"
        )

    suffix = Path(supplier_list.filename).suffix.lower() or ".csv"
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"upload{suffix}"
        path.write_bytes(bytes(supplier_list.content))
        try:
            rows, errors = load_rows(path)
        except InputError as exc:
            with actor():
                supplier_list.status = ListStatus.FAILED
                supplier_list.failure = str(exc).replace(str(path.name), supplier_list.filename)
                supplier_list.save()
            return supplier_list
    matcher = Matcher(humans=human_decisions())
    registry = Index(normalize(r) for r in registry_records())
    skipped = sum(e.action == "skipped" for e in errors)
    counts = {"rows": len(rows) + skipped, "match": 0, "new": 0, "review": 0, "error": skipped}
    by_public_id: dict[str, Facility] = {}
    with transaction.atomic(), actor():
        for row, record, values in rows:
            rec = normalize(record)
            source = SourceRecord.objects.create(
                supplier_list=supplier_list, row=row, raw=values, country=rec.country,
                name=record.name, address=record.address, lat=rec.lat, lng=rec.lng,
                fingerprint=fingerprint(rec),
            )  # fmt: skip
            result = matcher.match_one(registry, rec) if len(registry) else None
            decision = result.decision if result else Decision.NEW
            target = (
                _facility(result.facility_id, by_public_id)
                if result and result.facility_id
                else None
            )
            if decision == Decision.NEW:
                target = Facility.objects.create(
                    country=rec.country, name=record.name, address=record.address,
                    lat=rec.lat, lng=rec.lng,
                )  # fmt: skip
                by_public_id[target.public_id] = target
                # later rows of this list can then match the facility this row founded
                founded = Record(
                    target.public_id, rec.country, record.name, record.address, rec.lat, rec.lng
                )
                registry.add_record(normalize(founded))
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
            counts[str(decision)] += 1
        supplier_list.status = ListStatus.DONE
        supplier_list.counts = counts
        supplier_list.report = [
            {"row": e.row, "field": e.field, "reason": e.reason, "action": e.action} for e in errors
        ]
        supplier_list.save()
    return supplier_list


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
            return MatchDecision.objects.create(
                source=source, facility=current.candidate.survivor(), decision=Decision.MATCH,
                kind=DecisionKind.HUMAN, score=1.0, decided_by=user, reason=reason,
            )  # fmt: skip
        facility = Facility.objects.create(
            country=source.country, name=source.name, address=source.address,
            lat=source.lat, lng=source.lng,
        )  # fmt: skip
        return MatchDecision.objects.create(
            source=source, facility=facility, candidate=current.candidate, decision=Decision.NEW,
            kind=DecisionKind.HUMAN, score=0.0, decided_by=user, reason=reason,
        )  # fmt: skip


def open_data_rows() -> Iterable[dict[str, Any]]:
    """Facilities named by at least one public list, as open data (never private-only ones)."""
    public_facilities = (
        Facility.objects.filter(
            merged_into__isnull=True,
            decisions__source__supplier_list__visibility=Visibility.PUBLIC,
        )
        .distinct()
        .order_by("pk")
    )
    for f in public_facilities.iterator(chunk_size=2000):
        yield {"id": f.public_id, "country": f.country, "name": f.name, "address": f.address,
               "lat": f.lat, "lng": f.lng}  # fmt: skip


def as_csv(rows: Iterable[dict[str, Any]]) -> Iterable[str]:
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=["id", "country", "name", "address", "lat", "lng"])
    writer.writeheader()
    for row in rows:
        # Cells that a spreadsheet would run as formulas are written as text.
        writer.writerow({k: _defuse(v) for k, v in row.items()})
        if buffer.tell() > 64 * 1024:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def _defuse(value: Any) -> Any:
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value


def as_json(rows: Iterable[dict[str, Any]]) -> Iterable[str]:
    import json

    yield '{"licence": ' + json.dumps(_licence()) + ', "facilities": ['
    for n, row in enumerate(rows):
        yield ("," if n else "") + json.dumps(row, ensure_ascii=False)
    yield "]}"


def as_geojson(rows: Iterable[dict[str, Any]]) -> Iterable[str]:
    import json

    yield '{"type": "FeatureCollection", "licence": ' + json.dumps(_licence()) + ', "features": ['
    n = 0
    for row in rows:
        if row["lat"] is None or row["lng"] is None:
            continue
        feature = {
            "type": "Feature",
            "id": row["id"],
            "geometry": {"type": "Point", "coordinates": [row["lng"], row["lat"]]},
            "properties": {k: row[k] for k in ("id", "country", "name", "address")},
        }
        yield ("," if n else "") + json.dumps(feature, ensure_ascii=False)
        n += 1
    yield "]}"


def _licence() -> str:
    from django.conf import settings

    return str(settings.OPEN_DATA_LICENCE)


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
        )
        for source in sources:
            MatchDecision.objects.create(
                source=source, facility=new, candidate=facility, decision=Decision.NEW,
                kind=DecisionKind.HUMAN, score=0.0, decided_by=user, reason=reason,
            )  # fmt: skip
        events.record(EventTag.FACILITY_SPLIT, facility, new=new.public_id, rows=len(sources))
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
    return again


def search_facilities(q: str = "", country: str = "") -> Any:
    """Facilities (survivors only) by facility ID, or by words in the name or address."""
    from django.db.models import Q

    from chainrights.registry import ids

    results = Facility.objects.filter(merged_into__isnull=True)
    country = country.strip().upper()[:2]
    if country:
        results = results.filter(country=country)
    q = q.strip()[:200]
    if q and ids.is_valid(q):
        return results.filter(public_id=ids.normalise(q))
    if q:
        results = results.filter(Q(name__icontains=q) | Q(address__icontains=q))
    return results


def facility_sources(survivor: Facility) -> Any:
    """The source records of a facility and of every facility merged into it."""
    members = [survivor, *Facility.objects.filter(merged_into=survivor)]
    return (
        SourceRecord.objects.filter(decisions__facility__in=members)
        .select_related("supplier_list__owner_org")
        .distinct()
    )


def current_decisions(supplier_list: SupplierList) -> list[tuple[SourceRecord, MatchDecision]]:
    """Each row of a list with the decision in force, in two queries (not one per row)."""
    sources = SourceRecord.objects.filter(supplier_list=supplier_list).prefetch_related(
        "decisions__facility", "decisions__candidate"
    )
    out = []
    for source in sources.order_by("row"):
        decision = max(source.decisions.all(), key=lambda d: (d.created_at, d.pk), default=None)
        if decision is not None:
            out.append((source, decision))
    return out
