"""Each audit-quality signal fires on constructed data that should raise it, and stays quiet
on data that should not."""

from __future__ import annotations

from datetime import UTC, datetime

from chainrights.audits import quality, reads, services
from chainrights.audits.models import Audit
from chainrights.core import events
from tests.factories import FacilityFactory, audit_raw


def _kinds(audits, facility):
    from chainrights.registry.services import facility_family

    return [s.kind for s in quality.facility_signals(audits, facility_family(facility))]


def test_no_interviews_and_on_site_only_are_flagged(record, claimed_facility):
    none = record(audit_raw(claimed_facility, interviews_on_site_women=0, interviews_on_site_men=0,
                            interviews_off_site_women=0, audit_type="unannounced"))  # fmt: skip
    assert quality.no_worker_interviews(none) is not None
    onsite = record(audit_raw(claimed_facility, reference="A-2", interviews_off_site_women=0))
    assert quality.on_site_interviews_only(onsite) is not None
    assert quality.no_worker_interviews(onsite) is None
    both = record(audit_raw(claimed_facility, reference="A-3"))  # 15 on site, 4 off site
    assert quality.on_site_interviews_only(both) is None


def test_always_announced_needs_two_audits_all_announced(record, claimed_facility):
    first = record(audit_raw(claimed_facility))
    assert "always_announced" not in _kinds([first], claimed_facility)
    second = record(audit_raw(claimed_facility, reference="A-2", start_date="2026-05-01",
                              end_date="2026-05-01"))  # fmt: skip
    assert "always_announced" in _kinds([first, second], claimed_facility)
    third = record(audit_raw(claimed_facility, reference="A-3", audit_type="unannounced",
                             start_date="2026-06-01", end_date="2026-06-01"))  # fmt: skip
    assert "always_announced" not in _kinds([first, second, third], claimed_facility)


def _grievance(demo, facility, rights, received, closed_at=None):
    from chainrights.grievances import services as grievances

    case, _ = grievances.file_grievance(grievances.Intake(narrative="locked in at night",
                                                          facility_id=facility.public_id))  # fmt: skip
    with events.acting_as(system="test"):
        case.rights = rights
        case.received_at = received
        case.save()
    if closed_at:
        for state in ("acknowledged", "admissible", "investigation", "closed"):
            grievances.transition_case(case, demo["handler"], state, "ok")
        transition = case.transitions.get(to_state="closed")
        with events.acting_as(system="test"):
            transition.created_at = closed_at
            transition.save()
    return case


def test_zero_findings_while_grievances_on_that_right_were_open(demo, record, claimed_facility):
    audit = record(
        audit_raw(claimed_facility)
    )  # overtime (forced labour) and fire safety, 1–2 March
    _grievance(demo, claimed_facility, ["freedom-of-association"], datetime(2026, 2, 1, tzinfo=UTC))
    found = [s for s in quality.facility_signals([audit], [claimed_facility.pk])
             if s.kind == "silent_on_reported"]  # fmt: skip
    assert [s.detail["right"] for s in found] == ["freedom-of-association"]
    assert found[0].detail["open"] == 1


def test_grievances_on_a_right_the_audit_found_or_closed_before_it_raise_nothing(demo, record,
                                                                                  claimed_facility):  # fmt: skip
    audit = record(audit_raw(claimed_facility))
    # a case on a forced-labour indicator is covered by the overtime finding (same principle)
    _grievance(
        demo, claimed_facility, ["restriction-of-movement"], datetime(2026, 2, 1, tzinfo=UTC)
    )
    _grievance(demo, claimed_facility, ["child-labour"], datetime(2026, 4, 1, tzinfo=UTC))  # after
    _grievance(demo, claimed_facility, ["minimum-wage"], datetime(2025, 1, 1, tzinfo=UTC),
               closed_at=datetime(2025, 6, 1, tzinfo=UTC))  # fmt: skip
    assert "silent_on_reported" not in _kinds([audit], claimed_facility)


