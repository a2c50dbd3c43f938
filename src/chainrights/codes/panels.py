"""The codes section of a facility page: the public codes that apply to it."""

from __future__ import annotations

from typing import Any

from chainrights.codes.services import codes_applying_to
from chainrights.core.types import AnyUser
from chainrights.registry.panels import Panel


def facility_panel(facility: Any, user: AnyUser) -> Panel:
    return Panel("codes/_facility_panel.html", {"codes": codes_applying_to(facility)})
