"""Country profiles in a browser: the list with its map and one country, in Bengali on a
phone and in English on a desktop; nothing overflows at 360 px, axe finds nothing, and the
map draws from the shipped outlines without breaking the page's CSP."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.browser.conftest import Page, device

pytestmark = pytest.mark.browser
AXE = Path(__file__).resolve().parents[2] / "frontend" / "node_modules" / "axe-core" / "axe.min.js"
# a drawn country: Leaflet leaves a path off the view empty ("M0 0"), so wait for one it drew
DRAWN = ".countries-map path.leaflet-interactive:not([d='M0 0'])"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def axe_violations(page: Any) -> list[Any]:
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})",
                           TAGS)  # fmt: skip
    return [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
            for v in result["violations"]]  # fmt: skip


@pytest.fixture
def countries(transactional_db: Any) -> None:
    from chainrights.core.demo import load_demo
    from chainrights.states.demo import load_demo_countries

    load_demo()
    load_demo_countries()


@pytest.fixture
def bengali_phone(browser: Any, live_server: Any) -> Iterator[Page]:
    yield from device(browser, live_server, width=360, locale="bn-BD")


@pytest.fixture
def desktop(browser: Any, live_server: Any) -> Iterator[Page]:
    yield from device(browser, live_server, width=1280, locale="en-GB")


def _fits(page: Page, width: int) -> None:
    assert page.page.evaluate("document.documentElement.scrollWidth") <= width


def test_the_country_list_and_bangladesh_in_bengali_on_a_phone(countries, bengali_phone):
    page = bengali_phone
    page.page.set_extra_http_headers({"Accept-Language": "bn"})
    page.go("/countries")
    assert page.page.locator("h1").inner_text() == "দেশসমূহ"
    page.page.locator(DRAWN).first.wait_for()
    _fits(page, 360)
    page.shot("countries-bn-phone")
    page.go("/countries/BD")
    assert page.page.locator("h1").inner_text().startswith("বাংলাদেশ")
    body = page.page.locator("main").inner_text()
    assert "16357" in body
    assert "ঘাটতি" in body
    _fits(page, 360)
    page.shot("country-bd-bn-phone")
    assert page.console_errors == []


def test_the_country_list_with_its_map_and_bangladesh_in_english_on_a_desktop(countries, desktop):
    page = desktop
    page.go("/countries")
    page.page.locator(DRAWN).first.wait_for()
    page.page.get_by_role("link", name="Inspection coverage").click()
    page.page.wait_for_url("**sort=coverage**")
    first = page.page.locator("table.countries tbody tr").first.inner_text()
    assert "× benchmark" in first  # a country with a figure sorts before every gap
    page.shot("countries-en-desktop")
    page.go("/countries/BD")
    assert "Department of Inspection for Factories and Establishments" in page.page.content()
    page.shot("country-bd-en-desktop")
    assert page.console_errors == []


@pytest.mark.parametrize("path", ["/countries", "/countries/BD", "/countries/MX"])
@pytest.mark.parametrize("width", [360, 1280])
def test_the_country_pages_have_no_wcag_violations(countries, browser, live_server, path, width):
    if not AXE.exists():
        pytest.skip("axe-core is not installed (frontend/node_modules); run `make test`")
    context = browser.new_context(bypass_csp=True, locale="en-GB",
                                  viewport={"width": width, "height": 800})  # fmt: skip
    page = context.new_page()
    page.goto(live_server.url + path)
    if path == "/countries":
        page.locator(DRAWN).first.wait_for()
    assert axe_violations(page) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    context.close()
