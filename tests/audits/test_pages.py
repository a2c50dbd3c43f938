"""Audit pages: the import report, documents, capacity building, the facility page's audit
section and the demo audits."""

from __future__ import annotations

from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from chainrights.audits.models import Audit, AuditDocument, CapacityActivity
from tests.factories import audit_raw


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _import_page(user: Any, name: str, content: bytes, capture: Any) -> str:
    """Upload on the page, let the worker import it, and read the import's report page."""
    client = _client(user)
    with capture(execute=True):
        response = client.post("/audits/import", {"file": SimpleUploadedFile(name, content)})
    assert response.status_code == 302
    return client.get(response["Location"]).content.decode()


def test_a_refused_import_shows_every_problem_and_stores_nothing(
    demo, claimed_facility, django_capture_on_commit_callbacks
):
    content = (b"reference,facility_id,scheme,audit_type,start_date,end_date,right,severity,"
               b"description\nX-1,CRNOPE,SMETA,announced,2026-01-01,2026-01-02,child-labour,"
               b"catastrophic,Under 15\n")  # fmt: skip
    page = _import_page(demo["auditor"], "a.csv", content, django_capture_on_commit_callbacks)
    assert "Nothing was imported" in page
    assert "row 2" in page
    assert "no facility has the ID" in page
    assert Audit.objects.count() == 0


def test_an_unreadable_file_gets_one_clear_message(demo, django_capture_on_commit_callbacks):
    page = _import_page(demo["auditor"], "a.json", b"{oops", django_capture_on_commit_callbacks)
    assert "not valid JSON" in page


def test_documents_are_attached_by_the_owner_and_served_as_downloads(
    demo, record, claimed_facility
):
    audit = record(audit_raw(claimed_facility))
    owner = _client(demo["auditor"])
    response = owner.post(f"/audits/{audit.pk}/documents",
                          {"file": SimpleUploadedFile("report.pdf", b"%PDF-1.7 report")})  # fmt: skip
    assert response.status_code == 302
    document = AuditDocument.objects.get()
    download = _client(demo["supplier"]).get(f"/audits/{audit.pk}/documents/{document.pk}")
    assert download.content == b"%PDF-1.7 report"
    assert download["Content-Disposition"].startswith("attachment;")
    assert download["X-Content-Type-Options"] == "nosniff"
    fake = owner.post(f"/audits/{audit.pk}/documents",
                      {"file": SimpleUploadedFile("report.pdf", b"<script>")})  # fmt: skip
    assert fake.status_code == 302
    assert AuditDocument.objects.count() == 1
    assert Client().get(f"/audits/{audit.pk}/documents/{document.pk}").status_code == 404


def test_capacity_building_is_recorded_on_its_page(demo, record, claimed_facility):
    audit = record(audit_raw(claimed_facility))
    action = audit.findings.get(number=1).actions.get()
    supplier = _client(demo["supplier"])
    form = supplier.get("/audits/capacity").content.decode()
    # choosers, not raw IDs: the facility it runs, the rights by name, its open actions
    assert f'<option value="{claimed_facility.public_id}">' in form
    assert 'type="checkbox" name="rights" value="working-hours"' in form
    assert f'type="checkbox" name="actions" value="{action.pk}"' in form
    assert "comma-separated" not in form
    response = supplier.post("/audits/capacity", {
        "facility_id": claimed_facility.public_id, "kind": "training", "title": "Voluntary overtime",
        "rights": ["working-hours", "excessive-overtime"], "start_date": "2026-04-01",
        "workers_women": 20, "workers_men": 9, "managers": 4, "actions": [action.pk]})  # fmt: skip
    assert response.status_code == 302
    training = CapacityActivity.objects.get()
    assert training.participant_total() == 33
    assert list(training.actions.all()) == [action]
    assert sorted(training.rights) == ["excessive-overtime", "working-hours"]
    hostile = supplier.post("/audits/capacity", {
        "facility_id": claimed_facility.public_id, "kind": "training", "title": "x",
        "rights": ["not-a-right"], "start_date": "2026-04-01", "actions": ["999999", "x"],
        "workers_women": 0, "workers_men": 0, "managers": 0})  # fmt: skip
    assert hostile.status_code == 200  # named on the form, nothing stored
    assert CapacityActivity.objects.count() == 1
    bad = _client(demo["supplier"]).post("/audits/capacity", {
        "facility_id": "CRNOPE", "kind": "training", "title": "x", "start_date": "2026-04-01",
        "workers_women": 0, "workers_men": 0, "managers": 0})  # fmt: skip
    assert bad.status_code == 200
    assert "No facility has this ID" in bad.content.decode()


def test_the_facility_page_shows_the_audits_the_viewer_may_see(demo, record, claimed_facility):
    record(audit_raw(claimed_facility, visibility="public", publication="summary"))
    record(audit_raw(claimed_facility, reference="A-2"))  # private
    public = Client().get(f"/facilities/{claimed_facility.public_id}").content.decode()
    assert public.count("SMETA (Sedex) March 2, 2026") == 1
    assert "summary" in public
    assert "Codes of conduct that apply here" in public  # the codes panel still shows
    insider = (
        _client(demo["supplier"]).get(f"/facilities/{claimed_facility.public_id}").content.decode()
    )
    assert insider.count("SMETA (Sedex) March 2, 2026") == 2


def test_demo_audits_load_once_with_plans_in_every_state(demo):
    from chainrights.audits.demo import load_demo_audits
    from chainrights.audits.models import Action
    from chainrights.registry.demo import load_demo_lists

    load_demo_lists()
    assert load_demo_audits() == {"audits": 4, "inspector_trainings": 2}
    assert load_demo_audits() == {"audits": 0, "inspector_trainings": 0}
    statuses = {a.effective_status() for a in Action.objects.all()}
    assert statuses == {"open", "done", "verified", "overdue"}  # in progress but late: overdue
    assert Action.objects.filter(root_cause_kind="purchasing_practice", owner="brand").exists()
    assert CapacityActivity.objects.filter(kind="committee").get().meetings.count() == 2


def test_an_incomplete_action_form_is_refused_without_storing(demo, record, claimed_facility):
    from chainrights.audits.models import Action

    audit = record(audit_raw(claimed_facility))
    finding = audit.findings.get(number=2)
    response = _client(demo["supplier"]).post(f"/audits/findings/{finding.pk}/actions",
                                              {"description": "Unlock exits"})  # fmt: skip
    assert response.status_code == 302
    assert response["Location"].endswith("#f2")
    assert not Action.objects.filter(finding=finding).exists()
