"""Audit endpoints: audits, findings and corrective actions (written by their owners, read by
those they are shared with), sharing, import and export, audit load and quality signals, and
capacity building. ``GET /facilities/{id}/audits`` answers with what the caller may see."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any, Literal

from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from ninja import Field, File, Query, Router, Status
from ninja.errors import HttpError
from ninja.files import UploadedFile
from ninja.pagination import paginate

from chainrights.api.auth import AUTH, OPTIONAL_AUTH
from chainrights.audits import access, formats, imports, reads, services
from chainrights.audits.models import (
    Action,
    Audit,
    AuditImport,
    CapacityActivity,
    Finding,
    Publication,
)
from chainrights.audits.validation import Checker, Problem, check_audit, check_finding
from chainrights.core import uploads
from chainrights.core.errors import error_response
from chainrights.core.models import Organisation, Visibility
from chainrights.core.schemas import JsonIn
from chainrights.core.visibility import visible

router = Router(tags=["audits"])
# Deletes are logged with why: the services refuse an empty reason, so the schema requires one.
REASON = Query(..., min_length=1, max_length=2000, description="why; the event log keeps it")


def _problems(problems: list[Problem]) -> HttpResponse:
    details = [{"field": f"{p.where}.{p.field}", "reason": p.reason} for p in problems[:500]]
    return error_response(422, f"{len(problems)} problem(s); nothing was stored.", details)


def _audit(request: Any, audit_id: int) -> Audit:
    return reads.visible_audit(request.user, audit_id)


def _facility(facility_id: str, user: Any) -> Any:
    from chainrights.registry.visibility import resolve

    found = resolve(facility_id, user)  # one only private lists name: unknown to others
    if found is None:
        raise HttpError(404, "No facility has this ID.")
    return found


def _at(queryset: Any, facility_id: str, user: Any) -> Any:
    """Rows about the facility, or about any facility merged into it."""
    from chainrights.registry.services import facility_family

    return queryset.filter(facility_id__in=facility_family(_facility(facility_id, user)))


@contextmanager
def _refused() -> Iterator[None]:
    """A service's refusal as the API's answer: 403 when not allowed, else 400."""
    try:
        yield
    except services.AuditError as exc:
        raise HttpError(403 if isinstance(exc, services.NotAllowed) else 400, str(exc)) from exc


@router.get("/audits", response=list[dict[str, Any]], auth=OPTIONAL_AUTH)
@paginate
def list_audits(request: Any, facility_id: str = "", scheme: str = "") -> Any:
    """Audits you may see, newest first: public ones for everyone."""
    audits = access.visible_audits(Audit.objects.all(), request.user)
    if facility_id:
        audits = _at(audits, facility_id, request.user)
    if scheme:
        audits = audits.filter(scheme=scheme)
    return _out(reads.with_plans(audits.order_by("-end_date", "-pk"))[:1000], request.user)


def _out(audits: Any, user: Any) -> list[dict[str, Any]]:
    """Each audit as much as ``user`` may see of it (levels found in one query)."""
    audits = list(audits)
    levels = access.levels(audits, user)
    return [reads.audit_out(a, levels[a.pk] or access.SUMMARY) for a in audits]


class FindingIn(JsonIn):
    """A finding as the import's JSON writes it (docs/audits-format.md); checked by the same
    code as an import, so every problem names its field."""

    number: Any = None
    right: str = ""
    severity: str = Field("", description="the scheme's own word, e.g. SMETA 'non-compliance'")
    description: str = ""
    evidence: str = ""
    workers_affected: Any = None
    commitments: list[str] = Field(default_factory=list, description="CODE_ID:NUMBER")
    actions: list[dict[str, Any]] = Field(default_factory=list)


class AuditIn(JsonIn):
    """An audit as the import's JSON writes it (docs/audits-format.md). Values are checked by
    the import's own code, so every problem comes back naming its field."""

    reference: str = ""
    facility_id: str = Field("", description="chainrights ID, or an OS/DUNS/LEI ID")
    scheme: str = Field("", description="smeta, amfori_bsci, sa8000, wrap, slcp, better_work, "
                                        "brand, worker_driven or other")  # fmt: skip
    audit_type: str = Field("", description="announced, semi_announced or unannounced")
    start_date: str = ""
    end_date: str = ""
    person_days: Any = None
    auditor_firm: str = ""
    auditors: list[str] = Field(default_factory=list, max_length=50)
    languages: list[str] = Field(default_factory=list, max_length=50)
    interviews_on_site_women: Any = None
    interviews_on_site_men: Any = None
    interviews_on_site_other: Any = None
    interviews_off_site_women: Any = None
    interviews_off_site_men: Any = None
    interviews_off_site_other: Any = None
    commissioned_by: str = ""
    paid_by: str = ""
    visibility: str = "private"
    publication: str = "summary"
    summary: str = ""
    share_with: list[str] = Field(default_factory=list, max_length=50)
    findings: list[FindingIn] = Field(default_factory=list, max_length=500)


