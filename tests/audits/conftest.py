"""Fixtures of the audit tests: a facility run by the demo supplier and sourced by two
brands, and a helper that records an audit through the same path as an import."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from chainrights.core import events


def facility_named(name: str, country: str = "BD") -> Any:
    from chainrights.registry.models import Facility

    with events.acting_as(system="test"):
        return Facility.objects.create(country=country, name=name)


@pytest.fixture
def orgs(demo: dict[str, Any]) -> dict[str, Any]:
    from chainrights.core.models import Organisation

    return {o.name: o for o in Organisation.objects.all()}


def sourced_claimed_facility(users: dict[str, Any]) -> Any:
    """A facility claimed by the demo supplier (Dhaka Knit Composite Ltd) and named on a
    private Northwind list and a private Southbay list (and on the supplier's own list: a
    supplier claims only a facility it may know exists)."""
    from chainrights.core.models import Organisation
    from chainrights.registry import claims
    from chainrights.registry.models import Facility
    from chainrights.registry.services import process_list, upload_list

    row = b"country,name,address\nBD,Rupsha Knitwear Ltd,Plot 9 Dhaka EPZ Savar\n"
    for brand in ("Northwind Apparel", "Southbay Outfitters", "Dhaka Knit Composite Ltd"):
        owner = Organisation.objects.get(name=brand)
        item, _ = upload_list(owner=owner, user=users["operator"], name=f"{brand} list",
                              filename="l.csv", content=row)  # fmt: skip
        process_list(item.pk)
    facility = Facility.objects.get(name="Rupsha Knitwear Ltd", merged_into__isnull=True)
    claim = claims.claim(facility, users["supplier"], "trade licence")
    claims.decide(claim, users["operator"], verify=True, reason="seen")
    facility.refresh_from_db()
    return facility


@pytest.fixture
def factory(demo: dict[str, Any]) -> Any:
    return sourced_claimed_facility(demo)


def audit_raw(facility: Any, **changes: Any) -> dict[str, Any]:
    raw: dict[str, Any] = {
        "reference": "A-1", "facility_id": facility.public_id, "scheme": "smeta",
        "audit_type": "announced", "start_date": "2026-03-01", "end_date": "2026-03-02",
        "auditor_firm": "Independent Audit Partners", "commissioned_by": "Northwind Apparel",
        "interviews_on_site_women": 10, "interviews_on_site_men": 5,
        "interviews_off_site_women": 4,
        "findings": [
            {"number": 1, "right": "excessive-overtime", "severity": "non-compliance",
             "description": "Up to 78 hours a week before shipment.",
             "actions": [{"description": "Cap hours at 60.", "deadline": "2026-06-30"}]},
            {"number": 2, "right": "building-and-fire-safety", "severity": "critical",
             "description": "A fire exit was locked."},
        ],
    }  # fmt: skip
    raw.update(changes)
    return raw


@pytest.fixture
def record(demo: dict[str, Any], orgs: dict[str, Any]) -> Callable[..., Any]:
    """Record an audit from its raw (import-shaped) form, as ``owner`` (default: the demo
    auditor organisation, by the ``auditor`` user)."""
    from chainrights.audits import services
    from chainrights.audits.validation import Checker, check_audit

    def make(raw: dict[str, Any], owner: str = "Independent Audit Partners",
             user: str = "auditor") -> Any:  # fmt: skip
        checker = Checker(orgs[owner])
        draft = check_audit(raw, "test", checker)
        assert draft is not None, checker.problems
        return services.create_audits(orgs[owner], demo[user], [draft])[0]

    return make
