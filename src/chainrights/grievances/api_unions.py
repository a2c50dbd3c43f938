"""A union's endpoints: file for members (``POST /union/grievances``), the cases it brought
(``GET /union/cases``, the twin of the page "Our cases"), one of them, and its answer to the
handler. Every operation needs a token of a union's member; filing and answering, of its
admins and editors. Another organisation's case answers as an unknown one (404)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from django.http import Http404
from ninja import Field, Router, Schema, Status
from ninja.pagination import paginate

from chainrights.api.auth import AUTH
from chainrights.core.schemas import JsonIn
from chainrights.core.types import AuthedRequest
from chainrights.grievances import services
from chainrights.grievances.api import INTAKE_LIMIT, GrievanceCreated
from chainrights.grievances.models import MAX_UNIT, Case

router = Router(tags=["unions"])


class UnionGrievanceIn(JsonIn):
    narrative: str = Field(..., min_length=1, max_length=services.MAX_NARRATIVE)
    facility_id: str = Field("", max_length=40)
    facility_text: str = Field("", max_length=500)
    country: str = Field("", max_length=60)
    language: str = Field("", max_length=12, description="the members' language")
    rights: list[str] = Field(default_factory=list, max_length=20)
    fears_retaliation: bool = False
    on_behalf: Literal["named", "anonymous", "group"] = Field(
        ..., description="a named member, a member the union keeps anonymous, or a group"
    )
    member_name: str = Field("", max_length=200, description="named member only; encrypted")
    member_contact: str = Field("", max_length=700, description="named member only; encrypted")
    group_size: int | None = Field(None, ge=2, le=1_000_000, description="group only")
    unit: str = Field("", max_length=MAX_UNIT, description="group only: department, line, …")
    copy_to_union: bool = Field(
        False, description="the members chose that the handler's messages reach the union too"
    )


class UnionCaseOut(Schema):
    reference: str
    state: str
    state_label: str
    workplace: str
    on_behalf: str
    on_behalf_label: str
    group_size: int | None
    unit: str
    copy_to_union: bool
    received_at: datetime
    due_at: datetime | None
    closed_at: datetime | None


class UnionStep(Schema):
    state: str
    label: str
    at: datetime
    reason: str = Field(..., description="empty unless the members chose the union hears")


class UnionMessage(Schema):
    from_: str = Field(..., alias="from", description="union or handler")
    at: datetime
    text: str


class UnionCaseDetail(UnionCaseOut):
    steps: list[UnionStep]
    messages: list[UnionMessage]


class UnionReplyIn(JsonIn):
    text: str = Field(..., min_length=1, max_length=services.MAX_NARRATIVE)


@router.post("/union/grievances", response={201: GrievanceCreated}, auth=AUTH,
             throttle=INTAKE_LIMIT)  # fmt: skip
def file_for_members(request: AuthedRequest, payload: UnionGrievanceIn) -> Any:
    """A union files for a named or anonymous member, or for a group (a collective
    complaint). Answers the reference and the secret, once: the union may pass it on."""
    body = payload.dict()
    behalf = {k: body.pop(k) for k in ("on_behalf", "member_name", "member_contact",
                                       "group_size", "unit", "copy_to_union")}  # fmt: skip
    intake = services.Intake(**body | {"rights": tuple(payload.rights)})
    filing = services.UnionIntake(intake=intake, **behalf)
    case, secret = services.file_for_members(request.user, filing)
    return Status(201, {"reference": case.reference, "secret": secret, "state": case.state})


@router.get("/union/cases", response=list[UnionCaseOut], auth=AUTH)
@paginate
def union_cases(request: AuthedRequest) -> Any:
    """The cases your union brought, newest first."""
    return [services.union_summary(c, request.user) for c in services.union_cases(request.user)]


def _case(request: AuthedRequest, reference: str) -> Case:
    case = services.union_case(request.user, reference)
    if case is None:
        raise Http404
    return case


@router.get("/union/cases/{reference}", response=UnionCaseDetail, auth=AUTH, by_alias=True)
def union_case(request: AuthedRequest, reference: str) -> Any:
    """One case your union brought: state, dates, steps and the messages the union may read
    (the handler's to the complainant only when the members chose so)."""
    return services.union_view(_case(request, reference), request.user)


@router.post("/union/cases/{reference}/replies", response={201: UnionCaseDetail}, auth=AUTH,
             by_alias=True)  # fmt: skip
def union_reply(request: AuthedRequest, reference: str, payload: UnionReplyIn) -> Any:
    """Your union writes to the case's handler; answers the case as the union now reads it."""
    case = _case(request, reference)
    services.union_reply(case, request.user, payload.text)
    return Status(201, services.union_view(case, request.user))
