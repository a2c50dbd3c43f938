"""SMS through the Twilio Messaging protocol, which several gateways speak.

Inbound: ``POST application/x-www-form-urlencoded`` with ``MessageSid``, ``From``, ``To``,
``Body`` (and more), signed with ``X-Twilio-Signature``: base64 of HMAC-SHA1 under the auth
token of the full URL followed by every parameter's name and value, names sorted.
Outbound: ``POST {base}/2010-04-01/Accounts/{AccountSid}/Messages.json`` with HTTP Basic auth
(AccountSid, auth token) and the form fields ``To``, ``From``, ``Body``.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed

from chainrights.core.refusals import Invalid
from chainrights.grievances.channels.base import (
    Inbound,
    body_of,
    post,
    require_signature,
    signature_header,
    utf8,
)

EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>'
REQUIRED = ("MessageSid", "From", "Body")


def signature(token: str, url: str, params: list[tuple[str, str]]) -> str:
    """Twilio's request signature of ``url`` and the form ``params``."""
    text = url + "".join(name + value for name, value in sorted(params))
    digest = hmac.new(token.encode(), text.encode(), hashlib.sha1).digest()
    return base64.b64encode(digest).decode()


def _form(raw: bytes) -> list[tuple[str, str]]:
    try:
        return parse_qsl(utf8(raw), keep_blank_values=True, strict_parsing=bool(raw),
                         errors="strict")  # fmt: skip
    except (ValueError, UnicodeDecodeError) as exc:
        raise Invalid("The body is not a form in UTF-8.", field="body") from exc


class TwilioSms:
    name = "sms"
    channel = "sms"

    def configured(self) -> bool:
        return bool(settings.CHANNEL_SMS_ACCOUNT_SID and settings.CHANNEL_SMS_AUTH_TOKEN)

    def parse(self, request: HttpRequest) -> list[Inbound]:
        given = signature_header(request, "X-Twilio-Signature")
        params = _form(body_of(request))  # the signature covers the decoded parameters
        url = settings.CHANNEL_SMS_WEBHOOK_URL or request.build_absolute_uri()
        require_signature(signature(settings.CHANNEL_SMS_AUTH_TOKEN, url, params), given)
        fields = dict(params)
        missing = [name for name in REQUIRED if name not in fields]
        if missing or not fields["MessageSid"].strip() or not fields["From"].strip():
            raise Invalid(f"The form lacks {', '.join(missing) or 'MessageSid'}.", field="body")
        return [Inbound(fields["MessageSid"].strip()[:64], fields["From"].strip()[:64],
                        fields["Body"])]  # fmt: skip

    def subscribe(self, request: HttpRequest) -> HttpResponse:
        return HttpResponseNotAllowed(["POST"])

    def acknowledge(self) -> HttpResponse:
        return HttpResponse(EMPTY_TWIML, content_type="text/xml; charset=utf-8")

    def send(self, to: str, text: str) -> str:
        sid, token = settings.CHANNEL_SMS_ACCOUNT_SID, settings.CHANNEL_SMS_AUTH_TOKEN
        url = f"{settings.CHANNEL_SMS_API_BASE.rstrip('/')}/2010-04-01/Accounts/{sid}/Messages.json"
        basic = base64.b64encode(f"{sid}:{token}".encode()).decode()
        form = urlencode({"To": to, "From": settings.CHANNEL_SMS_FROM, "Body": text})
        headers = {"Authorization": f"Basic {basic}",
                   "Content-Type": "application/x-www-form-urlencoded"}  # fmt: skip
        answer = post(url, form.encode(), headers)
        return str(answer.get("sid", ""))


ADAPTER = TwilioSms()
