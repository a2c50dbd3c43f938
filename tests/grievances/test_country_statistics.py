"""A country's public case counts: small cells suppressed, counted in one query whatever the
number of facilities (no registry lookup per facility)."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from chainrights.grievances import services
from tests.factories import FacilityFactory

pytestmark = pytest.mark.django_db


def _file(n: int, rights: tuple[str, ...]) -> None:
    for _ in range(n):
        facility = FacilityFactory(country="BD")
        services.file_grievance(services.Intake(narrative="late pay", rights=rights,
                                                facility_id=facility.public_id))  # fmt: skip


def test_few_cases_are_not_shown_as_a_number(demo):
    _file(2, ("wages",))
    stats = services.country_statistics("BD")
    assert stats["total"] is None
    assert stats["by_right"] == [{"key": "wages", "count": None}]


def test_counted_in_one_query_whatever_the_facilities(demo):
    _file(6, ("wages",))
    _file(1, ("working-hours",))
    with CaptureQueriesContext(connection) as captured:
        stats = services.country_statistics("BD")
    assert len(captured) == 1
    assert stats["total"] == 7
    assert stats["by_right"] == [{"key": "wages", "count": 6},
                                 {"key": "working-hours", "count": None}]  # fmt: skip
    assert stats["by_state"] == [{"key": "received", "count": 7}]
