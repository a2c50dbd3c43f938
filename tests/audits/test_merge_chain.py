"""A verified claimant keeps every audit of its facility however many merges led there."""

from __future__ import annotations

from typing import Any

from django.test import Client

from chainrights.audits import access
from chainrights.audits.models import Audit
from chainrights.registry.services import merge_facilities
from tests.factories import FacilityFactory, audit_raw


def test_a_verified_claimant_still_sees_an_audit_after_two_merges(demo, claimed_facility, record):
    older, old = (
        FacilityFactory(name="Rupsha Knit (2019 list)"),
        FacilityFactory(name="Rupsha Knit (2021)"),
    )
    audit = record(audit_raw(older))  # private to the auditor, recorded before the merges
    merge_facilities(old, older, demo["operator"], reason="same site")  # older → old
    merge_facilities(claimed_facility, old, demo["operator"], reason="same site")  # old → claimed
    supplier: Any = demo["supplier"]
    audit = Audit.objects.get(pk=audit.pk)
    assert audit in access.visible_audits(Audit.objects.all(), supplier)
    assert access.level(audit, supplier) == access.FULL
    client = Client()
    client.force_login(supplier)
    assert client.get(f"/audits/{audit.pk}").status_code == 200
    listed = client.get(f"/audits?facility={claimed_facility.public_id}").content.decode()
    assert f"/audits/{audit.pk}" in listed


def test_an_unrelated_supplier_does_not_gain_the_audit_through_merges(
    demo, claimed_facility, record
):
    older = FacilityFactory(name="Elsewhere Knit")
    audit = record(audit_raw(older))
    merge_facilities(
        FacilityFactory(name="Elsewhere Knit Ltd"), older, demo["operator"], reason="x"
    )
    assert audit not in access.visible_audits(Audit.objects.all(), demo["supplier"])
