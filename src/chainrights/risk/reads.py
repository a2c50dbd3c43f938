"""The read side pages, API and panel share: a register as a viewer may see it, one item with
its "why", the severity × likelihood matrix and the count by country."""

from __future__ import annotations

import json
from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.translation import gettext_lazy as _

from chainrights.core.models import Organisation
from chainrights.core.types import AnyUser
from chainrights.core.visibility import is_operator, org_ids
from chainrights.risk import access, assessments, leverage
from chainrights.risk.models import (
    AssessmentStatus,
    Group,
    Involvement,
    ItemDecision,
    Response,
    RiskItem,
    Scope,
    Status,
)

KINDS = {
    "finding_open": _("Open audit finding"),
    "finding_repeat": _("Repeated audit finding"),
    "action_overdue": _("Corrective action overdue"),
    "finding_closed": _("Audit finding, actions verified"),
    "finding_vanished": _("Audit finding gone from the next audit, no action verified"),
    "audit_no_interviews": _("Audit interviewed no worker"),
    "audit_on_site_only": _("Audit heard workers only on site"),
    "audit_always_announced": _("Every audit announced in advance"),
    "audit_firm_outlier": _("Audit firm finds sharply fewer issues than its peers"),
    "inspection_violation": _("Labour inspection violation"),
    "case_admissible": _("Admissible grievance"),
    "case_pending": _("Grievance not yet decided"),
    "case_reprisal": _("Reprisal reported"),
    "case_rate": _("Grievances per 1,000 workers"),
    "listed_good": _("Good on the US DoL List of Goods"),
    "coverage_low": _("Labour inspection below the ILO benchmark"),
    "unratified": _("Fundamental ILO convention not ratified"),
    "ituc": _("ITUC Global Rights Index rating"),
    "short_lead_time": _("Your orders: short lead times"),
    "late_change": _("Your orders: late changes"),
    "late_payment": _("Your orders: late payments"),
    "below_living_wage_cost": _("Your orders: labour cost below a living wage"),
}
GAPS = {
    "no_audit": _("No audit of this facility that you may see"),
    "no_voice": _("No grievance from this facility: worker voice unknown"),
    "no_headcount": _("No headcount band: cases per 1,000 workers unknown"),
    "no_product": _("No product type: the List of Goods cannot be checked"),
    "coverage_no_figure": _("No labour-inspection figure for the country"),
    "coverage_no_class": _("No economy class: the ILO benchmark is unknown"),
}
LIKELIHOOD_BANDS = (0.25, 0.5, 0.75)  # the matrix's columns: <0.25, <0.5, <0.75, ≥0.75


def gap_label(code: str) -> str:
    if code.startswith("ratification_unknown:"):
        return str(_("Ratification of %(code)s unknown")) % {"code": code.split(":", 1)[1]}
    return str(GAPS.get(code, code))


def _place(item: RiskItem, how: str) -> dict[str, Any]:
    facility = item.facility
    return {
        "scope": item.scope, "scope_label": str(Scope(item.scope).label),
        "facility": None if facility is None else {
            "id": facility.public_id, "name": facility.name, "country": facility.country},
        "country": item.country, "product": item.product,
    }  # fmt: skip


def item_view(item: RiskItem, user: AnyUser | None, *, decisions: dict[Any, Any] | None = None
              ) -> dict[str, Any]:  # fmt: skip
    """One item as ``user`` may read it, with every piece of evidence behind it."""
    how = access.level(item, user)
    decision = (
        decisions.get((item.buyer_id, item.key))
        if decisions is not None
        else (ItemDecision.objects.filter(owner_org_id=item.buyer_id, key=item.key).first())
    )
    involvement = decision.involvement if decision and decision.involvement else ""
    chosen = involvement or item.suggested_involvement
    view = {
        "id": item.pk, "rank": item.rank, "key": item.key, "buyer": item.buyer.name,
        "right": item.right.code, "right_name": item.right.name, **_place(item, how),
        "severity": {"scale": item.scale, "scope": item.scope_score,
                     "irremediability": item.irremediability, "value": item.severity},
        "likelihood": item.likelihood, "status": item.status,
        "status_label": str(Status(item.status).label),
        "evidence": [{**p, "label": str(KINDS.get(p["kind"], p["kind"]))}
                     for p in access.pieces_for(item, how)],
        "gaps": [{"code": g, "label": gap_label(g)} for g in item.gaps],
        "computed_at": item.computed_at, "view": how,
    }  # fmt: skip
    if how != "public":
        view.update(_involvement(item, decision, chosen))
    return view


def _involvement(item: RiskItem, decision: Any, chosen: str) -> dict[str, Any]:
    advice = leverage.recommend(item.status, chosen, item.leverage)
    return {
        "involvement": {"suggested": item.suggested_involvement,
                        "suggested_label": str(Involvement(item.suggested_involvement).label),
                        "confirmed": decision.involvement if decision else "",
                        "confirmed_label": str(Involvement(decision.involvement).label)
                        if decision and decision.involvement else "",
                        "reason": decision.involvement_reason if decision else ""},
        "leverage": item.leverage,
        "recommended": {**advice, "labels": [str(Response(s).label) for s in advice["steps"]]},
        "decision": None if decision is None or not decision.response else {
            "response": decision.response, "label": str(Response(decision.response).label),
            "reason": decision.response_reason, "partners": decision.partners,
            "at": decision.decided_at},
    }  # fmt: skip


