"""Social audits, their findings, corrective action plans and capacity building.

An audit is owned by whoever uploaded it (auditor, brand, supplier or operator) and shared
under the owner's visibility; a public audit shows either its summary or everything. Overdue
is never stored: it is read from the deadline with ``deadlines.is_overdue``.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from chainrights.audits import deadlines
from chainrights.audits.schemes import SCHEMES
from chainrights.core import events
from chainrights.core.models import AuditedModel, Organisation, OwnedModel


class AuditType(models.TextChoices):
    ANNOUNCED = "announced", _("Announced")
    SEMI_ANNOUNCED = "semi_announced", _("Semi-announced")
    UNANNOUNCED = "unannounced", _("Unannounced")


class Publication(models.TextChoices):
    SUMMARY = "summary", _("Public summary only")
    FULL = "full", _("Fully public")


class Audit(OwnedModel):
    facility = models.ForeignKey(
        "registry.Facility", on_delete=models.PROTECT, related_name="audits"
    )
    scheme = models.CharField(max_length=30, choices=[(k, s.name) for k, s in SCHEMES.items()])
    reference = models.CharField(max_length=100, help_text="the scheme's or owner's audit ID")
    auditor_org = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=events.SET_NULL_LOGGED, related_name="+"
    )
    auditor_firm = models.CharField(max_length=200, blank=True)
    auditors: Any = models.JSONField(default=list, help_text="auditors' names")
    audit_type = models.CharField(max_length=20, choices=AuditType.choices)
    start_date = models.DateField()
    end_date = models.DateField()
    person_days = models.FloatField(null=True, blank=True)
    interviews_on_site_women = models.PositiveIntegerField(default=0)
    interviews_on_site_men = models.PositiveIntegerField(default=0)
    interviews_on_site_other = models.PositiveIntegerField(default=0)
    interviews_off_site_women = models.PositiveIntegerField(default=0)
    interviews_off_site_men = models.PositiveIntegerField(default=0)
    interviews_off_site_other = models.PositiveIntegerField(default=0)
    languages: Any = models.JSONField(default=list)
    commissioned_by = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=events.SET_NULL_LOGGED, related_name="+"
    )
    paid_by = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=events.SET_NULL_LOGGED, related_name="+"
    )
    publication = models.CharField(
        max_length=10, choices=Publication.choices, default=Publication.SUMMARY
    )
    summary = models.TextField(blank=True)
    # counts by our severity when only a summary was imported (no finding rows)
    reported_counts: Any = models.JSONField(default=dict, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=events.SET_NULL_LOGGED, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-end_date", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["owner_org", "scheme", "reference"], name="one_audit_per_reference"
            )
        ]

    def __str__(self) -> str:
        return f"{SCHEMES[self.scheme].name} {self.reference} ({self.end_date})"

    @property
    def firm(self) -> str:
        return self.auditor_org.name if self.auditor_org else self.auditor_firm

    @property
    def interviews_on_site(self) -> int:
        return (self.interviews_on_site_women + self.interviews_on_site_men
                + self.interviews_on_site_other)  # fmt: skip

    @property
    def interviews_off_site(self) -> int:
        return (self.interviews_off_site_women + self.interviews_off_site_men
                + self.interviews_off_site_other)  # fmt: skip

    @property
    def scheme_name(self) -> str:
        return SCHEMES[self.scheme].name


class AuditDocument(AuditedModel):
    audit_exclude = frozenset({"content"})

    audit = models.ForeignKey(Audit, on_delete=models.CASCADE, related_name="documents")
    action = models.ForeignKey(
        "audits.Action", null=True, blank=True, on_delete=models.CASCADE, related_name="evidence",
        help_text="set when the file is evidence of a corrective action's progress",
    )  # fmt: skip
    filename = models.CharField(max_length=200)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    sha256 = models.CharField(max_length=64)
    content = models.BinaryField()
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=events.SET_NULL_LOGGED, related_name="+"
    )
    uploaded_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return self.filename


class Severity(models.TextChoices):
    ZERO_TOLERANCE = "zero_tolerance", _("Zero tolerance")
    CRITICAL = "critical", _("Critical")
    MAJOR = "major", _("Major")
    MINOR = "minor", _("Minor")


class Finding(AuditedModel):
    # recomputed from the audits' dates and rights by services.link_repeats
    derived_fields = frozenset({"repeat_of"})

    audit = models.ForeignKey(Audit, on_delete=models.CASCADE, related_name="findings")
    number = models.PositiveIntegerField()
    right = models.ForeignKey("core.Right", on_delete=models.PROTECT, related_name="+")
    commitments = models.ManyToManyField("codes.Commitment", blank=True, related_name="+")
    scheme_severity = models.CharField(max_length=60, help_text="the scheme's own grade")
    severity = models.CharField(max_length=20, choices=Severity.choices)
    description = models.TextField()
    evidence = models.TextField(blank=True)
    workers_affected = models.PositiveIntegerField(null=True, blank=True)
    repeat_of = models.ForeignKey(
        "self", null=True, blank=True, on_delete=events.SET_NULL_LOGGED, related_name="repeated_by"
    )

    class Meta:
        ordering = ["audit", "number"]
        constraints = [
            models.UniqueConstraint(fields=["audit", "number"], name="one_finding_per_number")
        ]

    def __str__(self) -> str:
        return f"{self.audit_id} #{self.number}"


class ActionOwner(models.TextChoices):
    SUPPLIER = "supplier", _("Supplier")
    BRAND = "brand", _("Brand")
    BOTH = "both", _("Supplier and brand")


class ActionStatus(models.TextChoices):
    OPEN = "open", _("Open")
    IN_PROGRESS = "in_progress", _("In progress")
    DONE = "done", _("Done")
    VERIFIED = "verified", _("Verified")


STATUSES = ["open", "in_progress", "done", "verified", "overdue"]
LABELS = {"overdue": _("Overdue")}  # a status computed, not stored


class RootCause(models.TextChoices):
    MANAGEMENT_SYSTEM = "management_system", _("Management system")
    PURCHASING_PRACTICE = "purchasing_practice", _("Buyer's purchasing practice")
    AWARENESS = "awareness", _("Awareness or training")
    INFRASTRUCTURE = "infrastructure", _("Building or equipment")
    LABOUR_MARKET = "labour_market", _("Recruitment or labour market")
    OTHER = "other", _("Other")
    UNKNOWN = "unknown", _("Not yet known")


class VerificationMethod(models.TextChoices):
    FOLLOW_UP_AUDIT = "follow_up_audit", _("Follow-up audit")
    DOCUMENT_REVIEW = "document_review", _("Document review")
    WORKER_INTERVIEW = "worker_interview", _("Worker interviews")
    GRIEVANCE_DATA = "grievance_data", _("Grievance data")


class Action(AuditedModel):
    """One corrective action of a finding's plan."""

    finding = models.ForeignKey(Finding, on_delete=models.CASCADE, related_name="actions")
    description = models.TextField()
    owner = models.CharField(max_length=10, choices=ActionOwner.choices)
    brand = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=events.SET_NULL_LOGGED, related_name="+",
        help_text="the brand that owns or contributes to the action",
    )  # fmt: skip
    root_cause_kind = models.CharField(
        max_length=20, choices=RootCause.choices, default=RootCause.UNKNOWN
    )
    root_cause = models.TextField(blank=True)
    brand_contribution = models.TextField(blank=True)
    deadline = models.DateField()
    status = models.CharField(max_length=12, choices=ActionStatus.choices, default="open")
    proposed_by = models.ForeignKey(
        Organisation, null=True, on_delete=events.SET_NULL_LOGGED, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    done_at = models.DateTimeField(null=True, blank=True)
    verified_at = models.DateTimeField(null=True, blank=True)
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=events.SET_NULL_LOGGED,
        related_name="+",
    )  # fmt: skip
    verified_by_org = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=events.SET_NULL_LOGGED, related_name="+"
    )
    verification_method = models.CharField(
        max_length=20, choices=VerificationMethod.choices, blank=True
    )
    verification_note = models.TextField(blank=True)

    class Meta:
        ordering = ["finding", "deadline", "pk"]

    def __str__(self) -> str:
        return f"action {self.pk} of finding {self.finding_id}"

    def effective_status(self, now: Any = None) -> str:
        """The stored status, or ``overdue`` when unfinished past the deadline."""
        if self.status in ("open", "in_progress") and deadlines.is_overdue(self.deadline, now):
            return "overdue"
        return str(self.status)

    @property
    def days_late(self) -> int:
        return max(0, (deadlines.today_everywhere() - self.deadline).days)


