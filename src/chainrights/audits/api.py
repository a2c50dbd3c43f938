"""Audit endpoints: audits, findings and corrective actions (written by their owners, read by
those they are shared with), sharing, import and export, audit load and quality signals, and
capacity building (trainings of inspectors too). ``GET /facilities/{id}/audits`` answers
with what the caller may see.

Thin by design: the shapes are in ``schemas`` (in) and ``answers`` (out), the checks and
writes in ``entries`` and ``services``; a service's refusal is answered by the API's one
``Refusal`` handler."""

from __future__ import annotations

from typing import Any, Literal

from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from ninja import File, Query, Router, Status
from ninja.errors import HttpError
from ninja.files import UploadedFile
from ninja.pagination import paginate

from chainrights.api.auth import AUTH, OPTIONAL_AUTH
from chainrights.audits import access, answers, entries, formats, imports, reads, services
from chainrights.audits.models import Audit, AuditImport, CapacityActivity
from chainrights.audits.schemas import (
    ActionIn,
    ActionPatch,
    ActivityIn,
    AuditIn,
    AuditPatch,
    CommentIn,
    FindingIn,
    FindingPatch,
    MeetingIn,
    ShareIn,
    TrainingIn,
    VerifyIn,
)
from chainrights.core.refusals import TooLarge
from chainrights.core.types import AnyUser
from chainrights.core.visibility import visible
from chainrights.registry.services import facility_family
from chainrights.registry.visibility import resolve

router = Router(tags=["audits"])
# Deletes are logged with why: the services refuse an empty reason, so the schema requires one.
REASON = Query(..., min_length=1, max_length=2000, description="why; the event log keeps it")


def _audit(request: Any, audit_id: int) -> Audit:
    return reads.visible_audit(request.user, audit_id)


def _facility(facility_id: str, user: AnyUser) -> Any:
    found = resolve(facility_id, user)  # one only private lists name: unknown to others
    if found is None:
        raise HttpError(404, "No facility has this ID.")
    return found


def _at(queryset: Any, facility_id: str, user: AnyUser) -> Any:
    """Rows about the facility, or about any facility merged into it."""
    return queryset.filter(facility_id__in=facility_family(_facility(facility_id, user)))


@router.get("/audits", response=list[dict[str, Any]], auth=OPTIONAL_AUTH)
@paginate
def list_audits(request: Any, facility_id: str = "", scheme: str = "") -> Any:
    """Audits you may see, newest first: public ones for everyone."""
    audits = access.visible_audits(Audit.objects.all(), request.user)
    if facility_id:
        audits = _at(audits, facility_id, request.user)
    if scheme:
        audits = audits.filter(scheme=scheme)
    newest = reads.with_plans(audits.order_by("-end_date", "-pk"))[:1000]
    return answers.audits_out(newest, request.user)


@router.post("/audits", auth=AUTH, response={201: dict})
def create_audit(request: Any, body: AuditIn) -> Any:
    """Record one audit with its findings (and any actions), in the import's JSON shape."""
    audit = entries.record_audit(request.user, body.dict())
    return Status(201, answers.audit_out(_audit(request, audit.pk), access.FULL))


@router.get("/audits/export", auth=OPTIONAL_AUTH)
def export_audits(request: Any, format: Literal["json", "csv"] = "json") -> Any:
    """Audits you see in full, in the import format (`json` or `csv`)."""
    content, content_type = formats.export(request.user, format)
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="audits.{format}"'
    return response


@router.post("/audits/import", auth=AUTH, response={202: dict})
def import_audits(request: Any, file: UploadedFile = File(...)) -> Any:  # noqa: B008
    """Upload audits (CSV, XLSX or JSON) to import in the background: 202 with the import's
    status URL at once. The worker checks every row and stores all or nothing; poll
    `GET /audits/imports/{id}` for progress, then the audits created or every problem."""
    owner = access.uploader(request.user)
    if owner is None:
        raise services.NotAllowed("Only editors of an auditor, brand, supplier, union or "
                                  "operator import audits.")  # fmt: skip
    if file.size is not None and file.size > formats.MAX_BYTES:
        raise TooLarge(f"The file is larger than {formats.MAX_BYTES // 1024 // 1024} MB.")
    job = imports.start_import(owner, request.user, file.name or "audits.csv", file.read())
    job.refresh_from_db()
    return Status(202, answers.import_out(job))


