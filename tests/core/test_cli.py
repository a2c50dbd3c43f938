"""The `chainrights` command."""

from __future__ import annotations

import io
import os
import subprocess
import sys

import pytest
from django.contrib.auth import get_user_model

from chainrights.cli import COMMANDS, main
from chainrights.core.demo import DEMO_ACCOUNTS, load_demo
from chainrights.core.models import Event, Membership, Organisation


def _run_cli(
    *args: str, env: dict[str, str] | None = None, stdin: str = ""
) -> subprocess.CompletedProcess:
    return subprocess.run(  # noqa: S603
        [sys.executable, "-m", "chainrights", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=60,
    )


def test_help_lists_every_command():
    result = _run_cli("--help")
    assert result.returncode == 0
    for name in ["serve", "demo", "verify-log", "createuser", "setup"]:
        assert name in COMMANDS
        assert name in result.stdout


def test_createuser_reads_the_password_from_stdin_and_creates_the_org(db, monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO("a-long-enough-passphrase\n"))
    code = main(
        [
            "createuser",
            "--username",
            "amina",
            "--org",
            "Workers Voice",
            "--org-kind",
            "union",
            "--role",
            "editor",
        ]
    )
    assert code == 0
    assert "new organisation" in capsys.readouterr().out
    user = get_user_model().objects.get(username="amina")
    assert user.check_password("a-long-enough-passphrase")
    membership = Membership.objects.get(user=user)
    assert (membership.organisation.kind, membership.role) == ("union", "editor")
    assert Event.objects.filter(tag="user.created", object_id=str(user.pk)).exists()


def test_createuser_joins_an_existing_organisation(demo, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO("another-long-passphrase\n"))
    before = Organisation.objects.count()
    assert (
        main(
            [
                "createuser",
                "--username",
                "lena",
                "--org",
                "Northwind Apparel",
                "--org-kind",
                "brand",
                "--role",
                "viewer",
            ]
        )
        == 0
    )
    assert Organisation.objects.count() == before


@pytest.mark.parametrize(
    ("password", "args", "message"),
    [
        ("short\n", ["--org", "X", "--org-kind", "union", "--role", "admin"], "too short"),
        ("", ["--org", "X", "--org-kind", "union", "--role", "admin"], "standard input"),
        (
            "good-long-passphrase\n",
            ["--org", "Northwind Apparel", "--org-kind", "union", "--role", "admin"],
            "exists with kind",
        ),
    ],
)
def test_createuser_refuses_bad_input_and_writes_nothing(
    demo, monkeypatch, capsys, password, args, message
):
    monkeypatch.setattr(sys, "stdin", io.StringIO(password))
    users = get_user_model().objects.count()
    assert main(["createuser", "--username", "newcomer", *args]) != 0
    assert message in capsys.readouterr().err
    assert get_user_model().objects.count() == users


def test_createuser_rejects_unknown_kinds_and_roles():
    result = _run_cli(
        "createuser", "--username", "x", "--org", "Y", "--org-kind", "pirate", "--role", "admin"
    )
    assert result.returncode == 2
    assert "invalid choice: 'pirate'" in result.stderr


def test_demo_loads_one_account_per_role_and_twice_changes_nothing(db):
    first = load_demo()
    assert first["accounts"] == len(DEMO_ACCOUNTS)
    events = Event.objects.count()
    assert load_demo() == {"accounts": 0, "organisations": 0}
    assert Event.objects.count() == events
    kinds = set(Organisation.objects.values_list("kind", flat=True))
    assert kinds == {"brand", "supplier", "operator", "auditor", "union", "inspectorate"}


def test_demo_refuses_to_run_in_production(db, settings, capsys):
    settings.PRODUCTION = True
    assert main(["demo"]) == 2
    assert "production" in capsys.readouterr().err


def test_verify_log_succeeds_on_an_intact_log(demo, capsys):
    assert main(["verify-log"]) == 0
    assert "OK" in capsys.readouterr().out


def test_serve_refuses_production_with_development_secrets(tmp_path):
    result = _run_cli(
        "serve",
        env={"CHAINRIGHTS_ENV": "production", "DATABASE_URL": f"sqlite:///{tmp_path}/x.sqlite3"},
    )
    assert result.returncode != 0
    for check in ["chainrights.E001", "chainrights.E002"]:
        assert check in result.stderr


def test_generate_data_key_prints_a_fernet_key(capsys):
    from cryptography.fernet import Fernet

    assert main(["generate-data-key"]) == 0
    Fernet(capsys.readouterr().out.strip().encode())


def test_serve_runs_the_web_app_and_the_worker_and_stops_both(tmp_path):
    """`chainrights serve` (what `make run` ends with): gunicorn answers, the worker processes
    a queued list, and one SIGTERM stops both processes."""
    import shutil
    import signal
    import socket
    import sqlite3
    import time
    import urllib.request

    database = tmp_path / "serve.sqlite3"
    env = {  # the real settings (pytest's point at tests.settings, which run tasks inline)
        "DJANGO_SETTINGS_MODULE": "chainrights.settings",
        "DATABASE_URL": f"sqlite:///{database}",
        "TASKS_BACKEND": "django_tasks_db.DatabaseBackend",
        "CHAINRIGHTS_CHECKPOINT_DIR": str(tmp_path / "checkpoints"),
    }
    assert _run_cli("manage", "migrate", "-v", "0", env=env).returncode == 0
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    log = (tmp_path / "serve.log").open("w")
    ps = shutil.which("ps") or "/bin/ps"
    server = subprocess.Popen(  # noqa: S603
        [sys.executable, "-m", "chainrights", "serve", "--port", str(port), "--workers", "1"],
        env={**os.environ, **env}, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:
        for _ in range(100):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz") as response:
                    assert response.status == 200
                    break
            except OSError:
                time.sleep(0.2)
        else:
            pytest.fail("the server never answered")
        upload = (
            "from chainrights.core import events; from chainrights.core.models import Organisation;"
            "from chainrights.registry.services import upload_list;"
            "ctx = events.acting_as(system='test'); ctx.__enter__();"
            "from django.contrib.auth import get_user_model;"
            "org = Organisation.objects.create(name='B', kind='brand');"
            "user = get_user_model().objects.create_user('u');"
            "upload_list(owner=org, user=user, name='l', filename='l.csv',"
            " content=b'country,name,address\\nBD,Alpha Knit,Ashulia\\n')"
        )
        assert _run_cli("manage", "shell", "-c", upload, env=env).returncode == 0
        status = ""
        for _ in range(150):
            with sqlite3.connect(database) as db:
                status = db.execute("SELECT status FROM registry_supplierlist").fetchone()[0]
            if status == "done":
                break
            time.sleep(0.2)
        assert status == "done"  # the worker, not the upload, processed it
        children = subprocess.run(  # noqa: S603
            [ps, "--ppid", str(server.pid), "-o", "args="],
            capture_output=True,
            text=True,
        ).stdout
        assert "gunicorn" in children
        assert "worker" in children
        # The worker signs a checkpoint of the event log's head when it starts (then hourly).
        assert list((tmp_path / "checkpoints").glob("checkpoint-*.json"))
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
        log.close()
    left = subprocess.run(  # noqa: S603
        [ps, "--ppid", str(server.pid), "-o", "pid="],
        capture_output=True,
        text=True,
    ).stdout.strip()
    assert left == ""
