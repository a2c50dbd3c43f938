"""Who sees which register, and how much of an item: a brand its own register, operator staff
every register, a supplier the items at the facilities it has claimed (cases told only as
'a grievance', never its reference), the public only what a brand has published (salient
issues: country × product items and items at public facilities, public evidence only)."""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet

from chainrights.core.models import Membership, Organisation, OrganisationKind, Role
from chainrights.core.types import AnyUser
from chainrights.core.visibility import is_operator, org_ids
from chainrights.risk.models import Publication, RiskItem, Scope

PUBLIC_KINDS = {"listed_good", "coverage_low", "unratified", "ituc", "inspection_violation"}
CASE_KINDS = {"case_admissible", "case_pending", "case_reprisal", "case_rate"}


def brand_of(user: AnyUser | None, *, editing: bool = False) -> Organisation | None:
    """The brand the user acts for (editing: as its admin or editor), or None."""
    if user is None or not user.is_authenticated:
        return None
    rows = Membership.objects.filter(user=user, organisation__kind=OrganisationKind.BRAND)
    if editing:
        rows = rows.filter(role__in=[Role.ADMIN, Role.EDITOR])
    row = rows.select_related("organisation").order_by("organisation__name").first()
    return row.organisation if row else None


def published_buyers() -> QuerySet[Publication]:
    return Publication.objects.filter(published=True)


def items_for(user: AnyUser | None) -> QuerySet[RiskItem]:
    """The items ``user`` may see at all."""
    items = RiskItem.objects.select_related("right", "facility", "buyer")
    if is_operator(user):
        return items
    orgs = org_ids(user)
    public = Q(buyer_id__in=published_buyers().values("buyer_id")) & (
        Q(scope=Scope.COUNTRY_PRODUCT) | Q(facility__public=True)
    )
    own = Q(buyer_id__in=orgs) | Q(facility__claimed_by_id__in=orgs) if orgs else Q(pk__in=[])
    return items.filter(public | own)


def level(item: RiskItem, user: AnyUser | None) -> str:
    """``full`` (the buyer, operator staff), ``site`` (the claimed facility) or ``public``."""
    if is_operator(user):
        return "full"
    orgs = org_ids(user)
    if item.buyer_id in orgs:
        return "full"
    if item.facility is not None and (item.facility.claimed_by_id or 0) in orgs:
        return "site"
    return "public"


def pieces_for(item: RiskItem, how: str) -> list[dict[str, Any]]:
    """The evidence as this viewer may read it."""
    return pieces(item.evidence, how)


def pieces(evidence: list[dict[str, Any]], how: str) -> list[dict[str, Any]]:
    """Pieces of evidence (an item's, or as an assessment froze them) at a viewer's level."""
    if how == "full":
        return list(evidence)
    if how == "site":
        return [{**p, "url": "", "detail": {}} if p["kind"] in CASE_KINDS else p
                for p in evidence]  # fmt: skip
    return [p for p in evidence if p["kind"] in PUBLIC_KINDS]