@router.get("/audits/imports/{import_id}", auth=AUTH)
def get_import(request: Any, import_id: int) -> Any:
    """An audit import's status (`queued|processing|done|failed`), progress (audits checked
    of the file's), and its outcome: the audits created, or why the file was refused and
    every problem by row (or JSON path) and field; nothing is stored unless all are good."""
    job = get_object_or_404(visible(AuditImport.objects.all(), request.user), pk=import_id)
    return answers.import_out(job)


@router.get("/audits/load", auth=OPTIONAL_AUTH)
def audit_load(request: Any) -> Any:
    """Audits per facility per year (audit fatigue) and the same findings found again for
    other buyers, over the audits you may see."""
    return answers.load_out(request.user)


@router.get("/audits/{audit_id}", auth=OPTIONAL_AUTH)
def get_audit(request: Any, audit_id: int) -> Any:
    audit = _audit(request, audit_id)
    return answers.audit_out(audit, access.level(audit, request.user) or "summary")


@router.patch("/audits/{audit_id}", auth=AUTH)
def update_audit(request: Any, audit_id: int, payload: AuditPatch) -> Any:
    """The owner corrects the audit or changes who sees it; every change is logged."""
    changes = {k: v for k, v in payload.dict(exclude_unset=True).items() if k != "reason"}
    entries.correct_audit(_audit(request, audit_id), request.user, changes, payload.reason)
    return answers.audit_out(_audit(request, audit_id), access.FULL)


@router.delete("/audits/{audit_id}", auth=AUTH, response={204: None})
def delete_audit(request: Any, audit_id: int, reason: str = REASON) -> Any:
    """The owner deletes an audit recorded in error; the event log keeps what it was."""
    services.delete_audit(_audit(request, audit_id), request.user, reason)
    return Status(204, None)


@router.post("/audits/{audit_id}/findings", auth=AUTH, response={201: dict})
def add_finding(request: Any, audit_id: int, body: FindingIn) -> Any:
    finding = entries.record_finding(_audit(request, audit_id), request.user, body.dict())
    return Status(201, answers.finding_out(finding, access.FULL))


@router.post("/audits/{audit_id}/shares", auth=AUTH)
def share_audit(request: Any, audit_id: int, payload: ShareIn) -> Any:
    """Share with named organisations (the owner), or with every brand sourcing from the
    facility (the facility, or the owner while the facility is unclaimed)."""
    shared = entries.share_by_name(_audit(request, audit_id), request.user,
                                   payload.organisations, payload.sourcing_brands)  # fmt: skip
    return {"shared_with": shared}


@router.post("/findings/{finding_id}/actions", auth=AUTH, response={201: dict})
def propose_action(request: Any, finding_id: int, payload: ActionIn) -> Any:
    """Propose a corrective action: the facility, the owner, a brand that sees the audit (its
    own contribution), or an operator."""
    entries.check_root_cause(payload.root_cause_kind)
    finding = reads.full_finding(request.user, finding_id)
    action = services.propose_action(finding, request.user, **payload.dict())
    return Status(201, answers.action_out(action))


@router.patch("/actions/{action_id}", auth=AUTH)
def update_action(request: Any, action_id: int, payload: ActionPatch) -> Any:
    """Report progress (those who carry the action out), or change the plan (whoever proposed
    it, the audit's owner, operators)."""
    action = reads.full_action(request.user, action_id)
    plan = {k: v for k, v in payload.dict(exclude_unset=True).items()
            if k not in ("status", "note") and v is not None}  # fmt: skip
    entries.check_root_cause(plan.get("root_cause_kind"))
    if plan:
        services.edit_action(action, request.user, payload.note, **plan)
    if payload.status:
        services.set_status(action, request.user, payload.status, payload.note)
    return answers.action_out(action)


@router.delete("/actions/{action_id}", auth=AUTH, response={204: None})
def delete_action(request: Any, action_id: int, reason: str = REASON) -> Any:
    """Withdraw an action that was never verified (logged, with the reason)."""
    services.delete_action(reads.full_action(request.user, action_id), request.user, reason)
    return Status(204, None)


@router.patch("/findings/{finding_id}", auth=AUTH)
def update_finding(request: Any, finding_id: int, payload: FindingPatch) -> Any:
    """The audit's owner corrects a finding, checked like an import."""
    finding = reads.full_finding(request.user, finding_id)
    changes = {k: v for k, v in payload.dict(exclude_unset=True).items() if k != "reason"}
    entries.correct_finding(finding, request.user, changes, payload.reason)
    return answers.finding_out(finding, access.FULL)


