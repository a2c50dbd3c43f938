"""A case names only the brands the reader may know source from the facility: a brand linked
by its private list alone is named to the operator's handlers and to itself, never to the
complainant, another brand or the public."""

from __future__ import annotations

from typing import Any

import pytest

from chainrights.grievances import services
from chainrights.grievances.models import State
from chainrights.registry import ids
from tests.private_sourcing import (
    HIDDEN_NAME,
    SECOND_BRAND,
    api_client,
    hidden_facility,
    mixed_facility,
    page_client,
    users_by_role,
)

BOTH = ["Northwind Apparel", "Southbay Outfitters"]


@pytest.fixture
def shared(demo: dict[str, Any]) -> dict[str, Any]:
    """A case at the facility Southbay lists publicly and Northwind privately, admissible and
    so shared with both."""
    users = users_by_role(demo)
    facility = mixed_facility()
    case, secret = services.file_grievance(services.Intake(
        narrative="No overtime pay since June", facility_id=facility.public_id))  # fmt: skip
    services.transition_case(case, demo["handler"], State.ACKNOWLEDGED)
    services.transition_case(case, demo["handler"], State.ADMISSIBLE, "admissible")
    case.refresh_from_db()
    return {"users": users, "case": case, "secret": secret}


@pytest.mark.parametrize(
    ("role", "named"),
    [("handler", BOTH), ("operator", BOTH), ("brand", BOTH),
     (SECOND_BRAND, ["Southbay Outfitters"])],
)  # fmt: skip
def test_a_case_names_only_the_brands_the_reader_may_know(shared, role, named):
    user, case = shared["users"][role], shared["case"]
    body = api_client(user).get_json(f"/api/v1/cases/{case.reference}").json()
    assert body["brands"] == named
    html = page_client(user).get(f"/cases/{case.reference}").content.decode()
    assert ("Northwind" in html) == ("Northwind Apparel" in named)


def test_naming_a_privately_linked_brand_as_partner_tells_nothing(shared):
    case, other = shared["case"], shared["users"][SECOND_BRAND]
    made = services.record_brand_response(case, other, "We pay back wages.",
                            joint_with=["Northwind Apparel"])  # fmt: skip
    assert made.joint_with == []  # as for a brand that does not source here at all
    answer = api_client(other).send("POST", f"/api/v1/cases/{case.reference}/responses",
                                    {"response": "Again", "joint_with": ["Northwind Apparel"]})  # fmt: skip
    assert answer.status_code == 201
    assert answer.json()["joint_with"] == []


def test_a_privately_linked_brands_response_is_hidden_from_other_brands(shared, demo):
    case, other = shared["case"], shared["users"][SECOND_BRAND]
    made = services.record_brand_response(case, demo["brand"], "Northwind funds the back pay.",
                            joint_with=["Southbay Outfitters"])  # fmt: skip
    assert made.joint_with == ["Southbay Outfitters"]  # it may name a public partner
    services.record_brand_response(case, other, "Southbay trains supervisors.")
    seen = page_client(other).get(f"/cases/{case.reference}").content.decode()
    assert "Southbay trains supervisors." in seen
    assert "Northwind funds the back pay." not in seen
    assert "Northwind" not in seen
    handler = page_client(demo["handler"]).get(f"/cases/{case.reference}").content.decode()
    assert "Northwind funds the back pay." in handler
    assert "Northwind Apparel" in handler


def test_the_complainant_and_the_public_are_not_told_of_the_private_link(shared, demo, settings):
    settings.GRIEVANCE_MIN_CELL = 1
    case, secret = shared["case"], shared["secret"]
    services.record_brand_response(
        case, demo["brand"], "We fund the back pay.", commitment="Back pay by May"
    )
    status = api_client(None).send(
        "POST", "/api/v1/grievances/status", {"reference": case.reference, "secret": secret}
    )
    assert status.status_code == 200
    assert "Northwind" not in status.content.decode()
    assert status.json()["responses"][0]["commitment"] == "Back pay by May"  # the remedy, unsigned
    page = page_client(None).post("/complain/follow",
                                  {"reference": case.reference, "secret": secret},
                                  follow=True)  # fmt: skip
    assert page.status_code == 200
    assert "Northwind" not in page.content.decode()
    reports = page_client(None).get("/grievances/reports").content.decode()
    assert "Southbay Outfitters" in reports
    assert "Northwind" not in reports


def test_a_complainant_cannot_name_a_privately_listed_facility_by_its_id(demo):
    hidden = hidden_facility()
    anonymous = api_client(None)

    def file(facility_id: str) -> Any:
        return anonymous.send("POST", "/api/v1/grievances",
                              {"narrative": "late pay", "facility_id": facility_id})  # fmt: skip

    refused, unknown = file(hidden.public_id), file(ids.new_id())
    assert refused.status_code == unknown.status_code == 400
    assert refused.json() == unknown.json()
    found = page_client(None).get("/complain", {"find": "Mekong Quiet"}).content.decode()
    assert HIDDEN_NAME not in found
    assert hidden.public_id not in found
    # staff recording a complaint by phone may name it
    case, _ = services.file_grievance(
        services.Intake(narrative="late pay", facility_id=hidden.public_id, channel="phone"),
        received_by=demo["handler"],
    )
    assert case.facility_id == hidden.pk


def test_public_statistics_and_reports_do_not_name_a_privately_listed_facility(demo, settings):
    settings.GRIEVANCE_MIN_CELL = 1
    hidden = hidden_facility()
    case, _ = services.file_grievance(services.Intake(narrative="late pay", facility_text="x"))
    services.link_facility(case, demo["handler"], hidden.public_id)
    for state in (State.ACKNOWLEDGED, State.ADMISSIBLE, State.INVESTIGATION, State.CLOSED):
        services.transition_case(case, demo["handler"], state, "ok")
    services.write_public_report(case, demo["handler"], alleged="a", found="f", agreed="g",
                                 verified="v", publish=True)  # fmt: skip
    html = page_client(None).get("/grievances/reports").content.decode()
    assert HIDDEN_NAME not in html
    assert hidden.public_id not in html
    assert "Northwind" not in html
