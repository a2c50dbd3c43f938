"""Fixtures of the grievance tests: a facility that Northwind Apparel's public list names."""

from __future__ import annotations

from typing import Any

import pytest

from chainrights.core.models import Organisation
from chainrights.registry import services
from chainrights.registry.models import Facility


@pytest.fixture
def linked_facility(demo: dict[str, Any], django_capture_on_commit_callbacks: Any) -> Any:
    brand = Organisation.objects.get(name="Northwind Apparel")
    content = b"country,name,address\nBD,Dhaka Knit Composite,Plot 5 Ashulia Dhaka\n"
    with django_capture_on_commit_callbacks(execute=True):
        services.upload_list(owner=brand, user=demo["brand"], name="t1", filename="t1.csv",
                             content=content, public=True)  # fmt: skip
    return Facility.objects.get()
