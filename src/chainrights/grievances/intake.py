"""The complainant's side: filing a grievance (no account), then, with the reference and the
secret, reading its status, replying with evidence or a report of reprisal, and rating the
outcome. Nothing here records a network address or a browser, and the contact details are
only ever stored encrypted, in their own row.
"""

from __future__ import annotations

import os
import secrets
import unicodedata
from dataclasses import dataclass
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from chainrights.core import events
from chainrights.core.events import EventTag
from chainrights.core.models import Organisation, Right, Visibility
from chainrights.core.refusals import Invalid
from chainrights.countries import resolve_country
from chainrights.grievances import classifier, hooks
from chainrights.grievances.categories import rights_of
from chainrights.grievances.handling import due_at, receiving_operator
from chainrights.grievances.models import (
    MAX_NARRATIVE,
    RATEABLE,
    Case,
    Channel,
    Contact,
    Evidence,
    Message,
    MessageKind,
    State,
)
from chainrights.registry import visibility

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford: no I, L, O, U to misread
MAX_CONTACT = 1_000
MAX_EVIDENCE_BYTES = 10 * 1024 * 1024
MAX_EVIDENCE_FILES = 3  # at filing: a photo of a pay slip, a PDF, a voice note
MAX_EVIDENCE_TOTAL_BYTES = 20 * 1024 * 1024
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


def at_most(n: int) -> str:
    return _("At most %(n)s characters.") % {"n": f"{n:,}"}


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
    evidence: tuple[tuple[str, str, bytes], ...] = ()  # (file name, content type, bytes)


def _symbols(n: int) -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(n))


def new_reference() -> str:
    """'GR-7K2M-9QXN': short enough to read out on a phone line."""
    return f"GR-{_symbols(4)}-{_symbols(4)}"


def new_secret() -> str:
    """Five groups of four symbols (100 bits), easy to write down and hard to guess."""
    return "-".join(_symbols(4) for _ in range(5))


# What people type for the symbols that Crockford's alphabet leaves out: they read alike.
LOOK_ALIKES = str.maketrans({"I": "1", "L": "1", "O": "0"})
REFERENCE_SYMBOLS = 8
SECRET_SYMBOLS = 20


def _code_symbols(text: str) -> str:
    """The alphabet's symbols in what was typed, in order: upper case, full-width and local
    digits folded (NFKC; Bengali or Khmer digits to 0-9), look-alike letters mapped, and any
    dash, space, dot or other separator dropped."""
    folded = unicodedata.normalize("NFKC", text or "")[:200]
    digits = "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in folded)
    upper = digits.upper().translate(LOOK_ALIKES)
    return "".join(c for c in upper if c in ALPHABET)


def _grouped(symbols: str) -> str:
    return "-".join(symbols[i : i + 4] for i in range(0, len(symbols), 4))


def normalise_code(text: str) -> str:
    """A case reference as it is stored ('GR-7K2M-9QXN') from however it was typed: 'gr 7k2m
    9qxn', 'GR7K2M9QXN', '7K2M-9QXN' (without the prefix), with O for 0 or I/L for 1."""
    symbols = _code_symbols(text)
    if len(symbols) == REFERENCE_SYMBOLS + 2 and symbols.startswith("GR"):
        symbols = symbols[2:]
    if len(symbols) != REFERENCE_SYMBOLS:
        return symbols[:60]  # matches no reference; still looked up, so it costs the same
    return f"GR-{_grouped(symbols)}"


def normalise_secret(text: str) -> str:
    """A secret as it was hashed (five groups of four joined by dashes) from however it was
    typed: without dashes, with spaces, in lower case, with O for 0 or I/L for 1."""
    return _grouped(_code_symbols(text)[:60])


def _unused_reference() -> str:
    while True:
        reference = new_reference()
        if not Case.objects.filter(reference=reference).exists():
            return reference


def detect_language(text: str) -> str:
    """The narrative's language (py3langid ships its own model: nothing is downloaded)."""
    if len(text.strip()) < 12:
        return ""
    import py3langid  # noqa: PLC0415  (numpy and the model load on first use, not at start-up)

    language, _ = py3langid.classify(text)
    return str(language)


def suggested_rights(narrative: str) -> list[str]:
    """Rights the classifier proposes for the handler to confirm ([] without the extra)."""
    return rights_of(classifier.suggest(narrative))


def known_rights(rights: list[str]) -> list[str]:
    """``rights`` without repeats, refused when one is not in the taxonomy."""
    rights = list(dict.fromkeys(rights))
    known = set(Right.objects.filter(code__in=rights).values_list("code", flat=True))
    unknown = [r for r in rights if r not in known]
    if unknown:
        raise Invalid(f"Unknown right(s): {', '.join(unknown[:5])}.", field="rights")
    return rights


