"""`chainrights backup` and `chainrights restore`: a round trip on the database the suite runs
on (SQLite in the first pass, PostgreSQL in the `scripts/with-postgres` pass) into a second,
empty database restored by a separate process; and every refusal leaves the target untouched.
"""

from __future__ import annotations

import base64
import gzip
import io
import json
import os
import subprocess
import sys
import tarfile
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from cryptography.fernet import Fernet
from django.conf import settings as django_settings
from django.core.management import CommandError, call_command
from django.db import connection

from chainrights.cli import main
from tests.core.backup_probe import stored_values, table_counts

ON_SQLITE = django_settings.DATABASES["default"]["ENGINE"].endswith("sqlite3")
ON_POSTGRES = django_settings.DATABASES["default"]["ENGINE"].endswith("postgresql")
sqlite_only = pytest.mark.skipif(not ON_SQLITE, reason="the SQLite pass")
needs_postgres = pytest.mark.skipif(not ON_POSTGRES, reason="the with-postgres pass")
committed = pytest.mark.django_db(transaction=True)  # pg_dump and a second process see it

NARRATIVES = [
    "Supervisor Rahim locked the fire exit on floor 3 and docked Nasrin's pay for asking why",
    "ম্যানেজার ওভারটাইমের টাকা দেয়নি, তিন মাস ধরে রাত দশটা পর্যন্ত কাজ",  # Bengali
    "主管没收了我们的身份证，不让我们离开宿舍",  # Chinese
]
CONTACTS = ["nasrin.secret@example.org +8801711999888", "", "WeChat: worker-li-2026"]
REPLY = "He threatened us again after the visit"
NOTE = "Nasrin, are you safe to talk on Thursday?"


def _pdf(label: str) -> bytes:
    """A small PDF-looking file with every byte value in it, so byte-for-byte means it."""
    return b"%PDF-1.4\n" + label.encode() + b"\n" + bytes(range(256)) + os.urandom(2048)


@pytest.fixture
def keys(settings: Any) -> dict[str, str]:
    """Fresh keys for this test, as production would hold them in its environment."""
    data_key = Fernet.generate_key().decode()
    settings.DATA_KEYS = [data_key]
    settings.SECRET_KEY = "test-secret-" + uuid.uuid4().hex + uuid.uuid4().hex
    return {"CHAINRIGHTS_DATA_KEY": data_key, "SECRET_KEY": settings.SECRET_KEY}


def build_demo_like_data(users: dict[str, Any]) -> dict[str, Any]:
    """Accounts, supplier lists, a claimed facility, an audit with a document, a code with its
    uploaded file, and grievance cases with narratives, contacts, messages and evidence."""
    from chainrights.audits import services as audits
    from chainrights.audits.validation import Checker, check_audit
    from chainrights.codes.services import import_code
    from chainrights.core.models import Organisation
    from chainrights.grievances import services as grievances
    from chainrights.grievances.models import State
    from tests.factories import audit_raw, sourced_claimed_facility

    facility = sourced_claimed_facility(users)
    auditor = Organisation.objects.get(name="Independent Audit Partners")
    draft = check_audit(audit_raw(facility), "test", Checker(auditor))
    audit = audits.create_audits(auditor, users["auditor"], [draft])[0]
    report = _pdf("audit report")
    audits.attach_document(audit, users["auditor"], "report.pdf", report)
    code_file = _pdf("code of conduct")
    brand = Organisation.objects.get(name="Northwind Apparel")
    import_code(owner=brand, user=users["brand"], name="Northwind code",
                text="1. No forced labour.\n2. Workers are free to join a union.",
                source_file=code_file, source_filename="code.pdf")  # fmt: skip
    evidence = []
    for narrative, contact in zip(NARRATIVES, CONTACTS, strict=True):
        case, _secret = grievances.file_grievance(grievances.Intake(
            narrative=narrative, facility_text="Rupsha Knitwear, Savar", contact=contact))  # fmt: skip
        content = _pdf(f"evidence of {case.reference}")
        grievances.complainant_reply(case, REPLY,
                                     evidence=[("payslip.pdf", "application/pdf", content)])  # fmt: skip
        grievances.message_complainant(case, users["handler"], NOTE)
        grievances.transition_case(
            case, users["handler"], State.ACKNOWLEDGED, "we have your complaint"
        )
        evidence.append(content)
    return {"files": [report, code_file, *evidence]}