class ActionComment(AuditedModel):
    action = models.ForeignKey(Action, on_delete=models.CASCADE, related_name="comments")
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=events.SET_NULL_LOGGED, related_name="+"
    )
    text = models.TextField()
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]


class ActivityKind(models.TextChoices):
    TRAINING = "training", _("Training")
    PROGRAMME = "programme", _("Programme")
    COMMITTEE = "committee", _("Worker–management committee")
    MANAGEMENT_SYSTEM = "management_system", _("Management system")


PARTICIPANT_ROLES = ["workers", "supervisors", "managers", "committee_members"]


class CapacityActivity(OwnedModel):
    """Training, a programme, a committee or a management system at a facility, linked to
    the corrective actions it serves; or, with no facility, a training of a labour
    inspectorate's inspectors (the owner is the inspectorate: ``audits.trainings``)."""

    facility = models.ForeignKey(
        "registry.Facility", null=True, blank=True, on_delete=events.SET_NULL_LOGGED,
        related_name="capacity_activities",
    )  # fmt: skip
    kind = models.CharField(max_length=20, choices=ActivityKind.choices)
    title = models.CharField(max_length=200)
    topic = models.CharField(max_length=200, blank=True)
    description = models.TextField(blank=True)
    rights: Any = models.JSONField(default=list, help_text="rights taxonomy codes")
    provider = models.CharField(max_length=200, blank=True)
    start_date = models.DateField()
    end_date = models.DateField(null=True, blank=True)
    # [{"role": "workers", "women": 30, "men": 12, "other": 0}, ...]
    participants: Any = models.JSONField(default=list)
    actions = models.ManyToManyField(Action, blank=True, related_name="capacity")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=events.SET_NULL_LOGGED, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-start_date", "-pk"]

    def __str__(self) -> str:
        return self.title

    def participant_total(self) -> int:
        return sum(int(p.get(k, 0)) for p in self.participants for k in ("women", "men", "other"))


