"""Fault benchmarks: the heavier variants of the fault tests, with their figures.

    python -m bench.faults worker [--rows 10000] [--kill-after 5000]
    scripts/with-postgres python -m bench.faults intake [--clients 8] [--before 10] [--after 10]

``worker``: a real ``chainrights worker`` is SIGKILLed once ``--kill-after`` rows of the list
are committed, a second one is started; it re-queues the task (its heartbeat stopped) and
the list completes. Reports the rows, where the kill fell, the seconds from restart to done,
and the checks of ``tests/registry/test_worker_fault.py`` (every row decided once, no
facility founded twice, every twin with its original). On the database ``DATABASE_URL``
names: a file SQLite database without it, PostgreSQL under ``scripts/with-postgres``.

``intake``: ``--clients`` threads file grievances through ``chainrights serve`` while
PostgreSQL restarts; submissions answered 201 against cases stored (decrypted and compared).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.faults")
    sub = parser.add_subparsers(dest="what", required=True)
    worker = sub.add_parser("worker")
    worker.add_argument("--rows", type=int, default=10_000)
    worker.add_argument("--kill-after", type=int, default=5_000)
    intake = sub.add_parser("intake")
    intake.add_argument("--clients", type=int, default=8)
    intake.add_argument("--before", type=float, default=10)
    intake.add_argument("--after", type=float, default=10)
    args = parser.parse_args(argv)
    on_postgres = os.environ.get("DATABASE_URL", "").startswith("postgres")
    workdir = Path(tempfile.mkdtemp(prefix="chainrights-faults-"))
    if args.what == "worker":
        from tests.registry.test_worker_fault import kill_mid_list

        kind = "postgres" if on_postgres else "sqlite"
        result = kill_mid_list(kind, workdir, args.rows, args.kill_after, timeout=3600)
        result["database"] = kind
        ok = (
            result["status"] == "done" and result["rows_missing"] == []
            and result["rows_decided_twice"] == [] and result["duplicate_facilities"] == 0
            and result["twins_apart"] == 0
        )  # fmt: skip
    else:
        if not on_postgres:
            print("SKIPPED intake fault benchmark: run it under scripts/with-postgres")
            return 0
        from tests.grievances.test_intake_fault import intake_through_a_restart

        result = intake_through_a_restart(workdir, args.clients, args.before, args.after)
        ok = not result["lost"] and not result["altered"] and result["recovered"]
    print(json.dumps(result, indent=1))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
