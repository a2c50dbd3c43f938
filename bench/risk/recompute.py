"""The risk register at scale: ``scoring.recompute`` of one brand with 10,000 facilities on its
lists and evidence across 20 rights, and of every brand's register on a platform of 100,000
facilities, each as a ratio to reading the same evidence rows in the same run.

    python -m bench.risk.recompute [--quick] [--facilities 10000] [--brands 10]

``--facilities`` is one brand's list, ``--brands`` how many such brands (distinct facilities);
an extra co-buyer brand's public list names every tenth facility, so leverage has co-buyers to
count. ``--quick`` is a tenth of the scale (1,000 facilities a brand, 10,000 in all).

Per facility, on a fixed pattern: an audit at every second (workers interviewed on site, and
off site at every fourth; three findings; actions verified, overdue, or with the brand's
purchasing practice as root cause; a repeat at every sixth), a grievance case at every fifth
(one or two rights, admitted or pending, some with reprisal and workers affected), a public
inspection with a violation at every fourth, two orders in the purchasing window (short lead
times, late changes, late payments, labour cost below an entered living wage), over ten
countries with the shipped country data and bench facts.

- brand: ``scoring.recompute(brand)`` against reading the rows the gatherer reads (list
  decisions, facilities and merges, audits for their quality signals, findings and actions,
  cases and admissions, inspection violations, orders with changes and payments, country
  facts, relationships, public co-buyers) with plain queries filtered on the brand;
- platform: ``risk.tasks.recompute_task`` for every brand against reading every evidence row
  once.

The database is whatever ``DATABASE_URL`` names (a fresh SQLite file by default; under
``scripts/with-postgres`` a fresh PostgreSQL database). The rows are seeded in bulk, outside
the services and the event log (a benchmark fixture, not a path any user has); everything
timed goes through the risk app as in production.
"""

from __future__ import annotations

import argparse
import logging
import sys
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from bench import timed

COUNTRIES = ("BD", "IN", "VN", "KH", "CN", "TR", "ID", "PK", "MM", "ET")
PRODUCTS = ("Garments", "Footwear", "Textiles", "Leather goods", "")
BANDS = ("Less than 1000", "1001-5000", "5001-10000", "")
STATES = ("received", "acknowledged", "admissible", "investigation", "closed")
SEVERITIES = ("zero_tolerance", "critical", "major", "minor")
BATCH = 5000


def _plain(model: Any) -> Any:
    """A queryset without the audited manager: bulk seeding bypasses the event log on purpose."""
    from django.db import models

    return models.QuerySet(model=model)


def _rights() -> list[Any]:
    """20 rights: the 12 roots of the taxonomy and 8 indicators under them."""
    from chainrights.core.models import Right

    roots = list(Right.objects.filter(parent=None).order_by("pk"))
    indicators = list(Right.objects.exclude(parent=None).order_by("pk")[: 20 - len(roots)])
    assert len(roots) + len(indicators) == 20
    return roots + indicators


def _countries() -> None:
    """The shipped country data, and an economy class and ITUC rating for each bench country."""
    from chainrights.core import events
    from chainrights.states import facts
    from chainrights.states.services import load_shipped_data

    load_shipped_data()
    with events.acting_as(system="bench", reason="bench country facts"):
        for n, code in enumerate(COUNTRIES):
            for raw in (
                {"kind": "economy_class", "value": "less_developed", "as_of": "2026-01-01",
                 "source": "bench"},
                {"kind": "ituc_rating", "label": "2025", "value": ("4", "5", "5+", "3")[n % 4],
                 "as_of": "2025-06-01", "source": "bench"},
            ):  # fmt: skip
                data, errors = facts.clean(raw)
                assert not errors, errors
                facts.store(code, data, None)


def _organisations(brands: int) -> tuple[list[Any], Any]:
    from chainrights.core.models import Organisation

    rows = [Organisation(name=f"Bench brand {b}", kind="brand", country="GB")
            for b in range(brands + 1)]  # fmt: skip
    rows.append(Organisation(name="Bench inspectorate", kind="inspectorate", country="BD"))
    _plain(Organisation).bulk_create(rows)
    made = list(Organisation.objects.filter(name__startswith="Bench ").order_by("pk"))
    return made[:-1], made[-1]


