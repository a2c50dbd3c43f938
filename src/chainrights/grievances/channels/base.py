"""What every channel adapter speaks: inbound messages, sends, and the refusals of webhooks.

An adapter turns a gateway's webhook request into ``Inbound`` messages (after checking its
signature) and sends a text back through the gateway's REST API. It knows nothing about
cases or conversations; ``conversation`` does, for every channel alike.
"""

from __future__ import annotations

import hmac
import json
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.crypto import salted_hmac

from chainrights.core.refusals import Invalid, NotAllowed, TooLarge

SEND_TIMEOUT = 15  # seconds: a gateway slower than this is retried later


@dataclass(frozen=True)
class Inbound:
    """One message a worker sent: the gateway's id for it, the worker's address on the
    channel (a phone number, a wa_id: contact data), the text and when it was sent."""

    message_id: str
    sender: str
    text: str
    sent_at: datetime | None = None


class SendFailed(Exception):
    """The gateway did not take the message; the reason never holds the address or text."""


class Adapter(Protocol):
    """A channel: ``name`` is its URL segment, ``channel`` the case's ``Channel`` value."""

    name: str
    channel: str

    def configured(self) -> bool: ...

    def parse(self, request: HttpRequest) -> list[Inbound]:
        """The request's messages, once its signature is checked; refusals otherwise."""
        ...

    def subscribe(self, request: HttpRequest) -> HttpResponse:
        """The answer to the gateway's GET (a verification handshake, where it has one)."""
        ...

    def acknowledge(self) -> HttpResponse:
        """The 200 the gateway waits for once the messages are stored."""
        ...

    def send(self, to: str, text: str) -> str:
        """Send ``text`` to ``to``; the gateway's id for the message, or ``SendFailed``."""
        ...


def address_hash(channel: str, address: str) -> str:
    """A keyed hash of a worker's address, to find their conversation without storing the
    address in the clear (the address itself is stored only encrypted)."""
    salt = f"chainrights.channels.{channel}"
    return salted_hmac(salt, address.strip(), algorithm="sha256").hexdigest()


def body_of(request: HttpRequest) -> bytes:
    """The raw body, refused when larger than a webhook ever needs."""
    limit = settings.CHANNEL_MAX_BODY_BYTES
    if int(request.META.get("CONTENT_LENGTH") or 0) > limit or len(request.body) > limit:
        raise TooLarge(f"The body is over {limit} bytes.", field="body")
    return request.body


def utf8(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise Invalid("The body is not UTF-8.", field="body") from exc


def signature_header(request: HttpRequest, name: str) -> str:
    """The gateway's signature header; a request without one is refused (403) unread."""
    given = request.headers.get(name, "")
    if not given:
        raise NotAllowed("The request is not signed.")
    return given


def require_signature(expected: str, given: str) -> None:
    """A missing or wrong signature: 403, nothing read further."""
    if not given or not hmac.compare_digest(expected.encode(), given.encode()):
        raise NotAllowed("The request's signature is missing or wrong.")


def post(url: str, data: bytes, headers: dict[str, str]) -> dict[str, object]:
    """POST to a gateway; its JSON answer, or ``SendFailed`` naming only the status."""
    request = urllib.request.Request(url, data=data, headers=headers, method="POST")  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=SEND_TIMEOUT) as response:  # noqa: S310
            answer = json.loads(response.read() or b"{}")
    except urllib.error.HTTPError as exc:
        raise SendFailed(f"gateway answered HTTP {exc.code}") from None
    except (OSError, ValueError) as exc:
        raise SendFailed(f"gateway unreachable or unreadable: {type(exc).__name__}") from None
    return answer if isinstance(answer, dict) else {}
