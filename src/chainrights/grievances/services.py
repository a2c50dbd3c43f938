"""The grievance mechanism's rules: intake, anonymous follow-up, the case's steps and who
sees what. Views and API endpoints only call these functions.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from chainrights.core import events
from chainrights.core.models import Organisation, OrganisationKind, Share, Visibility
from chainrights.core.visibility import is_operator
from chainrights.grievances.models import (
    Case,
    Channel,
    Contact,
    DeadlinePolicy,
    Escalation,
    Evidence,
    Message,
    MessageKind,
    State,
    Transition,
)

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford: no I, L, O, U to misread
MAX_NARRATIVE = 20_000
MAX_CONTACT = 1_000
MAX_EVIDENCE_BYTES = 10 * 1024 * 1024
EVIDENCE_TYPES = {
    "image/jpeg": (b"\xff\xd8\xff",),
    "image/png": (b"\x89PNG\r\n\x1a\n",),
    "application/pdf": (b"%PDF-",),
    "audio/mpeg": (b"ID3", b"\xff\xfb", b"\xff\xf3", b"\xff\xf2"),
    "audio/ogg": (b"OggS",),
    "audio/mp4": (b"\x00\x00\x00",),  # ftyp box follows at offset 4
}
# Secrets are hashed with argon2id at OWASP's recommended cost for interactive use (19 MiB,
# two passes, one lane): slow enough that a stolen table gives nothing away, fast enough that
# intake keeps up under load (people's passwords use Django's heavier settings).
SECRET_HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
# Checking a secret against this hash when the reference is unknown makes a wrong secret and
# an unknown reference cost the same time: nobody learns which references exist.
_DUMMY_HASH = SECRET_HASHER.hash("not-a-real-secret")


def _secret_matches(secret: str, hashed: str) -> bool:
    try:
        return bool(SECRET_HASHER.verify(hashed, secret))
    except (VerificationError, InvalidHashError):
        return False


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


def _at_most(n: int) -> str:
    return _("At most %(n)s characters.") % {"n": f"{n:,}"}


class GrievanceError(ValueError):
    """Input or a step that is refused; ``field`` names what to fix."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class Intake:
    narrative: str
    facility_id: str = ""
    facility_text: str = ""
    country: str = ""
    language: str = ""
    channel: str = Channel.WEB
    rights: tuple[str, ...] = ()
    workers_affected: int | None = None
    fears_retaliation: bool = False
    contact: str = ""


def _symbols(n: int) -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(n))


def new_reference() -> str:
    """'GR-7K2M-9QXN': short enough to read out on a phone line."""
    return f"GR-{_symbols(4)}-{_symbols(4)}"


def new_secret() -> str:
    """Five groups of four symbols (100 bits), easy to write down and hard to guess."""
    return "-".join(_symbols(4) for _ in range(5))


def normalise_code(text: str) -> str:
    """People type references and secrets loosely: lower case, spaces, O for 0."""
    table = str.maketrans({"I": "1", "L": "1", "O": "0", " ": "", "_": "-"})
    return (text or "").strip().upper().translate(table)[:60]


def operator_for(country: str = "") -> Organisation:
    """The operator that handles new cases (``GRIEVANCE_OPERATOR`` names it; else the first)."""
    operators = Organisation.objects.filter(kind=OrganisationKind.OPERATOR).order_by("pk")
    named = operators.filter(name=settings.GRIEVANCE_OPERATOR).first()
    operator = named or operators.first()
    if operator is None:
        raise GrievanceError("-", "No operator organisation is set up to receive grievances.")
    return operator


def policy(operator: Organisation) -> DeadlinePolicy:
    existing = DeadlinePolicy.objects.filter(organisation=operator).first()
    if existing is not None:
        return existing
    with events.acting_as(system="grievances", organisation=operator, reason="default deadlines"):
        return DeadlinePolicy.objects.create(organisation=operator)