@router.post("/audits", auth=AUTH, response={201: dict})
def create_audit(request: Any, body: AuditIn) -> Any:
    """Record one audit with its findings (and any actions), in the import's JSON shape."""
    owner = access.uploader(request.user)
    if owner is None:
        raise HttpError(403, "Only editors of an auditor, brand, supplier, union or operator "
                             "record audits.")  # fmt: skip
    checker = Checker(owner)
    draft = check_audit(body.dict(), "body", checker)
    if draft is None:
        return _problems(checker.problems)
    with _refused():
        audit = services.create_audits(owner, request.user, [draft])[0]
    return Status(201, reads.audit_out(_audit(request, audit.pk), access.FULL))


@router.get("/audits/export", auth=OPTIONAL_AUTH)
def export_audits(request: Any, format: Literal["json", "csv"] = "json") -> Any:  # noqa: A002
    """Audits you see in full, in the import format (`json` or `csv`)."""
    writers = {"csv": (formats.as_csv, "text/csv; charset=utf-8"),
               "json": (formats.as_json, "application/json")}  # fmt: skip
    if format not in writers:
        raise HttpError(400, "format: json or csv")
    queryset = reads.with_plans(access.visible_audits(Audit.objects.all(), request.user))
    audits = list(queryset.order_by("pk")[:5000])
    levels = access.levels(audits, request.user)
    write, content_type = writers[format]
    response = HttpResponse(write([a for a in audits if levels[a.pk] == access.FULL]),
                            content_type=content_type)  # fmt: skip
    response["Content-Disposition"] = f'attachment; filename="audits.{format}"'
    return response


@router.post("/audits/import", auth=AUTH, response={202: dict})
def import_audits(request: Any, file: UploadedFile = File(...)) -> Any:  # noqa: B008
    """Upload audits (CSV, XLSX or JSON) to import in the background: 202 with the import's
    status URL at once. The worker checks every row and stores all or nothing; poll
    `GET /audits/imports/{id}` for progress, then the audits created or every problem."""
    owner = access.uploader(request.user)
    if owner is None:
        raise HttpError(403, "Only editors of an auditor, brand, supplier, union or operator "
                             "import audits.")  # fmt: skip
    if file.size is not None and file.size > formats.MAX_BYTES:
        raise HttpError(413, f"The file is larger than {formats.MAX_BYTES // 1024 // 1024} MB.")
    try:
        job = imports.start_import(owner, request.user, file.name or "audits.csv", file.read())
    except formats.ImportError_ as exc:
        raise HttpError(400, str(exc)) from exc
    except uploads.Busy as exc:
        return error_response(429, str(exc), code="uploads_in_progress")
    job.refresh_from_db()
    response = Status(202, _import_out(job))
    return response


def _import_out(job: AuditImport) -> dict[str, Any]:
    return {
        "id": job.pk, "status": job.status, "filename": job.filename,
        "url": f"/api/v1/audits/imports/{job.pk}", "page": f"/audits/imports/{job.pk}",
        "progress": {"processed": job.processed, "total": job.total, "percent": job.percent},
        "failure": job.failure,
        "problems": [{"field": f"{p['where']}.{p['field']}", "reason": p["reason"]}
                     for p in job.problems],
        "created": len(job.audit_ids), "ids": job.audit_ids,
        "created_at": job.created_at.isoformat(),
        "finished_at": job.finished_at.isoformat() if job.finished_at else None,
    }  # fmt: skip