def band(likelihood: float) -> int:
    return sum(likelihood >= b for b in LIKELIHOOD_BANDS)


def matrix(items: list[RiskItem]) -> list[list[int]]:
    """Counts per (severity 5…1) × (likelihood band 0…3); actual items sit in the top band."""
    grid = [[0] * 4 for _ in range(5)]
    for item in items:
        grid[5 - item.severity][band(item.likelihood)] += 1
    return grid


def by_country(items: list[RiskItem]) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    for item in items:
        row = out.setdefault(item.country, {"items": 0, "actual": 0, "top": 0})
        row["items"] += 1
        row["actual"] += item.status == Status.ACTUAL
        row["top"] = max(row["top"], item.severity)
    return out


def register(user: AnyUser | None, buyer: Organisation | None = None, *, limit: int = 200,
             status: str = "", right: str = "") -> dict[str, Any]:  # fmt: skip
    """The items ``user`` may see (of one buyer, if named), ranked, with matrix and map."""
    items = access.items_for(user)
    if buyer is not None:
        items = items.filter(buyer=buyer)
    if status in Status.values:
        items = items.filter(status=status)
    if right:
        items = items.filter(right__code=right)
    rows = list(items.order_by("buyer__name", "rank"))
    keys = {(r.buyer_id, r.key) for r in rows[:limit]}
    decisions = {(d.owner_org_id, d.key): d for d in ItemDecision.objects.filter(
        owner_org_id__in={b for b, _k in keys}, key__in={k for _b, k in keys})}  # fmt: skip
    return {
        "count": len(rows),
        "items": [item_view(r, user, decisions=decisions) for r in rows[:limit]],
        "matrix": matrix(rows), "countries": by_country(rows),
        "computed_at": max((r.computed_at for r in rows), default=None),
    }  # fmt: skip


def assessment_level(assessment: Any, user: AnyUser | None) -> str:
    """``full`` (its brand, operator staff), ``site`` (the claimed facility) or ``public``."""
    if is_operator(user) or assessment.owner_org_id in org_ids(user):
        return "full"
    facility = assessment.facility
    if facility is not None and (facility.claimed_by_id or 0) in org_ids(user):
        return "site"
    return "public"


def assessment_view(assessment: Any, user: AnyUser | None) -> dict[str, Any]:
    """One assessment as ``user`` may read it: the frozen content once published (never the
    records as they are now), the live draft before; evidence at the viewer's level."""
    body = assessment.frozen if assessment.frozen is not None else json.loads(
        json.dumps(assessments.content(assessment), cls=DjangoJSONEncoder))  # fmt: skip
    how = assessment_level(assessment, user)
    items = [{**i, "status_label": str(Status(i["status"]).label),
              "evidence": [{**p, "label": str(KINDS.get(p["kind"], p["kind"]))}
                           for p in access.pieces(i["evidence"], how)]}
             for i in body["items"]]  # fmt: skip
    groups = dict(Group.choices)
    named = {i["key"]: i for i in items}
    findings = [{**f, "evidence_items": [named[k] for k in f["items"] if k in named]}
                for f in body["findings"]]  # fmt: skip
    later = type(assessment).objects.filter(supersedes=assessment).order_by("pk").first()
    return {
        **body, "items": items, "findings": findings, "id": assessment.pk,
        "status": assessment.status,
        "status_label": str(AssessmentStatus(assessment.status).label),
        "scope_label": str(Scope(assessment.scope).label),
        "consultations": [{**c, "group_label": str(groups.get(c["group"], c["group"]))}
                          for c in body["consultations"]],
        "people": sum(c["people"] for c in body["consultations"]),
        "sha256": assessment.content_hash, "published_at": assessment.published_at,
        "supersedes": assessment.supersedes_id, "superseded_by": later.pk if later else None,
        "view": how,
    }  # fmt: skip


def assessment_row(assessment: Any) -> dict[str, Any]:
    """One line of the list: what, where, which version, in what state."""
    facility = assessment.facility
    where = (f"{facility.name} ({facility.country})" if facility is not None
             else f"{assessment.country} × {assessment.product}")  # fmt: skip
    return {"id": assessment.pk, "title": assessment.title, "buyer": assessment.owner_org.name,
            "scope": assessment.scope, "where": where, "version": assessment.version,
            "status": assessment.status,
            "status_label": str(AssessmentStatus(assessment.status).label),
            "period": [assessment.period_start, assessment.period_end],
            "review_on": assessment.review_on, "published_at": assessment.published_at,
            "sha256": assessment.content_hash}  # fmt: skip


def assessment_list(user: AnyUser | None) -> dict[str, Any]:
    rows = assessments.assessments_for(user).order_by("owner_org__name", "-period_end", "-pk")
    return {"assessments": [assessment_row(a) for a in rows[:500]]}


def assessments_of_item(item: RiskItem, user: AnyUser | None) -> list[dict[str, Any]]:
    """The assessments ``user`` may see that cover this register item."""
    rows = assessments.assessments_for(user).filter(owner_org_id=item.buyer_id)
    return [assessment_row(a) for a in rows if item.key in (a.item_keys or [])]