def _due(operator: Organisation, state: str) -> Any:
    field = DUE_AFTER.get(state)
    if field is None:
        return None
    return timezone.now() + timedelta(days=getattr(policy(operator), field))


def detect_language(text: str) -> str:
    """The narrative's language (py3langid ships its own model: nothing is downloaded)."""
    if len(text.strip()) < 12:
        return ""
    import py3langid

    language, _ = py3langid.classify(text)
    return str(language)


def _validate(intake: Intake, viewer: Any = None) -> tuple[Any, list[str]]:
    from chainrights.core.models import Right
    from chainrights.registry import visibility

    narrative = (intake.narrative or "").strip()
    if not narrative:
        raise GrievanceError("narrative", _("Say what happened."))
    if len(narrative) > MAX_NARRATIVE:
        raise GrievanceError("narrative", _at_most(MAX_NARRATIVE))
    if "\x00" in narrative or "\x00" in intake.contact:
        raise GrievanceError("narrative", _("The text holds characters that cannot be stored."))
    if len(intake.contact) > MAX_CONTACT:
        raise GrievanceError("contact", _at_most(MAX_CONTACT))
    if intake.channel not in Channel.values:
        raise GrievanceError("channel", f"Unknown channel; one of {', '.join(Channel.values)}.")
    if intake.workers_affected is not None and not 0 < intake.workers_affected <= 1_000_000:
        raise GrievanceError("workers_affected", "A number of workers from 1 to 1,000,000.")
    facility = None
    if intake.facility_id:
        # A facility only private lists name is unknown to the complainant, as a wrong ID is
        # (staff recording a complaint see it); the handler may link it later.
        found = visibility.find(intake.facility_id, viewer)
        if found is None:
            raise GrievanceError("facility_id", _("No facility has this ID; describe it instead."))
        facility = found.survivor()
    elif not intake.facility_text.strip():
        raise GrievanceError("facility_text", _("Name the workplace, or describe where it is."))
    rights = list(dict.fromkeys(intake.rights))
    known = set(Right.objects.filter(code__in=rights).values_list("code", flat=True))
    unknown = [r for r in rights if r not in known]
    if unknown:
        raise GrievanceError("rights", f"Unknown right(s): {', '.join(unknown[:5])}.")
    return facility, rights


def file_grievance(intake: Intake, *, received_by: Any = None) -> tuple[Case, str]:
    """Record a complaint; returns the case and its secret (shown once, stored only as a
    slow hash). No network address or browser is recorded."""
    from chainrights.countries import resolve_country

    facility, rights = _validate(intake, received_by)
    country = facility.country if facility else ""
    if not country and intake.country:
        resolved = resolve_country(intake.country)
        if resolved is None:
            raise GrievanceError("country", f"Unknown country {intake.country[:40]!r}.")
        country = resolved.code
    operator = operator_for(country)
    secret = new_secret()
    narrative = intake.narrative.strip()
    actor = (
        events.acting_as(user=received_by, organisation=operator, reason="grievance received")
        if received_by is not None
        else events.acting_as(
            system=f"intake:{intake.channel}", organisation=operator, reason="grievance received"
        )  # fmt: skip
    )
    with transaction.atomic(), actor:
        case = Case.objects.create(
            owner_org=operator, visibility=Visibility.PRIVATE, reference=_unused_reference(),
            secret_hash=SECRET_HASHER.hash(secret), facility=facility,
            facility_text=intake.facility_text.strip()[:500], country=country,
            language=intake.language[:12], detected_language=detect_language(narrative),
            channel=intake.channel, rights=rights, suggested_rights=_suggested(narrative),
            workers_affected=intake.workers_affected,
            fears_retaliation=intake.fears_retaliation, narrative=narrative,
            due_at=_due(operator, State.RECEIVED),
        )  # fmt: skip
        if intake.contact.strip():
            Contact.objects.create(case=case, details=intake.contact.strip())
        events.record("case.received", case, channel=intake.channel)
    return case, secret


