"""What a complainant leaves behind after a real intake through `chainrights serve`: the
SQLite file and its write-ahead log, the rate-limit cache and the server's own log are searched
byte by byte for the worker's address, browser string, searched workplace and file name."""

from __future__ import annotations

import base64
import contextlib
import http.client
import json
import os
import pickle
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.parse
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

SOCKET_ADDRESS = "127.61.7.9"  # the worker's phone, as the server's socket sees it
FORWARDED_ADDRESS = "198.51.100.23"  # the worker's phone, as the trusted proxy reports it
AGENT = "WorkerPhone-UA-5521 (Nokia 2G)"
SEARCHED = "Rivergate Ashulia Knitwear"
EVIDENCE_NAME = "payslip-Shirin-Qadir-0347.pdf"

# What must not be found, by the bytes that would give it away.
TRACES = {
    "socket address": [SOCKET_ADDRESS.encode()],
    "forwarded address": [FORWARDED_ADDRESS.encode()],
    "browser string": [b"WorkerPhone-UA-5521"],
    "searched workplace": [b"Rivergate"],
    "evidence file name": [b"Qadir-0347", "Qadir-0347".encode("utf-16-le")],
}

SETUP = """
from chainrights.cli import main
assert main(["setup", "--no-demo"]) == 0
from chainrights.core.services import create_account
create_account(username="handler", password="a-long-handler-passphrase",
               org_name="Workers' Remedy Desk", org_kind="operator", role="admin")
"""