@dataclass
class Target:
    """The empty database a restore writes into, as a URL for the restoring process."""

    url: str
    path: Path | None = None  # SQLite
    name: str = ""  # PostgreSQL

    def tables(self) -> list[str]:
        if self.path is not None:
            import sqlite3

            if not self.path.exists():
                return []
            with sqlite3.connect(self.path) as db:
                return [r[0] for r in db.execute("SELECT name FROM sqlite_master")]
        import psycopg

        with psycopg.connect(self.url.replace("postgres://", "postgresql://")) as db:
            rows = db.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
            return [r[0] for r in rows]


def _postgres_url(name: str) -> str:
    s = connection.settings_dict
    password = f":{s['PASSWORD']}" if s.get("PASSWORD") else ""
    return f"postgres://{s['USER']}{password}@{s['HOST']}:{s['PORT']}/{name}"


def _sqlite_target(tmp_path: Path) -> Target:
    path = tmp_path / "restored" / "chainrights.sqlite3"
    return Target(url=f"sqlite:///{path}", path=path)


@pytest.fixture
def target(tmp_path: Path, transactional_db: Any) -> Any:
    if connection.vendor == "sqlite":
        yield _sqlite_target(tmp_path)
        return
    name = f"restore_{uuid.uuid4().hex[:12]}"
    with connection.cursor() as cursor:
        cursor.execute(f'CREATE DATABASE "{name}"')
    yield Target(url=_postgres_url(name), name=name)
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _run(module: str, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(  # noqa: S603
        [sys.executable, "-m", module, *args],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=120,
    )


def restore(archive: Path, target: Target, keys: dict[str, str], *extra: str) -> Any:
    env = {"DATABASE_URL": target.url, **keys}
    return _run("chainrights", "restore", str(archive), *extra, env=env)


def probe(target: Target, keys: dict[str, str]) -> dict[str, Any]:
    result = _run("tests.core.backup_probe", env={"DATABASE_URL": target.url, **keys})
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def back_up(tmp_path: Path, capsys: Any) -> Path:
    archive = tmp_path / "backups" / "chainrights.tar.gz"
    archive.parent.mkdir()
    assert main(["backup", str(archive)]) == 0
    assert "wrote" in capsys.readouterr().out
    return archive


def members(archive: Path) -> dict[str, bytes]:
    with tarfile.open(archive) as tar:
        return {m.name: tar.extractfile(m).read() for m in tar.getmembers() if m.isfile()}


def manifest(archive: Path) -> dict[str, Any]:
    return json.loads(members(archive)["manifest.json"])


def _round_trip(demo: dict[str, Any], keys: dict[str, str], target: Target, tmp_path: Path,
                capsys: Any) -> None:  # fmt: skip
    from chainrights.core.events import verify_log

    data = build_demo_like_data(demo)
    source_values, source_counts = stored_values(), table_counts()
    assert verify_log().ok
    archive = back_up(tmp_path, capsys)

    result = restore(archive, target, keys)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "counts match" in result.stdout
    assert "OK" in result.stdout

    restored = probe(target, keys)
    # Every encrypted field decrypts to the original: narratives in three scripts, contacts,
    # messages; every file (evidence, audit document, code file, supplier lists) byte for byte.
    assert restored["values"] == source_values
    cases = restored["values"]["grievances.case"]
    assert sorted(row["narrative"] for row in cases.values()) == sorted(NARRATIVES)
    contacts = restored["values"]["grievances.contact"]
    assert sorted(row["details"] for row in contacts.values()) == sorted(c for c in CONTACTS if c)
    bodies = [row["body"] for row in restored["values"]["grievances.message"].values()]
    assert bodies.count(REPLY) == 3
    assert bodies.count(NOTE) == 3
    files = {
        base64.b64decode(value[4:])
        for rows in restored["values"].values()
        for row in rows.values()
        for value in row.values()
        if value.startswith("b64:")
    }
    assert set(data["files"]) <= files
    # The brand's and the supplier's lists, each with its uploaded bytes.
    assert len(restored["values"]["registry.supplierlist"]) >= 2
    # Row counts match the source and the manifest; the event log verifies.
    assert restored["counts"] == source_counts
    assert {t: n for t, n in manifest(archive)["tables"].items() if n} == {
        t: n for t, n in source_counts.items() if n
    }
    assert restored["log"]["ok"], restored["log"]["problems"]
    assert restored["log"]["checked"] == source_counts["core_event"] > 100


@sqlite_only
@committed
def test_sqlite_backup_restores_every_value_file_count_and_event_into_an_empty_database(
    demo, keys, target, tmp_path, capsys
):
    _round_trip(demo, keys, target, tmp_path, capsys)


@pytest.mark.postgres_only
@needs_postgres
@committed
def test_postgresql_backup_restores_every_value_file_count_and_event_into_an_empty_database(
    demo, keys, target, tmp_path, capsys
):
    _round_trip(demo, keys, target, tmp_path, capsys)


@pytest.fixture
def archive(demo: dict[str, Any], keys: dict[str, str], tmp_path: Path, capsys: Any) -> Path:
    """A backup of a small database: the demo accounts and one case with evidence."""
    from chainrights.grievances import services as grievances

    case, _ = grievances.file_grievance(grievances.Intake(
        narrative=NARRATIVES[0], facility_text="Line 7", contact=CONTACTS[0]))  # fmt: skip
    grievances.complainant_reply(case, REPLY, evidence=[("p.pdf", "application/pdf", _pdf("p"))])
    return back_up(tmp_path, capsys)


@committed
def test_manifest_names_format_time_vendor_migrations_counts_chain_head_and_checksums(archive):
    import hashlib

    from chainrights.core.models import Event

    found = manifest(archive)
    assert (found["format"], found["format_version"]) == ("chainrights-backup", 1)
    assert found["created_at"].endswith("+00:00")
    assert found["database"]["vendor"] == connection.vendor
    assert "0001_initial" in found["migrations"]["grievances"]
    newest = Event.objects.order_by("-seq").first()
    assert found["event_log"] == {"seq": newest.seq, "hash": newest.hash, "events": newest.seq}
    assert found["tables"]["grievances_case"] == 1
    assert found["tables"]["grievances_evidence"] == 1
    contents = members(archive)
    assert set(found["members"]) == set(contents) - {"manifest.json", "manifest.hmac"}
    for name, entry in found["members"].items():
        assert entry["sha256"] == hashlib.sha256(contents[name]).hexdigest()
        assert entry["size"] == len(contents[name])


def _every_key_setting() -> list[bytes]:
    """The value of every setting named …KEY or …KEYS (the data keys, SECRET_KEY, a log key)."""
    found = []
    for name in dir(django_settings):
        if name.isupper() and name.endswith(("KEY", "KEYS")):
            value = getattr(django_settings, name)
            for item in value if isinstance(value, list | tuple) else [value]:
                if isinstance(item, str | bytes) and len(item) >= 16:
                    found.append(item.encode() if isinstance(item, str) else item)
    return found


@committed
def test_archive_holds_no_data_key_secret_key_or_their_bytes(archive, keys):
    raw_key = base64.urlsafe_b64decode(keys["CHAINRIGHTS_DATA_KEY"])
    secrets = [
        keys["CHAINRIGHTS_DATA_KEY"].encode(),
        keys["CHAINRIGHTS_DATA_KEY"].rstrip("=").encode(),
        raw_key[:16],  # Fernet's signing half
        raw_key[16:],  # and its encryption half
        keys["SECRET_KEY"].encode(),
        *_every_key_setting(),
    ]
    assert len(secrets) >= 7
    with gzip.open(archive) as stream:
        unpacked = stream.read()  # the tar stream: every member's bytes as stored
    everything = [archive.read_bytes(), unpacked, *members(archive).values()]
    for blob in everything:
        for secret in secrets:
            assert secret not in blob
    # …and the archive really holds the data (the test would pass on an empty file otherwise)
    assert len(unpacked) > 100_000


@committed
def test_restore_refuses_a_database_that_is_not_empty_unless_forced(archive, keys, target):
    first = restore(archive, target, keys)
    assert first.returncode == 0, first.stdout + first.stderr

    again = restore(archive, target, keys)
    assert again.returncode == 2
    assert "not empty" in again.stderr
    assert "--force" in again.stderr
    assert "grievances_case" in again.stderr  # says what is there

    forced = restore(archive, target, keys, "--force")
    assert forced.returncode == 0, forced.stdout + forced.stderr
    assert probe(target, keys)["log"]["ok"]


def _rewrite(archive: Path, change: Any) -> Path:
    """A copy of the archive with one member's bytes changed by ``change(name, data)``."""
    tampered = archive.with_name("tampered.tar.gz")
    with tarfile.open(archive) as source, tarfile.open(tampered, "w:gz") as out:
        for member in source.getmembers():
            data = change(member.name, source.extractfile(member).read())
            member.size = len(data)
            out.addfile(member, io.BytesIO(data))
    return tampered


def _flip_a_byte_of_the_database(name: str, data: bytes) -> bytes:
    if name.startswith("database"):
        middle = len(data) // 2
        return data[:middle] + bytes([data[middle] ^ 0xFF]) + data[middle + 1 :]
    return data


def _raise_a_count_in_the_manifest(name: str, data: bytes) -> bytes:
    if name == "manifest.json":
        found = json.loads(data)
        found["tables"]["grievances_case"] += 1
        return json.dumps(found).encode()
    return data


@committed
@pytest.mark.parametrize(
    ("change", "says"),
    [
        (_flip_a_byte_of_the_database, "checksum"),
        (_raise_a_count_in_the_manifest, "manifest was altered"),
    ],
    ids=["database", "manifest"],
)
def test_restore_refuses_a_tampered_archive_and_changes_nothing(archive, keys, target, change,
                                                                says):  # fmt: skip
    result = restore(_rewrite(archive, change), target, keys)
    assert result.returncode == 2
    assert says in result.stderr
    assert "nothing was changed" in result.stderr
    assert target.tables() == []


@committed
def test_restore_refuses_a_truncated_archive_and_changes_nothing(archive, keys, target):
    data = archive.read_bytes()
    truncated = archive.with_name("truncated.tar.gz")
    truncated.write_bytes(data[: len(data) * 2 // 3])
    result = restore(truncated, target, keys)
    assert result.returncode == 2
    assert "truncated or corrupt" in result.stderr
    assert "nothing was changed" in result.stderr
    assert target.tables() == []


@committed
@pytest.mark.parametrize("key", ["other", "none"])
def test_restore_without_the_data_key_says_so_and_changes_nothing(archive, keys, target, key):
    # "none" leaves CHAINRIGHTS_DATA_KEY unset: the development key then stands in for it
    env = dict(keys, CHAINRIGHTS_DATA_KEY=Fernet.generate_key().decode() if key == "other" else "")
    result = restore(archive, target, env)
    assert result.returncode == 2
    assert "CHAINRIGHTS_DATA_KEY" in result.stderr
    assert "nothing was changed" in result.stderr
    assert "Traceback" not in result.stderr
    assert target.tables() == []


@committed
def test_restore_during_a_key_rotation_needs_every_key_that_was_configured(
    demo, keys, settings, target, tmp_path, capsys
):
    from chainrights.grievances import services as grievances

    old = keys["CHAINRIGHTS_DATA_KEY"]
    grievances.file_grievance(grievances.Intake(narrative=NARRATIVES[1], facility_text="x"))
    new = Fernet.generate_key().decode()
    settings.DATA_KEYS = [new, old]  # rotation begun: new first, the old one still decrypts
    archive = back_up(tmp_path, capsys)

    only_new = restore(archive, target, dict(keys, CHAINRIGHTS_DATA_KEY=new))
    assert only_new.returncode == 2
    assert "2 data key(s)" in only_new.stderr
    assert target.tables() == []
    both = restore(archive, target, dict(keys, CHAINRIGHTS_DATA_KEY=f"{new},{old}"))
    assert both.returncode == 0, both.stdout + both.stderr
    assert "0 fail" in both.stdout


@committed
def test_backup_taken_while_the_app_writes_is_one_consistent_snapshot(archive, keys, target,
                                                                       tmp_path):  # fmt: skip
    assert restore(archive, target, keys).returncode == 0
    env = {**os.environ, "DATABASE_URL": target.url, **keys}
    writer = subprocess.Popen(
        [sys.executable, "-m", "tests.core.backup_probe", "write"],
        stdout=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    try:
        assert writer.stdout is not None
        assert writer.stdout.readline() == "writing\n"
        live = tmp_path / "live.tar.gz"
        taken = _run("chainrights", "backup", str(live), env={"DATABASE_URL": target.url, **keys})
        assert taken.returncode == 0, taken.stderr
    finally:
        writer.kill()
        writer.wait()
        writer.stdout.close()
    written = (
        manifest(live)["tables"]["core_organisation"]
        - manifest(archive)["tables"]["core_organisation"]
    )
    assert written > 0  # the writer was busy during the backup
    second = _sqlite_target(tmp_path / "second") if target.path else target
    if target.path is None:  # PostgreSQL: restore the live backup over the written database
        result = restore(live, second, keys, "--force")
    else:
        result = restore(live, second, keys)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "counts match" in result.stdout
    assert "restore: OK" in result.stdout
    restored = probe(second, keys)
    assert restored["log"]["ok"], restored["log"]["problems"]
    assert restored["counts"]["core_organisation"] == manifest(live)["tables"]["core_organisation"]


@committed
def test_backup_refuses_to_overwrite_an_existing_file(archive, capsys):
    before = archive.read_bytes()
    assert main(["backup", str(archive)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert archive.read_bytes() == before


@pytest.mark.postgres_only
@needs_postgres
@committed
def test_restore_refuses_an_archive_of_another_database_vendor(archive, keys, tmp_path):
    target = _sqlite_target(tmp_path)
    result = restore(archive, target, keys)
    assert result.returncode == 2
    assert "PostgreSQL" in result.stderr
    assert "SQLite" in result.stderr
    assert target.tables() == []


def test_every_uploaded_file_is_kept_in_the_database_where_the_backup_finds_it():
    """The archive carries uploads because every model keeps them in the database; a model
    that stored files elsewhere (a FileField) would need the backup extended first."""
    from django.apps import apps
    from django.db import models

    on_disk = [
        f"{m._meta.label}.{f.name}"
        for m in apps.get_models()
        for f in m._meta.get_fields()
        if isinstance(f, models.FileField)
    ]
    assert on_disk == []
    assert not getattr(django_settings, "MEDIA_ROOT", "")


def test_help_lists_backup_and_restore():
    result = _run("chainrights", "--help", env={})
    assert "backup" in result.stdout
    assert "restore" in result.stdout
    restore_help = _run("chainrights", "restore", "--help", env={})
    assert "--force" in restore_help.stdout


# dumpdata / loaddata: they turn encrypted values into "<encrypted>" and cut the event log's
# datetimes, so they are refused on domain tables and point at `chainrights backup`.


def test_dumpdata_of_the_whole_database_is_refused_and_points_to_chainrights_backup(demo):
    out = io.StringIO()
    with pytest.raises(CommandError, match="chainrights backup"):
        call_command("dumpdata", stdout=out)
    assert out.getvalue() == ""


@pytest.mark.parametrize("label", ["grievances", "grievances.case", "core.event", "auth.user"])
def test_dumpdata_of_domain_tables_is_refused(demo, label):
    with pytest.raises(CommandError, match="chainrights backup"):
        call_command("dumpdata", label, stdout=io.StringIO())


def test_dumpdata_of_framework_tables_is_still_allowed(demo):
    out = io.StringIO()
    call_command("dumpdata", "contenttypes", "auth.permission", stdout=out)
    labels = {row["model"] for row in json.loads(out.getvalue())}
    assert labels == {"contenttypes.contenttype", "auth.permission"}


def test_loaddata_of_domain_rows_is_refused_and_stores_nothing(demo, tmp_path):
    from chainrights.core.models import Event, Organisation

    fixture = tmp_path / "orgs.json"
    rows = [{"model": "core.organisation", "pk": 9999,
             "fields": {"name": "Loaded Without A Log", "kind": "brand", "country": "",
                        "website": "", "created_at": "2026-01-01T00:00:00Z"}}]  # fmt: skip
    fixture.write_text(json.dumps(rows))
    events_before = Event.objects.count()
    with pytest.raises(CommandError, match="chainrights restore"):
        call_command("loaddata", str(fixture), verbosity=0)
    assert not Organisation.objects.filter(pk=9999).exists()
    assert Event.objects.count() == events_before


def test_loaddata_of_framework_rows_is_still_allowed(db, tmp_path):
    from django.contrib.auth.models import Group

    fixture = tmp_path / "groups.json"
    fixture.write_text(json.dumps([{"model": "auth.group", "pk": 77,
                                    "fields": {"name": "reviewers", "permissions": []}}]))  # fmt: skip
    call_command("loaddata", str(fixture), verbosity=0)
    assert Group.objects.get(pk=77).name == "reviewers"
