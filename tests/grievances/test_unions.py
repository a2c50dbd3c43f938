"""A union files for its members (named, anonymous, a group) and follows the cases it brought:
the services, the pages and the API, with what each other reader may (not) see."""

from __future__ import annotations

import os
import re
from typing import Any

import pytest
from django.db import connection
from django.test import Client

from chainrights.core.events import EventTag, verify_log
from chainrights.core.models import Event
from chainrights.core.refusals import Invalid, NotAllowed
from chainrights.grievances import services
from chainrights.grievances.models import Case, Contact, MessageKind, UnionFiling
from tests.conftest import assert_error_shape, totp_client
from tests.factories import OrganisationFactory, UnionCaseFactory, UserFactory

MEMBER = "Shirin Akter Qadir-5521"
PHONE = "+880 1711 000 547"
NARRATIVE = "Forty of us on line 4 have not been paid overtime since March."


@pytest.fixture
def union(demo: dict[str, Any]) -> Any:
    """The demo union's editor (Garment Workers Federation)."""
    return demo["union"]


@pytest.fixture
def other_union(db: Any) -> Any:
    return UserFactory(username="otherunion",
                       organisation=OrganisationFactory(name="Dock Workers", kind="union"))  # fmt: skip


def _filing(on_behalf: str = "group", **kwargs: Any) -> services.UnionIntake:
    intake = services.Intake(narrative=NARRATIVE, facility_text="Dhaka Knit, Ashulia")
    return services.UnionIntake(intake=intake, on_behalf=on_behalf, **kwargs)


# services


def test_a_union_files_a_collective_complaint_through_the_one_intake(union):
    case = UnionCaseFactory(user=union, narrative=NARRATIVE, group_size=40,
                            unit="Sewing line 4, night shift", copy_to_union=True)  # fmt: skip
    assert case.channel == "union"
    assert case.workers_affected == 40
    assert case.state == "received"
    assert case.due_at is not None
    filing = case.union_filing
    assert filing.organisation.name == "Garment Workers Federation"
    assert filing.filed_by == union
    assert (filing.on_behalf, filing.unit, filing.copy_to_union) == (
        "group", "Sewing line 4, night shift", True)  # fmt: skip
    assert not Contact.objects.filter(case=case).exists()
    assert services.find_case(case.reference, case.secret) == case
    tags = set(Event.objects.filter(object_id=str(case.pk)).values_list("tag", flat=True))
    assert {EventTag.CASE_RECEIVED, EventTag.CASE_FILED_BY_UNION} <= tags
    assert verify_log().ok


def test_a_named_members_name_and_contact_are_the_cases_encrypted_contact(union, demo):
    case = UnionCaseFactory(user=union, on_behalf="named", member_name=MEMBER,
                            member_contact=PHONE)  # fmt: skip
    assert case.workers_affected is None
    assert case.union_filing.unit == ""
    handler = demo["handler"]
    services.transition_case(case, handler, "acknowledged")
    case.refresh_from_db()
    assert services.reveal_contact(case, handler, "call the member") == f"{MEMBER}\n{PHONE}"
    with pytest.raises(NotAllowed):
        services.reveal_contact(case, demo["operator"], "curious")
    assert MEMBER not in str(services.union_view(case, union))


def test_an_anonymous_member_leaves_the_platform_nothing_to_reveal(union):
    case = UnionCaseFactory(user=union, on_behalf="anonymous")
    assert case.union_filing.on_behalf == "anonymous"
    assert not Contact.objects.filter(case=case).exists()


@pytest.mark.parametrize("role", ["brand", "supplier", "operator", "inspector", "auditor"])
def test_someone_not_in_a_union_cannot_file_as_one_and_nothing_is_written(demo, role):
    before = Event.objects.count()
    with pytest.raises(NotAllowed):
        services.file_for_members(demo[role], _filing(group_size=40, unit="Line 4"))
    assert Case.objects.count() == 0
    assert Event.objects.count() == before


def test_a_union_viewer_follows_cases_but_does_not_file(union, db):
    viewer = UserFactory(username="unionviewer", role="viewer", organisation=OrganisationFactory(
        name="Garment Workers Federation", kind="union"))  # fmt: skip
    case = UnionCaseFactory(user=union)
    assert list(services.union_cases(viewer)) == [case]
    with pytest.raises(NotAllowed):
        services.file_for_members(viewer, _filing(group_size=40, unit="Line 4"))
    with pytest.raises(NotAllowed):
        services.union_reply(case, viewer, "hello")


