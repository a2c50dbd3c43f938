"""What must never leak: the narrative and contact in the database, which references exist,
a case to a brand that does not source there; and the public forms' CSRF and rate limits."""

from __future__ import annotations

import statistics
import time

import pytest
from cryptography.fernet import Fernet
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client

from chainrights.core import crypto, events
from chainrights.core.models import Membership, Organisation
from chainrights.core.services import issue_token
from chainrights.grievances import services
from chainrights.grievances.models import Case, State
from tests.conftest import ApiClient, totp_client

NARRATIVE = "Supervisor Rahim beat Nasrin on line 7 because she asked for overtime pay"
CONTACT = "nasrin.secret.contact@example.org +8801711999888"


def _dump() -> str:
    """Every row of every table as text, as a dump of the database would hold it."""
    out = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f'SELECT * FROM "{table}"')  # noqa: S608 (table names from the schema)
            for row in cursor.fetchall():
                for value in row:
                    if isinstance(value, bytes | memoryview):
                        out.append(bytes(value).decode("latin-1"))
                    else:
                        out.append(str(value))
    return "\n".join(out)


def test_narrative_contact_messages_and_evidence_are_never_stored_in_plaintext(demo):
    case, secret = services.file_grievance(services.Intake(
        narrative=NARRATIVE, facility_text="Line 7 factory", contact=CONTACT))  # fmt: skip
    services.complainant_reply(case, "Rahim threatened Nasrin again",
                               evidence=[("n.pdf", "application/pdf", b"%PDF-1.4 Nasrin medical")])  # fmt: skip
    services.message_complainant(case, demo["handler"], "Nasrin, are you safe?")
    dump = _dump()
    for plaintext in ["Rahim", "Nasrin", "nasrin.secret", "8801711999888", secret]:
        assert plaintext not in dump, plaintext
    assert case.reference in dump  # the reference is not secret; it is how a case is named


def _status(client: Client, reference: str, secret: str):
    return client.post("/api/v1/grievances/status", {"reference": reference, "secret": secret},
                       content_type="application/json")  # fmt: skip


def test_wrong_secret_and_unknown_reference_answer_alike(demo, settings):
    settings.RATE_LIMIT_CASE_STATUS = "10000/m"
    case, secret = services.file_grievance(services.Intake(narrative="x" * 20, facility_text="y"))
    client = Client()
    assert _status(client, case.reference, secret).status_code == 200
    wrong = _status(client, case.reference, "AAAA-BBBB-CCCC-DDDD-EEEE")
    unknown = _status(client, "GR-ZZZZ-ZZZZ", "AAAA-BBBB-CCCC-DDDD-EEEE")
    assert (wrong.status_code, wrong.content) == (unknown.status_code, unknown.content)
    assert wrong.status_code == 404

    def once(reference: str) -> float:
        start = time.perf_counter()
        _status(client, reference, "AAAA-BBBB-CCCC-DDDD-EEEE")
        return time.perf_counter() - start

    # Interleaved, so a burst of load from other processes falls on both alike.
    pairs = [(once(case.reference), once("GR-ZZZZ-ZZZZ")) for _ in range(21)]
    known = statistics.median(k for k, _ in pairs)
    missing = statistics.median(m for _, m in pairs)
    # Both run one argon2 check; without the dummy hash the unknown reference would be ~10x
    # faster. Within noise: less than a factor 1.5 apart.
    assert 1 / 1.5 < known / missing < 1.5, (known, missing)


def test_a_brand_not_linked_to_the_facility_gets_404_and_a_linked_one_no_identity(
    demo, linked_facility, api_for
):
    case, _ = services.file_grievance(services.Intake(
        narrative=NARRATIVE, facility_id=linked_facility.public_id, contact=CONTACT))  # fmt: skip
    path = f"/api/v1/cases/{case.reference}"
    brand = api_for("brand")
    assert brand.send("GET", path).status_code == 404  # not shared before admissibility
    services.transition_case(case, demo["handler"], State.ACKNOWLEDGED)
    services.transition_case(case, demo["handler"], State.ADMISSIBLE, "admissible")
    seen = brand.send("GET", path)
    assert seen.status_code == 200
    assert seen.json()["narrative"] == NARRATIVE
    assert CONTACT not in seen.content.decode()
    assert "contact" not in seen.json()

    southbay = Organisation.objects.get(name="Southbay Outfitters")
    with events.acting_as(system="test"):
        other = get_user_model().objects.create_user("southbay")
        Membership.objects.create(user=other, organisation=southbay, role="admin")

    other_api = ApiClient(token=issue_token(other, name="t")[1])
    assert other_api.send("GET", path).status_code == 404
    assert case.reference not in other_api.send("GET", "/api/v1/cases").content.decode()
    page = Client()
    page.force_login(other)
    assert page.get(f"/cases/{case.reference}").status_code == 404


