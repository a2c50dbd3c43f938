"""Reading audits as a viewer may see them: one shape for pages, the API and exports."""

from __future__ import annotations

from typing import Any

from django.db.models import Prefetch, QuerySet

from chainrights.audits import access, deadlines, signals
from chainrights.audits.models import Action, Audit, Finding
from chainrights.core.visibility import is_operator


def with_plans(queryset: QuerySet[Audit]) -> QuerySet[Audit]:
    """Audits with facility, findings, their rights and actions in a handful of queries."""
    actions = Action.objects.select_related("brand", "verified_by_org", "proposed_by")
    findings = Finding.objects.select_related("right").prefetch_related(
        Prefetch("actions", queryset=actions), "commitments"
    )
    return queryset.select_related(
        "facility", "owner_org", "auditor_org", "commissioned_by", "paid_by"
    ).prefetch_related(Prefetch("findings", queryset=findings))


def visible_audit(user: Any, audit_id: int) -> Audit:
    """One audit with its plan, or 404 when ``user`` may not see it at all."""
    from django.shortcuts import get_object_or_404

    return get_object_or_404(with_plans(access.visible_audits(Audit.objects.all(), user)),
                             pk=audit_id)  # fmt: skip


def _of_family(family: list[int], user: Any) -> list[Audit]:
    queryset = Audit.objects.filter(facility_id__in=family)
    return list(with_plans(access.visible_audits(queryset, user)).order_by("-end_date", "-pk"))


def facility_audits(facility: Any, user: Any) -> list[Audit]:
    """The audits of a facility (and of those merged into it) that ``user`` may see."""
    from chainrights.registry.services import facility_family

    return _of_family(facility_family(facility), user)


def facility_view(facility: Any, user: Any) -> tuple[list[Audit], dict[int, Any], list[Any]]:
    """A facility's audits, how much the viewer sees of each, and the signals they may see."""
    from chainrights.registry.services import facility_family

    family = facility_family(facility)
    audits = _of_family(family, user)
    levels = access.levels(audits, user)
    return audits, levels, visible_signals(audits, family, levels, is_operator(user))


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


def visible_signals(audits: list[Audit], facility_ids: list[int], levels: dict[int, Any],
                    operator: bool) -> list[Any]:  # fmt: skip
    """Signals on what the viewer may see (``levels`` from ``access.levels``). Whether
    grievances were open on a right is shown only to those who see the whole audit, and how
    many only to operator staff."""
    found = signals.facility_signals(audits, facility_ids)
    full = {pk for pk, seen in levels.items() if seen == access.FULL}
    out = []
    for signal in found:
        if signal.kind == "silent_on_reported":
            if signal.audit_id not in full:
                continue
            if not operator:
                signal = signals.Signal(
                    signal.kind,
                    signal.audit_id,
                    signal.message,
                    {k: v for k, v in signal.detail.items() if k != "open"},
                )
        out.append(signal)
    return out


def facility_overview(facility: Any, user: Any) -> dict[str, Any]:
    audits, levels, found = facility_view(facility, user)
    actions = [a for audit in audits for f in audit.findings.all() for a in f.actions.all()]
    return {
        "facility": facility,
        "audits": [(a, levels[a.pk]) for a in audits],
        "open": sum(a.effective_status() in ("open", "in_progress") for a in actions),
        "overdue": sum(a.effective_status() == "overdue" for a in actions),
        "verified": sum(a.status == "verified" for a in actions),
        "signals": found,
        "today": deadlines.today_everywhere(),
    }


def load_overview(user: Any, *, overdue: bool = False) -> dict[str, Any]:
    """The audit-load page and its JSON twin, over the audits ``user`` may see: audits per
    facility per year, findings duplicated for other buyers, firms that stand out, and (for
    the page) the overdue actions of audits seen in full, oldest deadline first."""
    from chainrights.audits import dashboard

    audits = list(with_plans(access.visible_audits(Audit.objects.all(), user)))
    out: dict[str, Any] = {
        "load": dashboard.audit_load(audits), "threshold": dashboard.FATIGUE,
        "duplicates": dashboard.duplicated_findings(audits),
        "firms": signals.firm_outliers(audits),
    }  # fmt: skip
    if overdue:
        levels = access.levels(audits, user)
        late = [(a, f, x) for a in audits if levels[a.pk] == access.FULL
                for f in a.findings.all() for x in f.actions.all()
                if x.effective_status() == "overdue"]  # fmt: skip
        out["overdue"] = sorted(late, key=lambda t: t[2].deadline)
    return out
