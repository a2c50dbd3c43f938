"""The worker's intake on a 360 × 740 phone with JavaScript off, as the workers who met each
problem of issue 20: a reload of the confirmation page files nothing new, the story survives
"Find", a secret typed without dashes in lower case opens the case; and, with JavaScript, the
quick exit leaves no history entry. Screenshots in Bengali and Khmer at 360 and 1280 px."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from tests.browser.conftest import Page, device

pytestmark = pytest.mark.browser
STORY = "Our overtime has not been paid for three months. The line 4 supervisor shouts at us."
PHONE = {"width": 360, "height": 740}


@pytest.fixture
def worker(browser: Any, live_server: Any) -> Iterator[Page]:
    """A 360 × 740 phone with JavaScript off."""
    yield from device(browser, live_server, js=False)


@pytest.fixture
def worker_js(browser: Any, live_server: Any) -> Iterator[Page]:
    yield from device(browser, live_server)


def _workplace(django_capture_on_commit_callbacks: Any) -> Any:
    """The demo data and a facility that Northwind Apparel's public list names."""
    from django.contrib.auth import get_user_model

    from chainrights.core.demo import load_demo
    from chainrights.core.models import Organisation
    from chainrights.registry import services
    from chainrights.registry.models import Facility

    load_demo()
    brand = Organisation.objects.get(name="Northwind Apparel")
    content = b"country,name,address\nBD,Dhaka Knit Composite,Plot 5 Ashulia Dhaka\n"
    with django_capture_on_commit_callbacks(execute=True):
        services.upload_list(owner=brand, user=get_user_model().objects.get(username="brand"),
                             name="t1", filename="t1.csv", content=content, public=True)  # fmt: skip
    return Facility.objects.get()


def _cases() -> int:
    from chainrights.grievances.models import Case

    return Case.objects.count()


def _no_sideways_scroll(page: Page) -> None:
    width = page.page.evaluate("document.documentElement.scrollWidth")
    assert width <= page.page.viewport_size["width"], (page.page.url, width)


def test_reloading_the_confirmation_page_files_nothing_new(
    worker, transactional_db, django_capture_on_commit_callbacks
):
    _workplace(django_capture_on_commit_callbacks)
    worker.go("/complain")
    worker.page.get_by_label("What happened?").fill(STORY)
    worker.page.get_by_label("Where do you work?").fill("The knitting unit by the bridge")
    worker.page.get_by_role("button", name="Send").click()
    worker.page.get_by_role("heading", name="We received your complaint").wait_for()
    assert worker.page.url.endswith("/complain/filed")
    codes = worker.page.locator("code.id").all_inner_texts()
    before = _cases()
    assert before == 1
    for _ in range(2):
        worker.page.reload()
        worker.page.get_by_role("heading", name="We received your complaint").wait_for()
        assert worker.page.locator("code.id").all_inner_texts() == codes
    assert _cases() == before
    _no_sideways_scroll(worker)
    worker.page.get_by_role("button", name="I have written it down").click()
    worker.page.get_by_role("heading", name="Follow your case").wait_for()
    worker.go("/complain/filed")
    assert codes[1] not in worker.page.content()
    assert _cases() == before


def test_the_story_survives_find(worker, transactional_db, django_capture_on_commit_callbacks):
    facility = _workplace(django_capture_on_commit_callbacks)
    worker.go("/complain")
    worker.page.get_by_label("What happened?").fill(STORY)
    worker.page.get_by_label("When did it happen?").fill("since August")
    worker.page.get_by_label("How can we reach you? (optional)").fill("Rahima, 01711-000000")
    worker.page.locator("input[name=categories][value=wages]").check()
    worker.page.get_by_label("I fear I will be punished for complaining").check()
    worker.page.get_by_label("Find your workplace (any language)").fill("Dhaka Knit")
    worker.page.get_by_role("button", name="Find").click()
    worker.page.get_by_label(re.compile("Dhaka Knit Composite")).wait_for()
    assert worker.page.url.endswith("/complain#candidates")
    assert worker.page.get_by_label("What happened?").input_value() == STORY
    assert worker.page.get_by_label("When did it happen?").input_value() == "since August"
    assert worker.page.get_by_label("How can we reach you? (optional)").input_value() == (
        "Rahima, 01711-000000"
    )
    assert worker.page.locator("input[name=categories][value=wages]").is_checked()
    assert worker.page.get_by_label("I fear I will be punished for complaining").is_checked()
    assert worker.page.locator("[role=alert]").count() == 0
    assert _cases() == 0
    _no_sideways_scroll(worker)
    worker.page.get_by_label(re.compile("Dhaka Knit Composite")).check()
    worker.page.get_by_role("button", name="Send").click()
    worker.page.get_by_role("heading", name="We received your complaint").wait_for()
    from chainrights.grievances.models import Case

    case = Case.objects.get()
    assert case.facility == facility
    assert case.narrative.startswith(STORY)
    assert case.fears_retaliation


