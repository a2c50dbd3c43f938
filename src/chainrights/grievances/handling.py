"""The handler's and the brands' side of a case: its steps and their deadlines, messages to
the complainant, the contact revealed to the designated handler (with a logged reason),
sharing with brands and the supplier, the brands' responses and the public report.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.conf import settings
from django.contrib.auth.models import User
from django.db import transaction
from django.db.models import Prefetch
from django.utils import timezone

from chainrights.core import events
from chainrights.core.events import EventTag
from chainrights.core.models import Organisation, OrganisationKind, Right
from chainrights.core.refusals import Conflict, Invalid, NotAllowed
from chainrights.core.services import share_with
from chainrights.core.types import AnyUser
from chainrights.grievances.access import (
    brands_shown_to,
    linked_brands,
    may_handle,
    responding_brand,
)
from chainrights.grievances.channels import outbox
from chainrights.grievances.models import (
    FINISHED,
    MAX_NARRATIVE,
    RATEABLE,
    BrandResponse,
    Case,
    Contact,
    DeadlinePolicy,
    Escalation,
    Evidence,
    Message,
    MessageKind,
    PublicReport,
    State,
    Transition,
)
from chainrights.registry import services as registry

# state → the states a handler may move it to
TRANSITIONS: dict[str, tuple[State, ...]] = {
    State.RECEIVED: (State.ACKNOWLEDGED, State.WITHDRAWN),
    State.ACKNOWLEDGED: (State.ADMISSIBLE, State.INADMISSIBLE, State.WITHDRAWN),
    State.ADMISSIBLE: (State.INVESTIGATION, State.WITHDRAWN, State.ESCALATED),
    State.INVESTIGATION: (State.PLAN_AGREED, State.WITHDRAWN, State.ESCALATED, State.CLOSED),
    State.PLAN_AGREED: (State.REMEDIATED, State.WITHDRAWN, State.ESCALATED),
    State.REMEDIATED: (State.VERIFIED, State.PLAN_AGREED, State.ESCALATED),
    State.VERIFIED: (State.CLOSED, State.ESCALATED),
    State.CLOSED: (State.INVESTIGATION, State.ESCALATED),  # dissatisfaction reopens
    State.INADMISSIBLE: (State.ESCALATED,),
    State.ESCALATED: (State.INVESTIGATION, State.CLOSED),
    State.WITHDRAWN: (),
}
# the deadline that starts when a case enters a state, as a DeadlinePolicy field
DUE_AFTER: dict[str, str] = {
    State.RECEIVED: "acknowledge_days",
    State.ACKNOWLEDGED: "admissibility_days",
    State.ADMISSIBLE: "feedback_days",
    State.INVESTIGATION: "plan_days",
    State.PLAN_AGREED: "remediation_days",
    State.REMEDIATED: "verification_days",
}
REASON_REQUIRED = {State.ADMISSIBLE, State.INADMISSIBLE, State.CLOSED, State.ESCALATED}
NOT_YET_SHARED = (State.RECEIVED, State.ACKNOWLEDGED, State.INADMISSIBLE)


def receiving_operator() -> Organisation | None:
    """The operator that handles new cases (``GRIEVANCE_OPERATOR`` names it; else the first),
    or None when no operator is set up."""
    operators = Organisation.objects.filter(kind=OrganisationKind.OPERATOR).order_by("pk")
    return operators.filter(name=settings.GRIEVANCE_OPERATOR).first() or operators.first()


def deadline_policy(operator: Organisation) -> DeadlinePolicy:
    """The operator's deadlines, created with the defaults the first time they are needed."""
    existing = DeadlinePolicy.objects.filter(organisation=operator).first()
    if existing is not None:
        return existing
    with events.acting_as(system="grievances", organisation=operator, reason="default deadlines"):
        return DeadlinePolicy.objects.create(organisation=operator)


def due_at(operator: Organisation, state: str) -> Any:
    """When the step that starts as a case enters ``state`` is due (None: nothing is due)."""
    field = DUE_AFTER.get(state)
    if field is None:
        return None
    return timezone.now() + timedelta(days=getattr(deadline_policy(operator), field))


def _handled_by(case: Case, user: User, refusal: str) -> None:
    if not may_handle(case, user):
        raise NotAllowed(refusal)


def _check_transition(case: Case, to_state: str, reason: str, escalation: str) -> None:
    if to_state not in TRANSITIONS.get(case.state, ()):
        raise Conflict(f"A {case.state} case cannot become {to_state}.", field="state")
    if to_state in REASON_REQUIRED and not reason.strip():
        raise Invalid("Give the reason the complainant will read.", field="reason")
    if to_state == State.ESCALATED and escalation not in Escalation.values:
        raise Invalid(f"Escalate to one of {', '.join(Escalation.values)}.", field="escalation")


