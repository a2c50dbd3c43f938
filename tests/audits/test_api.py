"""The audit API end to end: record, refuse with named problems, import, export, plan
actions, verify, share, load and capacity building."""

from __future__ import annotations

import json

from django.core.files.uploadedfile import SimpleUploadedFile

from chainrights.audits.models import Audit
from tests.conftest import ApiClient, assert_error_shape
from tests.factories import audit_raw


def test_an_auditor_records_an_audit_and_the_plan_runs_to_verification(
    demo, claimed_facility, api_for
):
    auditor, supplier, brand = api_for("auditor"), api_for("supplier"), api_for("brand")
    created = auditor.send("POST", "/api/v1/audits", audit_raw(
        claimed_facility, visibility="shared", share_with=["Northwind Apparel"]))  # fmt: skip
    assert created.status_code == 201, created.content
    audit = created.json()
    assert [f["right"] for f in audit["findings"]] == ["excessive-overtime",
                                                       "building-and-fire-safety"]  # fmt: skip
    fire = audit["findings"][1]["id"]
    proposed = supplier.send("POST", f"/api/v1/findings/{fire}/actions",
                             {"description": "Unlock exits", "deadline": "2027-01-31"})  # fmt: skip
    assert proposed.status_code == 201
    assert proposed.json()["status"] == "open"
    action = proposed.json()["id"]
    assert (
        supplier.send("PATCH", f"/api/v1/actions/{action}", {"status": "done"}).status_code == 200
    )
    note = brand.send("POST", f"/api/v1/actions/{action}/comments", {"text": "Photos please."})
    assert note.status_code == 201
    assert note.json()["organisation"] == "Northwind Apparel"
    refused = supplier.send("POST", f"/api/v1/actions/{action}/verification",
                            {"method": "document_review", "note": "done"})  # fmt: skip
    assert_error_shape(refused, 403)
    verified = api_for("operator").send("POST", f"/api/v1/actions/{action}/verification",
                                        {"method": "worker_interview", "note": "Exits open"})  # fmt: skip
    assert verified.status_code == 200
    assert verified.json()["status"] == "verified"
    listed = brand.get_json(f"/api/v1/facilities/{claimed_facility.public_id}/audits").json()
    statuses = {a["id"]: a["status"] for f in listed[0]["findings"] for a in f["actions"]}
    assert statuses[action] == "verified"
    assert set(statuses.values()) <= {"open", "in_progress", "done", "verified", "overdue"}


def test_a_bad_audit_answers_422_naming_each_field_and_stores_nothing(
    demo, claimed_facility, api_for
):
    body = audit_raw(claimed_facility, start_date="2099-01-01", scheme="SMETA")
    body["findings"][0]["severity"] = "catastrophic"
    response = api_for("auditor").send("POST", "/api/v1/audits", body)
    error = assert_error_shape(response, 422)
    fields = {d["field"] for d in error["details"]}
    assert {"body.start_date", "body.findings[0].severity"} <= fields
    assert Audit.objects.count() == 0


def test_import_and_export_through_the_api(demo, claimed_facility, api_for,
                                           django_capture_on_commit_callbacks):  # fmt: skip
    auditor = api_for("auditor")
    content = json.dumps(
        {"audits": [audit_raw(claimed_facility), audit_raw(claimed_facility, reference="A-2")]}
    )
    upload = SimpleUploadedFile("audits.json", content.encode(), "application/json")
    with django_capture_on_commit_callbacks(execute=True):  # the worker imports it
        response = auditor.post("/api/v1/audits/import", {"file": upload},
                                headers=auditor._headers({}))  # fmt: skip
    assert response.status_code == 202
    assert auditor.get_json(response.json()["url"]).json()["created"] == 2
    again = SimpleUploadedFile("audits.json", content.encode(), "application/json")
    with django_capture_on_commit_callbacks(execute=True):
        refused = auditor.post("/api/v1/audits/import", {"file": again},
                               headers=auditor._headers({}))  # fmt: skip
    details = auditor.get_json(refused.json()["url"]).json()["problems"]
    assert details[0]["field"] == "audits[0].reference"
    assert "already recorded" in details[0]["reason"]
    exported = auditor.get_json("/api/v1/audits/export?format=json").json()
    assert sorted(a["reference"] for a in exported["audits"]) == ["A-1", "A-2"]
    as_csv = auditor.get_json("/api/v1/audits/export?format=csv").content.decode()
    assert as_csv.splitlines()[0].startswith("reference,facility_id,scheme")
    assert ApiClient().get_json("/api/v1/audits/export?format=json").json() == {"audits": []}


