"""Who may see or act on a case: its operator's handlers, the brands it is shared with, and
which of those brands each reader may be told of. Every step in ``handling`` asks here first.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import User

from chainrights.core.models import Membership, Organisation, Role, Visibility
from chainrights.core.types import AnyUser
from chainrights.core.visibility import is_operator
from chainrights.grievances.models import Case
from chainrights.registry.services import sourcing_brands
from chainrights.registry.visibility import brands_known_to


def may_handle(case: Case, user: User) -> bool:
    """Operator staff of the case's operator (admins and editors) handle cases."""
    return Membership.objects.filter(
        user=user, organisation=case.owner_org, role__in=[Role.ADMIN, Role.EDITOR]
    ).exists()


def linked_brands(case: Case) -> list[Organisation]:
    """Brands whose supplier lists name the case's facility (through the registry's service)."""
    if case.facility is None:
        return []
    return sourcing_brands(case.facility)


def responding_brand(case: Case, user: User) -> Organisation | None:
    """The brand (its admin or editor) a case is shared with, on whose behalf ``user`` may
    record a response; None if there is none."""
    brands = {b.pk for b in linked_brands(case)}
    membership = (
        Membership.objects.filter(
            user=user, role__in=[Role.ADMIN, Role.EDITOR], organisation_id__in=brands
        )
        .select_related("organisation")
        .first()
    )
    shared = case.visibility == Visibility.SHARED
    return membership.organisation if membership and shared else None


def brands_shown_to(case: Case, user: AnyUser) -> list[Organisation]:
    """The linked brands ``user`` may be told of: all of them for the operator's staff; for a
    brand, those whose lists it may read (public ones) and itself. A brand linked only by its
    private list is named to nobody else."""
    if case.facility is None:
        return []
    return brands_known_to(linked_brands(case), case.facility, user)


def responses_shown_to(case: Case, user: AnyUser) -> list[dict[str, Any]]:
    """The brands' responses ``user`` may read: those of brands they may be told of, each
    naming only partners they may be told of (everything for the operator's staff)."""
    responses = list(case.brand_responses.select_related("organisation").order_by("created_at"))
    brands = {o.name: o for o in linked_brands(case)}
    brands |= {r.organisation.name: r.organisation for r in responses}
    staff = is_operator(user)
    known = set() if case.facility is None else {
        o.name for o in brands_known_to(list(brands.values()), case.facility, user)
    }  # fmt: skip
    return [
        {
            "organisation": r.organisation,
            "response": r.response,
            "commitment": r.commitment,
            "due": r.due,
            "created_at": r.created_at,
            "joint_with": [n for n in r.joint_with if staff or n in known],
        }
        for r in responses
        if staff or r.organisation.name in known
    ]
