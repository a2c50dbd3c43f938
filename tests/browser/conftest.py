"""Playwright driving Debian's Chromium against a live server. Skips, with the reason, when
Chromium is not installed (``scripts/ensure-chromium`` installs it when it may)."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def pytest_collection_modifyitems(items: list[Any]) -> None:
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip(
            "Debian's chromium is not installed (/usr/bin/chromium); run scripts/ensure-chromium"
        )
    # Playwright's sync API runs an event loop in this thread; the live server's ORM calls
    # happen in its own thread, but fixtures that touch the DB here must be allowed to.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield chromium
        chromium.close()


class Page:
    """A page that records console errors (CSP violations show up there) and saves shots."""

    def __init__(self, page: Any, base_url: str) -> None:
        self.page = page
        self.base_url = base_url
        self.console_errors: list[str] = []
        page.on("console", lambda m: m.type == "error" and self.console_errors.append(m.text))
        page.on("pageerror", lambda e: self.console_errors.append(str(e)))

    def go(self, path: str) -> Any:
        return self.page.goto(self.base_url + path)

    def shot(self, name: str) -> Path:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        target = SCREENSHOTS / f"{name}.png"
        self.page.screenshot(path=str(target), full_page=True)
        return target


@pytest.fixture
def page(browser: Any, live_server: Any) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    yield Page(context.new_page(), live_server.url)
    context.close()


@pytest.fixture
def phone(browser: Any, live_server: Any) -> Iterator[Page]:
    context = browser.new_context(
        viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True, locale="en-GB"
    )
    yield Page(context.new_page(), live_server.url)
    context.close()


def device(
    browser: Any, live_server: Any, *, js: bool = True, width: int = 360, locale: str = "en-GB"
) -> Iterator[Page]:
    """A page on a phone (under 800 px: 740 px high, touch) or a desktop, JavaScript on or off,
    in one locale: ``yield from device(...)`` in a fixture."""
    mobile = width < 800
    context = browser.new_context(
        viewport={"width": width, "height": 740 if mobile else 900}, is_mobile=mobile,
        has_touch=mobile, java_script_enabled=js, locale=locale,
    )  # fmt: skip
    yield Page(context.new_page(), live_server.url)
    context.close()


@pytest.fixture
def no_js(browser: Any, live_server: Any) -> Iterator[Page]:
    context = browser.new_context(java_script_enabled=False, locale="en-GB")
    yield Page(context.new_page(), live_server.url)
    context.close()


def totp_now(user: Any) -> str:
    """The current code of ``user``'s TOTP device, as their authenticator shows it."""
    from django_otp.oath import TOTP
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device = TOTPDevice.objects.get(user=user)
    clock = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    clock.time = time.time()
    return f"{clock.token():0{device.digits}d}"


def sign_in(page: Page, username: str, code: str = "") -> None:
    """Sign in with the demo password (and a TOTP code for staff with a device)."""
    page.go("/accounts/login/")
    page.page.fill("#id_username", username)
    page.page.fill("#id_password", f"{username}-demo-2026")
    if code:
        page.page.fill("#id_otp_token", code)
    page.page.click("button[type=submit] >> text=Sign in")
    page.page.get_by_role("button", name="Sign out").wait_for()
