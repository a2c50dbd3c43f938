"""Shared fixtures: named demo users per role, API clients, and the event-log context."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client

from chainrights.core import events
from chainrights.core.demo import DEMO_ACCOUNTS, load_demo
from chainrights.core.services import issue_token

ROLES = [a.username for a in DEMO_ACCOUNTS]


@pytest.fixture
def demo(db: Any) -> dict[str, Any]:
    """The demo accounts, by username (operator, handler, brand, … inspector)."""
    from django.contrib.auth import get_user_model

    load_demo()
    users = get_user_model().objects.filter(username__in=ROLES)
    return {u.username: u for u in users}


@pytest.fixture
def system(db: Any) -> Any:
    """Run the test body as a system actor, so fixtures can write domain rows."""
    with events.acting_as(system="test", reason="test fixture") as actor:
        yield actor


class ApiClient(Client):
    """A test client that speaks JSON and optionally carries a bearer token."""

    def __init__(self, token: str | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.token = token

    def _headers(self, extra: dict[str, Any]) -> dict[str, Any]:
        headers = dict(extra.pop("headers", None) or {})
        if self.token:
            headers.setdefault("Authorization", f"Bearer {self.token}")
        return headers

    def get_json(self, path: str, **extra: Any) -> Any:
        return self.get(path, headers=self._headers(extra), **extra)

    def send(self, method: str, path: str, body: Any = None, **extra: Any) -> Any:
        data = body if isinstance(body, (bytes, str)) else json.dumps(body)
        return self.generic(
            method,
            path,
            data=data,
            content_type=extra.pop("content_type", "application/json"),
            headers=self._headers(extra),
            **extra,
        )


@pytest.fixture
def anon_api() -> ApiClient:
    return ApiClient()


@pytest.fixture
def api_for(demo: dict[str, Any]) -> Any:
    """``api_for("brand")`` is a JSON client authenticated as that demo user."""

    def make(username: str) -> ApiClient:
        # As if issued with the account's TOTP code: operator staff get no other kind.
        _, raw = issue_token(demo[username], name="test", second_factor=True)
        return ApiClient(token=raw)

    return make


def assert_error_shape(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.content[:500]
    body = response.json()
    assert set(body) == {"error"}, body
    assert set(body["error"]) == {"code", "message", "details"}, body
    assert body["error"]["message"]
    return body["error"]


@pytest.fixture(autouse=True)
def _english_between_tests() -> Any:
    """A request in another language leaves it active in the thread (LocaleMiddleware does not
    reset it); each test starts in the site's default language, so none depends on the order."""
    from django.utils import translation

    translation.activate("en")
    yield
    translation.activate("en")


@pytest.fixture(autouse=True)
def _fresh_rate_limits() -> None:
    """Rate-limit counters live in the cache; each test starts with none."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(autouse=True)
def _fresh_registry_index(settings: Any, tmp_path_factory: Any, monkeypatch: Any) -> Any:
    """Each test's database starts empty, so the worker's cached registry index must too, and
    its saved one (a directory of its own, for the processes it starts as well)."""
    from chainrights.registry import services

    directory = str(tmp_path_factory.mktemp("registry-index"))
    settings.REGISTRY_INDEX_DIR = directory
    monkeypatch.setenv("REGISTRY_INDEX_DIR", directory)
    services.forget_registry_index()
    yield
    services.forget_registry_index()


def totp_client(user: Any) -> Any:
    """A Django test client signed in as ``user`` with a verified TOTP device, as after a
    two-factor sign-in."""
    from django.test import Client
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from chainrights.core import events

    client = Client()
    client.force_login(user)
    with events.acting_as(system="test"):
        device = TOTPDevice.objects.create(user=user, name="test", confirmed=True)
    session = client.session
    session["otp_device_id"] = device.persistent_id
    session.save()
    return client


@pytest.fixture(autouse=True)
def _fresh_checkpoints(settings: Any, tmp_path_factory: Any, monkeypatch: Any) -> None:
    """Signed checkpoints live in a directory outside the database; each test starts with none,
    and so do the processes it starts (a restore, a worker), which read the environment."""
    directory = str(tmp_path_factory.mktemp("checkpoints"))
    settings.LOG_CHECKPOINT_DIR = directory
    monkeypatch.setenv("CHAINRIGHTS_CHECKPOINT_DIR", directory)


def pytest_collection_modifyitems(config: Any, items: list[Any]) -> None:
    """Tests marked ``postgres_only`` run in the PostgreSQL pass of ``make test`` only."""
    import os

    if os.environ.get("DATABASE_URL", "").startswith("postgres"):
        return
    skip = pytest.mark.skip(reason="needs PostgreSQL (run under scripts/with-postgres)")
    for item in items:
        if "postgres_only" in item.keywords:
            item.add_marker(skip)