def _suggested(narrative: str) -> list[str]:
    """Rights the classifier proposes for the handler to confirm ([] without the extra)."""
    from chainrights.grievances import classifier
    from chainrights.grievances.categories import rights_of

    return rights_of(classifier.suggest(narrative))


def set_rights(case: Case, user: Any, rights: list[str]) -> Case:
    """The handler confirms (or corrects) which rights the case concerns."""
    from chainrights.core.models import Right

    if not may_handle(case, user):
        raise GrievanceError("-", "Only the operator's case handlers set the rights.")
    known = set(Right.objects.filter(code__in=rights).values_list("code", flat=True))
    if set(rights) - known:
        raise GrievanceError(
            "rights", f"Unknown right(s): {', '.join(sorted(set(rights) - known))}."
        )
    with transaction.atomic(), events.acting_as(user=user, organisation=case.owner_org,
                                                reason="rights confirmed"):  # fmt: skip
        case.rights = list(dict.fromkeys(rights))
        case.save()
    return case


def _unused_reference() -> str:
    while True:
        reference = new_reference()
        if not Case.objects.filter(reference=reference).exists():
            return reference


def find_case(reference: str, secret: str) -> Case | None:
    """The case for reference + secret, or None; an unknown reference and a wrong secret take
    the same path and the same time."""
    case = Case.objects.filter(reference=normalise_code(reference)).first()
    valid = _secret_matches(normalise_code(secret), case.secret_hash if case else _DUMMY_HASH)
    return case if case is not None and valid else None


def complainant_view(case: Case) -> dict[str, Any]:
    """What the complainant sees: state, dates, the steps' reasons and the messages meant for
    them, never internal notes or brands' names."""
    messages = case.messages.filter(
        kind__in=[MessageKind.TO_COMPLAINANT, MessageKind.FROM_COMPLAINANT]
    ).order_by("created_at", "pk")
    steps = case.transitions.order_by("created_at", "pk")
    return {
        "reference": case.reference,
        "state": case.state,
        "state_label": str(State(case.state).label),
        "received_at": case.received_at,
        "due_at": case.due_at,
        "closed_at": case.closed_at,
        "can_rate": case.state in (State.CLOSED, State.INADMISSIBLE),
        "satisfaction": case.satisfaction,
        "responses": [
            {"commitment": r.commitment or r.response, "due": r.due}
            for r in case.brand_responses.order_by("created_at")
        ],
        "steps": [
            {
                "state": t.to_state,
                "label": str(State(t.to_state).label),
                "at": t.created_at,
                "reason": t.reason,
            }  # fmt: skip
            for t in steps
        ],
        "messages": [
            {
                "from": "you" if m.kind == MessageKind.FROM_COMPLAINANT else "handler",
                "at": m.created_at,
                "text": m.body,
            }  # fmt: skip
            for m in messages
        ],
    }


def complainant_reply(
    case: Case,
    text: str,
    *,
    evidence: list[tuple[str, str, bytes]] | None = None,
    retaliation: bool = False,
) -> Message | None:
    """The complainant answers, adds evidence or reports reprisal (which jumps the queue)."""
    text = (text or "").strip()
    if not text and not evidence and not retaliation:
        raise GrievanceError("text", _("Write a message or attach a file."))
    if len(text) > MAX_NARRATIVE:
        raise GrievanceError("text", _at_most(MAX_NARRATIVE))
    evidence = evidence or []
    checked = [_checked_evidence(*item) for item in evidence]
    with (
        transaction.atomic(),
        events.acting_as(
            system="complainant", organisation=case.owner_org, reason="complainant replied"
        ),
    ):
        message = None
        if text:
            message = Message.objects.create(case=case, kind=MessageKind.FROM_COMPLAINANT,
                                             body=text)  # fmt: skip
        for filename, content_type, content in checked:
            Evidence.objects.create(case=case, filename=filename, content_type=content_type,
                                    size=len(content), content=content)  # fmt: skip
        if retaliation and not case.retaliation_reported:
            case.retaliation_reported = True
            case.due_at = timezone.now()  # zero tolerance: due now, top of every queue
            case.save()
            events.record("case.retaliation_reported", case)
    return message


