"""Fixtures of the audit tests: a facility run by the demo supplier and sourced by two
brands, and a helper that records an audit through the same path as an import (the
factories themselves are in ``tests.factories``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.factories import sourced_claimed_facility


@pytest.fixture
def orgs(demo: dict[str, Any]) -> dict[str, Any]:
    from chainrights.core.models import Organisation

    return {o.name: o for o in Organisation.objects.all()}


@pytest.fixture
def claimed_facility(demo: dict[str, Any]) -> Any:
    """A facility claimed by the demo supplier and sourced by two brands
    (``tests.factories.sourced_claimed_facility``)."""
    return sourced_claimed_facility(demo)


@pytest.fixture
def record(demo: dict[str, Any], orgs: dict[str, Any]) -> Callable[..., Any]:
    """Record an audit from its raw (import-shaped) form, as ``owner`` (default: the demo
    auditor organisation, by the ``auditor`` user)."""
    from chainrights.audits import services
    from chainrights.audits.validation import Checker, check_audit

    def make(raw: dict[str, Any], owner: str = "Independent Audit Partners",
             user: str = "auditor") -> Any:  # fmt: skip
        checker = Checker(orgs[owner])
        draft = check_audit(raw, "test", checker)
        assert draft is not None, checker.problems
        return services.create_audits(orgs[owner], demo[user], [draft])[0]

    return make
