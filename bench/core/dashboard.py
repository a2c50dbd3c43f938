"""Each role's dashboard (``/dashboard`` and its JSON twin ``GET /api/v1/dashboard``) over the
demo data with volume added: what a first visit costs in requests and bytes, how fast the
page and the JSON answer beside ``/healthz`` timed interleaved in the same run, and how many
SQL queries one render makes.

    python -m bench.core.dashboard [--repeat 100] [--lists 20] [--cases 300]

The database is whatever ``DATABASE_URL`` names (a fresh SQLite file by default; ``make
bench`` runs it under ``scripts/with-postgres`` too). The demo data is loaded as ``chainrights
demo`` loads it, then volume goes in through the services, as users would add it: the brand's
supplier lists (``upload_list``, processed by the worker's task, with rows the registry has,
misspelt ones and new ones), audits with open corrective actions (``create_audits``, by the
auditing firm, shared with the brand and naming it in some actions, and by the brand itself),
grievance cases (``file_grievance``) moved along by the handler (admissible ones shared with
the brands sourcing from the facility, some with the supplier, some referred to the
inspectorate), cases a union filed for its members, and claims waiting for the operator. Two
shortcuts: a quarter of the open cases get a deadline already past (a plain UPDATE, outside
the event log), so that the queues have overdue work as a real one does; and the risk
register is recomputed once at the end instead of once per saved row (see
``_risk_recomputed_once``).

Per role (brand, brandviewer, supplier, auditor, union, inspector, and the operator's handler
and admin, both signed in with a verified TOTP second factor):

- the first visit with an empty cache, through ``chainrights serve`` (gunicorn, WhiteNoise)
  as ``bench/grievances/first_visit.py`` makes it: ``/dashboard`` with the person's session
  cookie, then every stylesheet, script and icon it links to; bytes uncompressed, as served
  with ``Accept-Encoding: gzip`` (Django's ``GZipMiddleware`` sits outside WhiteNoise, so it
  compresses the page and the static files alike), and gzip-compressed at level 9 (as
  WhiteNoise's compressed copies made at collectstatic would be);
- p50/p95 of ``--repeat`` GETs of ``/dashboard`` (session) and of ``/api/v1/dashboard``
  (bearer token), each round beside one GET of ``/healthz``, in-process (Django's test
  client, as ``bench/states/pages.py``), and the p95 as a ratio to ``/healthz``'s;
- the SQL queries of one render of each (``CaptureQueriesContext``), how many of the page's
  read the person's memberships, and the queries and time of each app's tile function (in
  the order they registered, on one user object as in a request).
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import gzip
import http.client
import io
import json
import logging
import os
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import timedelta
from typing import Any, TypeVar

T = TypeVar("T")

ROLES = ("brand", "brandviewer", "supplier", "auditor", "union", "inspector", "handler",
         "operator")  # fmt: skip
SECOND_FACTOR = {"handler", "operator"}  # operator staff: case data only after TOTP
PATHS = ("/healthz", "/dashboard", "/api/v1/dashboard")
AUDITOR, NORTHWIND, DIFE = (
    "Independent Audit Partners",
    "Northwind Apparel",
    "Department of Inspection for Factories and Establishments (DIFE)",
)
FINDINGS = 10  # per seeded audit, one corrective action each


# -- seeding ----------------------------------------------------------------------------------


def _users() -> dict[str, Any]:
    from django.contrib.auth import get_user_model

    return {u.username: u for u in get_user_model().objects.filter(username__in=ROLES)}


def _load_demo() -> None:
    """The demo data, as ``chainrights demo`` loads it (its loaders, in its order)."""
    from chainrights.audits.demo import load_demo_audits
    from chainrights.codes.demo import load_demo_codes
    from chainrights.core.demo import load_demo
    from chainrights.purchasing.demo import load_demo_purchasing
    from chainrights.registry.demo import load_demo_lists
    from chainrights.reports.demo import load_demo_reports
    from chainrights.risk.demo import load_demo_risk
    from chainrights.states.demo import load_demo_countries, load_demo_inspections
    from chainrights.states.services import load_shipped_data

    load_shipped_data()
    for loader in (load_demo, load_demo_lists, load_demo_codes, load_demo_audits,
                   load_demo_inspections, load_demo_countries, load_demo_purchasing,
                   load_demo_risk, load_demo_reports):  # fmt: skip
        loader()


def _list_csv(rng: random.Random, facilities: list[Any], rows: int, n: int) -> bytes:
    """A supplier list: a half of rows as the registry has them, a third misspelt or
    re-worded (some land in review), the rest facilities the registry lacks."""
    from bench.matching import variants as v
    from chainrights.matching.records import country_code

    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["country", "name", "address", "lat", "lng"])
    for i in range(rows):
        f = rng.choice(facilities)
        if i % 6 < 3:
            writer.writerow([f.country, f.name, f.address, "", ""])
        elif i % 6 < 5:
            row = v.Row("bench", 0, f.country, f.name, f.address, None, None)
            var = v.variant(rng, row, country_code(f.country))
            writer.writerow([var.country, var.name, var.address, "", ""])
        else:
            writer.writerow([f.country, f"Bench Garments {n}-{i} Ltd", f"Plot {i}, Zone {n}",
                             "", ""])  # fmt: skip
    return out.getvalue().encode()


def _seed_lists(n: int, rows: int) -> int:
    from chainrights.core.models import Organisation
    from chainrights.registry import processing
    from chainrights.registry.models import Facility
    from chainrights.registry.uploads import upload_list

    rng = random.Random(4)
    brand = Organisation.objects.get(name=NORTHWIND)
    user = _users()["brand"]
    facilities = list(Facility.objects.filter(merged_into__isnull=True).order_by("pk"))
    for k in range(n):
        item, _ = upload_list(owner=brand, user=user, name=f"Bench list {k}",
                              filename=f"bench-{k}.csv",
                              content=_list_csv(rng, facilities, rows, k))  # fmt: skip
        item.refresh_from_db()
        if item.status != "done":  # a queue backend: process here, as the worker would
            processing.process_list(item.pk)
    return n * rows


def _audit(reference: str, facility: Any, day: Any, findings: list[dict[str, Any]],
           owner_is_brand: bool) -> dict[str, Any]:  # fmt: skip
    start = str(day - timedelta(days=2))
    raw = {"reference": reference, "facility_id": facility.public_id, "scheme": "smeta",
           "audit_type": "announced", "start_date": start, "end_date": str(day),
           "auditor_firm": AUDITOR, "commissioned_by": NORTHWIND, "findings": findings}  # fmt: skip
    if not owner_is_brand:
        raw.update(visibility="shared", share_with=[NORTHWIND])
    return raw


def _findings(rng: random.Random, rights: list[str], today: Any, k: int) -> list[dict[str, Any]]:
    out = []
    for number in range(1, FINDINGS + 1):
        brand_owned = (k + number) % 3 == 0  # a purchasing practice: the brand's own action
        action = {"description": f"Bench action {k}.{number}: fix and record it.",
                  "owner": "brand" if brand_owned else "supplier",
                  "deadline": str(today + timedelta(days=rng.randint(-90, 150))),
                  "status": rng.choice(["open", "open", "in_progress", "in_progress", "open",
                                        "open", "open", "open", "open", "done"])}  # fmt: skip
        if brand_owned:
            action["brand"] = NORTHWIND
        out.append({"number": number, "right": rng.choice(rights),
                    "severity": "non-compliance", "description": f"Bench finding {k}.{number}.",
                    "actions": [action]})  # fmt: skip
    return out


def _seed_audits(from_auditor: int, from_brand: int) -> int:
    """Audits of the brand's listed facilities and of the supplier's claimed one: by the
    auditing firm (shared with the brand) and by the brand itself; ``FINDINGS`` findings
    each, one corrective action per finding, nine in ten still open."""
    from chainrights.audits import deadlines, services
    from chainrights.audits.models import Action
    from chainrights.audits.validation import Checker, check_audit
    from chainrights.core.models import Organisation, Right
    from chainrights.registry.models import Facility

    rng = random.Random(5)
    users = _users()
    today = deadlines.today_everywhere()
    rights = list(Right.objects.order_by("code").values_list("code", flat=True)[:20])
    claimed = Facility.objects.filter(claimed_by__name="Dhaka Knit Composite Ltd").first()
    listed = list(Facility.objects.filter(
        decisions__source__supplier_list__owner_org__name=NORTHWIND).distinct()[:60])  # fmt: skip
    places = [claimed, *listed] if claimed else listed
    for owner_name, user, n, brand_owner in (
        (AUDITOR, users["auditor"], from_auditor, False),
        (NORTHWIND, users["brand"], from_brand, True),
    ):
        owner = Organisation.objects.get(name=owner_name)
        checker = Checker(owner)
        drafts = []
        for k in range(n):
            facility = claimed if claimed and k % 2 == 0 else places[k % len(places)]
            day = today - timedelta(days=rng.randint(60, 400))
            raw = _audit(f"BENCH-{owner.pk}-{k}", facility, day,
                         _findings(rng, rights, today, k), brand_owner)  # fmt: skip
            draft = check_audit(raw, raw["reference"], checker)
            assert draft is not None, checker.problems
            drafts.append(draft)
        services.create_audits(owner, user, drafts, reason="bench audits")
    return Action.objects.filter(status__in=["open", "in_progress"]).count()


def _narrative(rng: random.Random, n: int) -> str:
    issues = ["overtime is not paid", "wages come two weeks late", "the fire exit is locked",
              "the supervisor shouts at us and threatens dismissal", "no maternity leave",
              "we cannot join the union"]  # fmt: skip
    return (f"Case {n}: on line {n % 12} {rng.choice(issues)}, and {rng.choice(issues)}; "
            "many workers are afraid to say so.")  # fmt: skip


def _move(case: Any, handler: Any, n: int, claimed: Any, dife: Any) -> str:
    """The handler's steps on case ``n``: a third stay received, the rest acknowledged, half
    of these admissible (shared with the facility's brands), a case of five there shared with
    the supplier, one of ten referred to the inspectorate; a few closed."""
    from chainrights.grievances import handling
    from chainrights.states import referrals

    if n % 3 == 0:
        return "received"
    handling.transition_case(case, handler, "acknowledged")
    if n % 2 == 0:
        return "acknowledged"
    handling.transition_case(case, handler, "admissible", "Within the mechanism's scope.")
    if claimed is not None and case.facility_id == claimed.pk and n % 5 == 1:
        handling.share_with_supplier(case, handler, "The factory must answer.")
    if n % 10 == 1 and dife is not None and case.facility and case.facility.country == "BD":
        referrals.refer_case(case, handler, referrals.ReferralDraft(
            summary="Overtime above the legal limit.", inspectorate_id=dife.pk,
            reason="The inspectorate can order the overtime paid."))  # fmt: skip
        return "referred"
    if n % 7 in (0, 3):
        handling.transition_case(case, handler, "investigation")
    if n % 7 == 0:
        handling.transition_case(case, handler, "closed", "Resolved with the factory.")
        return "closed"
    return "investigation" if n % 7 == 3 else "admissible"


def _seed_cases(cases: int, union_cases: int) -> dict[str, int]:
    from collections import Counter

    from django.db import models
    from django.utils import timezone

    from chainrights.core.models import Organisation
    from chainrights.grievances import intake, unions
    from chainrights.grievances.models import FINISHED, Case
    from chainrights.registry.models import Facility

    rng = random.Random(6)
    users = _users()
    claimed = Facility.objects.filter(claimed_by__name="Dhaka Knit Composite Ltd").first()
    listed = list(Facility.objects.filter(
        decisions__source__supplier_list__owner_org__name=NORTHWIND).distinct()[:80])  # fmt: skip
    places = [claimed, *listed] if claimed else listed
    bd = [f for f in places if f.country == "BD"] or places
    dife = Organisation.objects.filter(name=DIFE).first()
    steps: Counter[str] = Counter()
    for n in range(cases):
        facility = claimed if claimed and n % 4 == 1 else rng.choice(bd if n % 10 == 1 else places)
        case, _ = intake.file_grievance(intake.Intake(
            narrative=_narrative(rng, n), facility_id=facility.public_id,
            contact=f"worker{n}@example.org"))  # fmt: skip
        steps[_move(case, users["handler"], n, claimed, dife)] += 1
    for n in range(union_cases):
        unions.file_for_members(users["union"], unions.UnionIntake(
            intake=intake.Intake(narrative=_narrative(rng, 10_000 + n),
                                 facility_id=rng.choice(places).public_id),
            on_behalf="anonymous"))  # fmt: skip
    plain = models.QuerySet(model=Case)  # the one shortcut: deadlines already past
    open_ids = list(plain.exclude(state__in=FINISHED).exclude(due_at=None)
                    .order_by("pk").values_list("pk", flat=True))  # fmt: skip
    plain.filter(pk__in=open_ids[::4]).update(due_at=timezone.now() - timedelta(days=3))
    counts = {"cases": Case.objects.count(), "union_filed": union_cases,
              "overdue_set": len(open_ids[::4])}  # fmt: skip
    return counts | {f"cases_{k}": v for k, v in sorted(steps.items())}


def _seed_claims(n: int) -> int:
    """Facilities the supplier claims and the operator has not verified yet."""
    from chainrights.registry import claims
    from chainrights.registry.models import ClaimStatus, Facility, FacilityClaim

    supplier = _users()["supplier"]
    free = Facility.objects.filter(claimed_by__isnull=True, merged_into__isnull=True,
                                   country="BD").order_by("pk")[:n]  # fmt: skip
    for facility in free:
        claims.claim(facility, supplier, "Bench: trade licence and utility bill")
    return FacilityClaim.objects.filter(status=ClaimStatus.PENDING).count()


def _timed(function: Callable[[], T]) -> tuple[float, T]:
    from bench import timed

    seconds, value = timed(function)
    return round(seconds, 1), value


@contextlib.contextmanager
def _risk_recomputed_once() -> Iterator[set[int]]:
    """While seeding, the buyers whose risk register the saved rows touch are collected
    instead of recomputed: the risk app's signal asks for one recompute per saved row (a
    finding, an action, a case's step), which the immediate task backend would run inline,
    hundreds of times over for one brand; the worker's queue runs them in the background."""
    from chainrights.risk import signals

    buyers: set[int] = set()
    enqueue = signals.enqueue
    signals.enqueue = buyers.update  # type: ignore[assignment]
    try:
        yield buyers
    finally:
        signals.enqueue = enqueue


def _recompute(buyers: set[int]) -> None:
    from chainrights.core.models import Organisation
    from chainrights.risk import scoring

    for buyer in Organisation.objects.filter(pk__in=buyers):
        scoring.recompute(buyer)


def seed(lists: int, rows: int, cases: int) -> dict[str, Any]:
    from chainrights.audits.models import Action
    from chainrights.registry.models import MatchDecision, SupplierList
    from chainrights.risk.models import RiskItem
    from chainrights.states.models import Referral

    began = time.perf_counter()
    phases: dict[str, Any] = {}
    with _risk_recomputed_once() as buyers:
        phases["demo_s"] = _timed(_load_demo)[0]
        phases["lists_s"], list_rows = _timed(lambda: _seed_lists(lists, rows))
        phases["audits_s"], open_actions = _timed(lambda: _seed_audits(30, 20))
        phases["claims_s"], pending_claims = _timed(lambda: _seed_claims(10))
        phases["cases_s"], case_counts = _timed(
            lambda: _seed_cases(cases, union_cases=max(1, cases // 8))
        )
    phases["risk_s"] = _timed(lambda: _recompute(buyers))[0]
    return {
        "seed_s": round(time.perf_counter() - began, 1), **phases,
        "brand_lists": SupplierList.objects.filter(owner_org__name=NORTHWIND).count(),
        "list_rows_added": list_rows,
        "review_rows": MatchDecision.objects.filter(decision="review").count(),
        "actions_open": open_actions, "actions": Action.objects.count(),
        "claims_pending": pending_claims, "referrals": Referral.objects.count(),
        "risk_items": RiskItem.objects.count(), **case_counts,
    }  # fmt: skip


# -- signed-in clients ------------------------------------------------------------------------


def _signed_in(username: str) -> Any:
    """A client signed in with the demo password; operator staff also with a verified TOTP
    device on the session, as after a two-factor sign-in (``tests/conftest.totp_client``)."""
    from django.test import Client
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from chainrights.core import events

    client = Client()
    assert client.login(username=username, password=f"{username}-demo-2026"), username
    if username in SECOND_FACTOR:
        user = _users()[username]
        device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
        if device is None:
            with events.acting_as(system="bench"):
                device = TOTPDevice.objects.create(user=user, name="bench", confirmed=True)
        session = client.session
        session["otp_device_id"] = device.persistent_id
        session.save()
    return client


def _token(username: str) -> str:
    from chainrights.core import services

    user = _users()[username]
    _, raw = services.issue_token(user, "bench", scope="read",
                                  second_factor=username in SECOND_FACTOR)  # fmt: skip
    return raw


# -- measures ---------------------------------------------------------------------------------


def _queries(client: Any, path: str, **extra: str) -> tuple[int, int]:
    """The queries of one GET, and how many of them read the person's memberships."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        response = client.get(path, HTTP_HOST="localhost", **extra)
    assert response.status_code == 200, (path, response.status_code)
    sql = [q["sql"] for q in captured.captured_queries]
    return len(sql), sum(1 for q in sql if 'FROM "core_membership"' in q)


def _by_app(username: str, rounds: int = 7) -> dict[str, dict[str, float]]:
    """Each app's tile function in registration order, on one user object (verified, for
    operator staff) as in a request: its queries and its median time over ``rounds``
    fresh user objects."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from chainrights.core import dashboard

    queries: dict[str, int] = {}
    times: dict[str, list[float]] = {name: [] for name in dashboard.TILES}
    for _ in range(rounds):
        user = _users()[username]
        user.is_verified = lambda: username in SECOND_FACTOR  # type: ignore[attr-defined]
        for name, function in dashboard.TILES.items():
            with CaptureQueriesContext(connection) as captured:
                begin = time.perf_counter()
                function(user)
                times[name].append(time.perf_counter() - begin)
            queries[name] = len(captured)
    return {name: {"queries": queries[name],
                   "ms": round(statistics.median(times[name]) * 1000, 1)}
            for name in dashboard.TILES}  # fmt: skip


def _tiles(client: Any, token: str) -> list[str]:
    response = client.get("/api/v1/dashboard", HTTP_HOST="localhost",
                          HTTP_AUTHORIZATION=f"Bearer {token}")  # fmt: skip
    assert response.status_code == 200, response.content[:200]
    return [f"{t['key']}={t['count']}" for t in response.json()["tiles"]]


def _percentiles(samples: list[float]) -> dict[str, float]:
    return {"p50_ms": round(statistics.median(samples) * 1000, 2),
            "p95_ms": round(statistics.quantiles(samples, n=20)[18] * 1000, 2)}  # fmt: skip


def _interleaved(session: Any, token: str, repeat: int) -> dict[str, dict[str, float]]:
    """Each round times /healthz, the page and the JSON once, so that a slow spell of the
    machine falls on the baseline and the dashboard alike. /healthz and the JSON go without
    the session cookie (the JSON with the bearer token)."""
    from django.test import Client

    bare = Client()
    times: dict[str, list[float]] = {p: [] for p in PATHS}
    for _ in range(repeat):
        for path in PATHS:
            client = session if path == "/dashboard" else bare
            extra = {"HTTP_AUTHORIZATION": f"Bearer {token}"} if path.startswith("/api/") else {}
            begin = time.perf_counter()
            response = client.get(path, HTTP_HOST="localhost", **extra)
            times[path].append(time.perf_counter() - begin)
            assert response.status_code == 200, (path, response.status_code)
    out = {path: _percentiles(samples) for path, samples in times.items()}
    base = out["/healthz"]["p95_ms"]
    for path in PATHS[1:]:
        out[path]["p95_ratio"] = round(out[path]["p95_ms"] / base, 1)
    return out


# -- the first visit, through `chainrights serve` ---------------------------------------------


def _get(port: int, path: str, cookie: str) -> dict[str, Any]:
    """One GET as a browser with an empty cache sends it (English, gzip accepted)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    headers = {"Accept-Language": "en", "Accept-Encoding": "gzip",
               "User-Agent": "bench-dashboard", "Cookie": cookie}  # fmt: skip
    try:
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        body = response.read()
        head = sum(len(k) + len(v) + 4 for k, v in response.getheaders())
        encoding = response.getheader("Content-Encoding", "")
    finally:
        connection.close()
    plain = gzip.decompress(body) if encoding == "gzip" else body
    return {"path": path, "status": response.status, "served": len(body), "headers": head,
            "plain": len(plain), "gzip": len(gzip.compress(plain, 9, mtime=0)),
            "encoding": encoding or "identity", "text": plain}  # fmt: skip


def _visit(port: int, cookie: str) -> dict[str, Any]:
    """The page and what it links to, in the order a browser asks for them."""
    from bench.grievances.first_visit import LINKED

    page = _get(port, "/dashboard", cookie)
    assert page["status"] == 200, page["status"]
    linked = list(dict.fromkeys(LINKED.findall(page["text"].decode())))
    files = [page] + [_get(port, path, cookie) for path in linked]
    assert all(f["status"] == 200 for f in files), [(f["path"], f["status"]) for f in files]
    total = {k: sum(f[k] for f in files) for k in ("plain", "served", "gzip", "headers")}
    return {
        "requests": len(files), "bytes_uncompressed": total["plain"],
        "bytes_as_served": total["served"], "bytes_gzip9": total["gzip"],
        "header_bytes": total["headers"], "page_uncompressed": page["plain"],
        "page_as_served": page["served"], "page_encoding": page["encoding"],
        "page_gzip9": page["gzip"],
        "files": [f"{f['path']} {f['plain']}/{f['served']} {f['encoding']}" for f in files],
    }  # fmt: skip


def _serve() -> tuple[subprocess.Popen[bytes], int]:
    from bench.grievances.first_visit import _free_port

    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "chainrights.settings", "DEBUG": "false"}
    port = _free_port()
    server = subprocess.Popen(  # noqa: S603
        [sys.executable, "-m", "chainrights", "serve", "--no-worker", "--workers", "1",
         "--port", str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        start_new_session=True,
    )  # fmt: skip
    for _ in range(300):
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            connection.request("GET", "/healthz")
            if connection.getresponse().status == 200:
                return server, port
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit("chainrights serve did not answer /healthz within a minute")


def first_visits(cookies: dict[str, str]) -> dict[str, dict[str, Any]]:
    from django.db import connection

    connection.close()  # the server's worker reads the same database meanwhile
    server, port = _serve()
    try:
        return {role: _visit(port, cookie) for role, cookie in cookies.items()}
    finally:
        server.terminate()
        server.wait(timeout=30)


# -- the run ----------------------------------------------------------------------------------


def _table(result: dict[str, Any]) -> None:
    print(f"{'first visit, empty cache':24} {'reqs':>4} {'bytes':>7} {'sent gz':>7} {'gzip-9':>7} "
          f"{'page':>6} {'sent':>5}   tiles")  # fmt: skip
    for role, r in result["roles"].items():
        v = r["first_visit"]
        print(f"{role:24} {v['requests']:4} {v['bytes_uncompressed']:7} "
              f"{v['bytes_as_served']:7} {v['bytes_gzip9']:7} {v['page_uncompressed']:6} "
              f"{v['page_as_served']:5}   {' '.join(r['tiles'])}")  # fmt: skip
    print(f"\n{'ms (p95 × /healthz)':12} {'/healthz':>14} {'/dashboard p50/p95':>24} "
          f"{'JSON p50/p95':>24} {'queries':>8} {'memb':>4}  costliest app")  # fmt: skip
    for role, r in result["roles"].items():
        t, q = r["times"], r["queries"]
        hz, page, api = t["/healthz"], t["/dashboard"], t["/api/v1/dashboard"]
        app, cost = max(q["page_by_app"].items(), key=lambda kv: kv[1]["ms"])
        print(f"{role:12} {hz['p50_ms']:6.1f}/{hz['p95_ms']:<7.1f} "
              f"{page['p50_ms']:7.1f}/{page['p95_ms']:<7.1f} ({page['p95_ratio']:4.1f}×) "
              f"{api['p50_ms']:7.1f}/{api['p95_ms']:<7.1f} ({api['p95_ratio']:4.1f}×) "
              f"{q['page']:>3}/{q['api']:<4} {q['page_membership_lookups']:4}  "
              f"{app} {cost['queries']} q, {cost['ms']} ms")  # fmt: skip
    print("bytes: uncompressed; sent gz: as served with Accept-Encoding: gzip; gzip-9: each "
          "file at level 9; queries: page/JSON per render; memb: page queries reading "
          "memberships; costliest app: its tiles' queries and median time")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=100)
    parser.add_argument("--lists", type=int, default=20)
    parser.add_argument("--rows", type=int, default=30, help="rows per seeded list")
    parser.add_argument("--cases", type=int, default=300)
    args = parser.parse_args()
    from bench.registry import _setup

    _setup()  # a fresh SQLite file, or a fresh database on the PostgreSQL server named
    logging.getLogger("django_tasks").setLevel(logging.WARNING)  # one line per list task
    from django.db import connection

    volumes = seed(args.lists, args.rows, args.cases)
    print(f"dashboards on {connection.vendor}: {json.dumps(volumes)}", flush=True)
    clients = {role: _signed_in(role) for role in ROLES}
    tokens = {role: _token(role) for role in ROLES}
    from django.conf import settings

    name = settings.SESSION_COOKIE_NAME
    cookies = {role: f"{name}={c.cookies[name].value}" for role, c in clients.items()}
    visits = first_visits(cookies)
    roles: dict[str, Any] = {}
    for role in ROLES:
        client, token = clients[role], tokens[role]
        for path in PATHS:  # warm caches and imports before timing
            client.get(path, HTTP_HOST="localhost", HTTP_AUTHORIZATION=f"Bearer {token}")
        page, memberships = _queries(client, "/dashboard")
        api, _ = _queries(client, "/api/v1/dashboard", HTTP_AUTHORIZATION=f"Bearer {token}")
        queries = {"page": page, "api": api, "page_by_app": _by_app(role),
                   "page_membership_lookups": memberships}  # fmt: skip
        roles[role] = {
            "tiles": _tiles(client, token),
            "queries": queries,
            "first_visit": visits[role],
            "times": _interleaved(client, token, args.repeat),
        }
    result = {"bench": "core.dashboard", "database": connection.vendor, "repeat": args.repeat,
              "volumes": volumes, "roles": roles}  # fmt: skip
    print(json.dumps(result, indent=1))
    _table(result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
