"""Transparency and learning: suppressed statistics, the effectiveness measures, public
reports published only on the handler's approval."""

from __future__ import annotations

import csv
import io

import pytest
from django.test import Client
from django.utils import timezone

from chainrights.core.refusals import Conflict, NotAllowed
from chainrights.grievances import reads, services
from chainrights.grievances.models import State


def _case(demo, facility=None, rights=("wages",), country="BD", close=False):
    intake = services.Intake(narrative="late pay for the whole line", rights=rights,
                             facility_id=facility.public_id if facility else "",
                             facility_text="" if facility else "a factory", country=country)  # fmt: skip
    case, secret = services.file_grievance(intake)
    if close:
        for state in (State.ACKNOWLEDGED, State.ADMISSIBLE, State.INVESTIGATION):
            services.transition_case(case, demo["handler"], state, "ok")
        services.transition_case(case, demo["handler"], State.CLOSED, "paid")
        case.refresh_from_db()
    return case, secret


def test_small_numbers_are_suppressed_and_small_facilities_not_named(demo, linked_facility):
    for _ in range(5):
        _case(demo, linked_facility)
    for _ in range(2):
        _case(demo, rights=("child-labour",), country="KH")
    public = reads.public_statistics()
    assert public["total"] == 7
    assert {"key": "BD", "count": 5} in public["by_country"]
    assert {"key": "KH", "count": None} in public["by_country"]  # 2 < 5: "fewer than 5"
    assert {"key": "child-labour", "count": None} in public["by_right"]
    assert public["by_facility"] == [
        {"key": f"{linked_facility.public_id} {linked_facility.name}", "count": 5}
    ]
    html = Client().get("/grievances/reports").content.decode()
    assert "fewer than 5" in html
    assert "KH" in html


def test_effectiveness_measures_each_principle_31_criterion(demo, linked_facility):
    closed, _secret = _case(demo, linked_facility, close=True)
    services.rate_outcome(closed, 5)
    services.message_complainant(closed, demo["handler"], "How is it now?")
    services.complainant_reply(closed, "Paid on time.")
    _case(demo, linked_facility)  # still open, not acknowledged
    report = reads.effectiveness(timezone.now().year)
    assert report["cases"] == 2
    assert report["predictable"]["share_of_steps_on_time"] == 1.0
    assert report["predictable"]["median_days_to_acknowledge"] == 0.0
    assert report["equitable"]["share_of_steps_explained_to_the_complainant"] == 1.0
    assert report["equitable"]["share_of_cases_written_to"] == 0.5
    assert report["engagement_and_dialogue"]["share_of_cases_where_the_complainant_replied"] == 0.5
    assert report["satisfaction"] == {"rated": 1, "average": 5, "share_satisfied": 1.0}
    assert report["continuous_learning"]["facilities_with_repeated_cases"] == 1
    assert report["accessible"]["channels"] == {"web": 2}
    assert reads.effectiveness(2001)["cases"] == 0


def test_the_yearly_review_exports_for_operator_staff_only(demo, linked_facility):
    _case(demo, linked_facility, close=True)
    client = Client()
    client.force_login(demo["handler"])  # aggregates only: no second factor needed
    year = timezone.now().year
    page = client.get("/grievances/effectiveness", {"year": year})
    assert page.status_code == 200
    assert "Predictable" in page.content.decode()
    export = client.get("/grievances/effectiveness", {"year": year, "format": "csv"})
    rows = list(csv.reader(io.StringIO(export.content.decode())))
    assert rows[0] == ["criterion", "measure", "value"]
    assert ["-", "cases", "1"] in rows
    brand = Client()
    brand.force_login(demo["brand"])
    assert brand.get("/grievances/effectiveness").status_code == 403


def test_public_reports_appear_only_when_the_handler_approves(demo):
    case, _ = _case(demo)
    with pytest.raises(Conflict, match="once the case is closed"):
        services.write_public_report(case, demo["handler"], alleged="a", found="b", agreed="c",
                                     verified="d", publish=True)  # fmt: skip
    closed, _ = _case(demo, close=True)
    fields = {"alleged": "Unpaid overtime for a sewing line.", "found": "Confirmed by payroll.",
              "agreed": "Back pay within 30 days.", "verified": "Payslips checked off site."}  # fmt: skip
    with pytest.raises(NotAllowed, match="Only the operator"):
        services.write_public_report(closed, demo["brand"], **fields, publish=True)
    services.write_public_report(closed, demo["handler"], **fields, publish=False)
    assert "Back pay within 30 days" not in Client().get("/grievances/reports").content.decode()
    services.write_public_report(closed, demo["handler"], **fields, publish=True)
    html = Client().get("/grievances/reports").content.decode()
    assert "Back pay within 30 days" in html
    assert "late pay for the whole line" not in html
