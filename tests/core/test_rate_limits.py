"""Rate limits: one bucket per client, behind a proxy as without one, for pages and the API;
tokens count per user; keys are a keyed hash of the address that changes every day."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from django.test import Client, RequestFactory

from tests.conftest import ApiClient

PROXY = "10.0.0.1"  # the reverse proxy: every request reaches the app from it
WORKER_A = "198.51.100.1"
WORKER_B = "198.51.100.2"


def _behind_proxy(client_address: str, forged: str = "") -> dict[str, str]:
    """What one trusted proxy passes on: its own socket address, and the client's address
    appended to whatever X-Forwarded-For the client sent."""
    forwarded = f"{forged}, {client_address}" if forged else client_address
    return {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": forwarded}


def _send(case: dict[str, Any], meta: dict[str, str]) -> int:
    client = Client(**meta)
    if case["json"] is not None:
        response = client.post(case["path"], case["json"], content_type="application/json")
    else:
        response = client.post(case["path"], case["form"])
    return response.status_code


LIMITED = [
    {"id": "intake page", "path": "/complain", "setting": "RATE_LIMIT_INTAKE",
     "form": {"narrative": "", "facility_text": ""}, "json": None},
    {"id": "follow-up page", "path": "/complain/follow", "setting": "RATE_LIMIT_CASE_STATUS",
     "form": {"reference": "GR-AAAA-AAAA", "secret": "x"}, "json": None},
    {"id": "sign-in page", "path": "/accounts/login/", "setting": "RATE_LIMIT_LOGIN",
     "form": {"username": "brand", "password": "wrong"}, "json": None},
    {"id": "token endpoint", "path": "/api/v1/auth/token", "setting": "RATE_LIMIT_LOGIN",
     "form": None, "json": {"username": "brand", "password": "wrong"}},
    {"id": "intake API", "path": "/api/v1/grievances", "setting": "RATE_LIMIT_INTAKE",
     "form": None, "json": {"narrative": "late pay", "facility_text": "A"}},
    {"id": "case status API", "path": "/api/v1/grievances/status",
     "setting": "RATE_LIMIT_CASE_STATUS", "form": None,
     "json": {"reference": "GR-AAAA-AAAA", "secret": "x"}},
]  # fmt: skip


@pytest.fixture(autouse=True)
def _clock_mid_window(monkeypatch: Any) -> None:
    """Counters live in fixed windows: a test whose requests straddle the end of a minute would
    see a fresh window. Pin the limiter's clock in the middle of one (minute, hour and day).
    The clock is the one thing of ours a test may pin: the time of day is not a situation a
    test can build, and nothing else of ``ratelimit`` is replaced."""
    from chainrights.core import ratelimit

    pinned = 1_800_000_000 + 12 * 3600 + 30 * 60 + 30  # 12:30:30 UTC on a day in 2027
    monkeypatch.setattr(ratelimit, "_now", lambda: float(pinned))


@pytest.fixture
def one_proxy(settings: Any) -> Any:
    settings.NINJA_NUM_PROXIES = 1
    return settings


@pytest.mark.parametrize("case", LIMITED, ids=[c["id"] for c in LIMITED])
def test_two_clients_behind_one_proxy_do_not_share_a_bucket(demo, one_proxy, case):
    setattr(one_proxy, case["setting"], "2/h")
    first = [_send(case, _behind_proxy(WORKER_A)) for _ in range(3)]
    assert 429 not in first[:2]
    assert first[2] == 429
    assert _send(case, _behind_proxy(WORKER_B)) != 429


@pytest.mark.parametrize("case", LIMITED, ids=[c["id"] for c in LIMITED])
def test_a_client_cannot_escape_its_bucket_by_forging_forwarded_entries(demo, one_proxy, case):
    setattr(one_proxy, case["setting"], "2/h")
    for _ in range(2):
        _send(case, _behind_proxy(WORKER_A))
    for forged in ["203.0.113.9", "203.0.113.10, 203.0.113.11", WORKER_B]:
        assert _send(case, _behind_proxy(WORKER_A, forged=forged)) == 429, forged


def test_without_a_proxy_the_socket_address_counts_and_forwarded_for_is_ignored(demo, settings):
    settings.NINJA_NUM_PROXIES = 0
    settings.RATE_LIMIT_INTAKE = "2/h"
    case = LIMITED[0]
    for n in range(2):
        _send(case, {"REMOTE_ADDR": WORKER_A, "HTTP_X_FORWARDED_FOR": f"203.0.113.{n}"})
    assert _send(case, {"REMOTE_ADDR": WORKER_A, "HTTP_X_FORWARDED_FOR": "203.0.113.99"}) == 429
    assert _send(case, {"REMOTE_ADDR": WORKER_B}) != 429


def _read(path: str, meta: dict[str, str], token: str | None = None) -> int:
    return ApiClient(token=token, **meta).get_json(path).status_code


@pytest.mark.parametrize("path", ["/api/v1/audits", "/api/v1/codes", "/api/v1/facilities"])
def test_anonymous_api_callers_each_have_their_own_bucket(demo, one_proxy, path):
    one_proxy.RATE_LIMIT_PUBLIC_READ = "3/m"
    statuses = [_read(path, _behind_proxy(WORKER_A)) for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    assert _read(path, _behind_proxy(WORKER_B)) == 200
    assert _read(path, _behind_proxy(WORKER_A, forged=WORKER_B)) == 429


def test_a_token_caller_counts_in_its_own_users_bucket_not_the_anonymous_one(demo, settings):
    from chainrights.core.services import issue_token

    settings.RATE_LIMIT_PUBLIC_READ = "2/m"
    settings.RATE_LIMIT_TOKEN = "3/m"
    brand = issue_token(demo["brand"], name="t")[1]
    other_brand_token = issue_token(demo["brand"], name="second")[1]
    supplier = issue_token(demo["supplier"], name="t")[1]
    meta = {"REMOTE_ADDR": WORKER_A}
    assert [_read("/api/v1/codes", meta, brand) for _ in range(3)] == [200, 200, 200]
    assert _read("/api/v1/codes", meta, other_brand_token) == 429  # the same user
    assert _read("/api/v1/codes", meta, supplier) == 200  # another user, same address
    assert [_read("/api/v1/codes", meta) for _ in range(3)] == [200, 200, 429]  # anonymous


def _request(address: str, **meta: str) -> Any:
    return RequestFactory().get("/", REMOTE_ADDR=address, **meta)


def test_the_rate_limit_key_is_a_keyed_hash_of_the_address_that_changes_every_day(settings):
    from chainrights.core.ratelimit import client_key

    monday, tuesday = date(2026, 3, 2), date(2026, 3, 3)
    key = client_key(_request(WORKER_A), day=monday)
    assert WORKER_A not in key
    assert "198" not in key
    assert len(key) >= 32
    assert key == client_key(_request(WORKER_A), day=monday)
    assert key != client_key(_request(WORKER_B), day=monday)
    assert key != client_key(_request(WORKER_A), day=tuesday)
    settings.SECRET_KEY = "another-server-secret"
    assert key != client_key(_request(WORKER_A), day=monday)


def test_an_ipv6_client_is_one_bucket_for_its_whole_prefix():
    from chainrights.core.ratelimit import client_key

    day = date(2026, 3, 2)
    one = client_key(_request("2001:db8:1:2::10"), day=day)
    assert one == client_key(_request("2001:db8:1:2:ffff::99"), day=day)
    assert one != client_key(_request("2001:db8:1:3::10"), day=day)


@pytest.mark.parametrize("path", ["/facilities", "/complain", "/codes", "/"])
def test_anonymous_page_readers_each_have_their_own_bucket_behind_a_proxy(demo, one_proxy, path):
    one_proxy.RATE_LIMIT_PAGES = "3/m"
    statuses = [Client(**_behind_proxy(WORKER_A)).get(path).status_code for _ in range(4)]
    assert statuses[:3] == [200, 200, 200]
    assert statuses[3] == 429
    refused = Client(**_behind_proxy(WORKER_A, forged=WORKER_B)).get(path)
    assert refused.status_code == 429
    assert int(refused["Retry-After"]) >= 1
    assert Client(**_behind_proxy(WORKER_B)).get(path).status_code == 200


def test_signed_in_users_and_the_health_check_are_not_counted_as_anonymous_pages(
    demo, client, settings
):
    settings.RATE_LIMIT_PAGES = "1/m"
    assert [Client().get("/healthz").status_code for _ in range(3)] == [200, 200, 200]
    client.force_login(demo["brand"])
    assert [client.get("/facilities").status_code for _ in range(3)] == [200, 200, 200]
