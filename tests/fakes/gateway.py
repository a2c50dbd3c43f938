"""A local fake of the SMS (Twilio Messaging) and WhatsApp Cloud API gateways.

A real HTTP server in a thread that takes the outbound calls our adapters make, checks them
as the real APIs would (the path, HTTP Basic auth or the Bearer token, the exact fields) and
records what it accepted; and the gateway's other half, which builds the signed inbound
webhook requests (bytes and headers exactly as the gateway sends them).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import itertools
import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlencode

SMS_SID, SMS_TOKEN, SMS_FROM = "AC0123456789abcdef", "sms-auth-token-for-tests", "+15550001111"
WA_TOKEN, WA_SECRET, WA_VERIFY = "wa-bearer-for-tests", "wa-app-secret-for-tests", "wa-verify"
WA_PHONE_ID, WA_VERSION = "106540352242922", "v21.0"


@dataclass
class Sent:
    channel: str
    to: str
    body: str


@dataclass
class FakeGateway:
    sent: list[Sent] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # why the fake refused a call
    fail_next: int = 0  # answer 500 to this many sends
    ids: Any = field(default_factory=lambda: itertools.count(1))
    lock: threading.Lock = field(default_factory=threading.Lock)

    def start(self) -> str:
        gateway = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                status, answer = gateway.handle(
                    self.path, dict(self.headers), self.rfile.read(length)
                )
                body = json.dumps(answer).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    # --- outbound: what our adapters send

    def handle(self, path: str, headers: dict[str, str], raw: bytes) -> tuple[int, dict[str, Any]]:
        with self.lock:
            if self.fail_next > 0:
                self.fail_next -= 1
                return 500, {"message": "gateway down"}
        if path == f"/2010-04-01/Accounts/{SMS_SID}/Messages.json":
            return self._sms(headers, raw)
        if path == f"/{WA_VERSION}/{WA_PHONE_ID}/messages":
            return self._whatsapp(headers, raw)
        return self._refuse(404, f"unknown path {path}")

    def _refuse(self, status: int, why: str) -> tuple[int, dict[str, Any]]:
        self.refused.append(why)
        return status, {"message": why}

    def _sms(self, headers: dict[str, str], raw: bytes) -> tuple[int, dict[str, Any]]:
        basic = base64.b64encode(f"{SMS_SID}:{SMS_TOKEN}".encode()).decode()
        if headers.get("Authorization") != f"Basic {basic}":
            return self._refuse(401, "bad basic auth")
        if headers.get("Content-Type") != "application/x-www-form-urlencoded":
            return self._refuse(400, "not a form")
        form = dict(parse_qsl(raw.decode("utf-8"), strict_parsing=True))
        if set(form) != {"To", "From", "Body"} or form["From"] != SMS_FROM or not form["Body"]:
            return self._refuse(400, f"bad fields {sorted(form)}")
        with self.lock:
            self.sent.append(Sent("sms", form["To"], form["Body"]))
            return 201, {"sid": f"SM{next(self.ids):032x}", "status": "queued"}

    def _whatsapp(self, headers: dict[str, str], raw: bytes) -> tuple[int, dict[str, Any]]:
        if headers.get("Authorization") != f"Bearer {WA_TOKEN}":
            return self._refuse(401, "bad bearer token")
        body = json.loads(raw)
        expected = {"messaging_product", "to", "type", "text"}
        if (
            set(body) != expected
            or body["messaging_product"] != "whatsapp"
            or body["type"] != "text"
        ):
            return self._refuse(400, f"bad fields {sorted(body)}")
        with self.lock:
            self.sent.append(Sent("whatsapp", body["to"], body["text"]["body"]))
            return 200, {"messaging_product": "whatsapp", "contacts": [{"wa_id": body["to"]}],
                         "messages": [{"id": f"wamid.{next(self.ids)}"}]}  # fmt: skip

    def to(self, address: str) -> list[str]:
        """The texts the gateway accepted for ``address``, oldest first."""
        with self.lock:
            return [s.body for s in self.sent if s.to == address]

    # --- inbound: what the gateway sends us

    def sms(self, url: str, sender: str, text: str, sid: str = "") -> tuple[bytes, dict[str, str]]:
        """A signed inbound SMS webhook: form bytes and headers."""
        sid = sid or f"SM{next(self.ids):032x}"
        params = [("AccountSid", SMS_SID), ("Body", text), ("From", sender), ("MessageSid", sid),
                  ("NumMedia", "0"), ("SmsSid", sid), ("To", SMS_FROM)]  # fmt: skip
        return urlencode(params).encode(), {"X-Twilio-Signature": sms_signature(url, params)}

    def whatsapp(self, sender: str, text: str, *, message_id: str = "", name: str = "Sokha",
                 timestamp: int | None = None) -> tuple[bytes, dict[str, str]]:  # fmt: skip
        """A signed inbound WhatsApp Cloud API notification with one text message."""
        message = {"from": sender, "id": message_id or f"wamid.in{next(self.ids)}",
                   "timestamp": str(int(time.time()) if timestamp is None else timestamp),
                   "type": "text", "text": {"body": text}}  # fmt: skip
        value = {"messaging_product": "whatsapp",
                 "metadata": {"display_phone_number": "15550002222", "phone_number_id": WA_PHONE_ID},
                 "contacts": [{"profile": {"name": name}, "wa_id": sender}],
                 "messages": [message]}  # fmt: skip
        payload = {"object": "whatsapp_business_account",
                   "entry": [{"id": "102290129340398", "changes": [{"value": value, "field": "messages"}]}]}  # fmt: skip
        raw = json.dumps(payload, ensure_ascii=False).encode()
        return raw, {"X-Hub-Signature-256": whatsapp_signature(raw)}


def sms_signature(url: str, params: list[tuple[str, str]]) -> str:
    """Twilio's algorithm, written here apart from the adapter's: URL + sorted name+value."""
    data = url + "".join(k + v for k, v in sorted(params))
    return base64.b64encode(
        hmac.new(SMS_TOKEN.encode(), data.encode(), hashlib.sha1).digest()
    ).decode()


def whatsapp_signature(raw: bytes, secret: str = WA_SECRET) -> str:
    return "sha256=" + hmac.new(secret.encode(), raw, hashlib.sha256).hexdigest()


def settings_for(base: str) -> dict[str, Any]:
    """The channel settings that point both adapters at the fake at ``base``."""
    return {
        "CHANNEL_SMS_ACCOUNT_SID": SMS_SID, "CHANNEL_SMS_AUTH_TOKEN": SMS_TOKEN,
        "CHANNEL_SMS_FROM": SMS_FROM, "CHANNEL_SMS_API_BASE": base,
        "CHANNEL_WHATSAPP_TOKEN": WA_TOKEN, "CHANNEL_WHATSAPP_APP_SECRET": WA_SECRET,
        "CHANNEL_WHATSAPP_VERIFY_TOKEN": WA_VERIFY, "CHANNEL_WHATSAPP_PHONE_NUMBER_ID": WA_PHONE_ID,
        "CHANNEL_WHATSAPP_API_BASE": base, "CHANNEL_WHATSAPP_API_VERSION": WA_VERSION,
    }  # fmt: skip
