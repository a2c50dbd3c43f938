"""Issue 16, capacity building: the demo inspector, on a 360 px phone with JavaScript off and
in Bengali, records a training of DIFE's inspectors; the public page then shows it, counts
only, with nothing wider than the screen. Screenshots of both."""

from __future__ import annotations

from typing import Any

import pytest

from tests.browser.conftest import Page, device

pytestmark = pytest.mark.browser


@pytest.fixture
def bengali_phone(browser: Any, live_server: Any) -> Any:
    yield from device(browser, live_server, js=False, locale="bn-BD")


def _no_overflow(page: Page) -> None:
    width = page.page.evaluate("document.documentElement.scrollWidth")
    assert width <= page.page.viewport_size["width"], width


def test_an_inspector_records_a_training_on_a_phone_in_bengali(bengali_phone, db):
    from chainrights.audits.models import CapacityActivity
    from chainrights.core.demo import load_demo

    load_demo()
    page = bengali_phone
    page.go("/accounts/login/")
    page.page.fill("#id_username", "inspector")
    page.page.fill("#id_password", "inspector-demo-2026")
    page.page.locator("main form button[type=submit]").click()
    page.go("/inspections/referrals")
    page.page.get_by_role("link", name="শ্রম পরিদর্শকদের প্রশিক্ষণ").click()
    assert page.page.locator("h1").inner_text() == "শ্রম পরিদর্শকদের প্রশিক্ষণ"
    page.page.fill("#id_title", "অগ্নি নিরাপত্তা পরিদর্শন")
    page.page.fill("#id_topic", "ভবন ও অগ্নি নিরাপত্তা")
    page.page.locator("input[name=rights][value=building-and-fire-safety]").check()
    page.page.fill("#id_start_date", "2026-06-01")
    page.page.fill("#id_end_date", "2026-05-30")  # before the start: refused, kept
    page.page.fill("#id_women", "8")
    page.page.fill("#id_men", "11")
    page.page.get_by_role("button", name="প্রশিক্ষণ নথিভুক্ত করুন").click()
    assert "শেষের তারিখ শুরুর আগে।" in page.page.content()
    assert page.page.input_value("#id_title") == "অগ্নি নিরাপত্তা পরিদর্শন"
    _no_overflow(page)
    page.shot("inspector-training-form-bn-360")
    page.page.fill("#id_end_date", "2026-06-02")
    page.page.get_by_role("button", name="প্রশিক্ষণ নথিভুক্ত করুন").click()
    assert page.page.url.endswith("/inspections/trainings")
    training = CapacityActivity.objects.get()
    assert training.facility is None
    assert training.participants == [{"role": "inspectors", "women": 8, "men": 11, "other": 0}]
    page.page.context.clear_cookies()  # signed out: what anyone sees
    page.go("/inspections/trainings")
    text = page.page.locator("main").inner_text()
    assert "অগ্নি নিরাপত্তা পরিদর্শন" in text
    assert "8 নারী, 11 পুরুষ, 0 অন্যান্য" in text
    assert "inspector" not in text.lower().split("json")[0]  # no account or person named
    _no_overflow(page)
    page.shot("inspector-trainings-public-bn-360")
