"""Codes pages: import (text or file, with clear errors), confirm, gaps, promise card,
comparison; and the demo codes."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from chainrights.codes.demo import load_demo_codes
from chainrights.codes.models import Code, Commitment
from tests.factories import NUMBERED_CODE


def _brand(demo) -> Client:
    client = Client()
    client.force_login(demo["brand"])
    return client


def test_import_confirm_gaps_card_and_compare(demo):
    client = _brand(demo)
    answer = client.post("/codes", {"name": "Northwind code 2026", "kind": "company",
                                    "text": NUMBERED_CODE})  # fmt: skip
    code = Code.objects.get(name="Northwind code 2026")
    assert answer.status_code == 302
    assert answer["Location"] == f"/codes/{code.pk}"
    page = client.get(f"/codes/{code.pk}").content.decode()
    assert "Not promised" in page
    assert "Confirm clause 1" in page
    client.post(f"/codes/{code.pk}", {"number": 3, "rights": "freedom-of-association",
                                      "level": "equal", "binding": "supplier_contract",
                                      "on_breach": "remediate", "verification": "audit",
                                      "to_whom": ["workers"], "scope": ["tier_1"]})  # fmt: skip
    clause = Commitment.objects.get(code=code, number=3)
    assert clause.confirmed
    assert clause.rights == ["freedom-of-association"]
    card = client.get(f"/codes/{code.pk}/card").content.decode()
    assert "<td>Freedom of association and collective bargaining</td>" in card  # not its code
    assert "<td>Equal to the international standard</td>" in card
    assert "<td>Workers</td>" in card
    spanish = client.get(f"/codes/{code.pk}/card", HTTP_ACCEPT_LANGUAGE="es").content.decode()
    assert "<td>Libertad sindical y negociación colectiva</td>" in spanish
    assert "<td>Igual a la norma internacional</td>" in spanish
    assert "<td>Trabajadores</td>" in spanish
    load_demo_codes()
    eti = Code.objects.get(name="ETI Base Code")
    table = client.get("/codes/compare", {"code": [code.pk, eti.pk]}).content.decode()
    assert "ETI Base Code" in table
    assert "level-beyond" in table


@pytest.mark.parametrize(
    ("fields", "message"),
    [({"text": ""}, "empty"), ({"text": "x" * 1_000_001}, "rarely over"),
     ({"file": ("code.pdf", b"<html>not a pdf</html>")}, "is not a PDF"),
     ({"file": ("code.pdf", b"%PDF-1.7 broken")}, "not a readable PDF"),
     ({"file": ("code.txt", "Código".encode("latin-1"))}, "not valid UTF-8"),
     ({"file": ("code.docx", b"PK")}, "Upload a PDF, HTML or text")],
)  # fmt: skip
def test_bad_imports_say_why_and_store_nothing(demo, fields, message):
    data = {"name": "Bad", "kind": "company", "text": fields.get("text", "")}
    if "file" in fields:
        name, content = fields["file"]
        data["file"] = SimpleUploadedFile(name, content)
    page = _brand(demo).post("/codes", data)
    assert page.status_code == 200
    assert message in page.content.decode()
    assert not Code.objects.filter(name="Bad").exists()


def test_an_html_upload_keeps_the_text_and_drops_the_markup(demo):
    html = b"<html><style>p{}</style><ol><li>No forced labour.</li><li>Living wages.</li></ol>"
    _brand(demo).post("/codes", {"name": "Html code", "kind": "company", "text": "",
                                 "file": SimpleUploadedFile("c.html", html)})  # fmt: skip
    code = Code.objects.get(name="Html code")
    assert [c.text for c in code.commitments.all()] == ["No forced labour.", "Living wages."]


def test_demo_codes_are_structured_and_loaded_once(demo):
    assert load_demo_codes() == {"codes": 5}
    assert load_demo_codes() == {"codes": 0}
    eti = Code.objects.get(name="ETI Base Code")
    assert eti.commitments.count() == 9
    assert all(c.confirmed for c in eti.commitments.all())
    living = eti.commitments.get(rights=["living-wage"])
    assert living.level == "beyond"
    brand = Code.objects.get(name="Northwind supplier code")
    hours = brand.commitments.get(rights=["working-hours"])
    assert hours.level == "below"  # "more than sixty hours": below the 48 + 12 standard


def test_viewers_and_unions_cannot_import(demo):
    for role in ("brandviewer", "union"):
        client = Client()
        client.force_login(demo[role])
        assert client.post("/codes", {"name": "x", "kind": "company",
                                      "text": NUMBERED_CODE}).status_code == 403  # fmt: skip


def test_the_promise_card_counts_broken_and_remedied_promises(
    demo, django_capture_on_commit_callbacks
):
    from chainrights.codes import services as codes
    from chainrights.core.models import Organisation
    from chainrights.grievances import services as grievances
    from chainrights.grievances.models import State
    from chainrights.registry import services as registry
    from chainrights.registry.models import Facility

    brand = Organisation.objects.get(name="Northwind Apparel")
    with django_capture_on_commit_callbacks(execute=True):
        registry.upload_list(owner=brand, user=demo["brand"], name="l", filename="l.csv",
                             content=b"country,name,address\nBD,Alpha Knit,Ashulia\n", public=True)  # fmt: skip
    facility = Facility.objects.get()
    code = codes.import_code(
        owner=brand,
        user=demo["brand"],
        name="NW",
        text="1. We pay wages on time.\n2. No child labour.",
    )
    codes.confirm(code.commitments.get(number=1), demo["brand"], rights=["wages"])
    for remedied in (True, False):
        case, _ = grievances.file_grievance(grievances.Intake(
            narrative="late pay", facility_id=facility.public_id, rights=("wages",)))  # fmt: skip
        steps = [State.ACKNOWLEDGED, State.ADMISSIBLE, State.INVESTIGATION]
        if remedied:
            steps += [State.PLAN_AGREED, State.REMEDIATED, State.VERIFIED, State.CLOSED]
        for state in steps:
            grievances.transition_case(case, demo["handler"], state, "ok")
    card = {row["right"]: row for row in codes.promise_card(code)}
    assert (card["wages"]["reported"], card["wages"]["remedied"]) == (2, 1)


def test_an_uploaded_document_is_kept_and_the_facility_shows_its_codes(
    demo, django_capture_on_commit_callbacks
):
    from chainrights.core.models import Organisation
    from chainrights.registry import services as registry
    from chainrights.registry.models import Facility

    brand = Organisation.objects.get(name="Northwind Apparel")
    with django_capture_on_commit_callbacks(execute=True):
        registry.upload_list(owner=brand, user=demo["brand"], name="l", filename="l.csv",
                             content=b"country,name,address\nBD,Alpha Knit,Ashulia\n", public=True)  # fmt: skip
    document = b"1. No forced labour.\n2. A living wage.\n"
    _brand(demo).post("/codes", {"name": "NW 2026", "kind": "company", "text": "",
                                 "adopted_on": "2026-01-15",
                                 "file": SimpleUploadedFile("nw.txt", document)})  # fmt: skip
    code = Code.objects.get(name="NW 2026")
    assert bytes(code.source_file) == document
    assert code.source_filename == "nw.txt"
    assert str(code.adopted_on) == "2026-01-15"
    load_demo_codes()
    page = Client().get(f"/facilities/{Facility.objects.get().public_id}").content.decode()
    assert "NW 2026" in page
    assert "Northwind supplier code" in page
    assert "Southbay vendor code" not in page  # Southbay does not source here


def test_a_five_megabyte_paste_gets_a_clear_answer(demo):
    page = _brand(demo).post("/codes", {"name": "Huge", "kind": "company", "text": "x" * 5_000_000})
    assert page.status_code == 413
    assert Code.objects.filter(name="Huge").count() == 0
    assert "larger than the form accepts" in page.content.decode()


def test_a_five_megabyte_paste_in_a_real_browser_post_is_answered_clearly(demo):
    """With CSRF checks on, Django reads the form before the view: the error page explains."""
    client = Client(enforce_csrf_checks=True)
    client.force_login(demo["brand"])
    client.get("/codes")
    token = client.cookies["csrftoken"].value
    page = client.post("/codes", {"name": "Huge", "kind": "company", "text": "x" * 5_000_000,
                                  "csrfmiddlewaretoken": token})  # fmt: skip
    assert page.status_code == 413
    assert "larger than 2 MB" in page.content.decode()
    assert not Code.objects.filter(name="Huge").exists()


def test_a_refused_confirmation_goes_back_to_the_code_with_the_reason(demo):
    client = _brand(demo)
    client.post("/codes", {"name": "Northwind code 2026", "kind": "company", "text": NUMBERED_CODE})
    code = Code.objects.get(name="Northwind code 2026")
    page = f"http://testserver/codes/{code.pk}"
    answer = client.post(f"/codes/{code.pk}", {"number": 3, "level": "excellent"},
                         HTTP_REFERER=page, follow=True)  # fmt: skip
    assert answer.redirect_chain == [(page, 302)]
    assert "level: one of" in answer.content.decode()
    assert not Commitment.objects.get(code=code, number=3).confirmed
