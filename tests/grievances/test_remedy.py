"""Brands' responses (alone or jointly), the complainant's rating, follow-up check-ins and the
staff's intake of complaints received by phone."""

from __future__ import annotations

import re

import pytest
from django.contrib.sessions.models import Session
from django.test import Client
from django.utils import timezone

from chainrights.core import events
from chainrights.core.models import Event, Organisation
from chainrights.core.refusals import Invalid, NotAllowed
from chainrights.grievances import reads, services
from chainrights.grievances.models import Case, Message, State
from chainrights.registry import claims
from tests.conftest import totp_client


def _shared_case(demo, facility):
    case, secret = services.file_grievance(services.Intake(
        narrative="No overtime pay since June", facility_id=facility.public_id))  # fmt: skip
    services.transition_case(case, demo["handler"], State.ACKNOWLEDGED)
    services.transition_case(case, demo["handler"], State.ADMISSIBLE, "admissible")
    case.refresh_from_db()
    return case, secret


def test_a_linked_brand_responds_and_commits_jointly(demo, linked_facility, api_for):
    case, secret = _shared_case(demo, linked_facility)
    with pytest.raises(NotAllowed, match="Only brands"):
        services.record_brand_response(
            case, demo["brandviewer"], "we will look"
        )  # a viewer, not an editor
    with pytest.raises(NotAllowed, match="Only brands"):
        services.record_brand_response(case, demo["supplier"], "we will look")
    made = services.record_brand_response(case, demo["brand"], "We will fund the back pay.",
                            commitment="Back pay for 40 workers by 2026-12-31",
                            joint_with=["Southbay Outfitters", "Northwind Apparel"])  # fmt: skip
    assert made.joint_with == []  # Southbay does not source here; a brand is not its own partner
    view = services.complainant_view(services.find_case(case.reference, secret))
    assert view["responses"][0]["commitment"] == "Back pay for 40 workers by 2026-12-31"
    answer = api_for("brand").send(
        "POST", f"/api/v1/cases/{case.reference}/responses",
        {"response": "Also training for supervisors", "due": "2027-01-31"},
    )  # fmt: skip
    assert answer.status_code == 201
    assert answer.json()["due"] == "2027-01-31"
    refused = api_for("brandviewer").send(
        "POST", f"/api/v1/cases/{case.reference}/responses", {"response": "x"}
    )
    assert refused.status_code == 403


def test_the_complainant_rates_the_outcome_and_may_ask_to_reopen(demo, anon_api):
    case, secret = services.file_grievance(services.Intake(narrative="late pay",
                                                           facility_text="A"))  # fmt: skip
    with pytest.raises(Invalid, match="once the case is closed"):
        services.rate_outcome(case, 4)
    for state in (State.ACKNOWLEDGED, State.ADMISSIBLE, State.INVESTIGATION):
        services.transition_case(case, demo["handler"], state, "ok")
    services.transition_case(case, demo["handler"], State.CLOSED, "paid")
    body = {"reference": case.reference, "secret": secret, "satisfaction": 2, "reopen": True}
    rated = anon_api.post("/api/v1/grievances/rating", body, content_type="application/json")
    assert rated.status_code == 200
    assert rated.json()["satisfaction"] == 2
    case.refresh_from_db()
    assert case.due_at <= timezone.now()  # back at the top of the queue
    assert Case.objects.queue().first() == case
    wrong = anon_api.post("/api/v1/grievances/rating", body | {"secret": "nope"},
                          content_type="application/json")  # fmt: skip
    assert wrong.status_code == 404


def test_check_ins_fall_due_30_and_90_days_after_closure(demo):
    case, _ = services.file_grievance(services.Intake(narrative="late pay", facility_text="A"))
    for state in (State.ACKNOWLEDGED, State.ADMISSIBLE, State.INVESTIGATION):
        services.transition_case(case, demo["handler"], state, "ok")
    services.transition_case(case, demo["handler"], State.CLOSED, "paid")
    case.refresh_from_db()
    day = timezone.timedelta(days=1)
    assert Case.objects.check_ins_due(case.closed_at + 29 * day) == []
    assert Case.objects.check_ins_due(case.closed_at + 31 * day) == [(case, 30)]
    with events.acting_as(system="test"):
        Message.objects.create(case=case, kind="to_complainant", body="Is pay on time now?",
                               created_at=case.closed_at + 31 * day)  # fmt: skip
    assert Case.objects.check_ins_due(case.closed_at + 40 * day) == []
    assert Case.objects.check_ins_due(case.closed_at + 91 * day) == [(case, 90)]


