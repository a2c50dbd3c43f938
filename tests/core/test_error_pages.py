"""Error pages say what happened and what to do, in the reader's language; a view's bare
refusal gets the same page; the API keeps its error shape."""

from __future__ import annotations

import pytest
from django.http import HttpResponse
from django.test import Client, override_settings
from django.urls import path
from django.utils import translation

from chainrights.core.errorviews import PAGES
from chainrights.urls import urlpatterns as site

LANGUAGES = ["en", "es", "bn", "zh-hans", "vi", "tr", "km", "hi", "id"]


urlpatterns = [
    path("bare/<int:status>", lambda request, status: HttpResponse(status=status)),
    path("api/v1/bare", lambda request: HttpResponse(status=403)),
    path("boom", lambda request: 1 / 0),
    *site,
]
handler404 = "chainrights.core.errorviews.not_found"
handler500 = "chainrights.core.errorviews.server_error"


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_missing_page_says_what_happened_and_what_to_do_in_the_readers_language(db, language):
    response = Client(HTTP_ACCEPT_LANGUAGE=language).get("/no/such/page")
    assert response.status_code == 404
    html = response.content.decode()
    with translation.override(language):
        happened, advice = (str(t) for t in PAGES[404])
    assert happened in html
    assert advice in html
    if language != "en":
        assert "This page does not exist" not in html


@override_settings(ROOT_URLCONF=__name__)
@pytest.mark.parametrize("status", [400, 403, 404, 405, 409, 429])
def test_a_bare_refusal_of_a_view_becomes_the_error_page(db, status):
    response = Client(HTTP_ACCEPT_LANGUAGE="km").get(f"/bare/{status}")
    assert response.status_code == status
    with translation.override("km"):
        happened, advice = (str(t) for t in PAGES[status])
    html = response.content.decode()
    assert happened in html
    assert advice in html


@override_settings(ROOT_URLCONF=__name__)
def test_a_refused_anonymous_reader_is_offered_sign_in_and_comes_back(db):
    html = Client().get("/bare/403").content.decode()
    assert "/accounts/login/?next=/bare/403" in html


@override_settings(ROOT_URLCONF=__name__)
def test_the_api_keeps_its_error_shape(db):
    response = Client().get("/api/v1/bare")
    assert response.status_code == 403
    assert response["Content-Type"].startswith("application/json")  # the API's shape, not a page
    assert "error" in response.json()
    missing = Client(HTTP_ACCEPT_LANGUAGE="bn").get("/api/v1/nothing-here")
    assert missing.status_code == 404
    assert missing.json()["error"]["message"]


@override_settings(ROOT_URLCONF=__name__)
@pytest.mark.parametrize("language", ["bn", "zh-hans"])
def test_a_server_error_page_is_translated_and_needs_no_layout(db, language):
    client = Client(HTTP_ACCEPT_LANGUAGE=language, raise_request_exception=False)
    response = client.get("/boom")
    assert response.status_code == 500
    html = response.content.decode()
    with translation.override(language):
        assert translation.gettext("Something went wrong on our side") in html
    assert "Something went wrong on our side" not in html
