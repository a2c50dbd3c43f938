"""The demo inspectorate (DIFE): two inspections of Square Fashions and one referral; loading
twice changes nothing, and the demo SMETA audit is signalled for what the inspection found."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


def test_demo_inspections_load_once(demo):
    from chainrights.audits import reads
    from chainrights.audits.demo import load_demo_audits
    from chainrights.registry.demo import load_demo_lists
    from chainrights.registry.models import Facility
    from chainrights.states.demo import DIFE, load_demo_inspections
    from chainrights.states.models import Inspection, Referral

    load_demo_lists()
    load_demo_audits()
    assert load_demo_inspections() == {"inspections": 2, "referrals": 1}
    assert load_demo_inspections() == {"inspections": 0, "referrals": 0}
    assert set(Inspection.objects.values_list("owner_org__name", flat=True)) == {DIFE}
    referral = Referral.objects.get()
    assert referral.inspectorate.name == DIFE
    assert referral.state == "acknowledged"
    assert demo["inspector"].memberships.get().organisation.name == DIFE
    square = Facility.objects.get(name="Square Fashions Ltd.", merged_into__isnull=True)
    signals = [
        s
        for s in reads.facility_view(square, demo["operator"])[2]
        if s.kind == "silent_on_reported" and s.detail["source"] == "inspections"
    ]
    assert {s.detail["right"] for s in signals} == {"non-discrimination"}
