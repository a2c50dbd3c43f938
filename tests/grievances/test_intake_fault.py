"""PostgreSQL restarts while several clients file grievances through a live server
(``chainrights serve``: gunicorn and the worker): every submission answered 201 is stored with
its words, the others got an error answer, and the server serves again by itself afterwards.

``python -m bench.faults intake`` runs the same for longer with more clients.
"""

from __future__ import annotations

import http.client
import json
import threading
import time
from typing import Any

import pytest
from django.db import connections

from tests import faults

# serial: it restarts the PostgreSQL server every test of the pass shares, so it runs alone.
pytestmark = [pytest.mark.postgres_only, pytest.mark.serial]


def _post(port: int, narrative: str) -> tuple[int, str]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        body = json.dumps({"narrative": narrative, "facility_text": "Ashulia", "channel": "sms"})
        conn.request("POST", "/api/v1/grievances", body=body,
                     headers={"Content-Type": "application/json"})  # fmt: skip
        response = conn.getresponse()
        text = response.read().decode()
        reference = json.loads(text).get("reference", "") if response.status == 201 else ""
        return response.status, reference
    except (OSError, http.client.HTTPException) as exc:
        return 0, type(exc).__name__
    finally:
        conn.close()


def _healthy(port: int) -> bool:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        conn.request("GET", "/healthz")
        return conn.getresponse().status == 200
    except (OSError, http.client.HTTPException):
        return False
    finally:
        conn.close()


def _warm_up(port: int, clients: int) -> list[tuple[int, str, str, float]]:
    """The first submissions load the classifier in each gunicorn worker (seconds)."""
    answers = []
    for round_ in range(2):
        for n in range(clients):
            narrative = f"warm-up {round_}-{n}: overtime not paid"
            answers.append((*_post(port, narrative), narrative, time.monotonic()))
    return answers


def intake_through_a_restart(
    workdir: Any, clients: int, before: float, after: float
) -> dict[str, Any]:
    """``clients`` threads post for ``before`` seconds, PostgreSQL restarts, they go on for
    ``after`` seconds once it is back; what was answered against what is stored."""
    answers: list[tuple[int, str, str, float]] = []
    lock = threading.Lock()
    with faults.fresh_database(
        "postgres", workdir, RATE_LIMIT_INTAKE="100000000/m", DATABASE_CONN_MAX_AGE="60",
        TASK_HEARTBEAT_TIMEOUT="4",
    ) as database:  # fmt: skip
        database.run("operator")
        port = faults.free_port()
        server = faults.start(
            database, "serve", "--port", str(port), "--workers", "2", log=workdir / "server.log"
        )
        try:
            faults.wait_for(lambda: _healthy(port), 60, every=0.2)
            answers.extend(_warm_up(port, clients))
            stop = threading.Event()

            def client(n: int) -> None:
                i = 0
                while not stop.is_set():
                    narrative = f"fault {n}-{i}: wages unpaid since June"
                    status, reference = _post(port, narrative)
                    with lock:
                        answers.append((status, reference, narrative, time.monotonic()))
                    i += 1

            threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
            for t in threads:
                t.start()
            try:
                time.sleep(before)
                restart_began = time.monotonic()
                restart_seconds = faults.restart_postgres()
                restarted = time.monotonic()
                time.sleep(after)
            finally:
                stop.set()
                for t in threads:
                    t.join(60)
            recovered = _healthy(port)
            server_alive = server.poll() is None
        finally:
            faults.stop(server)
        stored = database.run("cases")["cases"]
    created = {ref: text for status, ref, text, _ in answers if status == 201}
    return {
        "clients": clients, "requests": len(answers), "answered_201": len(created),
        "stored": len(stored),
        "lost": sorted(set(created) - set(stored)),
        "altered": sorted(r for r, text in created.items() if stored.get(r) not in (None, text)),
        "stored_unanswered": len(set(stored) - set(created)),
        "errors": sorted({s for s, *_ in answers if s != 201}),
        "connection_errors": sorted({r for s, r, *_ in answers if s == 0}),
        "during_restart": sum(1 for *_, t in answers if restart_began <= t <= restarted),
        "created_after_restart": sum(
            1 for s, *_, t in answers if s == 201 and t > restarted + 1
        ),
        "restart_seconds": round(restart_seconds, 2),
        "recovered": recovered, "server_alive": server_alive,
    }  # fmt: skip


def test_every_grievance_answered_201_is_stored_when_postgres_restarts_under_load(tmp_path):
    try:
        result = intake_through_a_restart(tmp_path, clients=4, before=3, after=4)
    finally:
        connections.close_all()  # this process's own connections died with the server
    print(result)
    assert result["lost"] == []
    assert result["altered"] == []
    assert result["answered_201"] > 0
    assert result["created_after_restart"] > 0
    assert set(result["errors"]) <= {500, 502, 503}, result
    assert result["connection_errors"] == []
    assert result["recovered"]
    assert result["server_alive"]
