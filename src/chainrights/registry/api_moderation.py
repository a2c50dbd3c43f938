"""Registry endpoints that change what is known: review answers, merges, splits, undo,
claims and corrections. Each is a service call with its actor and reason in the event log."""

from __future__ import annotations

from django.http import Http404
from django.shortcuts import get_object_or_404
from ninja import Status
from ninja.errors import HttpError

from chainrights.api.auth import AUTH
from chainrights.core.types import AnyUser
from chainrights.core.visibility import can_edit, visible
from chainrights.registry import claims, services, visibility
from chainrights.registry.api import _facility_out
from chainrights.registry.api import router as registry_router
from chainrights.registry.models import (
    ClaimStatus,
    Facility,
    FacilityClaim,
    SourceRecord,
    SupplierList,
)
from chainrights.registry.schemas import (
    ClaimDecisionIn,
    ClaimIn,
    ClaimOut,
    CorrectionIn,
    DecisionOut,
    FacilityOut,
    MergeIn,
    Reason,
    ReviewIn,
    SplitIn,
)

# The same router as the registry's reads: PATCH /facilities/{id} shares its path with GET.
router = registry_router


def _facility(facility_id: str, user: AnyUser) -> Facility:
    """The facility, or 404 when there is none or the caller may not know it exists."""
    facility = visibility.find(facility_id, user)
    if facility is None:
        raise Http404
    return facility


def _require_moderator(request) -> None:
    if not claims.is_operator_editor(request.user):
        raise HttpError(403, "Only operator staff merge, split and undo.")


def _editable_row(request, list_id: int, row: int) -> SourceRecord:
    item = get_object_or_404(visible(SupplierList.objects.all(), request.user), pk=list_id)
    if not can_edit(item, request.user):
        raise HttpError(403, "Only the list's editors or operator staff decide its rows.")
    return get_object_or_404(SourceRecord, supplier_list=item, row=row)


def _decision_out(source: SourceRecord) -> dict:
    decision = source.current_decision()
    facility = decision.facility.survivor() if decision and decision.facility else None
    return {
        "list_id": source.supplier_list_id, "row": source.row,
        "status": decision.decision if decision else "",
        "facility_id": facility.public_id if facility else None,
    }  # fmt: skip


def _out(facility: Facility) -> dict:
    return _facility_out(facility, facility.public_id)


@router.post("/lists/{list_id}/rows/{row}/review", response=DecisionOut, auth=AUTH)
def review_row(request, list_id: int, row: int, payload: ReviewIn):
    """Answer a `review` row: `same: true` confirms the proposed facility, `false` founds a new
    one. Either answer is remembered, so the question is never asked again."""
    source = _editable_row(request, list_id, row)
    if not visibility.may_answer_review(source, request.user):
        raise HttpError(403, "An operator reviews this row.")
    services.decide_review(source, request.user, confirm=payload.same, reason=payload.reason)
    return _decision_out(source)


@router.post("/lists/{list_id}/rows/{row}/undo", response=DecisionOut, auth=AUTH)
def undo_row(request, list_id: int, row: int, payload: Reason):
    """Return a row to its previous decision (operator staff)."""
    _require_moderator(request)
    source = _editable_row(request, list_id, row)
    services.undo_decision(source, request.user, payload.reason)
    return _decision_out(source)


@router.post("/facilities/{facility_id}/merge", response=FacilityOut, auth=AUTH)
def merge(request, facility_id: str, payload: MergeIn):
    """Fold this facility into `into` (operator staff); its ID keeps resolving."""
    _require_moderator(request)
    merged, survivor = _facility(facility_id, request.user), _facility(payload.into, request.user)
    return _out(services.merge_facilities(survivor, merged, request.user, payload.reason))


@router.post("/facilities/{facility_id}/unmerge", response=FacilityOut, auth=AUTH)
def unmerge(request, facility_id: str, payload: Reason):
    """Undo a merge (operator staff): the facility stands on its own again."""
    _require_moderator(request)
    merged = _facility(facility_id, request.user)
    return _out(services.unmerge_facility(merged, request.user, payload.reason))


@router.post("/facilities/{facility_id}/split", response=FacilityOut, auth=AUTH)
def split(request, facility_id: str, payload: SplitIn):
    """Move some of a facility's rows to a new facility (operator staff); answers the new one."""
    _require_moderator(request)
    facility = _facility(facility_id, request.user).survivor()
    members = {(s.supplier_list_id, s.row): s for s in services.facility_sources(facility)}
    wanted = [(r.list_id, r.row) for r in payload.rows]
    missing = [f"list {k[0]} row {k[1]}" for k in wanted if k not in members]
    if missing:
        raise HttpError(400, f"Not rows of this facility: {', '.join(missing[:10])}")
    if len(set(wanted)) >= len(members):
        raise HttpError(400, "Leave at least one row with the facility; merge instead.")
    new = services.split_facility(
        facility, [members[k] for k in dict.fromkeys(wanted)], request.user, payload.reason
    )
    return _out(new)


@router.patch("/facilities/{facility_id}", response=FacilityOut, auth=AUTH)
def correct(request, facility_id: str, payload: CorrectionIn):
    """Correct name, address or location (the verified owner, or operator staff)."""
    facility = _facility(facility_id, request.user).survivor()
    changes = payload.dict(exclude_unset=True)
    reason = changes.pop("reason")
    claims.correct(facility, request.user, changes, reason)
    return _out(facility)


def _claim_out(claim: FacilityClaim) -> dict:
    return {
        "id": claim.pk, "facility_id": claim.facility.public_id,
        "organisation": claim.organisation.name, "status": claim.status,
        "evidence": claim.evidence, "reason": claim.reason, "created_at": claim.created_at,
    }  # fmt: skip


@router.post("/facilities/{facility_id}/claims", response={201: ClaimOut}, auth=AUTH)
def create_claim(request, facility_id: str, payload: ClaimIn):
    """Claim to run this facility (editors of a supplier organisation); an operator verifies."""
    claim = claims.claim(_facility(facility_id, request.user), request.user, payload.evidence)
    return Status(201, _claim_out(claim))


@router.get("/claims", response=list[ClaimOut], auth=AUTH)
def list_claims(request, status: str = ""):
    """Claims you may see: all for operator staff, your organisation's for a supplier."""
    queryset = FacilityClaim.objects.select_related("facility", "organisation").defer(
        "evidence_file"
    )
    if not claims.is_operator_editor(request.user):
        organisation = claims.claimant_organisation(request.user)
        if organisation is None:
            raise HttpError(403, "Only suppliers and operator staff have claims.")
        queryset = queryset.filter(organisation=organisation)
    if status in ClaimStatus.values:
        queryset = queryset.filter(status=status)
    return [_claim_out(c) for c in queryset.order_by("-created_at")[:500]]


@router.post("/claims/{claim_id}/decision", response=ClaimOut, auth=AUTH)
def decide_claim(request, claim_id: int, payload: ClaimDecisionIn):
    """Verify or reject a claim, with a reason the claimant sees (operator staff)."""
    _require_moderator(request)
    claim = get_object_or_404(FacilityClaim, pk=claim_id)
    claims.decide(claim, request.user, verify=payload.verify, reason=payload.reason)
    return _claim_out(claim)
