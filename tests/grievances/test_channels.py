"""SMS and WhatsApp: a worker files and follows a case by message, through the real adapters
against a local fake gateway (tests/fakes/gateway.py) that checks every outbound call as the
real APIs do and signs every inbound webhook as the real gateways do."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.utils import timezone

from chainrights.grievances import services
from chainrights.grievances.channels.delivery import deliver_due
from chainrights.grievances.models import (
    Case,
    Contact,
    Conversation,
    Delivery,
    InboundMessage,
    MessageKind,
    OutboundMessage,
    State,
    Step,
)
from tests.factories.grievances import BENGALI
from tests.fakes.gateway import FakeGateway, settings_for

SMS_URL = "http://testserver/channels/sms/webhook"
WA_PATH = "/channels/whatsapp/webhook"
PHONE = "+8801712345678"
WA_ID = "85512345678"
KHMER = "ក្រុមហ៊ុនមិនបានបើកប្រាក់ខែឱ្យពួកយើងអស់រយៈពេលពីរខែហើយ ហើយប្រធានគំរាមបណ្តេញយើង។"
REFERENCE = re.compile(r"GR-[0-9A-Z]{4}-[0-9A-Z]{4}")
SECRET = re.compile(r"(?:[0-9A-Z]{4}-){4}[0-9A-Z]{4}")


@pytest.fixture
def gateway(settings: Any) -> Iterator[FakeGateway]:
    fake = FakeGateway()
    for name, value in settings_for(fake.start()).items():
        setattr(settings, name, value)
    yield fake
    fake.stop()


class Phone:
    """A worker's phone: what it sends goes through the gateway's signed webhook; what the
    gateway delivered to it is what the worker reads."""

    def __init__(self, channel: str, address: str, gateway: FakeGateway, commits: Any) -> None:
        self.channel, self.address, self.gateway, self.commits = channel, address, gateway, commits
        self.client = Client()

    def send(self, text: str, **options: Any) -> Any:
        if self.channel == "sms":
            raw, headers = self.gateway.sms(SMS_URL, self.address, text, **options)
            return self.post(raw, headers, "application/x-www-form-urlencoded")
        raw, headers = self.gateway.whatsapp(self.address, text, **options)
        return self.post(raw, headers, "application/json")

    def post(self, raw: bytes, headers: dict[str, str], content_type: str) -> Any:
        path = f"/channels/{self.channel}/webhook"
        with self.commits(execute=True):
            return self.client.generic("POST", path, data=raw, content_type=content_type,
                                       headers=headers)  # fmt: skip

    def says(self, text: str) -> str:
        """Send ``text``; the reply the phone received for it."""
        before = len(self.gateway.to(self.address))
        response = self.send(text)
        assert response.status_code == 200, response.content[:300]
        received = self.gateway.to(self.address)
        assert len(received) == before + 1, received[before:]
        return received[-1]


@pytest.fixture
def phone(gateway: FakeGateway, django_capture_on_commit_callbacks: Any) -> Any:
    def make(channel: str, address: str) -> Phone:
        return Phone(channel, address, gateway, django_capture_on_commit_callbacks)

    return make


def _stored() -> tuple[int, ...]:
    return tuple(m.objects.count() for m in (Case, Conversation, InboundMessage, OutboundMessage))


def _raw_tables() -> bytes:
    """Every byte the channel tables and the event log hold, as a dump would."""
    tables = ["grievances_conversation", "grievances_outboundmessage", "grievances_contact",
              "grievances_inboundmessage", "core_event"]  # fmt: skip
    dump = b""
    with connection.cursor() as cursor:
        for table in tables:
            cursor.execute(f"SELECT * FROM {table}")  # noqa: S608  (our own table names)
            dump += repr(cursor.fetchall()).encode()
    return dump


def test_sms_conversation_files_a_bengali_complaint_and_follows_it(
    demo: Any, linked_facility: Any, phone: Any, caplog: Any
) -> None:
    caplog.set_level(logging.DEBUG)
    worker = phone("sms", PHONE)
    assert "বাংলা" in worker.says("হ্যালো")  # too short to tell its language: the menu
    assert "কী হয়েছে" in worker.says("৩")  # Bengali chosen by its number, in Bengali digits
    assert "কোথায় কাজ করেন" in worker.says(BENGALI)
    choices = worker.says("Dhaka Knit")
    assert "1 Dhaka Knit Composite" in choices
    assert "শ্রমিক" in worker.says("১")
    assert "শাস্তি" in worker.says("২০")
    filed = worker.says("১")
    reference, secret = REFERENCE.search(filed)[0], SECRET.search(filed)[0]  # type: ignore[index]
    assert "অবস্থা" in filed  # the STATUS keyword the worker is told, in Bengali

    case = Case.objects.get(reference=reference)
    assert services.find_case(reference, secret) == case
    assert (case.channel, case.language, case.facility, case.narrative) == (
        "sms", "bn", linked_facility, BENGALI)  # fmt: skip
    assert (case.workers_affected, case.fears_retaliation) == (20, True)
    assert Contact.objects.get(case=case).details == f"sms: {PHONE}"

    assert "গৃহীত" in worker.says("অবস্থা")  # "Received", as complainant_view tells it
    services.transition_case(case, demo["handler"], State.ACKNOWLEDGED)
    with worker.commits(execute=True):
        services.message_complainant(case, demo["handler"], "কোন লাইনে কাজ করেন?")
    assert worker.gateway.to(PHONE)[-1].endswith("কোন লাইনে কাজ করেন?")
    assert reference in worker.says("সেলাই লাইন ৪")
    reply = case.messages.filter(kind=MessageKind.FROM_COMPLAINANT).get()
    assert reply.body == "সেলাই লাইন ৪"

    # the phone number is contact data: never in the clear in a table, the log or the logs
    assert PHONE.encode() not in _raw_tables()
    assert PHONE[1:] not in caplog.text
    assert PHONE[4:] not in caplog.text
    assert Conversation.objects.get().address == PHONE  # decrypted, for sending only


def test_whatsapp_conversation_files_a_khmer_complaint_and_follows_it(
    demo: Any, phone: Any, caplog: Any
) -> None:
    caplog.set_level(logging.DEBUG)
    worker = phone("whatsapp", WA_ID)
    assert "ធ្វើការនៅឯណា" in worker.says(KHMER)  # the story itself: Khmer detected
    assert "កម្មករ" in worker.says("រោងចក្រកាត់ដេរ ភ្នំពេញ")  # nothing found: no list
    assert "ការដាក់ទោស" in worker.says("៥០")
    filed = worker.says("២")
    reference = REFERENCE.search(filed)[0]  # type: ignore[index]
    assert "ស្ថានភាព" in filed
    case = Case.objects.get(reference=reference)
    assert (case.channel, case.language, case.facility_id) == ("whatsapp", "km", None)
    assert (case.workers_affected, case.fears_retaliation, case.narrative) == (50, False, KHMER)

    assert "បានទទួល" in worker.says("ស្ថានភាព")
    services.transition_case(case, demo["handler"], State.ACKNOWLEDGED)
    with worker.commits(execute=True):
        services.message_complainant(case, demo["handler"], "តើអ្នកធ្វើការនៅខ្សែណា?")
    assert worker.gateway.to(WA_ID)[-1].endswith("តើអ្នកធ្វើការនៅខ្សែណា?")
    worker.says("ខ្សែទី ៣")
    assert case.messages.filter(kind=MessageKind.FROM_COMPLAINANT).get().body == "ខ្សែទី ៣"

    # the profile name WhatsApp sends (identity) is never stored or logged, nor the wa_id
    dump = _raw_tables()
    assert b"Sokha" not in dump
    assert WA_ID.encode() not in dump
    assert "Sokha" not in caplog.text
    assert WA_ID not in caplog.text


def test_a_language_keyword_chooses_the_language(db: Any, demo: Any, phone: Any) -> None:
    worker = phone("sms", PHONE)
    assert "¿Qué pasó?" in worker.says("español")
    assert Conversation.objects.get().language == "es"


def test_stop_ends_the_conversation_and_forgets_the_address(demo: Any, phone: Any) -> None:
    worker = phone("sms", PHONE)
    worker.says("1")
    worker.says("Our wages were cut without any reason last month.")
    assert "Nothing was filed" in worker.says("STOP")
    conversation = Conversation.objects.get()
    assert (conversation.step, conversation.address, conversation.address_hash) == (
        Step.ENDED, "", "")  # fmt: skip
    assert conversation.draft == "{}"
    assert "English" in worker.says("hello")  # a new conversation starts with the menu


def test_a_failed_send_is_retried_and_never_lost(demo: Any, phone: Any) -> None:
    worker = phone("sms", PHONE)
    worker.gateway.fail_next = 1
    assert worker.send("hello").status_code == 200
    assert worker.gateway.to(PHONE) == []
    waiting = OutboundMessage.objects.get()
    assert (waiting.status, waiting.attempts, waiting.last_error) == (
        Delivery.QUEUED, 1, "gateway answered HTTP 500")  # fmt: skip
    assert deliver_due() == 0  # not due yet
    assert deliver_due(timezone.now() + timedelta(minutes=1)) == 1
    assert "English" in worker.gateway.to(PHONE)[0]
    sent = OutboundMessage.objects.get()
    assert (sent.status, sent.to, sent.body) == (Delivery.SENT, "", "")  # erased once sent


# --- refusals: each stores nothing


def test_forged_or_missing_signatures_are_refused(demo: Any, phone: Any, gateway: Any) -> None:
    worker = phone("sms", PHONE)
    raw, headers = gateway.sms(SMS_URL, PHONE, "hello")
    before = _stored()
    assert worker.post(raw, {"X-Twilio-Signature": "AAAA" + headers["X-Twilio-Signature"][4:]},
                       "application/x-www-form-urlencoded").status_code == 403  # fmt: skip
    assert worker.post(raw, {}, "application/x-www-form-urlencoded").status_code == 403
    tampered = raw.replace(b"hello", b"hellp")
    assert worker.post(tampered, headers, "application/x-www-form-urlencoded").status_code == 403
    whatsapp = phone("whatsapp", WA_ID)
    raw, headers = gateway.whatsapp(WA_ID, "hello")
    assert whatsapp.post(raw, {"X-Hub-Signature-256": "sha256=" + "0" * 64},
                         "application/json").status_code == 403  # fmt: skip
    assert whatsapp.post(raw, {}, "application/json").status_code == 403
    assert _stored() == before
    assert gateway.sent == []


def test_a_replayed_message_is_answered_but_acted_on_once(demo: Any, phone: Any) -> None:
    worker = phone("sms", PHONE)
    worker.says("1")
    worker.says("Our wages were cut without any reason last month.")
    before, sent = _stored(), len(worker.gateway.sent)
    raw, headers = worker.gateway.sms(SMS_URL, PHONE, "Dhaka", sid="SMreplayed")
    for _ in range(2):
        assert worker.post(raw, headers, "application/x-www-form-urlencoded").status_code == 200
    assert len(worker.gateway.sent) == sent + 1  # one answer, to the first delivery
    assert _stored()[2:] == (before[2] + 1, before[3] + 1)


def test_an_old_whatsapp_message_is_a_replay(demo: Any, phone: Any, settings: Any) -> None:
    worker = phone("whatsapp", WA_ID)
    before = _stored()
    stale = int(
        (timezone.now() - timedelta(seconds=settings.CHANNEL_WHATSAPP_MAX_AGE + 60)).timestamp()
    )
    assert worker.send(KHMER, timestamp=stale).status_code == 200
    assert _stored() == before
    assert worker.gateway.sent == []


def test_oversized_bodies_are_refused(demo: Any, phone: Any, gateway: Any, settings: Any) -> None:
    before = _stored()
    huge = "x" * settings.CHANNEL_MAX_BODY_BYTES
    raw, headers = gateway.sms(SMS_URL, PHONE, huge)
    assert (
        phone("sms", PHONE).post(raw, headers, "application/x-www-form-urlencoded").status_code
        == 413
    )
    raw, headers = gateway.whatsapp(WA_ID, huge)
    assert phone("whatsapp", WA_ID).post(raw, headers, "application/json").status_code == 413
    assert _stored() == before


def test_non_utf8_and_malformed_bodies_are_refused(demo: Any, phone: Any, gateway: Any) -> None:
    from tests.fakes.gateway import whatsapp_signature

    before = _stored()
    sms, whatsapp = phone("sms", PHONE), phone("whatsapp", WA_ID)
    form = "application/x-www-form-urlencoded"
    signed = {"X-Twilio-Signature": "any"}  # checked after decoding, which fails first
    assert sms.post(b"Body=\xff\xfe&From=%2B1&MessageSid=SM1", signed, form).status_code == 400
    assert sms.post(b"Body=%FF%FE&From=%2B1&MessageSid=SM1", signed, form).status_code == 400
    unsigned_fields = [("Body", "hello"), ("From", PHONE)]  # no MessageSid, correctly signed
    from tests.fakes.gateway import sms_signature

    missing = {"X-Twilio-Signature": sms_signature(SMS_URL, unsigned_fields)}
    assert sms.post(b"Body=hello&From=%2B8801712345678", missing, form).status_code == 400
    for body in (b"\xff\xfe{}", b"{not json", b'{"object": "page"}', b"[]",
                 b'{"object": "whatsapp_business_account", "entry": [{"changes": [{"value": '
                 b'{"messages": [{"type": "text"}]}}]}]}'):  # fmt: skip
        signed = {"X-Hub-Signature-256": whatsapp_signature(body)}
        assert whatsapp.post(body, signed, "application/json").status_code == 400, body
    assert _stored() == before
    assert gateway.sent == []


def test_whatsapp_verification_answers_the_challenge_only_with_our_token(gateway: Any) -> None:
    client = Client()
    ok = client.get(WA_PATH, {"hub.mode": "subscribe", "hub.verify_token": "wa-verify",
                              "hub.challenge": "1158201444"})  # fmt: skip
    assert (ok.status_code, ok.content) == (200, b"1158201444")
    wrong = client.get(WA_PATH, {"hub.mode": "subscribe", "hub.verify_token": "guess",
                                 "hub.challenge": "1"})  # fmt: skip
    assert wrong.status_code == 403


def test_a_channel_that_is_not_configured_does_not_exist(db: Any, settings: Any) -> None:
    settings.CHANNEL_SMS_AUTH_TOKEN = ""
    assert Client().post("/channels/sms/webhook", {}).status_code == 404


def test_each_gateway_is_rate_limited(demo: Any, phone: Any, settings: Any) -> None:
    settings.RATE_LIMIT_CHANNEL = "2/m"
    worker = phone("sms", PHONE)
    assert [worker.send(t).status_code for t in ("a", "b", "c")] == [200, 200, 429]
