"""Home, rights, health, sign-in and translations of the base layout."""

from __future__ import annotations

import pytest
from django.test import Client

from tests.conftest import ROLES


def test_home_explains_chainrights_to_a_first_time_visitor(db, client):
    html = client.get("/").content.decode()
    assert "Human rights in supply chains" in html
    assert "File a grievance safely and anonymously" in html
    assert 'href="/rights"' in html


def test_pages_load_htmx_from_our_own_static_files_only(db, client):
    response = client.get("/")
    html = response.content.decode()
    assert 'src="/static/vendor/htmx.min.js"' in html
    assert "cdn" not in html.lower()
    assert "unpkg" not in html.lower()
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp
    assert "frame-ancestors 'none'" in csp


def test_rights_page_lists_the_taxonomy_and_filters_by_kind(db, client):
    html = client.get("/rights").content.decode()
    assert "Freedom of association and collective bargaining" in html
    assert "Debt bondage" in html
    only = client.get("/rights", {"kind": "indicator"}).content.decode()
    assert "Debt bondage" in only
    assert "Living wage" not in only


def test_htmx_requests_get_the_fragment_only(db, client):
    fragment = client.get("/rights", {"kind": "principle"}, headers={"HX-Request": "true"})
    html = fragment.content.decode()
    assert html.lstrip().startswith('<nav class="filters"')
    assert "<html" not in html
    assert 'aria-current="true">ILO fundamental principle' in html


def test_right_detail_cites_its_instruments(db, client):
    html = client.get("/rights/forced-labour").content.decode()
    assert "Protocol of 2014 to the Forced Labour Convention" in html
    assert client.get("/rights/no-such-right").status_code == 404


def test_healthz_reports_the_database(db, client):
    from django.db import connection

    body = client.get("/healthz").json()
    assert body == {
        "status": "ok",
        "database": {"vendor": connection.vendor, "ok": True, "pending_migrations": 0},
    }


@pytest.mark.parametrize("username", ROLES)
def test_every_demo_account_signs_in_with_its_documented_password(demo, username):
    client = Client()
    response = client.post(
        "/accounts/login/", {"username": username, "password": f"{username}-demo-2026"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/dashboard"  # where each role finds what needs it
    assert username in client.get("/account/").content.decode()


def test_a_wrong_password_shows_an_error_and_signs_no_one_in(demo, client):
    response = client.post("/accounts/login/", {"username": "brand", "password": "nope"})
    assert response.status_code == 200
    assert "correct username and password" in response.content.decode()
    assert client.get("/account/").status_code == 302


def test_login_is_rate_limited(demo, client, settings):
    from django.core.cache import cache

    cache.clear()
    settings.RATE_LIMIT_LOGIN = "2/m"
    # The decorator read the rate at import, so drive the limiter's own key instead.
    statuses = [
        client.post("/accounts/login/", {"username": "brand", "password": "x"}).status_code
        for _ in range(15)
    ]
    assert 429 in statuses


def test_forms_need_a_csrf_token(demo):
    client = Client(enforce_csrf_checks=True)
    response = client.post("/accounts/login/", {"username": "brand", "password": "brand-demo-2026"})
    assert response.status_code == 403


@pytest.mark.parametrize(
    ("language", "phrase"),
    [
        ("es", "Derechos"),
        ("bn", "অধিকার"),
        ("zh-hans", "权利"),
    ],
)
def test_base_layout_is_translated(db, language, phrase):
    client = Client(headers={"Accept-Language": language})
    html = client.get("/").content.decode()
    assert f'lang="{language}"' in html
    assert phrase in html


def test_language_switcher_sets_the_language(db, client):
    response = client.post("/i18n/setlang/", {"language": "es", "next": "/rights"})
    assert response.status_code == 302
    assert 'lang="es"' in client.get("/rights").content.decode()


def test_the_language_menu_names_each_language_in_its_own_script(db):
    html = Client().get("/").content.decode()
    for code, name in (("km", "ខ្មែរ"), ("bn", "বাংলা"), ("zh-hans", "简体中文"), ("hi", "हिन्दी")):
        assert f'<option value="{code}" lang="{code}">{name}</option>' in html
    assert ">Khmer<" not in html
