"""The inspections section of a facility's page (registered with ``registry.panels``): the
records the viewer may see, public summaries for everyone."""

from __future__ import annotations

from chainrights.states.inspections import facility_panel

__all__ = ["facility_panel"]
