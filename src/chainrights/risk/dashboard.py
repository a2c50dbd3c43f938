"""The risk tile: a brand's highest risks, in its register's own ranking (severity first, then
likelihood, actual impacts above potential ones), read as the register page reads them. The
tile never computes a register: the register page does, on a brand's first visit, so
before that only the brand's admins and editors get the tile (to open the register)."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext as _

from chainrights.core import labels
from chainrights.core.dashboard import SHOWN, Entry, Tile
from chainrights.core.types import AnyUser
from chainrights.risk.access import brand_of, items_for
from chainrights.risk.models import RiskItem, Status
from chainrights.states.services import country_name


def _place(item: RiskItem) -> str:
    """Where, as the register's column says it: the facility, else the country (and the
    product a country × product item is about)."""
    if item.facility is not None:
        return item.facility.name
    country = country_name(item.country) if item.country else ""
    return f"{country} × {item.product}" if country and item.product else country or item.product


def _entry(item: RiskItem) -> Entry:
    right = labels.label(item.right.code)
    place = _place(item)
    return Entry(
        text=_("%(right)s: %(place)s") % {"right": right, "place": place} if place else right,
        url=reverse("risk-item", args=[item.pk]),
        note=_("%(status)s, severity %(n)s") % {"status": Status(item.status).label,
                                                 "n": item.severity},
    )  # fmt: skip


def tiles(user: AnyUser) -> list[Tile]:
    brand = brand_of(user)
    if brand is None:
        return []
    items = items_for(user).filter(buyer=brand)
    count = items.count()
    editor = brand_of(user, editing=True)
    if not count and (editor is None or editor.pk != brand.pk):
        return []  # a viewer of a brand with no register yet: nothing to read, nothing to do
    first = items.defer("evidence", "gaps", "leverage").order_by("rank", "pk")[:SHOWN]
    return [Tile(
        key="risk", title=_("Your highest risks"), count=count, url=reverse("risk"),
        entries=[_entry(i) for i in first] if count else [],
        none=_("No risk computed yet."),
        action=_("Open the register"), action_url=reverse("risk"),
    )]  # fmt: skip
