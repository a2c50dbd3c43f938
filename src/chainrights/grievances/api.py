"""Grievance endpoints. Intake, status and reply need no account (partner channels such as a
hotline, a union or an SMS gateway submit with a ``channel`` tag); ``/cases`` is for staff and
for the brands a case is shared with."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from django.shortcuts import get_object_or_404
from ninja import Field, Query, Router, Schema, Status
from ninja.errors import HttpError
from ninja.pagination import paginate
from ninja.throttling import BaseThrottle

from chainrights.api.auth import AUTH
from chainrights.api.throttles import Throttle
from chainrights.core.schemas import JsonIn
from chainrights.core.visibility import visible
from chainrights.grievances import services
from chainrights.grievances.forms import CaseFilterForm
from chainrights.grievances.models import Case, Channel

router = Router(tags=["grievances"])


# One bucket per client for the web form and the API alike (``core.ratelimit``).
INTAKE_LIMIT: list[BaseThrottle] = [Throttle("intake", "RATE_LIMIT_INTAKE")]
STATUS_LIMIT: list[BaseThrottle] = [Throttle("case-status", "RATE_LIMIT_CASE_STATUS")]


class GrievanceIn(JsonIn):
    narrative: str = Field(..., min_length=1, max_length=services.MAX_NARRATIVE)
    facility_id: str = Field("", max_length=40)
    facility_text: str = Field("", max_length=500)
    country: str = Field("", max_length=60)
    language: str = Field("", max_length=12)
    channel: str = Field(Channel.API, max_length=12)
    rights: list[str] = Field(default_factory=list, max_length=20)
    workers_affected: int | None = Field(None, ge=1, le=1_000_000)
    fears_retaliation: bool = False
    contact: str = Field("", max_length=services.MAX_CONTACT)


class GrievanceCreated(Schema):
    reference: str
    secret: str = Field(..., description="shown once: the complainant needs it to follow up")
    state: str


class StatusIn(JsonIn):
    reference: str = Field(..., max_length=60)
    secret: str = Field(..., max_length=60)


class ReplyIn(StatusIn):
    text: str = Field("", max_length=services.MAX_NARRATIVE)
    retaliation: bool = Field(False, description="report reprisal: the case jumps the queue")


class CaseOut(Schema):
    reference: str
    state: str
    facility_id: str | None
    facility_text: str
    country: str
    rights: list[str]
    workers_affected: int | None
    fears_retaliation: bool
    retaliation_reported: bool
    received_at: datetime
    due_at: datetime | None
    channel: str


NOT_FOUND = "No case matches this reference and secret."


@router.post("/grievances", response={201: GrievanceCreated}, throttle=INTAKE_LIMIT)
def file_grievance(request, payload: GrievanceIn):
    """File a grievance (no account). Answers the case reference and a secret to follow it."""
    intake = services.Intake(**payload.dict() | {"rights": tuple(payload.rights)})
    case, secret = services.file_grievance(intake)
    return Status(201, {"reference": case.reference, "secret": secret, "state": case.state})


@router.post("/grievances/status", throttle=STATUS_LIMIT)
def grievance_status(request, payload: StatusIn) -> Any:
    """The state, dates, steps and messages meant for the complainant. A wrong secret and an
    unknown reference get the same answer."""
    case = services.find_case(payload.reference, payload.secret)
    if case is None:
        raise HttpError(404, NOT_FOUND)
    return services.complainant_view(case)


@router.post("/grievances/reply", throttle=STATUS_LIMIT)
def grievance_reply(request, payload: ReplyIn) -> Any:
    """The complainant answers the handler (or reports reprisal)."""
    case = services.find_case(payload.reference, payload.secret)
    if case is None:
        raise HttpError(404, NOT_FOUND)
    services.complainant_reply(case, payload.text, retaliation=payload.retaliation)
    return services.complainant_view(case)


def _case_out(case: Case) -> dict[str, Any]:
    return {
        "reference": case.reference, "state": case.state,
        "facility_id": case.facility.public_id if case.facility else None,
        "facility_text": case.facility_text, "country": case.country, "rights": case.rights,
        "workers_affected": case.workers_affected, "fears_retaliation": case.fears_retaliation,
        "retaliation_reported": case.retaliation_reported, "received_at": case.received_at,
        "due_at": case.due_at, "channel": case.channel,
    }  # fmt: skip


@router.get("/cases", response=list[CaseOut], auth=AUTH)
@paginate
def list_cases(
    request, state: str = "", overdue: bool = False,
    q: str = Query("", max_length=200, description="a reference or its start; or workplace words"),
    right: str = Query("", max_length=60, description="a right's code; its indicators included"),
    channel: str = "", received_from: str = Query("", description="YYYY-MM-DD"),
    received_to: str = Query("", description="YYYY-MM-DD"), reprisal: bool = False,
    mine: bool = Query(False, description="only cases assigned to you"),
):  # fmt: skip
    """Cases you may see: your operator's, or those shared with your brand. Reprisal reports
    first, then by deadline; the filters are those of the case list page, checked by the same
    form (a wrong one is refused with 422, naming it)."""
    # the types stay plain: ninja reads the annotations of a ``paginate``d view in ninja's own
    # module, where an enum or ``date`` of this one is unknown
    form = CaseFilterForm({"state": state, "q": q, "right": right, "channel": channel,
                           "received_from": received_from, "received_to": received_to})  # fmt: skip
    if not form.is_valid():
        field, errors = next(iter(form.errors.items()))
        raise HttpError(422, f"{field}: {' '.join(str(e) for e in errors)}")
    chosen = {**form.cleaned_data, "overdue": overdue, "reprisal": reprisal, "mine": mine}
    cases = Case.objects.select_related("facility").visible_to(request.user)
    return [_case_out(c) for c in services.filter_cases(cases, chosen, request.user)[:1000]]


class CaseDetail(CaseOut):
    narrative: str
    steps: list[dict]
    brands: list[str] = Field(
        ..., description="brands sourcing from the facility that you may be told of"
    )


@router.get("/cases/{reference}", response=CaseDetail, auth=AUTH)
def get_case(request, reference: str):
    """One case with the complainant's account; never the complainant's identity."""
    case = get_object_or_404(
        visible(Case.objects.all(), request.user), reference=services.normalise_code(reference)
    )
    body = _case_out(case)
    body["narrative"] = case.narrative
    body["steps"] = [
        {"from": t.from_state, "to": t.to_state, "reason": t.reason, "at": t.created_at}
        for t in case.transitions.order_by("created_at", "pk")
    ]
    body["brands"] = [b.name for b in services.brands_shown_to(case, request.user)]
    return body


class MoveIn(JsonIn):
    to: str = Field(..., max_length=16)
    reason: str = Field("", max_length=4000)
    escalation: str = Field("", max_length=16)


@router.post("/cases/{reference}/transitions", response=CaseOut, auth=AUTH)
def move_case(request, reference: str, payload: MoveIn):
    """Move the case one step (its operator's handlers); the reason is told to the
    complainant. Admissibility shares the case with every brand linked to the facility."""
    case = get_object_or_404(
        visible(Case.objects.all(), request.user), reference=services.normalise_code(reference)
    )
    services.transition_case(case, request.user, payload.to, payload.reason,
                             escalation=payload.escalation)  # fmt: skip
    return _case_out(case)


class ResponseIn(JsonIn):
    response: str = Field(..., min_length=1, max_length=4000)
    commitment: str = Field("", max_length=4000)
    due: date | None = None
    joint_with: list[str] = Field(default_factory=list, max_length=20)


class ResponseOut(Schema):
    organisation: str
    response: str
    commitment: str
    due: date | None
    joint_with: list[str]
    created_at: datetime


@router.post("/cases/{reference}/responses", response={201: ResponseOut}, auth=AUTH)
def add_response(request, reference: str, payload: ResponseIn):
    """A brand the case is shared with records its response and commitments, alone or jointly
    with the other brands sourcing from the facility."""
    case = get_object_or_404(
        visible(Case.objects.all(), request.user), reference=services.normalise_code(reference)
    )
    made = services.record_brand_response(case, request.user, payload.response,
                                          commitment=payload.commitment, due=payload.due,
                                          joint_with=payload.joint_with)  # fmt: skip
    return Status(201, {"organisation": made.organisation.name, "response": made.response,
                        "commitment": made.commitment, "due": made.due,
                        "joint_with": made.joint_with, "created_at": made.created_at})  # fmt: skip


class RatingIn(StatusIn):
    satisfaction: int = Field(..., ge=1, le=5)
    reopen: bool = False
    note: str = Field("", max_length=4000)


@router.post("/grievances/rating", throttle=STATUS_LIMIT)
def rate_outcome(request, payload: RatingIn) -> Any:
    """The complainant rates the outcome of a closed case, and may ask to reopen it."""
    case = services.find_case(payload.reference, payload.secret)
    if case is None:
        raise HttpError(404, NOT_FOUND)
    services.rate_outcome(case, payload.satisfaction, reopen=payload.reopen,
                          note=payload.note)  # fmt: skip
    return services.complainant_view(case)
