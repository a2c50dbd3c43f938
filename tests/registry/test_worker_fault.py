"""A real worker process is killed (SIGKILL) in the middle of a list and another one is
started: the list completes, no facility is founded twice, and every row is decided once.

1,000 rows here (500 facilities, then each again in capitals); ``python -m bench.faults
worker`` runs the same with 10,000 and reports the timings.
"""

from __future__ import annotations

import os
import signal
import time
from typing import Any

import pytest

from tests import faults

ROWS = 1000
KILL_AFTER = 500  # committed rows before the kill: two chunks of 250, the third under way


def _backends() -> list[Any]:
    on_postgres = os.environ.get("DATABASE_URL", "").startswith("postgres")
    return [
        pytest.param("sqlite", marks=pytest.mark.skipif(on_postgres, reason="SQLite pass")),
        pytest.param("postgres", marks=pytest.mark.postgres_only),
    ]


def kill_mid_list(
    kind: str, workdir: Any, rows: int, kill_after: int, timeout: float = 300
) -> dict[str, Any]:
    """Upload, start a worker, SIGKILL it once ``kill_after`` rows are committed, start
    another, wait for the list; the figures and the final state."""
    log = workdir / "worker.log"
    with faults.fresh_database(kind, workdir, TASK_HEARTBEAT_TIMEOUT="2") as database:
        list_id = database.run("upload", str(rows // 2))["list"]
        progress = f"SELECT processed_rows FROM registry_supplierlist WHERE id = {int(list_id)}"  # noqa: S608
        status = f"SELECT status FROM registry_supplierlist WHERE id = {int(list_id)}"  # noqa: S608
        started = time.monotonic()
        first = faults.start(database, "worker", log=log)
        try:
            faults.wait_for(lambda: (database.scalar(progress) or 0) >= kill_after, timeout)
            faults.stop(first, signal.SIGKILL)
        finally:
            faults.stop(first, signal.SIGKILL)
        killed_at = database.scalar(progress)
        killed = time.monotonic()
        stuck = database.scalar("SELECT status FROM django_tasks_database_dbtaskresult")
        second = faults.start(database, "worker", log=log)
        try:
            faults.wait_for(lambda: database.scalar(status) == "done", timeout, every=0.2)
            finished = time.monotonic()
        finally:
            faults.stop(second)
        state = database.run("check", str(list_id))
    return {
        **state, "rows": rows, "committed_at_kill": killed_at, "task_after_kill": stuck,
        "seconds_to_kill": round(killed - started, 1),
        "seconds_after_restart": round(finished - killed, 1),
    }  # fmt: skip


@pytest.mark.parametrize("kind", _backends())
def test_a_worker_killed_mid_list_is_replaced_and_every_row_is_decided_once(kind, tmp_path):
    result = kill_mid_list(kind, tmp_path, ROWS, KILL_AFTER)
    assert result["task_after_kill"] == "RUNNING"  # what django-tasks-db alone would keep
    assert KILL_AFTER <= result["committed_at_kill"] < ROWS  # killed in the middle
    assert result["status"] == "done", result
    assert result["source_records"] == result["distinct_rows"] == ROWS
    assert result["rows_missing"] == []
    assert result["rows_decided_twice"] == []
    assert result["duplicate_facilities"] == 0
    assert result["twins_apart"] == 0
    assert result["facilities"] == result["new_decisions"] <= ROWS // 2
    assert result["tasks"] == {"SUCCESSFUL": 1}
    print(result)
