"""What the API and exports answer: each audit, finding and action as much as the viewer may
see of it, audit imports, audit load and capacity building, in one shape for every caller."""

from __future__ import annotations

from typing import Any

from chainrights.audits import access, reads
from chainrights.audits.models import (
    Action,
    ActionComment,
    Audit,
    AuditImport,
    CapacityActivity,
    CommitteeMeeting,
    Finding,
)
from chainrights.core.types import AnyUser


def action_out(action: Action, now: Any = None) -> dict[str, Any]:
    return {
        "id": action.pk, "description": action.description, "owner": action.owner,
        "brand": action.brand.name if action.brand else None,
        "root_cause_kind": action.root_cause_kind, "root_cause": action.root_cause,
        "brand_contribution": action.brand_contribution, "deadline": action.deadline,
        "status": action.effective_status(now), "reported_status": action.status,
        "verified_by": action.verified_by_org.name if action.verified_by_org else None,
        "verification_method": action.verification_method or None,
        "verified_at": action.verified_at,
    }  # fmt: skip


def finding_out(finding: Finding, level: str, now: Any = None) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": finding.pk, "number": finding.number, "right": finding.right.code,
        "severity": finding.severity, "scheme_severity": finding.scheme_severity,
        "repeat_of": finding.repeat_of_id,
    }  # fmt: skip
    if level == access.FULL:
        out |= {
            "description": finding.description, "evidence": finding.evidence,
            "workers_affected": finding.workers_affected,
            "commitments": [f"{c.code_id}:{c.number}" for c in finding.commitments.all()],
            "actions": [action_out(a, now) for a in finding.actions.all()],
        }  # fmt: skip
    else:
        out["actions"] = [{"status": a.effective_status(now)} for a in finding.actions.all()]
    return out


def audit_out(audit: Audit, level: str, now: Any = None) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": audit.pk, "facility_id": audit.facility.survivor().public_id,
        "scheme": audit.scheme, "reference": audit.reference, "audit_type": audit.audit_type,
        "start_date": audit.start_date, "end_date": audit.end_date,
        "auditor_firm": audit.firm, "owner": audit.owner_org.name,
        "visibility": audit.visibility, "publication": audit.publication, "access": level,
        "interviews": {
            "on_site": {"women": audit.interviews_on_site_women,
                        "men": audit.interviews_on_site_men,
                        "other": audit.interviews_on_site_other},
            "off_site": {"women": audit.interviews_off_site_women,
                         "men": audit.interviews_off_site_men,
                         "other": audit.interviews_off_site_other},
        },
        "summary": audit.summary, "reported_counts": audit.reported_counts,
        "findings": [finding_out(f, level, now) for f in audit.findings.all()],
    }  # fmt: skip
    if level == access.FULL:
        out |= {
            "person_days": audit.person_days, "auditors": audit.auditors,
            "languages": audit.languages,
            "commissioned_by": audit.commissioned_by.name if audit.commissioned_by else None,
            "paid_by": audit.paid_by.name if audit.paid_by else None,
        }  # fmt: skip
    return out


def audits_out(audits: Any, user: AnyUser) -> list[dict[str, Any]]:
    """Each audit as much as ``user`` may see of it (levels found in one query)."""
    audits = list(audits)
    levels = access.levels(audits, user)
    return [audit_out(a, levels[a.pk] or access.SUMMARY) for a in audits]


def import_out(job: AuditImport) -> dict[str, Any]:
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


def load_out(user: AnyUser) -> dict[str, Any]:
    """Audit load per facility and year, findings duplicated for other buyers, and firms that
    stand out, over the audits ``user`` may see."""
    overview = reads.load_overview(user)
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


def signals_out(facility: Any, user: AnyUser) -> list[dict[str, Any]]:
    _, _, found = reads.facility_view(facility, user)
    return [{"kind": s.kind, "audit_id": s.audit_id, "message": s.message, "detail": s.detail}
            for s in found]  # fmt: skip


def comment_out(note: ActionComment) -> dict[str, Any]:
    return {"id": note.pk, "organisation": note.organisation.name, "text": note.text,
            "created_at": note.created_at}  # fmt: skip


def activity_out(activity: CapacityActivity) -> dict[str, Any]:
    return {
        "id": activity.pk, "kind": activity.kind, "topic": activity.topic,
        "facility_id": activity.facility.public_id if activity.facility else None,
        "title": activity.title, "rights": activity.rights, "provider": activity.provider,
        "start_date": activity.start_date, "end_date": activity.end_date,
        "participants": activity.participants, "owner": activity.owner_org.name,
        "actions": list(activity.actions.values_list("pk", flat=True)),
        "meetings": list(activity.meetings.values("held_on", "worker_members",
                                                  "management_members", "women")),
    }  # fmt: skip


def meeting_out(meeting: CommitteeMeeting) -> dict[str, Any]:
    return {"id": meeting.pk, "held_on": meeting.held_on}
