"""The report endpoints: malformed requests get the standard error naming the field; the
exports carry the same figures as the page."""

from __future__ import annotations

import io
import json

import pytest
from openpyxl import load_workbook

from chainrights.reports import services
from tests.conftest import assert_error_shape
from tests.factories import ReportFactory

PERIOD = {"period_start": "2026-01-01", "period_end": "2026-12-31"}


@pytest.mark.parametrize(
    ("body", "status", "field"),
    [
        ({"framework": "ungprf", **PERIOD, "period_start": "2026-13-01"}, 422, "period_start"),
        ({"framework": "ungprf", **PERIOD, "period_start": 20260101}, 422, "period_start"),
        ({"framework": "nope", **PERIOD}, 400, "framework"),
        ({"framework": "ungprf", **PERIOD, "period_start": "2027-01-01"}, 400, "period_end"),
        (PERIOD, 422, "framework"),
    ],
)
def test_a_malformed_report_request_gets_the_standard_error(api_for, demo, body, status, field):
    response = api_for("brand").send("POST", "/api/v1/reports", body)
    error = assert_error_shape(response, status)
    assert field in json.dumps(error)


def test_narratives_for_a_question_the_version_lacks_are_refused(api_for, demo):
    report = ReportFactory(user=demo["brand"])
    response = api_for("brand").send(
        "POST", f"/api/v1/reports/{report.pk}/narratives", {"narratives": {"Z9": "text"}}
    )
    assert "Z9" in json.dumps(assert_error_shape(response, 400))
    report.refresh_from_db()
    assert report.narratives == {}


def test_publishing_to_an_unknown_organisation_is_refused_and_nothing_is_frozen(api_for, demo):
    report = ReportFactory(user=demo["brand"], answer_all=True)
    body = {"audience": "shared", "organisations": ["No Such Org"]}
    response = api_for("brand").send("POST", f"/api/v1/reports/{report.pk}/publish", body)
    assert "No Such Org" in json.dumps(assert_error_shape(response, 400))
    report.refresh_from_db()
    assert report.is_draft
    assert report.frozen is None


def test_the_exports_carry_the_pages_figures(client, demo, listed):
    report = ReportFactory(user=demo["brand"], answer_all=True)
    services.publish(report, demo["brand"], public=True)
    page = client.get(f"/api/v1/reports/{report.pk}").json()
    assert page["figures"]["suppliers.facilities"]["value"] == 4
    annex = client.get(f"/reports/{report.pk}.csv").content.decode()
    assert annex.splitlines()[0] == "question,figure,label,row,value,source,as_of,gap"
    assert "B3,suppliers.facilities" in annex
    book = load_workbook(io.BytesIO(client.get(f"/reports/{report.pk}.xlsx").content))
    rows = list(book["figures"].iter_rows(values_only=True))
    assert ("B3", "suppliers.facilities", 4) in {(r[0], r[1], r[4]) for r in rows}
    pdf = client.get(f"/reports/{report.pk}.pdf")
    assert pdf["Content-Type"] == "application/pdf"
    assert pdf.content[:5] == b"%PDF-"
    assert client.get(f"/reports/{report.pk}.html").content.count(b'class="question"') == 12


def test_an_unknown_export_format_is_not_found(client, demo):
    report = ReportFactory(user=demo["brand"], answer_all=True)
    services.publish(report, demo["brand"], public=True)
    assert client.get(f"/reports/{report.pk}.docx").status_code == 404


def test_the_effectiveness_review_suppresses_a_small_year(client, demo, settings):
    settings.GRIEVANCE_MIN_CELL = 5
    client.force_login(demo["brand"])
    page = client.get("/reports/effectiveness?year=2026").content.decode()
    assert "Fewer than 5 cases" in page
    assert client.get("/reports/effectiveness?year=abc").status_code == 400


def test_the_effectiveness_review_reads_in_plain_words(client, demo, settings):
    from tests.factories import CaseFactory

    settings.GRIEVANCE_MIN_CELL = 2
    for i in range(3):
        CaseFactory(narrative=f"wages late {i}", received_by=demo["handler"])
    client.force_login(demo["handler"])
    page = client.get("/reports/effectiveness").content.decode()
    assert "Cases with a named handler" in page
    assert "share_with" not in page
    assert "{&#x27;" not in page


def test_the_effectiveness_api_takes_a_year_and_refuses_others_as_documented(client, demo):
    from datetime import date

    from chainrights.core.services import issue_token

    token = issue_token(demo["brand"], name="test", second_factor=True)[1]
    auth = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
    url = "/api/v1/reports/effectiveness"
    assert client.get(f"{url}?year=2026", **auth).json()["year"] == 2026
    assert client.get(url, **auth).json()["year"] == date.today().year
    for bad in ("1999", "2101", "abc"):
        answer = client.get(f"{url}?year={bad}", **auth)
        assert answer.status_code == 422, bad  # the status the schema documents
        assert "year" in answer.content.decode()
