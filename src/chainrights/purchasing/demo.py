"""Demo purchasing data (fictional orders and ratings for the demo brands): Northwind Apparel
orders at Square Fashions with short lead times, late changes and late payments in the weeks
before the overtime finding there; Southbay Outfitters orders on longer lead times and pays on
time. Six supplier organisations rate Northwind in a closed cycle (shown), three rate Southbay
(suppressed); a cycle is open now for the demo supplier. No living-wage benchmark is entered:
that figure must come with its source, so the demo shows the gap. Loading twice changes
nothing."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from chainrights.audits.services import findings_about
from chainrights.core import events
from chainrights.core.models import Organisation
from chainrights.core.services import create_account
from chainrights.purchasing import ratings, statements
from chainrights.purchasing.models import (
    OrderChange,
    Payment,
    PurchaseOrder,
    RatingCycle,
)
from chainrights.purchasing.questions import QUESTIONS
from chainrights.registry.models import Facility

CLOSED, OPEN = "Demo: last half-year", "Demo: this half-year"
SQUARE = "Square Fashions Ltd."
RATERS = [  # fictional supplier organisations, each with one site and an editor
    ("Meghna Knit Demo Ltd", "BD", [4, 4, 3, 4, 2, 3, 2, 3, 2, 3, 2, 3, 4, 3]),
    ("Padma Apparel Demo Ltd", "BD", [3, 4, 4, 4, 2, 2, 2, 2, 2, 2, 1, 3, 4, 3]),
    ("Jamuna Sweaters Demo Ltd", "BD", [4, 3, 3, 4, 3, 2, 2, 3, 1, 2, 2, 2, 5, 3]),
    ("Karnaphuli Wear Demo Ltd", "BD", [3, 3, 4, 3, 2, 3, 1, 2, 2, 3, 2, 3, 4, 4]),
    ("Mekong Stitch Demo Co", "VN", [4, 4, 4, 5, 3, 3, 2, 3, 2, 3, 3, 3, 4, 3]),
    ("Saigon Seam Demo Co", "VN", [5, 4, 4, 4, 3, 3, 2, 3, 2, 2, 2, 3, 5, 4]),
]
SOUTHBAY_RATERS = 3  # below k: every Southbay category is suppressed


def _day(days: int) -> date:
    return timezone.localdate() + timedelta(days=days)


def _rater(name: str, country: str) -> Any:
    users = get_user_model().objects
    username = name.split()[0].lower() + "-demo"
    if not users.filter(username=username).exists():
        create_account(username=username, password=f"{username}-2026", org_name=name,
                       org_kind="supplier", role="editor", validate=False)  # fmt: skip
    org = Organisation.objects.get(name=name)
    with events.acting_as(system="demo", reason="demo data"):
        if org.country != country:
            org.country = country
            org.save()
        site, _ = Facility.objects.get_or_create(
            name=f"{name} (site)", defaults={"country": country, "claimed_by": org}
        )
    return users.get(username=username), site


def _order(buyer: Organisation, site: Any, ref: str, confirmed: date, lead: int,
           terms: int, paid_late: int, late_change: bool) -> None:  # fmt: skip
    ex_factory = confirmed + timedelta(days=lead)
    invoice = ex_factory + timedelta(days=3)
    order = PurchaseOrder.objects.create(
        owner_org=buyer, buyer=buyer, facility=site, reference=ref, product_category="knit tops",
        forecast_quantity=12000, quantity=10000 + (sum(map(ord, ref)) % 5) * 1000,
        unit_price=Decimal("3.10"), currency="USD", labour_cost_per_unit=Decimal("0.42"),
        labour_minutes_per_unit=Decimal("14"), payment_terms_days=terms, confirmed_on=confirmed,
        ex_factory_requested=ex_factory, production_started_on=confirmed + timedelta(days=10),
        invoice_date=invoice, invoice_amount=Decimal("31000"), lead_time_days=lead,
    )  # fmt: skip
    if late_change:
        OrderChange.objects.create(order=order, changed_on=ex_factory - timedelta(days=9),
                                   kind="quantity_up", days_before_ex_factory=9,
                                   after_production_start=True)  # fmt: skip
    paid = invoice + timedelta(days=terms + paid_late)
    if paid <= timezone.localdate():
        Payment.objects.create(order=order, paid_on=paid, amount=Decimal("31000"),
                               delay_days=paid_late)  # fmt: skip


def _orders(northwind: Organisation, southbay: Organisation, sites: list[Any]) -> int:
    square = Facility.objects.filter(name=SQUARE, merged_into__isnull=True).first()
    found = list(findings_about({"excessive-overtime"}, [square])) if square else []
    end = found[-1].audit.end_date if found else _day(-260)  # the earliest overtime audit
    count = 0
    with transaction.atomic(), events.acting_as(system="demo", reason="demo orders"):
        for i in range(8):  # Northwind at Square: 35-day lead times, paid 20 days late
            if square is not None:
                _order(northwind, square, f"NW-SQ-{i + 1}", end - timedelta(days=35 + 30 * i),
                       35, 90, 20, late_change=i % 2 == 0)  # fmt: skip
                count += 1
        for n, site in enumerate(sites):
            for i in range(3):
                _order(northwind, site, f"NW-{n}-{i}", _day(-300 + 60 * i), 50, 75, 5, i == 1)
                _order(southbay, site, f"SB-{n}-{i}", _day(-300 + 60 * i), 95, 45, 0, False)
                count += 2
    return count


def _answers(values: list[int]) -> dict[str, int | None]:
    return {q.code: v for q, v in zip(QUESTIONS, values, strict=True)}


def _ratings(raters: list[tuple[Any, list[int]]], northwind: Organisation,
             southbay: Organisation) -> None:  # fmt: skip
    operator = get_user_model().objects.get(username="operator")
    closed = ratings.open_cycle(operator, CLOSED, _day(-200), _day(5))
    for user, values in raters:
        ratings.submit_rating(user, northwind, closed, _answers(values))
    for user, values in raters[:SOUTHBAY_RATERS]:
        ratings.submit_rating(user, southbay, closed, _answers([min(5, v + 1) for v in values]))
    ratings.close_cycle(operator, closed)
    ratings.open_cycle(operator, OPEN, _day(-1), _day(180))


def load_demo_purchasing() -> dict[str, int]:
    if RatingCycle.objects.filter(name=CLOSED).exists():
        return {"purchase orders": 0}
    northwind = Organisation.objects.get(name="Northwind Apparel")
    southbay = Organisation.objects.get(name="Southbay Outfitters")
    made = [(_rater(name, country), values) for name, country, values in RATERS]
    count = _orders(northwind, southbay, [site for (_u, site), _v in made])
    _ratings([(user, values) for (user, _s), values in made], northwind, southbay)
    brand = get_user_model().objects.get(username="brand")
    terms = "Payment terms of 90 days are being cut to 60 for new suppliers."
    statements.state_practice(brand, "act", 2, "groundwork", terms)
    forecasts = "Seasonal forecasts are shared with strategic suppliers."
    statements.state_practice(brand, "cfrpp", 3, "progress", forecasts)
    return {"purchase orders": count}
