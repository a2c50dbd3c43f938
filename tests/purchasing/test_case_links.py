"""A grievance's suggested purchasing root cause: on the case page for its handler and
operator staff only (never the supplier, a brand, or the complainant), confirmed there, and
answered by the buyer's own corrective action in an audit finding's action plan, without the
case or its complainant ever reaching the buyer."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from django.test import Client

from chainrights.audits.services import create_audits
from chainrights.audits.validation import Checker, check_audit
from chainrights.core import refusals
from chainrights.core.models import Organisation
from chainrights.grievances import hooks
from chainrights.purchasing import links, panels
from chainrights.purchasing.models import RootCauseLink
from tests.conftest import totp_client
from tests.factories import (
    FacilityFactory,
    PaymentFactory,
    PurchaseOrderFactory,
    admissible_case,
    audit_raw,
)

NARRATIVE = "Forced overtime every night before the shipment; the supervisor Rahim shouts."


@pytest.fixture
def site(demo: Any) -> Any:
    northwind = Organisation.objects.get(name="Northwind Apparel")
    site = FacilityFactory(name="Night Shift Knit", country="BD")
    order = PurchaseOrderFactory(buyer=northwind, facility=site)  # 50 days' lead: short
    PaymentFactory(order=order, paid_on=date.today() - timedelta(days=3), delay_days=10)
    return site


@pytest.fixture
def case(demo: Any, site: Any) -> Any:
    return admissible_case(demo["handler"], site, narrative=NARRATIVE,
                           rights=("excessive-overtime",))  # fmt: skip


def _finding(demo: Any, site: Any) -> Any:
    auditor = Organisation.objects.get(name="Independent Audit Partners")
    end = date.today() - timedelta(days=30)
    raw = audit_raw(site, end_date=str(end), start_date=str(end - timedelta(1)),
                    visibility="shared", share_with=["Northwind Apparel"])  # fmt: skip
    checker = Checker(auditor)
    draft = check_audit(raw, "test", checker)
    assert draft is not None, checker.problems
    audit = create_audits(auditor, demo["auditor"], [draft])[0]
    return audit.findings.get(right__code="excessive-overtime")


def test_the_case_page_shows_the_suggestion_to_the_handler_only(demo, case):
    text = totp_client(demo["handler"]).get(f"/cases/{case.reference}").content.decode()
    assert "Buyers' purchasing practices before this case" in text
    assert "Purchasing red flags of Northwind Apparel" in text
    assert f'name="case" value="{case.pk}"' in text
    for user in (demo["brand"], demo["supplier"], demo["brandviewer"]):
        assert panels.case_section(case, user, False) is None
        assert links.for_case(case, user) == []
    assert panels.case_section not in hooks.STATUS_SECTIONS  # the complainant's page


def test_confirmed_on_the_case_page_the_buyer_acts_without_learning_the_case(demo, site, case):
    finding = _finding(demo, site)
    northwind = Organisation.objects.get(name="Northwind Apparel")
    handler = Client()
    handler.force_login(demo["handler"])
    response = handler.post("/purchasing/links/decide", {
        "buyer": northwind.pk, "case": case.pk, "confirm": "yes",
        "next": f"/cases/{case.reference}",
    })  # fmt: skip
    assert response["Location"] == f"/cases/{case.reference}"
    link = RootCauseLink.objects.get(case_id=case.pk)
    assert (link.status, link.category) == ("confirmed", "management")
    brand = Client()
    brand.force_login(demo["brand"])
    page = brand.get(f"/purchasing/buyers/{northwind.pk}").content.decode()
    assert "Grievances with your purchasing practice as a confirmed root cause" in page
    for secret in (NARRATIVE[:30], "Rahim", case.reference, f"/cases/{case.pk}"):
        assert secret not in page
    response = brand.post(f"/purchasing/links/{link.pk}/action",
                          {"description": "Book capacity with 90 days' lead time",
                           "deadline": str(date.today() + timedelta(90))})  # fmt: skip
    assert response["Location"].endswith("#grievance-causes")
    action = finding.actions.get(description__startswith="Book capacity")
    assert (action.owner, action.brand, action.root_cause_kind) == (
        "brand", northwind, "purchasing_practice")  # fmt: skip
    assert "grievance" in action.root_cause
    assert case.reference not in action.root_cause
    assert "Rahim" not in action.root_cause
    link.refresh_from_db()
    assert link.action_id_ref == action.pk
    with pytest.raises(refusals.Conflict):  # once
        links.take_action(demo["brand"], link, description="again", deadline=date.today())


def test_without_a_finding_to_hold_the_plan_the_action_is_refused(demo, case):
    northwind = Organisation.objects.get(name="Northwind Apparel")
    link = links.decide_link(demo["handler"], buyer=northwind, confirm=True, case_id=case.pk)
    with pytest.raises(refusals.Conflict):
        links.take_action(demo["brand"], link, description="Pay on time", deadline=date.today())
    dismissed = links.decide_link(demo["handler"], buyer=northwind, confirm=False,
                                  case_id=case.pk)  # fmt: skip
    with pytest.raises(refusals.Conflict):
        links.take_action(demo["brand"], dismissed, description="x", deadline=date.today())