def test_staff_record_a_complaint_received_by_phone(demo):
    client = totp_client(demo["handler"])
    page = client.post("/cases/new", {"channel": "hotline", "language": "km",
                                      "narrative": "Workers locked in at night",
                                      "facility_text": "Kampong Speu", "categories": ["forced"]})  # fmt: skip
    assert page.status_code == 302  # post/redirect/get: a reload records nothing new
    assert page["Location"] == "/cases/new/filed"
    case = Case.objects.get()
    assert case.channel == "hotline"
    assert case.rights == ["forced-labour"]
    kept = str(Session.objects.get().get_decoded())  # the session as stored, decoded
    shown = client.get(page["Location"])
    assert case.reference in shown.content.decode()
    assert "Read both out" in shown.content.decode()
    secret = re.findall(r'<code class="id">([^<]+)</code>', shown.content.decode())[1]
    assert services.find_case(case.reference, secret) == case
    assert secret not in kept  # encrypted while it waited
    again = client.get(page["Location"])  # the secret is shown once
    assert again.status_code == 302
    assert secret not in again.content.decode()

    assert Event.objects.get(tag="case.received").actor == demo["handler"]
    brand = Client()
    brand.force_login(demo["brand"])
    assert brand.get("/cases/new").status_code == 403


def test_the_operator_decides_whether_the_supplier_sees_the_case(demo, linked_facility, api_for):
    case, _ = _shared_case(demo, linked_facility)
    with pytest.raises(Invalid, match="verified claim"):
        services.share_with_supplier(case, demo["handler"], "to fix payroll")
    claim = claims.claim(linked_facility, demo["supplier"], "licence 42")
    claims.decide(claim, demo["handler"], verify=True, reason="checked")
    supplier_api = api_for("supplier")
    path = f"/api/v1/cases/{case.reference}"
    assert supplier_api.send("GET", path).status_code == 404  # not before the operator decides
    with pytest.raises(NotAllowed, match="Only the operator"):
        services.share_with_supplier(case, demo["brand"], "please")
    shared = services.share_with_supplier(case, demo["handler"], "payroll must be fixed")
    assert shared == Organisation.objects.get(name="Dhaka Knit Composite Ltd")
    seen = supplier_api.send("GET", path)
    assert seen.status_code == 200
    assert "contact" not in seen.json()


def test_statistics_count_brands_only_through_public_lists(demo, linked_facility):
    for _ in range(5):
        services.file_grievance(services.Intake(narrative="late pay",
                                                facility_id=linked_facility.public_id))  # fmt: skip
    assert reads.public_statistics()["by_brand"] == [{"key": "Northwind Apparel", "count": 5}]


def test_a_workplace_described_in_free_text_is_resolved_with_the_matching_engine(
    demo, linked_facility
):
    case, _ = services.file_grievance(services.Intake(
        narrative="no pay", facility_text="dhaka knit composite ltd, ashulia", country="BD"))  # fmt: skip
    ranked = services.facility_candidates(case)
    assert ranked
    assert ranked[0][0] == linked_facility
    assert 0 < ranked[0][1] <= 1
    services.transition_case(case, demo["handler"], State.ACKNOWLEDGED)
    services.transition_case(case, demo["handler"], State.ADMISSIBLE, "admissible")
    assert services.linked_brands(case) == []  # nobody to share with yet
    with pytest.raises(NotAllowed, match="Only the operator"):
        services.link_facility(case, demo["brand"], linked_facility.public_id)
    client = totp_client(demo["handler"])
    client.post(f"/cases/{case.reference}", {"action": "link", "facility_id": [
        linked_facility.public_id, ""]})  # fmt: skip
    case.refresh_from_db()
    assert case.facility == linked_facility
    assert case.visibility == "shared"
    assert [b.name for b in services.linked_brands(case)] == ["Northwind Apparel"]
    assert services.facility_candidates(case) == []  # resolved: nothing left to rank
