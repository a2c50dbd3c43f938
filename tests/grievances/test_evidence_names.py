"""Evidence file names are encrypted like the files: at rest, through a key rotation, and for
names stored before they were."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test import Client

from chainrights.grievances import services
from chainrights.grievances.models import Evidence, State

NAME = "payslip-Shirin-Qadir-0347.pdf"
PDF = b"%PDF-1.4\n% payslip for March\n"


def _stored_names() -> list[bytes]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT filename FROM grievances_evidence")
        return [bytes(v) if not isinstance(v, str) else v.encode() for (v,) in cursor.fetchall()]


def _case_with_payslip(**intake: Any) -> Any:
    case, _ = services.file_grievance(services.Intake(narrative="Wages late", **intake))
    services.complainant_reply(case, "", evidence=[(NAME, "application/pdf", PDF)])
    return case


def test_an_evidence_file_name_is_stored_encrypted_and_read_back_whole(demo):
    case = _case_with_payslip(facility_text="Unit 4")
    (stored,) = _stored_names()
    assert b"Qadir" not in stored
    assert b"payslip" not in stored
    assert Evidence.objects.get(case=case).filename == NAME


def test_rotating_the_data_key_re_encrypts_evidence_names(demo, settings):
    from cryptography.fernet import Fernet

    from chainrights.core import crypto

    case = _case_with_payslip(facility_text="Unit 4")
    old = list(settings.DATA_KEYS)
    settings.DATA_KEYS = [Fernet.generate_key().decode(), *old]
    assert crypto.rotate_all()["grievances.Evidence"] == 1
    settings.DATA_KEYS = settings.DATA_KEYS[:1]  # the old key retired
    assert Evidence.objects.get(case=case).filename == NAME


def test_a_brand_the_case_is_shared_with_never_sees_the_evidence_file_name(
    demo, linked_facility, api_for
):
    case = _case_with_payslip(facility_id=linked_facility.public_id)
    services.transition_case(case, demo["handler"], State.ACKNOWLEDGED)
    services.transition_case(case, demo["handler"], State.ADMISSIBLE, "admissible")
    api = api_for("brand").send("GET", f"/api/v1/cases/{case.reference}")
    assert api.status_code == 200
    assert "Qadir" not in api.content.decode()
    page = Client()
    page.force_login(demo["brand"])
    shown = page.get(f"/cases/{case.reference}")
    assert shown.status_code == 200
    assert "Qadir" not in shown.content.decode()


@pytest.mark.django_db(transaction=True)
def test_the_migration_encrypts_names_stored_in_plaintext_and_reverses(demo):
    from django.db.migrations.executor import MigrationExecutor

    before = [("grievances", "0002_public_reports")]
    after = [("grievances", "0003_encrypt_evidence_names")]
    case = _case_with_payslip(facility_text="Unit 4")
    executor = MigrationExecutor(connection)
    executor.migrate(before)
    assert _stored_names() == [NAME.encode()]  # as every name was stored until now
    with connection.cursor() as cursor:
        cursor.execute("UPDATE grievances_evidence SET filename = %s", ["old-Qadir-name.jpg"])
    executor = MigrationExecutor(connection)
    executor.migrate(after)
    (stored,) = _stored_names()
    assert b"Qadir" not in stored
    assert Evidence.objects.get(case=case).filename == "old-Qadir-name.jpg"
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())


SCRUB = """
import django
django.setup()
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

before = [("grievances", "0002_public_reports")]
executor = MigrationExecutor(connection)
executor.migrate(before)
apps = executor.loader.project_state(before).apps
desk = apps.get_model("core", "Organisation").objects.create(name="Desk", kind="operator")
case = apps.get_model("grievances", "Case").objects.create(
    owner_org=desk, reference="GR-AAAA-BBBB", secret_hash="x", narrative="Wages late")
for n in range(20):
    apps.get_model("grievances", "Evidence").objects.create(
        case=case, filename=f"payslip-Shirin-Qadir-{n:04}.pdf", content_type="application/pdf",
        size=3, content=b"%PD")
call_command("migrate", verbosity=0)
connection.close()
"""


@pytest.mark.skipif(connection.vendor != "sqlite", reason="reads a SQLite file; SQLite pass")
def test_after_the_migration_no_old_name_is_left_in_the_sqlite_files(tmp_path):
    """Rewriting a table leaves the old rows in the file's free pages until they are reused:
    the names must be gone from the bytes, not only from the table."""
    import os
    import subprocess
    import sys

    db = tmp_path / "old.sqlite3"
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "chainrights.settings",
           "DATABASE_URL": f"sqlite:///{db}"}  # fmt: skip
    subprocess.run([sys.executable, "-c", SCRUB], env=env, check=True, timeout=120,  # noqa: S603
                   capture_output=True)  # fmt: skip
    wal = tmp_path / "old.sqlite3-wal"
    data = db.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    assert data.count(b"Qadir") == 0


@pytest.mark.postgres_only
@pytest.mark.skipif(connection.vendor != "postgresql", reason="reads PostgreSQL's table file")
@pytest.mark.django_db(transaction=True)
def test_after_the_migration_no_old_name_is_left_in_the_postgresql_table_file(demo):
    """PostgreSQL keeps a dropped column's values, and the row versions an update replaced,
    in the table's file until the table is rewritten."""
    from pathlib import Path

    from django.db.migrations.executor import MigrationExecutor

    _case_with_payslip(facility_text="Unit 4")
    executor = MigrationExecutor(connection)
    executor.migrate([("grievances", "0002_public_reports")])
    with connection.cursor() as cursor:
        cursor.execute("UPDATE grievances_evidence SET filename = %s", ["old-Qadir-name.jpg"])
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
    with connection.cursor() as cursor:
        cursor.execute("CHECKPOINT")
        cursor.execute(
            "SELECT current_setting('data_directory'), pg_relation_filepath('grievances_evidence')"
        )
        data_directory, relation = cursor.fetchone()
    table_file = Path(data_directory, relation)
    assert table_file.stat().st_size > 0
    assert table_file.read_bytes().count(b"Qadir") == 0
