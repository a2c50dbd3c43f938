"""Registry form posts that change what is known: merge, unmerge, split, undo, claims and
corrections. Each checks who may act, calls one service, and says what happened."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from chainrights.core import uploads
from chainrights.core.types import AnyUser, AuthedRequest
from chainrights.core.visibility import can_edit, visible
from chainrights.registry import claims, services, visibility
from chainrights.registry.models import (
    ClaimStatus,
    Facility,
    FacilityClaim,
    SourceRecord,
    SupplierList,
)

View = Callable[..., HttpResponse]


def _facility(public_id: str, user: AnyUser) -> Facility:
    """The facility, or 404 when there is none or the user may not know it exists."""
    facility = visibility.find(public_id, user)
    if facility is None:
        raise Http404
    return facility


def _reason(request: HttpRequest) -> str:
    return request.POST.get("reason", "").strip()[:2000]


def moderator_only(view: View) -> View:
    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not claims.is_operator_editor(request.user):
            return HttpResponse(status=403)
        return view(request, *args, **kwargs)

    return login_required(require_POST(wrapped))


def _back(public_id: str) -> HttpResponse:
    return redirect("facility-detail", public_id=public_id)


@moderator_only
def merge(request: HttpRequest, public_id: str) -> HttpResponse:
    merged = _facility(public_id, request.user)
    into = Facility.by_id(request.POST.get("into", ""))
    reason = _reason(request)
    if into is None or not reason:
        messages.error(request, _("Give the ID of the facility to merge into, and a reason."))
        return _back(merged.public_id)
    survivor = services.merge_facilities(into, merged, request.user, reason)
    messages.success(
        request, _("Merged. The old ID keeps resolving here; the merge can be undone.")
    )
    return _back(survivor.public_id)


@moderator_only
def unmerge(request: HttpRequest, public_id: str) -> HttpResponse:
    merged = Facility.by_id(request.POST.get("merged", ""))
    reason = _reason(request) or _("merge undone")
    if merged is None:
        messages.error(request, _("Name the merged facility to separate again."))
        return _back(public_id)
    services.unmerge_facility(merged, request.user, reason)
    messages.success(request, _("The merge is undone."))
    return _back(merged.public_id)


@moderator_only
def split(request: AuthedRequest, public_id: str) -> HttpResponse:
    facility = _facility(public_id, request.user).survivor()
    members = {f"{s.supplier_list_id}:{s.row}": s for s in services.facility_sources(facility)}
    chosen = [members[k] for k in dict.fromkeys(request.POST.getlist("rows")) if k in members]
    reason = _reason(request)
    if not chosen or len(chosen) >= len(members) or not reason:
        messages.error(request, _("Choose some (not all) rows to move, and give a reason."))
        return _back(facility.public_id)
    new = services.split_facility(facility, chosen, request.user, reason)
    messages.success(request, _("Split: the chosen rows now form a new facility."))
    return _back(new.public_id)


@login_required
@require_POST
def undo(request: AuthedRequest, list_id: int, row: int) -> HttpResponse:
    item = get_object_or_404(visible(SupplierList.objects.all(), request.user), pk=list_id)
    if not can_edit(item, request.user):
        return HttpResponse(status=403)
    source = get_object_or_404(SourceRecord, supplier_list=item, row=row)
    undo = (services.undo_decision if claims.is_operator_editor(request.user)
            else services.undo_review_answer)  # fmt: skip
    undo(source, request.user, _reason(request) or _("undone"))
    messages.success(request, _("The row is back to its previous decision."))
    back = request.POST.get("next", "")
    if back.startswith("/") and not back.startswith("//"):
        return redirect(back)
    return redirect("list-detail", list_id=item.pk)


@login_required
@require_POST
def claim(request: AuthedRequest, public_id: str) -> HttpResponse:
    facility = _facility(public_id, request.user)
    if claims.claimant_organisation(request.user) is None:
        return HttpResponse(status=403)
    upload = request.FILES.get("file")
    document = (upload.name or "", upload.read(uploads.MAX_DOCUMENT + 1)) if upload else None
    claims.claim(facility, request.user, request.POST.get("evidence", ""), document)
    messages.success(request, _("Your claim is waiting for an operator to verify it."))
    return _back(facility.survivor().public_id)


def _degrees(text: str, field: str) -> float:
    """A typed coordinate, or the refusal the page shows (the range is the service's rule)."""
    try:
        return float(text)
    except ValueError:
        raise claims.ClaimInvalid(
            _("lat and lng must be numbers in degrees."), field=field
        ) from None


@login_required
@require_POST
def correct(request: HttpRequest, public_id: str) -> HttpResponse:
    facility = _facility(public_id, request.user).survivor()
    if not claims.may_correct(facility, request.user):
        return HttpResponse(status=403)
    changes: dict[str, Any] = {}
    for field in ("name", "address"):
        value = request.POST.get(field)
        if value is not None and value.strip() != getattr(facility, field):
            changes[field] = value
    lat, lng = (request.POST.get(k, "").strip() for k in ("lat", "lng"))
    if lat or lng:
        changes["lat"], changes["lng"] = _degrees(lat, "lat"), _degrees(lng, "lng")
    claims.correct(facility, request.user, changes, _reason(request))
    messages.success(request, _("Corrected. The history below shows what changed and who."))
    return _back(facility.public_id)


@login_required
@require_GET
def claim_queue(request: AuthedRequest) -> HttpResponse:
    moderator = claims.is_operator_editor(request.user)
    organisation = claims.claimant_organisation(request.user)
    if not moderator and organisation is None:
        return HttpResponse(status=403)
    queryset = FacilityClaim.objects.select_related("facility", "organisation").defer(
        "evidence_file"
    )
    if not moderator:
        queryset = queryset.filter(organisation=organisation)
    context = {"claims": queryset.order_by("status", "-created_at")[:200], "moderator": moderator}
    return render(request, "registry/claims.html", context)


@login_required
@require_GET
def claim_evidence(request: AuthedRequest, claim_id: int) -> HttpResponse:
    """A claim's attached file, for operators and the claimant only, as a download."""
    item = get_object_or_404(FacilityClaim, pk=claim_id, evidence_file__isnull=False)
    if not (claims.is_operator_editor(request.user)
            or claims.claimant_organisation(request.user) == item.organisation):  # fmt: skip
        raise Http404
    response = HttpResponse(bytes(item.evidence_file or b""), content_type=item.evidence_type)
    response["Content-Disposition"] = (
        f'attachment; filename="claim-{item.pk}-{item.evidence_sha256[:8]}"'
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response


@moderator_only
def claim_decide(request: AuthedRequest, claim_id: int) -> HttpResponse:
    item = get_object_or_404(FacilityClaim, pk=claim_id, status=ClaimStatus.PENDING)
    claims.decide(item, request.user, verify=request.POST.get("verdict") == "verify",
                  reason=_reason(request))  # fmt: skip
    messages.success(request, _("The claim is decided; the claimant sees your reason."))
    return redirect("claims")
