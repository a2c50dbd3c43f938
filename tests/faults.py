"""Helpers for the fault tests (and their heavier variants in ``bench.faults``): a database of
its own for real worker and server processes, a supplier list with twins, and the checks.

The processes run ``chainrights`` with the production settings module on that database; this
module also runs as ``python -m tests.faults COMMAND`` inside such an environment, to set a
database up and to read it back as JSON.
"""

from __future__ import annotations

import csv
import io
import json
import os
import random
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable


@dataclass
class Database:
    url: str
    env: dict[str, str] = field(default_factory=dict)

    @property
    def postgres(self) -> bool:
        return self.url.startswith("postgres")

    def run(self, *args: str, timeout: float = 300) -> Any:
        """``python -m tests.faults ARGS`` on this database; its JSON answer."""
        done = subprocess.run(  # noqa: S603
            [PYTHON, "-m", "tests.faults", *args], env=self.env, cwd=ROOT, check=True,
            capture_output=True, text=True, timeout=timeout,
        )  # fmt: skip
        return json.loads(done.stdout.strip().splitlines()[-1])

    def scalar(self, sql: str) -> Any:
        """One value read straight from the database (no Django in this process)."""
        if self.postgres:
            import psycopg

            with psycopg.connect(self.url, connect_timeout=5) as conn:
                row = conn.execute(sql).fetchone()
        else:
            import sqlite3

            path = self.url.removeprefix("sqlite:///")
            with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=20) as conn:
                row = conn.execute(sql).fetchone()
        return row[0] if row else None


def environment(url: str, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(
        DJANGO_SETTINGS_MODULE="chainrights.settings", DATABASE_URL=url, DEBUG="false",
        TASKS_BACKEND="django_tasks_db.DatabaseBackend", PYTHONPATH=str(ROOT),
        PYTHONUNBUFFERED="1", **extra,
    )  # fmt: skip
    return env


@contextmanager
def fresh_database(kind: str, workdir: Path, **extra: str) -> Iterator[Database]:
    """A migrated database of its own: a file under ``workdir``, or a new database on the
    PostgreSQL server ``DATABASE_URL`` names (dropped afterwards)."""
    if kind == "sqlite":
        url = f"sqlite:///{workdir / 'fault.sqlite3'}"
        database = Database(url, environment(url, **extra))
        database.run("migrate")
        yield database
        return
    import psycopg

    base = os.environ["DATABASE_URL"].rsplit("/", 1)[0]
    name = f"chainrights_fault_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    database = Database(f"{base}/{name}", environment(f"{base}/{name}", **extra))
    try:
        database.run("migrate")
        yield database
    finally:
        for _ in range(20):
            try:
                with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
                    conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                break
            except psycopg.OperationalError:  # the server may still be restarting
                time.sleep(0.5)


def start(database: Database, *args: str, log: Path) -> subprocess.Popen[bytes]:
    with log.open("ab") as out:  # the child keeps its own copy of the descriptor
        return subprocess.Popen(  # noqa: S603
            [PYTHON, "-m", "chainrights", *args], env=database.env, cwd=ROOT, stdout=out,
            stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip


def stop(process: subprocess.Popen[bytes], sig: int = signal.SIGTERM) -> None:
    if process.poll() is None:
        os.killpg(process.pid, sig)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=30)


def wait_for(check: Any, timeout: float, every: float = 0.05) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(every)
    raise TimeoutError(f"still waiting after {timeout} s")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def restart_postgres() -> float:
    """Restart the server ``scripts/with-postgres`` started (fast shutdown: sessions are cut,
    committed work is kept); the seconds it took."""
    data, pg_ctl = os.environ["CHAINRIGHTS_PG_DATA"], os.environ["CHAINRIGHTS_PG_CTL"]
    log = str(Path(data).parent / "server.log")  # where scripts/with-postgres logs it
    command = [pg_ctl, "-D", data, "-l", log, "restart", "-m", "fast", "-w"]
    if os.geteuid() == 0:  # the server runs as the data directory's owner
        command = ["runuser", "-u", "postgres", "--", *command]
    began = time.monotonic()
    subprocess.run(  # noqa: S603  (the new server must not hold on to our pipes)
        command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120
    )
    return time.monotonic() - began


# --- the list: distinct facilities, then each again in capitals (its twin) ---------------

PLACES = [
    ("BD", "Ashulia, Savar, Dhaka"), ("BD", "Gazipur Sadar, Gazipur"), ("VN", "Tan Uyen, Binh Duong"),
    ("VN", "Long Thanh, Dong Nai"), ("KH", "Por Sen Chey, Phnom Penh"), ("IN", "Tiruppur, Tamil Nadu"),
    ("TR", "Esenyurt, Istanbul"), ("CN", "Humen Town, Dongguan, Guangdong"),
]  # fmt: skip
SYLLABLES = [
    "an",
    "bao",
    "chen",
    "da",
    "fu",
    "hai",
    "hong",
    "jia",
    "kang",
    "li",
    "long",
    "mei",
    "ming",
    "nan",
    "ping",
    "rong",
    "sheng",
    "tai",
    "wei",
]
KINDS = ["Garments", "Knitwear", "Apparel", "Textiles", "Fashion", "Denim", "Sweaters"]


def twin_list(unique: int, seed: int = 13) -> bytes:
    """A CSV of ``unique`` made-up facilities followed by the same rows in capitals: a twin
    must join the facility its original founded, never found a second one."""
    rng = random.Random(seed)
    rows = []
    for i in range(unique):
        country, place = rng.choice(PLACES)
        word = "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize()
        name = f"{word} {rng.choice(KINDS)} {i} Ltd"
        rows.append([country, name, f"Plot {i}, Road {rng.randint(1, 99)}, {place}"])
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["country", "name", "address"])
    writer.writerows(rows)
    writer.writerows([[c, n.upper(), a.upper()] for c, n, a in rows])
    return out.getvalue().encode()


