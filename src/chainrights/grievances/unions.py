"""A union's side of the grievance mechanism: it files for a named member, for a member who
stays anonymous to the platform, or for a group of workers (a collective complaint), then
follows the cases it brought and answers the handler.

Filing goes through ``intake.file_grievance`` like any complaint; a ``UnionFiling`` row says
which union, who filed and for whom. What the union may read of a case is narrower than the
handler's page: the state, the dates, and the handler's messages to the complainant only when
the members chose that the union receives them; never internal notes, the narrative's
classification, brands' names, or any case another organisation brought.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from django.contrib.auth.models import User
from django.db import transaction
from django.db.models import QuerySet
from django.utils.translation import gettext as _

from chainrights.core import events
from chainrights.core.events import EventTag
from chainrights.core.models import Membership, Organisation, OrganisationKind, Role
from chainrights.core.refusals import Invalid, NotAllowed
from chainrights.core.types import AnyUser
from chainrights.grievances.intake import Intake, at_most, file_grievance, normalise_code
from chainrights.grievances.models import (
    MAX_NARRATIVE,
    MAX_UNIT,
    Case,
    Channel,
    Message,
    MessageKind,
    OnBehalf,
    State,
    UnionFiling,
)
from chainrights.registry.services import may_know

MAX_MEMBER_NAME = 200
MAX_MEMBER_CONTACT = 700  # with the name, within intake's MAX_CONTACT
MAX_GROUP = 1_000_000  # as intake's workers_affected


@dataclass(frozen=True)
class UnionIntake:
    """A complaint a union files: the complaint itself (``intake``) and for whom."""

    intake: Intake
    on_behalf: str
    member_name: str = ""
    member_contact: str = ""
    group_size: int | None = None
    unit: str = ""
    copy_to_union: bool = False


def _unions(user: AnyUser | None, roles: tuple[str, ...] | None = None) -> QuerySet[Membership]:
    memberships = Membership.objects.filter(organisation__kind=OrganisationKind.UNION)
    if user is None or not user.is_authenticated:
        return memberships.none()
    memberships = memberships.filter(user=user)
    return memberships.filter(role__in=roles) if roles else memberships


def is_union_member(user: AnyUser | None) -> bool:
    """Whether ``user`` belongs to a union (the navigation shows the union's pages)."""
    return _unions(user).exists()


def filing_union(user: AnyUser | None) -> Organisation:
    """The union ``user`` files and writes for (as its admin or editor), or a refusal."""
    membership = (
        _unions(user, (Role.ADMIN, Role.EDITOR)).select_related("organisation").order_by("pk")
    ).first()
    if membership is None:
        raise NotAllowed(_("Only a union's admins and editors file or write for its members."))
    return membership.organisation


def _reading_unions(user: AnyUser | None) -> list[int]:
    ids = list(_unions(user).values_list("organisation_id", flat=True))
    if not ids:
        raise NotAllowed(_("Only members of a union follow the cases it brought."))
    return ids


def _check_text(value: str, field: str, limit: int) -> str:
    value = (value or "").strip()
    if len(value) > limit:
        raise Invalid(at_most(limit), field=field)
    if "\x00" in value:
        raise Invalid(_("The text holds characters that cannot be stored."), field=field)
    return value


def _check_behalf(filing: UnionIntake) -> None:
    if filing.on_behalf not in OnBehalf.values:
        raise Invalid(
            _("Say whom you file for: a named member, an anonymous member or a group."),
            field="on_behalf",
        )
    if filing.on_behalf == OnBehalf.NAMED and not filing.member_name.strip():
        raise Invalid(_("Give the member's name, or file for an anonymous member."),
                      field="member_name")  # fmt: skip
    if filing.on_behalf != OnBehalf.NAMED and (filing.member_name or filing.member_contact):
        raise Invalid(_("A name and contact are given only for a named member."),
                      field="member_name")  # fmt: skip
    if filing.on_behalf == OnBehalf.GROUP:
        size = filing.group_size
        if size is None or not 2 <= size <= MAX_GROUP:
            raise Invalid(_("A group is from 2 to 1,000,000 workers."), field="group_size")
        if not filing.unit.strip():
            raise Invalid(_("Say which department, line, shift or site."), field="unit")
    elif filing.group_size is not None or filing.unit:
        raise Invalid(_("The group's size and unit are given only for a group."),
                      field="group_size")  # fmt: skip


def _checked(filing: UnionIntake) -> UnionIntake:
    """The filing with its texts trimmed, or the refusal naming the field to fix."""
    _check_behalf(filing)
    name = _check_text(filing.member_name, "member_name", MAX_MEMBER_NAME)
    contact = _check_text(filing.member_contact, "member_contact", MAX_MEMBER_CONTACT)
    unit = _check_text(filing.unit, "unit", MAX_UNIT)
    # The member's name and how to reach them are the case's contact: encrypted, opened only
    # by the designated handler with a logged reason.
    intake = replace(filing.intake, channel=Channel.UNION, contact="\n".join(
        part for part in (name, contact) if part), workers_affected=filing.group_size)  # fmt: skip
    return replace(filing, intake=intake, member_name="", member_contact="", unit=unit)


def file_for_members(user: User, filing: UnionIntake) -> tuple[Case, str]:
    """A union files for its members through the one intake; returns the case and the
    secret (shown once: the union may pass it to the member)."""
    union = filing_union(user)
    filing = _checked(filing)
    with transaction.atomic():
        case, secret = file_grievance(filing.intake, received_by=user)
        with events.acting_as(user=user, organisation=union, reason="filed for members"):
            UnionFiling.objects.create(
                case=case, organisation=union, filed_by=user, on_behalf=filing.on_behalf,
                unit=filing.unit, copy_to_union=filing.copy_to_union,
            )  # fmt: skip
            events.record(EventTag.CASE_FILED_BY_UNION, case, on_behalf=filing.on_behalf)
    return case, secret


def union_cases(user: AnyUser | None) -> QuerySet[Case]:
    """The cases the user's unions brought, newest first; nobody else's."""
    unions = _reading_unions(user)
    return (
        Case.objects.filter(union_filing__organisation_id__in=unions)
        .select_related("union_filing", "facility")
        .order_by("-received_at", "-pk")
    )


def union_case(user: AnyUser | None, reference: str) -> Case | None:
    """One case the user's unions brought, or None (another's case is as an unknown one)."""
    return union_cases(user).filter(reference=normalise_code(reference)).first()


def _workplace(case: Case, user: AnyUser | None) -> str:
    """The registry name when the union may know the facility, else what it wrote."""
    if case.facility is not None and may_know(case.facility, user):
        return str(case.facility.name)
    return case.facility_text


def union_summary(case: Case, user: AnyUser | None) -> dict[str, Any]:
    """A row of "Our cases": what the union itself gave, the state and the due date."""
    filing = case.union_filing
    return {
        "reference": case.reference,
        "state": case.state,
        "state_label": str(State(case.state).label),
        "workplace": _workplace(case, user),
        "on_behalf": filing.on_behalf,
        "on_behalf_label": str(OnBehalf(filing.on_behalf).label),
        "group_size": case.workers_affected if filing.on_behalf == OnBehalf.GROUP else None,
        "unit": filing.unit,
        "copy_to_union": filing.copy_to_union,
        "received_at": case.received_at,
        "due_at": case.due_at,
        "closed_at": case.closed_at,
    }


def _thread(case: Case, copied: bool) -> list[dict[str, Any]]:
    kinds = [MessageKind.FROM_UNION] + ([MessageKind.TO_COMPLAINANT] if copied else [])
    messages = case.messages.filter(kind__in=kinds).order_by("created_at", "pk")
    return [
        {
            "from": "union" if m.kind == MessageKind.FROM_UNION else "handler",
            "at": m.created_at,
            "text": m.body,
        }
        for m in messages
    ]


def union_view(case: Case, user: AnyUser | None) -> dict[str, Any]:
    """The union's page of a case: the summary, the steps (their reasons, which are told to
    the complainant, only when the members chose that the union hears), and the messages."""
    copied = case.union_filing.copy_to_union
    steps = [
        {
            "state": t.to_state,
            "label": str(State(t.to_state).label),
            "at": t.created_at,
            "reason": t.reason if copied else "",
        }
        for t in case.transitions.order_by("created_at", "pk")
    ]
    return union_summary(case, user) | {"steps": steps, "messages": _thread(case, copied)}


def union_reply(case: Case, user: User, text: str) -> Message:
    """The union writes to the case's handler (the members' words, or the union's own)."""
    union = filing_union(user)
    if case.union_filing.organisation_id != union.pk:
        raise NotAllowed(_("Only the union that brought the case writes on it."))
    text = _check_text(text, "text", MAX_NARRATIVE)
    if not text:
        raise Invalid(_("Write the message."), field="text")
    with transaction.atomic(), events.acting_as(user=user, organisation=union,
                                                reason="union replied"):  # fmt: skip
        return Message.objects.create(case=case, kind=MessageKind.FROM_UNION, body=text,
                                      author=user, organisation=union)  # fmt: skip
