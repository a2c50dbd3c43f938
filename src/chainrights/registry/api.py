"""Registry endpoints: supplier lists (upload, status, rows) and facilities (search, read)."""

from __future__ import annotations

from datetime import date
from typing import Literal

from django.conf import settings
from django.http import Http404, StreamingHttpResponse
from django.shortcuts import get_object_or_404
from ninja import File, Form, Router, Status
from ninja.errors import HttpError
from ninja.files import UploadedFile
from ninja.pagination import paginate

from chainrights.api.auth import AUTH, OPTIONAL_AUTH
from chainrights.core import uploads
from chainrights.core.models import Visibility
from chainrights.core.visibility import can_edit, visible
from chainrights.registry import formats, ids, services, visibility
from chainrights.registry.models import Facility, SupplierList
from chainrights.registry.schemas import FacilityDetail, FacilityOut, ListCreated, ListOut, RowOut
from chainrights.registry.search import Filters, following, ordered, search

router = Router(tags=["registry"])
ALLOWED_SUFFIXES = (".csv", ".xlsx")


@router.post("/lists", response={201: ListCreated, 200: ListCreated}, auth=AUTH)
def create_list(
    request,
    file: UploadedFile = File(...),  # noqa: B008
    name: str = Form(..., min_length=1, max_length=200),
    tier: int | None = Form(None, ge=1, le=4),
    as_of: date | None = Form(None),  # noqa: B008
    public: bool = Form(False),
):
    """Upload a supplier list (CSV or XLSX) for your organisation; processing starts at once.

    The same file uploaded again by the same organisation answers 200 with the earlier list.
    """
    owner = services.uploader_organisation(request.user)
    if owner is None:
        raise HttpError(403, "Only editors of a brand, supplier or operator upload lists.")
    filename = file.name or "list.csv"
    if not filename.lower().endswith(ALLOWED_SUFFIXES):
        raise HttpError(415, "Upload a .csv or .xlsx file.")
    if file.size is not None and file.size > settings.MAX_UPLOAD_BYTES:
        raise HttpError(413, "The file is larger than the upload limit.")
    content = file.read()
    problem = uploads.unsafe_upload(filename, content)
    if problem:
        raise HttpError(400, problem)
    with uploads.admit(owner):
        supplier_list, created = services.upload_list(
            owner=owner, user=request.user, name=name, filename=filename,
            content=content, tier=tier, as_of=as_of, public=public,
        )  # fmt: skip
    supplier_list.refresh_from_db(fields=["status"])
    body = {"id": supplier_list.pk, "status": supplier_list.status, "created": created}
    return Status(201 if created else 200, body)


def _visible_list(request, list_id: int) -> SupplierList:
    return get_object_or_404(visible(SupplierList.objects.all(), request.user), pk=list_id)


@router.get("/lists/template", tags=["registry"])
def list_template(request, format: Literal["csv", "xlsx"] = "csv"):
    """An empty supplier list to fill in: Open Supply Hub's columns plus the Transparency
    Pledge's (parent company, product and processing type, worker band); `format=csv|xlsx`."""
    response = formats.template_response(format)
    if response is None:
        raise HttpError(400, "format must be csv or xlsx")
    return response


@router.get("/lists/{list_id}", response=ListOut, auth=AUTH)
def get_list(request, list_id: int):
    """Status (`queued|processing|done|failed`), counts (`rows, match, new, review, error`),
    progress, and what changed against the previous version of the same list."""
    item = _visible_list(request, list_id)
    changes = services.list_changes(item)
    return {
        "id": item.pk, "name": item.name, "status": item.status,
        "counts": item.counts or {"rows": 0, "match": 0, "new": 0, "review": 0, "error": 0},
        "progress": {"processed": item.processed_rows, "total": item.total_rows,
                     "percent": item.percent},
        "tier": item.tier, "as_of": item.as_of, "public": item.visibility == Visibility.PUBLIC,
        "created_at": item.created_at, "failure": item.failure, "report": item.report,
        "previous_id": item.previous_id,
        "added": [f.public_id for f in changes["added"]] if changes else [],
        "removed": [f.public_id for f in changes["removed"]] if changes else [],
    }  # fmt: skip


@router.post("/lists/{list_id}/retry", response=ListCreated, auth=AUTH)
def retry_list(request, list_id: int):
    """Queue a failed list again (its editors): rows already decided are kept and the rest
    are processed; 409 when the list has not failed."""
    item = _visible_list(request, list_id)
    if not can_edit(item, request.user):
        raise HttpError(403, "Only the list's editors retry it.")
    item = services.retry_list(item, request.user)
    item.refresh_from_db(fields=["status"])
    return {"id": item.pk, "status": item.status, "created": False}


