"""Codes of conduct, imported as a brand imports its own."""

from __future__ import annotations

from typing import Any

import factory

from tests.factories.core import OrganisationFactory, UserFactory

# A code whose clauses are numbered the way published codes number them (1., 1.1, 1.2, 2.).
NUMBERED_CODE = """Base code
1. Employment is freely chosen
1.1 There is no forced, bonded or involuntary prison labour.
1.2 Workers are not required to lodge deposits or their identity papers
    with their employer and are free to leave after reasonable notice.
2. Freedom of association and the right to collective bargaining are respected
3. Working conditions are safe and hygienic
4. Child labour shall not be used
"""


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
