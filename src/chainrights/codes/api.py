"""Codes of conduct endpoints: public reads of public codes, with their commitments and gaps.
The code's owner (its editors) imports new codes."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Field, Router, Schema, Status
from ninja.errors import HttpError
from ninja.pagination import paginate

from chainrights.api.auth import AUTH, OPTIONAL_AUTH
from chainrights.codes import services
from chainrights.codes.models import Code, Commitment
from chainrights.core.models import Membership, Role
from chainrights.core.schemas import JsonIn
from chainrights.core.types import AuthedRequest
from chainrights.core.visibility import visible

router = Router(tags=["codes"])


class CodeOut(Schema):
    id: int
    name: str
    kind: str
    version: str
    owner: str
    adopted_on: date | None
    source_url: str
    created_at: datetime
    clauses: int


class CommitmentOut(Schema):
    number: int
    text: str
    rights: list[str]
    level: str
    to_whom: list[str]
    scope: list[str]
    on_breach: str
    binding: str
    verification: str
    confirmed: bool
    warning: str


class CodeDetail(CodeOut):
    commitments: list[CommitmentOut]


class CodeIn(JsonIn):
    name: str = Field(..., min_length=1, max_length=200)
    text: str = Field(..., max_length=services.MAX_TEXT)
    kind: str = "company"
    version: str = Field("", max_length=40)
    source_url: str = Field("", max_length=500)
    public: bool = True


def _out(code: Code) -> dict[str, Any]:
    return {
        "id": code.pk, "name": code.name, "kind": code.kind, "version": code.version,
        "owner": code.owner_org.name, "adopted_on": code.adopted_on,
        "source_url": code.source_url, "created_at": code.created_at,
        "clauses": code.commitments.count(),
    }  # fmt: skip


def _code(request: HttpRequest, code_id: int) -> Code:
    return get_object_or_404(visible(Code.objects.select_related("owner_org"), request.user),
                             pk=code_id)  # fmt: skip


@router.get("/codes", response=list[CodeOut], auth=OPTIONAL_AUTH)
@paginate
def list_codes(request: HttpRequest, kind: str = ""):
    """Codes you may see (public ones for everyone)."""
    codes = visible(Code.objects.select_related("owner_org"), request.user)
    if kind:
        codes = codes.filter(kind=kind)
    return [_out(c) for c in codes.order_by("name", "-pk")[:500]]


@router.get("/codes/{code_id}", response=CodeDetail, auth=OPTIONAL_AUTH)
def get_code(request: HttpRequest, code_id: int):
    """One code with its commitments, clause by clause."""
    code = _code(request, code_id)
    body = _out(code)
    body["commitments"] = list(code.commitments.values(
        "number", "text", "rights", "level", "to_whom", "scope", "on_breach", "binding",
        "verification", "confirmed", "warning",
    ))  # fmt: skip
    return body


@router.get("/codes/{code_id}/gaps", auth=OPTIONAL_AUTH)
def get_gaps(request: HttpRequest, code_id: int) -> Any:
    """What the code leaves open against the ILO fundamental principles and in its promises."""
    return services.gaps(_code(request, code_id))


@router.post("/codes", response={201: CodeOut}, auth=AUTH)
def create_code(request: AuthedRequest, payload: CodeIn):
    """Import a code from its text for your organisation (its admins and editors)."""
    membership = (
        Membership.objects.filter(user=request.user, role__in=[Role.ADMIN, Role.EDITOR])
        .exclude(organisation__kind="union")
        .select_related("organisation")
        .first()
    )
    if membership is None:
        raise HttpError(403, "Only editors of a company or initiative import its code.")
    code = services.import_code(
        owner=membership.organisation, user=request.user, name=payload.name,
        text=payload.text, kind=payload.kind, version=payload.version,
        source_url=payload.source_url, public=payload.public,
    )  # fmt: skip
    return Status(201, _out(code))


class CommitmentIn(JsonIn):
    rights: list[str] | None = Field(None, max_length=10)
    level: str | None = None
    to_whom: list[str] | None = Field(None, max_length=6)
    scope: list[str] | None = Field(None, max_length=4)
    on_breach: str | None = None
    binding: str | None = None
    verification: str | None = None


@router.patch("/codes/{code_id}/commitments/{number}", response=CommitmentOut, auth=AUTH)
def confirm_commitment(request: AuthedRequest, code_id: int, number: int, payload: CommitmentIn):
    """Confirm or correct one clause's structure (the code's editors, operator staff)."""
    commitment = get_object_or_404(Commitment, code=_code(request, code_id), number=number)
    fields = {k: v for k, v in payload.dict(exclude_unset=True).items() if v is not None}
    services.confirm(commitment, request.user, **fields)
    return commitment
