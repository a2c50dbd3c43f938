"""Never twice, never lost: a page form sent again, and an API call with an Idempotency-Key."""

from __future__ import annotations

import re
import threading
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.db import connection
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.test import Client, RequestFactory
from django.utils import timezone

from chainrights.core import idempotency
from chainrights.core.models import IdempotentRequest
from chainrights.grievances.models import Case
from tests.conftest import ApiClient, assert_error_shape, totp_client
from tests.factories.grievances import CaseFactory

COMPLAINT = {"channel": "hotline", "language": "km", "narrative": "Workers locked in at night",
             "facility_text": "Kampong Speu", "categories": ["forced"]}  # fmt: skip
FILED = "/api/v1/grievances"
BODY = {"narrative": "No overtime pay for three months", "facility_text": "Unit 4"}


def _form(client: Client, path: str = "/cases/new") -> dict[str, str]:
    """The hidden fields of the form as drawn: the CSRF token and the ``{% once %}`` key."""
    page = client.get(path).content.decode()
    csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
    once = re.search(r'name="_once" value="([^"]+)"', page)
    assert csrf, page[:500]
    assert once, page[:500]
    return {"csrfmiddlewaretoken": csrf.group(1), "_once": once.group(1)}


def _staff(demo: dict[str, Any]) -> Any:
    client = totp_client(demo["handler"])
    client.handler.enforce_csrf_checks = True  # as a browser meets it
    return client


# Pages ------------------------------------------------------------------------------------


def test_a_form_sent_twice_records_one_complaint_and_answers_the_same_redirect(demo):
    staff = _staff(demo)
    hidden = _form(staff)
    first = staff.post("/cases/new", COMPLAINT | hidden)
    again = staff.post("/cases/new", COMPLAINT | hidden)  # the browser re-sends it
    assert first.status_code == 302
    assert again.status_code == 303
    assert again["Location"] == first["Location"] == "/cases/new/filed"
    assert Case.objects.count() == 1


def test_a_form_drawn_again_is_a_new_request(demo):
    staff = _staff(demo)
    staff.post("/cases/new", COMPLAINT | _form(staff))
    staff.post("/cases/new", COMPLAINT | _form(staff))  # a second complaint, on purpose
    assert Case.objects.count() == 2


def test_a_form_edited_and_sent_with_the_old_key_is_not_dropped(demo):
    """Back, edit, send: the page still shows the old key, but what was typed is new."""
    staff = _staff(demo)
    hidden = _form(staff)
    staff.post("/cases/new", COMPLAINT | hidden)
    staff.post("/cases/new", COMPLAINT | hidden | {"narrative": "A second, different story"})
    assert Case.objects.count() == 2


def test_a_form_with_errors_can_be_sent_again_with_the_same_key(demo):
    staff = _staff(demo)
    hidden = _form(staff)
    refused = staff.post("/cases/new", COMPLAINT | hidden | {"narrative": ""})
    assert refused.status_code == 200
    assert Case.objects.count() == 0
    assert IdempotentRequest.objects.count() == 0  # released: nothing to replay
    fixed = staff.post("/cases/new", COMPLAINT | hidden)
    assert fixed.status_code == 302
    assert Case.objects.count() == 1


def test_a_refused_step_is_not_remembered(demo):
    """A refusal turned into a redirect back (``RefusalMiddleware``) is no success."""
    staff = _staff(demo)
    path = f"/cases/{CaseFactory.create().reference}"
    hidden = _form(staff, path)
    move = {"action": "move", "to": "closed", "reason": ""}  # a move without its reason
    assert (
        staff.post(path, move | hidden, HTTP_REFERER=f"http://testserver{path}").status_code == 302
    )
    assert IdempotentRequest.objects.count() == 0


def test_another_browser_cannot_replay_a_form_it_did_not_send(demo):
    staff = _staff(demo)
    hidden = _form(staff)
    staff.post("/cases/new", COMPLAINT | hidden)
    other = _staff(demo)  # another browser of the same person: its own CSRF secret
    _form(other)
    other_hidden = hidden | {"csrfmiddlewaretoken": _form(other)["csrfmiddlewaretoken"]}
    answer = other.post("/cases/new", COMPLAINT | other_hidden)
    assert answer.status_code == 302  # ran as its own request, not a replay of the first
    assert Case.objects.count() == 2


def test_an_expired_key_is_forgotten_and_purged(demo):
    staff = _staff(demo)
    hidden = _form(staff)
    staff.post("/cases/new", COMPLAINT | hidden)
    IdempotentRequest.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    staff.post("/cases/new", COMPLAINT | hidden)  # a day later it is a new request
    assert Case.objects.count() == 2
    assert IdempotentRequest.objects.filter(expires_at__lt=timezone.now()).count() == 0
    IdempotentRequest.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    call_command("purge_idempotent_requests")
    assert IdempotentRequest.objects.count() == 0


