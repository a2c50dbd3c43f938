"""A union officer on a 360 px phone with JavaScript off files a collective complaint for a
sewing line, finds it in "Our cases"; the handler (signed in with TOTP) sees who filed it and
for how many, and writes; the union reads the message, since the members chose so, and
answers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from tests.browser.conftest import Page, device, sign_in, totp_now

pytestmark = pytest.mark.browser
NARRATIVE = "Forty workers on sewing line 4 have had no overtime pay since March."
UNIT = "Sewing line 4, night shift"
MESSAGE = "We will visit the factory on Monday. Can two workers meet us off site?"


@pytest.fixture
def union_phone(browser: Any, live_server: Any) -> Iterator[Page]:
    yield from device(browser, live_server, js=False, locale="en-GB")


WIDEST = """() => [...document.querySelectorAll('body *')]
  .filter(e => e.getBoundingClientRect().right > 361)
  .map(e => e.tagName + '.' + e.className + '#' + e.id + ' ' + e.getBoundingClientRect().right)"""


def _no_overflow(page: Page) -> None:
    width = page.page.evaluate("document.documentElement.scrollWidth")
    assert width <= 360, page.page.evaluate(WIDEST)


def _file(union: Page) -> str:
    # the menu's link (the dashboard offers the same as its union tile's next step)
    union.page.get_by_role("navigation", name="Main").get_by_role(
        "link", name="File for members"
    ).click()
    union.page.get_by_role("heading", name="File a complaint for members").wait_for()
    union.page.get_by_label("What happened?").fill(NARRATIVE)
    union.page.get_by_label("Find the workplace (any language)").fill("Dhaka Knit")
    union.page.get_by_role("button", name="Find").click()
    union.page.get_by_label(re.compile("Dhaka Knit Composite")).check()
    assert union.page.get_by_label("What happened?").input_value() == NARRATIVE  # kept
    union.page.get_by_label("A group of workers").check()
    union.page.get_by_label("How many workers?").fill("40")
    union.page.get_by_label("Which department, line, shift or site?").fill(UNIT)
    union.page.get_by_label("Wages not paid, paid late, or below the minimum").check()
    union.page.get_by_label(re.compile("handler's messages also come to the union")).check()
    _no_overflow(union)
    union.shot("union-1-file-for-members-phone")
    union.page.get_by_role("button", name="Send").click()
    union.page.get_by_role("heading", name="The complaint is filed").wait_for()
    reference, secret = union.page.locator("code.id").all_inner_texts()
    assert re.fullmatch(r"GR-[0-9A-Z]{4}-[0-9A-Z]{4}", reference)
    assert len(secret.split("-")) == 5
    _no_overflow(union)
    union.shot("union-2-reference-and-secret-phone")
    return reference


def test_a_union_files_a_collective_complaint_and_follows_it(
    union_phone, page, transactional_db, django_capture_on_commit_callbacks
):
    from django.contrib.auth import get_user_model
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from chainrights.core import events
    from chainrights.core.demo import load_demo
    from chainrights.core.models import Organisation
    from chainrights.registry import services

    load_demo()
    users = get_user_model().objects
    content = b"country,name,address\nBD,Dhaka Knit Composite,Plot 5 Ashulia Dhaka\n"
    with django_capture_on_commit_callbacks(execute=True):
        services.upload_list(owner=Organisation.objects.get(name="Northwind Apparel"),
                             user=users.get(username="brand"), name="t1", filename="t1.csv",
                             content=content, public=True)  # fmt: skip
    handler = users.get(username="handler")
    with events.acting_as(system="test"):
        TOTPDevice.objects.create(user=handler, name="phone", confirmed=True)

    # 1. The union files for the line, on a phone with JavaScript off, and finds it listed.
    union = union_phone
    sign_in(union, "union")
    reference = _file(union)
    union.page.get_by_role("link", name="Our cases").first.click()
    row = union.page.get_by_role("listitem").filter(has_text=reference)
    assert "40 workers" in row.inner_text()
    assert UNIT in row.inner_text()
    _no_overflow(union)
    union.shot("union-3-our-cases-phone")

    # 2. The handler sees that a union filed it, for whom, and writes.
    sign_in(page, "handler", totp_now(handler))
    page.go(f"/cases/{reference}")
    page.page.get_by_text(NARRATIVE).wait_for()
    facts = page.page.locator("dl.facts").inner_text()
    assert "Garment Workers Federation" in facts
    assert "40 workers" in facts
    assert UNIT in facts
    page.page.fill("#text", MESSAGE)
    page.page.get_by_role("button", name="Save message").click()
    page.page.get_by_text("Message saved.").wait_for()
    page.shot("union-4-handler-sees-the-union-filing")

    # 3. The union reads the message and answers.
    union.page.get_by_role("link", name=reference).click()
    union.page.get_by_text(MESSAGE).wait_for()
    assert union.page.locator("code.id").count() == 0  # the secret was shown once
    union.page.get_by_label("Write to the handler").fill("Yes: Rahima and Salma, on Sunday.")
    union.page.get_by_role("button", name="Send").click()
    union.page.get_by_text("Your message was sent to the handler.").wait_for()
    _no_overflow(union)
    union.shot("union-5-union-reads-and-answers-phone")

    page.page.reload()
    page.page.get_by_text("Yes: Rahima and Salma, on Sunday.").wait_for()
    assert union.console_errors == []
    assert page.console_errors == []
