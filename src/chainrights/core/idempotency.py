"""Never twice, never lost: the one idempotency mechanism, for pages and the API alike.

A request that carries a key (a page form's ``_once`` field from ``{% once %}``, an API call's
``Idempotency-Key`` header) claims it by inserting one ``IdempotentRequest`` row before the
view runs; the unique ``digest`` settles a race, so two requests with one key never both run.

- The **page** that answered with a redirect (post/redirect/get) keeps it: the same form sent
  again (a reload, a double tap) gets a 303 to the same place and the view does not run again.
  A duplicate that arrives while the first is still running waits for it (``PAGE_WAIT``) and
  answers the same. Anything else (a form with errors, a refusal, a 403) releases the key, so
  the form can be sent again with it. The body is part of a page's key: a form edited and sent
  again from a page that still shows the old key is a new request, never silently dropped.
- The **API** follows draft-ietf-httpapi-idempotency-key-header: the same key and body get the
  first success (status and body) again, marked ``Idempotent-Replayed: true``; the same key
  with another body is a 422 (``idempotency_key_reused``); a key whose first request is still
  running is a 409. Errors are not kept (the key is released), so a corrected request may reuse
  it.

Who may replay: the key is scoped to the client (a page's CSRF secret, which every accepted
form carries, anonymous complainants included, and which changes at sign-in; an API call's
bearer token, or "anonymous") and to the method and path; all of them go into a keyed hash, so
the table holds no key, token or session. The first answer is encrypted (``core.crypto``): an
anonymous complaint's answer holds its reference and secret. Rows expire after ``TTL`` and are
purged on every claim (and by ``chainrights manage purge_idempotent_requests``).
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django.contrib import messages
from django.core.exceptions import RequestDataTooBig
from django.db import IntegrityError, transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext

from chainrights.core.errors import IDEMPOTENCY_KEY_REUSED, error_response
from chainrights.core.models import IdempotentRequest

TTL = timedelta(hours=24)
# A claim with no answer after this long was abandoned (its worker was killed): taken over.
LEASE = timedelta(minutes=5)
PAGE_WAIT = 10.0  # seconds a page duplicate waits for the first request to answer
POLL = 0.1
MAX_KEY = 255
PAGE_FIELD = "_once"
HEADER = "Idempotency-Key"
REDIRECTS = frozenset({301, 302, 303, 307, 308})
UNHASHED_FIELDS = frozenset({"csrfmiddlewaretoken", PAGE_FIELD})  # same on every re-send
FORM_TYPES = frozenset({"multipart/form-data", "application/x-www-form-urlencoded"})

View = Callable[[HttpRequest], HttpResponse]


BAD_KEY = f"must be 1 to {MAX_KEY} printable ASCII characters"


def read_key(value: str) -> str | None:
    """The key as sent, or None when it is empty, longer than ``MAX_KEY`` or not printable
    ASCII. The draft's form is a structured-field string (``"8e03…"``, with backslash
    escapes); a bare value is taken as it is."""
    if len(value) >= 2 and value[0] == value[-1] == '"':
        value = value[1:-1].replace('\\"', '"').replace("\\\\", "\\")
    if not 1 <= len(value) <= MAX_KEY or not all(" " <= c <= "~" for c in value):
        return None
    return value


def keyed(*parts: str | bytes) -> str:
    """A keyed hash of ``parts`` (HMAC-SHA256 under ``SECRET_KEY``), unambiguous in its parts."""
    digest = salted_hmac("chainrights.idempotency", b"", algorithm="sha256")
    for part in parts:
        data = part.encode("utf-8", "surrogateescape") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "big") + data)
    return digest.hexdigest()


def fingerprint(request: HttpRequest) -> str:
    """A keyed hash of the body. A form is hashed by its fields and files, not its bytes: a
    browser sending one form twice draws a new multipart boundary each time."""
    if request.content_type not in FORM_TYPES:
        return keyed("body", request.body)
    fields = sorted(
        (name, value)
        for name, values in request.POST.lists()
        if name not in UNHASHED_FIELDS
        for value in values
    )
    files = sorted(
        (name, upload.name or "", _file_hash(upload))
        for name, uploads in request.FILES.lists()
        for upload in uploads
    )
    return keyed("form", json.dumps([fields, files]))


def _file_hash(upload: Any) -> str:
    digest = hashlib.sha256()
    for chunk in upload.chunks():
        digest.update(chunk)
    upload.seek(0)
    return digest.hexdigest()


@dataclass(frozen=True)
class Answer:
    """The first answer, as kept (encrypted) and replayed."""

    status: int
    content_type: str
    location: str
    body: bytes

    def dump(self) -> bytes:
        return json.dumps({
            "status": self.status, "content_type": self.content_type,
            "location": self.location, "body": base64.b64encode(self.body).decode(),
        }).encode()  # fmt: skip

    @classmethod
    def load(cls, data: bytes) -> Answer:
        fields = json.loads(data)
        return cls(fields["status"], fields["content_type"], fields["location"],
                   base64.b64decode(fields["body"]))  # fmt: skip


@dataclass(frozen=True)
class Claimed:
    """This request holds the key: it runs the view, then ``finish``es or ``release``s."""

    pk: int
    token: str


def claim(digest: str, body: str) -> Claimed | IdempotentRequest:
    """Insert the key's row, or return the row another request holds. An expired row is
    dropped and an abandoned one (running past ``LEASE``) taken over."""
    now = timezone.now()
    IdempotentRequest.objects.filter(expires_at__lt=now).delete()
    token = secrets.token_hex(16)
    while True:
        try:
            with transaction.atomic():
                row = IdempotentRequest.objects.create(
                    digest=digest, fingerprint=body, claim=token, created_at=now,
                    expires_at=now + TTL,
                )  # fmt: skip
            return Claimed(row.pk, token)
        except IntegrityError:
            held = IdempotentRequest.objects.filter(digest=digest).first()
        if held is None:
            continue  # released between our insert and our read: try again
        if held.done or held.created_at > now - LEASE:
            return held
        taken = IdempotentRequest.objects.filter(pk=held.pk, claim=held.claim, done=False)
        if taken.update(claim=token, created_at=now, fingerprint=body):
            return Claimed(held.pk, token)


def finish(claimed: Claimed, answer: Answer) -> None:
    """Keep the first answer; later requests with the key get it."""
    IdempotentRequest.objects.filter(pk=claimed.pk, claim=claimed.token).update(
        done=True, answer=answer.dump()
    )


def release(claimed: Claimed) -> None:
    """Forget the key: the view did not succeed, so the same key may be sent again."""
    IdempotentRequest.objects.filter(pk=claimed.pk, claim=claimed.token).delete()


def purge() -> int:
    """Delete expired keys; how many."""
    return IdempotentRequest.objects.filter(expires_at__lt=timezone.now()).delete()[0]


def stored(row: IdempotentRequest) -> Answer:
    assert row.answer is not None  # a done row always holds its answer
    return Answer.load(bytes(row.answer))


# Pages ------------------------------------------------------------------------------------


def page(request: HttpRequest, view: View) -> HttpResponse:
    """A form POST with ``_once``: run it once; a re-send gets the first redirect."""
    try:
        sent = request.POST.get(PAGE_FIELD, "")
    except RequestDataTooBig as too_big:
        # Not ours to answer: the view tells the person what to do. Django would read the
        # spent stream as an empty form next time, so every later read raises the same.
        request._load_post_and_files = _raise(too_big)  # type: ignore[method-assign]
        return view(request)
    secret = request.META.get("CSRF_COOKIE")
    if not sent or not secret:  # no key, or no CSRF cookie (the view refuses it anyway)
        return view(request)
    key = read_key(sent)
    if key is None:
        return HttpResponse(f"The form's {PAGE_FIELD} field {BAD_KEY}.", status=400,
                            content_type="text/plain; charset=utf-8")  # fmt: skip
    body = fingerprint(request)
    digest = keyed("page", secret, request.path, key, body)
    deadline = time.monotonic() + PAGE_WAIT
    while True:
        held = claim(digest, body)
        if isinstance(held, Claimed):
            return _run_page(request, view, held)
        if held.done:
            return _replay_redirect(stored(held))
        if time.monotonic() > deadline:
            message = gettext("This form is still being sent. Wait a moment, then reload the page.")
            return render(request, "error.html", {"status": 409, "message": message}, status=409)
        time.sleep(POLL)


def _raise(error: Exception) -> Callable[[], None]:
    def again() -> None:
        raise error

    return again


def _run_page(request: HttpRequest, view: View, claimed: Claimed) -> HttpResponse:
    response = None
    try:
        response = view(request)
    finally:
        if response is not None and _page_succeeded(request, response):
            finish(claimed, Answer(303, "", response["Location"], b""))
        else:
            release(claimed)
    return response


def _page_succeeded(request: HttpRequest, response: HttpResponse) -> bool:
    """Post/redirect/get: a redirect, with no refusal behind it (``RefusalMiddleware`` turns
    one into a redirect back) and no error message queued for the next page."""
    if response.status_code not in REDIRECTS or getattr(request, "_once_failed", False):
        return False
    queued = getattr(getattr(request, "_messages", None), "_queued_messages", [])
    return not any(m.level >= messages.ERROR for m in queued)


def _replay_redirect(answer: Answer) -> HttpResponse:
    response = HttpResponse(status=303)
    response["Location"] = answer.location
    return response


# The API ----------------------------------------------------------------------------------


def api(request: HttpRequest, view: View) -> HttpResponse:
    """An API POST with ``Idempotency-Key``: the first success again, never a second effect."""
    sent = request.headers.get(HEADER)
    if sent is None:
        return view(request)
    key = read_key(sent.strip())
    if key is None:
        details = [{"field": HEADER, "reason": BAD_KEY}]
        return error_response(400, f"The {HEADER} header {BAD_KEY}.", details)
    body = fingerprint(request)
    scope = request.headers.get("Authorization", "") or "anonymous"
    held = claim(keyed("api", scope, request.path, key), body)
    if not isinstance(held, Claimed):
        return _answer_held(held, body)
    response = None
    try:
        response = view(request)
    finally:
        if response is not None and 200 <= response.status_code < 300 and not response.streaming:
            finish(claimed=held, answer=Answer(
                response.status_code, response.get("Content-Type", ""),
                response.get("Location", ""), response.content,
            ))  # fmt: skip
        else:
            release(held)
    return response


def _answer_held(held: IdempotentRequest, body: str) -> HttpResponse:
    if not held.done:
        return error_response(
            409, f"A request with this {HEADER} is still running; send it again later."
        )
    if held.fingerprint != body:
        details = [{"field": HEADER, "reason": "already used with another body"}]
        return error_response(422, f"This {HEADER} was used with another request body.",
                              details, code=IDEMPOTENCY_KEY_REUSED)  # fmt: skip
    answer = stored(held)
    response = HttpResponse(answer.body, status=answer.status, content_type=answer.content_type)
    if answer.location:
        response["Location"] = answer.location
    response["Idempotent-Replayed"] = "true"
    return response
