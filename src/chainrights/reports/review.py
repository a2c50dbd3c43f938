"""The grievance mechanism's effectiveness review (UN Guiding Principle 31) as people read
it: plain labels, shares as percentages, charts with their tables, for the cases the reader
may see (a brand: those shared with it). Only aggregates, each below the public statistics'
smallest cell suppressed (``grievances.services.case_figures``)."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.utils.translation import gettext_lazy as _

from chainrights.core.types import AnyUser
from chainrights.grievances import services as grievances
from chainrights.reports import charts

CRITERIA = {
    "legitimate": _("Legitimate"), "accessible": _("Accessible"), "predictable": _("Predictable"),
    "equitable": _("Equitable"), "transparent": _("Transparent"),
    "rights_compatible": _("Rights-compatible"), "continuous_learning": _("A source of learning"),
    "engagement_and_dialogue": _("Based on engagement and dialogue"),
    "satisfaction": _("Complainants' satisfaction"),
}  # fmt: skip
MEASURES = {
    "share_with_a_designated_handler": _("Cases with a named handler"),
    "share_without_contact_details": _("Cases filed without contact details"),
    "share_fearing_reprisal": _("Complainants who feared reprisal"),
    "share_of_steps_on_time": _("Steps taken on time"),
    "median_days_to_acknowledge": _("Median days to acknowledge"),
    "open_and_overdue": _("Open cases past a deadline"),
    "share_of_steps_explained_to_the_complainant": _("Steps explained to the complainant"),
    "share_of_cases_written_to": _("Cases where the complainant was written to"),
    "share_of_closed_cases_with_a_public_report": _("Closed cases with a public report"),
    "reprisal_reports": _("Reprisals reported"),
    "facilities_with_repeated_cases": _("Facilities with more than one case"),
    "share_of_cases_where_the_complainant_replied": _("Cases where the complainant replied"),
    "rated": _("Outcomes rated"), "average": _("Average rating (1 to 5)"),
    "share_satisfied": _("Complainants satisfied (4 or 5)"),
}  # fmt: skip


FIRST_YEAR, LAST_YEAR = 2000, 2100  # the years a review may be asked for (page and API)


def year_of(text: str) -> int | None:
    """The year asked for (this year when none); None for anything that is not one."""
    if not text:
        return date.today().year
    return int(text) if text.isdigit() and FIRST_YEAR <= int(text) <= LAST_YEAR else None


def _criteria(report: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for key, label in CRITERIA.items():
        measures = [{"key": m, "label": str(MEASURES[m]), "value": v, "share": m[:5] == "share"}
                    for m, v in report.get(key, {}).items() if m in MEASURES]  # fmt: skip
        if measures:
            out.append({"key": key, "label": str(label), "measures": measures})
    return out


def review(user: AnyUser, year: int) -> dict[str, Any]:
    found = grievances.case_figures(user, date(year, 1, 1), date(year, 12, 31))
    report = found["effectiveness"]
    shares = [(m["label"], m["value"]) for c in (_criteria(report) if report else [])
              for m in c["measures"] if m["share"]]  # fmt: skip
    return {
        "year": year, "total": found["total"], "minimum_cell": found["minimum_cell"],
        "by_state": found["by_state"], "by_channel": found["by_channel"],
        "criteria": _criteria(report) if report else [],
        "median_days_to_close": report["median_days_to_close"] if report else None,
        "chart": charts.bar_chart(str(_("Principle 31 measures as shares")), shares)
        if shares else "",
    }  # fmt: skip
