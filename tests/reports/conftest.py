"""Northwind (the demo brand) with a processed supplier list of four facilities, two audits
there shared with it (three findings, two actions) and one audit it cannot see; Southbay, a
second brand, with an editor of its own."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from chainrights.core import events
from tests.factories import (
    ActionFactory,
    AuditFactory,
    FindingFactory,
    OrganisationFactory,
    SupplierListFactory,
    UserFactory,
    real_rows,
)


@pytest.fixture
def northwind(demo: dict[str, Any]) -> Any:
    from chainrights.core.models import Organisation

    return Organisation.objects.get(name="Northwind Apparel")


@pytest.fixture
def southbay(demo: dict[str, Any]) -> Any:
    from chainrights.core.models import Organisation

    found = Organisation.objects.filter(name="Southbay Outfitters").first()
    return found or OrganisationFactory(name="Southbay Outfitters", kind="brand")


@pytest.fixture
def southbay_editor(southbay: Any) -> Any:
    return UserFactory(organisation=southbay, username="southbay-editor")


@pytest.fixture
def listed(
    demo: dict[str, Any], northwind: Any, django_capture_on_commit_callbacks: Any
) -> list[Any]:
    """The four facilities a Northwind list names (processed as in production)."""
    from chainrights.registry.services import listed_facilities

    with django_capture_on_commit_callbacks(execute=True):
        SupplierListFactory(
            owner=northwind, user=demo["brand"], rows=real_rows(4), name="2026 list"
        )
    return list(listed_facilities(northwind).order_by("pk"))


def shared_audit(facility: Any, brand: Any, end: str = "2026-03-02", **raw: Any) -> Any:
    from chainrights.audits import services

    audit = AuditFactory(facility=facility, raw={"end_date": end, "start_date": end, **raw})
    with events.acting_as(system="test"):
        services.share(audit, [brand])
    return audit


@pytest.fixture
def audited(listed: list[Any], northwind: Any) -> dict[str, Any]:
    """Two audits shared with Northwind in 2026 (with the factory's two findings each, one
    more finding and an action) and one private audit of another auditor."""
    first = shared_audit(listed[0], northwind)
    second = shared_audit(listed[1], northwind, end="2026-09-10", reference="A-2")
    extra = FindingFactory(audit=second)
    action = ActionFactory(finding=extra, deadline=date(2026, 1, 31))
    private = AuditFactory(facility=listed[2], raw={"reference": "P-1"})
    return {"audits": [first, second], "private": private, "action": action}
