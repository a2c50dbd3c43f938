"""Users, organisations and memberships."""

from __future__ import annotations

from typing import Any

import factory

from chainrights.core import events


class LoggedFactory(factory.django.DjangoModelFactory):
    """Creates the model inside ``events.acting_as``, as a service does: the write is logged."""

    class Meta:
        abstract = True

    @classmethod
    def _create(cls, model_class: Any, *args: Any, **kwargs: Any) -> Any:
        with events.acting_as(system="test", reason="test factory"):
            return super()._create(model_class, *args, **kwargs)


class OrganisationFactory(LoggedFactory):
    class Meta:
        model = "core.Organisation"
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Organisation {n}")
    kind = "brand"


class UserFactory(factory.Factory):
    """A person with a membership, made by ``core.services.create_account`` as the CLI does.

    ``organisation`` (default: a new brand) and ``role`` (default: editor) are the membership's.
    """

    class Meta:
        model = dict  # built by the service below, not by calling a model

    username = factory.Sequence(lambda n: f"person{n}")
    password = "a-long-test-passphrase"
    organisation = factory.SubFactory(OrganisationFactory)
    role = "editor"
    email = ""

    @classmethod
    def _create(cls, model_class: Any, **kwargs: Any) -> Any:
        from chainrights.core.services import create_account

        organisation = kwargs.pop("organisation")
        account = create_account(
            org_name=organisation.name, org_kind=organisation.kind, validate=False, **kwargs
        )
        return account.user

    @classmethod
    def _build(cls, model_class: Any, **kwargs: Any) -> Any:
        raise TypeError("a user is only created (through core.services.create_account)")


class MembershipFactory(LoggedFactory):
    """A further membership of a person (a user from ``UserFactory`` already has one)."""

    class Meta:
        model = "core.Membership"

    user = factory.SubFactory(UserFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    role = "viewer"