def test_the_owner_edits_shares_and_deletes(demo, claimed_facility, api_for):
    auditor = api_for("auditor")
    audit = auditor.send("POST", "/api/v1/audits", audit_raw(claimed_facility)).json()
    changed = auditor.send("PATCH", f"/api/v1/audits/{audit['id']}",
                           {"visibility": "public", "publication": "summary",
                            "summary": "Two findings, one corrected."})  # fmt: skip
    assert changed.json()["visibility"] == "public"
    public = ApiClient().get_json(f"/api/v1/audits/{audit['id']}").json()
    assert public["access"] == "summary"
    assert "description" not in public["findings"][0]
    shared = auditor.send("POST", f"/api/v1/audits/{audit['id']}/shares",
                          {"organisations": ["Southbay Outfitters"]})  # fmt: skip
    assert shared.json() == {"shared_with": ["Southbay Outfitters"]}
    unknown = auditor.send("POST", f"/api/v1/audits/{audit['id']}/shares",
                           {"organisations": ["Nobody Inc"]})  # fmt: skip
    assert "Nobody Inc" in assert_error_shape(unknown, 400)["message"]
    no_reason = assert_error_shape(auditor.send("DELETE", f"/api/v1/audits/{audit['id']}"), 422)
    assert no_reason["details"][0]["field"] == "query.reason"
    gone = auditor.send("DELETE", f"/api/v1/audits/{audit['id']}?reason=duplicate")
    assert gone.status_code == 204
    assert not Audit.objects.exists()


def test_findings_are_added_with_the_schemes_scale(demo, claimed_facility, api_for):
    auditor = api_for("auditor")
    audit = auditor.send("POST", "/api/v1/audits", audit_raw(claimed_facility)).json()
    added = auditor.send("POST", f"/api/v1/audits/{audit['id']}/findings",
                         {"right": "child-labour", "severity": "business critical",
                          "description": "A 14-year-old in packing."})  # fmt: skip
    assert added.status_code == 201
    assert (added.json()["number"], added.json()["severity"]) == (3, "zero_tolerance")
    bad = auditor.send("POST", f"/api/v1/audits/{audit['id']}/findings",
                       {"right": "child-labour", "severity": "D", "description": "x"})  # fmt: skip
    assert "SMETA" in assert_error_shape(bad, 422)["details"][0]["reason"]


def test_load_signals_and_capacity_endpoints(demo, claimed_facility, api_for):
    auditor = api_for("auditor")
    for ref in ("A-1", "A-2", "A-3"):
        auditor.send("POST", "/api/v1/audits", audit_raw(claimed_facility, reference=ref,
                                                        visibility="public"))  # fmt: skip
    load = ApiClient().get_json("/api/v1/audits/load").json()
    assert load["load"][0]["audits"] == 3
    assert load["load"][0]["fatigued"] is True
    found = (
        ApiClient()
        .get_json(f"/api/v1/facilities/{claimed_facility.public_id}/audit-signals")
        .json()
    )
    assert "always_announced" in {s["kind"] for s in found}
    supplier = api_for("supplier")
    committee = supplier.send("POST", "/api/v1/capacity", {
        "facility_id": claimed_facility.public_id, "kind": "committee", "title": "OSH committee",
        "rights": ["occupational-safety-and-health"], "start_date": "2026-01-10",
        "participants": [{"role": "committee_members", "women": 3, "men": 2}], "public": True})  # fmt: skip
    assert committee.status_code == 201, committee.content
    meeting = supplier.send("POST", f"/api/v1/capacity/{committee.json()['id']}/meetings",
                            {"held_on": "2026-02-01", "worker_members": 3,
                             "management_members": 2, "women": 3})  # fmt: skip
    assert meeting.status_code == 201
    listed = (
        ApiClient().get_json(f"/api/v1/capacity?facility_id={claimed_facility.public_id}").json()
    )
    assert listed["items"][0]["meetings"][0]["women"] == 3
    bad = supplier.send("POST", "/api/v1/capacity", {
        "facility_id": claimed_facility.public_id, "kind": "party", "title": "x",
        "start_date": "2026-01-10"})  # fmt: skip
    assert "kind" in assert_error_shape(bad, 400)["message"]


