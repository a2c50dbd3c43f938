"""Who may see or act on referrals and inspection records, on top of ``core.visibility``.

- An inspectorate's members see the referrals addressed to it (shared with it) and every
  record it owns; its admins and editors act on them. A member of another inspectorate, of
  another country or the same, gets the 404 of an unknown referral.
- The operator's case handlers see the referrals of their cases and record the steps of a
  referral to an inspectorate that is not on the platform.
- Everyone sees the public summary of a public inspection record.
"""

from __future__ import annotations

from django.contrib.auth.models import User

from chainrights.core.models import Membership, Organisation, OrganisationKind, Role
from chainrights.core.types import AnyUser
from chainrights.grievances import services as grievances
from chainrights.states.models import Referral

WRITERS = (Role.ADMIN, Role.EDITOR)


def inspectorate_of(user: AnyUser | None, *, editing: bool = False) -> Organisation | None:
    """The labour inspectorate ``user`` works for (as admin or editor when ``editing``)."""
    if user is None or not user.is_authenticated:
        return None
    memberships = Membership.objects.filter(
        user=user, organisation__kind=OrganisationKind.INSPECTORATE
    )
    if editing:
        memberships = memberships.filter(role__in=WRITERS)
    membership = memberships.select_related("organisation").order_by("pk").first()
    return membership.organisation if membership else None


def may_move(referral: Referral, user: User) -> bool:
    """The addressed inspectorate's admins and editors record its steps; for an inspectorate
    off the platform, the case's handler records what it was told."""
    if referral.inspectorate_id is None:
        return grievances.may_handle(referral.case, user)
    return Membership.objects.filter(
        user=user, organisation_id=referral.inspectorate_id, role__in=WRITERS
    ).exists()


def is_addressee(referral: Referral, user: AnyUser | None) -> bool:
    """A member of the inspectorate the referral is addressed to."""
    if user is None or not user.is_authenticated or referral.inspectorate_id is None:
        return False
    return Membership.objects.filter(user=user, organisation_id=referral.inspectorate_id).exists()
