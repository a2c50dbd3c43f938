"""The ratings tile: while a rating cycle is open, the buyers a supplier produces for and has
not rated in it yet. Whether a buyer was rated is read by the cycle's keyed digests (as
``ratings.already_rated`` reads it, all buyers in one query): no rater is ever stored."""

from __future__ import annotations

from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from chainrights.core.dashboard import SHOWN, Entry, Tile
from chainrights.core.types import AnyUser
from chainrights.purchasing import access
from chainrights.purchasing.models import RatingCycle, SupplierRating
from chainrights.purchasing.ratings import rater_key


def tiles(user: AnyUser) -> list[Tile]:
    supplier = access.supplier_of(user)
    if supplier is None:
        return []
    cycle = RatingCycle.objects.open_on(timezone.localdate()).first()
    if cycle is None:
        return []
    buyers = access.buyers_of(supplier)
    if not buyers:
        return []
    keys = {b.pk: rater_key(cycle, b, supplier) for b in buyers}
    rated = set(SupplierRating.objects.filter(cycle=cycle, rater_key__in=keys.values())
                .values_list("rater_key", flat=True))  # fmt: skip
    waiting = [b for b in buyers if keys[b.pk] not in rated]
    until = formats.date_format(cycle.closes_on, "SHORT_DATE_FORMAT")
    return [Tile(
        key="ratings", title=_("Rate your buyers"), count=len(waiting),
        url=reverse("purchasing-rate"),
        entries=[Entry(text=b.name, url=reverse("purchasing-rate-buyer", args=[b.pk]),
                       note=_("%(cycle)s, open until %(date)s") % {"cycle": cycle.name,
                                                                    "date": until})
                 for b in waiting[:SHOWN]],
        none=_("You have rated every buyer in this cycle."),
    )]  # fmt: skip