def _facilities(n: int, brands: list[Any], per: int) -> list[int]:
    from chainrights.registry.ids import new_id
    from chainrights.registry.models import Facility

    for first in range(0, n, BATCH):
        _plain(Facility).bulk_create([Facility(
            public_id=new_id(), country=COUNTRIES[i % len(COUNTRIES)], name=f"Bench mill {i}",
            address=f"Zone {i % 40}", product_types=PRODUCTS[i % len(PRODUCTS)],
            sectors="Apparel" if i % 5 == 4 and i % 2 else "", workers=BANDS[i % len(BANDS)],
            claimed_by=brands[i // per] if i % 50 == 7 else None, search_text=f"bench mill {i}",
        ) for i in range(first, min(n, first + BATCH))])  # fmt: skip
    return list(Facility.objects.filter(name__startswith="Bench mill ").order_by("pk")
                .values_list("pk", flat=True))  # fmt: skip


def _list(owner: Any, facility_ids: list[int], name: str) -> None:
    """One processed public list naming these facilities (rows and decisions in bulk)."""
    from chainrights.registry.models import MatchDecision, SourceRecord, SupplierList

    [lst] = _plain(SupplierList).bulk_create([SupplierList(
        owner_org=owner, visibility="public", name=name, filename="bench.csv", sha256="0" * 64,
        content=b"", status="done", total_rows=len(facility_ids),
        processed_rows=len(facility_ids),
    )])  # fmt: skip
    for first in range(0, len(facility_ids), BATCH):
        chunk = facility_ids[first : first + BATCH]
        made = _plain(SourceRecord).bulk_create([SourceRecord(
            supplier_list=lst, row=first + n + 2, raw={}, country="BD", name=f"row {first + n}",
            fingerprint="",
        ) for n in range(len(chunk))])  # fmt: skip
        _plain(MatchDecision).bulk_create([
            MatchDecision(source=s, facility_id=f, decision="match", kind="automatic")
            for s, f in zip(made, chunk, strict=True)
        ])  # fmt: skip


def _audits(brand: Any, ids: list[int], codes: list[Any], today: date) -> None:
    from chainrights.audits.models import Action, Audit, Finding

    audits, older = [], []
    for n, pk in enumerate(ids):
        if n % 2:
            continue
        end = today - timedelta(days=30 + n % 300)
        audits.append(Audit(owner_org=brand, facility_id=pk, scheme="smeta", reference=f"A{pk}",
                            audit_type="announced", start_date=end - timedelta(days=2),
                            end_date=end, interviews_on_site_women=10,
                            interviews_off_site_women=5 if n % 4 == 0 else 0))  # fmt: skip
        if n % 6 == 0:
            older.append(Audit(owner_org=brand, facility_id=pk, scheme="smeta",
                               reference=f"A{pk}-old", audit_type="announced",
                               start_date=end - timedelta(days=400),
                               end_date=end - timedelta(days=398)))  # fmt: skip
    made = _plain(Audit).bulk_create(audits, batch_size=BATCH)
    before = {a.facility_id: a for a in _plain(Audit).bulk_create(older, batch_size=BATCH)}
    first = {a.facility_id: f for a, f in zip(before.values(), _plain(Finding).bulk_create([
        Finding(audit=a, number=1, right=codes[a.facility_id % 20], scheme_severity="x",
                severity="major", description="bench") for a in before.values()
    ], batch_size=BATCH), strict=True)}  # fmt: skip
    findings = [Finding(audit=a, number=k + 1, right=codes[(a.facility_id + k) % 20],
                        scheme_severity="x", severity=SEVERITIES[(a.facility_id + k) % 4],
                        description="bench", workers_affected=20 if k == 2 else None,
                        repeat_of=first.get(a.facility_id) if k == 0 else None)
                for a in made for k in range(3)]  # fmt: skip
    actions = []
    for f in _plain(Finding).bulk_create(findings, batch_size=BATCH):
        if f.number == 1:
            actions.append(Action(finding=f, description="bench", owner="supplier",
                                  deadline=today - timedelta(days=10),
                                  status="verified"))  # fmt: skip
        elif f.number == 2:
            ours = f.audit.facility_id % 4 == 0
            actions.append(Action(
                finding=f, description="bench", owner="both" if ours else "supplier",
                brand=brand if ours else None,
                root_cause_kind="purchasing_practice" if ours else "unknown",
                deadline=today - timedelta(days=5), status="open"))  # fmt: skip
    _plain(Action).bulk_create(actions, batch_size=BATCH)


def _cases(brand: Any, ids: list[int], codes: list[Any], now: Any) -> None:
    from chainrights.grievances.models import Case, Transition

    cases = [Case(
        owner_org=brand, reference=f"B{pk}", secret_hash="-",  # noqa: S106 (no secret: a fixture)
        state=STATES[n % 5], facility_id=pk,
        rights=[codes[n % 20].code] + ([codes[(n + 7) % 20].code] if n % 2 else []),
        workers_affected=(40, None, 300)[n % 3], retaliation_reported=n % 15 == 0,
        received_at=now - timedelta(days=n % 500),
    ) for n, pk in enumerate(ids) if n % 5 == 0]  # fmt: skip
    made = _plain(Case).bulk_create(cases, batch_size=BATCH)
    _plain(Transition).bulk_create([
        Transition(case=c, from_state="acknowledged", to_state="admissible",
                   created_at=c.received_at + timedelta(days=3))
        for c in made if c.state in ("admissible", "investigation", "closed")
    ], batch_size=BATCH)  # fmt: skip


def _inspections(owner: Any, ids: list[int], codes: list[Any], today: date) -> None:
    from chainrights.states.models import Inspection, Violation

    made = _plain(Inspection).bulk_create([Inspection(
        owner_org=owner, visibility="public" if n % 8 else "private", facility_id=pk,
        inspected_on=today - timedelta(days=n % 700),
    ) for n, pk in enumerate(ids) if n % 4 == 0], batch_size=BATCH)  # fmt: skip
    _plain(Violation).bulk_create([Violation(inspection=i, right=codes[(i.facility_id + 3) % 20])
                                   for i in made], batch_size=BATCH)  # fmt: skip


def _orders(brand: Any, ids: list[int], today: date) -> None:
    from chainrights.purchasing.models import OrderChange, Payment, PurchaseOrder

    orders = []
    for n, pk in enumerate(ids):
        for k in range(2):
            confirmed = today - timedelta(days=10 + (n + 40 * k) % 150)
            lead = (35, 75, 90, 120)[(n + k) % 4]
            orders.append(PurchaseOrder(
                owner_org=brand, buyer=brand, facility_id=pk, reference=f"R{pk}-{k}",
                quantity=100 + n % 900, forecast_quantity=500, unit_price=Decimal("3.10"),
                currency="USD", labour_cost_per_unit=Decimal("0.20") if n % 3 == 0 else None,
                labour_minutes_per_unit=Decimal("14") if n % 3 == 0 else None,
                payment_terms_days=30 + n % 60, confirmed_on=confirmed,
                ex_factory_requested=confirmed + timedelta(days=lead),
                invoice_date=confirmed + timedelta(days=lead + 3), lead_time_days=lead,
            ))  # fmt: skip
    made = _plain(PurchaseOrder).bulk_create(orders, batch_size=BATCH)
    _plain(OrderChange).bulk_create([OrderChange(
        order=o, changed_on=o.ex_factory_requested - timedelta(days=9), kind="quantity_up",
        days_before_ex_factory=9) for n, o in enumerate(made) if n % 5 == 0],
        batch_size=BATCH)  # fmt: skip
    _plain(Payment).bulk_create([Payment(
        order=o, paid_on=o.invoice_date + timedelta(days=70), amount=310,
        delay_days=70 - (o.payment_terms_days or 0)) for n, o in enumerate(made) if n % 2 == 0],
        batch_size=BATCH)  # fmt: skip


def seed(per: int, brands: int) -> tuple[list[Any], int]:
    """``brands`` brands of ``per`` facilities each (and a co-buyer brand), with evidence."""
    from django.db import connection, transaction
    from django.utils import timezone

    from chainrights.purchasing.models import LivingWageBenchmark

    _countries()
    today, now = timezone.localdate(), timezone.now()
    with transaction.atomic():
        orgs, inspectorate = _organisations(brands)
        _plain(LivingWageBenchmark).bulk_create([LivingWageBenchmark(
            country=c, currency="USD", monthly_amount=Decimal("250"), hours_per_month=208,
            source="bench", as_of=date(2025, 1, 1)) for c in COUNTRIES])  # fmt: skip
        ids = _facilities(per * brands, orgs, per)
        codes = _rights()
        for b, brand in enumerate(orgs[:brands]):
            mine = ids[b * per : (b + 1) * per]
            _list(brand, mine, "Bench list")
            _audits(brand, mine, codes, today)
            _cases(brand, mine, codes, now)
            _inspections(inspectorate, mine, codes, today)
            _orders(brand, mine, today)
        _list(orgs[brands], ids[::10], "Bench co-buyer list")
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return orgs, len(ids)


def read_rows(brand: Any | None) -> int:
    """The rows the gatherer reads, with plain queries (of one brand, or of every brand)."""
    from django.conf import settings
    from django.utils import timezone

    from chainrights.audits.models import Action, Audit, Finding
    from chainrights.grievances.models import Case, Transition
    from chainrights.purchasing.models import OrderChange, Payment, PurchaseOrder
    from chainrights.registry.models import Facility, MatchDecision
    from chainrights.risk.models import Relationship
    from chainrights.states.models import (
        CountryFact,
        InspectionFigure,
        ListedGood,
        Ratification,
        Violation,
    )

    def mine(field: str) -> dict[str, Any]:
        return {} if brand is None else {field: brand}

    since = timezone.localdate() - timedelta(weeks=settings.RISK_PURCHASING_WEEKS)
    listed = Facility.objects.filter(**mine("decisions__source__supplier_list__owner_org"))
    queries: list[Any] = [
        MatchDecision.objects.filter(**mine("source__supplier_list__owner_org"))
        .values_list("source_id", "facility_id", "source__supplier_list__owner_org_id"),
        listed.values_list("pk", "public_id", "name", "country", "product_types", "sectors",
                           "workers", "claimed_by_id"),
        Facility.objects.exclude(merged_into=None).values_list("pk", "merged_into_id"),
        Audit.objects.filter(**mine("owner_org")).values_list(
            "pk", "facility_id", "facility__country", "scheme", "auditor_firm", "audit_type",
            "interviews_on_site_women", "interviews_off_site_women", "end_date"),
        Finding.objects.filter(**mine("audit__owner_org")).values_list(
            "pk", "audit_id", "audit__facility_id", "right__code", "severity", "repeat_of_id",
            "audit__end_date"),
        Action.objects.filter(**mine("finding__audit__owner_org")).values_list(
            "finding_id", "status", "deadline", "brand_id", "root_cause_kind"),
        Case.objects.filter(**mine("owner_org")).values_list(
            "pk", "reference", "facility_id", "rights", "state", "workers_affected",
            "retaliation_reported", "received_at"),
        Transition.objects.filter(to_state="admissible", **mine("case__owner_org"))
        .values_list("case_id", "created_at"),
        Violation.objects.filter(inspection__visibility="public",
                                 inspection__facility__in=listed.values("pk"))
        .values_list("inspection_id", "inspection__facility_id", "right__code",
                     "inspection__inspected_on", "inspection__owner_org__name"),
        PurchaseOrder.objects.filter(confirmed_on__gte=since, **mine("buyer")).values_list(
            "facility_id", "quantity", "forecast_quantity", "lead_time_days",
            "payment_terms_days", "labour_cost_per_unit", "labour_minutes_per_unit",
            "confirmed_on"),
        OrderChange.objects.filter(order__confirmed_on__gte=since, **mine("order__buyer"))
        .values_list("order__facility_id", "kind", "days_before_ex_factory"),
        Payment.objects.filter(order__confirmed_on__gte=since, **mine("order__buyer"))
        .values_list("order__facility_id", "delay_days"),
        Relationship.objects.filter(**mine("owner_org")).values_list("facility_id",
                                                                     "share_of_output"),
        MatchDecision.objects.filter(source__supplier_list__visibility="public")
        .values_list("source_id", "facility_id", "source__supplier_list__owner_org_id"),
        CountryFact.objects.filter(country__in=COUNTRIES).values_list("country", "kind", "value"),
        Ratification.objects.filter(country__in=COUNTRIES).values_list("country", "instrument",
                                                                      "status"),
        ListedGood.objects.filter(country__in=COUNTRIES).values_list("country", "good"),
        InspectionFigure.objects.filter(country__in=COUNTRIES).values_list("country", "value"),
    ]  # fmt: skip
    return sum(sum(1 for _ in q.iterator(chunk_size=5000)) for q in queries)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="a tenth of the issue's scale")
    parser.add_argument("--facilities", type=int, default=None, help="one brand's (10,000)")
    parser.add_argument("--brands", type=int, default=10)
    args = parser.parse_args()
    per = args.facilities or (1_000 if args.quick else 10_000)
    from bench.registry import _setup

    _setup()
    logging.getLogger("django_tasks").setLevel(logging.WARNING)  # one line per task otherwise
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from chainrights.risk import scoring, tasks
    from chainrights.risk.models import RiskItem

    seeded, (brands, facilities) = timed(lambda: seed(per, args.brands))
    where = f"[{connection.vendor}]"
    print(f"{where} risk register: {args.brands} brands × {per:,} facilities "
          f"({facilities:,} in all, evidence across 20 rights), "
          f"seeded in {seeded:.0f} s")  # fmt: skip
    brand = brands[0]
    with CaptureQueriesContext(connection) as captured:
        scoring.recompute(brand)  # warm-up: imports and caches; the register exists afterwards
    reading, rows = timed(lambda: read_rows(brand))
    computing, items = timed(lambda: scoring.recompute(brand))
    print(f"{where} one brand, {per:,} facilities: recompute {computing:.2f} s "
          f"({items:,} items, {len(captured)} queries); baseline, reading the {rows:,} evidence "
          f"rows: {reading:.2f} s; ratio {computing / reading:.1f}")  # fmt: skip

    reading, rows = timed(lambda: read_rows(None))
    computing, _ = timed(lambda: [tasks.recompute_task.enqueue(b.pk) for b in brands])
    items = RiskItem.objects.count()
    print(f"{where} whole platform, {facilities:,} facilities, {len(brands)} registers: "
          f"recompute {computing:.1f} s ({items:,} items); baseline, reading all {rows:,} "
          f"evidence rows: {reading:.2f} s; ratio {computing / reading:.1f}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