# --- commands run inside the environment -----------------------------------------------


def _migrate() -> dict[str, Any]:
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("createcachetable", verbosity=0)
    return {"ok": True}


def _upload(unique: str) -> dict[str, Any]:
    from chainrights.core.models import Organisation
    from chainrights.core.services import create_account
    from chainrights.registry import services

    account = create_account(
        username="fault-brand", password="fault-brand-password-2026",
        org_name="Fault Apparel", org_kind="brand", role="editor",
    )  # fmt: skip
    owner = Organisation.objects.get(pk=account.organisation.pk)
    item, _ = services.upload_list(
        owner=owner, user=account.user, name="fault", filename="fault.csv",
        content=twin_list(int(unique)),
    )  # fmt: skip
    return {"list": item.pk}


def _operator() -> dict[str, Any]:
    from chainrights.core.services import create_account

    create_account(
        username="fault-operator", password="fault-operator-password-2026",
        org_name="Fault Operator", org_kind="operator", role="editor",
    )  # fmt: skip
    return {"ok": True}


def _check(list_id: str) -> dict[str, Any]:
    """What the list became: per-row records and decisions, facilities, twins, tasks."""
    from collections import Counter

    from django_tasks_db.models import DBTaskResult

    from chainrights.registry.models import Facility, MatchDecision, SourceRecord, SupplierList

    item = SupplierList.objects.get(pk=int(list_id))
    rows = list(SourceRecord.objects.filter(supplier_list=item).values_list("row", flat=True))
    decisions = Counter(
        MatchDecision.objects.filter(source__supplier_list=item).values_list(
            "source__row", flat=True
        )
    )
    facility_of = dict(
        MatchDecision.objects.filter(source__supplier_list=item).values_list(
            "source__row", "facility_id"
        )
    )
    kinds = dict(
        MatchDecision.objects.filter(source__supplier_list=item).values_list(
            "source__row", "decision"
        )
    )
    half = item.total_rows // 2
    twins_apart = [
        r
        for r in range(half)
        if kinds.get(r) == "new" and facility_of.get(r + half) != facility_of[r]
    ]
    same_site = Counter(
        (f.country, f.name.upper(), f.address.upper()) for f in Facility.objects.all()
    )
    return {
        "status": item.status, "failure": item.failure, "total_rows": item.total_rows,
        "processed_rows": item.processed_rows, "counts": item.counts,
        "source_records": len(rows), "distinct_rows": len(set(rows)),
        "rows_missing": sorted(set(range(item.total_rows)) - set(rows))[:20],
        "rows_decided_twice": sorted(r for r, n in decisions.items() if n != 1)[:20],
        "facilities": Facility.objects.count(),
        "new_decisions": sum(1 for k in kinds.values() if k == "new"),
        "duplicate_facilities": sum(n - 1 for n in same_site.values() if n > 1),
        "twins_apart": len(twins_apart),
        "tasks": dict(Counter(DBTaskResult.objects.values_list("status", flat=True))),
    }  # fmt: skip


def _cases() -> dict[str, Any]:
    """Every stored case: reference → decrypted narrative."""
    from chainrights.grievances.models import Case

    return {"cases": {c.reference: c.narrative for c in Case.objects.all()}}


COMMANDS = {
    "migrate": _migrate, "upload": _upload, "operator": _operator, "check": _check,
    "cases": _cases,
}  # fmt: skip


def main(argv: list[str]) -> int:
    import django

    django.setup()
    command, *args = argv
    print(json.dumps(COMMANDS[command](*args)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
