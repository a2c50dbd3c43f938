"""Rating cycles, orders with their changes, payments and deductions, benchmarks and
statements; ``supplier_of`` makes a supplier that produces for a buyer (a verified site with
one of the buyer's orders), ``rate`` rates through the service as a supplier would."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import factory

from chainrights.core import events
from tests.factories.core import LoggedFactory, OrganisationFactory, UserFactory
from tests.factories.registry import FacilityFactory

TODAY = date.today()


class RatingCycleFactory(LoggedFactory):
    class Meta:
        model = "purchasing.RatingCycle"

    name = factory.Sequence(lambda n: f"cycle {n}")
    opens_on = TODAY - timedelta(days=30)
    closes_on = TODAY + timedelta(days=30)


class PurchaseOrderFactory(LoggedFactory):
    class Meta:
        model = "purchasing.PurchaseOrder"

    buyer = factory.SubFactory(OrganisationFactory, kind="brand")
    owner_org = factory.SelfAttribute("buyer")
    facility = factory.SubFactory(FacilityFactory)
    reference = factory.Sequence(lambda n: f"PO-{n}")
    quantity = 1000
    unit_price = Decimal("3.10")
    currency = "USD"
    payment_terms_days = 60
    confirmed_on = TODAY - timedelta(days=70)
    ex_factory_requested = TODAY - timedelta(days=20)
    invoice_date = TODAY - timedelta(days=15)
    lead_time_days = factory.LazyAttribute(lambda o: (o.ex_factory_requested - o.confirmed_on).days)


class OrderChangeFactory(LoggedFactory):
    class Meta:
        model = "purchasing.OrderChange"

    order = factory.SubFactory(PurchaseOrderFactory)
    changed_on = TODAY - timedelta(days=25)
    kind = "quantity_up"
    days_before_ex_factory = 5


class PaymentFactory(LoggedFactory):
    class Meta:
        model = "purchasing.Payment"

    order = factory.SubFactory(PurchaseOrderFactory)
    paid_on = TODAY
    amount = Decimal("3100")
    delay_days = -45


class DeductionFactory(LoggedFactory):
    class Meta:
        model = "purchasing.Deduction"

    order = factory.SubFactory(PurchaseOrderFactory)
    amount = Decimal("100")
    reason = "quality_claim"


class LivingWageBenchmarkFactory(LoggedFactory):
    class Meta:
        model = "purchasing.LivingWageBenchmark"

    country = "BD"
    currency = "USD"
    monthly_amount = Decimal("200")
    hours_per_month = 208
    source = "test figure, not a real benchmark"
    as_of = TODAY


class PracticeStatementFactory(LoggedFactory):
    class Meta:
        model = "purchasing.PracticeStatement"

    owner_org = factory.SubFactory(OrganisationFactory, kind="brand")
    framework = "act"
    item = 1
    stage = "groundwork"
    evidence = "costing sheets itemise labour"


def supplier_of(buyer: Any, name: str, country: str = "BD") -> Any:
    """A supplier's editor whose verified site has one of ``buyer``'s orders."""
    org = OrganisationFactory(name=name, kind="supplier", country=country)
    user = UserFactory(username=name.lower().replace(" ", "-")[:30], organisation=org,
                       role="editor")  # fmt: skip
    site = FacilityFactory(name=f"{name} site", country=country)
    with events.acting_as(system="test", reason="claim verified"):
        site.claimed_by = org
        site.save()
    PurchaseOrderFactory(buyer=buyer, facility=site)
    return user


def answers(value: int | None = 4, **changes: int | None) -> dict[str, int | None]:
    from chainrights.purchasing.questions import QUESTIONS

    return {**{q.code: value for q in QUESTIONS}, **changes}


def rate(user: Any, buyer: Any, cycle: Any, value: int | None = 4, comment: str = "",
         **changes: int | None) -> Any:  # fmt: skip
    from chainrights.purchasing.services import submit_rating

    return submit_rating(user, buyer, cycle, answers(value, **changes), comment)
