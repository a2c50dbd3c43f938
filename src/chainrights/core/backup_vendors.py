"""The database side of backup and restore, one class per vendor (their quirks live here).

SQLite is copied with its online backup API, which reads one consistent snapshot while the app
keeps writing (WAL). PostgreSQL is dumped with ``pg_dump --format=custom`` inside a
repeatable-read transaction whose snapshot ``pg_dump`` shares, so the row counts and chain
head in the manifest describe exactly the rows in the dump; ``pg_restore`` loads it in one
transaction. Passwords reach the PostgreSQL tools through ``PGPASSWORD``, never the command
line.
"""

from __future__ import annotations

import glob
import os
import shutil
import sqlite3
import subprocess
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from django.db import transaction
from django.db.backends.base.base import BaseDatabaseWrapper

from chainrights.core.models import Event


class BackupError(Exception):
    """A backup or restore that was refused or failed before anything was changed."""


@dataclass
class State:
    """What a database holds, as the manifest records it."""

    tables: dict[str, int] = field(default_factory=dict)
    migrations: dict[str, list[str]] = field(default_factory=dict)
    event_log: dict[str, Any] = field(default_factory=dict)


def read_state(cursor: Any, tables: list[str]) -> State:
    """Row counts of ``tables``, the applied migrations and the event log's head, through any
    DB-API cursor (a Django one or a raw ``sqlite3`` one) that sees one snapshot."""

    state = State()
    for table in sorted(tables):
        cursor.execute(f'SELECT COUNT(*) FROM "{table}"')  # noqa: S608 (names from the schema)
        state.tables[table] = int(cursor.fetchone()[0])
    if "django_migrations" in state.tables:
        cursor.execute("SELECT app, name FROM django_migrations ORDER BY app, name")
        for app, name in cursor.fetchall():
            state.migrations.setdefault(app, []).append(name)
    log, seq, digest = (
        Event._meta.db_table,
        Event._meta.get_field("seq").column,
        Event._meta.get_field("hash").column,
    )
    state.event_log = {"seq": 0, "hash": None, "events": 0}
    if log in state.tables:
        cursor.execute(f'SELECT "{seq}", "{digest}" FROM "{log}" ORDER BY "{seq}" DESC LIMIT 1')  # noqa: S608
        row = cursor.fetchone()
        if row is not None:
            state.event_log = {"seq": int(row[0]), "hash": row[1], "events": state.tables[log]}
    return state


class Sqlite:
    name: ClassVar[str] = "sqlite"
    label: ClassVar[str] = "SQLite"
    member: ClassVar[str] = "database.sqlite3"

    @staticmethod
    def _tables(cursor: Any) -> list[str]:
        cursor.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
        return [row[0] for row in cursor.fetchall()]

    def server_version(self, connection: BaseDatabaseWrapper) -> str:
        return sqlite3.sqlite_version

    def snapshot(self, connection: BaseDatabaseWrapper, dest: Path, volatile: set[str]) -> State:
        connection.ensure_connection()
        with closing(sqlite3.connect(dest)) as copy:
            connection.connection.backup(copy)  # one step: one consistent read snapshot
            copy.execute("PRAGMA journal_mode=DELETE")  # a self-contained file, no -wal beside
            copy.execute("PRAGMA secure_delete=ON")  # the emptied rows are zeroed, not freed
            cursor = copy.cursor()
            tables = self._tables(cursor)
            for table in sorted(volatile & set(tables)):
                cursor.execute(f'DELETE FROM "{table}"')  # noqa: S608 (names from the schema)
            copy.commit()
            return read_state(cursor, tables)

    def state(self, connection: BaseDatabaseWrapper) -> State:
        with connection.cursor() as cursor:
            return read_state(cursor, self._tables(cursor))

    def exists(self, connection: BaseDatabaseWrapper) -> bool:
        """Whether there is anything to look at (a missing file is not created by looking)."""
        name = str(connection.settings_dict["NAME"])
        if _in_memory(name):
            raise BackupError("the target is an in-memory SQLite database; restore into a file")
        return Path(name).exists() and Path(name).stat().st_size > 0

    def load(self, connection: BaseDatabaseWrapper, src: Path) -> None:
        connection.close()
        target = Path(str(connection.settings_dict["NAME"]))
        target.parent.mkdir(parents=True, exist_ok=True)
        with (
            closing(sqlite3.connect(src)) as source,
            closing(sqlite3.connect(target, timeout=20)) as dest,
        ):
            try:
                source.backup(dest)  # every page in one write transaction: all or nothing
            except sqlite3.Error as exc:
                raise BackupError(f"restoring SQLite failed ({exc}); nothing was changed") from exc


