"""Backup and restore of the demo data plus grievance cases: archive size, the time to back
up, and the time to restore into a second, empty database (a separate process, as an
operator would run it) with every check.

    python -m bench.backup [--cases 200] [--evidence-kb 100]

The database is whatever ``DATABASE_URL`` names (a fresh SQLite file by default); the restore
goes to a second SQLite file, or a second database on the same PostgreSQL server.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _load(cases: int, evidence_kb: int) -> None:
    from chainrights.audits.demo import load_demo_audits
    from chainrights.codes.demo import load_demo_codes
    from chainrights.core.demo import load_demo
    from chainrights.grievances import services
    from chainrights.registry.demo import load_demo_lists

    load_demo()
    load_demo_lists()
    load_demo_codes()
    load_demo_audits()
    from django.contrib.auth import get_user_model

    handler = get_user_model().objects.get(username="handler")
    for n in range(cases):
        case, _ = services.file_grievance(services.Intake(
            narrative=f"Case {n}: overtime unpaid for three months on line {n % 12}, "
                      "the supervisor threatens anyone who complains.",
            facility_text=f"Factory {n % 40}", contact=f"worker{n}@example.org"))  # fmt: skip
        photo = b"%PDF-1.4\n" + os.urandom(evidence_kb * 1024)  # incompressible, like a photo
        services.complainant_reply(case, "More details", evidence=[("e.pdf", "application/pdf",
                                                                    photo)])  # fmt: skip
        services.message_complainant(case, handler, "Thank you, we are looking into it.")


def _second_database(url: str, workdir: str) -> str:
    if not url.startswith("postgres"):
        return f"sqlite:///{workdir}/restored.sqlite3"
    from bench.registry import _create_postgres_database

    second = url.rsplit("/", 1)[0] + "/bench_restored"
    _create_postgres_database(second)
    return second


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=200)
    parser.add_argument("--evidence-kb", type=int, default=100)
    args = parser.parse_args()
    from bench.registry import _setup

    _setup()
    from django.db import connection

    from chainrights.core.backup import backup

    _load(args.cases, args.evidence_kb)
    workdir = tempfile.mkdtemp(prefix="chainrights-bench-backup-")
    result = backup(Path(workdir) / "bench.tar.gz")
    rows = sum(result.manifest["tables"].values())
    env = {**os.environ, "DATABASE_URL": _second_database(os.environ["DATABASE_URL"], workdir)}
    start = time.perf_counter()
    restored = subprocess.run(  # noqa: S603
        [sys.executable, "-m", "chainrights", "restore", str(result.path)],
        env=env, capture_output=True, text=True, timeout=3600,
    )  # fmt: skip
    seconds = time.perf_counter() - start
    print(restored.stdout.strip())
    if restored.returncode != 0:
        print(restored.stderr, file=sys.stderr)
        return 1
    print(f"backup ({connection.vendor}, demo + {args.cases} cases with {args.evidence_kb} KB "
          f"evidence each): {rows:,} rows, {result.manifest['event_log']['seq']:,} events, "
          f"archive {result.size / 2**20:.1f} MiB in {result.seconds:.2f} s; restore into an "
          f"empty database with every check {seconds:.2f} s (process start included)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