@router.get("/audits/imports/{import_id}", auth=AUTH)
def get_import(request: Any, import_id: int) -> Any:
    """An audit import's status (`queued|processing|done|failed`), progress (audits checked
    of the file's), and its outcome: the audits created, or why the file was refused and
    every problem by row (or JSON path) and field; nothing is stored unless all are good."""
    job = get_object_or_404(visible(AuditImport.objects.all(), request.user), pk=import_id)
    return _import_out(job)


@router.get("/audits/load", auth=OPTIONAL_AUTH)
def audit_load(request: Any) -> Any:
    """Audits per facility per year (audit fatigue) and the same findings found again for
    other buyers, over the audits you may see."""
    overview = reads.load_overview(request.user)
    return {
        "fatigue_threshold": overview["threshold"],
        "load": [{"facility_id": r.facility.public_id, "facility": r.facility.name,
                  "year": r.year, "audits": r.audits, "person_days": r.person_days,
                  "schemes": sorted(r.schemes), "commissioned_by": sorted(r.commissioners),
                  "fatigued": r.fatigued} for r in overview["load"]],
        "duplicated_findings": [{"facility_id": d.facility.public_id, "right": d.right.code,
                                 "audits": [a.pk for a in d.audits]}
                                for d in overview["duplicates"]],
        "firm_signals": [s.detail | {"message": s.message} for s in overview["firms"]],
    }  # fmt: skip


@router.get("/audits/{audit_id}", auth=OPTIONAL_AUTH)
def get_audit(request: Any, audit_id: int) -> Any:
    audit = _audit(request, audit_id)
    return reads.audit_out(audit, access.level(audit, request.user) or "summary")


class AuditPatch(JsonIn):
    """Any of the import's audit fields (not the facility or scheme); checked like an import."""

    reference: str | None = None
    audit_type: str | None = None
    start_date: str | None = None
    end_date: str | None = None
    person_days: Any = None
    auditor_firm: str | None = None
    auditors: list[str] | None = Field(None, max_length=50)
    languages: list[str] | None = Field(None, max_length=50)
    interviews_on_site_women: Any = None
    interviews_on_site_men: Any = None
    interviews_on_site_other: Any = None
    interviews_off_site_women: Any = None
    interviews_off_site_men: Any = None
    interviews_off_site_other: Any = None
    commissioned_by: str | None = None
    paid_by: str | None = None
    visibility: Visibility | None = None
    publication: Publication | None = None
    summary: str | None = Field(None, max_length=10_000)
    reason: str = Field("audit edited", max_length=500)


@router.patch("/audits/{audit_id}", auth=AUTH)
def update_audit(request: Any, audit_id: int, payload: AuditPatch) -> Any:
    """The owner corrects the audit or changes who sees it; every change is logged."""
    audit = _audit(request, audit_id)
    owner = access.may_edit(audit, request.user)
    if owner is None:
        raise HttpError(403, "Only the audit's owner edits it.")
    changes = {k: v for k, v in payload.dict(exclude_unset=True).items() if k != "reason"}
    merged = {k: v for k, v in formats.exportable(audit).items() if k != "findings"}
    merged |= {k: (str(v) if isinstance(v, (Visibility, Publication)) else v)
               for k, v in changes.items()} | {"findings": []}  # fmt: skip
    checker = Checker(owner)
    draft = check_audit(merged, "body", checker)
    if draft is None:
        return _problems(checker.problems)
    fields = {k: v for k, v in draft.fields.items() if k != "scheme"}
    with _refused():
        services.update_audit(audit, request.user, reason=payload.reason, **fields)
    return reads.audit_out(_audit(request, audit_id), access.FULL)