BAD_FILINGS = [
    ({"group_size": 10**9, "unit": "Line 4"}, "group_size"),
    ({"group_size": -3, "unit": "Line 4"}, "group_size"),
    ({"group_size": 1, "unit": "Line 4"}, "group_size"),
    ({"group_size": None, "unit": "Line 4"}, "group_size"),
    ({"group_size": 40, "unit": ""}, "unit"),
    ({"group_size": 40, "unit": "L" * 201}, "unit"),
    ({"group_size": 40, "unit": "Line\x004"}, "unit"),
    ({"group_size": 40, "unit": "Line 4", "member_name": MEMBER}, "member_name"),
    ({"on_behalf": "named"}, "member_name"),
    ({"on_behalf": "named", "member_name": "N" * 201}, "member_name"),
    ({"on_behalf": "named", "member_name": "Rahima", "member_contact": "9" * 701},
     "member_contact"),
    ({"on_behalf": "anonymous", "group_size": 40}, "group_size"),
    ({"on_behalf": "everyone"}, "on_behalf"),
]  # fmt: skip


@pytest.mark.parametrize(("fields", "field"), BAD_FILINGS)
def test_bad_filings_are_refused_naming_the_field_and_store_nothing(union, fields, field):
    with pytest.raises(Invalid) as refused:
        services.file_for_members(union, _filing(**{"on_behalf": "group"} | fields))
    assert refused.value.field == field
    assert Case.objects.count() == 0
    assert UnionFiling.objects.count() == 0


def test_the_union_reads_the_handlers_messages_only_when_the_members_chose_so(union, demo):
    handler = demo["handler"]
    copied = UnionCaseFactory(user=union, copy_to_union=True)
    kept = UnionCaseFactory(user=union, copy_to_union=False)
    for case in (copied, kept):
        services.transition_case(case, handler, "acknowledged", "We looked at it.")
        services.message_complainant(case, handler, "How many of you were paid late?")
        services.message_complainant(case, handler, "Supervisor may be related.", internal=True)
        services.union_reply(case, union, "All forty, since March.")
    seen = services.union_view(copied, union)
    assert [m["text"] for m in seen["messages"]] == [
        "How many of you were paid late?", "All forty, since March."]  # fmt: skip
    assert seen["steps"][0]["reason"] == "We looked at it."
    hidden = services.union_view(kept, union)
    assert [m["text"] for m in hidden["messages"]] == ["All forty, since March."]
    assert hidden["steps"][0]["reason"] == ""
    for view in (seen, hidden):
        assert "Supervisor" not in str(view)
        assert NARRATIVE not in str(view)


def test_the_unions_reply_reaches_the_handler_as_the_unions(union, demo):
    case = UnionCaseFactory(user=union)
    message = services.union_reply(case, union, "  The workers ask for a meeting.  ")
    assert (message.kind, message.body, message.author) == (
        MessageKind.FROM_UNION, "The workers ask for a meeting.", union)  # fmt: skip
    assert message.organisation.name == "Garment Workers Federation"
    with pytest.raises(Invalid) as refused:
        services.union_reply(case, union, "   ")
    assert refused.value.field == "text"


def test_another_union_a_brand_and_nobody_see_none_of_the_unions_cases(union, other_union, demo):
    case = UnionCaseFactory(user=union)
    mine = UnionCaseFactory(user=other_union)
    assert list(services.union_cases(other_union)) == [mine]
    assert services.union_case(other_union, case.reference) is None
    with pytest.raises(NotAllowed):
        services.union_reply(case, other_union, "ours now")
    for reader in (demo["brand"], demo["supplier"], None):
        with pytest.raises(NotAllowed):
            services.union_cases(reader)
    # the union's own filing does not make the case visible to it on the handlers' side
    assert not Case.objects.visible_to(union).filter(pk=case.pk).exists()


