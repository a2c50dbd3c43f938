"""Two list workers on two overlapping lists at once, beside one worker doing both.

    scripts/with-postgres python -m bench.registry_workers [--registry 20000] [--incoming 10000]

Seeds a registry (``bench.registry.seed``), clones the database (PostgreSQL's ``CREATE
DATABASE … TEMPLATE``) so both runs start from the same state, and makes two lists of
``--incoming`` rows that share half their rows (a fifth of them factories the registry lacks).
One worker: both lists processed one after the other in this process. Two workers: two
forked processes, one list each, at once (their plans run in parallel; their commits take
the event log's lock in turn). Reports both times and the duplicates: shared rows that the
two lists each decided 'new' (two facilities for one factory). PostgreSQL only: SQLite has
one writer.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import multiprocessing
import sys
import time
from typing import Any


def _lists(records: list[Any], n: int) -> tuple[bytes, bytes, int]:
    from bench.registry import incoming_rows

    content, _ = incoming_rows(records, n + n // 2)
    lines = list(csv.reader(io.StringIO(content.decode())))
    header, rows = lines[0], lines[1:]

    def as_csv(part: list[list[str]]) -> bytes:
        out = io.StringIO()
        csv.writer(out).writerows([header, *part])
        return out.getvalue().encode()

    return as_csv(rows[:n]), as_csv(rows[n // 2 :]), n // 2


def _upload(a: bytes, b: bytes) -> tuple[int, int]:
    from django.contrib.auth import get_user_model
    from django.test import override_settings

    from chainrights.core import events
    from chainrights.core.models import Organisation
    from chainrights.registry import services

    with events.acting_as(system="bench"):
        one = Organisation.objects.create(name="Bench Brand One", kind="brand")
        two = Organisation.objects.create(name="Bench Brand Two", kind="brand")
        user = get_user_model().objects.create_user("bench")
    queue = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    with override_settings(TASKS=queue):
        first, _ = services.upload_list(owner=one, user=user, name="a", filename="a.csv", content=a)
        second, _ = services.upload_list(
            owner=two, user=user, name="b", filename="b.csv", content=b
        )
    return first.pk, second.pk


def _duplicates(first: int, second: int, shared: int) -> int:
    """Shared rows (the last ``shared`` of the first list, the first of the second) that both
    lists decided 'new'."""
    from chainrights.registry import services
    from chainrights.registry.models import SupplierList

    a = services.current_decisions(SupplierList.objects.get(pk=first))
    b = services.current_decisions(SupplierList.objects.get(pk=second))
    news_a = {s.row - (len(a) - shared) for s, d in a if d.decision == "new"}
    news_b = {s.row for s, d in b if d.decision == "new" and s.row < shared}
    return len(news_a & news_b)


def _switch(name: str) -> None:
    from django.db import connections

    connections.close_all()
    connections["default"].settings_dict["NAME"] = name


def _clone(source: str, target: str) -> None:
    import psycopg
    from django.db import connection

    _switch(source)
    params = connection.get_connection_params()
    params["dbname"] = "postgres"
    with psycopg.connect(**params, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{target}"')
        conn.execute(f'CREATE DATABASE "{target}" TEMPLATE "{source}"')


def _work(list_id: int) -> None:
    from django.db import connections

    from chainrights.registry import services

    try:
        services.process_list(list_id)
    finally:
        connections.close_all()


def run(registry_n: int, incoming_n: int) -> dict[str, Any]:
    from django.db import connection

    from bench.registry import seed
    from chainrights.registry import services
    from chainrights.registry.models import Facility

    records = seed(registry_n)
    a, b, shared = _lists(records, incoming_n)
    first, second = _upload(a, b)
    base = str(connection.settings_dict["NAME"])
    _clone(base, base + "_two")
    _switch(base)
    services.forget_registry_index()
    services.registry_index()  # a started worker's, outside the clock in both runs
    start = time.perf_counter()
    services.process_list(first)
    services.process_list(second)
    one_s = time.perf_counter() - start
    one = {"seconds": round(one_s, 1), "facilities": Facility.objects.count(),
           "duplicates": _duplicates(first, second, shared)}  # fmt: skip
    _switch(base + "_two")
    services.forget_registry_index()
    services.registry_index()
    _switch(base + "_two")  # children open their own connections
    context = multiprocessing.get_context("fork")
    start = time.perf_counter()
    workers = [context.Process(target=_work, args=(i,)) for i in (first, second)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    two_s = time.perf_counter() - start
    two = {"seconds": round(two_s, 1), "facilities": Facility.objects.count(),
           "duplicates": _duplicates(first, second, shared),
           "exit_codes": [w.exitcode for w in workers]}  # fmt: skip
    return {
        "database": connection.vendor, "registry": registry_n, "rows_per_list": incoming_n,
        "shared_rows": shared, "one_worker": one, "two_workers": two,
        "two_vs_one": round(two_s / one_s, 2),
    }  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    from bench.matching.data import available
    from bench.registry import _setup

    parser = argparse.ArgumentParser(prog="python -m bench.registry_workers")
    parser.add_argument("--registry", type=int, default=20_000)
    parser.add_argument("--incoming", type=int, default=10_000)
    args = parser.parse_args(argv)
    if not available():
        print("SKIPPED: ../shared/data/oshub-lists is not here")
        return 0
    _setup()
    from django.db import connection

    if connection.vendor != "postgresql":
        print("SKIPPED: two list workers need PostgreSQL (SQLite has one writer)")
        return 0
    print(json.dumps(run(args.registry, args.incoming), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
