"""The factories make valid objects through the services, and what they write is logged: the
event log of a database built with them verifies."""

from __future__ import annotations

from chainrights.core.events import verify_log
from chainrights.core.models import Event
from chainrights.registry.models import ListStatus
from tests.factories import (
    ActionFactory,
    AuditFactory,
    CaseFactory,
    CodeFactory,
    FacilityFactory,
    FindingFactory,
    MembershipFactory,
    OrganisationFactory,
    SupplierListFactory,
    UserFactory,
)


def test_a_person_made_by_the_factory_belongs_to_their_organisation_with_their_role(db):
    supplier = OrganisationFactory(name="Rupsha Knitwear Ltd", kind="supplier")
    person = UserFactory(username="rahima", organisation=supplier, role="admin")
    assert person.memberships.get().organisation == supplier
    assert person.memberships.get().role == "admin"
    assert person.check_password("a-long-test-passphrase")
    viewer = MembershipFactory(user=person, organisation=OrganisationFactory(name="Another"))
    assert viewer.role == "viewer"
    assert person.memberships.count() == 2
    assert verify_log().ok


def test_a_supplier_list_from_the_factory_is_processed_into_facilities(
    db, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        supplier_list = SupplierListFactory(name="Spring 2026")
    supplier_list.refresh_from_db()
    assert supplier_list.status == ListStatus.DONE
    assert supplier_list.counts["new"] == 3
    assert supplier_list.owner_org.memberships.get().user == supplier_list.created_by
    assert Event.objects.filter(tag="sourcerecord.created").count() == 3
    assert verify_log().ok


def test_a_case_from_the_factory_is_filed_with_a_secret_and_a_reference(demo):
    case = CaseFactory(rights=("wages",))
    assert case.reference.startswith("GR-")
    assert len(case.secret) == 24
    assert case.rights == ["wages"]
    assert verify_log().ok


def test_a_code_from_the_factory_has_one_commitment_per_clause(demo):
    code = CodeFactory(text="1. Workers are paid on time.\n2. No child labour.")
    assert code.commitments.count() == 2
    assert verify_log().ok


def test_an_audit_its_finding_and_an_action_come_from_the_factories(demo):
    facility = FacilityFactory(name="Rupsha Knitwear Ltd")
    audit = AuditFactory(facility=facility, raw={"reference": "SMETA-7"})
    assert audit.reference == "SMETA-7"
    assert audit.findings.count() == 2
    finding = FindingFactory(audit=audit)
    assert finding.number == 3
    assert finding.right.code == "wages"
    action = ActionFactory(finding=finding)
    assert action.finding == finding
    assert action.proposed_by == audit.owner_org
    assert verify_log().ok
