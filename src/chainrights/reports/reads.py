"""What report pages, the API and exports show: a report's sections and questions, each with
its figures (live for a draft, frozen once published), the brand's words, and which questions
still need them; figure and row labels in the reader's language."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _

from chainrights.core.models import Right
from chainrights.reports import drafting
from chainrights.reports.framework_i18n import shown as _shown
from chainrights.reports.models import Report

LABELS = {
    "suppliers.facilities": _("Facilities on the brand's supplier lists"),
    "suppliers.countries": _("Countries of those facilities"),
    "suppliers.lists": _("Supplier lists uploaded"),
    "suppliers.pledge_fields": _("Share of facilities with every Transparency Pledge field"),
    "code.rights_covered": _("Rights the code of conduct promises"),
    "code.gaps": _("Gaps in the code of conduct"),
    "salient.issues": _("Salient issues from the risk register"),
    "audits.count": _("Audits ended in the period"),
    "findings.count": _("Findings of those audits"),
    "findings.by_right": _("Rights with findings"),
    "findings.repeat": _("Repeat findings"),
    "actions.by_status": _("Corrective actions"),
    "actions.verified": _("Corrective actions verified"),
    "capacity.activities": _("Capacity-building activities started"),
    "inspections.count": _("Labour inspections at listed facilities"),
    "referrals.count": _("Cases referred to labour inspectorates"),
    "purchasing.ratings": _("Suppliers' rating of purchasing practices (overall)"),
    "purchasing.indicators": _("Purchasing indicators from orders"),
    "grievances.cases": _("Grievance cases received"),
    "grievances.channels": _("Cases by channel"),
    "grievances.remedied": _("Admissible cases remedied and verified"),
    "grievances.effectiveness": _(
        "Effectiveness of the grievance mechanism (UN Guiding Principle 31)"
    ),
}
GAPS = {
    "no_code": _("No code of conduct of this brand on the platform."),
    "no_lists": _("No supplier list of this brand on the platform."),
    "no_risk_register": _(
        "No risk register on this platform yet: salient issues cannot be filled in."
    ),
    "no_ratings": _("No rating cycle with enough raters to show (fewer than k suppliers)."),
    "no_orders": _("No orders recorded for this period."),
    "suppressed": _(
        "Fewer cases than the smallest number shown: not shown, so no worker can be singled out."
    ),
}
SOURCES = {
    "registry": _("Facility registry"),
    "codes": _("Codes of conduct"),
    "risk": _("Risk register"),
    "audits": _("Audits and corrective actions"),
    "states": _("Labour inspection"),
    "purchasing": _("Purchasing practices"),
    "grievances": _("Grievance mechanism"),
}
ROWS = {
    "open": _("Open"), "in_progress": _("In progress"), "done": _("Done"),
    "verified": _("Verified"), "overdue": _("Overdue"), "of": _("out of"),
    "newest": _("Newest list dated"), "cycle": _("Rating cycle"),
    "missing_fundamental": _("Fundamental rights not mentioned"),
    "below_standard": _("Rights promised below the standard"),
    "promised_to_no_one": _("Clauses promised to no one"),
    "no_consequence": _("Clauses with no consequence on breach"),
    "no_verification": _("Clauses with no verification"),
    "only_internal_policy": _("Clauses that are only internal policy"),
    "unstructured": _("Clauses not yet structured"),
    "name": _("Name"), "address": _("Address"), "parent_company": _("Parent company"),
    "product_types": _("Product type"), "workers": _("Number of workers"),
}  # fmt: skip


def _row_label(key: Any, rights: dict[str, str]) -> str:
    text = str(key)
    if text in ROWS:
        return str(ROWS[text])
    return rights.get(text, text.replace("_", " ").replace(".", ": "))


def shown(key: str, raw: dict[str, Any], rights: dict[str, str]) -> dict[str, Any]:
    """A stored figure with its labels for the reader."""
    return {
        **raw, "key": key, "label": str(LABELS.get(key, key)),
        "source_label": str(SOURCES.get(raw["source"], raw["source"])),
        "gap_text": str(GAPS.get(raw["gap"], raw["gap"])) if raw["gap"] else "",
        # a row is its key's label, then one value or several (a table of any width)
        "rows": [[_row_label(row[0], rights), *row[1:]] for row in raw["rows"]],
    }  # fmt: skip


def data_of(report: Report, user: Any) -> dict[str, Any]:
    """The frozen content of a published report, or the draft's content computed now."""
    if report.frozen is not None:
        return dict(report.frozen)
    return drafting.content(report, user)


def report_view(report: Report, user: Any, *, translated: bool = True) -> dict[str, Any]:
    """A report for a page or an export. The framework's name, note, section titles and
    question texts come from the framework file, not from the frozen content, and are shown
    in the reader's language; ``translated=False`` keeps the file's English (the API)."""

    def text(english: str) -> str:
        return _shown(english) if translated else english

    data = data_of(report, user)
    version = drafting.version_of(report)
    rights = dict(Right.objects.values_list("code", "name"))
    figures = {k: shown(k, v, rights) for k, v in data["figures"].items()}
    narratives = data["narratives"]
    sections = [{
        "code": s.code, "title": text(s.title),
        "questions": [{"code": q.code, "text": text(q.text),
                       "narrative": narratives.get(q.code, ""),
                       "figures": [figures[k] for k in q.figures]} for q in s.questions],
    } for s in version.sections]  # fmt: skip
    return {
        "id": report.pk, "organisation": report.owner_org.name, "framework": text(version.name),
        "framework_key": report.framework, "version": report.version,
        "version_note": text(version.note), "sources": list(version.sources),
        "period_start": report.period_start, "period_end": report.period_end,
        "status": report.status, "visibility": report.visibility,
        "published_at": report.published_at, "sha256": report.content_hash,
        "corrects": report.corrects_id, "sections": sections,
        "missing": [q.code for q in version.questions if not narratives.get(q.code)],
        "figures": figures,
    }  # fmt: skip