def _checked_evidence(filename: str, content_type: str, content: bytes) -> tuple[str, str, bytes]:
    """A file the complainant sends: an allowed type whose bytes say so, and not too big."""
    import os

    name = os.path.basename((filename or "evidence").replace("\\", "/"))[:200] or "evidence"
    if len(content) > MAX_EVIDENCE_BYTES:
        raise GrievanceError("evidence", _("%(name)s: larger than %(mb)s MB.") % {
            "name": name, "mb": MAX_EVIDENCE_BYTES // 2**20})  # fmt: skip
    if not content:
        raise GrievanceError("evidence", _("%(name)s: the file is empty.") % {"name": name})
    signatures = EVIDENCE_TYPES.get(content_type)
    if signatures is None:
        raise GrievanceError(
            "evidence", _("%(name)s: send a photo, PDF or voice recording.") % {"name": name}
        )
    if not any(content.startswith(s) for s in signatures):
        raise GrievanceError("evidence", _("%(name)s: the file is not the %(type)s it claims.") % {
            "name": name, "type": content_type})  # fmt: skip
    return name, content_type, content


def may_handle(case: Case, user: Any) -> bool:
    """Operator staff of the case's operator (admins and editors) handle cases."""
    from chainrights.core.models import Membership, Role

    return Membership.objects.filter(
        user=user, organisation=case.owner_org, role__in=[Role.ADMIN, Role.EDITOR]
    ).exists()


def move(case: Case, user: Any, to_state: str, reason: str = "", *, escalation: str = "") -> Case:
    """One step of the case, by its handler; the reason is told to the complainant."""
    if not may_handle(case, user):
        raise GrievanceError("-", "Only the operator's case handlers move a case.")
    if to_state not in TRANSITIONS.get(case.state, ()):
        raise GrievanceError("state", f"A {case.state} case cannot become {to_state}.")
    if to_state in REASON_REQUIRED and not reason.strip():
        raise GrievanceError("reason", "Give the reason the complainant will read.")
    if to_state == State.ESCALATED and escalation not in Escalation.values:
        raise GrievanceError("escalation", f"Escalate to one of {', '.join(Escalation.values)}.")
    with transaction.atomic(), events.acting_as(user=user, organisation=case.owner_org,
                                                reason=reason or to_state):  # fmt: skip
        Transition.objects.create(case=case, from_state=case.state, to_state=to_state,
                                  reason=reason.strip()[:4000], actor=user,
                                  was_due_at=case.due_at)  # fmt: skip
        case.state = to_state
        case.due_at = _due(case.owner_org, to_state)
        if case.handler_id is None:
            case.handler = user
        if to_state == State.ESCALATED:
            case.escalated_to = escalation
        if to_state in (State.CLOSED, State.WITHDRAWN, State.INADMISSIBLE):
            case.closed_at = timezone.now()
        elif case.closed_at is not None:
            case.closed_at = None  # reopened
        case.save()
        if to_state == State.ADMISSIBLE:
            share_with_linked_brands(case)
    return case


def linked_brands(case: Case) -> list[Organisation]:
    """Brands whose supplier lists name the case's facility (through the registry's service)."""
    if case.facility is None:
        return []
    from chainrights.registry.services import sourcing_brands

    return sourcing_brands(case.facility)


def brands_shown_to(case: Case, user: Any) -> list[Organisation]:
    """The linked brands ``user`` may be told of: all of them for the operator's staff; for a
    brand, those whose lists it may read (public ones) and itself. A brand linked only by its
    private list is named to nobody else."""
    if case.facility is None:
        return []
    from chainrights.registry.visibility import brands_known_to

    return brands_known_to(linked_brands(case), case.facility, user)


def responses_shown_to(case: Case, user: Any) -> list[dict[str, Any]]:
    """The brands' responses ``user`` may read: those of brands they may be told of, each
    naming only partners they may be told of (everything for the operator's staff)."""
    from chainrights.registry.visibility import brands_known_to

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
        }  # fmt: skip
        for r in responses
        if staff or r.organisation.name in known
    ]


