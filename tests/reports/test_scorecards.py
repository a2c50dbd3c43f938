"""The scorecard's remedy column: days to acknowledge and satisfaction equal a direct
computation on constructed cases, count only facilities on the brand's public lists, and
stay withheld below the smallest number of cases shown publicly."""

from __future__ import annotations

import statistics
from datetime import timedelta
from typing import Any

from chainrights.core import events
from chainrights.reports import scorecards
from tests.factories import SupplierListFactory, real_rows


def _public_facility(demo: dict[str, Any], northwind: Any, captured: Any) -> Any:
    from chainrights.registry.services import listed_facilities

    with captured(execute=True):
        SupplierListFactory(owner=northwind, user=demo["brand"], rows=real_rows(1),
                            name="public list", public=True)  # fmt: skip
    return listed_facilities(northwind).first()


def _case(demo: dict[str, Any], facility: Any, days: float, rating: int | None,
          by: Any = None) -> Any:  # fmt: skip
    """A case received ``days`` before its acknowledgement, closed and rated if ``rating``."""
    from chainrights.grievances import services as grievances

    case, _ = grievances.file_grievance(grievances.Intake(narrative="wages paid late",
                                                          facility_id=facility.public_id),
                                         received_by=by)  # fmt: skip
    grievances.transition_case(case, demo["handler"], "acknowledged", "We have your report.")
    acknowledged = case.transitions.get(to_state="acknowledged").created_at
    with events.acting_as(system="test"):
        case.received_at = acknowledged - timedelta(days=days)
        case.save()
    if rating is not None:
        for state in ("admissible", "investigation", "closed"):
            grievances.transition_case(case, demo["handler"], state, "ok")
        case.refresh_from_db()
        grievances.rate_outcome(case, rating)
    return case


def test_days_to_acknowledge_and_satisfaction_equal_a_direct_count(
    demo, northwind, settings, django_capture_on_commit_callbacks
):
    settings.GRIEVANCE_MIN_CELL = 3
    facility = _public_facility(demo, northwind, django_capture_on_commit_callbacks)
    spec = [(1.0, 5), (2.0, 4), (4.0, 2), (9.0, None)]
    for days, rating in spec:
        _case(demo, facility, days, rating)
    remedy = scorecards.scorecard(northwind)["remedy"]
    assert remedy["days_to_acknowledge"] == round(statistics.median(d for d, _r in spec), 1)
    rated = [r for _d, r in spec if r is not None]
    assert remedy["rated"] == len(rated) == 3
    assert remedy["share_satisfied"] == round(sum(r >= 4 for r in rated) / len(rated), 3)


def test_below_the_smallest_cell_nothing_is_a_number(
    demo, northwind, settings, django_capture_on_commit_callbacks
):
    settings.GRIEVANCE_MIN_CELL = 5
    facility = _public_facility(demo, northwind, django_capture_on_commit_callbacks)
    for days, rating in [(1.0, 5), (3.0, 4)]:
        _case(demo, facility, days, rating)
    remedy = scorecards.scorecard(northwind)["remedy"]
    assert remedy["days_to_acknowledge"] is None
    assert remedy["rated"] is None
    assert remedy["share_satisfied"] is None


def test_cases_at_facilities_only_a_private_list_names_do_not_count(
    demo, northwind, settings, django_capture_on_commit_callbacks
):
    from chainrights.registry.services import listed_facilities

    settings.GRIEVANCE_MIN_CELL = 1
    with django_capture_on_commit_callbacks(execute=True):
        SupplierListFactory(owner=northwind, user=demo["brand"], rows=real_rows(1),
                            name="private list", public=False)  # fmt: skip
    private = listed_facilities(northwind).first()
    _case(demo, private, 2.0, 5, by=demo["handler"])  # staff may name a private facility
    remedy = scorecards.scorecard(northwind)["remedy"]
    assert remedy["days_to_acknowledge"] is None
    assert remedy["rated"] is None


def test_the_scorecard_page_prints_the_figures(
    client, demo, northwind, settings, django_capture_on_commit_callbacks
):
    settings.GRIEVANCE_MIN_CELL = 2
    facility = _public_facility(demo, northwind, django_capture_on_commit_callbacks)
    for days, rating in [(2.0, 5), (4.0, 5)]:
        _case(demo, facility, days, rating)
    page = client.get(f"/scorecards/{northwind.pk}").content.decode()
    assert "acknowledged in 3.0 days (median)" in page
    assert "100% of 2 ratings satisfied" in page
