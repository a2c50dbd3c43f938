"""Public transparency scorecards: for every brand, only what the public may see. Supplier
list disclosure (the Transparency Pledge's fields, how complete, how recent), the promise
(its public code's gaps), remedy at its listed suppliers, audits shared publicly, purchasing
ratings where enough suppliers rated, salient issues and published reports. The methodology
page describes each column; ``COLUMNS`` is that description."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.conf import settings
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from chainrights.audits import services as audits
from chainrights.codes import services as codes
from chainrights.core.models import Organisation, OrganisationKind, Right, Visibility
from chainrights.grievances import services as grievances
from chainrights.purchasing import services as purchasing
from chainrights.registry import services as registry
from chainrights.reports import sources
from chainrights.reports.figures import PLEDGE_FIELDS
from chainrights.reports.models import Report

COLUMNS = [
    ("disclosure", _("Supplier list"),
     _("Facilities on the brand's public supplier lists; the share that carry all five Transparency Pledge fields (name, address, parent company, product type, worker band); the date of the newest public list.")),  # noqa: E501  (one translatable text)
    ("promise", _("Promise"),
     _("The brand's newest public code of conduct: how many fundamental rights it does not mention and how many clauses lack a consequence or a verification (the code's gap analysis).")),  # noqa: E501  (one translatable text)
    ("remedy", _("Remedy"), format_lazy("{} {}",
     _("Admissible grievance cases at facilities on the brand's public lists, counted once for each right they concern, and the share remedied and verified; not shown below the smallest number of cases shown publicly."),  # noqa: E501  (one translatable text)
     _("Beside it: the median days from a case's receipt to its acknowledgement, over every case received about those facilities, and the share of complainants who rated a closed case 4 or 5 out of 5; each withheld below the same number of cases."))),  # noqa: E501  (one translatable text)
    ("audits", _("Audit sharing"),
     _("Public audits at the listed facilities, of all time.")),
    ("purchasing", _("Purchasing practices"),
     _("Suppliers' overall rating of the brand in the newest closed cycle, only when enough suppliers rated (k).")),  # noqa: E501  (one translatable text)
    ("salient", _("Salient issues"),
     _("Salient issues the brand's risk register publishes.")),
    ("reports", _("Published reports"),
     _("Due-diligence reports the brand published to the public on this platform.")),
]  # fmt: skip


def _disclosure(brand: Organisation) -> dict[str, Any]:
    public = [x for x in registry.lists_of(brand) if x["visibility"] == Visibility.PUBLIC]
    facilities = (
        registry.listed_facilities(brand)
        .filter(decisions__source__supplier_list__visibility=Visibility.PUBLIC)
        .distinct()
    )
    rows = list(facilities.values_list(*PLEDGE_FIELDS))
    dated = [x["as_of"] or x["created_at"].date() for x in public]
    return {"facilities": len(rows),
            "complete": round(sum(all(r) for r in rows) / len(rows), 3) if rows else None,
            "newest": max(dated) if dated else None}  # fmt: skip


def _promise(brand: Organisation) -> dict[str, Any] | None:
    code = codes.current_code_of(brand)
    if code is None:
        return None
    found = codes.gaps(code)
    return {"code": str(code), "code_id": code.pk,
            "missing_fundamental": len(found["missing_fundamental"]),
            "no_consequence": len(found["no_consequence"]),
            "no_verification": len(found["no_verification"])}  # fmt: skip


def _remedy(brand: Organisation) -> dict[str, Any]:
    counts = grievances.breaches_at_suppliers_of(brand, _all_rights())
    reported = sum(r for r, _m in counts.values())  # a case on two rights counts twice here
    remedied = sum(m for _r, m in counts.values())
    timing = grievances.remedy_timing_at_suppliers_of(brand)
    timing = {"days_to_acknowledge": timing["median_days_to_acknowledge"],
              "rated": timing["rated"], "share_satisfied": timing["share_satisfied"]}  # fmt: skip
    if reported < settings.GRIEVANCE_MIN_CELL:
        return {"cases": None, "share": None, "minimum": settings.GRIEVANCE_MIN_CELL, **timing}
    return {"cases": reported, "share": round(remedied / reported, 3),
            "minimum": settings.GRIEVANCE_MIN_CELL, **timing}  # fmt: skip


def _all_rights() -> set[str]:
    return set(Right.objects.values_list("code", flat=True))


def _audits(brand: Organisation) -> int:
    ids = list(registry.listed_facilities(brand).values_list("pk", flat=True))
    return len(
        audits.due_diligence_figures(ids, date(1900, 1, 1), timezone.localdate(), None)["audits"]
    )


def _purchasing(brand: Organisation) -> float | None:
    cycles = purchasing.results(brand)["cycles"]
    return cycles[-1]["overall"] if cycles else None


def _salient(brand: Organisation) -> Any:
    function = sources.provider("salient_issues")
    if function is None:
        return None
    today = timezone.localdate()
    return function(brand, date(today.year, 1, 1), today, None).get("value")


def scorecard(brand: Organisation) -> dict[str, Any]:
    return {
        "brand": brand.name, "id": brand.pk, "disclosure": _disclosure(brand),
        "promise": _promise(brand), "remedy": _remedy(brand), "audits": _audits(brand),
        "purchasing": _purchasing(brand), "salient": _salient(brand),
        "salient_registered": sources.provider("salient_issues") is not None,
        "reports": Report.objects.public().filter(owner_org=brand).count(),
    }  # fmt: skip


def brands() -> list[Organisation]:
    return list(Organisation.objects.filter(kind=OrganisationKind.BRAND).order_by("name"))


def all_scorecards() -> list[dict[str, Any]]:
    return [scorecard(b) for b in brands()]
