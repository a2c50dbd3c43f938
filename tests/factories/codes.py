"""Codes of conduct, imported as a brand imports its own."""

from __future__ import annotations

from typing import Any

import factory

from tests.factories.core import OrganisationFactory, UserFactory


class CodeFactory(factory.Factory):
    """A code imported through ``codes.services.import_code``, one commitment per clause of
    ``text`` (default: three numbered clauses)."""

    class Meta:
        model = dict  # built by the service below

    owner = factory.SubFactory(OrganisationFactory)
    user = factory.SubFactory(UserFactory, organisation=factory.SelfAttribute("..owner"))
    name = factory.Sequence(lambda n: f"Code {n}")
    text = "1. clause 1\n2. clause 2\n3. clause 3"

    @classmethod
    def _create(cls, model_class: Any, **kwargs: Any) -> Any:
        from chainrights.codes import services

        return services.import_code(**kwargs)

    @classmethod
    def _build(cls, model_class: Any, **kwargs: Any) -> Any:
        raise TypeError("a code is only created (through codes.services)")
