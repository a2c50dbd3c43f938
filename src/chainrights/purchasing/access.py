"""Who may rate, see orders, confirm a root cause or state a brand's practices."""

from __future__ import annotations

from django.db.models import Q, QuerySet

from chainrights.core.models import Membership, Organisation, OrganisationKind, Role
from chainrights.core.types import AnyUser
from chainrights.purchasing.models import PurchaseOrder
from chainrights.registry.services import claimant_organisation, sourcing_brands
from chainrights.registry.visibility import claimed_by

EDITORS = (Role.ADMIN, Role.EDITOR)


def _orgs(user: AnyUser | None, kind: str, editing: bool) -> QuerySet[Organisation]:
    if user is None or not user.is_authenticated:
        return Organisation.objects.none()
    memberships = Membership.objects.filter(user=user, organisation__kind=kind)
    if editing:
        memberships = memberships.filter(role__in=EDITORS)
    return Organisation.objects.filter(pk__in=memberships.values("organisation_id"))


def brand_of(user: AnyUser | None, editing: bool = False) -> Organisation | None:
    return _orgs(user, OrganisationKind.BRAND, editing).first()


def operator_of(user: AnyUser | None, editing: bool = True) -> Organisation | None:
    return _orgs(user, OrganisationKind.OPERATOR, editing).first()


def supplier_of(user: AnyUser | None) -> Organisation | None:
    """The supplier organisation the user acts for (its admin or editor)."""
    return claimant_organisation(user) if user is not None else None


def buyers_of(supplier: Organisation) -> list[Organisation]:
    """The brands a supplier produces for: a brand's list names one of its verified sites, or
    the brand's orders go to one."""
    sites = list(claimed_by({supplier.pk}))
    brands = {b.pk: b for site in sites for b in sourcing_brands(site)}
    ordering = Organisation.objects.filter(
        pk__in=PurchaseOrder.objects.filter(facility__in=sites).values("buyer_id")
    )
    brands.update({b.pk: b for b in ordering})
    return sorted(brands.values(), key=lambda b: b.name)


def orders_of(user: AnyUser | None) -> Q:
    """The orders a user may see: a brand its own, a supplier those of its own sites; nobody
    else sees single orders (operators see indicators, the public nothing)."""
    if user is None or not user.is_authenticated:
        return Q(pk__in=[])
    brands = list(_orgs(user, OrganisationKind.BRAND, editing=False).values_list("pk", flat=True))
    suppliers = list(
        _orgs(user, OrganisationKind.SUPPLIER, editing=False).values_list("pk", flat=True)
    )
    return (
        Q(buyer_id__in=brands)
        | Q(owner_org_id__in=brands + suppliers)
        | Q(facility__claimed_by_id__in=suppliers)
    )


def may_see_indicators(buyer: Organisation, user: AnyUser | None) -> bool:
    """The buyer itself and operators (who weigh red flags against findings)."""
    if user is None or not user.is_authenticated:
        return False
    if operator_of(user, editing=False) is not None:
        return True
    return Membership.objects.filter(user=user, organisation=buyer).exists()