def _in_memory(name: str) -> bool:
    return name == ":memory:" or "mode=memory" in name


class Postgres:
    name: ClassVar[str] = "postgresql"
    label: ClassVar[str] = "PostgreSQL"
    member: ClassVar[str] = "database.pgdump"

    @staticmethod
    def _tables(cursor: Any) -> list[str]:
        cursor.execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
        return [row[0] for row in cursor.fetchall()]

    def server_version(self, connection: BaseDatabaseWrapper) -> str:
        connection.ensure_connection()
        return str(connection.pg_version)  # type: ignore[attr-defined]

    def snapshot(self, connection: BaseDatabaseWrapper, dest: Path, volatile: set[str]) -> State:
        if connection.in_atomic_block:
            raise BackupError("run the backup outside a transaction")
        with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
            cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            cursor.execute("SELECT pg_export_snapshot()")
            snapshot_id = cursor.fetchone()[0]
            excluded = [f"--exclude-table-data={table}" for table in sorted(volatile)]
            _run_tool(
                "pg_dump",
                ["--format=custom", f"--snapshot={snapshot_id}", f"--file={dest}", *excluded],
                connection.settings_dict,
            )
            state = read_state(cursor, self._tables(cursor))
        for table in volatile & set(state.tables):
            state.tables[table] = 0  # their rows were left out of the dump
        return state

    def state(self, connection: BaseDatabaseWrapper) -> State:
        with connection.cursor() as cursor:
            return read_state(cursor, self._tables(cursor))

    def exists(self, connection: BaseDatabaseWrapper) -> bool:
        try:
            connection.ensure_connection()
        except Exception as exc:
            raise BackupError(
                f"cannot connect to the target database: {str(exc).strip()}; create it first "
                "(createdb) and check DATABASE_URL"
            ) from exc
        return True

    def load(self, connection: BaseDatabaseWrapper, src: Path) -> None:
        connection.close()
        options = ["--clean", "--if-exists", "--no-owner", "--no-privileges",
                   "--single-transaction", "--exit-on-error"]  # fmt: skip
        database = str(connection.settings_dict["NAME"])
        _run_tool("pg_restore", [*options, f"--dbname={database}", str(src)],
                  connection.settings_dict)  # fmt: skip


VENDORS: dict[str, Sqlite | Postgres] = {"sqlite": Sqlite(), "postgresql": Postgres()}

# Connection settings and OPTIONS that libpq reads from the environment.
_PG_ENV = {"HOST": "PGHOST", "PORT": "PGPORT", "USER": "PGUSER", "PASSWORD": "PGPASSWORD",
           "NAME": "PGDATABASE"}  # fmt: skip
_PG_OPTIONS = {"sslmode": "PGSSLMODE", "sslrootcert": "PGSSLROOTCERT", "sslcert": "PGSSLCERT",
               "sslkey": "PGSSLKEY", "passfile": "PGPASSFILE", "service": "PGSERVICE"}  # fmt: skip


def pg_tool(name: str) -> str:
    """``pg_dump`` or ``pg_restore``: the newest under /usr/lib/postgresql (Debian keeps every
    major version there), else the one on PATH."""

    def major(path: str) -> int:
        part = Path(path).parts[-3]
        return int(part) if part.isdigit() else 0

    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), key=major)
    tool = found[-1] if found else shutil.which(name)
    if tool is None:
        raise BackupError(f"{name} was not found on PATH or under /usr/lib/postgresql")
    return tool


def _run_tool(name: str, args: list[str], settings_dict: dict[str, Any]) -> None:
    env = {**os.environ}
    for key, variable in _PG_ENV.items():
        if settings_dict.get(key):
            env[variable] = str(settings_dict[key])
    for key, variable in _PG_OPTIONS.items():
        if settings_dict.get("OPTIONS", {}).get(key):
            env[variable] = str(settings_dict["OPTIONS"][key])
    result = subprocess.run(  # noqa: S603  (our own arguments, no shell)
        [pg_tool(name), "--no-password", *args], env=env, capture_output=True, text=True
    )
    if result.returncode != 0:
        # pg_restore runs as one transaction, so a failure leaves the target as it was.
        unchanged = "; nothing was changed" if name == "pg_restore" else ""
        raise BackupError(f"{name} failed: {result.stderr.strip()}{unchanged}")
