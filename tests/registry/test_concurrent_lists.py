"""Several list workers at once: two lists naming the same new factories, processed at the
same moment by two worker processes, end with one facility per factory.

Each worker is a forked process with its own database connection, as two ``db_worker``
processes are. Both match their whole list first (each finds the shared factories new: the
other has committed nothing yet) and only then, held at a barrier, go for the event log's
lock to write; the second to get it must see what the first committed and join it. The
barrier is Django's ``execute_wrapper`` hook on the child's connection, not a patch of the
processing code. PostgreSQL only: SQLite's test database is one process's memory.
"""

from __future__ import annotations

import multiprocessing
import traceback
from typing import Any

import pytest
from django.db import connection, connections
from django.test import override_settings

from chainrights.registry import services
from chainrights.registry.models import Facility, ListStatus, MatchDecision, SupplierList
from tests.factories import csv_of, real_rows

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="two worker processes need a database server (run under scripts/with-postgres)",
    ),
]
DB_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}  # queued, not run
LOCKS_BEFORE_THE_CHUNK = 1  # the list marked 'processing' takes the log's lock once first


def _worker(list_id: int, barrier: Any, errors: Any) -> None:
    """One list worker: process the list, waiting for the other worker just before the
    chunk asks for the chain head's lock (both have matched every row by then)."""
    seen = 0

    def hold_at_the_lock(execute: Any, sql: str, params: Any, many: bool, context: Any) -> Any:
        nonlocal seen
        if "core_chainhead" in sql and "FOR UPDATE" in sql.upper():
            seen += 1
            if seen == LOCKS_BEFORE_THE_CHUNK + 1:
                barrier.wait()
        return execute(sql, params, many, context)

    try:
        with connection.execute_wrapper(hold_at_the_lock):
            services.process_list(list_id, chunk=50)
    except BaseException:
        errors.put(traceback.format_exc())
        raise
    finally:
        connections.close_all()


def _run_at_once(*list_ids: int) -> list[str]:
    context = multiprocessing.get_context("fork")
    barrier, errors = context.Barrier(len(list_ids), timeout=120), context.Queue()
    connections.close_all()  # each child opens its own connection
    workers = [context.Process(target=_worker, args=(i, barrier, errors)) for i in list_ids]
    for w in workers:
        w.start()
    for w in workers:
        w.join(180)
    found = []
    while not errors.empty():
        found.append(errors.get())
    return found + [f"exit {w.exitcode}" for w in workers if w.exitcode != 0]


def test_two_lists_naming_the_same_new_factories_at_once_found_each_once(brand, demo):
    rows = real_rows(9)
    before = Facility.objects.count()
    with override_settings(TASKS=DB_QUEUE):
        first, _ = services.upload_list(owner=brand, user=demo["brand"], name="one",
                                        filename="a.csv", content=csv_of(rows[:6]))  # fmt: skip
        second, _ = services.upload_list(owner=brand, user=demo["brand"], name="two",
                                         filename="b.csv", content=csv_of(rows[3:]))  # fmt: skip
    assert {s.status for s in (first, second)} == {ListStatus.QUEUED}
    assert _run_at_once(first.pk, second.pk) == []
    lists = SupplierList.objects.filter(pk__in=[first.pk, second.pk])
    assert {s.status for s in lists} == {ListStatus.DONE}
    # Nine factories, three of them on both lists: nine facilities, not twelve.
    assert Facility.objects.count() - before == 9
    decisions = MatchDecision.objects.filter(source__supplier_list__in=[first, second])
    assert decisions.filter(decision="new").count() == 9
    joined = decisions.filter(decision="match")
    assert joined.count() == 3
    shared = {d.source.name: d.facility_id for d in joined}
    founders = decisions.filter(decision="new", source__name__in=list(shared))
    assert {d.source.name: d.facility_id for d in founders} == shared
