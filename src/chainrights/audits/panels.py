"""The audits section of a facility page: the audits the viewer may see, their open and
overdue actions, and the quality signals."""

from __future__ import annotations

from typing import Any

from chainrights.audits import reads
from chainrights.core.types import AnyUser
from chainrights.registry.panels import Panel


def facility_panel(facility: Any, user: AnyUser) -> Panel:
    return Panel("audits/_facility_panel.html", reads.facility_overview(facility, user))
