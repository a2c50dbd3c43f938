"""A brand publishes aggregates of its own orders per closed cycle: shown only where at least
k facilities contribute, no single facility's orders can be worked out (dominance, per
indicator, complementary suppression across countries and the total, frozen cells, no
overlapping periods), and a facility only the brand knows of is never named or singled out."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from chainrights.core import refusals
from chainrights.core.models import Event
from chainrights.purchasing import publication
from tests.factories import (
    FacilityFactory,
    PaymentFactory,
    PurchaseOrderFactory,
    RatingCycleFactory,
)

START = date(2019, 1, 1)  # before any demo order: the cycle holds only this test's orders


@pytest.fixture
def closed(db: Any) -> Any:
    return RatingCycleFactory(name="2019 H1", opens_on=START, closes_on=START + timedelta(180),
                              closed_at=timezone.now())  # fmt: skip


def _orders(buyer: Any, country: str, facilities: int, per_facility: int = 2) -> list[Any]:
    made = []
    for _i in range(facilities):
        site = FacilityFactory(country=country, name=f"Private {country} Site {len(made)} Ltd")
        for day in range(per_facility):
            made.append(PurchaseOrderFactory(
                buyer=buyer, facility=site, confirmed_on=START + timedelta(days=10 + day),
                ex_factory_requested=START + timedelta(days=40), invoice_date=START + timedelta(50),
            ))  # fmt: skip
    return made


def _regions(buyer: Any) -> list[str]:
    return [c["region"] for p in publication.published(buyer) for c in p["cells"]]


def test_publishing_shows_the_total_and_each_country_with_k_facilities(demo, northwind, closed):
    _orders(northwind, "BD", 5)
    _orders(northwind, "VN", 5)
    assert publication.published(northwind) == []
    publication.publish(demo["brand"], northwind, closed, True)
    assert _regions(northwind) == ["", "BD", "VN"]
    total = publication.published(northwind)[0]["cells"][0]
    assert total["orders"] == 20
    lead = next(f for f in total["figures"] if f["key"] == "lead_time_days")
    assert lead["formula"] == "mean(ex_factory_requested − confirmed_on)"
    assert lead["value"] == 29.5
    event = Event.objects.get(tag="orderpublication.created")
    assert event.reason == "order aggregates published"


def test_a_country_with_one_private_facility_is_neither_shown_nor_named(demo, northwind, closed):
    """Cambodia has one facility, known only through the brand's own orders: the total minus
    the shown countries would be its orders, so one more country is hidden with it, and
    neither is named anywhere the public reads."""
    _orders(northwind, "BD", 5)
    _orders(northwind, "VN", 6)
    (site_order,) = _orders(northwind, "KH", 1, per_facility=1)
    publication.publish(demo["brand"], northwind, closed, True)
    assert _regions(northwind) == ["", "VN"]  # BD (the smallest) hidden with KH: 6 ≥ k
    anonymous = Client()
    api = anonymous.get(f"/api/v1/purchasing/buyers/{northwind.pk}/published").content.decode()
    page = anonymous.get(f"/purchasing/buyers/{northwind.pk}").content.decode()
    for text in (api, page):
        assert '"KH"' not in text
        assert ">KH<" not in text
        assert site_order.facility.name not in text
        assert site_order.facility.public_id not in text
    assert "VN" in page


def test_only_one_country_and_the_total_would_be_a_subtraction(demo, northwind, closed):
    """Five in BD and two in VN: BD shown beside the total would give VN's orders."""
    _orders(northwind, "BD", 5)
    _orders(northwind, "VN", 2)
    publication.publish(demo["brand"], northwind, closed, True)
    assert _regions(northwind) == [""]


def test_fewer_than_k_facilities_or_one_dominating_publishes_nothing(demo, northwind, closed):
    _orders(northwind, "BD", 4)
    with pytest.raises(refusals.Conflict):
        publication.publish(demo["brand"], northwind, closed, True)
    _orders(northwind, "BD", 1, per_facility=20)  # five now, one with 20 of 28 orders
    with pytest.raises(refusals.Conflict):
        publication.publish(demo["brand"], northwind, closed, True)
    assert publication.published(northwind) == []


def test_an_indicator_over_fewer_than_k_facilities_is_withheld(demo, northwind, closed):
    """Payments at two of six facilities: the payment delay would be theirs alone."""
    orders = _orders(northwind, "BD", 6)
    for order in orders[:4]:  # two facilities, two orders each
        PaymentFactory(order=order, paid_on=START + timedelta(days=90), delay_days=30)
    publication.publish(demo["brand"], northwind, closed, True)
    figures = {f["key"]: f for f in publication.published(northwind)[0]["cells"][0]["figures"]}
    assert figures["payment_delay_days"] == {**figures["payment_delay_days"], "value": None,
                                             "withheld": True}  # fmt: skip
    assert figures["lead_time_days"]["withheld"] is False
    assert "30" not in str(figures["payment_delay_days"])


def test_unpublishing_hides_and_publishing_again_shows_the_same_frozen_cells(
    demo, northwind, closed
):
    _orders(northwind, "BD", 5)
    publication.publish(demo["brand"], northwind, closed, True)
    before = publication.published(northwind)
    publication.publish(demo["brand"], northwind, closed, False)
    assert publication.published(northwind) == []
    assert Event.objects.filter(tag="orderpublication.updated",
                                reason="order aggregates unpublished").count() == 1  # fmt: skip
    _orders(northwind, "BD", 1)  # a late import for the same period: one facility more
    publication.publish(demo["brand"], northwind, closed, True)
    assert publication.published(northwind) == before  # no version one facility apart


def test_overlapping_periods_are_refused(demo, northwind, closed):
    """Two overlapping periods could be subtracted to leave a few facilities' orders."""
    _orders(northwind, "BD", 5)
    publication.publish(demo["brand"], northwind, closed, True)
    longer = RatingCycleFactory(name="2019", opens_on=START, closes_on=START + timedelta(360),
                                closed_at=timezone.now())  # fmt: skip
    with pytest.raises(refusals.Conflict):
        publication.publish(demo["brand"], northwind, longer, True)


def test_only_the_brand_administrators_publish_and_only_a_closed_cycle(demo, northwind):
    _orders(northwind, "BD", 5)
    open_cycle = RatingCycleFactory(name="2019 open", opens_on=START,
                                    closes_on=START + timedelta(180))  # fmt: skip
    with pytest.raises(refusals.Conflict):
        publication.publish(demo["brand"], northwind, open_cycle, True)
    with pytest.raises(refusals.NotAllowed):
        publication.publish(demo["brandviewer"], northwind, open_cycle, True)
    with pytest.raises(refusals.NotAllowed):
        publication.publish(demo["operator"], northwind, open_cycle, True)


def test_the_page_publishes_and_the_public_sees_figures_with_their_formulas(
    demo, northwind, closed
):
    _orders(northwind, "BD", 5)
    brand = Client()
    brand.force_login(demo["brand"])
    page = f"/purchasing/buyers/{northwind.pk}"
    assert "Publish your order figures" in brand.get(page).content.decode()
    response = brand.post(f"{page}/publish", {"cycle": closed.pk, "publish": "yes"})
    assert response.status_code == 302
    assert response["Location"].endswith("#published")
    public = Client().get(page).content.decode()
    assert "Orders confirmed in 2019 H1" in public
    assert "mean(ex_factory_requested − confirmed_on)" in public
    assert "Publish your order figures" not in public
    api = Client().get(f"/api/v1/purchasing/buyers/{northwind.pk}/published").json()
    assert api[0]["cells"][0]["orders"] == 10
