"""Each role signs in through the login form and lands on its dashboard (/dashboard) with the
tiles of its work, read from the whole demo; axe-core finds nothing there at 360 and 1280 px
and nothing is wider than a 360 px phone. Screenshots of the supplier's dashboard in Bengali
and Khmer and the brand's in Chinese and Spanish. The brand answers a review on a list's page
in the browser, sees the counters move, takes the answer back, and opens the row report."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command

from tests.browser.conftest import Page, sign_in, totp_now
from tests.factories import REVIEW_PAIR, csv_of

pytestmark = pytest.mark.browser
AXE = Path(__file__).resolve().parents[2] / "frontend" / "node_modules" / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
WIDEST = """() => [...document.querySelectorAll('body *')]
  .filter(e => e.getBoundingClientRect().right > 361)
  .map(e => e.tagName + '.' + e.className + '#' + e.id + ' ' + e.getBoundingClientRect().right)"""
DB_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
# the titles of the tiles each role finds on its dashboard, from the whole demo
TILES = {
    "brand": ["Your supplier lists", "Your highest risks", "Your reports"],
    "supplier": ["Open corrective actions", "Your facilities"],
    "auditor": ["Your audit imports"],
    "union": ["Cases your union brought"],
    "inspector": ["Referrals to your inspectorate"],
    "handler": ["Cases to handle"],
}
SHOTS = [("supplier", "bn"), ("supplier", "km"), ("brand", "zh-hans"), ("brand", "es")]


def _whole_demo() -> Any:
    """The demo of every app, as `chainrights demo` loads it; the handler gets a TOTP device.
    Returns the handler."""
    from django.contrib.auth import get_user_model
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from chainrights.audits.demo import load_demo_audits
    from chainrights.codes.demo import load_demo_codes
    from chainrights.core import events
    from chainrights.core.demo import load_demo
    from chainrights.purchasing.demo import load_demo_purchasing
    from chainrights.registry.demo import load_demo_lists
    from chainrights.reports.demo import load_demo_reports
    from chainrights.risk.demo import load_demo_risk
    from chainrights.states.demo import load_demo_countries, load_demo_inspections

    load_demo()
    for load in (load_demo_lists, load_demo_codes, load_demo_audits, load_demo_inspections,
                 load_demo_countries, load_demo_purchasing, load_demo_risk,
                 load_demo_reports):  # fmt: skip
        load()
    handler = get_user_model().objects.get(username="handler")
    with events.acting_as(system="test"):
        TOTPDevice.objects.create(user=handler, name="phone", confirmed=True)
    return handler


@contextmanager
def _opened(browser: Any, live_server: Any, width: int, state: Any = None) -> Iterator[Page]:
    """A page on a phone (under 800 px) or a desktop, with CSP bypassed so that axe-core can
    be injected (as ``conftest.device``); ``state``: the cookies of a session signed in on
    another page (the login form allows ten attempts a minute from one address)."""
    mobile = width < 800
    context = browser.new_context(
        viewport={"width": width, "height": 740 if mobile else 900}, is_mobile=mobile,
        has_touch=mobile, locale="en-GB", bypass_csp=True, storage_state=state,
    )  # fmt: skip
    try:
        yield Page(context.new_page(), live_server.url)
    finally:
        context.close()


def _signed_in(page: Page, username: str, handler: Any) -> None:
    """Through the real login form (the handler with its second factor), landing on the
    dashboard."""
    sign_in(page, username, totp_now(handler) if username == "handler" else "")
    page.page.wait_for_url(page.base_url + "/dashboard")


def _no_overflow(page: Page) -> None:
    width = page.page.evaluate("document.documentElement.scrollWidth")
    assert width <= 360, (page.page.url, width, page.page.evaluate(WIDEST))


def _axe(page: Page) -> list[Any]:
    if not AXE.exists():
        pytest.skip("axe-core is not installed (frontend/node_modules); run `make test`")
    page.page.add_script_tag(path=str(AXE))
    result = page.page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", TAGS
    )
    return [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
            for v in result["violations"]]  # fmt: skip


def _titles(page: Page) -> list[str]:
    return page.page.locator(".cards article h2 > a").all_inner_texts()


def _in_language(page: Page, language: str) -> None:
    """Choose the language as the language form does: its cookie, then reload."""
    page.page.context.add_cookies(
        [{"name": "django_language", "value": language, "url": page.base_url}]
    )
    page.go("/dashboard")
    assert page.page.locator("html").get_attribute("lang") == language


def test_each_role_lands_on_its_dashboard_which_passes_axe_and_fits_a_phone(
    browser, live_server, transactional_db
):
    handler = _whole_demo()
    for username, titles in TILES.items():
        with _opened(browser, live_server, 1280) as desk:
            _signed_in(desk, username, handler)
            state = desk.page.context.storage_state()
        for width in (1280, 360):
            with _opened(browser, live_server, width, state) as page:
                page.go("/dashboard")
                page.page.get_by_role("heading", name="Your work", level=1).wait_for()
                found = _titles(page)
                assert set(titles) <= set(found), (username, found)
                menu = page.page.get_by_role("navigation", name="Main")
                assert menu.get_by_role("link", name="Your work").get_attribute("href") == (
                    "/dashboard"
                )
                if username == "supplier":
                    actions = page.page.locator("article[aria-labelledby='tile-actions']")
                    assert _titles(page)[0] == "Open corrective actions"  # overdue first
                    assert actions.get_attribute("class") == "late"
                    assert actions.locator(".status-overdue").first.inner_text() == "1 overdue"
                    assert actions.locator("li .status-overdue").count() == 1
                if username == "handler":  # signed in with TOTP: the case references show
                    queue = page.page.locator("article[aria-labelledby='tile-case-queue']")
                    assert queue.locator("li a").count() >= 1
                    assert "second factor" not in queue.inner_text()
                assert _axe(page) == [], (username, width)
                if width == 360:
                    _no_overflow(page)
                    page.shot(f"dashboard-{username}-360")
                assert page.console_errors == [], (username, width)


@pytest.mark.parametrize(("username", "language"), SHOTS)
def test_dashboard_screenshots_in_other_scripts(
    browser, live_server, transactional_db, username, language
):
    handler = _whole_demo()
    with _opened(browser, live_server, 1280) as desk:
        _signed_in(desk, username, handler)
        state = desk.page.context.storage_state()
    for width in (360, 1280):
        with _opened(browser, live_server, width, state) as page:
            _in_language(page, language)
            assert "Your work" not in page.page.locator("h1").inner_text()  # translated
            assert page.page.locator(".cards article").count() >= len(TILES[username])
            if width == 360:
                _no_overflow(page)
            page.shot(f"dashboard-{username}-{language}-{width}")
            assert page.console_errors == []


def _work() -> None:
    """What `chainrights serve`'s worker does between two polls of the page."""
    call_command("db_worker", "--batch", "--no-startup-delay")


