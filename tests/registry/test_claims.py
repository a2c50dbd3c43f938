"""Claims and corrections: a supplier claims its facility, an operator verifies, the owner
corrects; every step attributed in the event log."""

from __future__ import annotations

import pytest

from chainrights.core import events
from chainrights.core.models import Event
from chainrights.registry import claims
from chainrights.registry.models import ClaimStatus, Facility
from tests.conftest import assert_error_shape


@pytest.fixture
def facility(db):
    with events.acting_as(system="test"):
        return Facility.objects.create(country="BD", name="Dhaka Knit", address="Ashulia")


def test_claim_verify_and_correct_with_every_change_attributed(facility, demo):
    claim = claims.claim(facility, demo["supplier"], "Trade licence 12345, call the HR office")
    assert claim.status == ClaimStatus.PENDING
    assert claim.organisation.name == ("Dhaka Knit Composite Ltd")
    with pytest.raises(claims.ClaimError, match="Only the facility's verified owner"):
        claims.correct(facility, demo["supplier"], {"name": "Dhaka Knit Composite"}, "typo")
    claims.decide(claim, demo["handler"], verify=True, reason="licence checked with the BGMEA")
    facility.refresh_from_db()
    assert facility.claimed_by == claim.organisation
    claims.correct(
        facility, demo["supplier"],
        {"name": "Dhaka Knit Composite", "lat": 23.89, "lng": 90.32}, "our registered name",
    )  # fmt: skip
    facility.refresh_from_db()
    assert facility.name == "Dhaka Knit Composite"
    assert facility.lat == 23.89
    change = Event.objects.filter(tag="facility.updated", object_id=str(facility.pk)).latest("seq")
    assert change.actor == demo["supplier"]
    assert change.reason == "our registered name"
    assert change.before["name"] == "Dhaka Knit"
    assert change.after["name"] == "Dhaka Knit Composite"
    assert "dhaka knit composite" in Facility.objects.get(pk=facility.pk).search_text


def test_who_may_claim_decide_and_correct(facility, demo):
    for role in ("brand", "auditor", "union", "operator"):
        with pytest.raises(claims.ClaimError, match="Only editors of a supplier"):
            claims.claim(facility, demo[role], "it is ours")
    claim = claims.claim(facility, demo["supplier"], "licence")
    with pytest.raises(claims.ClaimError, match="already waiting"):
        claims.claim(facility, demo["supplier"], "licence again")
    for role in ("brand", "supplier", "brandviewer"):
        with pytest.raises(claims.ClaimError, match="Only operators"):
            claims.decide(claim, demo[role], verify=True, reason="ok")
    with pytest.raises(claims.ClaimError, match="reason"):
        claims.decide(claim, demo["handler"], verify=True, reason=" ")
    claims.decide(claim, demo["handler"], verify=False, reason="no licence shown")
    with pytest.raises(claims.ClaimError, match="decided already"):
        claims.decide(claim, demo["handler"], verify=True, reason="changed my mind")
    assert not claims.may_correct(facility, demo["supplier"])  # a rejected claim grants nothing


@pytest.mark.parametrize(
    ("changes", "message"),
    [({"lat": 91.0, "lng": 0.0}, "degrees"), ({"lat": 10.0}, "together"),
     ({"name": "  "}, "empty"), ({"country": "CN"}, "cannot be corrected")],
)  # fmt: skip
def test_bad_corrections_are_refused_and_change_nothing(facility, demo, changes, message):
    with pytest.raises(claims.ClaimError, match=message):
        claims.correct(facility, demo["handler"], changes, "fix")
    facility.refresh_from_db()
    assert facility.name == "Dhaka Knit"
    assert facility.lat is None


def test_claim_pages_flow(facility, demo, client):
    client.force_login(demo["supplier"])
    page = client.get(f"/facilities/{facility.public_id}").content.decode()
    assert "Claim it" in page
    assert "Correct this facility" not in page
    client.post(f"/facilities/{facility.public_id}/claim", {"evidence": "licence 42"})
    assert "licence 42" in client.get("/claims").content.decode()
    operator = client.__class__()
    operator.force_login(demo["handler"])
    claim = facility.claims.get()
    operator.post(f"/claims/{claim.pk}/decide", {"verdict": "verify", "reason": "seen"})
    page = client.get(f"/facilities/{facility.public_id}").content.decode()
    assert "Correct this facility" in page
    assert "Claimed by its operator" in page
    client.post(f"/facilities/{facility.public_id}/correct",
                {"name": "Dhaka Knit Ltd", "address": "Ashulia", "lat": "23.9", "lng": "90.3",
                 "reason": "registered name"})  # fmt: skip
    page = client.get(f"/facilities/{facility.public_id}").content.decode()
    assert "Dhaka Knit Ltd" in page
    assert "registered name" in page
    assert "countries-110m.json" in page  # located now, so mapped


