"""Intake under load: grievance submissions per second on PostgreSQL through gunicorn with 2
workers, beside ``GET /healthz`` (a plain Django view with one query) in the same run, and a
check that no submission was lost (every 201 answered has its case stored, and no case
exists that was not answered).

    scripts/with-postgres python -m bench.grievances.intake_load [--seconds 20] [--clients 4]

Each submission hashes its secret with argon2 on purpose (a stolen database must not give
away secrets), so intake is expected to cost far more than a bare view.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

NARRATIVES = [
    "তিন মাস ধরে আমাদের বেতন দেওয়া হয়নি।",
    "We have not been paid overtime since June.",
    "工厂已经两个月没发工资。",
    "Công ty nợ lương chúng tôi hai tháng.",
]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _hammer(port: int, method: str, path: str, seconds: float, clients: int) -> dict:
    answers: list[tuple[int, str]] = []
    lock = threading.Lock()
    stop = time.perf_counter() + seconds

    def client(n: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        i = 0
        while time.perf_counter() < stop:
            body = None
            headers = {}
            if method == "POST":
                payload = {"narrative": NARRATIVES[(n + i) % 4], "facility_text": "Ashulia",
                           "channel": "sms"}  # fmt: skip
                body = json.dumps(payload)
                headers = {"Content-Type": "application/json"}
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            text = response.read().decode()
            reference = json.loads(text).get("reference", "") if response.status == 201 else ""
            with lock:
                answers.append((response.status, reference))
            i += 1
        conn.close()

    start = time.perf_counter()
    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - start
    ok = [ref for status, ref in answers if status in (200, 201)]
    return {"requests": len(answers), "ok": len(ok), "per_s": round(len(ok) / elapsed, 1),
            "errors": sorted({s for s, _ in answers if s not in (200, 201)}),
            "references": [r for r in ok if r]}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.grievances.intake_load")
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--clients", type=int, default=4)
    args = parser.parse_args(argv)
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        print("SKIPPED intake load benchmark: run it under scripts/with-postgres")
        return 0
    from bench.registry import _create_postgres_database

    _create_postgres_database(url)
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "chainrights.settings", "DEBUG": "false",
           "RATE_LIMIT_INTAKE": "100000000/m", "RATE_LIMIT_PUBLIC_READ": "100000000/m"}  # fmt: skip
    python = sys.executable
    for step in (["manage", "migrate", "-v", "0"], ["manage", "createcachetable"], ["demo"]):
        subprocess.run([python, "-m", "chainrights", *step], env=env, check=True,  # noqa: S603
                       stdout=subprocess.DEVNULL)  # fmt: skip
    port = _free_port()
    log = Path(tempfile.mkdtemp(prefix="chainrights-load-")) / "server.log"
    with log.open("w") as out:
        server = subprocess.Popen(  # noqa: S603
            [python, "-m", "chainrights", "serve", "--port", str(port), "--workers", "2",
             "--no-worker"], env=env, stdout=out, stderr=subprocess.STDOUT,
        )  # fmt: skip
        try:
            for _ in range(100):
                try:
                    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
                    conn.request("GET", "/healthz")
                    if conn.getresponse().status == 200:
                        break
                except OSError:
                    time.sleep(0.2)
            baseline = _hammer(port, "GET", "/healthz", args.seconds, args.clients)
            intake = _hammer(port, "POST", "/api/v1/grievances", args.seconds, args.clients)
        finally:
            server.terminate()
            server.wait(timeout=30)
    import psycopg

    with psycopg.connect(url) as conn:
        stored = {r[0] for r in conn.execute("SELECT reference FROM grievances_case")}
    answered = set(intake["references"])
    result = {
        "clients": args.clients, "seconds": args.seconds, "gunicorn_workers": 2,
        "healthz_per_s": baseline["per_s"], "intake_per_s": intake["per_s"],
        "ratio": round(baseline["per_s"] / intake["per_s"], 1) if intake["per_s"] else None,
        "intake_errors": intake["errors"], "answered_201": len(answered),
        "stored": len(stored), "lost": len(answered - stored),
        "unanswered_stored": len(stored - answered),
    }  # fmt: skip
    print(json.dumps(result, indent=1))
    return 0 if result["lost"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
