"""Referral and inspection endpoints: the inspectorate's referrals and their steps, the
handler's referral of a case, inspection records (public summaries for everyone) and their
import, and the operator's default visibility per country. Thin: the rules are in
``states.services``; a refusal is answered by the API's one ``Refusal`` handler."""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from ninja import Field, File, Router, Status
from ninja.errors import HttpError
from ninja.files import UploadedFile
from ninja.pagination import paginate

from chainrights.api.auth import AUTH, OPTIONAL_AUTH
from chainrights.api.pagination import Viewed
from chainrights.core.refusals import TooLarge
from chainrights.core.schemas import JsonIn
from chainrights.grievances import services as grievances
from chainrights.registry.services import facility_family, resolve_facility_for
from chainrights.states import imports_inspections as imports
from chainrights.states import services

router = Router(tags=["inspections"])
Text = Field("", max_length=4000)


class ViolationIn(JsonIn):
    right: str = Field(..., max_length=60, description="a rights taxonomy code")
    law_article: str = Field("", max_length=200, description="of national law, where known")
    description: str = Text


class OrderIn(JsonIn):
    kind: Literal["improvement_notice", "stop_work"]
    deadline: date | None = None
    description: str = Text


class InspectionIn(JsonIn):
    facility_id: str = Field(..., max_length=60)
    inspected_on: date
    trigger: Literal["routine", "complaint", "referral", "accident", "follow_up"] = "routine"
    announced: bool = False
    inspectors: int = Field(1, ge=1, le=10_000)
    workers_interviewed: int | None = Field(None, ge=0, le=1_000_000)
    violations: list[ViolationIn] = Field([], max_length=200)
    orders: list[OrderIn] = Field([], max_length=200)
    penalties_imposed: float | None = Field(None, ge=0, lt=1e12)
    penalties_collected: float | None = Field(None, ge=0, lt=1e12)
    currency: str = Field("", max_length=3)
    follow_up_on: date | None = None
    follow_up_outcome: str = Text
    visibility: Literal["", "public", "private"] = ""
    reference: str = Field("", max_length=60)
    referral_id: int | None = Field(None, description="the referral this inspection answers")


class StepIn(JsonIn):
    state: str = Field(..., max_length=20)
    reason: str = Field("", max_length=4000)


class ReasonIn(JsonIn):
    reason: str = Field(..., min_length=1, max_length=500)


class ReferralIn(JsonIn):
    inspectorate_id: int | None = Field(None, description="none: not on the platform")
    summary: str = Field(..., min_length=1, max_length=10_000)
    rights: list[str] = Field([], max_length=50)
    evidence_ids: list[int] = Field([], max_length=50)
    period_start: date | None = None
    period_end: date | None = None
    reason: str = Field("", max_length=4000, description="the step the complainant reads")


class DefaultIn(JsonIn):
    country: str = Field(..., min_length=2, max_length=2)
    visibility: Literal["public", "private"]


def _raw(body: InspectionIn) -> dict[str, Any]:
    """The body as the checks read every way in (strings, as a form or a CSV row gives)."""
    raw = body.dict(exclude={"referral_id"})
    for key, value in raw.items():
        if isinstance(value, (date, int, float)) and not isinstance(value, bool):
            raw[key] = str(value)
    raw["announced"] = "yes" if body.announced else "no"
    raw["orders"] = [o | {"deadline": str(o["deadline"] or "")} for o in raw["orders"]]
    return raw


def _referral(request: Any, referral_id: int) -> Any:
    referral = services.referral_for(referral_id, request.user)
    if referral is None:
        raise HttpError(404, "No referral of yours has this ID.")
    return referral


@router.get("/inspections", response=list[dict[str, Any]], auth=OPTIONAL_AUTH)
@paginate
def list_inspections(request: Any, facility_id: str = "", country: str = "") -> Any:
    """Inspection records you may see, newest first: public summaries for everyone (never
    what triggered a visit that followed a complaint), all of your inspectorate's own."""
    rows = services.inspections_for(request.user)
    if facility_id:
        facility = resolve_facility_for(facility_id[:60], request.user)
        if facility is None:
            raise HttpError(404, "No facility has this ID.")
        rows = rows.filter(facility_id__in=facility_family(facility))
    if country:
        rows = rows.filter(facility__country=country.upper()[:2])
    return Viewed(rows, lambda page: services.inspection_views(page, request.user))


