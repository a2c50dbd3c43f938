"""Lists of inspections and referrals cost the same number of queries for one row as for
many (no query per row), and the API pages the query before it builds any row."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from tests.factories import FacilityFactory, InspectionFactory, ReferralFactory

pytestmark = pytest.mark.django_db


def _queries(fetch: Any) -> int:
    with CaptureQueriesContext(connection) as captured:
        answer = fetch()
    assert answer.status_code == 200
    return len(captured)


def _counts(demo: dict[str, Any], api: Any) -> list[int]:
    page = Client()
    page.force_login(demo["inspector"])
    return [
        _queries(lambda: Client().get("/api/v1/inspections")),
        _queries(lambda: api.get_json("/api/v1/inspections")),
        _queries(lambda: page.get("/inspections")),
        _queries(lambda: api.get_json("/api/v1/referrals")),
        _queries(lambda: page.get("/inspections/referrals")),
    ]


def test_no_query_per_inspection_or_referral(demo, dife, facility, api_of):
    api = api_of(demo["inspector"])
    InspectionFactory(user=demo["inspector"], facility=facility)
    ReferralFactory(facility=facility, inspectorate=dife)
    _counts(demo, api)  # first uses write the token's and the session's use
    one = _counts(demo, api)
    for _ in range(6):
        InspectionFactory(user=demo["inspector"], facility=FacilityFactory(country="BD"))
        ReferralFactory(facility=FacilityFactory(country="BD"), inspectorate=dife)
    assert _counts(demo, api) == one


def test_the_api_builds_only_the_page_asked_for(demo, facility, api_of):
    for _ in range(5):
        InspectionFactory(user=demo["inspector"], facility=facility)
    with CaptureQueriesContext(connection) as captured:
        page = Client().get("/api/v1/inspections", {"limit": 2, "offset": 1}).json()
    assert page["count"] >= 5
    assert len(page["items"]) == 2
    read = [q["sql"] for q in captured if q["sql"].startswith('SELECT "states_inspection"."id"')]
    assert len(read) == 1
    assert "LIMIT 2 OFFSET 1" in read[0]  # the rows of the page, not the first thousand


def _reads_of(table: str, fetch: Any) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert fetch().status_code == 200
    return sum(f'FROM "{table}"' in q["sql"] for q in captured)


def test_the_country_pages_build_their_tables_once(db):
    figures = "states_inspectionfigure"
    assert _reads_of(figures, lambda: Client().get("/countries")) == 1  # table and map
    htmx = Client(headers={"HX-Request": "true"})
    assert _reads_of(figures, lambda: htmx.get("/countries", {"q": "ban"})) == 1
    assert "coverage-map" not in htmx.get("/countries").content.decode()
    # the country page: the inspections summary once (one aggregate reads the orders)
    assert _reads_of("states_order", lambda: Client().get("/countries/BD")) == 1


COUNTRY_PAGES = ("/countries", "/api/v1/countries", "/countries/BD", "/api/v1/countries/BD")
BOUND = 30  # every query of the page, the rate limiter's and session's included


def test_the_country_pages_cost_a_fixed_number_of_queries(db):
    """The list and the country page ask the same queries for one inspection as for many
    (bench/states/pages.py times them with 100,000): no query per record, facility or right."""
    InspectionFactory()
    [_queries(lambda p=p: Client().get(p)) for p in COUNTRY_PAGES]  # first uses warm caches
    one = [_queries(lambda p=p: Client().get(p)) for p in COUNTRY_PAGES]
    for _ in range(4):
        InspectionFactory(facility=FacilityFactory(country="BD"))
    many = [_queries(lambda p=p: Client().get(p)) for p in COUNTRY_PAGES]
    assert Client().get("/api/v1/countries/BD").json()["on_platform"]["inspections"]["count"] == 5
    assert many == one
    assert max(many) <= BOUND, many