def share_with_linked_brands(case: Case) -> list[Organisation]:
    """Every brand sourcing from the facility sees the case (never the complainant)."""
    from chainrights.core.services import share_with

    brands = linked_brands(case)
    share_with(case, brands)
    if brands:
        events.record("case.shared", case, brands=[b.name for b in brands])
    return brands


def message_complainant(case: Case, user: Any, text: str, *, internal: bool = False) -> Message:
    if not may_handle(case, user):
        raise GrievanceError("-", "Only the operator's case handlers write to the complainant.")
    if not text.strip():
        raise GrievanceError("text", "Write the message.")
    kind = MessageKind.INTERNAL if internal else MessageKind.TO_COMPLAINANT
    with transaction.atomic(), events.acting_as(user=user, organisation=case.owner_org,
                                                reason="message"):  # fmt: skip
        return Message.objects.create(case=case, kind=kind, body=text.strip()[:MAX_NARRATIVE],
                                      author=user)  # fmt: skip


def reveal_contact(case: Case, user: Any, reason: str) -> str:
    """The complainant's contact details, for the designated handler only, with the reason in
    the event log."""
    if case.handler_id != getattr(user, "pk", None):
        raise GrievanceError("-", "Only the case's designated handler may see the contact.")
    if not reason.strip():
        raise GrievanceError("reason", "Say why you need the contact details.")
    contact = Contact.objects.filter(case=case).first()
    with events.acting_as(user=user, organisation=case.owner_org, reason=reason):
        events.record("case.contact_revealed", case, reason=reason)
    return contact.details if contact else ""


def overdue(queryset: Any | None = None) -> Any:
    """Open cases past their step's deadline; reprisal reports first."""
    open_states = [s for s in State.values if s not in (State.CLOSED, State.WITHDRAWN,
                                                         State.INADMISSIBLE)]  # fmt: skip
    cases = Case.objects.all() if queryset is None else queryset
    return cases.filter(state__in=open_states, due_at__lt=timezone.now()).order_by(
        "-retaliation_reported", "due_at"
    )


def queue(queryset: Any) -> Any:
    """The handler's queue: reprisal first, then by deadline."""
    return queryset.order_by("-retaliation_reported", "due_at", "received_at")


def may_respond(case: Case, user: Any) -> Organisation | None:
    """The brand (its admin or editor) a case is shared with, on whose behalf ``user`` may
    record a response; None if there is none."""
    from chainrights.core.models import Membership, Role

    brands = {b.pk for b in linked_brands(case)}
    membership = (
        Membership.objects.filter(
            user=user, role__in=[Role.ADMIN, Role.EDITOR], organisation_id__in=brands
        )  # fmt: skip
        .select_related("organisation")
        .first()
    )
    shared = case.visibility == Visibility.SHARED
    return membership.organisation if membership and shared else None


def respond(
    case: Case, user: Any, response: str, *, commitment: str = "", due: Any = None,
    joint_with: list[str] | None = None,
) -> Any:  # fmt: skip
    """A linked brand says what it will do; brands sourcing from one factory may act jointly
    (leverage), naming each other."""
    from chainrights.grievances.models import BrandResponse

    brand = may_respond(case, user)
    if brand is None:
        raise GrievanceError("-", "Only brands the case is shared with respond to it.")
    if not response.strip():
        raise GrievanceError("response", "Say what your company will do.")
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


