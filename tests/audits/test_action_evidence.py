"""Evidence of a corrective action's progress, attached by those who carry it out: checked by
its bytes, size-limited, seen by whoever sees the audit in full, served as a download."""

from __future__ import annotations

from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from chainrights.audits import services
from chainrights.audits.models import AuditDocument
from chainrights.core import refusals
from chainrights.core.models import Event
from tests.factories import audit_raw

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.fixture
def action(demo, record, claimed_facility):
    audit = record(
        audit_raw(claimed_facility, visibility="shared", share_with=["Northwind Apparel"])
    )
    return services.propose_action(audit.findings.get(number=1), demo["supplier"],
                                   description="Unlock the exits; a daily check.",
                                   deadline=date(2026, 12, 1))  # fmt: skip


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _attach(user, action, name: str, content: bytes):
    return _client(user).post(f"/audits/actions/{action.pk}/evidence",
                              {"file": SimpleUploadedFile(name, content)})  # fmt: skip


def test_the_supplier_attaches_a_photo_that_the_brand_downloads(demo, action):
    response = _attach(demo["supplier"], action, "exit.png", PNG)
    assert response.status_code == 302
    assert response["Location"].endswith(f"#a{action.pk}")
    (document,) = AuditDocument.objects.filter(action=action)
    assert (document.filename, document.content_type, document.size) == (
        "exit.png",
        "image/png",
        len(PNG),
    )
    assert Event.objects.filter(object_type="audits.auditdocument", object_id=str(document.pk),
                                reason="action evidence attached").exists()  # fmt: skip
    audit_page = f"/audits/{action.finding.audit_id}"
    brand = _client(demo["brand"])
    html = brand.get(audit_page).content.decode()
    link = f"/audits/{action.finding.audit_id}/documents/{document.pk}"
    assert link in html
    assert "exit.png" in html
    download = brand.get(link)
    assert download.status_code == 200
    assert download.content == PNG
    assert download["Content-Disposition"].startswith("attachment")
    assert download["X-Content-Type-Options"] == "nosniff"
    assert Client().get(link).status_code in (403, 404)  # the public sees no shared audit


def test_only_those_who_carry_the_action_out_attach_evidence(demo, action):
    for who in ("brand", "brandviewer", "union"):
        assert _attach(demo[who], action, "exit.png", PNG).status_code in (403, 404), who
    assert not AuditDocument.objects.filter(action=action).exists()
    assert Client().post(f"/audits/actions/{action.pk}/evidence").status_code == 302  # sign in


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("exit.pdf", b"MZ\x90\x00 a program", "not really a PDF"),
        ("exit.png", b"GIF89a", "not really a PNG"),
        ("payslips.csv", "name,pay\nAkter,12000\n".encode("utf-16"), "not UTF-8"),
        ("notes.txt", b"line\x00line", "NUL bytes"),
        ("exit.png", b"", "empty"),
        ("exit.html", b"<script>alert(1)</script>", "attach one of"),
        ("exit", b"%PDF-1.7", "attach one of"),
    ],
)
def test_a_hostile_or_broken_file_is_refused_with_its_reason_and_nothing_stored(
    demo, action, name, content, reason
):
    before = AuditDocument.objects.count()
    with pytest.raises(refusals.Refusal, match=reason):
        services.attach_action_evidence(action, demo["supplier"], name, content)
    assert AuditDocument.objects.count() == before
    client = _client(demo["supplier"])
    response = client.post(f"/audits/actions/{action.pk}/evidence",
                           {"file": SimpleUploadedFile(name, content)}, follow=True)  # fmt: skip
    assert response.status_code == 200
    assert AuditDocument.objects.count() == before


def test_a_file_over_ten_megabytes_is_refused(demo, action):
    big = b"%PDF" + b"0" * services.MAX_DOCUMENT
    with pytest.raises(refusals.TooLarge, match="larger than 10 MB"):
        services.attach_action_evidence(action, demo["supplier"], "plan.pdf", big)
    assert not AuditDocument.objects.filter(action=action).exists()


def test_action_evidence_is_not_listed_among_the_audits_own_documents(demo, action):
    services.attach_action_evidence(action, demo["supplier"], "exit.png", PNG)
    html = _client(demo["auditor"]).get(f"/audits/{action.finding.audit_id}").content.decode()
    documents = html.split('id="documents"', 1)[1].split("</ul>", 1)[0]
    assert "exit.png" not in documents
    assert "None attached." in documents