@router.post("/inspections", auth=AUTH, response={201: dict})
def create_inspection(request: Any, body: InspectionIn) -> Any:
    """Record one inspection (an inspectorate's editors), with its violations and orders;
    with ``referral_id``, the referral addressed to you is inspected in the same step."""
    referral = _referral(request, body.referral_id) if body.referral_id else None
    inspection = services.record_inspection(request.user, _raw(body), referral)
    found = services.inspection_for(inspection.pk, request.user)
    assert found is not None  # its own inspectorate sees it
    return Status(201, services.inspection_view(found, request.user))


@router.post("/inspections/import", auth=AUTH, response={201: dict})
def import_inspections(request: Any, file: UploadedFile = File(...)) -> Any:  # noqa: B008
    """Inspections from a CSV or XLSX file (see ``GET /inspections/template``): all stored,
    or none and every problem by row and field."""
    if file.size is not None and file.size > imports.MAX_BYTES:
        raise TooLarge(f"The file is larger than {imports.MAX_BYTES // 2**20} MB.")
    ids = services.import_inspections(request.user, file.name or "inspections.csv", file.read())
    return Status(201, {"created": len(ids), "ids": ids})


@router.get("/inspections/template", auth=OPTIONAL_AUTH)
def inspection_template(request: Any, format: Literal["csv", "xlsx"] = "csv") -> Any:
    """The import template with an example row."""
    return imports.template_response(format)


@router.get("/inspections/defaults", auth=OPTIONAL_AUTH)
def inspection_defaults(request: Any) -> Any:
    """The visibility new records get per country where an operator set one (else public)."""
    return {"default": "public", "countries": services.visibility_defaults()}


@router.post("/inspections/defaults", auth=AUTH)
def set_inspection_default(request: Any, body: DefaultIn) -> Any:
    """An operator editor sets a country's default visibility of inspection records."""
    row = services.set_default_visibility(request.user, body.country, body.visibility)
    return {"country": row.country, "visibility": row.visibility}


@router.get("/inspections/{inspection_id}", auth=OPTIONAL_AUTH)
def get_inspection(request: Any, inspection_id: int) -> Any:
    found = services.inspection_for(inspection_id, request.user)
    if found is None:
        raise HttpError(404, "No inspection you may see has this ID.")
    return services.inspection_view(found, request.user)


@router.get("/referrals", auth=AUTH, response=list[dict[str, Any]])
@paginate
def list_referrals(request: Any) -> Any:
    """Referrals addressed to your inspectorate (operator staff: all), overdue first."""
    return Viewed(services.referrals_for(request.user),
                  lambda page: [services.referral_view(r, request.user) for r in page])  # fmt: skip


@router.get("/referrals/{referral_id}", auth=AUTH)
def get_referral(request: Any, referral_id: int) -> Any:
    """One referral: what the handler chose to send, never the complainant's identity."""
    return services.referral_view(_referral(request, referral_id), request.user)


@router.get("/referrals/{referral_id}/evidence/{evidence_id}", auth=AUTH)
def referral_evidence(request: Any, referral_id: int, evidence_id: int) -> Any:
    """One evidence file the handler sent (an attachment): the addressed inspectorate's
    members and the case's handlers only; each download is logged."""
    referral = _referral(request, referral_id)
    found = services.evidence_file(referral, request.user, evidence_id)
    if found is None:
        raise HttpError(404, "No evidence of this referral has this ID.")
    return services.evidence_response(found, referral, evidence_id)


@router.post("/referrals/{referral_id}/steps", auth=AUTH)
def move_referral(request: Any, referral_id: int, body: StepIn) -> Any:
    """The inspectorate's next step (see ``next_states``); a reason where it decides."""
    referral = services.move_referral(_referral(request, referral_id), request.user,
                                      body.state, body.reason)  # fmt: skip
    return services.referral_view(referral, request.user)


@router.post("/referrals/{referral_id}/identity", auth=AUTH)
def referral_identity(request: Any, referral_id: int, body: ReasonIn) -> Any:
    """The complainant's contact, only while they consent (``null`` otherwise); logged."""
    contact = services.identity(_referral(request, referral_id), request.user, body.reason)
    return {"consented": contact is not None, "contact": contact}


@router.post("/cases/{reference}/referrals", auth=AUTH, response={201: dict})
def refer_case(request: Any, reference: str, body: ReferralIn) -> Any:
    """The case's handler refers it to a labour inspectorate of the facility's country."""
    case = grievances.handled_case(reference[:30], request.user)
    if case is None:
        raise HttpError(404, "No case you handle has this reference.")
    draft = services.ReferralDraft(**body.dict())
    referral = services.refer_case(case, request.user, draft)
    return Status(201, services.referral_view(referral, request.user))