@router.delete("/findings/{finding_id}", auth=AUTH, response={204: None})
def delete_finding(request: Any, finding_id: int, reason: str = REASON) -> Any:
    services.delete_finding(reads.full_finding(request.user, finding_id), request.user, reason)
    return Status(204, None)


@router.post("/actions/{action_id}/verification", auth=AUTH)
def verify_action(request: Any, action_id: int, payload: VerifyIn) -> Any:
    """Verify a done action, or send it back (someone other than those who did the work)."""
    action = reads.full_action(request.user, action_id)
    if payload.verified:
        services.verify_action(action, request.user, method=payload.method, note=payload.note)
    else:
        services.reject_verification(action, request.user, payload.note)
    return answers.action_out(action)


@router.post("/actions/{action_id}/comments", auth=AUTH, response={201: dict})
def comment_action(request: Any, action_id: int, payload: CommentIn) -> Any:
    action = reads.full_action(request.user, action_id)
    return Status(201, answers.comment_out(services.comment(action, request.user, payload.text)))


@router.get("/facilities/{facility_id}/audits", auth=OPTIONAL_AUTH)
def facility_audits(request: Any, facility_id: str) -> Any:
    """The facility's audits you may see, each with its findings and their actions' status
    (`open`, `in_progress`, `done`, `verified` or `overdue`)."""
    facility = _facility(facility_id, request.user)
    return answers.audits_out(reads.facility_audits(facility, request.user), request.user)


@router.get("/facilities/{facility_id}/audit-signals", auth=OPTIONAL_AUTH)
def facility_signals(request: Any, facility_id: str) -> Any:
    """Signals that the facility's audits may not tell the whole story."""
    return answers.signals_out(_facility(facility_id, request.user), request.user)


@router.get("/capacity", response=list[dict[str, Any]], auth=OPTIONAL_AUTH)
@paginate
def list_activities(request: Any, facility_id: str = "") -> Any:
    """Capacity building you may see: trainings, programmes, committees, management systems."""
    activities = visible(CapacityActivity.objects.select_related("facility", "owner_org"),
                         request.user)  # fmt: skip
    if facility_id:
        activities = _at(activities, facility_id, request.user)
    return [answers.activity_out(a) for a in activities[:1000]]


@router.post("/capacity", auth=AUTH, response={201: dict})
def record_activity(request: Any, payload: ActivityIn) -> Any:
    facility = _facility(payload.facility_id, request.user)
    actions = [reads.full_action(request.user, pk) for pk in payload.actions]
    fields = payload.dict(exclude={"facility_id", "actions"})
    activity = services.record_activity(facility, request.user, actions=actions, **fields)
    return Status(201, answers.activity_out(activity))


@router.post("/capacity/{activity_id}/meetings", auth=AUTH, response={201: dict})
def record_meeting(request: Any, activity_id: int, payload: MeetingIn) -> Any:
    activity = get_object_or_404(visible(CapacityActivity.objects.all(), request.user),
                                 pk=activity_id)  # fmt: skip
    meeting = services.record_meeting(activity, request.user, **payload.dict())
    return Status(201, answers.meeting_out(meeting))


@router.get("/inspector-trainings", response=list[dict[str, Any]], auth=OPTIONAL_AUTH)
@paginate
def list_trainings(request: Any, country: str = "", inspectorate_id: int | None = None) -> Any:
    """Trainings of labour inspectors you may see (public ones for everyone): participants
    as counts by gender, never names. Twin of the page ``/inspections/trainings``."""
    rows = services.trainings_for(request.user, country=country, inspectorate=inspectorate_id)
    return [services.training_out(t) for t in rows[:1000]]


@router.post("/inspector-trainings", auth=AUTH, response={201: dict})
def record_training(request: Any, payload: TrainingIn) -> Any:
    """Record a training of inspectors (an inspectorate's admins and editors, or the operator
    naming the inspectorate)."""
    fields = payload.dict(exclude={"inspectorate_id"})
    draft = services.TrainingDraft(**fields)
    made = services.record_training(request.user, draft, inspectorate=payload.inspectorate_id)
    return Status(201, services.training_out(made))
