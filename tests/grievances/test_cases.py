"""Intake, anonymous follow-up and the case's steps, through the services."""

from __future__ import annotations

import pytest
from django.utils import timezone

from chainrights.core import events
from chainrights.core.models import Event
from chainrights.core.refusals import Conflict, Invalid, NotAllowed
from chainrights.grievances import services
from chainrights.grievances.models import Case, Contact, Message, State

BENGALI = "তিন মাস ধরে আমাদের বেতন দেওয়া হয়নি এবং সুপারভাইজার হুমকি দিচ্ছে।"


def _file(**kwargs):
    fields = {"narrative": BENGALI, "facility_text": "Dhaka Knit, Ashulia", "language": "bn"}
    return services.file_grievance(services.Intake(**(fields | kwargs)))


def test_intake_gives_a_reference_and_a_secret_stored_only_as_a_slow_hash(demo):
    case, secret = _file(contact="+880 1711 000000", rights=("wages",), workers_affected=40)
    assert case.reference.startswith("GR-")
    assert len(case.reference) == 12
    assert len(secret) == 24
    assert secret.count("-") == 4
    assert secret not in case.secret_hash
    assert case.secret_hash.startswith("$argon2id$")
    assert case.detected_language == "bn"
    assert case.state == State.RECEIVED
    assert case.owner_org.name == "Fair Supply Initiative"
    assert (case.due_at - timezone.now()).days in (6, 7)  # acknowledge within 7 days
    assert Contact.objects.get(case=case).details == "+880 1711 000000"
    assert Event.objects.filter(tag="case.received", object_id=str(case.pk)).exists()


def test_find_case_needs_both_reference_and_secret_typed_loosely(demo):
    case, secret = _file()
    assert services.find_case(case.reference.lower(), secret.lower().replace("0", "o")) == case
    assert services.find_case(case.reference, "WRONG-SECRET") is None
    assert services.find_case("GR-0000-0000", secret) is None


@pytest.mark.parametrize(
    ("fields", "field"),
    [({"narrative": "  "}, "narrative"), ({"narrative": "x" * 20_001}, "narrative"),
     ({"facility_text": ""}, "facility_text"), ({"facility_id": "CR0000000000X"}, "facility_id"),
     ({"rights": ("not-a-right",)}, "rights"), ({"channel": "pigeon"}, "channel"),
     ({"country": "Atlantis"}, "country"), ({"narrative": "a\x00b"}, "narrative"),
     ({"workers_affected": 0}, "workers_affected"), ({"contact": "x" * 1001}, "contact")],
)  # fmt: skip
def test_bad_intake_names_the_field_and_stores_nothing(demo, fields, field):
    with pytest.raises(Invalid) as caught:
        _file(**fields)
    assert caught.value.field == field
    assert Case.objects.count() == 0


def test_the_case_moves_step_by_step_with_reasons_told_to_the_complainant(demo, linked_facility):
    case, secret = _file(facility_id=linked_facility.public_id, facility_text="")
    handler = demo["handler"]
    with pytest.raises(Conflict, match="cannot become"):
        services.transition_case(case, handler, State.CLOSED, "skip ahead")
    with pytest.raises(NotAllowed, match="Only the operator"):
        services.transition_case(case, demo["brand"], State.ACKNOWLEDGED)
    services.transition_case(case, handler, State.ACKNOWLEDGED)
    with pytest.raises(Invalid, match="reason"):
        services.transition_case(case, handler, State.ADMISSIBLE, "")
    services.transition_case(case, handler, State.ADMISSIBLE, "Wages are a right in your code.")
    assert [b.name for b in services.linked_brands(case)] == ["Northwind Apparel"]
    case.refresh_from_db()
    assert case.visibility == "shared"
    assert case.handler == handler
    for state in (State.INVESTIGATION, State.PLAN_AGREED, State.REMEDIATED, State.VERIFIED):
        services.transition_case(case, handler, state, f"now {state}")
    services.transition_case(case, handler, State.CLOSED, "Back pay verified with the workers.")
    case.refresh_from_db()
    assert case.closed_at is not None
    assert case.due_at is None
    view = services.complainant_view(services.find_case(case.reference, secret))
    assert [s["state"] for s in view["steps"]][-1] == "closed"
    assert view["steps"][1]["reason"] == "Wages are a right in your code."
    # dissatisfaction reopens
    services.transition_case(
        case, handler, State.INVESTIGATION, "The complainant says pay is still late."
    )
    case.refresh_from_db()
    assert case.closed_at is None


