"""Private, shared and public objects, decided in one place (core.visibility)."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser

from chainrights.core import events
from chainrights.core.models import Organisation, Share, Visibility
from chainrights.core.visibility import can_edit, can_view, visible
from tests.visibility_app.models import Dossier


@pytest.fixture
def dossiers(demo):
    northwind = Organisation.objects.get(name="Northwind Apparel")
    supplier = Organisation.objects.get(name="Dhaka Knit Composite Ltd")
    with events.acting_as(system="test"):
        made = {
            "private": Dossier.objects.create(title="private", owner_org=northwind),
            "shared": Dossier.objects.create(
                title="shared", owner_org=northwind, visibility=Visibility.SHARED
            ),
            "public": Dossier.objects.create(
                title="public", owner_org=northwind, visibility=Visibility.PUBLIC
            ),
            "shared-not-with-supplier": Dossier.objects.create(
                title="shared-not-with-supplier", owner_org=northwind, visibility=Visibility.SHARED
            ),
        }
        Share.objects.create(
            content_type_id=_ct(), object_id=made["shared"].pk, organisation=supplier
        )
    return made


def _ct() -> int:
    from django.contrib.contenttypes.models import ContentType

    return ContentType.objects.get_for_model(Dossier).pk


def _titles(user) -> set[str]:
    return set(visible(Dossier.objects.all(), user).values_list("title", flat=True))


ALL = {"private", "shared", "public", "shared-not-with-supplier"}


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("anonymous", {"public"}),
        ("brand", ALL),
        ("brandviewer", ALL),
        ("supplier", {"shared", "public"}),
        ("auditor", {"public"}),
        ("union", {"public"}),
        ("inspector", {"public"}),
        ("operator", ALL),
        ("handler", ALL),
    ],
)
def test_each_role_sees_what_its_organisation_may(demo, dossiers, role, expected):
    user = demo.get(role) or AnonymousUser()
    assert _titles(user) == expected
    for title, dossier in dossiers.items():
        assert can_view(dossier, user) == (title in expected)


def test_sharing_is_with_the_visibility_not_instead_of_it(demo, dossiers):
    """A share row on a *private* object does not expose it."""
    supplier = Organisation.objects.get(name="Dhaka Knit Composite Ltd")
    with events.acting_as(system="test"):
        Share.objects.create(
            content_type_id=_ct(), object_id=dossiers["private"].pk, organisation=supplier
        )
    assert "private" not in _titles(demo["supplier"])


@pytest.mark.parametrize(
    ("role", "may_edit"),
    [
        ("brand", True),
        ("brandviewer", False),
        ("supplier", False),
        ("auditor", False),
        ("operator", True),
        ("handler", True),
        ("anonymous", False),
    ],
)
def test_owner_admins_and_editors_and_operator_staff_edit(demo, dossiers, role, may_edit):
    user = demo.get(role) or AnonymousUser()
    assert can_edit(dossiers["shared"], user) is may_edit


def test_sharing_and_unsharing_are_logged(demo, dossiers):
    from chainrights.core.models import Event

    assert Event.objects.filter(tag="share.created").count() == 1
