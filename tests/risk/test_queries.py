"""A recompute asks the database the same number of questions whatever the number of
facilities: no query per facility, piece of evidence or item (bench/risk/recompute.py measures
the time at 10,000 facilities)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.factories import AuditFactory, OrderChangeFactory, PurchaseOrderFactory
from tests.factories.states import InspectionFactory, admissible_case
from tests.risk.conftest import sourced


def _with_evidence(demo: dict[str, Any], buyer: Any, first: int, n: int) -> None:
    """``n`` Bangladeshi garment facilities on a list of their own, each with a public audit,
    an admissible case, a public inspection and a late-changed order of the buyer's."""
    rows = [f"BD,Query Mill {i} Ltd,Plot {i} Savar Dhaka,Garments,2400"
            for i in range(first, first + n)]  # fmt: skip
    today = timezone.localdate()
    for site in sourced(buyer, demo["operator"], rows, name=f"queries {first}"):
        AuditFactory(facility=site, raw={"visibility": "public"})
        admissible_case(demo["handler"], site, rights=["wages"])
        InspectionFactory(facility=site, visibility="public")
        order = PurchaseOrderFactory(buyer=buyer, facility=site,
                                     confirmed_on=today - timedelta(days=40),
                                     ex_factory_requested=today + timedelta(days=5))  # fmt: skip
        OrderChangeFactory(order=order, changed_on=today - timedelta(days=3), by_buyer=True,
                           days_before_ex_factory=8)  # fmt: skip


def _recompute(buyer: Any) -> tuple[int, int]:
    from chainrights.risk import scoring

    with CaptureQueriesContext(connection) as captured:
        items = scoring.recompute(buyer)
    return len(captured), items


def test_recompute_queries_do_not_grow_with_facilities(demo, northwind):
    _with_evidence(demo, northwind, 0, 1)
    _recompute(northwind)  # once, so that one-off lookups (content types) are cached
    few, few_items = _recompute(northwind)
    _with_evidence(demo, northwind, 1, 4)
    many, many_items = _recompute(northwind)
    assert many_items > few_items  # the larger register really is larger
    assert many == few, (few, many)
