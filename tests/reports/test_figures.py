"""Every auto-filled figure equals a direct query on the same constructed records."""

from __future__ import annotations

from datetime import date

import pytest
from django.db.models import Q

from chainrights.reports import figures
from chainrights.reports.figures import FIGURES

START, END = date(2026, 1, 1), date(2026, 12, 31)


def _compute(brand, user):
    return figures.compute(list(FIGURES), brand, user, START, END)


def test_supplier_figures_equal_the_registry(demo, northwind, listed):
    from chainrights.registry.models import Facility, SupplierList

    found = _compute(northwind, demo["brand"])
    ids = Facility.objects.filter(
        decisions__source__supplier_list__owner_org=northwind, merged_into__isnull=True
    ).distinct()
    assert found["suppliers.facilities"]["value"] == ids.count() == 4
    assert len(found["suppliers.facilities"]["records"]) == 4
    assert found["suppliers.countries"]["value"] == len(set(ids.values_list("country", flat=True)))
    assert (
        found["suppliers.lists"]["value"]
        == SupplierList.objects.filter(owner_org=northwind).count()
    )
    complete = sum(
        all([f.name, f.address, f.parent_company, f.product_types, f.workers]) for f in ids
    )
    assert found["suppliers.pledge_fields"]["value"] == round(complete / ids.count(), 3)


def test_audit_figures_equal_the_audits_the_brand_may_see(demo, northwind, listed, audited):
    from chainrights.audits.models import Action, Audit, Finding
    from chainrights.core.visibility import visible

    found = _compute(northwind, demo["brand"])
    audits = visible(
        Audit.objects.filter(facility__in=listed, end_date__range=(START, END)), demo["brand"]
    )
    findings = Finding.objects.filter(audit__in=audits)
    actions = Action.objects.filter(finding__in=findings)
    assert found["audits.count"]["value"] == audits.count() == 2
    assert found["findings.count"]["value"] == findings.count() == 5
    assert found["findings.repeat"]["value"] == findings.filter(repeat_of__isnull=False).count()
    assert found["findings.by_right"]["value"] == findings.values("right").distinct().count()
    assert found["actions.by_status"]["value"] == actions.count()
    rows = dict(found["actions.by_status"]["rows"])
    assert rows["open"] == actions.filter(status="open").count()
    assert (
        rows["overdue"]
        == actions.filter(Q(status__in=["open", "in_progress"]), deadline__lt=date.today()).count()
    )
    assert found["actions.verified"]["value"] == actions.filter(status="verified").count()
    assert {r["url"] for r in found["audits.count"]["records"]} == {
        f"/audits/{a.pk}" for a in audits
    }


def test_case_figures_equal_the_cases_shared_with_the_brand(demo, northwind, listed, settings):
    from chainrights.core import events
    from chainrights.core.services import share_with
    from chainrights.grievances.models import Case
    from tests.factories import CaseFactory

    settings.GRIEVANCE_MIN_CELL = 3
    cases = [
        CaseFactory(
            narrative=f"wages late {i}",
            facility_id=listed[0].public_id,
            received_by=demo["handler"],
        )
        for i in range(4)
    ]
    CaseFactory(narrative="not shared with the brand")
    with events.acting_as(system="test"):
        for case in cases:
            share_with(case, [northwind])
    found = _compute(northwind, demo["brand"])
    shared = Case.objects.filter(visibility="shared", pk__in=[c.pk for c in cases])
    assert found["grievances.cases"]["value"] == shared.count() == 4
    assert {r["label"] for r in found["grievances.cases"]["records"]} == {
        c.reference for c in cases
    }


@pytest.mark.parametrize("key", sorted(FIGURES))
def test_every_figure_says_where_it_comes_from_and_when(demo, northwind, key):
    found = _compute(northwind, demo["brand"])[key]
    assert found["source"]
    assert found["as_of"] == date.today().isoformat()
    assert found["value"] is not None or found["rows"] or found["gap"]
