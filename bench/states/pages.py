"""The country pages with every ISO country holding facts: p95 of ``/countries`` and
``/countries/BD`` as ratios to ``/healthz`` measured in the same run (in-process client,
fresh SQLite database, the shipped ILOSTAT and ILAB data loaded).

    python -m bench.states.pages [--repeat 40]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from typing import Any


def seed_inspections(n: int) -> int:
    """Inspection records for the country pages to summarise. Seeds nothing yet: the
    inspections part of the states app adds its records here (100,000 after merging)."""
    return 0


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


def _p95(client: Any, path: str, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        response = client.get(path, HTTP_HOST="localhost")
        times.append(time.perf_counter() - start)
        assert response.status_code == 200, (path, response.status_code)
    return statistics.quantiles(times, n=20)[18]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=40)
    args = parser.parse_args()
    workdir = tempfile.mkdtemp(prefix="chainrights-bench-states-")
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{workdir}/bench.sqlite3")
    os.environ["DJANGO_SETTINGS_MODULE"] = "chainrights.settings"
    os.environ["DEBUG"] = "false"
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client

    call_command("migrate", verbosity=0)
    call_command("createcachetable", verbosity=0)
    countries = _seed_countries()
    inspections = seed_inspections(100_000)
    client = Client()
    baseline = _p95(client, "/healthz", args.repeat)
    for path in ("/countries", "/countries/BD", "/api/v1/countries/BD"):
        p95 = _p95(client, path, args.repeat)
        print(f"{path}: p95 {p95 * 1000:.1f} ms = {p95 / baseline:.1f} × /healthz "
              f"({countries} countries with facts, {inspections} inspections)")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
