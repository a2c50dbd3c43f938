"""Grievance cases: what a worker, union or NGO reported, who handles it, every step to remedy.

The complainant's words (narrative, messages, evidence) and contact details are encrypted at
rest (``core.crypto``); the contact is a separate row that only the designated handler may
open, with a logged reason. A case is owned by the operator that handles it and shared with
the brands that source from the facility once it is admissible: they see the case, never the
complainant's identity.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any, cast

from django.conf import settings
from django.db import models
from django.db.models import Max, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from chainrights.core import events
from chainrights.core.crypto import EncryptedBinaryField, EncryptedTextField
from chainrights.core.models import AuditedModel, AuditedQuerySet, Organisation, OwnedModel
from chainrights.core.types import AnyUser
from chainrights.core.visibility import visible


class State(models.TextChoices):
    RECEIVED = "received", _("Received")
    ACKNOWLEDGED = "acknowledged", _("Acknowledged")
    ADMISSIBLE = "admissible", _("Admissible")
    INVESTIGATION = "investigation", _("Under investigation")
    PLAN_AGREED = "plan_agreed", _("Remediation plan agreed")
    REMEDIATED = "remediated", _("Remediation done")
    VERIFIED = "verified", _("Remediation verified")
    CLOSED = "closed", _("Closed")
    INADMISSIBLE = "inadmissible", _("Not admissible")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    ESCALATED = "escalated", _("Escalated")


class Channel(models.TextChoices):
    WEB = "web", _("Web form")
    API = "api", _("API")
    SMS = "sms", _("SMS")
    WHATSAPP = "whatsapp", _("WhatsApp")
    HOTLINE = "hotline", _("Hotline")
    PHONE = "phone", _("Phone call to staff")
    IN_PERSON = "in_person", _("In person")
    UNION = "union", _("Through a union")
    EMAIL = "email", _("Email")


class Escalation(models.TextChoices):
    MEDIATION = "mediation", _("Mediation")
    INSPECTORATE = "inspectorate", _("Labour inspectorate")
    OECD_NCP = "oecd_ncp", _("OECD National Contact Point")
    COURT = "court", _("Courts")


MAX_NARRATIVE = 20_000  # characters: the complainant's account, a reply, a message to them
FINISHED = (State.CLOSED, State.WITHDRAWN, State.INADMISSIBLE)  # no step is due any more
RATEABLE = (State.CLOSED, State.INADMISSIBLE)  # decided: the complainant may rate the outcome
CHECK_IN_DAYS = (30, 90)  # after closing: was the remedy lasting, any reprisal?


class CaseQuerySet(AuditedQuerySet):
    """The reads handlers work from: their queue, what is overdue, which check-ins are due."""

    def queue(self) -> CaseQuerySet:
        """Reprisal reports first, then by deadline."""
        return self.order_by("-retaliation_reported", "due_at", "received_at")

    def visible_to(self, user: AnyUser) -> CaseQuerySet:
        """The cases ``user`` may see (``core.visibility``)."""
        return cast(CaseQuerySet, visible(self, user))

    def queue_for(self, user: AnyUser) -> CaseQuerySet:
        """The cases ``user`` may see, in queue order."""
        return self.visible_to(user).queue()

    def overdue(self) -> CaseQuerySet:
        """Open cases past their step's deadline; reprisal reports first."""
        open_states = [s for s in State.values if s not in FINISHED]
        return self.filter(state__in=open_states, due_at__lt=timezone.now()).order_by(
            "-retaliation_reported", "due_at"
        )

    def check_ins_due(self, now: Any = None) -> list[tuple[Case, int]]:
        """Closed cases whose 30- or 90-day follow-up with the complainant is due (no message
        to the complainant since that day), with the day count that is due."""
        now = now or timezone.now()
        told = Q(messages__kind=MessageKind.TO_COMPLAINANT)
        closed = self.filter(state=State.CLOSED, closed_at__isnull=False).annotate(
            last_told=Max("messages__created_at", filter=told)
        )
        due = []
        for case in closed:
            for days in CHECK_IN_DAYS:
                mark = case.closed_at + timedelta(days=days)
                if mark <= now and (case.last_told is None or case.last_told < mark):
                    due.append((case, days))
                    break
        return due