def transition_case(
    case: Case, user: User, to_state: str, reason: str = "", *, escalation: str = ""
) -> Case:
    """One step of the case, by its handler; the reason is told to the complainant. An
    admissible case is shared with the facility's brands."""
    _handled_by(case, user, "Only the operator's case handlers move a case.")
    _check_transition(case, to_state, reason, escalation)
    with transaction.atomic(), events.acting_as(user=user, organisation=case.owner_org,
                                                reason=reason or to_state):  # fmt: skip
        Transition.objects.create(case=case, from_state=case.state, to_state=to_state,
                                  reason=reason.strip()[:4000], actor=user,
                                  was_due_at=case.due_at)  # fmt: skip
        case.state = to_state
        case.due_at = due_at(case.owner_org, to_state)
        if case.handler_id is None:
            case.handler = user
        if to_state == State.ESCALATED:
            case.escalated_to = escalation
        if to_state in FINISHED:
            case.closed_at = timezone.now()
        elif case.closed_at is not None:
            case.closed_at = None  # reopened
        case.save()
        if to_state == State.ADMISSIBLE:
            share_with_linked_brands(case)
    return case


def confirm_rights(case: Case, user: User, rights: list[str]) -> Case:
    """The handler confirms (or corrects) which rights the case concerns."""
    _handled_by(case, user, "Only the operator's case handlers set the rights.")
    known = set(Right.objects.filter(code__in=rights).values_list("code", flat=True))
    if set(rights) - known:
        unknown = ", ".join(sorted(set(rights) - known))
        raise Invalid(f"Unknown right(s): {unknown}.", field="rights")
    with transaction.atomic(), events.acting_as(user=user, organisation=case.owner_org,
                                                reason="rights confirmed"):  # fmt: skip
        case.rights = list(dict.fromkeys(rights))
        case.save()
    return case


def share_with_linked_brands(case: Case) -> list[Organisation]:
    """Every brand sourcing from the facility sees the case (never the complainant)."""
    brands = linked_brands(case)
    share_with(case, brands)
    if brands:
        events.record(EventTag.CASE_SHARED, case, brands=[b.name for b in brands])
    return brands


def message_complainant(case: Case, user: User, text: str, *, internal: bool = False) -> Message:
    """The handler writes to the complainant, or an internal note the complainant never sees."""
    _handled_by(case, user, "Only the operator's case handlers write to the complainant.")
    if not text.strip():
        raise Invalid("Write the message.", field="text")
    kind = MessageKind.INTERNAL if internal else MessageKind.TO_COMPLAINANT
    with transaction.atomic(), events.acting_as(user=user, organisation=case.owner_org,
                                                reason="message"):  # fmt: skip
        body = text.strip()[:MAX_NARRATIVE]
        message = Message.objects.create(case=case, kind=kind, body=body, author=user)
        if not internal:  # to a worker who filed by SMS or WhatsApp, through the channel too
            outbox.notify_case(case, message.body)
        return message


def reveal_contact(case: Case, user: AnyUser, reason: str) -> str:
    """The complainant's contact details, for the designated handler only, with the reason in
    the event log."""
    if case.handler_id != getattr(user, "pk", None):
        raise NotAllowed("Only the case's designated handler may see the contact.")
    if not reason.strip():
        raise Invalid("Say why you need the contact details.", field="reason")
    contact = Contact.objects.filter(case=case).first()
    with events.acting_as(user=user, organisation=case.owner_org, reason=reason):
        events.record(EventTag.CASE_CONTACT_REVEALED, case, reason=reason)
    return contact.details if contact else ""


def record_brand_response(
    case: Case, user: User, response: str, *, commitment: str = "", due: Any = None,
    joint_with: list[str] | None = None,
) -> BrandResponse:  # fmt: skip
    """A linked brand says what it will do; brands sourcing from one factory may act jointly
    (leverage), naming each other."""
    brand = responding_brand(case, user)
    if brand is None:
        raise NotAllowed("Only brands the case is shared with respond to it.")
    if not response.strip():
        raise Invalid("Say what your company will do.", field="response")
    # partners the brand may know source here: naming one it may not know is ignored, so the
    # answer cannot tell it which other brands privately source from the facility
    partners = {b.name for b in brands_shown_to(case, user)}
    others = sorted(partners & set(joint_with or []) - {brand.name})
    with transaction.atomic(), events.acting_as(user=user, organisation=brand,
                                                reason="brand response"):  # fmt: skip
        return BrandResponse.objects.create(
            case=case, organisation=brand, response=response.strip()[:4000],
            commitment=commitment.strip()[:4000], due=due, joint_with=others, author=user,
        )  # fmt: skip


def write_public_report(
    case: Case, user: User, *, alleged: str, found: str, agreed: str, verified: str,
    publish: bool,
) -> PublicReport:  # fmt: skip
    """The handler's anonymised account of a closed case; published only on their approval.
    It must not name people: the handler writes it for the public, apart from the narrative."""
    _handled_by(case, user, "Only the operator's case handlers write public reports.")
    if case.state not in RATEABLE:
        raise Conflict("A public report is written once the case is closed.", field="state")
    texts = {"alleged": alleged, "found": found, "agreed": agreed, "verified": verified}
    missing = [k for k, v in texts.items() if not v.strip()]
    if missing:
        raise Invalid("Fill in what was alleged, found, agreed and verified.", field=missing[0])
    with transaction.atomic(), events.acting_as(user=user, organisation=case.owner_org,
                                                reason="public report"):  # fmt: skip
        report = PublicReport.objects.filter(case=case).first() or PublicReport(case=case)
        for key, value in texts.items():
            setattr(report, key, value.strip()[:4000])
        report.approved_by = user if publish else None
        report.published_at = timezone.now() if publish else None
        report.save()
    return report


