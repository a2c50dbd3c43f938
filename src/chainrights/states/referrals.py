"""Referrals of grievance cases to labour inspectorates: the handler sends what they choose,
the inspectorate moves it through its steps (each with a deadline and, where it decides
something, a reason), and the complainant reads the progress among their case's steps.

The complainant's identity never travels with a referral: the inspectorate reads it from the
case, only while the complainant consents, with the reading logged. ILO C81 Art. 15(c) asks
inspectors to treat the source of a complaint as absolutely confidential and not to let the
employer know that a visit follows one; the inspectorate's page says so.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, cast

from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from chainrights.core import events
from chainrights.core.events import EventTag
from chainrights.core.models import Organisation, OrganisationKind, Right, Visibility
from chainrights.core.refusals import Conflict, Invalid, NotAllowed
from chainrights.core.services import share_with
from chainrights.core.types import AnyUser
from chainrights.core.visibility import visible
from chainrights.grievances import services as grievances
from chainrights.states import access
from chainrights.states.models import (
    REFERRAL_DONE,
    Referral,
    ReferralQuerySet,
    ReferralState,
    ReferralStep,
)

S = ReferralState
# state → the states the inspectorate may move it to
TRANSITIONS: dict[str, tuple[str, ...]] = {
    S.SENT: (S.ACKNOWLEDGED, S.RETURNED),
    S.ACKNOWLEDGED: (S.SCHEDULED, S.INSPECTED, S.RETURNED),
    S.SCHEDULED: (S.INSPECTED, S.RETURNED),
    S.INSPECTED: (S.ORDERS_ISSUED, S.NO_VIOLATION),
    S.ORDERS_ISSUED: (S.MONITORING, S.CLOSED_RESOLVED, S.CLOSED_UNRESOLVED),
    S.NO_VIOLATION: (S.CLOSED_RESOLVED, S.CLOSED_UNRESOLVED),
    S.MONITORING: (S.CLOSED_RESOLVED, S.CLOSED_UNRESOLVED),
    S.CLOSED_RESOLVED: (),
    S.CLOSED_UNRESOLVED: (),
    S.RETURNED: (),
}
# days the inspectorate has for the next step once a referral enters a state
DUE_DAYS: dict[str, int] = {
    S.SENT: 7,  # acknowledge
    S.ACKNOWLEDGED: 30,  # schedule or inspect
    S.SCHEDULED: 30,  # inspect
    S.INSPECTED: 14,  # say what was found
    S.ORDERS_ISSUED: 90,  # monitor or close
    S.NO_VIOLATION: 14,  # close
    S.MONITORING: 90,  # close
}
REASON_REQUIRED = {S.RETURNED, S.NO_VIOLATION, S.CLOSED_RESOLVED, S.CLOSED_UNRESOLVED}
MAX_SUMMARY = 10_000


@dataclass(frozen=True)
class ReferralDraft:
    """What the handler chooses to send; nothing else of the case goes."""

    summary: str
    inspectorate_id: int | None = None  # None: the inspectorate is not on the platform
    rights: list[str] = field(default_factory=list)
    evidence_ids: list[int] = field(default_factory=list)
    period_start: date | None = None
    period_end: date | None = None
    reason: str = ""


def inspectorates_for(country: str) -> list[Organisation]:
    """The labour inspectorates on the platform for one country."""
    if not country:
        return []
    return list(
        Organisation.objects.filter(kind=OrganisationKind.INSPECTORATE, country=country.upper())
    )


def _due(state: str) -> Any:
    days = DUE_DAYS.get(state)
    return None if days is None else timezone.now() + timedelta(days=days)


def _checked(case: Any, draft: ReferralDraft) -> tuple[Organisation | None, list[str], list[int]]:
    country = case.facility.country if case.facility_id else case.country
    if not country:
        raise Invalid(_("Link the facility first: its country says which inspectorate."),
                      field="inspectorate")  # fmt: skip
    inspectorate = None
    if draft.inspectorate_id is not None:
        inspectorate = next(
            (o for o in inspectorates_for(country) if o.pk == draft.inspectorate_id), None
        )
        if inspectorate is None:
            raise Invalid(_("Choose an inspectorate of the facility's country."),
                          field="inspectorate")  # fmt: skip
    if not draft.summary.strip():
        raise Invalid(_("Write the summary the inspectorate reads."), field="summary")
    if len(draft.summary) > MAX_SUMMARY:
        raise Invalid(_("At most %(n)s characters.") % {"n": f"{MAX_SUMMARY:,}"},
                      field="summary")  # fmt: skip
    rights = list(dict.fromkeys(draft.rights))
    known = set(Right.objects.filter(code__in=rights).values_list("code", flat=True))
    if set(rights) - known:
        raise Invalid(_("Unknown right: %(codes)s.") % {"codes": ", ".join(set(rights) - known)},
                      field="rights")  # fmt: skip
    listed = {e["id"] for e in grievances.evidence_listing(case)}
    if set(draft.evidence_ids) - listed:
        raise Invalid(_("That evidence is not the case's."), field="evidence")
    if draft.period_start and draft.period_end and draft.period_start > draft.period_end:
        raise Invalid(_("The period ends before it starts."), field="period_end")
    return inspectorate, rights, sorted(set(draft.evidence_ids))


def refer_case(case: Any, user: User, draft: ReferralDraft) -> Referral:
    """The handler refers the case: it becomes "escalated to the labour inspectorate" (the
    step the complainant reads, with the handler's reason) and the inspectorate receives the
    referral in its inbox."""
    if not grievances.may_handle(case, user):
        raise NotAllowed(_("Only the operator's case handlers refer a case."))
    if Referral.objects.filter(case=case).exists():
        raise Conflict(_("This case was referred already."), field="inspectorate")
    inspectorate, rights, evidence = _checked(case, draft)
    reason = draft.reason.strip() or _("Referred to the labour inspectorate.")
    try:
        return _refer(case, user, draft, inspectorate, rights, evidence, reason)
    except IntegrityError:  # another handler's referral of the case committed meanwhile
        raise Conflict(_("This case was referred already."), field="inspectorate") from None


def _refer(case: Any, user: User, draft: ReferralDraft, inspectorate: Organisation | None,
           rights: list[str], evidence: list[int], reason: str) -> Referral:  # fmt: skip
    """The referral's writes, all or none (one referral per case: the database says so)."""
    with transaction.atomic(), events.acting_as(user=user, organisation=case.owner_org,
                                                reason="referral"):  # fmt: skip
        grievances.escalate_to_inspectorate(case, user, reason)
        referral = Referral.objects.create(
            owner_org=case.owner_org, visibility=Visibility.SHARED, case=case,
            inspectorate=inspectorate, facility=case.facility,
            country=(case.facility.country if case.facility_id else case.country).upper(),
            summary=draft.summary.strip(), rights=rights, evidence_ids=evidence,
            period_start=draft.period_start, period_end=draft.period_end,
            due_at=_due(S.SENT), sent_by=user,
        )  # fmt: skip
        ReferralStep.objects.create(referral=referral, to_state=S.SENT, actor=user)
        if inspectorate is not None:
            share_with(referral, [inspectorate])
        events.record(EventTag.REFERRAL_SENT, referral,
                      inspectorate=inspectorate.name if inspectorate else "")  # fmt: skip
    return referral


def move_referral(referral: Referral, user: User, to_state: str, reason: str = "") -> Referral:
    """One step of the referral, by the inspectorate (or, off the platform, the handler)."""
    if not access.may_move(referral, user):
        raise NotAllowed(_("Only the inspectorate the case was referred to moves it."))
    if to_state not in TRANSITIONS.get(referral.state, ()):
        raise Conflict(_("The referral cannot go from %(a)s to %(b)s.") % {
            "a": referral.state, "b": to_state}, field="state")  # fmt: skip
    if to_state in REASON_REQUIRED and not reason.strip():
        raise Invalid(_("Give the reason: the complainant and the handler read it."),
                      field="reason")  # fmt: skip
    acting_for = referral.inspectorate or referral.owner_org
    with transaction.atomic(), events.acting_as(user=user, organisation=acting_for,
                                                reason=to_state):  # fmt: skip
        _step(referral, user, to_state, reason)
    return referral


def _step(referral: Referral, user: User, to_state: str, reason: str = "") -> None:
    ReferralStep.objects.create(
        referral=referral, from_state=referral.state, to_state=to_state,
        reason=reason.strip()[:4000], actor=user, was_due_at=referral.due_at,
    )  # fmt: skip
    referral.state = to_state
    referral.due_at = _due(to_state)
    referral.closed_at = timezone.now() if to_state in REFERRAL_DONE else None
    referral.save()
    events.record(EventTag.REFERRAL_STEP, referral, state=to_state)


def inspected(referral: Referral, user: User, inspection: Any) -> None:
    """An inspection was recorded for the referral: it is linked (never the other way), the
    referral is inspected, and then orders issued, or no violation found, as the record says.
    Runs inside the caller's transaction and ``acting_as``."""
    if referral.state not in (S.SENT, S.ACKNOWLEDGED, S.SCHEDULED):
        raise Conflict(_("This referral was inspected already."), field="referral")
    if referral.state == S.SENT:
        _step(referral, user, S.ACKNOWLEDGED)
    referral.inspection = inspection
    _step(referral, user, S.INSPECTED)
    if inspection.orders.exists():
        _step(referral, user, S.ORDERS_ISSUED)
    elif not inspection.violations.exists():
        _step(referral, user, S.NO_VIOLATION, _("The inspection found no violation."))


def referrals_for(user: AnyUser | None) -> Any:
    """The referrals ``user`` may see, inbox order: an inspectorate's members see those
    addressed to it; the operator's staff see all of theirs."""
    rows = Referral.objects.select_related("inspectorate", "facility", "case").prefetch_related(
        "steps", grievances.evidence_prefetch("case__evidence")
    )  # what ``referral_view`` reads of each row, in four queries for any number of rows
    found = visible(rows, user)
    return cast(ReferralQuerySet, found).inbox()


def referral_for(pk: int, user: AnyUser | None) -> Referral | None:
    return referrals_for(user).filter(pk=pk).first()


def identity(referral: Referral, user: User, reason: str) -> str | None:
    """The complainant's contact for the addressed inspectorate, if they consent (logged),
    and only while the referral is open: a returned or closed one has no further need."""
    if not access.is_addressee(referral, user):
        raise NotAllowed(_("Only the inspectorate the case was referred to may ask."))
    if referral.state in REFERRAL_DONE:
        raise Conflict(_("The referral is returned or closed: the complainant's contact is no "
                         "longer given."), field="reason")  # fmt: skip
    if not reason.strip():
        raise Invalid(_("Say why you need to contact the complainant (logged)."), field="reason")
    return grievances.identity_for_inspectorate(referral.case, user, reason.strip()[:500])


def evidence_file(referral: Referral, user: AnyUser, evidence_id: int) -> tuple[str, bytes] | None:
    """One file of the evidence the handler sent, for the addressed inspectorate's members and
    the case's handlers only (None for anyone else, or for a file not sent); each download is
    in the event log."""
    if not user.is_authenticated or evidence_id not in referral.evidence_ids:
        return None
    addressee = access.is_addressee(referral, user)
    if not (addressee or grievances.may_handle(referral.case, user)):
        return None
    found = grievances.evidence_file(referral.case, evidence_id)
    if found is not None:
        acting_for = referral.inspectorate if addressee else None
        with events.acting_as(user=user, organisation=acting_for or referral.owner_org,
                              reason="referral evidence"):  # fmt: skip
            events.record(EventTag.REFERRAL_EVIDENCE_READ, referral, evidence=evidence_id)
    return found