def test_the_intake_page_needs_its_csrf_token(demo):
    client = Client(enforce_csrf_checks=True)
    form = client.get("/complain")
    assert form.status_code == 200
    assert "csrfmiddlewaretoken" in form.content.decode()
    refused = client.post("/complain", {"narrative": "x", "facility_text": "y"})
    assert refused.status_code == 403


def test_intake_and_status_are_rate_limited(demo, settings):
    settings.RATE_LIMIT_INTAKE = "3/h"
    settings.RATE_LIMIT_CASE_STATUS = "3/h"
    client = Client()
    answers = [
        client.post(
            "/api/v1/grievances",
            {"narrative": "late pay", "facility_text": "A"},
            content_type="application/json",
        ).status_code
        for _ in range(5)
    ]
    assert answers[:3] == [201, 201, 201]
    assert answers[3:] == [429, 429]
    pages = [client.post("/complain", {"narrative": "x", "facility_text": "y"}).status_code
             for _ in range(5)]  # fmt: skip
    assert 429 in pages
    looks = [_status(client, "GR-AAAA-AAAA", "x").status_code for _ in range(5)]
    assert looks[-1] == 429


def test_intake_stores_no_client_address_or_browser(demo):
    client = Client(REMOTE_ADDR="203.0.113.77", HTTP_USER_AGENT="Nokia-2G-Browser/1.0")
    client.post("/api/v1/grievances", {"narrative": "late pay", "facility_text": "A"},
                content_type="application/json")  # fmt: skip
    dump = _dump()
    assert "203.0.113.77" not in dump
    assert "Nokia-2G" not in dump


def test_rotating_the_data_key_keeps_every_value_readable_under_the_new_key(demo, settings):
    case, _ = services.file_grievance(services.Intake(
        narrative=NARRATIVE, facility_text="y", contact=CONTACT))  # fmt: skip
    old = list(settings.DATA_KEYS)
    new = Fernet.generate_key().decode()
    settings.DATA_KEYS = [new, *old]
    counts = crypto.rotate_all()
    assert counts["grievances.Case"] == 1
    assert counts["grievances.Contact"] == 1
    settings.DATA_KEYS = [new]  # the old key retired
    reloaded = Case.objects.get(pk=case.pk)
    assert reloaded.narrative == NARRATIVE
    assert reloaded.contact.details == CONTACT
    settings.DATA_KEYS = old  # without the new key nothing reads
    with pytest.raises(Exception, match="cannot be decrypted"):
        Case.objects.get(pk=case.pk)


def test_operator_staff_need_a_second_factor_for_case_pages(demo):
    case, _ = services.file_grievance(services.Intake(narrative="wages late", facility_text="A"))
    client = Client()
    client.force_login(demo["handler"])
    refused = client.get(f"/cases/{case.reference}")
    assert refused.status_code == 302
    assert refused["Location"] == f"/account/two-factor/?next=%2Fcases%2F{case.reference}"
    client = totp_client(demo["handler"])
    page = client.get(f"/cases/{case.reference}")
    assert page.status_code == 200
    assert "wages late" in page.content.decode()


@pytest.mark.parametrize(
    ("name", "kind", "content", "reason"),
    [
        ("pay.pdf", "application/pdf", b"", "the file is empty"),
        ("pay.pdf", "application/pdf", b"MZ\x90\x00 not a pdf", "is not the application/pdf"),
        ("run.exe", "application/x-msdownload", b"MZ\x90\x00", "send a photo, PDF or voice"),
        ("big.pdf", "application/pdf", b"%PDF" + b"x" * (10 * 2**20), "larger than 10 MB"),
        ("\u202egpj.exe\xff\\..\\..\\x.pdf", "application/pdf", b"\xff\xfe", "is not the"),
    ],
)
def test_bad_evidence_is_refused_naming_the_file_and_nothing_is_stored(
    demo, name, kind, content, reason
):
    from chainrights.core.refusals import Invalid
    from chainrights.grievances.models import Evidence, Message

    case, _ = services.file_grievance(services.Intake(narrative="x" * 20, facility_text="y"))
    before = (Message.objects.count(), Evidence.objects.count())
    with pytest.raises(Invalid, match=reason) as refused:
        services.complainant_reply(case, "the pay slip", evidence=[(name, kind, content)])
    assert refused.value.field == "evidence"
    assert (Message.objects.count(), Evidence.objects.count()) == before
