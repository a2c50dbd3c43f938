"""A buyer (Northwind, of the demo) and suppliers that produce for it, each a separate
organisation with an editor; an open cycle; an operator to close it."""

from __future__ import annotations

from typing import Any

import pytest

from tests.factories import RatingCycleFactory
from tests.factories.purchasing import supplier_of


@pytest.fixture
def northwind(demo: dict[str, Any]) -> Any:
    from chainrights.core.models import Organisation

    return Organisation.objects.get(name="Northwind Apparel")


@pytest.fixture
def suppliers(northwind: Any) -> list[Any]:
    """Six suppliers of Northwind: four in Bangladesh, two in Viet Nam."""
    countries = ["BD", "BD", "BD", "BD", "VN", "VN"]
    return [supplier_of(northwind, f"Rater {i} Garments", c) for i, c in enumerate(countries)]


@pytest.fixture
def cycle(db: Any) -> Any:
    return RatingCycleFactory(name="2026 H1")