class Case(OwnedModel):
    reference = models.CharField(max_length=20, unique=True)
    secret_hash = models.CharField(max_length=200)
    state = models.CharField(max_length=16, choices=State.choices, default=State.RECEIVED)
    facility = models.ForeignKey(
        "registry.Facility", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    facility_text = models.CharField(max_length=500, blank=True)
    country = models.CharField(max_length=2, blank=True)
    language = models.CharField(max_length=12, blank=True, help_text="the complainant's")
    detected_language = models.CharField(max_length=12, blank=True)
    channel = models.CharField(max_length=12, choices=Channel.choices, default=Channel.WEB)
    rights: Any = models.JSONField(default=list, help_text="rights taxonomy codes")
    suggested_rights: Any = models.JSONField(default=list)
    workers_affected = models.PositiveIntegerField(null=True, blank=True)
    fears_retaliation = models.BooleanField(default=False)
    retaliation_reported = models.BooleanField(default=False)
    narrative = EncryptedTextField()
    escalated_to = models.CharField(max_length=16, choices=Escalation.choices, blank=True)
    handler = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=events.SET_NULL_LOGGED,
        related_name="+",
    )  # fmt: skip
    received_at = models.DateTimeField(default=timezone.now)
    due_at = models.DateTimeField(null=True, blank=True, help_text="when the next step is due")
    closed_at = models.DateTimeField(null=True, blank=True)
    satisfaction = models.PositiveSmallIntegerField(null=True, blank=True, help_text="1–5")
    # the complainant's choice on the status page: may a labour inspectorate the case is
    # referred to learn who they are? Default no (``intake.set_identity_consent``)
    identity_shareable = models.BooleanField(default=False)

    audit_exclude = frozenset({"narrative", "secret_hash"})

    objects = CaseQuerySet.as_manager()  # type: ignore[misc]  # AuditedQuerySet's, plus the queues

    class Meta:
        indexes = [models.Index(fields=["state", "due_at"])]

    def __str__(self) -> str:
        return self.reference


class Contact(AuditedModel):
    """How to reach the complainant: kept apart from the case, opened only by its handler."""

    case = models.OneToOneField(Case, on_delete=models.CASCADE, related_name="contact")
    details = EncryptedTextField()

    audit_exclude = frozenset({"details"})

    def __str__(self) -> str:
        return f"contact of {self.case_id}"


class OnBehalf(models.TextChoices):
    """Whom a union files for: one member it names, one it keeps anonymous, or a group."""

    NAMED = "named", _("A named member")
    ANONYMOUS = "anonymous", _("A member who stays anonymous")
    GROUP = "group", _("A group of workers")


MAX_UNIT = 200  # characters: the department, line, shift or site of a collective complaint


class UnionFiling(AuditedModel):
    """A case a union brought for its members: which union, who filed, on whose behalf, the
    unit of a group (its size is ``Case.workers_affected``), and whether the members chose
    that the handler's messages also reach the union. A named member's name and how to reach
    them are the case's ``Contact``: encrypted, opened only by the designated handler."""

    case = models.OneToOneField(Case, on_delete=models.CASCADE, related_name="union_filing")
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    filed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=events.SET_NULL_LOGGED,
        related_name="+",
    )  # fmt: skip
    on_behalf = models.CharField(max_length=10, choices=OnBehalf.choices)
    unit = models.CharField(max_length=MAX_UNIT, blank=True, help_text="department, line, shift")
    copy_to_union = models.BooleanField(default=False, help_text="the members chose so")

    def __str__(self) -> str:
        return f"{self.case_id} filed by {self.organisation_id}"


class MessageKind(models.TextChoices):
    TO_COMPLAINANT = "to_complainant", _("To the complainant")
    FROM_COMPLAINANT = "from_complainant", _("From the complainant")
    INTERNAL = "internal", _("Internal note")
    BRAND = "brand", _("Brand response")
    FROM_UNION = "from_union", _("From the union")


class Message(AuditedModel):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="messages")
    kind = models.CharField(max_length=18, choices=MessageKind.choices)
    body = EncryptedTextField()
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=events.SET_NULL_LOGGED,
        related_name="+",
    )  # fmt: skip
    organisation = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=events.SET_NULL_LOGGED, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    audit_exclude = frozenset({"body"})

    def __str__(self) -> str:
        return f"{self.case_id} {self.kind}"


class Evidence(AuditedModel):
    """A file the complainant sent. Its name is encrypted like its bytes: a payslip is often
    named after the worker it belongs to."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="evidence")
    filename = EncryptedTextField()
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    content = EncryptedBinaryField()
    from_complainant = models.BooleanField(default=True)
    created_at = models.DateTimeField(default=timezone.now)

    audit_exclude = frozenset({"content", "filename"})

    def __str__(self) -> str:
        return f"{self.case_id} evidence {self.pk}"


class Transition(AuditedModel):
    """One step of a case: from, to, who, why (the reason the complainant is told), on time?"""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="transitions")
    from_state = models.CharField(max_length=16, choices=State.choices)
    to_state = models.CharField(max_length=16, choices=State.choices)
    reason = models.TextField(blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=events.SET_NULL_LOGGED,
        related_name="+",
    )  # fmt: skip
    was_due_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    @property
    def on_time(self) -> bool | None:
        return None if self.was_due_at is None else self.created_at <= self.was_due_at

    def __str__(self) -> str:
        return f"{self.case_id}: {self.from_state} → {self.to_state}"


class DeadlinePolicy(AuditedModel):
    """Days allowed for each step, per operator. Defaults follow the EU Whistleblower
    Directive's benchmark: acknowledge within 7 days, give feedback within 3 months."""

    organisation = models.OneToOneField(
        Organisation, on_delete=models.CASCADE, related_name="deadline_policy"
    )
    acknowledge_days = models.PositiveSmallIntegerField(default=7)
    admissibility_days = models.PositiveSmallIntegerField(default=30)
    feedback_days = models.PositiveSmallIntegerField(default=90)
    plan_days = models.PositiveSmallIntegerField(default=60)
    remediation_days = models.PositiveSmallIntegerField(default=90)
    verification_days = models.PositiveSmallIntegerField(default=30)

    def __str__(self) -> str:
        return f"deadlines of {self.organisation_id}"


