"""Corrective action plans: who proposes, who reports progress, who verifies (never those who
did the work), comments, and the status every reader sees."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from chainrights.audits import deadlines, services
from chainrights.audits.models import Action
from chainrights.core import refusals
from chainrights.core.models import Event
from tests.factories import audit_raw


@pytest.fixture
def audit(record, claimed_facility):
    return record(
        audit_raw(claimed_facility, visibility="shared", share_with=["Northwind Apparel"])
    )


def _finding(audit, number=1):
    return audit.findings.get(number=number)


def test_the_supplier_proposes_and_reports_progress_and_an_operator_verifies(demo, audit):
    action = services.propose_action(_finding(audit, 2), demo["supplier"],
                                     description="Unlock exits; daily check.",
                                     deadline=date(2026, 12, 1))  # fmt: skip
    assert action.proposed_by.name == "Dhaka Knit Composite Ltd"
    assert action.owner == "supplier"
    services.set_status(action, demo["supplier"], "in_progress")
    services.set_status(action, demo["supplier"], "done")
    with pytest.raises(services.AuditError, match="someone other"):
        services.verify_action(action, demo["supplier"], method="document_review", note="ok")
    services.verify_action(action, demo["operator"], method="worker_interview",
                           note="Workers confirm exits open.")  # fmt: skip
    action.refresh_from_db()
    assert action.status == "verified"
    assert action.verified_by_org.name == "Fair Supply Initiative"
    assert Event.objects.filter(object_type="audits.action", object_id=str(action.pk),
                                reason="action verified").exists()  # fmt: skip
    with pytest.raises(services.AuditError, match="cannot become"):
        services.set_status(action, demo["supplier"], "open")


def test_a_brand_records_its_own_part_of_the_plan_and_cannot_verify_it(demo, audit):
    action = services.propose_action(
        _finding(audit), demo["brand"], description="Freeze order changes 30 days before "
        "shipment.", deadline=date(2026, 12, 1), root_cause_kind="purchasing_practice",
        brand_contribution="Pay for re-planned capacity.")  # fmt: skip
    assert action.owner == "brand"
    assert action.brand.name == "Northwind Apparel"
    services.set_status(action, demo["brand"], "done")
    with pytest.raises(services.AuditError, match="someone other"):
        services.verify_action(action, demo["brand"], method="document_review", note="done")
    services.verify_action(action, demo["auditor"], method="document_review", note="Calendar seen")


def test_a_viewer_or_a_stranger_cannot_touch_the_plan(demo, audit):
    finding = _finding(audit)
    for user in ("brandviewer", "union", "inspector"):
        with pytest.raises(services.AuditError):
            services.propose_action(finding, demo[user], description="x",
                                    deadline=date(2026, 12, 1))  # fmt: skip
    action = finding.actions.get()
    with pytest.raises(services.AuditError, match="Only those who carry"):
        services.set_status(action, demo["brand"], "done")  # a supplier action
    with pytest.raises(services.AuditError):
        services.comment(action, demo["union"], "hello")


def test_only_a_done_action_is_verified_and_a_verifier_can_send_it_back(demo, audit):
    action = _finding(audit).actions.get()
    with pytest.raises(services.AuditError, match="reported done"):
        services.verify_action(action, demo["operator"], method="document_review", note="x")
    services.set_status(action, demo["supplier"], "done")
    services.reject_verification(action, demo["operator"], "Time records still show 70 hours.")
    action.refresh_from_db()
    assert action.status == "in_progress"
    assert action.done_at is None
    assert "70 hours" in action.comments.get().text


def test_comments_come_from_those_who_see_the_whole_audit(demo, audit):
    action = _finding(audit).actions.get()
    note = services.comment(action, demo["brand"], "We can share our forecast earlier.")
    assert note.organisation.name == "Northwind Apparel"


def test_status_is_overdue_once_the_deadline_passed_unfinished(demo, audit, api_for):
    action = _finding(audit).actions.get()
    past = deadlines.today_everywhere() - timedelta(days=3)
    from chainrights.core import events

    with events.acting_as(system="test"):
        action.deadline = past
        action.save()
    body = api_for("brand").get_json(f"/api/v1/facilities/{audit.facility.public_id}/audits").json()
    statuses = [a["status"] for f in body[0]["findings"] for a in f["actions"]]
    assert statuses == ["overdue"]
    services.set_status(action, demo["supplier"], "done")
    body = api_for("brand").get_json(f"/api/v1/facilities/{audit.facility.public_id}/audits").json()
    assert body[0]["findings"][0]["actions"][0]["status"] == "done"


def test_a_repeat_finding_points_at_the_earlier_one(record, claimed_facility):
    first = record(audit_raw(claimed_facility))
    second = record(audit_raw(claimed_facility, reference="A-2", start_date="2026-09-01",
                              end_date="2026-09-02"))  # fmt: skip
    overtime = second.findings.get(right__code="excessive-overtime")
    assert overtime.repeat_of == first.findings.get(right__code="excessive-overtime")
    earlier = record(audit_raw(claimed_facility, reference="A-0", start_date="2025-09-01",
                               end_date="2025-09-02"))  # fmt: skip
    first_overtime = first.findings.get(right__code="excessive-overtime")
    first_overtime.refresh_from_db()
    assert first_overtime.repeat_of == earlier.findings.get(right__code="excessive-overtime")


def test_a_supplier_records_audits_only_of_facilities_it_runs(demo, orgs, claimed_facility):
    from chainrights.audits.validation import Checker, check_audit
    from tests.factories import FacilityFactory

    other = FacilityFactory(name="Someone Else Garments")
    draft = check_audit(audit_raw(other), "t", Checker(orgs["Dhaka Knit Composite Ltd"]))
    with pytest.raises(services.AuditError, match="claimed"):
        services.create_audits(orgs["Dhaka Knit Composite Ltd"], demo["supplier"], [draft])
    own = check_audit(audit_raw(claimed_facility), "t", Checker(orgs["Dhaka Knit Composite Ltd"]))
    assert services.create_audits(orgs["Dhaka Knit Composite Ltd"], demo["supplier"], [own])


def test_documents_must_be_what_their_name_says(demo, audit):
    with pytest.raises(refusals.Invalid, match="not really a PDF"):
        services.attach_document(audit, demo["auditor"], "report.pdf", b"<html>")
    with pytest.raises(refusals.Invalid, match="attach one of"):
        services.attach_document(audit, demo["auditor"], "report.exe", b"MZ")
    with pytest.raises(refusals.TooLarge, match="larger than"):
        services.attach_document(audit, demo["auditor"], "r.pdf", b"%PDF" + b"0" * 11_000_000)
    with pytest.raises(services.AuditError, match="owner"):
        services.attach_document(audit, demo["brand"], "r.pdf", b"%PDF-1.7")
    document = services.attach_document(audit, demo["auditor"], "report.pdf", b"%PDF-1.7 ...")
    assert document.size == 12
    assert document.content_type == "application/pdf"


def test_deleting_an_audit_needs_a_reason_and_is_logged(demo, audit):
    with pytest.raises(services.AuditError, match="Say why"):
        services.delete_audit(audit, demo["auditor"], " ")
    pk = audit.pk
    services.delete_audit(audit, demo["auditor"], "uploaded twice")
    assert not Action.objects.filter(finding__audit_id=pk).exists()
    assert Event.objects.filter(object_type="audits.audit", object_id=str(pk),
                                tag="audit.deleted").exists()  # fmt: skip


def test_capacity_building_links_to_the_actions_it_serves(demo, audit):
    action = _finding(audit).actions.get()
    training = services.record_activity(
        audit.facility, demo["supplier"], kind="training", title="Working hours",
        rights=["working-hours"], start_date=date(2026, 4, 1),
        participants=[{"role": "workers", "women": 20, "men": 10, "other": 0}],
        actions=[action])  # fmt: skip
    assert list(action.capacity.all()) == [training]
    assert training.participant_total() == 30
    with pytest.raises(services.AuditError, match="not in the taxonomy"):
        services.record_activity(audit.facility, demo["supplier"], kind="training", title="x",
                                 rights=["happiness"], start_date=date(2026, 4, 1),
                                 participants=[])  # fmt: skip
    with pytest.raises(services.AuditError, match="committees"):
        services.record_meeting(training, demo["supplier"], held_on=date(2026, 5, 1),
                                worker_members=3, management_members=2)  # fmt: skip
    committee = services.record_activity(audit.facility, demo["supplier"], kind="committee",
                                         title="OSH committee", rights=[],
                                         start_date=date(2026, 4, 1), participants=[])  # fmt: skip
    meeting = services.record_meeting(committee, demo["supplier"], held_on=date(2026, 5, 1),
                                      worker_members=3, management_members=2, women=2)  # fmt: skip
    assert meeting.activity == committee
    with pytest.raises(services.AuditError, match="more than the members"):
        services.record_meeting(committee, demo["supplier"], held_on=date(2026, 5, 2),
                                worker_members=1, management_members=1, women=5)  # fmt: skip


def test_deleting_an_audit_relinks_the_repeats_that_pointed_at_it(demo, record, claimed_facility):
    oldest = record(audit_raw(claimed_facility, reference="A-0", start_date="2025-09-01",
                              end_date="2025-09-02"))  # fmt: skip
    middle = record(audit_raw(claimed_facility))
    latest = record(audit_raw(claimed_facility, reference="A-2", start_date="2026-09-01",
                              end_date="2026-09-02"))  # fmt: skip
    services.delete_audit(middle, demo["auditor"], "uploaded in error")
    overtime = latest.findings.get(right__code="excessive-overtime")
    assert overtime.repeat_of == oldest.findings.get(right__code="excessive-overtime")
    services.delete_finding(oldest.findings.get(right__code="excessive-overtime"),
                            demo["auditor"], "not a finding")  # fmt: skip
    overtime.refresh_from_db()
    assert overtime.repeat_of is None