def rate_outcome(case: Case, satisfaction: int, *, reopen: bool = False, note: str = "") -> Case:
    """The complainant says how satisfied they are once the case is closed; dissatisfaction
    may ask for it to be reopened, which puts it back in the handler's queue at once."""
    if case.state not in (State.CLOSED, State.INADMISSIBLE):
        raise GrievanceError("satisfaction", _("You can rate the outcome once the case is closed."))
    if not 1 <= satisfaction <= 5:
        raise GrievanceError("satisfaction", _("Choose from 1 (not at all) to 5 (fully)."))
    with (
        transaction.atomic(),
        events.acting_as(system="complainant", organisation=case.owner_org, reason="outcome rated"),
    ):
        case.satisfaction = satisfaction
        if reopen:
            case.due_at = timezone.now()
        case.save()
        if note.strip() or reopen:
            text = note.strip() or "I am not satisfied and ask to reopen the case."
            Message.objects.create(case=case, kind=MessageKind.FROM_COMPLAINANT, body=text)
        events.record("case.rated", case, satisfaction=satisfaction, reopen=reopen)
    return case


def check_ins_due(now: Any = None, cases: Any = None) -> Any:
    """Closed cases whose 30- or 90-day follow-up with the complainant is due (no message to
    the complainant since that day): was the remedy lasting, any reprisal?"""
    from django.db.models import Max, Q

    now = now or timezone.now()
    base = Case.objects.all() if cases is None else cases
    closed = base.filter(state=State.CLOSED, closed_at__isnull=False).annotate(
        last_told=Max("messages__created_at", filter=Q(messages__kind=MessageKind.TO_COMPLAINANT))
    )
    due = []
    for case in closed:
        for days in (30, 90):
            mark = case.closed_at + timedelta(days=days)
            if mark <= now and (case.last_told is None or case.last_told < mark):
                due.append((case, days))
                break
    return due


def write_public_report(
    case: Case, user: Any, *, alleged: str, found: str, agreed: str, verified: str,
    publish: bool,
) -> Any:  # fmt: skip
    """The handler's anonymised account of a closed case; published only on their approval.
    It must not name people: the handler writes it for the public, apart from the narrative."""
    from chainrights.grievances.models import PublicReport

    if not may_handle(case, user):
        raise GrievanceError("-", "Only the operator's case handlers write public reports.")
    if case.state not in (State.CLOSED, State.INADMISSIBLE):
        raise GrievanceError("state", "A public report is written once the case is closed.")
    texts = {"alleged": alleged, "found": found, "agreed": agreed, "verified": verified}
    missing = [k for k, v in texts.items() if not v.strip()]
    if missing:
        raise GrievanceError(missing[0], "Fill in what was alleged, found, agreed and verified.")
    with transaction.atomic(), events.acting_as(user=user, organisation=case.owner_org,
                                                reason="public report"):  # fmt: skip
        report = PublicReport.objects.filter(case=case).first() or PublicReport(case=case)
        for key, value in texts.items():
            setattr(report, key, value.strip()[:4000])
        report.approved_by = user if publish else None
        report.published_at = timezone.now() if publish else None
        report.save()
    return report


def share_with_supplier(case: Case, user: Any, reason: str) -> Organisation:
    """The operator decides the supplier may see the case (never the complainant): the
    organisation that claimed the facility in the registry."""
    from django.contrib.contenttypes.models import ContentType

    if not may_handle(case, user):
        raise GrievanceError("-", "Only the operator's case handlers share a case.")
    from chainrights.registry.models import Facility

    facility = Facility.objects.filter(pk=case.facility_id).first() if case.facility_id else None
    supplier = facility.survivor().claimed_by if facility else None
    if supplier is None:
        raise GrievanceError("facility", "No supplier has a verified claim to this facility.")
    if not reason.strip():
        raise GrievanceError("reason", "Say why the supplier should see the case.")
    with transaction.atomic(), events.acting_as(user=user, organisation=case.owner_org,
                                                reason=reason):  # fmt: skip
        Share.objects.get_or_create(content_type=ContentType.objects.get_for_model(Case),
                                    object_id=case.pk, organisation=supplier)  # fmt: skip
        if case.visibility == Visibility.PRIVATE:
            case.visibility = Visibility.SHARED
            case.save()
        events.record("case.shared_with_supplier", case, supplier=supplier.name)
    return supplier


