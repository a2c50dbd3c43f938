"""Who may see and edit which object: the one place every app asks.

Rules, in order:
- operator staff (members of an operator organisation) see everything, because
  they run the platform and moderate it;
- members of the owner organisation see and (as admin or editor) edit; operator
  admins and editors edit everything;
- organisations named in a ``Share`` see objects whose visibility is ``shared``;
- everyone, anonymous included, sees ``public`` objects.
"""

from __future__ import annotations

from typing import TypeVar

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q, QuerySet

from chainrights.core.models import (
    Membership,
    OrganisationKind,
    OwnedModel,
    Role,
    Share,
    Visibility,
)
from chainrights.core.types import AnyUser

M = TypeVar("M", bound=OwnedModel)


def org_ids(user: AnyUser | None) -> set[int]:
    """Organisations the user belongs to (cached on the user object per request)."""
    if user is None or not user.is_authenticated:
        return set()
    cached: set[int] | None = getattr(user, "_chainrights_org_ids", None)
    if cached is None:
        cached = set(Membership.objects.filter(user=user).values_list("organisation_id", flat=True))
        setattr(user, "_chainrights_org_ids", cached)  # noqa: B010  (a per-request cache)
    return cached


def is_operator(user: AnyUser | None) -> bool:
    if user is None or not user.is_authenticated:
        return False
    return Membership.objects.filter(
        user=user, organisation__kind=OrganisationKind.OPERATOR
    ).exists()


def visible(queryset: QuerySet[M], user: AnyUser | None) -> QuerySet[M]:
    """Narrow ``queryset`` to what ``user`` may see."""
    if is_operator(user):
        return queryset
    condition = Q(visibility=Visibility.PUBLIC)
    orgs = org_ids(user)
    if orgs:
        content_type = ContentType.objects.get_for_model(queryset.model)
        shared_ids = Share.objects.filter(
            content_type=content_type, organisation_id__in=orgs
        ).values("object_id")
        condition |= Q(owner_org_id__in=orgs)
        condition |= Q(visibility=Visibility.SHARED, pk__in=shared_ids)
    return queryset.filter(condition)


def can_view(obj: OwnedModel, user: AnyUser | None) -> bool:
    return visible(type(obj)._default_manager.filter(pk=obj.pk), user).exists()


def can_edit(obj: OwnedModel, user: AnyUser | None) -> bool:
    """Owner-organisation admins and editors edit; operator admins and editors moderate all."""
    if user is None or not user.is_authenticated:
        return False
    editors = Membership.objects.filter(user=user, role__in=[Role.ADMIN, Role.EDITOR])
    return editors.filter(
        Q(organisation_id=obj.owner_org_id) | Q(organisation__kind=OrganisationKind.OPERATOR)
    ).exists()
