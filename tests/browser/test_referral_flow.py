"""Issue 16's acceptance: a handler refers a case to the demo inspectorate (DIFE); the
complainant, on a 360 px phone with JavaScript off and in Bengali, declines to share who they
are; the inspector sees the referral without any contact detail, records an inspection with
two violations and an order, and closes the referral as resolved; the complainant reads
"inspected, order issued" in Bengali; the facility page shows the inspection, and the audit
that missed the violated rights is signalled. Each page is checked with axe-core (360 and
1280 px) and for overflow at 360 px."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.browser.conftest import Page, device, sign_in, totp_now

pytestmark = pytest.mark.browser
AXE = Path(__file__).resolve().parents[2] / "frontend" / "node_modules" / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
CONTACT = "Rahima Akter, +8801711000000"
SUMMARY = "Overtime beyond the legal limit on sewing line 4; a pregnant worker was dismissed."
WIDEST = """() => [...document.querySelectorAll('body *')]
  .filter(e => e.getBoundingClientRect().right > 361)
  .map(e => e.tagName + '.' + e.className + '#' + e.id + ' ' + e.getBoundingClientRect().right)"""


def _device(browser: Any, live_server: Any, **kw: Any) -> Iterator[Page]:
    """As ``conftest.device``, with CSP bypassed so that axe-core can be injected."""
    mobile = kw.get("width", 1280) < 800
    context = browser.new_context(
        viewport={"width": kw.get("width", 1280), "height": 740 if mobile else 900},
        is_mobile=mobile, has_touch=mobile, java_script_enabled=kw.get("js", True),
        locale=kw.get("locale", "en-GB"), bypass_csp=True,
    )  # fmt: skip
    yield Page(context.new_page(), live_server.url)
    context.close()


@pytest.fixture
def worker_phone(browser: Any, live_server: Any) -> Iterator[Page]:
    yield from device(browser, live_server, js=False, width=360, locale="bn")


@pytest.fixture
def handler_desk(browser: Any, live_server: Any) -> Iterator[Page]:
    yield from _device(browser, live_server)


@pytest.fixture
def inspector_desk(browser: Any, live_server: Any) -> Iterator[Page]:
    yield from _device(browser, live_server)


def _no_overflow(page: Page) -> None:
    width = page.page.evaluate("document.documentElement.scrollWidth")
    assert width <= 360, page.page.evaluate(WIDEST)


def _axe(page: Page, shot: str = "") -> None:
    """No WCAG 2.2 AA violation on this page, at 1280 px and at 360 px."""
    if not AXE.exists():
        pytest.skip("axe-core is not installed (frontend/node_modules); run `make test`")
    for width in (1280, 360):
        page.page.set_viewport_size({"width": width, "height": 800})
        page.page.add_script_tag(path=str(AXE))
        result = page.page.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", TAGS
        )
        found = [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]]
        assert found == [], (page.page.url, width, found)
        if width == 360:
            _no_overflow(page)
            if shot:
                page.shot(shot)
    page.page.set_viewport_size({"width": 1280, "height": 900})


def _setup() -> tuple[Any, str, str]:
    """The demo accounts, a public Bangladeshi facility, a case there (filed in Bengali with a
    contact, made admissible) and a public audit of the last days that found other rights."""
    from django.contrib.auth import get_user_model
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from chainrights.core import events
    from chainrights.core.demo import load_demo
    from chainrights.grievances import services as grievances
    from chainrights.registry.models import Facility
    from tests.factories import AuditFactory, OrganisationFactory, UserFactory

    load_demo()
    handler = get_user_model().objects.get(username="handler")
    with events.acting_as(system="test"):
        TOTPDevice.objects.create(user=handler, name="phone", confirmed=True)
        facility = Facility.objects.create(country="BD", name="Lotus Knitwear Ltd",
                                           address="Plot 9, Ashulia, Dhaka")  # fmt: skip
    case, secret = grievances.file_grievance(grievances.Intake(
        narrative="তিন মাস ধরে ওভারটাইমের টাকা দেওয়া হয়নি।", facility_id=facility.public_id,
        language="bn", contact=CONTACT))  # fmt: skip
    grievances.transition_case(case, handler, "acknowledged")
    grievances.transition_case(case, handler, "admissible", "Within the mechanism's scope.")
    auditors = OrganisationFactory(name="Audit Firm", kind="auditor")
    today = date.today()
    AuditFactory(facility=facility, owner=auditors, user=UserFactory(organisation=auditors),
                 raw={"visibility": "public", "publication": "full",
                      "start_date": str(today - timedelta(days=2)), "end_date": str(today)})  # fmt: skip
    return facility, case.reference, secret


def _refer(page: Page, reference: str) -> None:
    from django.contrib.auth import get_user_model

    sign_in(page, "handler", totp_now(get_user_model().objects.get(username="handler")))
    page.go(f"/cases/{reference}")
    page.page.get_by_role("heading", name="Refer to an inspectorate").wait_for()
    assert page.page.get_by_label(
        "Department of Inspection for Factories and Establishments (DIFE)"
    ).is_checked()
    page.page.get_by_label("Summary for the inspectorate (no names)").fill(SUMMARY)
    page.page.fill("#refer-reason", "The labour inspectorate can order the overtime paid.")
    _axe(page)
    page.shot("referral-1-handler-refers-desktop")
    page.page.get_by_role("button", name="Refer the case").click()
    page.page.get_by_text("The case is referred to the labour inspectorate.").wait_for()
    page.page.get_by_role("heading", name="Referral to the labour inspectorate").wait_for()


def _decline(phone: Page, reference: str, secret: str) -> None:
    phone.go("/complain/follow")
    phone.page.fill("#id_reference", reference)
    phone.page.fill("#id_secret", secret)
    phone.page.click("form[action='/complain/follow'] button")
    phone.page.wait_for_url("**/complain/status")
    phone.page.get_by_role("heading", name="আপনার মামলাটি শ্রম পরিদর্শন দপ্তরে গেছে").wait_for()
    assert phone.page.get_by_label("না, আমাকে বেনামী রাখুন").is_checked()  # default: no
    _no_overflow(phone)
    phone.shot("referral-2-complainant-asked-bn-phone")
    phone.page.get_by_role("button", name="আমার সিদ্ধান্ত সংরক্ষণ করুন").click()
    phone.page.get_by_text("আপনার সিদ্ধান্ত সংরক্ষণ করা হয়েছে।", exact=False).wait_for()
    _no_overflow(phone)


def _inspect(page: Page) -> None:
    sign_in(page, "inspector")
    page.go("/inspections/referrals")
    page.page.get_by_role("link", name=date.today().isoformat()).first.click()
    page.page.get_by_text(SUMMARY).wait_for()
    text = page.page.locator("main").inner_text()
    assert "Rahima" not in text
    assert "8801711" not in text
    assert "absolutely confidential" in text
    assert "did not agree to share their identity" in text
    _axe(page, "referral-3b-inspector-referral-phone")
    page.shot("referral-3-inspector-sees-no-contact-desktop")
    page.page.get_by_role("link", name="Record the inspection").click()
    page.page.fill("#id_inspected_on", date.today().isoformat())
    page.page.select_option("#id_v0_right", "maternity-protection")
    page.page.fill("#id_v0_law_article", "Bangladesh Labour Act 2006, s. 46")
    page.page.select_option("#id_v1_right", "working-hours")
    page.page.select_option("#id_o0_kind", "improvement_notice")
    page.page.fill("#id_o0_deadline", (date.today() + timedelta(days=30)).isoformat())
    page.page.fill("#id_inspectors", "2")
    _axe(page)
    page.shot("referral-4-inspector-records-desktop")
    page.page.get_by_role("button", name="Save the inspection").click()
    page.page.get_by_text("The inspection is recorded.").wait_for()
    assert "Inspected, order issued" in page.page.locator("main").inner_text()
    page.page.select_option("#referral-to", "closed_resolved")
    page.page.fill("#referral-reason", "Benefit paid and hours capped; verified on a revisit.")
    page.page.get_by_role("button", name="Record the step").click()
    page.page.get_by_text("The referral moved on").wait_for()
    page.shot("referral-5-referral-closed-desktop")
    for path in ("/inspections/referrals", "/inspections", "/inspections/import"):
        page.go(path)
        _axe(page)
    page.go("/inspections")
    page.page.get_by_role("link", name=date.today().isoformat()).first.click()
    page.page.get_by_role("heading", name="Violations").wait_for()
    _axe(page, "referral-8b-inspection-record-phone")
    page.shot("referral-8-inspection-record-desktop")


def test_a_referral_from_case_to_inspection(
    worker_phone, handler_desk, inspector_desk, transactional_db
):
    from chainrights.states.models import Referral

    facility, reference, secret = _setup()
    _refer(handler_desk, reference)
    _decline(worker_phone, reference, secret)
    _inspect(inspector_desk)
    referral = Referral.objects.get()
    assert referral.state == "closed_resolved"
    assert not referral.case.identity_shareable

    # the complainant reads the progress in Bengali, in the case's steps
    worker_phone.page.reload()
    steps = worker_phone.page.locator("ol.steps").inner_text()
    assert "পরিদর্শন হয়েছে, আদেশ জারি হয়েছে" in steps
    assert "পরিদর্শন দপ্তর বন্ধ করেছে: সমাধান হয়েছে" in steps
    _no_overflow(worker_phone)
    worker_phone.shot("referral-6-complainant-sees-order-issued-bn-phone")

    # the facility page shows the inspection, and the audit's signal from it
    handler_desk.go(f"/facilities/{facility.public_id}")
    main = handler_desk.page.locator("main").inner_text()
    assert "Labour inspections" in main
    assert "Improvement notice" in main
    assert "although a labour inspection found it violated here then" in main
    assert reference not in main
    _axe(handler_desk)
    handler_desk.shot("referral-7-facility-page-desktop")
    for page in (worker_phone, handler_desk, inspector_desk):
        assert page.console_errors == []
