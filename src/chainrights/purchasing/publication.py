"""A brand publishes aggregates of its own orders, per closed rating cycle (orders confirmed
in it): for the buyer as a whole and per country of the facilities.

The rules are the ratings' rules with facilities in place of raters (``anonymity``): a cell
is shown only when at least k facilities contribute (``PURCHASING_MIN_RATERS``), no one of
them holds more than half of its orders, and the cells are decided together so that the
total minus the shown countries holds k facilities too (complementary suppression). Each
indicator is decided the same way over the facilities it is computed from (a payment delay
over those with payments), so no figure is one facility's. A hidden country is not named and
no facility count is published: a facility only this brand discloses, privately, cannot be
singled out (a country with one facility shows nothing, not even that it is there).

The cells are frozen at the first publication; unpublishing hides them and publishing again
shows the same frozen cells, and publications of one brand never overlap in time, so no two
published figures differ by one facility's orders.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from chainrights.core import events, refusals
from chainrights.core.models import Membership, Organisation, Role
from chainrights.core.types import AnyUser
from chainrights.purchasing import anonymity
from chainrights.purchasing.indicators import definitions, figures
from chainrights.purchasing.models import OrderPublication, PurchaseOrder, RatingCycle

# an indicator over part of the orders, and the count of that part (its dominance weight)
PART_OF = {"payment_delay_days": "payments", "late_payment_share": "payments",
           "forecast_accuracy": "forecasted", "below_living_wage_share": "comparable"}  # fmt: skip


def may_publish(user: AnyUser | None, buyer: Organisation) -> bool:
    """The brand's administrators decide what of its orders the public sees."""
    if user is None or not user.is_authenticated:
        return False
    return Membership.objects.filter(user=user, organisation=buyer, role=Role.ADMIN).exists()


def _units(key: str, facilities: dict[int, dict[str, Any]], country: dict[int, str]) -> Any:
    """Region → facility → weight, for the facilities the indicator is computed from."""
    part = PART_OF.get(key, "orders")
    units: dict[str, dict[int, float]] = defaultdict(dict)
    for pk, row in facilities.items():
        if row.get(part) and (key not in PART_OF or row.get(key) is not None):
            units[country[pk]][pk] = row[part]
    return units


def decide_cells(buyer: Organisation, cycle: RatingCycle) -> list[dict[str, Any]]:
    """The shown cells of the buyer's orders confirmed in the cycle, each with the figures
    that may be shown (the rest listed as ``withheld``); hidden countries are left out."""
    orders = PurchaseOrder.objects.of_buyer(buyer).filter(
        confirmed_on__range=(cycle.opens_on, cycle.closes_on)
    )
    country = dict(orders.values_list("facility_id", "facility__country").distinct())
    facilities = figures(orders, ["facility_id"])
    k = anonymity.min_raters()
    total_reason, cell_reasons = anonymity.decide_regions(_units("orders", facilities, country), k)
    if total_reason:
        return []
    shown = ["", *sorted(r for r, why in cell_reasons.items() if not why)]
    hidden_cells = {r: why for r, why in cell_reasons.items() if why}
    rows = {"": figures(orders, ["buyer_id"])[buyer.pk]} | figures(orders, ["facility__country"])
    cells: dict[str, dict[str, Any]] = {
        r: {"region": r, "figures": {"orders": rows[r]["orders"]}, "withheld": []} for r in shown
    }
    for d in definitions():
        key = d["key"]
        why_total, reasons = anonymity.decide_regions(
            _units(key, facilities, country), k, already=hidden_cells
        )
        for r in shown:
            hidden = why_total if r == "" else why_total or reasons.get(r, anonymity.TOO_FEW)
            if hidden and rows[r][key] is not None:
                cells[r]["withheld"].append(key)
            else:
                cells[r]["figures"][key] = None if hidden else rows[r][key]
    return [cells[r] for r in shown]


def _overlapping(buyer: Organisation, cycle: RatingCycle) -> bool:
    return (
        OrderPublication.objects.filter(buyer=buyer)
        .exclude(cycle=cycle)
        .filter(cycle__opens_on__lte=cycle.closes_on, cycle__closes_on__gte=cycle.opens_on)
        .exists()
    )


def publish(user: User, buyer: Organisation, cycle: RatingCycle, on: bool) -> OrderPublication:
    """Publish (``on``) or unpublish the buyer's order aggregates for the cycle; logged."""
    if not may_publish(user, buyer):
        raise refusals.NotAllowed("Only the brand's administrators publish its order figures.")
    if not cycle.is_closed:
        raise refusals.Conflict("Order figures are published for a closed cycle only.")
    existing = OrderPublication.objects.filter(buyer=buyer, cycle=cycle).first()
    if existing is None and not on:
        raise refusals.Conflict("Nothing is published for this cycle.")
    reason = "order aggregates published" if on else "order aggregates unpublished"
    with transaction.atomic(), events.acting_as(user, buyer, reason):
        if existing is None:
            return _first(user, buyer, cycle)
        existing.published, existing.decided_by = on, user
        existing.decided_at = timezone.now()
        existing.save()  # the frozen cells stay as they were
    return existing


def _first(user: User, buyer: Organisation, cycle: RatingCycle) -> OrderPublication:
    if _overlapping(buyer, cycle):
        raise refusals.Conflict("This cycle overlaps one published before; two overlapping "
                                "periods could be subtracted.")  # fmt: skip
    cells = decide_cells(buyer, cycle)
    if not cells:
        k = anonymity.min_raters()
        raise refusals.Conflict(f"Fewer than {k} facilities (or one holding most orders) in "
                                "this cycle: nothing can be shown.")  # fmt: skip
    return OrderPublication.objects.create(buyer=buyer, cycle=cycle, cells=cells,
                                           decided_by=user)  # fmt: skip


def published(buyer: Organisation) -> list[dict[str, Any]]:
    """What the public sees of the buyer's orders: each published cycle's frozen cells, with
    the formula beside each figure (``cells`` per country, ``rows`` per indicator)."""
    out = []
    for p in OrderPublication.objects.filter(buyer=buyer, published=True).select_related("cycle"):
        cells = [_cell_out(c) for c in p.cells]
        rows = [{"key": d["key"], "label": str(d["label"]), "formula": d["formula"],
                 "cells": [f for c in cells for f in c["figures"] if f["key"] == d["key"]]}
                for d in definitions()]  # fmt: skip
        out.append({
            "cycle": p.cycle.name, "cycle_id": p.cycle_id, "opens_on": p.cycle.opens_on,
            "closes_on": p.cycle.closes_on, "frozen_on": p.frozen_on,
            "min_facilities": anonymity.min_raters(), "cells": cells, "rows": rows,
        })  # fmt: skip
    return out


def _cell_out(cell: dict[str, Any]) -> dict[str, Any]:
    rows = [{"key": d["key"], "label": str(d["label"]), "formula": d["formula"],
             "value": cell["figures"].get(d["key"]), "withheld": d["key"] in cell["withheld"]}
            for d in definitions()]  # fmt: skip
    return {"region": cell["region"], "orders": cell["figures"]["orders"], "figures": rows}


def state(buyer: Organisation) -> dict[int, bool]:
    """Cycle → published or not, for the brand's own publish buttons."""
    rows = OrderPublication.objects.filter(buyer=buyer).values_list("cycle_id", "published")
    return dict(rows)
