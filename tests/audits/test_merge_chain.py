"""A verified claimant keeps every audit of its facility however many merges led there."""

from __future__ import annotations

from typing import Any

from django.test import Client

from chainrights.audits import access
from chainrights.audits.models import Audit
from chainrights.registry.services import merge_facilities
from tests.audits.conftest import audit_raw, facility_named


def test_a_verified_claimant_still_sees_an_audit_after_two_merges(demo, factory, record):
    older, old = facility_named("Rupsha Knit (2019 list)"), facility_named("Rupsha Knit (2021)")
    audit = record(audit_raw(older))  # private to the auditor, recorded before the merges
    merge_facilities(old, older, demo["operator"], reason="same site")  # older → old
    merge_facilities(factory, old, demo["operator"], reason="same site")  # old → claimed
    supplier: Any = demo["supplier"]
    audit = Audit.objects.get(pk=audit.pk)
    assert audit in access.visible_audits(Audit.objects.all(), supplier)
    assert access.level(audit, supplier) == access.FULL
    client = Client()
    client.force_login(supplier)
    assert client.get(f"/audits/{audit.pk}").status_code == 200
    listed = client.get(f"/audits?facility={factory.public_id}").content.decode()
    assert f"/audits/{audit.pk}" in listed


def test_an_unrelated_supplier_does_not_gain_the_audit_through_merges(demo, factory, record):
    older = facility_named("Elsewhere Knit")
    audit = record(audit_raw(older))
    merge_facilities(facility_named("Elsewhere Knit Ltd"), older, demo["operator"], reason="x")
    assert audit not in access.visible_audits(Audit.objects.all(), demo["supplier"])
