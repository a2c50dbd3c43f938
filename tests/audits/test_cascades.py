"""Deleting an organisation logs every audit row whose key to it is set to null."""

from __future__ import annotations

from chainrights.audits.models import Action
from chainrights.core import events
from chainrights.core.models import Event, Organisation
from tests.factories import audit_raw


def test_deleting_a_verifier_organisation_logs_the_verified_action_losing_it(demo, claimed_facility,
                                                                             record):  # fmt: skip
    audit = record(audit_raw(claimed_facility))
    action = Action.objects.filter(finding__audit=audit).first()
    with events.acting_as(system="test"):
        verifier = Organisation.objects.create(name="Short-lived Verifiers", kind="auditor")
        action.status, action.verified_by_org = "verified", verifier
        action.save()
    verifier_id = verifier.pk
    with events.acting_as(user=demo["operator"], reason="organisation dissolved"):
        verifier.delete()

    action.refresh_from_db()
    assert action.verified_by_org_id is None
    event = Event.objects.filter(tag="action.updated", object_id=str(action.pk)).latest("seq")
    assert (event.before["verified_by_org_id"], event.after["verified_by_org_id"]) == (
        verifier_id,
        None,
    )
    assert event.actor_id == demo["operator"].pk
    assert event.reason == "organisation dissolved"
    assert events.verify_log(checkpoints=False).ok