@router.delete("/audits/{audit_id}", auth=AUTH, response={204: None})
def delete_audit(request: Any, audit_id: int, reason: str = REASON) -> Any:
    """The owner deletes an audit recorded in error; the event log keeps what it was."""
    with _refused():
        services.delete_audit(_audit(request, audit_id), request.user, reason)
    return Status(204, None)


@router.post("/audits/{audit_id}/findings", auth=AUTH, response={201: dict})
def add_finding(request: Any, audit_id: int, body: FindingIn) -> Any:
    audit = _audit(request, audit_id)
    owner = access.may_edit(audit, request.user)
    if owner is None:
        raise HttpError(403, "Only the audit's owner adds findings.")
    from chainrights.audits.schemes import SCHEMES

    checker = Checker(owner)
    number = max((f.number for f in audit.findings.all()), default=0) + 1
    draft = check_finding(body.dict(), "body", checker, SCHEMES[audit.scheme], number)
    if draft is None:
        return _problems(checker.problems)
    with _refused():
        finding = services.add_finding(audit, request.user, draft)
    return Status(201, reads.finding_out(finding, access.FULL))


class ShareIn(JsonIn):
    organisations: list[str] = Field(default_factory=list, max_length=50)
    sourcing_brands: bool = False


@router.post("/audits/{audit_id}/shares", auth=AUTH)
def share_audit(request: Any, audit_id: int, payload: ShareIn) -> Any:
    """Share with named organisations (the owner), or with every brand sourcing from the
    facility (the facility, or the owner while the facility is unclaimed)."""
    audit = _audit(request, audit_id)
    named = list(Organisation.objects.filter(name__in=payload.organisations))
    unknown = set(payload.organisations) - {o.name for o in named}
    if unknown:
        raise HttpError(400, f"No organisation is called {', '.join(sorted(unknown))}.")
    with _refused():
        added = services.share_audit(audit, request.user, organisations=named,
                                     sourcing_brands=payload.sourcing_brands)  # fmt: skip
    from chainrights.registry.visibility import organisations_shown_to

    # those the caller named come back; a sourcing brand that only a private list links to
    # the facility is not named to the caller
    sourcing = [o for o in added if o not in named]
    told = set(organisations_shown_to(sourcing, audit.facility.survivor(), request.user))
    return {"shared_with": [o.name for o in added if o in named or o in told]}


def _finding(request: Any, finding_id: int) -> Finding:
    finding = get_object_or_404(Finding.objects.select_related("audit"), pk=finding_id)
    if access.level(finding.audit, request.user) != access.FULL:
        raise HttpError(404, "Not found.")
    return finding


def _action(request: Any, action_id: int) -> Action:
    action = get_object_or_404(Action.objects.select_related("finding__audit"), pk=action_id)
    if access.level(action.finding.audit, request.user) != access.FULL:
        raise HttpError(404, "Not found.")
    return action


class ActionIn(JsonIn):
    description: str = Field(..., min_length=1, max_length=10_000)
    deadline: date
    owner: str = Field("supplier", pattern="^(supplier|brand|both)$")
    root_cause_kind: str = "unknown"
    root_cause: str = Field("", max_length=10_000)
    brand_contribution: str = Field("", max_length=10_000)


@router.post("/findings/{finding_id}/actions", auth=AUTH, response={201: dict})
def propose_action(request: Any, finding_id: int, payload: ActionIn) -> Any:
    """Propose a corrective action: the facility, the owner, a brand that sees the audit (its
    own contribution), or an operator."""
    from chainrights.audits.models import RootCause

    if payload.root_cause_kind not in RootCause.values:
        raise HttpError(400, f"root_cause_kind: one of {', '.join(RootCause.values)}")
    with _refused():
        action = services.propose_action(_finding(request, finding_id), request.user,
                                         **payload.dict())  # fmt: skip
    return Status(201, reads.action_out(action))


class ActionPatch(JsonIn):
    status: str | None = Field(None, pattern="^(open|in_progress|done)$")
    note: str = Field("", max_length=2000, description="why (required when the deadline moves)")
    description: str | None = Field(None, max_length=10_000)
    deadline: date | None = None
    root_cause_kind: str | None = None
    root_cause: str | None = Field(None, max_length=10_000)
    brand_contribution: str | None = Field(None, max_length=10_000)


