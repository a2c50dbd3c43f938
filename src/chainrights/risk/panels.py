"""The risk section of a facility's page (registered with ``registry.panels``): the items at
this facility the viewer may see (a brand its own, operator staff all, the claimed supplier
those at its site); nothing at all for anyone else."""

from __future__ import annotations

from typing import Any

from chainrights.core.types import AnyUser
from chainrights.registry import services as registry
from chainrights.registry.panels import Panel
from chainrights.risk import access, reads


def facility_panel(facility: Any, user: AnyUser) -> Panel | None:
    if user is None or not user.is_authenticated:
        return None
    family = registry.facility_family(facility)
    items = access.items_for(user).filter(facility_id__in=family).order_by("rank")[:20]
    views = [reads.item_view(i, user) for i in items if access.level(i, user) != "public"]
    if not views:
        return None
    return Panel("risk/_facility_panel.html", {"items": views, "facility": facility})
