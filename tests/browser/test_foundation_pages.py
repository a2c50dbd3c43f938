"""The foundation's pages in a real browser: layout, htmx, sign-in, languages, API docs."""

from __future__ import annotations

import pytest

from tests.conftest import ROLES

pytestmark = pytest.mark.browser


@pytest.fixture
def accounts(transactional_db):
    from chainrights.core.demo import load_demo

    load_demo()


def test_home_page_on_desktop_and_phone_without_console_errors(page, phone, transactional_db):
    for viewer, name in [(page, "home-desktop"), (phone, "home-phone")]:
        assert viewer.go("/").status == 200
        assert viewer.page.get_by_role(
            "heading", name="Human rights in supply chains, made visible and actionable"
        ).is_visible()
        viewer.shot(name)
        assert viewer.console_errors == []
    # On a phone nothing overflows sideways.
    width = phone.page.evaluate("document.documentElement.scrollWidth")
    assert width <= 360


def test_rights_filter_swaps_the_list_with_htmx_without_a_full_reload(page, transactional_db):
    page.go("/rights")
    page.page.evaluate("window.__stayed = true")
    page.page.get_by_role("link", name="ILO forced-labour indicator").click()
    page.page.wait_for_url("**/rights?kind=indicator")
    page.page.get_by_role("link", name="Debt bondage").wait_for()
    assert page.page.evaluate("window.__stayed") is True
    assert page.page.locator("#rights-tree li").count() == 11
    assert page.page.get_by_role("link", name="Living wage").count() == 0
    page.shot("rights-indicators")
    assert page.console_errors == []


@pytest.mark.parametrize("username", ROLES)
def test_each_demo_role_signs_in_through_the_form(page, accounts, username):
    page.go("/accounts/login/")
    page.page.get_by_label("Username").fill(username)
    page.page.get_by_label("Password").fill(f"{username}-demo-2026")
    page.page.get_by_role("button", name="Sign in").click()
    page.page.get_by_role("button", name="Sign out").wait_for()
    page.go("/account/")
    assert page.page.get_by_role("heading", name=username).is_visible()
    if username == "operator":
        page.shot("account-operator")


def test_language_switcher_translates_the_layout(page, transactional_db):
    page.go("/")
    page.page.get_by_label("Language").select_option("es")
    page.page.get_by_role("button", name="Change").click()
    page.page.get_by_role(
        "heading", name="Derechos humanos en las cadenas de suministro, visibles y exigibles"
    ).wait_for()
    assert page.page.locator("html").get_attribute("lang") == "es"
    page.shot("home-es")
    page.page.get_by_label("Idioma").select_option("bn")
    page.page.get_by_role("button", name="Cambiar").click()
    page.page.get_by_role("link", name="অধিকার", exact=True).wait_for()
    page.shot("home-bn")


def test_sign_in_works_with_javascript_off(no_js, accounts):
    no_js.go("/accounts/login/")
    no_js.page.fill("#id_username", "union")
    no_js.page.fill("#id_password", "union-demo-2026")
    no_js.page.click("button[type=submit] >> text=Sign in")
    no_js.page.wait_for_url(no_js.base_url + "/dashboard")
    assert no_js.page.get_by_role("button", name="Sign out").is_visible()


def test_api_docs_render_offline(page, transactional_db):
    page.go("/api/v1/docs")
    page.page.locator(".swagger-ui .info .title").wait_for()
    assert "chainrights API" in page.page.locator(".swagger-ui .info .title").inner_text()
    page.page.get_by_text("/api/v1/auth/token").first.wait_for()
    page.shot("api-docs")


@pytest.mark.parametrize("lang", ["bn", "km", "hi", "zh-cn"])
def test_chromium_has_a_font_for_the_script_of_each_language(lang):
    """Chromium draws text with fontconfig's fonts; without Debian's Noto fonts a Bengali or
    Khmer page is a row of boxes (scripts/ensure-chromium installs them)."""
    import subprocess

    fonts = subprocess.run(  # noqa: S603  (our own arguments)
        ["/usr/bin/fc-list", f":lang={lang}", "family"], capture_output=True, text=True, check=True
    ).stdout
    assert fonts.strip(), f"no font for {lang}"