def test_escalation_names_where(demo):
    case, _ = _file()
    handler = demo["handler"]
    services.transition_case(case, handler, State.ACKNOWLEDGED)
    services.transition_case(case, handler, State.ADMISSIBLE, "ok")
    with pytest.raises(Invalid, match="Escalate to"):
        services.transition_case(case, handler, State.ESCALATED, "inspectorate")
    services.transition_case(
        case, handler, State.ESCALATED, "Referred to DIFE", escalation="inspectorate"
    )
    case.refresh_from_db()
    assert case.escalated_to == "inspectorate"


def test_messages_replies_and_reprisal_jump_the_queue(demo):
    calm, _ = _file()
    urgent, _secret = _file()
    services.message_complainant(urgent, demo["handler"], "Can you tell us which line?")
    services.message_complainant(urgent, demo["handler"], "check payroll", internal=True)
    services.complainant_reply(urgent, "Line 4, night shift.", retaliation=True)
    view = services.complainant_view(urgent)
    assert [m["text"] for m in view["messages"]] == [
        "Can you tell us which line?",
        "Line 4, night shift.",
    ]  # never the internal note
    queue = list(Case.objects.queue())
    assert queue[0] == urgent
    assert queue[1] == calm
    assert Event.objects.filter(tag="case.retaliation_reported").count() == 1
    with pytest.raises(Invalid):
        services.complainant_reply(urgent, "   ")


def test_a_brand_queue_holds_a_case_only_once_it_is_shared_with_the_brand(demo, linked_facility):
    case, _ = _file(facility_id=linked_facility.public_id, facility_text="")
    assert list(Case.objects.queue_for(demo["handler"])) == [case]
    assert list(Case.objects.queue_for(demo["brand"])) == []  # not yet admissible
    services.transition_case(case, demo["handler"], State.ACKNOWLEDGED)
    services.transition_case(case, demo["handler"], State.ADMISSIBLE, "admissible")
    assert list(Case.objects.queue_for(demo["brand"])) == [case]
    assert list(Case.objects.queue_for(demo["supplier"])) == []


def test_overdue_cases_are_listed(demo):
    late, _ = _file()
    _file()
    with events.acting_as(system="test"):
        late.due_at = timezone.now() - timezone.timedelta(days=1)
        late.save()
    assert list(Case.objects.overdue()) == [late]


def test_only_the_designated_handler_sees_the_contact_and_it_is_logged(demo):
    case, _ = _file(contact="worker@example.org")
    with pytest.raises(NotAllowed, match="designated handler"):
        services.reveal_contact(case, demo["handler"], "to call back")
    services.transition_case(case, demo["handler"], State.ACKNOWLEDGED)
    case.refresh_from_db()
    with pytest.raises(NotAllowed, match="designated handler"):
        services.reveal_contact(case, demo["operator"], "curious")
    with pytest.raises(Invalid, match="why"):
        services.reveal_contact(case, demo["handler"], " ")
    assert services.reveal_contact(case, demo["handler"], "to call back") == "worker@example.org"
    logged = Event.objects.get(tag="case.contact_revealed")
    assert logged.actor == demo["handler"]
    assert logged.reason == "to call back"


@pytest.mark.parametrize(
    ("name", "kind", "content", "ok"),
    [("p.png", "image/png", b"\x89PNG\r\n\x1a\n" + b"0" * 10, True),
     ("p.pdf", "application/pdf", b"%PDF-1.7 ...", True),
     ("fake.png", "image/png", b"MZ\x90\x00 an exe", False),
     ("x.html", "text/html", b"<script>", False), ("e.jpg", "image/jpeg", b"", False),
     ("big.jpg", "image/jpeg", b"\xff\xd8\xff" + b"0" * (10 * 2**20), False)],
)  # fmt: skip
def test_evidence_is_checked_by_its_bytes(demo, name, kind, content, ok):
    case, _ = _file()
    if ok:
        services.complainant_reply(case, "", evidence=[(f"../../{name}", kind, content)])
        stored = case.evidence.get()
        assert stored.content == content
        assert stored.filename == name
    else:
        with pytest.raises(Invalid, match=name.split("/")[-1]):
            services.complainant_reply(case, "", evidence=[(name, kind, content)])
        assert case.evidence.count() == 0
        assert Message.objects.count() == 0