def share_with_supplier(case: Case, user: User, reason: str) -> Organisation:
    """The operator decides the supplier may see the case (never the complainant): the
    organisation that claimed the facility in the registry."""
    _handled_by(case, user, "Only the operator's case handlers share a case.")
    supplier = registry.claimant_of(case.facility_id) if case.facility_id else None
    if supplier is None:
        raise Invalid("No supplier has a verified claim to this facility.", field="facility")
    if not reason.strip():
        raise Invalid("Say why the supplier should see the case.", field="reason")
    with transaction.atomic(), events.acting_as(user=user, organisation=case.owner_org,
                                                reason=reason):  # fmt: skip
        share_with(case, [supplier])
        events.record(EventTag.CASE_SHARED_WITH_SUPPLIER, case, supplier=supplier.name)
    return supplier


def facility_candidates(case: Case) -> list[tuple[Any, float]]:
    """Where a case described in free text may be: the registry's matching engine ranks the
    facilities; the handler picks one (``link_facility``)."""
    if case.facility_id is not None or not case.facility_text.strip():
        return []
    text = case.facility_text
    return registry.facility_candidates(text, text, case.country)


def link_facility(case: Case, user: User, public_id: str) -> Case:
    """The handler resolves the workplace to a registry facility; if the case is already
    admissible it is shared with that facility's brands at once."""
    _handled_by(case, user, "Only the operator's case handlers link a facility.")
    facility = registry.facility_by_id(public_id)
    if facility is None:
        raise Invalid("No facility has this ID.", field="facility_id")
    with transaction.atomic(), events.acting_as(user=user, organisation=case.owner_org,
                                                reason="facility resolved"):  # fmt: skip
        case.facility = facility
        case.country = case.country or facility.country
        case.save()
        if case.state not in NOT_YET_SHARED:
            share_with_linked_brands(case)
    return case


def handled_case(reference: str, user: User) -> Case | None:
    """The case with this reference if ``user`` handles it (an app above, such as the
    states app's referrals, acts on it only then)."""
    case = Case.objects.visible_to(user).filter(reference=reference.strip().upper()).first()
    return case if case is not None and may_handle(case, user) else None


def escalate_to_inspectorate(case: Case, user: User, reason: str) -> Case:
    """The step the complainant reads when their case goes to a labour inspectorate."""
    if case.state == State.ESCALATED and case.escalated_to == Escalation.INSPECTORATE:
        return case
    return transition_case(case, user, State.ESCALATED, reason,
                           escalation=Escalation.INSPECTORATE)  # fmt: skip


def identity_for_inspectorate(case: Case, user: AnyUser, reason: str) -> str | None:
    """The complainant's contact for the inspectorate the case was referred to, only while the
    complainant consents (None otherwise); each reading is in the event log."""
    if not case.identity_shareable:
        return None
    contact = Contact.objects.filter(case=case).first()
    with events.acting_as(user=user, organisation=case.owner_org, reason=reason):
        events.record(EventTag.REFERRAL_IDENTITY_READ, case, reason=reason)
    return contact.details if contact else ""


def evidence_listing(case: Case, ids: list[int] | None = None) -> list[dict[str, Any]]:
    """The case's evidence as the handler chooses from it (``ids``: only those), without the
    file names a reader other than the handler should not see. A list of cases (or of what
    points at them) prefetches ``evidence_prefetch`` so that each row costs no query."""
    cached = getattr(case, "_prefetched_objects_cache", {}).get("evidence")
    rows = list(cached) if cached is not None else list(case.evidence.defer("content", "filename"))
    rows.sort(key=lambda e: (e.created_at, e.pk))
    if ids is not None:
        wanted = set(ids)
        rows = [e for e in rows if e.pk in wanted]
    return [
        {"id": e.pk, "number": n, "content_type": e.content_type, "size": e.size,
         "at": e.created_at}
        for n, e in enumerate(rows, start=1)
    ]  # fmt: skip


def evidence_file(case: Case, evidence_id: int) -> tuple[str, bytes] | None:
    """One of the case's evidence files as (content type, bytes), for a caller that decided
    the reader may have it (the states app's referrals) and logs the reading; None if the
    case holds no such file. Its name stays encrypted here: names often name the worker."""
    found = case.evidence.filter(pk=evidence_id).first()
    return None if found is None else (found.content_type, bytes(found.content))


def evidence_prefetch(path: str = "evidence") -> Prefetch:
    """Prefetch a case's evidence for ``evidence_listing`` (``path``: to the case's evidence
    from the listed model, ``case__evidence`` for a referral) without the files' bytes."""
    return Prefetch(path, queryset=Evidence.objects.defer("content", "filename"))