@pytest.mark.skipif(
    os.environ.get("DATABASE_URL", "").startswith("postgres"),
    reason="reads the bytes of the SQLite test database; it runs in the SQLite pass",
)
def test_a_named_members_name_is_never_in_the_database_or_the_log_in_clear(union, caplog):
    caplog.set_level("DEBUG")
    case = UnionCaseFactory(user=union, on_behalf="named", member_name=MEMBER,
                            member_contact=PHONE)  # fmt: skip
    services.union_reply(case, union, "The member asks to be called after 6 pm.")
    raw = connection.connection.serialize()  # the in-memory SQLite database, byte for byte
    assert len(raw) > 100_000
    assert b"Garment Workers Federation" in raw
    for needle in ("Qadir-5521", "1711 000 547"):
        assert needle.encode() not in raw
        assert needle.encode("utf-16-le") not in raw
        assert needle not in caplog.text


# pages


def _page(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


FORM = {
    "narrative": NARRATIVE, "facility_text": "Dhaka Knit, Ashulia", "on_behalf": "group",
    "group_size": "40", "unit": "Sewing line 4", "categories": ["wages"], "action": "send",
    "_once": "t-1",
}  # fmt: skip


def test_the_union_files_on_a_form_then_sees_the_reference_and_secret_once(union):
    client = _page(union)
    page = client.get("/union/complain")
    assert page.status_code == 200
    assert "Garment Workers Federation" in page.content.decode()
    response = client.post("/union/complain", FORM)
    case = Case.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/union/cases/{case.reference}"
    shown = client.get(response["Location"]).content.decode()
    reference, secret = re.findall(r'<code class="id[^"]*">([^<]+)</code>', shown)
    assert reference == case.reference
    assert services.find_case(reference, secret) == case
    assert case.rights  # the category became rights
    again = client.get(response["Location"]).content.decode()
    assert secret not in again
    assert case.reference in again


def test_a_re_sent_form_files_nothing_new(union):
    client = _page(union)
    client.get("/union/complain")  # the CSRF cookie that scopes the form's key
    first = client.post("/union/complain", FORM)
    second = client.post("/union/complain", FORM)
    assert Case.objects.count() == 1
    assert second.status_code == 303  # the first answer, again
    assert second["Location"] == first["Location"]


def test_find_keeps_everything_typed_and_files_nothing(union, linked_facility):
    typed = FORM | {"action": "find", "find": "Dhaka Knit", "facility_text": ""}
    page = _page(union).post("/union/complain", typed).content.decode()
    assert Case.objects.count() == 0
    assert NARRATIVE in page
    assert "Sewing line 4" in page
    assert 'value="40"' in page
    assert linked_facility.public_id in page
    assert "errors" not in page


def test_a_refused_filing_comes_back_with_the_field_named_and_the_text_kept(union):
    page = _page(union).post("/union/complain", FORM | {"unit": ""}).content.decode()
    assert Case.objects.count() == 0
    assert "Say which department, line, shift or site." in page
    assert NARRATIVE in page


@pytest.mark.parametrize("role", ["brand", "handler", "supplier"])
def test_the_union_pages_refuse_anyone_not_in_a_union(demo, role, union):
    case = UnionCaseFactory(user=union)
    client = totp_client(demo[role]) if role == "handler" else _page(demo[role])
    assert client.get("/union/complain").status_code == 403
    assert client.post("/union/complain", FORM).status_code == 403
    assert client.get("/union/cases").status_code == 403
    assert client.get(f"/union/cases/{case.reference}").status_code == 403
    assert Case.objects.count() == 1


def test_our_cases_lists_the_unions_cases_and_no_others(union, other_union):
    ours = UnionCaseFactory(user=union, unit="Cutting, day shift")
    theirs = UnionCaseFactory(user=other_union, unit="Quay 3")
    page = _page(union).get("/union/cases").content.decode()
    assert ours.reference in page
    assert "Cutting, day shift" in page
    assert "40 workers" in page
    assert theirs.reference not in page
    assert "Quay 3" not in page
    assert _page(other_union).get(f"/union/cases/{ours.reference}").status_code == 404


def test_the_union_answers_on_its_case_page_and_the_handler_reads_it(union, demo):
    case = UnionCaseFactory(user=union, copy_to_union=True)
    handler = demo["handler"]
    services.message_complainant(case, handler, "Can the workers meet us on Friday?")
    client = _page(union)
    assert "Can the workers meet us on Friday?" in client.get(
        f"/union/cases/{case.reference}").content.decode()  # fmt: skip
    response = client.post(f"/union/cases/{case.reference}", {"text": "Yes, at the office."})
    assert response.status_code == 302
    assert "Yes, at the office." in client.get(response["Location"]).content.decode()
    handler_page = totp_client(handler).get(f"/cases/{case.reference}").content.decode()
    assert "Yes, at the office." in handler_page
    assert "Filed by a union" in handler_page
    assert "Garment Workers Federation" in handler_page
    assert "Sewing line 4" in handler_page
    assert "40 workers" in handler_page


def test_an_empty_answer_goes_back_to_the_case_page_with_the_reason(union):
    case = UnionCaseFactory(user=union)
    response = _page(union).post(f"/union/cases/{case.reference}", {"text": " "}, follow=True)
    assert "Write the message." in response.content.decode()
    assert not case.messages.exists()


def test_the_navigation_links_the_union_pages_for_union_members_only(union, demo):
    assert "/union/cases" in _page(union).get("/").content.decode()
    assert "/union/cases" not in _page(demo["brand"]).get("/").content.decode()
    assert "/union/cases" not in Client().get("/").content.decode()


# API

BODY = {"narrative": NARRATIVE, "facility_text": "Dhaka Knit", "on_behalf": "group",
        "group_size": 40, "unit": "Line 4"}  # fmt: skip


def test_the_api_files_for_members_and_follows_the_case(api_for, demo):
    union = api_for("union")
    created = union.send("POST", "/api/v1/union/grievances", BODY | {"copy_to_union": True})
    assert created.status_code == 201, created.content
    reference = created.json()["reference"]
    assert services.find_case(reference, created.json()["secret"]) is not None
    listed = union.get_json("/api/v1/union/cases").json()
    assert [c["reference"] for c in listed["items"]] == [reference]
    assert listed["items"][0]["group_size"] == 40
    case = Case.objects.get(reference=reference)
    services.message_complainant(case, demo["handler"], "We visit on Monday.")
    replied = union.send("POST", f"/api/v1/union/cases/{reference}/replies", {"text": "Good."})
    assert replied.status_code == 201
    detail = union.get_json(f"/api/v1/union/cases/{reference}").json()
    assert [(m["from"], m["text"]) for m in detail["messages"]] == [
        ("handler", "We visit on Monday."), ("union", "Good.")]  # fmt: skip


@pytest.mark.parametrize(
    ("body", "status", "field"),
    [
        (BODY | {"group_size": 10**12}, 422, "group_size"),
        (BODY | {"group_size": -1}, 422, "group_size"),
        (BODY | {"group_size": "40"}, 422, "group_size"),
        (BODY | {"on_behalf": "everyone"}, 422, "on_behalf"),
        (BODY | {"unit": "U" * 201}, 422, "unit"),
        (BODY | {"on_behalf": "named", "group_size": None, "unit": ""}, 400, "member_name"),
    ],
)
def test_the_api_refuses_bad_filings_naming_the_field(api_for, body, status, field):
    error = assert_error_shape(api_for("union").send("POST", "/api/v1/union/grievances", body),
                               status)  # fmt: skip
    assert field in str(error)
    assert Case.objects.count() == 0


def test_the_api_refuses_a_body_that_is_not_utf8(api_for):
    body = b'{"narrative": "\xff\xfe wages", "on_behalf": "anonymous", "facility_text": "A"}'
    response = api_for("union").send("POST", "/api/v1/union/grievances", body)
    assert response.status_code in (400, 422)
    assert Case.objects.count() == 0


def test_a_brand_token_posing_as_a_union_is_refused(api_for, anon_api):
    refused = api_for("brand").send("POST", "/api/v1/union/grievances", BODY)
    assert_error_shape(refused, 403)
    assert anon_api.send("POST", "/api/v1/union/grievances", BODY).status_code == 401
    assert Case.objects.count() == 0


def test_the_api_shows_no_other_unions_case(api_for, union, other_union, demo):
    case = UnionCaseFactory(user=union)
    from chainrights.core.services import issue_token
    from tests.conftest import ApiClient

    other = ApiClient(token=issue_token(other_union, name="t")[1])
    assert other.get_json(f"/api/v1/union/cases/{case.reference}").status_code == 404
    assert other.get_json("/api/v1/union/cases").json()["items"] == []
    reply = other.send("POST", f"/api/v1/union/cases/{case.reference}/replies", {"text": "x"})
    assert reply.status_code == 404
    assert api_for("brand").get_json("/api/v1/union/cases").status_code == 403