@pytest.mark.parametrize(
    "key",
    ["k" * 256, "a\x00b", "ключ", "caf\N{REPLACEMENT CHARACTER}"],
    ids=["huge", "nul", "non-ascii", "non-utf8"],
)
def test_a_hostile_form_key_is_refused_and_nothing_is_recorded(demo, key):
    staff = _staff(demo)
    answer = staff.post("/cases/new", COMPLAINT | _form(staff) | {"_once": key})
    assert answer.status_code == 400
    assert "_once" in answer.content.decode()
    assert Case.objects.count() == 0
    assert IdempotentRequest.objects.count() == 0


def test_non_utf8_bytes_in_a_form_key_are_refused(demo):
    staff = _staff(demo)
    hidden = _form(staff)
    body = (
        f"csrfmiddlewaretoken={hidden['csrfmiddlewaretoken']}&narrative=x&_once=%FF%FE"
    ).encode()
    answer = staff.generic("POST", "/cases/new", body,
                           content_type="application/x-www-form-urlencoded")  # fmt: skip
    assert answer.status_code == 400
    assert Case.objects.count() == 0


# Two at once --------------------------------------------------------------------------------


def _request(key: str) -> HttpRequest:
    request = RequestFactory().post("/cases/new", {"narrative": "x", "_once": key})
    request.META["CSRF_COOKIE"] = "one browser's secret"
    return request