def test_a_finding_that_vanishes_without_a_verified_action_is_flagged(
    demo, record, claimed_facility
):
    first = record(audit_raw(claimed_facility))
    later = audit_raw(claimed_facility, reference="A-2", start_date="2026-09-01", end_date="2026-09-02",
                      findings=[audit_raw(claimed_facility)["findings"][1]])  # fire safety only  # fmt: skip
    second = record(later)
    found = [s for s in quality.vanished_findings([first, second], _rights())]
    assert [s.detail["right"] for s in found] == ["forced-labour"]
    action = first.findings.get(number=1).actions.get()
    services.set_status(action, demo["supplier"], "done")
    services.verify_action(action, demo["operator"], method="worker_interview", note="60 hours")
    audits = list(reads.with_plans(Audit.objects.filter(pk__in=[first.pk, second.pk])))
    assert quality.vanished_findings(audits, _rights()) == []


def _rights():
    from chainrights.core.models import Right

    return {r.code: r for r in Right.objects.all()}


def _firm_audits(record, firm, facility, findings, n, start=0):
    made = []
    for i in range(n):
        raw = audit_raw(facility, reference=f"{firm}-{i}", auditor_firm=firm,
                        start_date=f"2026-0{1 + (start + i) % 9}-01",
                        end_date=f"2026-0{1 + (start + i) % 9}-01",
                        findings=[{"number": k + 1, "right": r, "severity": "minor",
                                   "description": f"{r} {i}"}
                                  for k, r in enumerate(["wages", "working-hours",
                                                         "child-labour"][:findings])])  # fmt: skip
        made.append(record(raw))
    return made


def test_a_firm_finding_far_less_than_its_peers_stands_out(record, claimed_facility):
    other = FacilityFactory(name="Other Knit Ltd")
    lenient = _firm_audits(record, "Clean Sheet Audits", claimed_facility, 0, 3)
    peers = _firm_audits(record, "Thorough Audits", other, 3, 3, start=3)
    found = quality.firm_outliers(lenient + peers)
    assert [(s.detail["firm"], s.detail["direction"]) for s in found] == [
        ("Clean Sheet Audits", "low")
    ]  # beside peers who find nothing, finding is no signal
    moderate = _firm_audits(record, "Moderate Audits", other, 1, 3, start=6)
    found = quality.firm_outliers(lenient + peers + moderate)
    assert {(s.detail["firm"], s.detail["direction"]) for s in found} == {
        ("Clean Sheet Audits", "low"), ("Thorough Audits", "high")}  # fmt: skip


def test_firms_are_not_compared_on_too_few_audits_or_similar_rates(record, claimed_facility):
    other = FacilityFactory(name="Other Knit Ltd")
    few = _firm_audits(record, "New Audits", claimed_facility, 0, 2)
    peers = _firm_audits(record, "Thorough Audits", other, 3, 3, start=3)
    assert quality.firm_outliers(few + peers) == []
    similar = _firm_audits(record, "Similar Audits", claimed_facility, 2, 3, start=6)
    assert all(s.detail["firm"] != "Similar Audits" for s in quality.firm_outliers(similar + peers))


def test_audit_load_and_duplicated_findings_across_buyers(record, claimed_facility):
    record(audit_raw(claimed_facility))
    record(audit_raw(claimed_facility, reference="A-2", commissioned_by="Southbay Outfitters",
                     start_date="2026-05-01", end_date="2026-05-01"))  # fmt: skip
    record(audit_raw(claimed_facility, reference="A-3", start_date="2026-07-01", end_date="2026-07-01",
                     findings=[]))  # fmt: skip
    audits = list(reads.with_plans(Audit.objects.all()))
    load = reads.audit_load(audits)
    assert (load[0].facility, load[0].year, load[0].audits, load[0].fatigued) == (
        claimed_facility, 2026, 3, True)  # fmt: skip
    duplicates = reads.duplicated_findings(audits)
    assert {d.right.code for d in duplicates} == {"excessive-overtime", "building-and-fire-safety"}
    assert all(len(d.audits) == 2 for d in duplicates)


def test_the_same_buyer_auditing_twice_is_not_a_duplicate_for_another_buyer(
    record, claimed_facility
):
    record(audit_raw(claimed_facility))
    record(
        audit_raw(claimed_facility, reference="A-2", start_date="2026-05-01", end_date="2026-05-01")
    )
    assert reads.duplicated_findings(list(reads.with_plans(Audit.objects.all()))) == []
