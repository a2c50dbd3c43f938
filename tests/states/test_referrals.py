"""Referrals of grievance cases to labour inspectorates: what travels (and what never does
without the complainant's consent), who may see them, their steps and the complainant's view."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.test import Client
from django.utils import timezone

from chainrights.core import events
from chainrights.core.models import Event
from chainrights.core.refusals import Conflict, Invalid, NotAllowed
from chainrights.grievances import services as grievances
from chainrights.states import services
from chainrights.states.models import Referral, ReferralStep
from tests.conftest import totp_client
from tests.factories import (
    FacilityFactory,
    InspectionFactory,
    InspectorateFactory,
    ReferralFactory,
    admissible_case,
    inspector,
)
from tests.states.conftest import CONTACT, NAME

pytestmark = pytest.mark.django_db


def _page(user):
    client = Client()
    client.force_login(user)
    return client


def _raw_rows(table: str) -> str:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT * FROM {table}")  # noqa: S608  (a fixed table name)
        return repr(cursor.fetchall())


def test_a_referral_carries_no_name_or_contact_without_consent(demo, dife, facility, api_of):
    referral = ReferralFactory(facility=facility, inspectorate=dife)
    case = referral.case
    assert not case.identity_shareable  # the default is no
    # database: no column of the referral or its steps holds the name or contact
    for table in ("states_referral", "states_referralstep"):
        assert NAME not in _raw_rows(table)
        assert "8801711" not in _raw_rows(table)
    # API
    body = api_of(demo["inspector"]).get_json(f"/api/v1/referrals/{referral.pk}")
    assert body.status_code == 200
    assert NAME not in body.content.decode()
    assert "8801711" not in body.content.decode()
    assert body.json()["identity_shared"] is False
    answer = api_of(demo["inspector"]).send(
        "POST", f"/api/v1/referrals/{referral.pk}/identity", {"reason": "to interview"}
    )
    assert answer.status_code == 200
    assert answer.json() == {"consented": False, "contact": None}
    # page
    page = _page(demo["inspector"]).get(f"/inspections/referrals/{referral.pk}")
    text = page.content.decode()
    assert page.status_code == 200
    assert NAME not in text
    assert "8801711" not in text
    assert "absolutely confidential" in text  # ILO C81 Art. 15(c)
    inbox = _page(demo["inspector"]).get("/inspections/referrals").content.decode()
    assert NAME not in inbox
    assert "Lotus Knitwear" in inbox


def test_the_contact_only_with_consent_and_logged(demo, dife, facility, api_of):
    referral = ReferralFactory(facility=facility, inspectorate=dife)
    grievances.set_identity_consent(referral.case, True)
    answer = api_of(demo["inspector"]).send(
        "POST", f"/api/v1/referrals/{referral.pk}/identity", {"reason": "to interview"}
    )
    assert answer.json() == {"consented": True, "contact": CONTACT}
    read = Event.objects.filter(tag="referral.identity_read")
    assert read.count() == 1
    assert "Rahima" not in repr(list(read.values()))  # the log keeps the reason, not the contact
    # withdrawn: at once
    grievances.set_identity_consent(referral.case, False)
    assert services.identity(referral, demo["inspector"], "again") is None


def test_another_inspectorate_gets_404(demo, dife, facility, api_of):
    referral = ReferralFactory(facility=facility, inspectorate=dife)
    for other in (
        inspector(InspectorateFactory(country="KH")),
        inspector(InspectorateFactory(country="BD")),
    ):
        assert api_of(other).get_json(f"/api/v1/referrals/{referral.pk}").status_code == 404
        assert _page(other).get(f"/inspections/referrals/{referral.pk}").status_code == 404
        assert api_of(other).get_json("/api/v1/referrals").json()["count"] == 0
        moved = api_of(other).send(
            "POST", f"/api/v1/referrals/{referral.pk}/steps", {"state": "acknowledged"}
        )
        assert moved.status_code == 404
    for role in ("brand", "supplier", "auditor", "union"):
        assert api_of(demo[role]).get_json(f"/api/v1/referrals/{referral.pk}").status_code == 404


def test_only_an_inspectorate_of_the_facilitys_country(demo, facility):
    case = admissible_case(demo["handler"], facility)
    cambodian = InspectorateFactory(country="KH")
    with pytest.raises(Invalid) as refused:
        services.refer_case(
            case, demo["handler"], services.ReferralDraft(summary="x", inspectorate_id=cambodian.pk)
        )
    assert refused.value.field == "inspectorate"
    assert not Referral.objects.exists()
    with pytest.raises(NotAllowed):
        services.refer_case(case, demo["brand"], services.ReferralDraft(summary="x"))


def test_no_inspectorate_on_the_platform_shows_a_gap_and_the_handler_records_steps(demo, facility):
    referral = ReferralFactory(facility=facility, inspectorate=None)
    assert referral.inspectorate is None
    page = totp_client(demo["handler"]).get(f"/cases/{referral.case.reference}")
    assert "Gap: the country profile holds no public contact" in page.content.decode()
    services.move_referral(referral, demo["handler"], "acknowledged")
    with pytest.raises(NotAllowed):
        services.move_referral(referral, demo["inspector"], "scheduled")


def test_the_refer_form_on_the_case_page(demo, dife, facility):
    case = admissible_case(demo["handler"], facility, contact=CONTACT)
    client = totp_client(demo["handler"])
    page = client.get(f"/cases/{case.reference}").content.decode()
    assert "Refer to an inspectorate" in page
    assert dife.name in page
    answer = client.post(
        f"/cases/{case.reference}/refer",
        {
            "inspectorate": str(dife.pk),
            "summary": "Overtime on line 4",
            "rights": ["working-hours"],
            "period_start": "2026-01-01",
            "period_end": "2026-02-01",
            "reason": "the inspectorate can order",
        },
    )
    assert answer.status_code == 302
    referral = Referral.objects.get(case=case)
    assert referral.inspectorate == dife
    assert referral.rights == ["working-hours"]
    case.refresh_from_db()
    assert case.state == "escalated"
    assert case.escalated_to == "inspectorate"
    bad = client.post(
        f"/cases/{case.reference}/refer",
        {"inspectorate": str(dife.pk), "summary": "again"},
        headers={"referer": f"/cases/{case.reference}"},
    )
    assert bad.status_code == 302
    assert Referral.objects.count() == 1
    assert "referred already" in client.get(bad["Location"]).content.decode()


def test_steps_deadlines_reasons_and_the_complainants_words(demo, dife, facility):
    referral = ReferralFactory(facility=facility, inspectorate=dife)
    who = demo["inspector"]
    with pytest.raises(Conflict):
        services.move_referral(referral, who, "closed_resolved", "done")
    with pytest.raises(Invalid):
        services.move_referral(referral, who, "returned")  # a reason is required
    services.move_referral(referral, who, "acknowledged")
    assert referral.due_at > timezone.now() + timedelta(days=29)
    InspectionFactory(user=who, facility=facility, referral=referral, trigger="referral")
    referral.refresh_from_db()
    assert referral.state == "orders_issued"
    assert referral.inspection is not None
    services.move_referral(referral, who, "closed_resolved", "Overtime capped; verified.")
    assert referral.closed_at is not None
    assert referral.due_at is None
    states = list(ReferralStep.objects.filter(referral=referral).values_list("to_state", flat=True))
    assert states == ["sent", "acknowledged", "inspected", "orders_issued", "closed_resolved"]
    tags = set(events_of(referral))
    assert {"referral.sent", "referral.step"} <= tags
    view = grievances.complainant_view(referral.case)
    labels = [s["label"] for s in view["steps"]]
    assert "Escalated" in labels
    assert "Inspected, order issued" in labels
    assert "Closed by the inspectorate: resolved" in labels


def events_of(referral):
    return Event.objects.filter(
        object_id=str(referral.pk), tag__startswith="referral."
    ).values_list("tag", flat=True)


def test_the_complainant_sees_the_progress_in_bengali(demo, dife, facility):
    from django.utils import translation

    referral = ReferralFactory(facility=facility, inspectorate=dife)
    InspectionFactory(user=demo["inspector"], facility=facility, referral=referral)
    with translation.override("bn"):
        labels = [s["label"] for s in grievances.complainant_view(referral.case)["steps"]]
        expected = str(translation.gettext("Inspected, order issued"))
    assert expected != "Inspected, order issued"
    assert expected in labels


def test_the_inbox_puts_overdue_first(demo, dife):
    late, fresh = ReferralFactory(inspectorate=dife), ReferralFactory(inspectorate=dife)
    with events.acting_as(system="test"):
        late.due_at = timezone.now() - timedelta(days=3)
        late.save()
    rows = list(services.referrals_for(demo["inspector"]))
    assert [r.pk for r in rows] == [late.pk, fresh.pk]
    assert rows[0].is_overdue
    assert not rows[1].is_overdue


def test_the_inspection_never_links_to_the_case_publicly(demo, dife, facility, api_of):
    referral = ReferralFactory(facility=facility, inspectorate=dife)
    inspection = InspectionFactory(
        user=demo["inspector"], facility=facility, referral=referral, trigger="referral"
    )
    public = Client().get(f"/api/v1/inspections/{inspection.pk}").json()
    assert public["trigger"] is None  # a visit after a complaint is not told (C81 15(c))
    text = repr(public) + Client().get(f"/inspections/{inspection.pk}").content.decode()
    assert referral.case.reference not in text
    assert "referral" not in text.lower()
    own = api_of(demo["inspector"]).get_json(f"/api/v1/inspections/{inspection.pk}").json()
    assert own["trigger"] == "referral"
    page = Client().get(f"/facilities/{facility.public_id}").content.decode()
    assert "Labour inspections" in page
    assert referral.case.reference not in page


def test_a_referral_of_another_facility_refuses_the_record(demo, dife, facility):
    referral = ReferralFactory(facility=facility, inspectorate=dife)
    with pytest.raises(Conflict):
        InspectionFactory(
            user=demo["inspector"], facility=FacilityFactory(country="BD"), referral=referral
        )
    assert not referral.steps.filter(to_state="inspected").exists()


def test_the_summary_is_encrypted_at_rest_and_bounded(demo, dife, facility):
    ReferralFactory(facility=facility, inspectorate=dife, summary="Overtime on sewing line 4")
    assert "sewing line" not in _raw_rows("states_referral")
    assert Referral.objects.get().summary == "Overtime on sewing line 4"
    case = admissible_case(demo["handler"], FacilityFactory(country="BD"))
    for summary, field in (("x" * 10_001, "summary"), ("   ", "summary")):
        with pytest.raises(Invalid) as refused:
            services.refer_case(case, demo["handler"], services.ReferralDraft(
                summary=summary, inspectorate_id=dife.pk))  # fmt: skip
        assert refused.value.field == field
    with pytest.raises(Invalid):
        services.refer_case(case, demo["handler"], services.ReferralDraft(
            summary="ok", inspectorate_id=dife.pk, rights=["<script>"]))  # fmt: skip
    with pytest.raises(Invalid):
        services.refer_case(case, demo["handler"], services.ReferralDraft(
            summary="ok", inspectorate_id=dife.pk, evidence_ids=[999_999]))  # fmt: skip
    assert Referral.objects.count() == 1
    case.refresh_from_db()
    assert case.state == "admissible"  # nothing half-written: the case did not move either


def test_referring_by_api(demo, dife, facility, api_of):
    case = admissible_case(demo["handler"], facility, contact=CONTACT)
    client = api_of(demo["handler"])
    path = f"/api/v1/cases/{case.reference}/referrals"
    bad = client.send("POST", path, {"summary": "x", "inspectorate_id": 999_999})
    assert bad.status_code == 400
    assert bad.json()["error"]["details"] == [] or "inspectorate" in bad.content.decode()
    made = client.send("POST", path, {"summary": "Overtime", "inspectorate_id": dife.pk,
                                      "rights": ["working-hours"]})  # fmt: skip
    assert made.status_code == 201, made.content
    assert NAME not in made.content.decode()
    assert made.json()["inspectorate"] == dife.name
    assert client.send("POST", path, {"summary": "again"}).status_code == 409
    other = api_of(demo["brand"]).send("POST", path, {"summary": "x"})
    assert other.status_code == 404


def test_the_complainant_chooses_on_the_status_page(demo, dife, facility):
    referral = ReferralFactory(facility=facility, inspectorate=dife)
    case = referral.case
    client = Client()
    client.post("/complain/follow", {"reference": case.reference, "secret": case.secret})
    page = client.get("/complain/status").content.decode()
    assert "Your case went to the labour inspectorate" in page
    assert 'value="keep" checked' in page  # default: no
    assert client.post("/complain/status", {"action": "identity", "identity": "share"}
                       ).status_code == 303  # fmt: skip
    case.refresh_from_db()
    assert case.identity_shareable
    client.post("/complain/status", {"action": "identity", "identity": "keep"})
    case.refresh_from_db()
    assert not case.identity_shareable
