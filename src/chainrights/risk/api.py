"""Risk endpoints: the JSON twins of the register pages, and the brand's and operator's
writes (decisions, severity judgements, relationships, weights, publication)."""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Router

from chainrights.api.auth import AUTH, OPTIONAL_AUTH
from chainrights.core import refusals
from chainrights.core.models import Organisation, OrganisationKind, Right
from chainrights.core.types import AuthedRequest
from chainrights.core.visibility import is_operator
from chainrights.registry import services as registry
from chainrights.risk import access, assessments, leverage, reads, scoring, services
from chainrights.risk.models import ImpactAssessment
from chainrights.risk.schemas import (
    AssessmentIn,
    DecisionIn,
    PublicationIn,
    RelationshipIn,
    SeverityIn,
    WeightIn,
)

router = Router(tags=["risk"])
# Fixed paths (/risk/recompute, /risk/severity …) come before /risk/{item_id}: the first
# pattern that matches a path answers it.


def _user(request: HttpRequest) -> Any:
    return request.user if request.user.is_authenticated else None


@router.get("/risk", auth=OPTIONAL_AUTH)
def list_items(request: HttpRequest, buyer_id: int | None = None, status: str = "",
               right: str = "", limit: int = 200) -> Any:  # fmt: skip
    """Ranked items you may see (a brand its own register, operator staff all, a supplier those
    at its facilities, anyone the registers brands have published), with severity,
    likelihood, status, involvement, leverage and every piece of evidence."""
    user = _user(request)
    buyer = None
    if buyer_id is not None:
        buyer = get_object_or_404(Organisation, pk=buyer_id, kind=OrganisationKind.BRAND)
    data = reads.register(user, buyer, limit=max(1, min(limit, 1000)), status=status[:10],
                          right=right[:60])  # fmt: skip
    return {**data, "countries": data["countries"]}


@router.post("/risk/recompute", auth=AUTH)
def recompute(request: AuthedRequest, buyer_id: int | None = None) -> Any:
    """Recompute a register from the evidence now (the brand's editors; operator staff any)."""
    buyer = access.brand_of(request.user, editing=True)
    if buyer_id is not None and is_operator(request.user):
        buyer = get_object_or_404(Organisation, pk=buyer_id, kind=OrganisationKind.BRAND)
    if buyer is None:
        raise refusals.NotAllowed("Only a brand's editors or operator staff recompute.")
    return {"buyer": buyer.pk, "items": scoring.recompute(buyer)}


@router.post("/risk/severity", auth=AUTH)
def severity(request: AuthedRequest, payload: SeverityIn) -> Any:
    """Judge a right's severity otherwise than the default, with the reason (logged)."""
    right = Right.objects.filter(code=payload.right).first()
    if right is None:
        raise refusals.Invalid("No such right in the taxonomy.", field="right")
    row = services.override_severity(request.user, right, scale=payload.scale,
                                     scope=payload.scope, reason=payload.reason,
                                     irremediability=payload.irremediability)  # fmt: skip
    return {"right": right.code, "scale": row.scale, "scope": row.scope,
            "irremediability": row.irremediability}  # fmt: skip


@router.post("/risk/relationships", auth=AUTH)
def relationship(request: AuthedRequest, payload: RelationshipIn) -> Any:
    """State your share of a facility's output, since when, and the schemes covering it."""
    buyer = access.brand_of(request.user, editing=True)
    if buyer is None:
        raise refusals.NotAllowed("Only a brand's admins and editors state a relationship.")
    facility = registry.find_facility(payload.facility, request.user)
    if facility is None or facility.survivor().pk not in registry.buyer_facilities(buyer):
        raise refusals.Invalid("Name a facility on your own supplier lists.", field="facility")
    row = leverage.set_relationship(request.user, buyer, facility.survivor(),
                                    share_of_output=payload.share_of_output,
                                    since=payload.since, schemes=payload.schemes,
                                    source=payload.source)  # fmt: skip
    return {"facility": facility.survivor().public_id, "share_of_output": row.share_of_output,
            "since": row.since, "schemes": row.schemes}  # fmt: skip


@router.post("/risk/weights", auth=AUTH)
def weight(request: AuthedRequest, payload: WeightIn) -> Any:
    """Set one evidence weight (operator staff), with the reason; every register recomputes."""
    row = services.set_weight(request.user, payload.kind, payload.weight, payload.reason)
    return {"kind": row.kind, "weight": row.weight}


@router.post("/risk/publication", auth=AUTH)
def publication(request: AuthedRequest, payload: PublicationIn) -> Any:
    """Publish (or withdraw) your brand's salient issues."""
    row = services.publish(request.user, payload.published)
    return {"published": row.published}


@router.get("/risk/assessments", auth=OPTIONAL_AUTH)
def list_assessments(request: HttpRequest) -> Any:
    """Impact assessments you may see: your brand's drafts and versions, operator staff all,
    a supplier the published ones of its facilities, anyone those of brands that published
    their salient issues."""
    return reads.assessment_list(_user(request))


@router.post("/risk/assessments", auth=AUTH)
def create_assessment(request: AuthedRequest, payload: AssessmentIn) -> Any:
    """A draft impact assessment with its consultations, findings and actions (all or none);
    the register items its scope covers are linked to it."""
    data = payload.dict()
    parts = {k: data.pop(k) for k in ("consultations", "findings", "actions")}
    created = assessments.create_full(request.user, **parts, **data)
    return reads.assessment_view(created, request.user)


def _assessment(request: HttpRequest, assessment_id: int) -> ImpactAssessment:
    found = assessments.assessments_for(_user(request)).filter(pk=assessment_id).first()
    if found is None:
        raise Http404("No such assessment")
    return found


@router.get("/risk/assessments/{assessment_id}", auth=OPTIONAL_AUTH)
def get_assessment(request: HttpRequest, assessment_id: int) -> Any:
    """One assessment: as frozen once published (with its sha256), the live draft before."""
    return reads.assessment_view(_assessment(request, assessment_id), _user(request))


@router.post("/risk/assessments/{assessment_id}/publish", auth=AUTH)
def publish_assessment(request: AuthedRequest, assessment_id: int) -> Any:
    """Freeze your draft and log its hash; it supersedes the version it corrects."""
    done = assessments.publish(_assessment(request, assessment_id), request.user)
    return reads.assessment_view(done, request.user)


@router.post("/risk/assessments/{assessment_id}/correct", auth=AUTH)
def correct_assessment(request: AuthedRequest, assessment_id: int) -> Any:
    """A new draft version of a published assessment, to publish in its place."""
    new = assessments.correct(_assessment(request, assessment_id), request.user)
    return reads.assessment_view(new, request.user)


@router.get("/risk/{item_id}", auth=OPTIONAL_AUTH)
def get_item(request: HttpRequest, item_id: int) -> Any:
    """One item with its "why": every piece of evidence, linked to its record."""
    item = access.items_for(_user(request)).filter(pk=item_id).first()
    if item is None:
        raise Http404("No such risk item")
    return reads.item_view(item, _user(request))


@router.post("/risk/{item_id}/decision", auth=AUTH)
def decide(request: AuthedRequest, item_id: int, payload: DecisionIn) -> Any:
    """The brand confirms the involvement and records its response, each with a reason."""
    item = access.items_for(request.user).filter(pk=item_id).first()
    if item is None:
        raise Http404("No such risk item")
    leverage.decide(request.user, item, **payload.dict())
    return reads.item_view(item, request.user)
