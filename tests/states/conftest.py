"""Fixtures of the referral and inspection tests: the demo inspectorate (DIFE, Bangladesh),
a Bangladeshi facility, and a token client for any user."""

from __future__ import annotations

from typing import Any

import pytest

from chainrights.core.models import Organisation
from chainrights.core.services import issue_token
from tests.conftest import ApiClient
from tests.factories import FacilityFactory
from tests.grievances.conftest import linked_facility  # noqa: F401  (a shared fixture)

CONTACT = "Rahima Akter, +8801711000000"
NAME = "Rahima Akter"


@pytest.fixture
def dife(demo: dict[str, Any]) -> Organisation:
    return Organisation.objects.get(kind="inspectorate", country="BD")


@pytest.fixture
def facility(db: Any) -> Any:
    return FacilityFactory(country="BD", name="Lotus Knitwear Ltd", address="Ashulia, Dhaka")


@pytest.fixture
def api_of() -> Any:
    def make(user: Any) -> ApiClient:
        return ApiClient(token=issue_token(user, name="t", second_factor=True)[1])

    return make