@router.patch("/actions/{action_id}", auth=AUTH)
def update_action(request: Any, action_id: int, payload: ActionPatch) -> Any:
    """Report progress (those who carry the action out), or change the plan (whoever proposed
    it, the audit's owner, operators)."""
    from chainrights.audits.models import RootCause

    action = _action(request, action_id)
    plan = {k: v for k, v in payload.dict(exclude_unset=True).items()
            if k not in ("status", "note") and v is not None}  # fmt: skip
    if plan.get("root_cause_kind", "unknown") not in RootCause.values:
        raise HttpError(400, f"root_cause_kind: one of {', '.join(RootCause.values)}")
    with _refused():
        if plan:
            services.edit_action(action, request.user, payload.note, **plan)
        if payload.status:
            services.set_status(action, request.user, payload.status, payload.note)
    return reads.action_out(action)


@router.delete("/actions/{action_id}", auth=AUTH, response={204: None})
def delete_action(request: Any, action_id: int, reason: str = REASON) -> Any:
    """Withdraw an action that was never verified (logged, with the reason)."""
    with _refused():
        services.delete_action(_action(request, action_id), request.user, reason)
    return Status(204, None)


class FindingPatch(JsonIn):
    right: str | None = None
    severity: str | None = None
    description: str | None = None
    evidence: str | None = None
    workers_affected: Any = None
    commitments: list[str] | None = None
    reason: str = Field("finding corrected", max_length=500)


@router.patch("/findings/{finding_id}", auth=AUTH)
def update_finding(request: Any, finding_id: int, payload: FindingPatch) -> Any:
    """The audit's owner corrects a finding, checked like an import."""
    from chainrights.audits.schemes import SCHEMES

    finding = _finding(request, finding_id)
    owner = access.may_edit(finding.audit, request.user)
    if owner is None:
        raise HttpError(403, "Only the audit's owner edits its findings.")
    current = formats.finding_as_imported(reads.finding_out(finding, access.FULL))
    current.pop("actions")  # a correction leaves the plan as it is
    changes = {k: v for k, v in payload.dict(exclude_unset=True).items() if k != "reason"}
    checker = Checker(owner)
    draft = check_finding(current | changes, "body", checker, SCHEMES[finding.audit.scheme],
                          finding.number)  # fmt: skip
    if draft is None:
        return _problems(checker.problems)
    with _refused():
        services.update_finding(finding, request.user, draft, payload.reason)
    return reads.finding_out(finding, access.FULL)


@router.delete("/findings/{finding_id}", auth=AUTH, response={204: None})
def delete_finding(request: Any, finding_id: int, reason: str = REASON) -> Any:
    with _refused():
        services.delete_finding(_finding(request, finding_id), request.user, reason)
    return Status(204, None)


class VerifyIn(JsonIn):
    verified: bool = True
    method: str = "document_review"
    note: str = Field(..., min_length=1, max_length=10_000)


@router.post("/actions/{action_id}/verification", auth=AUTH)
def verify_action(request: Any, action_id: int, payload: VerifyIn) -> Any:
    """Verify a done action, or send it back (someone other than those who did the work)."""
    action = _action(request, action_id)
    with _refused():
        if payload.verified:
            services.verify_action(action, request.user, method=payload.method, note=payload.note)
        else:
            services.reject_verification(action, request.user, payload.note)
    return reads.action_out(action)


class CommentIn(JsonIn):
    text: str = Field(..., min_length=1, max_length=4000)


@router.post("/actions/{action_id}/comments", auth=AUTH, response={201: dict})
def comment_action(request: Any, action_id: int, payload: CommentIn) -> Any:
    with _refused():
        note = services.comment(_action(request, action_id), request.user, payload.text)
    return Status(201, {"id": note.pk, "organisation": note.organisation.name,
                        "text": note.text, "created_at": note.created_at})  # fmt: skip


