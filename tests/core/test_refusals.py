"""The one refusal type and its two mappings: the API's error shape, and pages."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django import forms
from django.contrib.messages import get_messages
from django.contrib.messages.storage.fallback import FallbackStorage
from django.test import RequestFactory

from chainrights.core import refusals
from chainrights.core.errors import refusal_response
from chainrights.core.middleware import RefusalMiddleware


class StoryForm(forms.Form):
    narrative = forms.CharField()


@pytest.mark.parametrize(
    ("refusal", "status", "code"),
    [
        (refusals.Invalid("Too long.", field="narrative"), 400, "bad_request"),
        (refusals.NotAllowed("Not your case."), 403, "forbidden"),
        (refusals.Conflict("Already decided."), 409, "conflict"),
        (refusals.TooLarge("Over the limit."), 413, "payload_too_large"),
    ],
)
def test_each_refusal_answers_its_status_in_the_error_shape(
    refusal: refusals.Refusal, status: int, code: str
) -> None:
    answer = refusal_response(refusal)
    body = json.loads(answer.content)["error"]
    assert (answer.status_code, body["code"], body["message"]) == (status, code, str(refusal))
    if refusal.field:
        assert body["details"] == [{"field": "narrative", "reason": "Too long."}]


def test_a_refusal_on_a_form_lands_on_the_field_it_names_and_keeps_what_was_typed() -> None:
    form = StoryForm({"narrative": "No overtime pay since March."})
    assert form.is_valid()
    with refusals.onto(form):
        raise refusals.Invalid("Say which factory.", field="narrative")
    assert form.errors == {"narrative": ["Say which factory."]}
    assert form.data["narrative"] == "No overtime pay since March."


def test_a_refusal_naming_no_field_of_the_form_is_the_form_s_own_error() -> None:
    form = StoryForm({"narrative": "x"})
    assert form.is_valid()
    with refusals.onto(form):
        raise refusals.Conflict("This case is closed.", field="state")
    assert form.non_field_errors() == ["This case is closed."]


def test_other_errors_pass_through_a_form_untouched() -> None:
    form = StoryForm({"narrative": "x"})
    with pytest.raises(ZeroDivisionError), refusals.onto(form):
        _ = 1 / 0


def _request(referer: str = "") -> Any:
    request = RequestFactory().post("/cases/GR-1/move", HTTP_REFERER=referer)
    request.session = {}
    request._messages = FallbackStorage(request)
    return request


def test_a_refused_button_goes_back_to_its_page_with_the_message() -> None:
    request = _request("http://testserver/cases/GR-1")
    answer = RefusalMiddleware(lambda r: None).process_exception(  # type: ignore[arg-type]
        request, refusals.Conflict("This case is closed.")
    )
    assert answer is not None
    assert answer.status_code == 302
    assert answer["Location"] == "http://testserver/cases/GR-1"
    assert [str(m) for m in get_messages(request)] == ["This case is closed."]


@pytest.mark.parametrize("referer", ["", "https://elsewhere.example/cases"])
def test_with_no_page_of_ours_to_go_back_to_the_refusal_is_an_error_page(
    db: Any, referer: str
) -> None:
    request = _request(referer)
    answer = RefusalMiddleware(lambda r: None).process_exception(  # type: ignore[arg-type]
        request, refusals.NotAllowed("Not your case.")
    )
    assert answer is not None
    assert answer.status_code == 403
    assert "Not your case." in answer.content.decode()


def test_the_api_and_other_exceptions_are_left_to_their_own_handlers() -> None:
    middleware = RefusalMiddleware(lambda r: None)  # type: ignore[arg-type]
    api_request = RequestFactory().post("/api/v1/cases/GR-1/transitions")
    assert middleware.process_exception(api_request, refusals.Conflict("closed")) is None
    assert middleware.process_exception(_request(), ValueError("a bug")) is None