def test_a_correction_with_a_coordinate_that_is_no_number_goes_back_with_the_reason(
    facility, demo, client
):
    claims.claim(facility, demo["supplier"], "licence 42")
    claims.decide(facility.claims.get(), demo["handler"], verify=True, reason="seen")
    client.force_login(demo["supplier"])
    page = f"http://testserver/facilities/{facility.public_id}"
    refused = client.post(f"/facilities/{facility.public_id}/correct",
                          {"name": "Dhaka Knit Ltd", "lat": "north", "lng": "90.3",
                           "reason": "registered name"}, HTTP_REFERER=page)  # fmt: skip
    assert refused.status_code == 302
    assert refused["Location"] == page
    assert "lat and lng must be numbers in degrees." in client.get(page).content.decode()
    facility.refresh_from_db()
    assert facility.name != "Dhaka Knit Ltd"
    assert facility.lat is None


def test_claims_api(facility, api_for):
    supplier, handler = api_for("supplier"), api_for("handler")
    created = supplier.send("POST", f"/api/v1/facilities/{facility.public_id}/claims",
                            {"evidence": "licence"})  # fmt: skip
    assert created.status_code == 201
    claim_id = created.json()["id"]
    assert [c["id"] for c in supplier.send("GET", "/api/v1/claims").json()] == [claim_id]
    decided = handler.send("POST", f"/api/v1/claims/{claim_id}/decision",
                           {"verify": True, "reason": "seen"})  # fmt: skip
    assert decided.json()["status"] == "verified"
    patched = supplier.send("PATCH", f"/api/v1/facilities/{facility.public_id}",
                            {"address": "Plot 5, Ashulia", "reason": "full address"})  # fmt: skip
    assert patched.status_code == 200
    assert patched.json()["address"] == "Plot 5, Ashulia"
    again = handler.send("POST", f"/api/v1/claims/{claim_id}/decision",
                         {"verify": False, "reason": "x"})  # fmt: skip
    assert again.status_code == 409


@pytest.mark.parametrize("field", ["name", "address"])
def test_a_correction_to_null_is_refused_and_changes_nothing(facility, api_for, field):
    operator = api_for("operator")
    response = operator.send("PATCH", f"/api/v1/facilities/{facility.public_id}",
                             {field: None, "reason": "clear it"})  # fmt: skip
    error = assert_error_shape(response, 422)
    assert error["details"][0]["field"] == f"body.payload.{field}"
    facility.refresh_from_db()
    assert (facility.name, facility.address) == ("Dhaka Knit", "Ashulia")


def test_a_correction_may_clear_the_location(facility, api_for):
    with events.acting_as(system="test"):
        facility.lat, facility.lng = 23.9, 90.3
        facility.save()
    response = api_for("operator").send("PATCH", f"/api/v1/facilities/{facility.public_id}",
                                        {"lat": None, "lng": None, "reason": "wrong pin"})  # fmt: skip
    assert response.status_code == 200, response.content
    facility.refresh_from_db()
    assert facility.lat is None
    assert facility.lng is None


PDF = b"%PDF-1.7\n" + b"0" * 200


def _signed_in(user):
    from django.test import Client

    client = Client()
    client.force_login(user)
    return client


def _public_facility():
    from chainrights.core import events
    from chainrights.registry.models import Facility

    with events.acting_as(system="test"):
        return Facility.objects.create(country="BD", name="Evidence Knit", address="Gazipur")


def test_a_claim_carries_a_document_the_operator_downloads(demo):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from chainrights.core.models import Event
    from chainrights.registry.models import FacilityClaim

    facility = _public_facility()
    supplier = _signed_in(demo["supplier"])
    response = supplier.post(f"/facilities/{facility.public_id}/claim",
                             {"evidence": "trade licence attached",
                              "file": SimpleUploadedFile("licence.pdf", PDF)})  # fmt: skip
    assert response.status_code == 302
    claim = FacilityClaim.objects.get(facility=facility)
    assert (claim.evidence_filename, claim.evidence_type) == ("licence.pdf", "application/pdf")
    created = Event.objects.get(object_type="registry.facilityclaim", object_id=str(claim.pk))
    assert created.after["evidence_file"] == events.REDACTED  # the bytes stay out of the log
    assert created.after["evidence_sha256"] == claim.evidence_sha256
    queue = _signed_in(demo["handler"]).get("/claims").content.decode()
    assert f"/claims/{claim.pk}/evidence" in queue
    download = _signed_in(demo["handler"]).get(f"/claims/{claim.pk}/evidence")
    assert download.status_code == 200
    assert download.content == PDF
    assert download["Content-Disposition"].startswith("attachment")
    assert download["X-Content-Type-Options"] == "nosniff"
    assert supplier.get(f"/claims/{claim.pk}/evidence").status_code == 200  # its own
    for other in ("brand", "auditor", "union"):
        assert _signed_in(demo[other]).get(f"/claims/{claim.pk}/evidence").status_code == 404


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("licence.pdf", b"MZ\x90 not a pdf", "not really a PDF"),
        ("licence.txt", "licence".encode("utf-16"), "not UTF-8"),
        ("licence.svg", b"<svg onload=alert(1)>", "attach one of"),
        ("licence.png", b"", "empty"),
    ],
)
def test_a_claim_with_a_bad_document_is_refused_and_nothing_stored(demo, name, content, reason):
    from chainrights.core.refusals import Refusal
    from chainrights.registry.models import FacilityClaim

    facility = _public_facility()
    with pytest.raises(Refusal, match=reason):
        claims.claim(facility, demo["supplier"], "licence", (name, content))
    assert not FacilityClaim.objects.filter(facility=facility).exists()