def _check_text(intake: Intake) -> None:
    narrative = (intake.narrative or "").strip()
    if not narrative:
        raise Invalid(_("Say what happened."), field="narrative")
    if len(narrative) > MAX_NARRATIVE:
        raise Invalid(at_most(MAX_NARRATIVE), field="narrative")
    if "\x00" in narrative or "\x00" in intake.contact:
        raise Invalid(_("The text holds characters that cannot be stored."), field="narrative")
    if len(intake.contact) > MAX_CONTACT:
        raise Invalid(at_most(MAX_CONTACT), field="contact")
    if intake.channel not in Channel.values:
        raise Invalid(f"Unknown channel; one of {', '.join(Channel.values)}.", field="channel")
    if intake.workers_affected is not None and not 0 < intake.workers_affected <= 1_000_000:
        raise Invalid("A number of workers from 1 to 1,000,000.", field="workers_affected")


def _workplace(intake: Intake, viewer: Any) -> Any:
    """The registry facility the intake names, or None when it describes the workplace."""
    if intake.facility_id:
        # A facility only private lists name is unknown to the complainant, as a wrong ID is
        # (staff recording a complaint see it); the handler may link it later.
        found = visibility.find(intake.facility_id, viewer)
        if found is None:
            raise Invalid(_("No facility has this ID; describe it instead."), field="facility_id")
        return found.survivor()
    if not intake.facility_text.strip():
        raise Invalid(_("Name the workplace, or describe where it is."), field="facility_text")
    return None


def _country(intake: Intake, facility: Any) -> str:
    if facility is not None and facility.country:
        return str(facility.country)
    if not intake.country:
        return ""
    resolved = resolve_country(intake.country)
    if resolved is None:
        raise Invalid(f"Unknown country {intake.country[:40]!r}.", field="country")
    return resolved.code


def _operator() -> Organisation:
    operator = receiving_operator()
    if operator is None:
        raise Invalid("No operator organisation is set up to receive grievances.")
    return operator


def _receiving(intake: Intake, operator: Organisation, received_by: Any) -> Any:
    """Who records the case: the staff member who took the call, or the intake channel."""
    if received_by is not None:
        return events.acting_as(
            user=received_by, organisation=operator, reason="grievance received"
        )
    return events.acting_as(
        system=f"intake:{intake.channel}", organisation=operator, reason="grievance received"
    )


def file_grievance(intake: Intake, *, received_by: Any = None) -> tuple[Case, str]:
    """Record a complaint; returns the case and its secret (shown once, stored only as a
    slow hash). No network address or browser is recorded."""
    _check_text(intake)
    facility = _workplace(intake, received_by)
    rights = known_rights(list(intake.rights))
    country = _country(intake, facility)
    evidence = checked_evidence_set(list(intake.evidence))
    operator = _operator()
    secret = new_secret()
    narrative = intake.narrative.strip()
    with transaction.atomic(), _receiving(intake, operator, received_by):
        case = Case.objects.create(
            owner_org=operator, visibility=Visibility.PRIVATE, reference=_unused_reference(),
            secret_hash=SECRET_HASHER.hash(secret), facility=facility,
            facility_text=intake.facility_text.strip()[:500], country=country,
            language=intake.language[:12], detected_language=detect_language(narrative),
            channel=intake.channel, rights=rights, suggested_rights=suggested_rights(narrative),
            workers_affected=intake.workers_affected,
            fears_retaliation=intake.fears_retaliation, narrative=narrative,
            due_at=due_at(operator, State.RECEIVED),
        )  # fmt: skip
        if intake.contact.strip():
            Contact.objects.create(case=case, details=intake.contact.strip())
        _store_evidence(case, evidence)
        events.record(EventTag.CASE_RECEIVED, case, channel=intake.channel)
    return case, secret


