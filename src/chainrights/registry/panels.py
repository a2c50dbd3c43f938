"""Sections other apps add to a facility's page, so the registry imports none of them.

An app registers a function in its ``AppConfig.ready()``; the function gets the facility and
the viewer and returns the context of its ``template`` (or None to show nothing). Panels show
in the order they were registered.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from chainrights.core.types import AnyUser
from chainrights.registry.models import Facility


@dataclass(frozen=True)
class Panel:
    template: str
    context: dict[str, Any]


PanelFunction = Callable[[Facility, Any], Panel | None]
FACILITY_PANELS: dict[str, PanelFunction] = {}


def register(name: str, function: PanelFunction) -> None:
    FACILITY_PANELS[name] = function


def panels_for(facility: Facility, user: AnyUser) -> list[Panel]:
    return [p for p in (f(facility, user) for f in FACILITY_PANELS.values()) if p is not None]
