"""Facility claims: the organisation that runs a facility claims it, an operator verifies the
claim, and from then on that organisation may correct the facility's data. Every step and
every correction is an audited write with its actor and reason.
"""

from __future__ import annotations

import hashlib
from typing import Any

from django.contrib.auth.models import User
from django.db import transaction

from chainrights.core import events, uploads
from chainrights.core.models import Membership, Organisation, OrganisationKind, Role
from chainrights.core.refusals import Conflict, Invalid, NotAllowed, Refusal
from chainrights.core.types import AnyUser
from chainrights.core.visibility import is_operator
from chainrights.registry import reads, visibility
from chainrights.registry.models import ClaimStatus, Facility, FacilityClaim

CORRECTABLE = ("name", "address", "lat", "lng")


class ClaimError(Refusal):
    """A claim step refused; the message says why, for the person asking. Each is raised as
    one of the three kinds below, so the API and pages answer it with the right status."""


class ClaimConflict(ClaimError, Conflict):
    """The facility's or the claim's state forbids the step (409)."""


class ClaimNotAllowed(ClaimError, NotAllowed):
    """The person may not take this step (403)."""


class ClaimInvalid(ClaimError, Invalid):
    """The correction breaks a rule (400); ``field`` names which input."""


def claimant_organisation(user: AnyUser) -> Organisation | None:
    """The supplier organisation ``user`` may act for (as its admin or editor)."""
    if user is None or not user.is_authenticated:
        return None
    membership = (
        Membership.objects.filter(
            user=user,
            role__in=[Role.ADMIN, Role.EDITOR],
            organisation__kind=OrganisationKind.SUPPLIER,
        )
        .select_related("organisation")
        .first()
    )
    return membership.organisation if membership else None


def is_operator_editor(user: AnyUser) -> bool:
    return (
        user.is_authenticated
        and is_operator(user)
        and Membership.objects.filter(
            user=user,
            role__in=[Role.ADMIN, Role.EDITOR],
            organisation__kind=OrganisationKind.OPERATOR,
        ).exists()
    )


def claim(facility: Facility, user: User, evidence: str,
          document: tuple[str, bytes] | None = None) -> FacilityClaim:  # fmt: skip
    """A supplier claims a facility, saying how it shows it runs it and perhaps attaching a
    file (a business licence, a utility bill) an operator downloads to check."""
    organisation = claimant_organisation(user)
    if organisation is None:
        raise ClaimNotAllowed("Only editors of a supplier organisation may claim a facility.")
    facility = facility.survivor()
    if not visibility.may_know(facility, user):
        # Conservative: a supplier claims only what it may see (a public facility, or one
        # its own list names); a facility only others' private lists name does not exist.
        raise ClaimConflict("No facility has this ID.")
    if facility.claimed_by_id is not None:
        raise ClaimConflict("This facility is already claimed.")
    if not evidence.strip():
        raise ClaimConflict("Say how you show that you run this facility.", field="evidence")
    if FacilityClaim.objects.filter(
        facility=facility, organisation=organisation, status=ClaimStatus.PENDING
    ).exists():
        raise ClaimConflict("Your claim is already waiting for an operator.")
    attached: dict[str, Any] = {}
    if document is not None:
        filename, content = document
        attached = {"evidence_file": content, "evidence_filename": filename[-200:],
                    "evidence_type": uploads.checked_document(filename, content),
                    "evidence_sha256": hashlib.sha256(content).hexdigest()}  # fmt: skip
    with transaction.atomic(), events.acting_as(user=user, organisation=organisation,
                                                reason="facility claimed"):  # fmt: skip
        return FacilityClaim.objects.create(
            facility=facility, organisation=organisation, claimed_by=user,
            evidence=evidence[:4000], **attached,
        )  # fmt: skip


def decide(claim: FacilityClaim, user: User, *, verify: bool, reason: str) -> FacilityClaim:
    """An operator verifies or rejects a pending claim, with a reason the claimant sees."""
    if not is_operator_editor(user):
        raise ClaimNotAllowed("Only operators decide claims.")
    if claim.status != ClaimStatus.PENDING:
        raise ClaimConflict("This claim was decided already.")
    if not reason.strip():
        raise ClaimConflict("Give a reason.", field="reason")
    with transaction.atomic(), events.acting_as(user=user, reason=reason):
        claim.status = ClaimStatus.VERIFIED if verify else ClaimStatus.REJECTED
        claim.decided_by = user
        claim.reason = reason[:2000]
        claim.save()
        if verify:
            facility = claim.facility
            facility.claimed_by = claim.organisation
            facility.save()
            reads.refresh([facility.pk])  # a verified claim makes the facility public
    return claim


def may_correct(facility: Facility, user: AnyUser) -> bool:
    if is_operator_editor(user):
        return True
    organisation = claimant_organisation(user)
    return organisation is not None and facility.claimed_by_id == organisation.pk


def correct(facility: Facility, user: AnyUser, changes: dict[str, Any], reason: str) -> Facility:
    """The verified owner (or an operator) corrects name, address or location; the event log
    keeps what it was, what it became, who changed it and why."""
    if not may_correct(facility, user):
        raise ClaimNotAllowed("Only the facility's verified owner or an operator may correct it.")
    if not reason.strip():
        raise ClaimInvalid("Give a reason for the correction.", field="reason")
    unknown = set(changes) - set(CORRECTABLE)
    if unknown:
        raise ClaimInvalid(
            f"These fields cannot be corrected here: {', '.join(sorted(unknown))}.",
            field=sorted(unknown)[0],
        )
    lat, lng = changes.get("lat", facility.lat), changes.get("lng", facility.lng)
    if lat is None or lng is None:
        if lat is not None or lng is not None:
            raise ClaimInvalid("lat and lng must be given together, in degrees.", field="lat")
    elif not (-90 <= lat <= 90 and -180 <= lng <= 180):
        raise ClaimInvalid("lat and lng must be given together, in degrees.", field="lat")
    if "name" in changes and not str(changes["name"]).strip():
        raise ClaimInvalid("The name cannot be empty.", field="name")
    with transaction.atomic(), events.acting_as(user=user, reason=reason):
        for field, value in changes.items():
            setattr(facility, field, value.strip()[:2000] if isinstance(value, str) else value)
        facility.save()
        reads.refresh([facility.pk])
    return facility
