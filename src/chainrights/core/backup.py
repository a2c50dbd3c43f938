"""Backup and restore of the whole platform: one archive that round-trips every encrypted value,
every uploaded file and the event log, and is useless without the keys of the environment.

Django's ``dumpdata``/``loaddata`` cannot do this: encrypted fields serialise as the literal
``"<encrypted>"``, evidence cannot be loaded back and the log's datetimes lose their
microseconds, so no event verifies (those commands are refused on domain tables). Every upload
(grievance evidence, audit documents, code files, supplier lists) lives in the database, so the
database copy carries it.

The archive (``.tar.gz``, mode 0600) holds ``manifest.json`` first, then ``manifest.hmac`` and
the database (``backup_vendors``). The manifest records the format version, the time, the
database vendor, the migrations applied, the rows of every table, the event log's head and
the SHA-256 of every member; it is signed with a key derived from ``CHAINRIGHTS_DATA_KEY`` and
holds one probe token per data key, so a restore can tell a missing key from a tampered file.
No key, and no row of the session or cache tables (each session key signs someone in), is
ever written into it. A restore checks everything before it changes anything.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import os
import re
import tarfile
import tempfile
import time
import zlib
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from cryptography.fernet import Fernet, InvalidToken
from django.apps import apps
from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.loader import MigrationLoader
from django.utils import timezone

from chainrights.core.backup_vendors import VENDORS, BackupError, State
from chainrights.core.crypto import EncryptedBinaryField, EncryptedTextField, decrypt_bytes
from chainrights.core.events import verify_log
from chainrights.core.models import Event

__all__ = ["BackupError", "BackupResult", "RestoreReport", "backup", "restore"]

FORMAT, FORMAT_VERSION = "chainrights-backup", 1
MANIFEST, SIGNATURE = "manifest.json", "manifest.hmac"
PROBE = b"chainrights backup key probe"
UNCHANGED = "nothing was changed"
# Rows `migrate` writes by itself: a database holding only these is empty for a restore.
MIGRATE_FILLS = {"contenttypes.contenttype", "auth.permission", "core.right", "core.chainhead"}
REFERENCE_ACTOR = "system:reference"  # the actor of the rights taxonomy sync after migrate
SAFE_NAME = re.compile(r"^[a-z0-9_-]+(\.[a-z0-9_-]+)*$")


@dataclass
class BackupResult:
    path: Path
    size: int
    seconds: float
    manifest: dict[str, Any]


@dataclass
class RestoreReport:
    manifest: dict[str, Any]
    state: State
    seconds: float
    mismatches: list[str] = field(default_factory=list)
    log_checked: int = 0
    log_problems: list[tuple[int, str]] = field(default_factory=list)
    decrypted: int = 0
    undecryptable: list[str] = field(default_factory=list)
    pending_migrations: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.mismatches or self.log_problems or self.undecryptable)


def volatile_tables() -> set[str]:
    """Tables whose rows stay out of the archive: sessions (each key signs a person in) and a
    database cache (rate-limit counters). After a restore people sign in again."""
    tables = {"django_session"}
    for cache in settings.CACHES.values():
        if str(cache["BACKEND"]).endswith("DatabaseCache"):
            tables.add(str(cache["LOCATION"]))
    return tables


def _mac(key: str, data: bytes) -> str:
    derived = hmac.new(key.encode(), b"chainrights backup manifest", hashlib.sha256).digest()
    return hmac.new(derived, data, hashlib.sha256).hexdigest()


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _version() -> str:

    try:
        return version("chainrights")
    except PackageNotFoundError:  # pragma: no cover (always installed, editable or not)
        return "unknown"


def backup(archive: Path, using: str = DEFAULT_DB_ALIAS) -> BackupResult:
    """Write the database and its manifest to ``archive`` (which must not exist yet)."""
    started = time.perf_counter()
    archive = Path(archive)
    if archive.exists():
        raise BackupError(f"{archive} already exists; choose a new name (e.g. with the date)")
    if not archive.parent.is_dir():
        raise BackupError(f"{archive.parent} is not a directory")
    connection = connections[using]
    vendor = VENDORS.get(connection.vendor)
    if vendor is None:
        raise BackupError(f"cannot back up a {connection.vendor} database")
    with tempfile.TemporaryDirectory(dir=archive.parent, prefix=".chainrights-backup-") as tmp:
        database = Path(tmp) / vendor.member
        state = vendor.snapshot(connection, database, volatile_tables())
        manifest = _manifest(state, vendor.name, vendor.member, vendor.server_version(connection))
        manifest["members"] = {
            vendor.member: {"sha256": _sha256(database), "size": database.stat().st_size}
        }
        _write(archive, manifest, database)
    return BackupResult(archive, archive.stat().st_size, time.perf_counter() - started, manifest)


def _manifest(state: State, vendor: str, member: str, server_version: str) -> dict[str, Any]:

    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "created_at": timezone.now().isoformat(),
        "chainrights_version": _version(),
        "database": {"vendor": vendor, "member": member, "server_version": server_version},
        "migrations": state.migrations,
        "tables": state.tables,
        "event_log": state.event_log,
        "emptied_tables": sorted(volatile_tables() & set(state.tables)),
        # One token of a known text per data key: a restore tells a missing key at once.
        "data_keys": {
            "count": len(settings.DATA_KEYS),
            "probes": [Fernet(k.encode()).encrypt(PROBE).decode() for k in settings.DATA_KEYS],
        },
    }


def _write(archive: Path, manifest: dict[str, Any], database: Path) -> None:
    """The archive under a temporary name first, so a failed run leaves no half archive."""
    body = json.dumps(manifest, indent=1, sort_keys=True, ensure_ascii=False).encode()
    signature = _mac(settings.DATA_KEYS[0], body).encode()
    partial = archive.with_name(archive.name + ".partial")
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out, tarfile.open(fileobj=out, mode="w:gz") as tar:
            for name, data in ((MANIFEST, body), (SIGNATURE, signature)):
                info = tarfile.TarInfo(name)
                info.size, info.mode, info.mtime = len(data), 0o600, int(time.time())
                tar.addfile(info, io.BytesIO(data))
            tar.add(database, arcname=manifest["database"]["member"], filter=_private)
        os.replace(partial, archive)
    finally:
        partial.unlink(missing_ok=True)


def _private(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.mode, info.uid, info.gid, info.uname, info.gname = 0o600, 0, 0, "", ""
    return info


def _check_keys(manifest: dict[str, Any], body: bytes, signature: bytes) -> None:

    keys = manifest.get("data_keys", {})
    try:
        probes_ok = all(decrypt_bytes(p.encode()) == PROBE for p in keys.get("probes", [None]))
    except (InvalidToken, AttributeError):
        probes_ok = False
    if not probes_ok:
        raise BackupError(
            f"the CHAINRIGHTS_DATA_KEY of this environment cannot decrypt this archive (made "
            f"{manifest.get('created_at')} with {keys.get('count', '?')} data key(s)): set "
            f"every key that was in use then, comma-separated, newest first; {UNCHANGED}"
        )
    text = signature.decode("ascii", "replace").strip()
    if not any(hmac.compare_digest(_mac(k, body), text) for k in settings.DATA_KEYS):
        raise BackupError(f"the manifest was altered after the backup was made (its "
                          f"signature does not match); {UNCHANGED}")  # fmt: skip


def _read_manifest(tar: tarfile.TarFile) -> tuple[dict[str, Any], bytes, bytes]:
    found: dict[str, bytes] = {}
    for expected in (MANIFEST, SIGNATURE):
        member = tar.next()
        if member is None or member.name != expected or not member.isfile():
            raise BackupError(f"not a chainrights backup (no {expected} where it belongs); "
                              f"{UNCHANGED}")  # fmt: skip
        found[expected] = tar.extractfile(member).read(10 * 1024 * 1024)  # type: ignore[union-attr]
    try:
        manifest = json.loads(found[MANIFEST])
    except ValueError as exc:
        raise BackupError(f"the manifest is not valid JSON ({exc}); {UNCHANGED}") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError(f"not a chainrights backup; {UNCHANGED}")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise BackupError(f"backup format {manifest.get('format_version')} is not supported "
                          f"by this version (format {FORMAT_VERSION}); {UNCHANGED}")  # fmt: skip
    return manifest, found[MANIFEST], found[SIGNATURE]


def _unpack(archive: Path, into: Path) -> dict[str, Any]:
    """The manifest, once the keys fit, its signature holds and every member is unpacked into
    ``into`` with the size and checksum the manifest gives; else ``BackupError``."""
    if not archive.is_file():
        raise BackupError(f"{archive} does not exist")
    try:
        with tarfile.open(archive, "r:*") as tar:
            manifest, body, signature = _read_manifest(tar)
            _check_keys(manifest, body, signature)
            expected: dict[str, Any] = manifest.get("members", {})
            seen = set()
            for member in tar:
                if member.name in (MANIFEST, SIGNATURE):
                    continue
                entry = expected.get(member.name)
                if entry is None or not member.isfile() or not SAFE_NAME.match(member.name):
                    raise BackupError(f"{member.name}: not listed in the manifest; {UNCHANGED}")
                source = tar.extractfile(member)
                assert source is not None  # a regular file, checked above
                digest, size = hashlib.sha256(), 0
                with (into / member.name).open("wb") as out:
                    for block in iter(lambda: source.read(1 << 20), b""):  # noqa: B023
                        digest.update(block)
                        size += len(block)
                        if size > entry.get("size", 0):
                            break  # larger than the manifest says: stop filling the disk
                        out.write(block)
                if (digest.hexdigest(), size) != (entry.get("sha256"), entry.get("size")):
                    raise BackupError(f"{member.name}: the checksum does not match the manifest "
                                      f"(altered or corrupt); {UNCHANGED}")  # fmt: skip
                seen.add(member.name)
    except (tarfile.TarError, EOFError, zlib.error, OSError) as exc:
        raise BackupError(f"{archive} is truncated or corrupt ({exc}); {UNCHANGED}") from exc
    missing = sorted(set(expected) - seen)
    if missing:
        raise BackupError(f"members missing from the archive: {', '.join(missing)}; {UNCHANGED}")
    return manifest


def _migration_check(manifest: dict[str, Any]) -> list[str]:
    """Refuse an archive from a newer installation; return what this one would migrate."""

    known = set(MigrationLoader(None, ignore_no_migrations=True).disk_migrations)
    applied = {(app, name) for app, names in manifest["migrations"].items() for name in names}
    unknown = sorted(f"{app}.{name}" for app, name in applied - known)
    if unknown:
        shown = ", ".join(unknown[:5]) + (" …" if len(unknown) > 5 else "")
        raise BackupError(f"the archive has migrations this installation does not know "
                          f"({shown}): install the version that made it; {UNCHANGED}")  # fmt: skip
    return sorted(f"{app}.{name}" for app, name in known - applied)


def occupied(using: str = DEFAULT_DB_ALIAS) -> dict[str, int]:
    """Rows in the target that a restore would replace: every model table except what
    ``migrate`` fills by itself (content types, permissions, the rights taxonomy and its
    events), and nothing for a database that has no file yet."""

    connection = connections[using]
    if not VENDORS[connection.vendor].exists(connection):
        return {}
    with connection.cursor() as cursor:
        tables = set(connection.introspection.table_names(cursor))
        rows: dict[str, int] = {}
        skip = volatile_tables() | {Event._meta.db_table}
        for model in apps.get_models(include_auto_created=True):
            table = model._meta.db_table
            if (
                table in tables
                and table not in skip
                and model._meta.label_lower not in MIGRATE_FILLS
            ):
                cursor.execute(f'SELECT COUNT(*) FROM "{table}"')  # noqa: S608 (model tables)
                rows[table] = int(cursor.fetchone()[0])
    if Event._meta.db_table in tables:
        logged = Event.objects.using(using).exclude(actor_label=REFERENCE_ACTOR).count()
        rows[Event._meta.db_table] = logged
    return {table: n for table, n in sorted(rows.items()) if n}


def undecryptable(using: str = DEFAULT_DB_ALIAS) -> tuple[int, list[str]]:
    """How many stored encrypted values decrypt with the configured keys, and which do not."""

    checked, failed = 0, []
    connection = connections[using]
    for model in apps.get_models():
        columns = [f.column for f in model._meta.concrete_fields
                   if isinstance(f, EncryptedTextField | EncryptedBinaryField)]  # fmt: skip
        if not columns:
            continue
        table, pk = model._meta.db_table, model._meta.pk.column
        selected = ", ".join(f'"{c}"' for c in columns)
        with connection.cursor() as cursor:
            cursor.execute(f'SELECT "{pk}", {selected} FROM "{table}" ORDER BY "{pk}"')  # noqa: S608
            for pk_value, *values in cursor:
                for column, value in zip(columns, values, strict=True):
                    if value is None:
                        continue
                    checked += 1
                    try:
                        decrypt_bytes(bytes(value))
                    except InvalidToken:
                        failed.append(f"{table}.{column} of row {pk_value}")
    return checked, failed


def restore(archive: Path, *, force: bool = False, using: str = DEFAULT_DB_ALIAS) -> RestoreReport:
    """Check the archive, the keys and the target, then replace the target database with the
    archive's, and compare what was restored with the manifest."""

    started = time.perf_counter()
    connection = connections[using]
    target = VENDORS.get(connection.vendor)
    with tempfile.TemporaryDirectory(prefix="chainrights-restore-") as tmp:
        manifest = _unpack(Path(archive), Path(tmp))
        source = VENDORS.get(manifest["database"]["vendor"])
        if source is None or target is None or source is not target:
            raise BackupError(
                f"the archive holds a {source.label if source else 'unknown'} database and the "
                f"target is {target.label if target else connection.vendor}: restoring across "
                f"database vendors is not supported; {UNCHANGED}"
            )
        pending = _migration_check(manifest)
        present = occupied(using)
        if present and not force:
            biggest = sorted(present.items(), key=lambda item: -item[1])
            listed = ", ".join(f"{t} {n:,}" for t, n in biggest[:6])
            more = f" and {len(biggest) - 6} more tables" if len(biggest) > 6 else ""
            raise BackupError(f"the target database is not empty (rows: {listed}{more}); pass "
                              f"--force to replace it; {UNCHANGED}")  # fmt: skip
        connections.close_all()
        target.load(connection, Path(tmp) / source.member)
    state = target.state(connection)
    report = RestoreReport(manifest, state, 0.0, pending_migrations=pending)
    for table, expected in manifest["tables"].items():
        if state.tables.get(table) != expected:
            report.mismatches.append(f"{table}: {expected} in the manifest, "
                                     f"{state.tables.get(table, 'no table')} restored")  # fmt: skip
    if state.event_log != manifest["event_log"]:
        report.mismatches.append(f"event log head {state.event_log} restored, "
                                 f"{manifest['event_log']} in the manifest")  # fmt: skip
    verification = verify_log(using=using)
    report.log_checked, report.log_problems = verification.checked, verification.problems
    report.decrypted, report.undecryptable = undecryptable(using)
    report.seconds = time.perf_counter() - started
    return report