def _upload(page: Page, tmp_path: Path, name: str, row: list[str]) -> None:
    path = tmp_path / f"{name}.csv"
    path.write_bytes(csv_of([row]))
    page.go("/lists")
    page.page.get_by_label("List name").fill(name)
    page.page.get_by_label("Supplier list (CSV or XLSX)").set_input_files(str(path))
    page.page.get_by_role("button", name="Upload").click()
    page.page.get_by_text("Status:").wait_for()
    _work()
    page.page.get_by_text("Done", exact=True).wait_for()  # the page polls, then shows it


def _counter(page: Page, label: str, value: int) -> None:
    page.page.locator("ul.counts li", has_text=f"{label}: {value}").wait_for()


def test_the_brand_answers_a_review_takes_it_back_and_reads_the_row_report(
    browser, live_server, transactional_db, tmp_path, settings
):
    from chainrights.core.demo import load_demo

    settings.TASKS = DB_QUEUE
    load_demo()
    with _opened(browser, live_server, 360) as page:
        sign_in(page, "brand")
        registered, unclear = REVIEW_PAIR
        _upload(page, tmp_path, "Sri Lanka", registered)
        _upload(page, tmp_path, "Sri Lanka update", unclear)
        page.page.reload()  # the list's page as a visitor opens it
        review = page.page.locator("article.review")
        review.get_by_role("button", name="Same facility").wait_for()
        why = review.get_by_text("Why they may be one facility, and why not").inner_text()
        assert "the same name" in why, why
        assert "score" not in why
        assert "level" not in why
        _counter(page, "To review", 1)
        _counter(page, "Matched", 0)
        page.shot("review-waiting-360")

        review.get_by_role("button", name="Same facility").click()
        page.page.get_by_text("the decision is recorded").wait_for()
        _counter(page, "To review", 0)
        _counter(page, "Matched", 1)
        answered = page.page.locator("#answered + p + ul.results")
        page.page.get_by_role("heading", name="Your answers").wait_for()
        assert "Smart Shirts Limited" in answered.inner_text()
        assert "same facility as" in answered.inner_text()
        _no_overflow(page)
        page.shot("review-answered-360")
        page.page.reload()  # without the message just shown (its list's role is "status")
        assert _axe(page) == []

        answered.get_by_role("button", name="Take back").click()
        _counter(page, "To review", 1)
        _counter(page, "Matched", 0)
        page.page.locator("article.review").get_by_role("button", name="Same facility").wait_for()
        assert page.page.get_by_role("heading", name="Your answers").count() == 0

        page.page.get_by_role("link", name="Every row and its decision").click()
        page.page.get_by_role("heading", name="Every row and its decision").wait_for()
        row = page.page.locator("tbody tr", has_text="Smart Shirts Limited")
        assert row.count() == 1
        assert "To review" in row.inner_text()
        assert "No. 12 Off Airport Road" in row.inner_text()
        _no_overflow(page)
        assert _axe(page) == []
        page.shot("review-row-report-360")
        page.page.set_viewport_size({"width": 1280, "height": 900})
        page.shot("review-row-report-1280")
        assert page.console_errors == []