def test_a_secret_typed_without_dashes_and_in_lower_case_opens_the_case(worker, demo):
    from tests.factories import CaseFactory

    case = CaseFactory()
    worker.go("/complain/follow")
    worker.page.get_by_label("Case reference").fill(case.reference.lower().replace("-", " "))
    worker.page.get_by_label("Secret").fill(case.secret.lower().replace("-", ""))
    worker.page.get_by_role("button", name="Show my case").click()
    worker.page.get_by_role("heading", name=re.compile("Your case")).wait_for()
    assert worker.page.url.endswith("/complain/status")
    assert case.reference in worker.page.content()
    assert case.secret not in worker.page.content()
    worker.page.get_by_label("Your answer").fill("We are 40 on line 4.")
    worker.page.get_by_role("button", name="Send").last.click()
    worker.page.get_by_text("Your answer was sent to the handler").wait_for()
    worker.page.reload()  # a GET: nothing is sent again
    assert case.messages.filter(kind="from_complainant").count() == 1
    _no_sideways_scroll(worker)


def test_quick_exit_leaves_no_history_entry(worker_js, demo, live_server, settings):
    settings.QUICK_EXIT_URL = live_server.url + "/rights"  # a neutral page; no network here
    page = worker_js.page
    worker_js.go("/complain/procedure")
    worker_js.go("/complain")
    length = page.evaluate("history.length")
    page.get_by_role("link", name="Leave this page now").click()
    page.wait_for_url("**/rights")
    assert page.evaluate("history.length") == length  # replaced, not added
    page.go_back()
    assert not page.url.endswith("/complain")  # back goes past the page that was left
    assert page.url.endswith("/complain/procedure")
    worker_js.go("/complain/follow")
    length = page.evaluate("history.length")
    page.keyboard.press("Escape")
    page.wait_for_url("**/rights")
    assert page.evaluate("history.length") == length
    assert worker_js.console_errors == []  # the script is allowed by the CSP


def test_quick_exit_without_javascript_is_a_plain_link_to_the_neutral_site(worker, demo, live_server,
                                                                            settings):  # fmt: skip
    settings.QUICK_EXIT_URL = live_server.url + "/healthz"
    worker.go("/complain")
    link = worker.page.get_by_role("link", name="Leave this page now")
    assert link.get_attribute("href") == live_server.url + "/healthz"
    box = link.bounding_box()
    assert box is not None
    assert box["y"] < 10
    assert box["width"] >= 300
    link.click()
    worker.page.wait_for_url("**/healthz")


SHOTS = {"bn": "bn-BD", "km": "km-KH"}
FIND = {"bn": "Dhaka Knit", "km": "Dhaka Knit"}


@pytest.mark.parametrize("width", [360, 1280])
@pytest.mark.parametrize("language", sorted(SHOTS))
def test_screenshots_of_intake_filed_and_status_in_bengali_and_khmer(
    browser, live_server, transactional_db, django_capture_on_commit_callbacks, language, width
):
    _workplace(django_capture_on_commit_callbacks)
    for worker in device(browser, live_server, js=False, width=width, locale=SHOTS[language]):
        worker.go("/complain")
        worker.page.locator("#id_narrative").fill("তিন মাস ধরে ওভারটাইমের টাকা দেওয়া হয়নি।"
                                                  if language == "bn" else
                                                  "ក្រុមហ៊ុនមិនបានបើកប្រាក់ថែមម៉ោងបីខែហើយ។")  # fmt: skip
        worker.page.locator("#id_find").fill(FIND[language])
        worker.page.locator("button[value=find]").click()
        worker.page.locator("#candidates input[type=radio]").first.wait_for()
        _no_sideways_scroll(worker)
        worker.shot(f"intake-{language}-{width}-candidates")
        worker.page.locator("#candidates input[type=radio]").first.check()
        worker.page.locator("button[value=send]").click()
        worker.page.wait_for_load_state()
        assert worker.page.url.endswith("/complain/filed"), worker.page.locator("main").inner_text()
        reference, secret = worker.page.locator("code.id").all_inner_texts()
        _no_sideways_scroll(worker)
        worker.shot(f"filed-{language}-{width}")
        worker.go("/complain/follow")
        worker.page.locator("#id_reference").fill(reference)
        worker.page.locator("#id_secret").fill(secret.replace("-", "").lower())
        worker.page.locator("form[action='/complain/follow'] button").click()
        worker.page.wait_for_url("**/complain/status")
        _no_sideways_scroll(worker)
        worker.shot(f"status-{language}-{width}")
        assert worker.console_errors == []