@router.get("/lists/{list_id}/rows", response=list[RowOut], auth=AUTH)
@paginate
def list_rows(request, list_id: int, status: str | None = None):
    """Each row's decision; `status=error` gives the row report."""
    item = _visible_list(request, list_id)
    if status == "error":
        return [
            {
                "row": e["row"],
                "status": "error",
                "facility_id": None,
                "candidate_id": None,
                "score": 0.0,
                "name": "",
                "address": "",
                "country": "",
                "evidence": {"field": e["field"], "reason": e["reason"]},
            }
            for e in item.report
            if e["action"] == "skipped"
        ]
    rows = []
    for source, decision in services.current_decisions(item):
        if status and decision.decision != status:
            continue
        candidate = decision.candidate
        if candidate is not None and not visibility.may_know(candidate, request.user):
            # a proposal only others' private lists name: an operator reviews the row
            candidate, evidence, score = None, {}, 0.0
        else:
            evidence, score = decision.evidence, decision.score
        rows.append({
            "row": source.row, "status": decision.decision,
            "facility_id": decision.facility.survivor().public_id if decision.facility else None,
            "candidate_id": candidate.public_id if candidate else None,
            "score": score, "name": source.name, "address": source.address,
            "country": source.country, "evidence": evidence,
        })  # fmt: skip
    return rows


def _facility_out(facility: Facility, requested: str) -> dict:
    survivor = facility.survivor()
    return {
        "id": survivor.public_id, "requested_id": requested, "merged": survivor.pk != facility.pk,
        "country": survivor.country, "name": survivor.name, "address": survivor.address,
        "lat": survivor.lat, "lng": survivor.lng, "sectors": survivor.sectors,
        "product_types": survivor.product_types, "parent_company": survivor.parent_company,
        "workers": survivor.workers, "identifiers": survivor.identifiers,
    }  # fmt: skip


@router.get("/facilities", response=list[FacilityOut], auth=OPTIONAL_AUTH)
@paginate
def search_facilities(
    request, q: str = "", country: str = "", sector: str = "", brand: str = "",
    parent: str = "", has_location: bool = False, after: str = "",
):  # fmt: skip
    """Facilities by any name (any script or its transliteration), address or ID (ours, OS ID,
    DUNS, LEI); filters by country (ISO-2 or a name in any language), sector, brand (public
    lists only), parent company and whether a location is known. Native-script spellings
    and a slip or two per word are found too. At most 500 results per query, best match
    first, then by name. Without `q`, a listing goes on past 500: pass the last ID you got
    as `after` for the next 500 (keyset: page 1,000 costs what page 1 does).
    Facilities that only private lists name are found only by those lists' readers (send your
    token) and operator staff."""
    filters = Filters.from_params({
        "q": q, "country": country, "sector": sector, "brand": brand, "parent": parent,
        "has_location": "1" if has_location else "",
    })  # fmt: skip
    results = ordered(search(filters, request.user))
    later = following(results, after[:20], request.user) if not filters.q else None
    found = (results if later is None else later)[:500]
    return [_facility_out(f, f.public_id) for f in found]


@router.get("/facilities/download", tags=["open data"])
def download_facilities(
    request,
    format: Literal["csv", "json", "geojson", "osh"] = "csv",
):
    """The whole public registry, streamed: `format=csv|json|geojson|osh` (`osh`: Open Supply
    Hub's list columns, ready to upload there). The licence is in the headers and the body."""
    if format not in {"csv", "json", "geojson", "osh"}:
        raise HttpError(400, "format must be csv, json, geojson or osh")
    body, kind = formats.download(format)
    response = StreamingHttpResponse(body, content_type=f"{kind}; charset=utf-8")
    suffix = "csv" if format == "osh" else format
    name = "chainrights-facilities" + ("-osh" if format == "osh" else "")
    response["Content-Disposition"] = f'attachment; filename="{name}.{suffix}"'
    response["X-Licence"] = settings.OPEN_DATA_LICENCE
    return response


@router.get("/facilities/{facility_id}", response=FacilityDetail, auth=OPTIONAL_AUTH)
def get_facility(request, facility_id: str):
    """One facility; a merged ID answers with the survivor and says so (`merged: true`).
    A facility that only private lists name answers 404, as an unknown ID does, except to
    those lists' readers (send your token) and operator staff."""
    wanted = ids.normalise(facility_id[:40])
    facility = visibility.find(wanted, request.user)
    if facility is None:  # unknown, or named only in lists the caller may not read
        raise Http404
    body = _facility_out(facility, wanted)
    survivor = facility.survivor()
    sources = visibility.readable_sources(services.facility_sources(survivor), request.user)
    body["names"] = sorted({s.name for s in sources} | {survivor.name})
    body["addresses"] = sorted(
        {s.address for s in sources if s.address} | {survivor.address} - {""}
    )
    body["sources"] = len(sources)
    body["disclosed_by"] = sorted({s.supplier_list.owner_org.name for s in sources})
    body["claimed"] = survivor.claimed_by_id is not None
    return body