def find_case(reference: str, secret: str) -> Case | None:
    """The case for reference + secret, or None; an unknown reference and a wrong secret take
    the same path and the same time."""
    case = Case.objects.filter(reference=normalise_code(reference)).first()
    valid = _secret_matches(normalise_secret(secret), case.secret_hash if case else _DUMMY_HASH)
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
        "can_rate": case.state in RATEABLE,
        "identity_shareable": case.identity_shareable,
        "satisfaction": case.satisfaction,
        "responses": [
            {"commitment": r.commitment or r.response, "due": r.due}
            for r in case.brand_responses.order_by("created_at")
        ],
        "steps": sorted(
            [
                {
                    "state": t.to_state,
                    "label": str(State(t.to_state).label),
                    "at": t.created_at,
                    "reason": t.reason,
                }
                for t in steps
            ]
            + hooks.more_steps(case),
            key=lambda s: s["at"],
        ),
        "messages": [
            {
                "from": "you" if m.kind == MessageKind.FROM_COMPLAINANT else "handler",
                "at": m.created_at,
                "text": m.body,
            }
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
        raise Invalid(_("Write a message or attach a file."), field="text")
    if len(text) > MAX_NARRATIVE:
        raise Invalid(at_most(MAX_NARRATIVE), field="text")
    checked = checked_evidence_set(evidence or [])
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
        _store_evidence(case, checked)
        if retaliation and not case.retaliation_reported:
            _report_retaliation(case)
    return message


def _report_retaliation(case: Case) -> None:
    case.retaliation_reported = True
    case.due_at = timezone.now()  # zero tolerance: due now, top of every queue
    case.save()
    events.record(EventTag.CASE_RETALIATION_REPORTED, case)


def _store_evidence(case: Case, checked: list[tuple[str, str, bytes]]) -> None:
    for filename, content_type, content in checked:
        Evidence.objects.create(case=case, filename=filename, content_type=content_type,
                                size=len(content), content=content)  # fmt: skip


def checked_evidence_set(files: list[tuple[str, str, bytes]]) -> list[tuple[str, str, bytes]]:
    """Files sent together (at filing, or with a reply): each checked by its content, at most
    ``MAX_EVIDENCE_FILES`` and ``MAX_EVIDENCE_TOTAL_BYTES`` in all; one bad file refuses all."""
    if len(files) > MAX_EVIDENCE_FILES:
        raise Invalid(_("Send at most %(n)s files.") % {"n": MAX_EVIDENCE_FILES},
                      field="evidence")  # fmt: skip
    checked = [checked_evidence(*item) for item in files]
    if sum(len(content) for _name, _type, content in checked) > MAX_EVIDENCE_TOTAL_BYTES:
        raise Invalid(_("The files together are larger than %(mb)s MB.") % {
            "mb": MAX_EVIDENCE_TOTAL_BYTES // 2**20}, field="evidence")  # fmt: skip
    return checked


def checked_evidence(filename: str, content_type: str, content: bytes) -> tuple[str, str, bytes]:
    """A file the complainant sends: an allowed type whose bytes say so, and not too big."""
    name = os.path.basename((filename or "evidence").replace("\\", "/"))[:200] or "evidence"
    if len(content) > MAX_EVIDENCE_BYTES:
        raise Invalid(_("%(name)s: larger than %(mb)s MB.") % {
            "name": name, "mb": MAX_EVIDENCE_BYTES // 2**20}, field="evidence")  # fmt: skip
    if not content:
        raise Invalid(_("%(name)s: the file is empty.") % {"name": name}, field="evidence")
    signatures = EVIDENCE_TYPES.get(content_type)
    if signatures is None:
        raise Invalid(
            _("%(name)s: send a photo, PDF or voice recording.") % {"name": name}, field="evidence"
        )
    if not any(content.startswith(s) for s in signatures):
        raise Invalid(_("%(name)s: the file is not the %(type)s it claims.") % {
            "name": name, "type": content_type}, field="evidence")  # fmt: skip
    return name, content_type, content


def rate_outcome(case: Case, satisfaction: int, *, reopen: bool = False, note: str = "") -> Case:
    """The complainant says how satisfied they are once the case is closed; dissatisfaction
    may ask for it to be reopened, which puts it back in the handler's queue at once."""
    if case.state not in RATEABLE:
        raise Invalid(_("You can rate the outcome once the case is closed."), field="satisfaction")
    if not 1 <= satisfaction <= 5:
        raise Invalid(_("Choose from 1 (not at all) to 5 (fully)."), field="satisfaction")
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
        events.record(EventTag.CASE_RATED, case, satisfaction=satisfaction, reopen=reopen)
    return case


def set_identity_consent(case: Case, shareable: bool) -> Case:
    """The complainant decides whether a labour inspectorate the case is referred to may
    learn who they are (their contact). They may change their mind at any time; the
    inspectorate reads it only while it is yes."""
    with (
        transaction.atomic(),
        events.acting_as(
            system="complainant", organisation=case.owner_org, reason="identity consent"
        ),
    ):
        case.identity_shareable = bool(shareable)
        case.save()
        events.record(EventTag.CASE_IDENTITY_CONSENT, case, shareable=case.identity_shareable)
    return case
