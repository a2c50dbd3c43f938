"""Northwind (the demo brand) with facilities on its own lists, built through the services."""

from __future__ import annotations

from typing import Any

import pytest

HEADER = "country,name,address,product_type,number_of_workers"


def sourced(owner: Any, user: Any, rows: list[str], *, public: bool = True,
            name: str = "risk list") -> list[Any]:  # fmt: skip
    """Upload and process a list of ``owner``; the facilities it names, in row order."""
    from chainrights.registry.models import Facility
    from chainrights.registry.services import process_list, upload_list

    content = ("\n".join([HEADER, *rows]) + "\n").encode()
    item, _ = upload_list(owner=owner, user=user, name=name, filename="l.csv", content=content,
                          public=public)  # fmt: skip
    process_list(item.pk)
    out = []
    for row in rows:
        facility = Facility.objects.filter(name=row.split(",")[1]).first()
        assert facility is not None
        out.append(facility.survivor())
    return out


@pytest.fixture
def northwind(demo: dict[str, Any]) -> Any:
    from chainrights.core.models import Organisation

    return Organisation.objects.get(name="Northwind Apparel")


@pytest.fixture
def southbay(demo: dict[str, Any]) -> Any:
    from chainrights.core.models import Organisation

    return Organisation.objects.get(name="Southbay Outfitters")


@pytest.fixture
def site(demo: dict[str, Any], northwind: Any) -> Any:
    """One Bangladeshi knitwear facility on Northwind's public list (Garments, 1001–5000)."""
    return sourced(northwind, demo["operator"],
                   ["BD,Rupsha Knitwear Ltd,Plot 9 Dhaka EPZ Savar,Garments,2400"])[0]  # fmt: skip


def register(buyer: Any) -> dict[str, Any]:
    """The buyer's register recomputed now, by key."""
    from chainrights.risk import scoring
    from chainrights.risk.models import RiskItem

    scoring.recompute(buyer)
    return {i.key: i for i in RiskItem.objects.filter(buyer=buyer)}


def facility_key(right: str, facility: Any) -> str:
    return f"facility:{right}:{facility.pk}:"


def late_changed_order(buyer: Any, facility: Any, confirmed_days_ago: int) -> Any:
    """An order of ``buyer`` at ``facility`` the buyer changed 8 days before ex-factory."""
    from datetime import timedelta

    from django.utils import timezone

    from tests.factories import OrderChangeFactory, PurchaseOrderFactory

    today = timezone.localdate()
    order = PurchaseOrderFactory(buyer=buyer, facility=facility,
                                 confirmed_on=today - timedelta(days=confirmed_days_ago),
                                 ex_factory_requested=today + timedelta(days=5))  # fmt: skip
    OrderChangeFactory(order=order, changed_on=today - timedelta(days=3), by_buyer=True,
                       days_before_ex_factory=8)  # fmt: skip
    return order
