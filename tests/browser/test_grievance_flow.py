"""A worker complains in Bengali on a phone with JavaScript off; a handler signed in with
TOTP triages, shares with the linked brand, records the remedy, verifies and closes; the
worker follows and answers; the brand sees the case but never who complained."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from tests.browser.conftest import Page, device, sign_in, totp_now

pytestmark = pytest.mark.browser
NARRATIVE = "তিন মাস ধরে আমাদের ওভারটাইমের টাকা দেওয়া হয়নি। লাইন ৪-এর সুপারভাইজার হুমকি দেয়।"
CONTACT = "রহিমা, ০১৭১১-০০০০০০"


@pytest.fixture
def worker(browser: Any, live_server: Any) -> Iterator[Page]:
    yield from device(browser, live_server, js=False, locale="bn-BD")


def _move(page: Page, to: str, reason: str = "") -> None:
    page.page.select_option("#to", to)
    if reason:
        page.page.fill("#reason", reason)
    page.page.get_by_role("button", name="Move the case").click()
    page.page.get_by_text("The case moved on").wait_for()


def test_a_worker_is_heard_and_the_case_reaches_remedy(
    worker, page, browser, live_server, transactional_db, django_capture_on_commit_callbacks
):
    from django.contrib.auth import get_user_model
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from chainrights.core import events
    from chainrights.core.demo import load_demo
    from chainrights.core.models import Organisation
    from chainrights.registry import services

    load_demo()
    brand = Organisation.objects.get(name="Northwind Apparel")
    users = get_user_model().objects
    content = b"country,name,address\nBD,Dhaka Knit Composite,Plot 5 Ashulia Dhaka\n"
    with django_capture_on_commit_callbacks(execute=True):
        services.upload_list(owner=brand, user=users.get(username="brand"), name="t1",
                             filename="t1.csv", content=content, public=True)  # fmt: skip
    handler = users.get(username="handler")
    with events.acting_as(system="test"):
        TOTPDevice.objects.create(user=handler, name="phone", confirmed=True)

    # 1. The worker files, in Bengali, with JavaScript off, on a small phone.
    worker.go("/complain")
    worker.page.get_by_role("heading", name="কী ঘটেছে আমাদের জানান").wait_for()
    worker.page.get_by_label("আপনার কর্মস্থল খুঁজুন (যেকোনো ভাষায়)").fill("Dhaka Knit")
    worker.page.get_by_role("button", name="খুঁজুন").click()
    worker.page.get_by_label(re.compile("Dhaka Knit Composite")).check()
    worker.page.get_by_label("কী ঘটেছে?").fill(NARRATIVE)
    worker.page.get_by_label("মজুরি দেওয়া হয়নি, দেরিতে দেওয়া হয়েছে বা ন্যূনতমের কম").check()
    worker.page.get_by_label("অভিযোগ করার জন্য শাস্তির ভয় পাচ্ছি").check()
    worker.page.get_by_label("কীভাবে আপনার সাথে যোগাযোগ করব? (ঐচ্ছিক)").fill(CONTACT)
    worker.shot("grievance-1-intake-bn-phone")
    worker.page.get_by_role("button", name="পাঠান").click()
    worker.page.get_by_role("heading", name="আমরা আপনার অভিযোগ পেয়েছি").wait_for()
    codes = worker.page.locator("code.id").all_inner_texts()
    reference, secret = codes
    assert re.fullmatch(r"GR-[0-9A-Z]{4}-[0-9A-Z]{4}", reference)
    worker.shot("grievance-2-reference-and-secret")

    # 2. The handler signs in with TOTP, acknowledges, finds it admissible (shared with the
    #    brand), and writes to the worker.
    sign_in(page, "handler", totp_now(handler))
    page.go("/cases")
    page.page.get_by_role("link", name=reference).click()
    page.page.get_by_text(NARRATIVE).wait_for()
    _move(page, "acknowledged")
    _move(page, "admissible", "মজুরি আপনার অধিকার; Northwind Apparel-কে জানানো হয়েছে।")
    assert page.page.get_by_text("Northwind Apparel").first.is_visible()
    page.page.fill("#text", "আপনার লাইনে কতজন শ্রমিক? আমরা কারখানায় যাব।")
    page.page.get_by_role("button", name="Save message").click()
    page.page.get_by_text("Message saved.").wait_for()
    page.shot("grievance-3-handler-triage")

    # 3. The worker reads the reply and answers.
    worker.go("/complain/follow")
    worker.page.get_by_label("অভিযোগের রেফারেন্স").fill(reference.lower())
    worker.page.get_by_label("গোপন কোড").fill(secret)
    worker.page.get_by_role("button", name="আমার অভিযোগ দেখান").click()
    worker.page.get_by_text("আমরা কারখানায় যাব").wait_for()
    worker.page.get_by_label("আপনার উত্তর").fill("আমাদের লাইনে ৪০ জন।")
    worker.page.get_by_role("button", name="পাঠান").click()
    worker.page.get_by_text("আপনার উত্তর পরিচালনাকারীর কাছে পাঠানো হয়েছে").wait_for()
    worker.shot("grievance-4-worker-follows-and-answers")

    # 4. The handler records the remedy, verifies it and closes the case.
    page.page.reload()
    page.page.get_by_text("আমাদের লাইনে ৪০ জন।").wait_for()
    _move(page, "investigation")
    _move(page, "plan_agreed", "Back pay for 40 workers within 30 days, agreed with Northwind.")
    _move(page, "remediated", "Paid on 2026-12-01.")
    _move(page, "verified", "Payslips checked with 12 workers, off site.")
    _move(page, "closed", "Back pay verified; no reprisal reported.")
    page.shot("grievance-5-handler-closed")

    # 5. The brand sees the case and the remedy, never who complained.
    brand_context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    brand_page = Page(brand_context.new_page(), live_server.url)
    sign_in(brand_page, "brand")
    brand_page.go("/cases")
    brand_page.page.get_by_role("link", name=reference).click()
    brand_page.page.get_by_text("Back pay verified").wait_for()
    html = brand_page.page.content()
    assert CONTACT not in html
    assert "রহিমা" not in html
    assert "Show contact details" not in html
    brand_page.shot("grievance-6-brand-view")
    brand_context.close()

    # The worker sees the outcome and its reason in Bengali.
    worker.go("/complain/follow")
    worker.page.get_by_label("অভিযোগের রেফারেন্স").fill(reference)
    worker.page.get_by_label("গোপন কোড").fill(secret)
    worker.page.get_by_role("button", name="আমার অভিযোগ দেখান").click()
    worker.page.get_by_text("নিষ্পত্তি হয়েছে").first.wait_for()
    worker.page.get_by_role("heading", name="আপনি কি ফলাফলে সন্তুষ্ট?").wait_for()
    worker.shot("grievance-7-worker-sees-the-outcome")
    worker.page.get_by_label("4").check()
    worker.page.get_by_role("button", name="পাঠান").first.click()
    worker.page.get_by_text("আমাদের জানানোর জন্য ধন্যবাদ।").wait_for()
    from chainrights.grievances.models import Case

    assert Case.objects.get(reference=reference).satisfaction == 4
    assert worker.console_errors == []
    assert page.console_errors == []
