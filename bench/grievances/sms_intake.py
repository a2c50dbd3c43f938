"""SMS intake throughput: whole conversations per second through the fake gateway, with
several concurrent senders, against ``GET /healthz`` requests per second in the same run, and
a check that nothing was lost (conversations sent = cases stored = confirmations received).

    python -m bench.grievances.sms_intake [--seconds 20] [--senders 4]
    scripts/with-postgres python -m bench.grievances.sms_intake

The server is ``chainrights serve`` (gunicorn, 2 workers) with the task backend run inline,
so each reply is sent to the fake gateway (tests/fakes/gateway.py, a real HTTP server that
checks the Twilio protocol) after its commit and before the webhook answers. Every inbound
SMS is signed as the gateway signs it. A conversation is six messages: the language, the
story, the workplace (and "0" when candidates are offered), the number of workers, fear of
reprisal; the last one files the case (argon2id hash of the secret included).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from tests.fakes.gateway import FakeGateway, settings_for

from bench.grievances.intake_load import _free_port, _hammer

REFERENCE = re.compile(r"GR-[0-9A-Z]{4}-[0-9A-Z]{4}")
STORY = "We have not been paid overtime since June and the supervisor shouts at us."


def _converse(port: int, fake: FakeGateway, phone: str) -> str:
    """One whole conversation from ``phone``; the reference its confirmation gave ('' if none)."""
    url = f"http://127.0.0.1:{port}/channels/sms/webhook"
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    answers = ["1", STORY, "Ashulia Dhaka", "12", "2"]
    while answers:
        raw, headers = fake.sms(url, phone, answers.pop(0))
        headers["Content-Type"] = "application/x-www-form-urlencoded"
        conn.request("POST", "/channels/sms/webhook", body=raw, headers=headers)
        response = conn.getresponse()
        response.read()
        if response.status != 200:
            return ""
        if fake.to(phone)[-1].startswith("Is it one of these?"):
            answers.insert(0, "0")
    conn.close()
    found = REFERENCE.search(fake.to(phone)[-1])
    return found[0] if found else ""


def _senders(port: int, fake: FakeGateway, seconds: float, senders: int) -> dict:
    started, confirmed, lock = [0], [], threading.Lock()
    stop = time.perf_counter() + seconds

    def sender(n: int) -> None:
        i = 0
        while time.perf_counter() < stop:
            with lock:
                started[0] += 1
            reference = _converse(port, fake, f"+8801{n:02d}{i:07d}")
            with lock:
                confirmed.extend([reference] if reference else [])
            i += 1

    start = time.perf_counter()
    threads = [threading.Thread(target=sender, args=(n,)) for n in range(senders)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - start
    return {"sent": started[0], "confirmed": confirmed,
            "per_s": round(len(confirmed) / elapsed, 2)}  # fmt: skip


def _stored_cases(url: str) -> set[str]:
    query = "SELECT reference FROM grievances_case WHERE channel = 'sms'"
    if url.startswith("postgres"):
        import psycopg

        with psycopg.connect(url) as conn:
            return {r[0] for r in conn.execute(query)}
    import sqlite3

    with sqlite3.connect(url.removeprefix("sqlite:///")) as conn:
        return {r[0] for r in conn.execute(query)}


def _serve(env: dict[str, str], port: int, log: Path) -> subprocess.Popen[bytes]:
    python = sys.executable
    for step in (["manage", "migrate", "-v", "0"], ["manage", "createcachetable"], ["demo"]):
        subprocess.run([python, "-m", "chainrights", *step], env=env, check=True,  # noqa: S603
                       stdout=subprocess.DEVNULL)  # fmt: skip
    server = subprocess.Popen(  # noqa: S603
        [python, "-m", "chainrights", "serve", "--port", str(port), "--workers", "2",
         "--no-worker"], env=env, stdout=log.open("w"), stderr=subprocess.STDOUT,
    )  # fmt: skip
    for _ in range(150):
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/healthz")
            if conn.getresponse().status == 200:
                break
        except OSError:
            time.sleep(0.2)
    return server


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.grievances.sms_intake")
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--senders", type=int, default=4)
    args = parser.parse_args(argv)
    workdir = Path(tempfile.mkdtemp(prefix="chainrights-sms-"))
    url = os.environ.get("DATABASE_URL", "") or f"sqlite:///{workdir}/sms.sqlite3"
    if url.startswith("postgres"):
        from bench.registry import _create_postgres_database

        _create_postgres_database(url)
    fake = FakeGateway()
    port = _free_port()
    env = {**os.environ, **settings_for(fake.start()), "DATABASE_URL": url,
           "DJANGO_SETTINGS_MODULE": "chainrights.settings", "DEBUG": "false",
           "TASKS_BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
           "CHANNEL_SMS_WEBHOOK_URL": f"http://127.0.0.1:{port}/channels/sms/webhook",
           "RATE_LIMIT_CHANNEL": "100000000/m",
           "CHAINRIGHTS_CHECKPOINT_DIR": str(workdir)}  # fmt: skip
    server = _serve(env, port, workdir / "server.log")
    try:
        baseline = _hammer(port, "GET", "/healthz", args.seconds, args.senders)
        sms = _senders(port, fake, args.seconds, args.senders)
    finally:
        server.terminate()
        server.wait(timeout=30)
        fake.stop()
    stored = _stored_cases(url)
    confirmed = set(sms["confirmed"])
    result = {
        "database": url.split(":", 1)[0], "senders": args.senders, "seconds": args.seconds,
        "healthz_per_s": baseline["per_s"], "conversations_per_s": sms["per_s"],
        "ratio": round(baseline["per_s"] / sms["per_s"], 1) if sms["per_s"] else None,
        "conversations_sent": sms["sent"], "cases_stored": len(stored),
        "confirmations_received": len(confirmed), "lost": len(confirmed ^ stored),
        "gateway_refused": len(fake.refused),
    }  # fmt: skip
    print(json.dumps(result, indent=1))
    ok = result["lost"] == 0 and sms["sent"] == len(stored) == len(confirmed)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