@pytest.mark.django_db(transaction=True)
def test_a_double_tap_runs_the_view_once_and_both_get_its_redirect():
    """The second request arrives while the first is running: it waits, then answers the same."""
    if connection.vendor == "sqlite":
        pytest.skip(
            "SQLite's in-memory test database locks its tables for other threads instead of "
            "waiting (a fresh-clone run failed so); the race runs on PostgreSQL"
        )
    runs: list[int] = []

    def slow_view(request: HttpRequest) -> HttpResponse:
        runs.append(1)
        time.sleep(0.5)
        return HttpResponseRedirect(f"/done/{len(runs)}")

    answers: list[HttpResponse] = []

    def tap() -> None:
        try:
            answers.append(idempotency.page(_request("tap"), slow_view))
        finally:
            connection.close()

    threads = [threading.Thread(target=tap) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(runs) == 1
    assert sorted(a.status_code for a in answers) == [302, 303]
    assert {a["Location"] for a in answers} == {"/done/1"}


@pytest.mark.django_db(transaction=True)
def test_two_browsers_racing_one_form_through_the_whole_stack_file_one_complaint(demo):
    if connection.vendor == "sqlite":
        pytest.skip(
            "SQLite's in-memory test database locks its tables for other threads "
            "instead of waiting; the race through the stack runs on PostgreSQL"
        )
    staff = _staff(demo)
    hidden = _form(staff)
    answers: list[int] = []
    start = threading.Barrier(2)

    def send() -> None:
        try:
            start.wait()
            answers.append(staff.post("/cases/new", COMPLAINT | hidden).status_code)
        finally:
            connection.close()

    threads = [threading.Thread(target=send) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(answers) == [302, 303]
    assert Case.objects.count() == 1


# The API ----------------------------------------------------------------------------------


def _file(client: ApiClient, key: str | None, body: dict[str, Any] = BODY) -> Any:
    headers = {} if key is None else {"Idempotency-Key": key}
    return client.send("POST", FILED, body, headers=headers)


def test_an_intake_sent_again_returns_the_same_reference_and_secret_and_files_nothing(demo):
    worker = ApiClient()
    first = _file(worker, '"8e03978e-40d5-43e8-bc93-6894a57f9324"')
    again = _file(worker, '"8e03978e-40d5-43e8-bc93-6894a57f9324"')
    assert first.status_code == again.status_code == 201
    assert again.json() == first.json()
    assert set(first.json()) >= {"reference", "secret"}
    assert again["Idempotent-Replayed"] == "true"
    assert "Idempotent-Replayed" not in first
    assert Case.objects.count() == 1


def test_the_quoted_and_the_bare_key_are_the_same_key(demo):
    worker = ApiClient()
    assert _file(worker, "abc").json() == _file(worker, '"abc"').json()
    assert Case.objects.count() == 1


def test_without_a_key_each_call_files_its_own(demo):
    worker = ApiClient()
    _file(worker, None)
    _file(worker, None)
    assert Case.objects.count() == 2


def test_a_key_reused_with_another_body_is_422(demo):
    worker = ApiClient()
    _file(worker, "key-1")
    answer = _file(worker, "key-1", BODY | {"narrative": "Something else happened"})
    error = assert_error_shape(answer, 422)
    assert error["code"] == "idempotency_key_reused"
    assert error["details"][0]["field"] == "Idempotency-Key"
    assert Case.objects.count() == 1


def test_a_key_whose_first_request_is_still_running_is_409(demo):
    digest = idempotency.keyed("api", "anonymous", FILED, "key-2")
    held = idempotency.claim(digest, "the first request's body")
    assert isinstance(held, idempotency.Claimed)  # the first request, still running
    assert_error_shape(_file(ApiClient(), "key-2"), 409)
    assert Case.objects.count() == 0


def test_an_abandoned_claim_is_taken_over_after_its_lease(demo):
    digest = idempotency.keyed("api", "anonymous", FILED, "key-3")
    idempotency.claim(digest, "a request whose worker was killed")
    IdempotentRequest.objects.update(created_at=timezone.now() - idempotency.LEASE * 2)
    assert _file(ApiClient(), "key-3").status_code == 201
    assert Case.objects.count() == 1


def test_an_error_is_not_kept_so_the_corrected_call_may_reuse_the_key(demo):
    worker = ApiClient()
    assert _file(worker, "key-4", {"narrative": ""}).status_code in (400, 422)
    assert _file(worker, "key-4").status_code == 201
    assert Case.objects.count() == 1


@pytest.mark.parametrize(
    "key",
    ["k" * 256, "", "a\x00b", "caf\xe9", "\xff\xfe", "tab\there"],
    ids=["huge", "empty", "nul", "non-ascii", "non-utf8", "control"],
)
def test_a_hostile_key_is_400_naming_the_header_and_files_nothing(demo, key):
    # WSGI hands headers over as latin-1: bytes that are no UTF-8 arrive as such characters
    answer = ApiClient().send("POST", FILED, BODY, HTTP_IDEMPOTENCY_KEY=key)
    error = assert_error_shape(answer, 400)
    assert error["details"] == [{"field": "Idempotency-Key", "reason": idempotency.BAD_KEY}]
    assert Case.objects.count() == 0
    assert IdempotentRequest.objects.count() == 0


def test_a_key_at_the_limit_is_taken(demo):
    assert _file(ApiClient(), "k" * 255).status_code == 201


def test_one_token_cannot_replay_another_callers_answer(demo, api_for):
    anonymous = _file(ApiClient(), "shared-key").json()
    brand = _file(api_for("brand"), "shared-key")
    assert brand.status_code == 201
    assert brand.json()["secret"] != anonymous["secret"]  # ran as its own call
    assert Case.objects.count() == 2


def test_the_first_answer_is_kept_only_encrypted(demo):
    answer = _file(ApiClient(), "key-secret-in-answer").json()
    rows = connection.cursor().execute("SELECT * FROM core_idempotentrequest").fetchall()
    raw = repr(rows).encode() + b"".join(bytes(v) for row in rows for v in row
                                         if isinstance(v, bytes | memoryview))  # fmt: skip
    for needle in (answer["secret"], answer["reference"], "key-secret-in-answer"):
        assert needle.encode() not in raw


@pytest.mark.django_db(transaction=True)
def test_nothing_of_the_first_answer_is_in_the_bytes_of_the_database_file(demo, tmp_path: Path):
    """As ``tests/grievances/test_complainant_metadata.py`` searches a served database: here a
    copy of the whole SQLite database, every table, written out and searched byte by byte."""
    if connection.vendor != "sqlite":
        pytest.skip("reads the SQLite file; the encrypted column is checked on every backend")
    answer = _file(ApiClient(), "key-in-the-file").json()
    copy = tmp_path / "copy.sqlite3"
    connection.cursor().execute("VACUUM INTO %s", [str(copy)])
    data = copy.read_bytes()
    assert b"core_idempotentrequest" in data  # the table is there, and its row
    assert IdempotentRequest.objects.count() == 1
    for needle in (answer["secret"], "key-in-the-file"):
        assert needle.encode() not in data


def test_every_post_of_the_schema_documents_the_key_and_its_answers(demo):
    from chainrights.api.main import api

    posts = [op for item in api.get_openapi_schema()["paths"].values()
             for method, op in item.items() if method == "post"]  # fmt: skip
    assert len(posts) > 10
    for operation in posts:
        header = [p for p in operation["parameters"] if p["name"] == "Idempotency-Key"]
        assert header, operation["operationId"]
        assert header[0]["in"] == "header"
        assert header[0]["schema"]["maxLength"] == 255
        assert {"400", "409", "422"} <= {str(s) for s in operation["responses"]}