@router.get("/facilities/{facility_id}/audits", auth=OPTIONAL_AUTH)
def facility_audits(request: Any, facility_id: str) -> Any:
    """The facility's audits you may see, each with its findings and their actions' status
    (`open`, `in_progress`, `done`, `verified` or `overdue`)."""
    facility = _facility(facility_id, request.user)
    return _out(reads.facility_audits(facility, request.user), request.user)


@router.get("/facilities/{facility_id}/audit-signals", auth=OPTIONAL_AUTH)
def facility_signals(request: Any, facility_id: str) -> Any:
    """Signals that the facility's audits may not tell the whole story."""
    _, _, found = reads.facility_view(_facility(facility_id, request.user), request.user)
    return [{"kind": s.kind, "audit_id": s.audit_id, "message": s.message, "detail": s.detail}
            for s in found]  # fmt: skip


class Participants(JsonIn):
    role: str = Field(..., pattern="^(workers|supervisors|managers|committee_members)$")
    women: int = Field(0, ge=0, le=100_000)
    men: int = Field(0, ge=0, le=100_000)
    other: int = Field(0, ge=0, le=100_000)


class ActivityIn(JsonIn):
    facility_id: str = Field(..., max_length=60)
    kind: str
    title: str = Field(..., min_length=1, max_length=200)
    description: str = Field("", max_length=10_000)
    rights: list[str] = Field(default_factory=list, max_length=20)
    provider: str = Field("", max_length=200)
    start_date: date
    end_date: date | None = None
    participants: list[Participants] = Field(default_factory=list, max_length=10)
    actions: list[int] = Field(default_factory=list, max_length=100)
    public: bool = False


def _activity_out(activity: CapacityActivity) -> dict[str, Any]:
    return {
        "id": activity.pk, "facility_id": activity.facility.public_id, "kind": activity.kind,
        "title": activity.title, "rights": activity.rights, "provider": activity.provider,
        "start_date": activity.start_date, "end_date": activity.end_date,
        "participants": activity.participants, "owner": activity.owner_org.name,
        "actions": list(activity.actions.values_list("pk", flat=True)),
        "meetings": list(activity.meetings.values("held_on", "worker_members",
                                                  "management_members", "women")),
    }  # fmt: skip


@router.get("/capacity", response=list[dict[str, Any]], auth=OPTIONAL_AUTH)
@paginate
def list_activities(request: Any, facility_id: str = "") -> Any:
    """Capacity building you may see: trainings, programmes, committees, management systems."""
    activities = visible(CapacityActivity.objects.select_related("facility", "owner_org"),
                         request.user)  # fmt: skip
    if facility_id:
        activities = _at(activities, facility_id, request.user)
    return [_activity_out(a) for a in activities[:1000]]


@router.post("/capacity", auth=AUTH, response={201: dict})
def record_activity(request: Any, payload: ActivityIn) -> Any:
    facility = _facility(payload.facility_id, request.user)
    actions = [a for pk in payload.actions if (a := _action(request, pk))]
    with _refused():
        activity = services.record_activity(
            facility, request.user, kind=payload.kind, title=payload.title,
            description=payload.description, rights=payload.rights, provider=payload.provider,
            start_date=payload.start_date, end_date=payload.end_date,
            participants=[p.dict() for p in payload.participants], actions=actions,
            public=payload.public,
        )  # fmt: skip
    return Status(201, _activity_out(activity))


class MeetingIn(JsonIn):
    held_on: date
    worker_members: int = Field(..., ge=0, le=1000)
    management_members: int = Field(..., ge=0, le=1000)
    women: int = Field(0, ge=0, le=2000)
    minutes: str = Field("", max_length=10_000)


@router.post("/capacity/{activity_id}/meetings", auth=AUTH, response={201: dict})
def record_meeting(request: Any, activity_id: int, payload: MeetingIn) -> Any:
    activity = get_object_or_404(visible(CapacityActivity.objects.all(), request.user),
                                 pk=activity_id)  # fmt: skip
    with _refused():
        meeting = services.record_meeting(activity, request.user, **payload.dict())
    return Status(201, {"id": meeting.pk, "held_on": meeting.held_on})
