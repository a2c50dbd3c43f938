"""On a 360 px phone with JavaScript off, a Khmer and a Bengali worker find their workplace in
their own script, and a misspelt name finds it too; so do the facilities page and its API."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.browser.conftest import Page, device

pytestmark = pytest.mark.browser
ROWS = (
    "country,name,address\n"
    "KH,Phnom Penh Sewing Star Co. Ltd,Street 598 Chbar Ampov\n"
    "KH,Kampong Speu Garment Co. Ltd,National Road 4 Chbar Mon\n"
    "BD,Square Fashions Limited,Bhaluka Mymensigh\n"
    "BD,Squire Knit Composite Ltd,Tongi Gazipur\n"
)


@pytest.fixture
def registry(transactional_db: Any, django_capture_on_commit_callbacks: Any) -> None:
    from django.contrib.auth import get_user_model

    from chainrights.core.demo import load_demo
    from chainrights.core.models import Organisation
    from chainrights.registry import services

    load_demo()
    brand = Organisation.objects.get(name="Northwind Apparel")
    user = get_user_model().objects.get(username="brand")
    with django_capture_on_commit_callbacks(execute=True):
        services.upload_list(owner=brand, user=user, name="t", filename="t.csv",
                             content=ROWS.encode(), public=True)  # fmt: skip


@pytest.fixture
def khmer(browser: Any, live_server: Any) -> Iterator[Page]:
    yield from device(browser, live_server, js=False, locale="km-KH")


@pytest.fixture
def bengali(browser: Any, live_server: Any) -> Iterator[Page]:
    yield from device(browser, live_server, js=False, locale="bn-BD")


def _find(worker: Page, language: str, text: str) -> list[str]:
    """Type into the workplace field, press Find, and read the choices offered."""
    from django.utils import translation

    with translation.override(language):
        label = translation.gettext("Find your workplace (any language)")
        button = translation.gettext("Find")
    worker.go("/complain")
    worker.page.get_by_label(label).fill(text)
    worker.page.get_by_role("button", name=button, exact=True).click()
    worker.page.wait_for_load_state()
    assert worker.page.evaluate("document.documentElement.scrollWidth") <= 360
    choices = worker.page.locator("input[name=facility_id]")
    return [
        choices.nth(i).evaluate("e => e.parentElement.textContent").strip()
        for i in range(choices.count())
    ]


def test_a_khmer_worker_finds_the_workplace_in_khmer(registry, khmer):
    choices = _find(khmer, "km", "ភ្នំពេញ ស្តារ")
    khmer.shot("workplace-khmer-phone")
    assert choices[0].startswith("Phnom Penh Sewing Star")
    assert not any("Square" in c or "Kampong" in c for c in choices)
    choices = _find(khmer, "km", "កំពង់ស្ពឺ")
    khmer.shot("workplace-khmer-town-phone")
    assert choices[0].startswith("Kampong Speu Garment")


def test_a_bengali_worker_finds_the_workplace_in_bengali_and_misspelt(registry, bengali):
    choices = _find(bengali, "bn", "স্কয়ার ফ্যাশনস")
    bengali.shot("workplace-bengali-phone")
    assert choices[0].startswith("Square Fashions Limited")
    assert any(c.startswith("Squire Knit") for c in choices[1:])  # similar, ranked below
    assert not any(c.startswith("Phnom Penh") for c in choices)
    choices = _find(bengali, "bn", "Sqare Fashion Mymensingh")
    bengali.shot("workplace-misspelt-phone")
    assert choices[0].startswith("Square Fashions Limited")


def test_the_facilities_page_and_its_api_find_native_and_misspelt_names(registry, khmer):
    khmer.go("/facilities?q=" + "ភ្នំពេញ")
    khmer.shot("facilities-khmer-phone")
    assert "Phnom Penh Sewing Star" in khmer.page.content()
    assert khmer.page.evaluate("document.documentElement.scrollWidth") <= 360
    khmer.go("/facilities?q=Sqare+Fashons")
    assert "Square Fashions Limited" in khmer.page.content()
    response = khmer.go("/api/v1/facilities?q=" + "স্কয়ার")
    assert response.json()["items"][0]["name"] == "Square Fashions Limited"