def test_owners_correct_and_remove_audits_findings_and_actions(demo, claimed_facility, api_for):
    auditor, supplier = api_for("auditor"), api_for("supplier")
    audit = auditor.send("POST", "/api/v1/audits", audit_raw(claimed_facility)).json()
    fixed = auditor.send("PATCH", f"/api/v1/audits/{audit['id']}",
                         {"audit_type": "unannounced", "interviews_off_site_men": 7,
                          "reason": "typed from the wrong sheet"})  # fmt: skip
    assert fixed.status_code == 200, fixed.content
    assert fixed.json()["audit_type"] == "unannounced"
    assert fixed.json()["interviews"]["off_site"]["men"] == 7
    bad = auditor.send("PATCH", f"/api/v1/audits/{audit['id']}", {"end_date": "2099-01-01"})
    assert assert_error_shape(bad, 422)["details"][0]["field"] == "body.end_date"
    finding = audit["findings"][1]["id"]
    corrected = auditor.send("PATCH", f"/api/v1/findings/{finding}",
                             {"severity": "business critical", "reason": "second look"})  # fmt: skip
    assert corrected.json()["severity"] == "zero_tolerance"
    refused = supplier.send("PATCH", f"/api/v1/findings/{finding}", {"severity": "observation"})
    assert_error_shape(refused, 403)
    action = audit["findings"][0]["actions"][0]["id"]
    moved = auditor.send("PATCH", f"/api/v1/actions/{action}", {"deadline": "2027-03-31"})
    assert "why the deadline moves" in assert_error_shape(moved, 400)["message"]
    moved = auditor.send("PATCH", f"/api/v1/actions/{action}",
                         {"deadline": "2027-03-31", "note": "new machines arrive in March"})  # fmt: skip
    assert moved.json()["deadline"] == "2027-03-31"
    assert moved.json()["status"] == "open"
    assert_error_shape(supplier.send("DELETE", f"/api/v1/actions/{action}?reason=x"), 403)
    assert auditor.send("DELETE", f"/api/v1/actions/{action}?reason=merged").status_code == 204
    assert auditor.send("DELETE", f"/api/v1/findings/{finding}?reason=dup").status_code == 204
    left = auditor.get_json(f"/api/v1/audits/{audit['id']}").json()["findings"]
    assert [(f["number"], f["actions"]) for f in left] == [(1, [])]


def test_corrections_with_bad_values_are_refused_naming_the_field(demo, claimed_facility, api_for):
    auditor = api_for("auditor")
    audit = auditor.send("POST", "/api/v1/audits", audit_raw(claimed_facility)).json()
    finding = audit["findings"][0]
    bad = auditor.send("PATCH", f"/api/v1/findings/{finding['id']}", {"right": "happiness"})
    assert assert_error_shape(bad, 422)["details"][0]["field"] == "body.right"
    action = finding["actions"][0]["id"]
    bad = auditor.send("PATCH", f"/api/v1/actions/{action}", {"root_cause_kind": "fate"})
    assert "root_cause_kind" in assert_error_shape(bad, 400)["message"]
    supplier = api_for("supplier")
    committee = supplier.send("POST", "/api/v1/capacity", {
        "facility_id": claimed_facility.public_id, "kind": "committee", "title": "OSH",
        "start_date": "2026-01-10"}).json()  # fmt: skip
    crowded = supplier.send("POST", f"/api/v1/capacity/{committee['id']}/meetings",
                            {"held_on": "2026-02-01", "worker_members": 1,
                             "management_members": 1, "women": 9})  # fmt: skip
    assert "more than the members" in assert_error_shape(crowded, 400)["message"]
    unchanged = auditor.get_json(f"/api/v1/audits/{audit['id']}").json()["findings"][0]
    assert unchanged["right"] == "excessive-overtime"
