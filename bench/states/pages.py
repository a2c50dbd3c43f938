"""The country pages at scale: every ISO country (about 250) with facts, 100,000 inspection
records spread over the countries and their facilities, and p95 of ``/countries``,
``/countries/BD`` (the country with the most inspections) and their JSON twins, each as a
ratio to ``/healthz`` timed interleaved in the same run (in-process client; a fresh SQLite
file, or whatever ``DATABASE_URL`` names, e.g. under ``scripts/with-postgres``).

    python -m bench.states.pages [--repeat 40] [--inspections 100000]

The inspections are seeded in bulk, outside the services (a benchmark fixture, not a path any
user has): a quarter in Bangladesh, the rest falling off by rank over the other countries, on
about one facility per five inspections, a third of them with violations and a tenth with an
order, nine in ten public.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from datetime import date, timedelta
from typing import Any

PATHS = ("/countries", "/api/v1/countries", "/countries/BD", "/api/v1/countries/BD")


def _shares(codes: list[str], n: int) -> dict[str, int]:
    """Inspections per country: BD a quarter, the others by rank (1/rank), so that a few
    countries hold most records and a long tail holds a handful each."""
    rest = [c for c in codes if c != "BD"]
    weights = [1 / (rank + 1) for rank in range(len(rest))]
    total = sum(weights)
    shares = {"BD": n // 4}
    left = n - shares["BD"]
    for code, weight in zip(rest, weights, strict=True):
        shares[code] = int(left * weight / total)
    shares["BD"] += n - sum(shares.values())
    return shares


def _facilities(shares: dict[str, int]) -> dict[str, list[Any]]:
    """Registry rows for the inspected facilities, about one per five inspections."""
    from django.db import models

    from chainrights.registry.models import Facility

    plain = models.QuerySet(model=Facility)  # bulk seeding bypasses the event log on purpose
    rows = [Facility(country=code, name=f"Bench factory {code} {i}", address=f"Zone {i % 40}",
                     search_text=f"bench factory {code.lower()} {i}")
            for code, count in shares.items() for i in range(max(1, count // 5))]  # fmt: skip
    plain.bulk_create(rows, batch_size=5000)
    by_country: dict[str, list[Any]] = {}
    for facility in Facility.objects.filter(name__startswith="Bench factory").only("country"):
        by_country.setdefault(facility.country, []).append(facility)
    return by_country


def _inspectorates(codes: list[str]) -> dict[str, Any]:
    from django.db import models

    from chainrights.core.models import Organisation, OrganisationKind

    plain = models.QuerySet(model=Organisation)
    kind = OrganisationKind.INSPECTORATE
    plain.bulk_create([Organisation(name=f"Bench inspectorate {c}", country=c, kind=kind)
                       for c in codes])  # fmt: skip
    return {o.country: o for o in Organisation.objects.filter(name__startswith="Bench inspec")}


def _batch(rng: random.Random, made: list[Any], rights: list[Any]) -> tuple[list[Any], list[Any]]:
    from chainrights.states.models import Order, OrderKind, Violation

    violations, orders = [], []
    for inspection in made:
        if rng.random() < 1 / 3:
            for right in rng.sample(rights, rng.randint(1, 3)):
                violations.append(Violation(inspection=inspection, right=right))
        if rng.random() < 0.1:
            kind = OrderKind.STOP_WORK if rng.random() < 0.2 else OrderKind.IMPROVEMENT
            orders.append(Order(inspection=inspection, kind=kind,
                                deadline=inspection.inspected_on + timedelta(days=30)))  # fmt: skip
    return violations, orders


def seed_inspections(n: int) -> int:
    """``n`` inspection records, with their violations and orders, over every country."""
    from django.db import transaction

    from chainrights.core.models import Right
    from chainrights.countries import all_countries
    from chainrights.states.models import Inspection, Order, Trigger, Violation

    rng = random.Random(16)
    shares = _shares([c.code for c in all_countries()], n)
    with transaction.atomic():
        facilities = _facilities(shares)
        owners = _inspectorates(list(shares))
        rights = list(Right.objects.all())
        start, triggers = date(2016, 1, 1), list(Trigger.values)
        plan = [code for code, count in shares.items() for _ in range(count)]
        for first in range(0, len(plan), 10_000):
            batch = [Inspection(
                owner_org=owners[code], facility=rng.choice(facilities[code]),
                visibility="public" if rng.random() < 0.9 else "private",
                inspected_on=start + timedelta(days=rng.randrange(3650)),
                trigger=rng.choice(triggers), announced=rng.random() < 0.3,
                inspectors=rng.randint(1, 4), workers_interviewed=rng.randint(0, 40),
            ) for code in plan[first:first + 10_000]]  # fmt: skip
            made = Inspection._base_manager.bulk_create(batch)
            violations, orders = _batch(rng, made, rights)
            Violation._base_manager.bulk_create(violations, batch_size=5000)
            Order._base_manager.bulk_create(orders, batch_size=5000)
    return Inspection.objects.count()


def _seed_countries() -> int:
    from chainrights.core import events
    from chainrights.countries import all_countries
    from chainrights.states import facts
    from chainrights.states.services import load_shipped_data

    load_shipped_data()
    with events.acting_as(system="bench", reason="bench country facts"):
        for country in all_countries():
            for raw in (
                {"kind": "economy_class", "value": "less_developed", "as_of": "2026-01-01",
                 "source": "bench"},
                {"kind": "ituc_rating", "label": "2025", "value": "4", "as_of": "2025-06-01",
                 "source": "bench"},
                {"kind": "note", "label": "bench", "value": "a note", "as_of": "2026-01-01",
                 "source": "bench"},
            ):  # fmt: skip
                data, errors = facts.clean(raw)
                assert not errors, errors
                facts.store(country.code, data, None)
    return len(all_countries())


def _interleaved(client: Any, repeat: int) -> dict[str, list[float]]:
    """Each round times /healthz and then every page once, so that a slow spell of the
    machine falls on the baseline and the pages alike."""
    times: dict[str, list[float]] = {p: [] for p in ("/healthz", *PATHS)}
    for _ in range(repeat):
        for path in times:
            begin = time.perf_counter()
            response = client.get(path, HTTP_HOST="localhost")
            times[path].append(time.perf_counter() - begin)
            assert response.status_code == 200, (path, response.status_code)
    return times


def _queries(client: Any, path: str) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        client.get(path, HTTP_HOST="localhost")
    return len(captured)


def _p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[18]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=40)
    parser.add_argument("--inspections", type=int, default=100_000)
    args = parser.parse_args()
    from bench.registry import _setup

    _setup()  # a fresh SQLite file, or a fresh database on the PostgreSQL server named
    from django.db import connection
    from django.test import Client

    began = time.perf_counter()
    countries = _seed_countries()
    inspections = seed_inspections(args.inspections)
    seeded = time.perf_counter() - began
    print(f"states pages on {connection.vendor}: {countries} countries with facts, "
          f"{inspections} inspections (seeded in {seeded:.0f} s), "
          f"{args.repeat} rounds")  # fmt: skip
    client = Client()
    for path in ("/healthz", *PATHS):  # warm caches and imports before timing
        client.get(path, HTTP_HOST="localhost")
    times = _interleaved(client, args.repeat)
    baseline = _p95(times["/healthz"])
    print(f"/healthz: p95 {baseline * 1000:.1f} ms (the baseline)")
    for path in PATHS:
        p95 = _p95(times[path])
        print(f"{path}: p95 {p95 * 1000:.1f} ms = {p95 / baseline:.1f} × /healthz "
              f"({_queries(client, path)} queries)")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