pytestmark = pytest.mark.skipif(
    os.environ.get("DATABASE_URL", "").startswith("postgres"),
    reason="searches the bytes of a SQLite file; it runs in the SQLite pass",
)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Phone:
    """A worker's phone: one socket address, one browser string, cookies, behind one proxy."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.cookies: dict[str, str] = {}

    def send(self, method: str, path: str, body: bytes = b"", **headers: str) -> tuple[int, str]:
        connection = http.client.HTTPConnection(
            "127.0.0.1", self.port, timeout=60, source_address=(SOCKET_ADDRESS, 0)
        )
        sent = {"User-Agent": AGENT, "X-Forwarded-For": FORWARDED_ADDRESS}
        if self.cookies:
            sent["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        sent.update({k.replace("_", "-"): v for k, v in headers.items()})
        try:
            connection.request(method, path, body, sent)
            response = connection.getresponse()
            text = response.read().decode("utf-8", "replace")
        finally:
            connection.close()
        for name, value in response.getheaders():
            if name.lower() == "set-cookie":
                key, _, rest = value.split(";")[0].partition("=")
                self.cookies[key.strip()] = rest
        return response.status, text

    def form(self, path: str, fields: dict[str, str], referer: str) -> tuple[int, str]:
        body = urllib.parse.urlencode(fields).encode()
        return self.send("POST", path, body, Content_Type="application/x-www-form-urlencoded",
                         Referer=referer)  # fmt: skip

    def upload(self, path: str, fields: dict[str, str], file: tuple[str, str, bytes]) -> Any:
        boundary = "----chainrights-test-boundary"
        parts = [
            f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode()
            for k, v in fields.items()
        ]
        name, content_type, content = file
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="evidence"; '
            f'filename="{name}"\r\nContent-Type: {content_type}\r\n\r\n'.encode()
            + content + b"\r\n"
        )  # fmt: skip
        body = b"".join(parts) + f"--{boundary}--\r\n".encode()
        return self.send("POST", path, body,
                         Content_Type=f"multipart/form-data; boundary={boundary}")  # fmt: skip

    def api(self, path: str, payload: dict[str, Any]) -> tuple[int, Any]:
        status, text = self.send("POST", path, json.dumps(payload).encode(),
                                 Content_Type="application/json")  # fmt: skip
        return status, json.loads(text)

    def garbage(self) -> None:
        """A malformed request line, as a broken phone browser might send."""
        with socket.create_connection(("127.0.0.1", self.port), 10, (SOCKET_ADDRESS, 0)) as raw:
            raw.sendall(b"GET /complain?find=Rivergate+Ashulia\r\n\r\n")
            with contextlib.suppress(OSError):
                raw.recv(4096)


def _csrf(page: str) -> str:
    found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
    assert found, page[:500]
    return found.group(1)


@contextlib.contextmanager
def _served(tmp: Path) -> Iterator[tuple[int, Path, Path]]:
    db, log = tmp / "chainrights.sqlite3", tmp / "serve.log"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "chainrights.settings",
        "DATABASE_URL": f"sqlite:///{db}",
        "NUM_PROXIES": "1",
        "TASKS_BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
    }
    subprocess.run([sys.executable, "-c", SETUP], env=env, check=True, timeout=120,  # noqa: S603
                   capture_output=True, cwd=tmp)  # fmt: skip
    port = _free_port()
    with log.open("wb") as out:
        server = subprocess.Popen(  # noqa: S603
            [sys.executable, "-m", "chainrights", "serve", "--no-worker", "--workers", "1",
             "--port", str(port)],
            env=env, stdout=out, stderr=subprocess.STDOUT, cwd=tmp, start_new_session=True,
        )  # fmt: skip
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    if Phone(port).send("GET", "/healthz")[0] == 200:
                        break
                except OSError:
                    pass
                assert server.poll() is None, log.read_text()
                assert time.monotonic() < deadline, log.read_text()
                time.sleep(0.2)
            yield port, db, log
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=30)


def _intake(port: int) -> tuple[str, str]:
    """A worker searches for the workplace, files a complaint, adds a payslip, checks the
    status; another complaint comes in through the API; a broken request arrives."""
    phone = Phone(port)
    query = "/complain?" + urllib.parse.urlencode({"find": SEARCHED})
    status, page = phone.send("GET", query)
    assert status == 200
    status, page = phone.form("/complain", {
        "csrfmiddlewaretoken": _csrf(page), "narrative": "Wages are paid late every month",
        "facility_text": "The knitting unit by the river bridge",
    }, referer=f"http://127.0.0.1:{port}{query}")  # fmt: skip
    assert status == 303, page[:2000]
    status, page = phone.send("GET", "/complain/filed")
    assert status == 200, page[:2000]
    reference, secret = re.findall(r'<code class="id[^"]*">([^<]+)</code>', page)
    status, page = phone.send("GET", "/complain/follow")
    status, page = phone.form("/complain/follow", {
        "csrfmiddlewaretoken": _csrf(page), "reference": reference, "secret": secret,
    }, referer=f"http://127.0.0.1:{port}/complain/follow")  # fmt: skip
    assert status == 303, page[:2000]
    status, page = phone.send("GET", "/complain/status")
    status, page = phone.upload("/complain/status", {
        "csrfmiddlewaretoken": _csrf(page), "text": "Here is my payslip",
    }, (EVIDENCE_NAME, "application/pdf", b"%PDF-1.4\n% payslip for March\n"))  # fmt: skip
    assert status == 303, page[:2000]
    status, page = phone.send("GET", "/complain/status")
    assert status == 200, page[:2000]
    assert "Thank you" in page, page[:2000]
    status, _ = phone.api("/api/v1/grievances", {"narrative": "No overtime pay",
                                                 "facility_text": "Unit 4"})  # fmt: skip
    assert status == 201
    status, _ = phone.api("/api/v1/grievances/status", {"reference": reference, "secret": secret})
    assert status == 200
    status, _ = phone.send("GET", "/api/v1/facilities?" + urllib.parse.urlencode({"q": SEARCHED}))
    assert status == 200
    phone.garbage()
    return reference, secret


def _count(places: dict[str, bytes]) -> dict[str, int]:
    found: dict[str, int] = {}
    for where, data in places.items():
        for what, needles in TRACES.items():
            n = sum(data.count(needle) for needle in needles)
            if n:
                found[f"{what} in {where}"] = n
    return found


def _cache_rows(db: Path) -> list[tuple[str, Any, datetime]]:
    with contextlib.closing(sqlite3.connect(db)) as connection:
        rows = connection.execute("SELECT cache_key, value, expires FROM chainrights_cache")
        return [
            (key, pickle.loads(base64.b64decode(value)), datetime.fromisoformat(expires))  # noqa: S301
            for key, value, expires in rows.fetchall()
        ]


@pytest.fixture(scope="module")
def after_intake(tmp_path_factory: Any) -> dict[str, Any]:
    """One real intake; the bytes of every place it could have left a trace, and the cache."""
    tmp = tmp_path_factory.mktemp("intake")
    # A reader holds the database open, as a backup job or a second worker would, so that the
    # write-ahead log is not folded back into the file when the server's connections close:
    # its frames are searched as they were written.
    with _served(tmp) as (port, db, log), contextlib.closing(sqlite3.connect(db)) as reader:
        reader.execute("SELECT count(*) FROM django_migrations").fetchone()
        _intake(port)
        time.sleep(0.5)  # let gunicorn flush the access log
        wal = Path(f"{db}-wal")
        places = {
            "database file": db.read_bytes(),
            "write-ahead log": wal.read_bytes() if wal.exists() else b"",
        }
    places["database file after shutdown"] = db.read_bytes()
    places["server log"] = log.read_bytes()
    return {"places": places, "cache": _cache_rows(db)}


def test_a_real_intake_leaves_no_address_browser_search_or_file_name_behind(after_intake):
    places = after_intake["places"]
    assert b"POST /complain" in places["server log"]  # the access log is on, and was read
    found = _count(places)
    assert not found, "; ".join(f"{where}: {n}" for where, n in sorted(found.items()))
    assert len(places["write-ahead log"]) > 0


def test_the_rate_limit_cache_holds_counters_whose_expiry_says_only_the_window(after_intake):
    """A list of request times, or an expiry set from the time of the last request, would
    match a case's ``received_at``; a counter that expires when its window ends does not."""
    rows = after_intake["cache"]
    assert rows  # the intake, follow-up and API limits all counted
    for key, value, expires in rows:
        assert isinstance(value, int), (key, value)
        assert expires.second == 1, (key, expires)
        assert expires.microsecond == 0, (key, expires)
