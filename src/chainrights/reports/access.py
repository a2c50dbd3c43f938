"""Who may draft, read and publish reports: a brand's admins and editors write its reports;
its viewers read the drafts; everyone else sees published reports only as their visibility
allows (``core.visibility``)."""

from __future__ import annotations

from typing import cast

from django.db.models import QuerySet

from chainrights.core.models import Membership, Organisation, OrganisationKind, Role
from chainrights.core.types import AnyUser
from chainrights.core.visibility import visible
from chainrights.reports.models import Report, ReportQuerySet


def brand_of(user: AnyUser | None, editing: bool = False) -> Organisation | None:
    """The brand the user acts for (as admin or editor when ``editing``)."""
    if user is None or not user.is_authenticated:
        return None
    memberships = Membership.objects.filter(user=user, organisation__kind=OrganisationKind.BRAND)
    if editing:
        memberships = memberships.filter(role__in=[Role.ADMIN, Role.EDITOR])
    return Organisation.objects.filter(pk__in=memberships.values("organisation_id")).first()


def readable(user: AnyUser | None) -> QuerySet[Report]:
    """Drafts only to their own organisation; published reports by their visibility."""
    reports = cast(ReportQuerySet, visible(Report.objects.all(), user))
    own = brand_of(user)
    if own is None:
        return reports.published()
    return reports.filter(owner_org=own) | reports.published()


def may_edit(report: Report, user: AnyUser | None) -> bool:
    brand = brand_of(user, editing=True)
    return brand is not None and brand.pk == report.owner_org_id and report.is_draft