class BrandResponse(AuditedModel):
    """What a brand linked to the facility says it will do; several brands may act jointly."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="brand_responses")
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    response = models.TextField()
    commitment = models.TextField(blank=True)
    due = models.DateField(null=True, blank=True)
    joint_with: Any = models.JSONField(default=list, help_text="other brands acting together")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=events.SET_NULL_LOGGED,
        related_name="+",
    )  # fmt: skip
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"{self.organisation_id} on {self.case_id}"


class PublicReport(AuditedModel):
    """An anonymised account of a closed case, written by its handler and published only when
    the handler approves it: what was alleged, found, agreed and verified."""

    case = models.OneToOneField(Case, on_delete=models.CASCADE, related_name="public_report")
    alleged = models.TextField()
    found = models.TextField()
    agreed = models.TextField()
    verified = models.TextField()
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=events.SET_NULL_LOGGED,
        related_name="+",
    )  # fmt: skip
    published_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"report on {self.case_id}"


class Step(models.TextChoices):
    """Where a conversation by message stands: the question the worker answers next."""

    LANGUAGE = "language", _("Choosing a language")
    NARRATIVE = "narrative", _("Telling what happened")
    WORKPLACE = "workplace", _("Naming the workplace")
    PICK = "pick", _("Choosing the workplace")
    WORKERS = "workers", _("How many workers")
    FEAR = "fear", _("Fear of reprisal")
    FILED = "filed", _("Following the case")
    ENDED = "ended", _("Ended")


class Conversation(AuditedModel):
    """A worker filing and following a case by SMS or WhatsApp. Their address on the channel
    (a phone number, a wa_id) is contact data: stored only encrypted, found by a keyed hash;
    the answers so far (the draft) are encrypted like a narrative. A STOP keyword ends it
    and forgets the address and the draft."""

    channel = models.CharField(max_length=12, choices=Channel.choices)
    address = EncryptedTextField()
    address_hash = models.CharField(max_length=64, blank=True)
    step = models.CharField(max_length=12, choices=Step.choices, default=Step.LANGUAGE)
    language = models.CharField(max_length=12, blank=True)
    draft = EncryptedTextField()
    case = models.ForeignKey(
        Case, null=True, blank=True, on_delete=models.CASCADE, related_name="conversations"
    )
    started_at = models.DateTimeField(default=timezone.now)

    audit_exclude = frozenset({"address", "address_hash", "draft"})

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["channel", "address_hash"],
                condition=~Q(step="ended"),
                name="one_open_conversation_per_address",
            )
        ]

    def __str__(self) -> str:
        return f"{self.channel} conversation {self.pk}"


class InboundMessage(AuditedModel):
    """A gateway's message id, kept so a replayed delivery is answered but not acted on."""

    channel = models.CharField(max_length=12, choices=Channel.choices)
    gateway_id = models.CharField(max_length=128)
    received_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["channel", "gateway_id"], name="inbound_once")
        ]

    def __str__(self) -> str:
        return f"{self.channel} {self.gateway_id}"


class Delivery(models.TextChoices):
    QUEUED = "queued", _("Queued")
    SENDING = "sending", _("Sending")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed")


class OutboundMessage(AuditedModel):
    """A text for the worker, kept until the gateway takes it (retried with back-off). Its
    address is its own (encrypted), so a STOP can forget the conversation's and still be
    answered; address and body are erased once sent (the body may hold the case's secret)."""

    conversation = models.ForeignKey(
        Conversation, on_delete=models.CASCADE, related_name="outbound"
    )
    to = EncryptedTextField()
    body = EncryptedTextField()
    status = models.CharField(max_length=8, choices=Delivery.choices, default=Delivery.QUEUED)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    last_error = models.CharField(max_length=200, blank=True)
    gateway_id = models.CharField(max_length=128, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)

    audit_exclude = frozenset({"to", "body"})

    class Meta:
        indexes = [models.Index(fields=["status", "next_attempt_at"])]

    def __str__(self) -> str:
        return f"outbound {self.pk} ({self.status})"
