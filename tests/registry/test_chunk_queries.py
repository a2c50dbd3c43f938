"""A chunk of a list costs a few statements whatever its size: no per-row queries left.

Counted with Django's ``CaptureQueriesContext`` around the whole processing of a list in one
chunk, for a small and a seven-times larger list of the same kind (all new facilities, then
all matching existing ones), each after a list of the same kind (so the worker's index is in
the same state). On PostgreSQL the counts are equal. On SQLite Django splits a bulk insert at
999 bound parameters (about 50 rows of a wide table, 200 new words), so a larger chunk may
cost a few statements more: at most one per five rows, where a row used to cost at least three.
"""

from __future__ import annotations

from typing import Any

from django.db import connection
from django.test.utils import CaptureQueriesContext

from chainrights.core.events import verify_log
from chainrights.core.models import Event
from chainrights.registry import services
from chainrights.registry.models import Facility, ListStatus, MatchDecision, SourceRecord
from tests.factories import csv_of, real_rows, upload

# Statements of one list processed in one chunk, with the list's own (status, counts, rows).
MOST = 60


def _allowance(rows: int) -> int:
    """The extra statements a larger chunk may cost: none on PostgreSQL; on SQLite one per
    split of a bulk insert at 999 parameters (events are the widest: 49 a statement)."""
    return 0 if connection.vendor == "postgresql" else rows // 5


def _processed(brand: Any, demo: dict[str, Any], rows: list[list[str]], name: str) -> int:
    """Process a list of ``rows`` in one chunk; returns the statements it sent."""
    item, _ = upload(brand, demo, csv_of(rows), name=name)
    with CaptureQueriesContext(connection) as queries:
        services.process_list(item.pk, chunk=len(rows))
    item.refresh_from_db()
    assert item.status == ListStatus.DONE, item.failure
    return len(queries.captured_queries)


def test_founding_a_chunk_of_facilities_costs_the_same_statements_for_5_or_32_rows(brand, demo):
    rows = real_rows(40)
    _processed(brand, demo, rows[:3], "warm")
    small = _processed(brand, demo, rows[3:8], "small")
    large = _processed(brand, demo, rows[8:], "large")
    assert small <= large <= small + _allowance(32)
    assert large <= MOST
    assert Facility.objects.count() == 40
    # Every row is still its own event, and the chain still verifies.
    assert Event.objects.filter(tag="sourcerecord.created").count() == 40
    assert Event.objects.filter(tag="matchdecision.created").count() == 40
    assert Event.objects.filter(tag="facility.created").count() == 40
    assert verify_log(checkpoints=False).ok


def test_matching_a_chunk_to_existing_facilities_costs_the_same_for_5_or_32_rows(brand, demo):
    rows = real_rows(40)
    _processed(brand, demo, rows, "first")
    again = [[c, n.upper(), a.upper(), lat, lng] for c, n, a, lat, lng in rows]
    _processed(brand, demo, again[:3], "warm")
    small = _processed(brand, demo, again[3:8], "small")
    large = _processed(brand, demo, again[8:], "large")
    assert small <= large <= small + _allowance(32)
    assert large <= MOST
    assert Facility.objects.count() == 40  # every row of the second lists matched
    assert SourceRecord.objects.count() == 80
    matched = MatchDecision.objects.filter(decision="match", facility__isnull=False)
    assert matched.count() == 40
