"""Demo organisations and accounts, one per role. Loading twice changes nothing.

The organisations are fictitious; later apps add facilities and lists taken
from public Open Supply Hub data (with its attribution) to this same loader.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db import transaction

from chainrights.core import events
from chainrights.core.events import EventTag
from chainrights.core.models import Organisation
from chainrights.core.services import create_account


@dataclass(frozen=True)
class DemoAccount:
    username: str
    password: str
    org: str
    kind: str
    role: str
    country: str = ""


DEMO_ACCOUNTS = [
    DemoAccount(
        "operator", "operator-demo-2026", "Fair Supply Initiative", "operator", "admin", "NL"
    ),
    DemoAccount(
        "handler", "handler-demo-2026", "Fair Supply Initiative", "operator", "editor", "NL"
    ),
    DemoAccount("brand", "brand-demo-2026", "Northwind Apparel", "brand", "admin", "DE"),
    DemoAccount(
        "brandviewer", "brandviewer-demo-2026", "Northwind Apparel", "brand", "viewer", "DE"
    ),
    DemoAccount(
        "supplier", "supplier-demo-2026", "Dhaka Knit Composite Ltd", "supplier", "admin", "BD"
    ),
    DemoAccount(
        "auditor", "auditor-demo-2026", "Independent Audit Partners", "auditor", "editor", "BD"
    ),
    DemoAccount("union", "union-demo-2026", "Garment Workers Federation", "union", "editor", "BD"),
    DemoAccount(
        "inspector",
        "inspector-demo-2026",
        "Department of Inspection for Factories and Establishments (DIFE)",
        "inspectorate",
        "editor",
        "BD",
    ),
]

EXTRA_ORGANISATIONS = [
    ("Southbay Outfitters", "brand", "US"),
    ("Saigon Stitch Co., Ltd", "supplier", "VN"),
]


def load_demo() -> dict[str, int]:
    """Create whatever demo rows are missing; return how many of each were created."""
    user_model = get_user_model()
    created = {"accounts": 0, "organisations": 0}
    with transaction.atomic():
        for account in DEMO_ACCOUNTS:
            if user_model.objects.filter(username=account.username).exists():
                continue
            result = create_account(
                username=account.username,
                password=account.password,
                org_name=account.org,
                org_kind=account.kind,
                role=account.role,
                email=f"{account.username}@example.org",
                validate=False,
            )
            created["accounts"] += 1
            if result.organisation_created:
                created["organisations"] += 1
                if account.country:
                    with events.acting_as(system="demo", reason="demo data"):
                        result.organisation.country = account.country
                        result.organisation.save()
        with events.acting_as(system="demo", reason="demo data"):
            for name, kind, country in EXTRA_ORGANISATIONS:
                _, was_created = Organisation.objects.get_or_create(
                    name=name, defaults={"kind": kind, "country": country}
                )
                created["organisations"] += int(was_created)
            if any(created.values()):
                events.record(
                    EventTag.DEMO_LOADED,
                    None,
                    accounts=created["accounts"],
                    organisations=created["organisations"],
                )
    return created