class CommitteeMeeting(AuditedModel):
    activity = models.ForeignKey(
        CapacityActivity, on_delete=models.CASCADE, related_name="meetings"
    )
    held_on = models.DateField()
    worker_members = models.PositiveIntegerField(default=0)
    management_members = models.PositiveIntegerField(default=0)
    women = models.PositiveIntegerField(default=0)
    minutes = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-held_on", "-pk"]


def severity_rank(severity: str) -> int:
    return [s.value for s in Severity].index(severity)


class ImportStatus(models.TextChoices):
    QUEUED = "queued", _("Queued")
    PROCESSING = "processing", _("Processing")
    DONE = "done", _("Done")
    FAILED = "failed", _("Failed")


class AuditImport(OwnedModel):
    """One uploaded audit file, imported by the background worker (``processing.run_import``):
    the file is stored at once, and this row carries its progress and then its outcome."""

    filename = models.CharField(max_length=300)
    sha256 = models.CharField(max_length=64)
    content = models.BinaryField()
    status = models.CharField(
        max_length=12, choices=ImportStatus.choices, default=ImportStatus.QUEUED
    )
    processed = models.PositiveIntegerField(default=0, help_text="audits checked so far")
    total = models.PositiveIntegerField(default=0, help_text="audits in the file")
    failure = models.TextField(blank=True, help_text="why the file as a whole was refused")
    problems: Any = models.JSONField(default=list, help_text="[{where, field, reason}]")
    audit_ids: Any = models.JSONField(default=list, help_text="the audits it created")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=events.SET_NULL_LOGGED, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)

    audit_exclude = frozenset({"content", "processed", "total"})
    derived_fields = frozenset({"processed", "total"})

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return self.filename

    @property
    def running(self) -> bool:
        return self.status in (ImportStatus.QUEUED, ImportStatus.PROCESSING)

    @property
    def percent(self) -> int:
        if not self.running:
            return 100
        return int(100 * self.processed / self.total) if self.total else 0
