"""WhatsApp through the WhatsApp Business Cloud API (Meta's Graph API).

Verification: ``GET ?hub.mode=subscribe&hub.verify_token=…&hub.challenge=…`` answered with the
challenge when the token is ours. Inbound: ``POST`` JSON ``{"object":
"whatsapp_business_account", "entry": [{"changes": [{"value": {"messages": [{"from", "id",
"timestamp", "type", "text": {"body"}}]}}]}]}``, signed with ``X-Hub-Signature-256:
sha256=<hex HMAC-SHA256 of the raw body under the app secret>``. Outbound: ``POST
{base}/{version}/{phone_number_id}/messages`` with a Bearer token and ``{"messaging_product":
"whatsapp", "to", "type": "text", "text": {"body"}}``.

The payload's ``contacts[].profile.name`` (the name the worker gave WhatsApp) is identity
data: it is never read, so it is never stored or logged.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse

from chainrights.core.refusals import Invalid, NotAllowed
from chainrights.grievances.channels.base import (
    Inbound,
    body_of,
    post,
    require_signature,
    signature_header,
    utf8,
)


def signature(secret: str, raw: bytes) -> str:
    """The ``X-Hub-Signature-256`` header Meta sends for ``raw``."""
    return "sha256=" + hmac.new(secret.encode(), raw, hashlib.sha256).hexdigest()


def _payload(raw: bytes) -> dict[str, Any]:
    try:
        payload = json.loads(utf8(raw))
    except ValueError as exc:
        raise Invalid("The body is not JSON.", field="body") from exc
    if not isinstance(payload, dict) or payload.get("object") != "whatsapp_business_account":
        raise Invalid("Not a whatsapp_business_account notification.", field="object")
    return payload


def _values(payload: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for entry in payload.get("entry") or []:
        changes = entry.get("changes") if isinstance(entry, dict) else None
        for change in changes or []:
            value = change.get("value") if isinstance(change, dict) else None
            if isinstance(value, dict):
                yield value


def _sent_at(stamp: Any) -> datetime:
    try:
        return datetime.fromtimestamp(int(stamp), tz=UTC)
    except (TypeError, ValueError, OverflowError, OSError) as exc:
        raise Invalid("A message's timestamp is not a Unix time.", field="timestamp") from exc


def _message(item: Any) -> Inbound:
    """A text message as ``Inbound``; other kinds (images, reactions) are not read."""
    if not isinstance(item, dict) or not item.get("id") or not item.get("from"):
        raise Invalid("A message lacks its id or sender.", field="messages")
    text = item.get("text") if item.get("type") == "text" else None
    body = text.get("body") if isinstance(text, dict) else None
    sent_at = _sent_at(item.get("timestamp"))
    return Inbound(str(item["id"])[:128], str(item["from"])[:64], str(body or ""), sent_at)


class WhatsAppCloud:
    name = "whatsapp"
    channel = "whatsapp"

    def configured(self) -> bool:
        return bool(settings.CHANNEL_WHATSAPP_TOKEN and settings.CHANNEL_WHATSAPP_APP_SECRET)

    def parse(self, request: HttpRequest) -> list[Inbound]:
        given = signature_header(request, "X-Hub-Signature-256")
        raw = body_of(request)
        require_signature(signature(settings.CHANNEL_WHATSAPP_APP_SECRET, raw), given)
        messages: list[Inbound] = []
        for value in _values(_payload(raw)):
            # "statuses" (delivery reports) and "contacts" (the worker's profile) are not read
            messages.extend(_message(item) for item in value.get("messages") or [])
        return messages

    def subscribe(self, request: HttpRequest) -> HttpResponse:
        token = settings.CHANNEL_WHATSAPP_VERIFY_TOKEN
        given = request.GET.get("hub.verify_token", "")
        if (
            request.GET.get("hub.mode") != "subscribe"
            or not token
            or not hmac.compare_digest(token.encode(), given.encode())
        ):
            raise NotAllowed("The verification token is missing or wrong.")
        challenge = request.GET.get("hub.challenge", "")[:200]
        return HttpResponse(challenge, content_type="text/plain; charset=utf-8")

    def acknowledge(self) -> HttpResponse:
        return HttpResponse(b"", content_type="text/plain; charset=utf-8")

    def send(self, to: str, text: str) -> str:
        base = settings.CHANNEL_WHATSAPP_API_BASE.rstrip("/")
        url = (f"{base}/{settings.CHANNEL_WHATSAPP_API_VERSION}/"
               f"{settings.CHANNEL_WHATSAPP_PHONE_NUMBER_ID}/messages")  # fmt: skip
        body = {"messaging_product": "whatsapp", "to": to, "type": "text", "text": {"body": text}}
        headers = {"Authorization": f"Bearer {settings.CHANNEL_WHATSAPP_TOKEN}",
                   "Content-Type": "application/json"}  # fmt: skip
        answer = post(url, json.dumps(body).encode(), headers)
        sent = answer.get("messages")
        return str(sent[0].get("id", "")) if isinstance(sent, list) and sent else ""


ADAPTER = WhatsAppCloud()
