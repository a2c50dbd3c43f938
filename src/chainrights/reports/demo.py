"""Demo report data: Northwind Apparel's draft under the UNGP Reporting Framework for 2026,
with Part A and Part B written and Part C still open (the draft shows what needs words).
Southbay appears on the scorecards from its public list and code. Loading twice changes
nothing."""

from __future__ import annotations

from datetime import date

from django.contrib.auth import get_user_model

from chainrights.reports import drafting
from chainrights.reports.models import Report

WRITTEN = {
    "A1": "Northwind's supplier code, approved by the board, commits us to the ILO core "
          "conventions, a living wage and the freedom to organise at every tier we source from.",
    "A2": "The head of sourcing owns human-rights due diligence; buyers are trained each "
          "season and the code is part of every supplier contract.",
    "B1": "Excessive overtime, wages below a living wage and building safety.",
    "B2": "From audit findings, grievance cases and talks with the federation of garment "
          "workers' unions, weighed by how severe and how widespread each issue is.",
    "B3": "Bangladesh, where most of our facilities are.",
    "B4": "None outside the salient issues in 2026 so far.",
}  # fmt: skip


def load_demo_reports() -> dict[str, int]:
    if Report.objects.filter(owner_org__name="Northwind Apparel", framework="ungprf").exists():
        return {"reports": 0}
    brand = get_user_model().objects.get(username="brand")
    report = drafting.start_report(brand, "ungprf", date(2026, 1, 1), date(2026, 12, 31))
    drafting.write_narratives(report, brand, WRITTEN)
    return {"reports": 1}
