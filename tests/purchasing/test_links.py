"""From buying to conditions: an overtime finding at a facility where Northwind changed
orders late and paid late lists those red flags, suggests a purchasing root cause, an
operator confirms it and Northwind takes its own action in the finding's plan."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from django.test import Client

from chainrights.audits.services import create_audits
from chainrights.audits.validation import Checker, check_audit
from chainrights.core import refusals
from chainrights.core.models import Organisation
from chainrights.purchasing.models import RootCauseLink
from chainrights.purchasing.services import decide_link, for_finding, red_flags, take_action
from tests.factories import (
    FacilityFactory,
    OrderChangeFactory,
    PaymentFactory,
    PurchaseOrderFactory,
    audit_raw,
)

END = date(2026, 3, 2)


@pytest.fixture
def finding(demo: Any) -> Any:
    northwind = Organisation.objects.get(name="Northwind Apparel")
    site = FacilityFactory(name="Overtime Knit", country="BD")
    order = PurchaseOrderFactory(buyer=northwind, facility=site, confirmed_on=END - timedelta(40),
                                 ex_factory_requested=END - timedelta(10), lead_time_days=30,
                                 invoice_date=END - timedelta(50))  # fmt: skip
    OrderChangeFactory(order=order, changed_on=END - timedelta(20), days_before_ex_factory=10)
    PaymentFactory(order=order, paid_on=END - timedelta(5), delay_days=12)
    PurchaseOrderFactory(buyer=northwind, facility=site, confirmed_on=END - timedelta(300),
                         ex_factory_requested=END - timedelta(200), lead_time_days=100)  # fmt: skip
    auditor = Organisation.objects.get(name="Independent Audit Partners")
    raw = audit_raw(site, end_date=str(END), start_date=str(END - timedelta(1)),
                    visibility="shared", share_with=["Northwind Apparel"])  # fmt: skip
    checker = Checker(auditor)
    draft = check_audit(raw, "test", checker)
    assert draft is not None, checker.problems
    audit = create_audits(auditor, demo["auditor"], [draft])[0]
    return audit.findings.get(right__code="excessive-overtime")


def test_red_flags_in_the_window_before_the_audit(finding):
    flags = red_flags(finding.audit.facility, END)
    assert list(flags.values()) == [{"short_lead_time": 1, "late_change": 1, "late_payment": 1}]


def test_the_buyer_and_operators_see_the_suggestion_other_brands_not(demo, finding):
    from tests.private_sourcing import second_brand

    suggestion = for_finding(finding, demo["operator"])[0]
    assert suggestion["category"] == "management"
    assert suggestion["link"] is None
    assert for_finding(finding, demo["brand"])[0]["flags"] == suggestion["flags"]
    assert for_finding(finding, second_brand()) == []
    assert for_finding(finding, demo["supplier"]) == []


def test_an_operator_confirms_and_the_buyer_takes_its_action(demo, finding):
    northwind = Organisation.objects.get(name="Northwind Apparel")
    with pytest.raises(refusals.NotAllowed):
        decide_link(demo["brand"], buyer=northwind, confirm=True, finding=finding)
    link = decide_link(demo["handler"], buyer=northwind, confirm=True, finding=finding)
    assert link.status == "confirmed"
    assert link.category == "management"
    action = take_action(demo["brand"], link, description="Freeze changes 30 days before "
                         "ex-factory.", deadline=END + timedelta(90))  # fmt: skip
    assert action.owner == "brand"
    assert action.brand == northwind
    assert action.root_cause_kind == "purchasing_practice"
    assert RootCauseLink.objects.get().action_id_ref == action.pk


def test_the_audit_page_shows_the_note_and_the_forms(demo, finding):
    operator = Client()
    operator.force_login(demo["handler"])
    text = operator.get(f"/audits/{finding.audit_id}").content.decode()
    assert "Purchasing red flags of Northwind Apparel" in text
    assert 'action="/purchasing/links/decide"' in text
    response = operator.post("/purchasing/links/decide", {
        "buyer": Organisation.objects.get(name="Northwind Apparel").pk,
        "finding": finding.pk, "confirm": "yes", "next": f"/audits/{finding.audit_id}",
    })  # fmt: skip
    assert response.status_code == 302
    brand = Client()
    brand.force_login(demo["brand"])
    text = brand.get(f"/audits/{finding.audit_id}").content.decode()
    assert "Take a buyer-owned action" in text
    link = RootCauseLink.objects.get()
    response = brand.post(f"/purchasing/links/{link.pk}/action",
                          {"description": "Pay on time", "deadline": "2026-09-01"})  # fmt: skip
    assert response.status_code == 302
    assert "Pay on time" in brand.get(f"/audits/{finding.audit_id}").content.decode()
