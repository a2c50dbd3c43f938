"""What a referral and an inspection must never tell: the case's brands and supplier (the
employer) learn nothing of a referral's progress (ILO C81 Art. 15(c)), and an inspection of a
facility that only private lists name is not shown, counted or found by anyone who may not
know the facility."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from chainrights.core import events
from chainrights.core.models import Event
from chainrights.grievances import services as grievances
from chainrights.registry import claims
from chainrights.states import reads_inspections, services
from tests.conftest import ApiClient, totp_client
from tests.factories import (
    FacilityFactory,
    InspectionFactory,
    InspectorateFactory,
    ReferralFactory,
    admissible_case,
    inspector,
)

pytestmark = pytest.mark.django_db


def _page(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_only_the_handler_reads_the_referral_on_the_case_page(demo, dife, linked_facility):
    referral = ReferralFactory(facility=linked_facility, inspectorate=dife)
    case = referral.case
    claim = claims.claim(linked_facility, demo["supplier"], "licence 42")
    claims.decide(claim, demo["handler"], verify=True, reason="checked")
    grievances.share_with_supplier(case, demo["handler"], "payroll must be fixed")
    assert reads_inspections.case_section(case, demo["handler"], True) is not None
    for role in ("brand", "supplier"):
        assert reads_inspections.case_section(case, demo[role], False) is None
        page = _page(demo[role]).get(f"/cases/{case.reference}")
        assert page.status_code == 200, role  # they read the case ...
        text = page.content.decode()
        assert "Referral to the labour inspectorate" not in text  # ... not the referral
        assert dife.name not in text
    handler = totp_client(demo["handler"]).get(f"/cases/{case.reference}").content.decode()
    assert "Referral to the labour inspectorate" in handler
    assert dife.name in handler


@pytest.fixture
def hidden(demo: dict[str, Any]) -> Any:
    """A public inspection of a Cambodian facility that no public list names any more."""
    facility = FacilityFactory(country="KH", name="Hidden Garment Co")
    owner = inspector(InspectorateFactory(country="KH"))
    inspection = InspectionFactory(user=owner, facility=facility)
    with events.acting_as(system="test"):
        facility.public = False  # as when the only public list that named it goes
        facility.save()
    return inspection, owner


def test_an_inspection_of_a_private_only_facility_is_not_disclosed(demo, hidden, api_of):
    inspection, owner = hidden
    path = f"/api/v1/inspections/{inspection.pk}"
    for client in (ApiClient(), api_of(demo["brand"])):
        assert client.get_json(path).status_code == 404
        assert client.get_json("/api/v1/inspections").json()["count"] == 0
        assert client.get_json("/api/v1/inspections", country="KH").json()["count"] == 0
    for page in (Client(), _page(demo["brand"])):
        assert page.get(f"/inspections/{inspection.pk}").status_code == 404
        assert "Hidden Garment" not in page.get("/inspections").content.decode()
        assert "Hidden Garment" not in page.get("/inspections?country=KH").content.decode()
    summary = services.country_summary("KH")
    assert (summary["count"], summary["facilities"], summary["violations"]) == (0, 0, 0)
    country = Client().get("/api/v1/countries/KH").content.decode()
    assert "Hidden Garment" not in country
    # its inspectorate (which knew the facility) and the operator still read it
    assert api_of(owner).get_json(path).status_code == 200
    assert api_of(demo["operator"]).get_json(path).status_code == 200


def test_the_evidence_sent_downloads_for_the_inspectorate_and_the_handler_only(
    demo, dife, facility, api_of
):
    case = admissible_case(demo["handler"], facility, evidence=(
        ("Rahima payslip.pdf", "application/pdf", b"%PDF-1.4 payslip"),
        ("kept.pdf", "application/pdf", b"%PDF-1.4 not sent"),
    ))  # fmt: skip
    sent, kept = [e["id"] for e in grievances.evidence_listing(case)]
    referral = ReferralFactory(case=case, inspectorate=dife, evidence_ids=[sent])
    page = f"/inspections/referrals/{referral.pk}/evidence/{sent}"
    api = f"/api/v1/referrals/{referral.pk}/evidence/{sent}"
    listed = _page(demo["inspector"]).get(f"/inspections/referrals/{referral.pk}")
    assert f'href="{page}"' in listed.content.decode()
    for answer in (_page(demo["inspector"]).get(page), api_of(demo["inspector"]).get_json(api),
                   totp_client(demo["handler"]).get(page)):  # fmt: skip
        assert answer.status_code == 200
        assert answer.content == b"%PDF-1.4 payslip"
        assert answer["Content-Disposition"].startswith("attachment;")
        assert "Rahima" not in answer["Content-Disposition"]  # never the worker's file name
        assert answer["X-Content-Type-Options"] == "nosniff"
        assert answer["Content-Type"] == "application/octet-stream"
    assert Event.objects.filter(tag="referral.evidence_read").count() == 3
    other = inspector(InspectorateFactory(country="BD"))
    for user in (demo["brand"], demo["supplier"], other):
        assert _page(user).get(page).status_code == 404
        assert api_of(user).get_json(api).status_code == 404
    not_sent = f"/inspections/referrals/{referral.pk}/evidence/{kept}"
    assert _page(demo["inspector"]).get(not_sent).status_code == 404
    assert Client().get(page).status_code == 302  # to sign in
    assert Event.objects.filter(tag="referral.evidence_read").count() == 3
