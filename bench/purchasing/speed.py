"""Purchasing: importing order lines and computing every indicator, each as a ratio to reading
the same rows in the same run.

    python -m bench.purchasing.speed [--full] [--import-lines N] [--lines N] [--facilities N]

``make bench`` runs the default scale (10,000 import lines, 100,000 order lines: a minute or
two); ``--full`` is the issue's scale (100,000 import lines, 1,000,000 order lines).

- import: ``purchasing.services.import_orders`` on a CSV of ``--import-lines`` orders (checked
  row by row, stored in one transaction, one bulk insert per chunk with one event per row and
  one append to the hash chain per chunk), against parsing the same file
  into rows (the reader alone);
- indicators: ``purchasing.services.indicators`` for one buyer with ``--facilities``
  facilities over ``--lines`` order lines (a fifth with a change, half with a payment),
  against reading the same order rows (every column the indicators use) into Python.

The database is whatever ``DATABASE_URL`` names (a fresh SQLite file by default). The
indicator rows are seeded in bulk, outside the services (a benchmark fixture, not a path
any user has).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from bench import timed


def _csv(facility_ids: list[str], lines: int) -> bytes:
    out = ["reference,facility_id,quantity,unit_price,currency,payment_terms_days,"
           "confirmed_on,ex_factory_requested,invoice_date"]  # fmt: skip
    start = date(2025, 1, 1)
    for i in range(lines):
        confirmed = start + timedelta(days=i % 300)
        ex = confirmed + timedelta(days=30 + i % 90)
        out.append(f"I-{i},{facility_ids[i % len(facility_ids)]},{100 + i % 900},3.10,USD,"
                   f"{30 + i % 60},{confirmed},{ex},{ex + timedelta(days=3)}")  # fmt: skip
    return ("\n".join(out) + "\n").encode()


def _seed_orders(buyer: Any, facilities: list[Any], lines: int) -> None:
    from django.db import transaction

    from chainrights.purchasing.models import OrderChange, Payment, PurchaseOrder

    start, batch = date(2024, 1, 1), 20_000
    with transaction.atomic():
        for first in range(0, lines, batch):
            orders = []
            for i in range(first, min(lines, first + batch)):
                confirmed = start + timedelta(days=i % 700)
                lead = 20 + i % 100
                orders.append(PurchaseOrder(
                    owner_org=buyer, buyer=buyer, facility=facilities[i % len(facilities)],
                    reference=f"S-{i}", quantity=100 + i % 5000, forecast_quantity=2000,
                    unit_price=Decimal("3.10"), currency="USD",
                    labour_cost_per_unit=Decimal("0.40") if i % 3 else None,
                    labour_minutes_per_unit=Decimal("14") if i % 3 else None,
                    payment_terms_days=30 + i % 60, confirmed_on=confirmed,
                    ex_factory_requested=confirmed + timedelta(days=lead),
                    invoice_date=confirmed + timedelta(days=lead + 3), lead_time_days=lead,
                ))  # fmt: skip
            made = PurchaseOrder._base_manager.bulk_create(orders)
            OrderChange._base_manager.bulk_create(
                OrderChange(order=o, changed_on=o.ex_factory_requested - timedelta(days=9),
                            kind="quantity_up", days_before_ex_factory=9)
                for n, o in enumerate(made) if n % 5 == 0)  # fmt: skip
            Payment._base_manager.bulk_create(
                Payment(order=o, paid_on=o.invoice_date + timedelta(days=70), amount=310,
                        delay_days=70 - (o.payment_terms_days or 0))
                for n, o in enumerate(made) if n % 2 == 0)  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--full", action="store_true", help="100,000 import lines, 1,000,000")
    parser.add_argument("--import-lines", type=int, default=None)
    parser.add_argument("--lines", type=int, default=None)
    parser.add_argument("--facilities", type=int, default=1000)
    args = parser.parse_args()
    args.import_lines = args.import_lines or (100_000 if args.full else 10_000)
    args.lines = args.lines or (1_000_000 if args.full else 100_000)
    from bench.registry import _setup, seed

    _setup()
    from django.contrib.auth import get_user_model
    from django.db import connection

    from chainrights.core.demo import load_demo
    from chainrights.core.models import Organisation
    from chainrights.purchasing import orders as order_files
    from chainrights.purchasing.models import PurchaseOrder
    from chainrights.purchasing.services import import_orders, indicators
    from chainrights.registry.models import Facility

    load_demo()
    keys = [r.key for r in seed(args.facilities)]
    facilities = list(Facility.objects.filter(public_id__in=keys))
    brand = get_user_model().objects.get(username="brand")
    content = _csv(keys, args.import_lines)
    read, rows = timed(lambda: order_files.parse("bench.csv", content))
    stored, counts = timed(lambda: import_orders(brand, "bench.csv", content))
    assert counts["orders"] == args.import_lines == len(rows)
    print(f"[{connection.vendor}] import of {args.import_lines:,} order lines "
          f"({len(content) / 2**20:.1f} MB): {stored:.1f} s; baseline, reading the same rows: "
          f"{read:.2f} s; ratio {stored / read:.0f}")  # fmt: skip

    buyer = Organisation.objects.get(name="Southbay Outfitters")
    _seed_orders(buyer, facilities, args.lines)
    fields = ["facility_id", "quantity", "forecast_quantity", "lead_time_days",
              "payment_terms_days", "labour_cost_per_unit", "confirmed_on"]  # fmt: skip
    reading, n = timed(lambda: sum(1 for _ in PurchaseOrder.objects.filter(buyer=buyer)
                                    .values_list(*fields).iterator(chunk_size=20_000)))  # fmt: skip
    computing, result = timed(lambda: indicators(buyer))
    assert n == args.lines
    assert result["buyer"]["orders"] == args.lines
    assert len(result["facilities"]) == args.facilities
    print(f"[{connection.vendor}] every indicator, buyer and {args.facilities:,} facilities over "
          f"{args.lines:,} order lines: {computing:.1f} s; baseline, reading the same rows: "
          f"{reading:.1f} s; ratio {computing / reading:.2f}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