def facility_candidates(case: Case) -> list[tuple[Any, float]]:
    """Where a case described in free text may be: the registry's matching engine ranks the
    facilities; the handler picks one (``link_facility``)."""
    if case.facility_id is not None or not case.facility_text.strip():
        return []
    from chainrights.registry.services import facility_candidates as candidates

    text = case.facility_text
    return candidates(text, text, case.country)


def link_facility(case: Case, user: Any, public_id: str) -> Case:
    """The handler resolves the workplace to a registry facility; if the case is already
    admissible it is shared with that facility's brands at once."""
    from chainrights.registry.models import Facility

    if not may_handle(case, user):
        raise GrievanceError("-", "Only the operator's case handlers link a facility.")
    found = Facility.by_id(public_id)
    if found is None:
        raise GrievanceError("facility_id", "No facility has this ID.")
    facility = found.survivor()
    with transaction.atomic(), events.acting_as(user=user, organisation=case.owner_org,
                                                reason="facility resolved"):  # fmt: skip
        case.facility = facility
        case.country = case.country or facility.country
        case.save()
        if case.state not in (State.RECEIVED, State.ACKNOWLEDGED, State.INADMISSIBLE):
            share_with_linked_brands(case)
    return case


def rights_open_during(facility_ids: list[int], start: Any, end: Any) -> dict[str, int]:
    """How many admissible-or-pending cases about these facilities, per right, were open at
    some point between ``start`` and ``end`` (dates): evidence an audit then should have seen.
    Only counts leave this app; no narrative or complainant does."""
    from django.db.models import Max

    cases = Case.objects.filter(facility_id__in=facility_ids, received_at__date__lte=end).exclude(
        state__in=[State.INADMISSIBLE, State.WITHDRAWN]
    )
    closed = dict(
        Transition.objects.filter(case__in=cases, to_state=State.CLOSED)
        .values("case_id").annotate(at=Max("created_at")).values_list("case_id", "at")
    )  # fmt: skip
    counts: dict[str, int] = {}
    for pk, state, rights in cases.values_list("pk", "state", "rights"):
        if state == State.CLOSED and closed.get(pk) and closed[pk].date() < start:
            continue
        for right in rights:
            counts[right] = counts.get(right, 0) + 1
    return counts


def breaches_at_suppliers_of(organisation: Organisation, rights: set[str]
                             ) -> dict[str, tuple[int, int]]:  # fmt: skip
    """Per right: how many admissible cases arose at facilities the organisation's public
    supplier lists name, and how many of them were remedied (verified). Counts only leave
    this app, for a code's promise card."""
    admissible = [State.ADMISSIBLE, State.INVESTIGATION, State.PLAN_AGREED, State.REMEDIATED,
                  State.VERIFIED, State.CLOSED, State.ESCALATED]  # fmt: skip
    cases = Case.objects.filter(
        state__in=admissible,
        facility__decisions__source__supplier_list__owner_org=organisation,
        facility__decisions__source__supplier_list__visibility=Visibility.PUBLIC,
    ).distinct()
    verified = set(  # one query for every case, not one per case
        Transition.objects.filter(case__in=cases, to_state=State.VERIFIED).values_list(
            "case_id", flat=True
        )
    )
    out: dict[str, list[int]] = {}
    for case in cases:
        remedied = case.state in (State.VERIFIED, State.CLOSED) and case.pk in verified
        for right in set(case.rights) & rights:
            counts = out.setdefault(right, [0, 0])
            counts[0] += 1
            counts[1] += int(remedied)
    return {k: (v[0], v[1]) for k, v in out.items()}
