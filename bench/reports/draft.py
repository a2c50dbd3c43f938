"""Reports: drafting a report (every figure of the UNGP Reporting Framework) for a brand with
10,000 listed facilities, 50,000 grievance cases and 100,000 audit findings, as a ratio to
running the same reads alone (the rows the figures are computed from, fetched in one query
each) in the same run.

    python -m bench.reports.draft [--facilities 10000] [--cases 50000] [--findings 100000]

The database is whatever ``DATABASE_URL`` names (a fresh SQLite file by default). The rows
are seeded in bulk, outside the services (a benchmark fixture, not a path any user has).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime, timedelta
from typing import Any

PER_AUDIT = 10


def _plain(model: Any) -> Any:
    from django.db import models

    return models.QuerySet(model=model)  # bulk seeding bypasses the event log on purpose


def _seed_list(brand: Any, user: Any, facilities: list[Any]) -> None:
    from chainrights.registry.models import MatchDecision, SourceRecord, SupplierList

    listed = _plain(SupplierList).bulk_create([SupplierList(
        owner_org=brand, name="bench", filename="bench.csv", sha256="0" * 64, content=b"",
        status="done", created_by=user)])[0]  # fmt: skip
    sources = _plain(SourceRecord).bulk_create(
        [SourceRecord(supplier_list=listed, row=n, raw={}, country=f.country, name=f.name,
                      address=f.address, fingerprint=str(n)) for n, f in enumerate(facilities)],
        batch_size=5000)  # fmt: skip
    _plain(MatchDecision).bulk_create(
        [MatchDecision(source=s, facility=f, decision="new", kind="auto")
         for s, f in zip(sources, facilities, strict=True)], batch_size=5000)  # fmt: skip


def _seed_audits(brand: Any, facilities: list[Any], findings: int) -> None:
    from chainrights.audits.models import Action, Audit, Finding
    from chainrights.core.models import Right

    rights = list(Right.objects.order_by("pk")[:12])
    day = date(2026, 3, 1)
    audits = _plain(Audit).bulk_create(
        [Audit(owner_org=brand, facility=facilities[n % len(facilities)], scheme="smeta",
               reference=f"B-{n}", audit_type="announced", start_date=day, end_date=day)
         for n in range(findings // PER_AUDIT)], batch_size=5000)  # fmt: skip
    made = _plain(Finding).bulk_create(
        [Finding(audit=a, number=k + 1, right=rights[(n + k) % len(rights)],
                 scheme_severity="nc", severity="non-compliance", description="bench")
         for n, a in enumerate(audits) for k in range(PER_AUDIT)], batch_size=5000)  # fmt: skip
    _plain(Action).bulk_create(
        [Action(finding=f, description="fix", owner="supplier", deadline=day,
                status=("open", "done", "verified")[n % 3])
         for n, f in enumerate(made) if n % 4 == 0], batch_size=5000)  # fmt: skip


def _seed_cases(brand: Any, facilities: list[Any], cases: int) -> None:
    from django.utils import timezone

    from chainrights.grievances.models import Case

    start = timezone.make_aware(datetime(2026, 1, 1))
    states = ("received", "acknowledged", "admissible", "verified", "closed")
    unusable = "!"  # no secret opens a seeded case
    _plain(Case).bulk_create(
        [Case(owner_org=brand, visibility="private", reference=f"BENCH-{n}", secret_hash=unusable,
              state=states[n % len(states)], facility=facilities[n % len(facilities)],
              channel=("web", "sms", "hotline")[n % 3], rights=["wages"],
              received_at=start + timedelta(minutes=n * 9), satisfaction=1 + n % 5)
         for n in range(cases)], batch_size=5000)  # fmt: skip


def _reads_alone(brand: Any, user: Any) -> int:
    """The rows the figures are computed from, each fetched in one query (the floor)."""
    from chainrights.audits.models import Action, Audit, CapacityActivity, Finding
    from chainrights.core.visibility import visible
    from chainrights.grievances.models import Case
    from chainrights.registry.models import Facility

    ids = list(Facility.objects.filter(decisions__source__supplier_list__owner_org=brand)
               .values_list("pk", "public_id", "name", "country", "address"))  # fmt: skip
    pks = [r[0] for r in ids]
    audits = visible(Audit.objects.filter(facility_id__in=pks), user)
    rows = len(ids) + len(list(audits.values_list("pk", flat=True)))
    rows += len(list(Finding.objects.filter(audit__in=audits)
                     .values_list("pk", "audit_id", "right__code", "repeat_of_id")))  # fmt: skip
    rows += len(list(Action.objects.filter(finding__audit__in=audits)
                     .values_list("pk", "status", "deadline")))  # fmt: skip
    rows += len(list(CapacityActivity.objects.filter(facility_id__in=pks).values_list("pk")))
    rows += len(list(visible(Case.objects.all(), user)
                     .values_list("reference", "state", "channel", "rights")))  # fmt: skip
    return rows


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--facilities", type=int, default=10_000)
    parser.add_argument("--cases", type=int, default=50_000)
    parser.add_argument("--findings", type=int, default=100_000)
    args = parser.parse_args()
    from bench import timed
    from bench.registry import _setup, seed

    _setup()
    from django.contrib.auth import get_user_model
    from django.db import connection

    from chainrights.core.demo import load_demo
    from chainrights.core.models import Organisation
    from chainrights.registry.models import Facility
    from chainrights.reports import drafting, services

    load_demo()
    keys = [r.key for r in seed(args.facilities)]
    facilities = list(Facility.objects.filter(public_id__in=keys))
    brand = Organisation.objects.get(name="Northwind Apparel")
    user = get_user_model().objects.get(username="brand")
    _seed_list(brand, user, facilities)
    _seed_audits(brand, facilities, args.findings)
    _seed_cases(brand, facilities, args.cases)
    report = services.start_report(user, "ungprf", date(2026, 1, 1), date(2026, 12, 31))
    alone, rows = timed(lambda: _reads_alone(brand, user))
    drafting_time, content = timed(lambda: drafting.content(report, user))
    assert content["figures"]["suppliers.facilities"]["value"] == args.facilities
    assert content["figures"]["findings.count"]["value"] == args.findings
    assert content["figures"]["grievances.cases"]["value"] == args.cases
    print(f"[{connection.vendor}] drafting a UNGP RF report, {args.facilities:,} facilities, "
          f"{args.cases:,} cases, {args.findings:,} findings: {drafting_time:.2f} s; baseline, "
          f"its reads alone ({rows:,} rows): {alone:.2f} s; "
          f"ratio {drafting_time / alone:.2f}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
