"""Fixtures shared by the registry tests."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture
def brand(demo: dict[str, Any]) -> Any:
    """Northwind Apparel, the demo brand whose editor is the ``brand`` user."""
    from chainrights.core.models import Organisation

    return Organisation.objects.get(name="Northwind Apparel")
