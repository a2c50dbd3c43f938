"""Importing a chunk of orders costs a few statements whatever its size: no per-row queries.

Counted with Django's ``CaptureQueriesContext`` around the whole import (check and store) of
a small and a much larger file of the same kind, each naming the same facility. A bulk
insert sends at most 500 rows a statement (on SQLite fewer: Django's 999 bound parameters
hold about 29 orders or 76 events), so the larger file may cost a statement more per 500
rows and events (per twenty on SQLite); a row checked or stored on its own would cost one.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from chainrights.core.events import verify_log
from chainrights.core.models import Event
from chainrights.purchasing import orders
from chainrights.purchasing.models import Payment, PurchaseOrder
from chainrights.purchasing.services import import_orders
from tests.factories import FacilityFactory

HEADER = ("record,reference,facility_id,quantity,unit_price,currency,payment_terms_days,"
          "confirmed_on,ex_factory_requested,invoice_date,paid_on,amount\n")  # fmt: skip
MOST = 40  # statements of a small file: reads of the importer, its facility, one chunk


def _file(facility: Any, prefix: str, n: int) -> bytes:
    lines = [f"order,{prefix}-{i},{facility.public_id},100,3.10,USD,60,2026-01-05,2026-03-01,"
             f"2026-03-04,," for i in range(n)]  # fmt: skip
    lines += [f"payment,{prefix}-{i},,,,,,,,,2026-05-01,310" for i in range(0, n, 2)]
    return (HEADER + "\n".join(lines) + "\n").encode()


def _statements(user: Any, content: bytes) -> int:
    with CaptureQueriesContext(connection) as queries:
        import_orders(user, "orders.csv", content)
    return len(queries.captured_queries)


def _allowance(rows: int) -> int:
    return 2 * rows // 500 if connection.vendor == "postgresql" else rows // 20


@pytest.mark.parametrize("large", [400, orders.CHUNK])
def test_importing_orders_costs_the_same_statements_for_10_or_many_rows(demo, large):
    site = FacilityFactory(name="Counted Knit", country="BD")
    _statements(demo["brand"], _file(site, "warm", 3))  # caches and the chain head warmed
    small = _statements(demo["brand"], _file(site, "small", 10))
    many = _statements(demo["brand"], _file(site, "large", large))
    assert small <= MOST
    assert small <= many <= small + _allowance(large + large // 2)
    # Every row is still stored with its own event, and the chain still verifies.
    assert PurchaseOrder.objects.count() == 3 + 10 + large
    assert Payment.objects.count() == 2 + 5 + large // 2
    assert Event.objects.filter(tag="purchaseorder.created").count() == 3 + 10 + large
    assert Event.objects.filter(tag="payment.created").count() == 2 + 5 + large // 2
    assert verify_log(checkpoints=False).ok
