"""The risk register. ``RiskItem`` rows are derived: ``scoring.recompute`` rewrites them from
the evidence other apps hold (itself in the event log) and from the people's decisions kept
here (severity overrides, involvement, responses, relationships, weights), which are logged.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from chainrights.core import events
from chainrights.core.models import AuditedModel, Organisation, OwnedModel, Right


class Scope(models.TextChoices):
    FACILITY = "facility", _("Facility")
    COUNTRY_PRODUCT = "country_product", _("Country and product")
    RELATIONSHIP = "relationship", _("Buyer and facility")


class Status(models.TextChoices):
    ACTUAL = "actual", _("Actual impact")
    POTENTIAL = "potential", _("Potential impact")


class Involvement(models.TextChoices):
    CAUSE = "cause", _("Cause")
    CONTRIBUTE = "contribute", _("Contribute")
    LINKED = "linked", _("Directly linked")


class Response(models.TextChoices):
    PREVENT = "prevent", _("Prevent or mitigate")
    USE_LEVERAGE = "use_leverage", _("Use or increase leverage")
    REMEDIATE = "remediate", _("Remediate")
    EXIT = "exit", _("Responsible exit")


class RiskItem(models.Model):
    """One right at one scope in one buyer's register, as last computed (derived: not in the
    event log, rebuilt at will from logged facts)."""

    buyer = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    key = models.CharField(max_length=120, help_text="scope:right:facility|country:product")
    right = models.ForeignKey(Right, on_delete=models.CASCADE, related_name="+")
    scope = models.CharField(max_length=16, choices=Scope.choices)
    facility = models.ForeignKey(
        "registry.Facility", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    country = models.CharField(max_length=2, blank=True)
    product = models.CharField(max_length=120, blank=True)
    scale = models.PositiveSmallIntegerField()
    scope_score = models.PositiveSmallIntegerField()
    irremediability = models.PositiveSmallIntegerField()
    severity = models.PositiveSmallIntegerField()
    likelihood = models.FloatField()
    status = models.CharField(max_length=10, choices=Status.choices)
    evidence = models.JSONField(default=list)
    gaps = models.JSONField(default=list)
    suggested_involvement = models.CharField(max_length=10, choices=Involvement.choices)
    leverage = models.JSONField(default=dict)
    rank = models.PositiveIntegerField(default=0)
    computed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["buyer", "rank"]
        constraints = [
            models.UniqueConstraint(fields=["buyer", "key"], name="one_risk_item_per_key")
        ]
        indexes = [models.Index(fields=["facility"]), models.Index(fields=["buyer", "rank"])]

    def __str__(self) -> str:
        return f"{self.buyer_id} {self.key}"


class SeverityOverride(OwnedModel):
    """A brand's own judgement of a right's severity in its register, with its reason."""

    right = models.ForeignKey(Right, on_delete=models.PROTECT, related_name="+")
    scale = models.PositiveSmallIntegerField()
    scope = models.PositiveSmallIntegerField()
    irremediability = models.PositiveSmallIntegerField()
    reason = models.TextField()
    set_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=events.SET_NULL_LOGGED, related_name="+"
    )
    set_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["owner_org", "right"], name="one_override_per_right")
        ]


class ItemDecision(OwnedModel):
    """What the brand decided about one item (by its key, so it outlives a recompute): the
    involvement a person confirmed, and the response chosen, each with its reason."""

    key = models.CharField(max_length=120)
    involvement = models.CharField(max_length=10, choices=Involvement.choices, blank=True)
    involvement_reason = models.TextField(blank=True)
    response = models.CharField(max_length=14, choices=Response.choices, blank=True)
    response_reason = models.TextField(blank=True)
    partners = models.JSONField(default=list, help_text="co-buyers to approach together")
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=events.SET_NULL_LOGGED, related_name="+"
    )
    decided_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["owner_org", "key"], name="one_decision_per_item")
        ]


class Relationship(OwnedModel):
    """What the brand says of its relationship with a facility (leverage): share of the
    facility's output, since when, and collective schemes covering it."""

    facility = models.ForeignKey("registry.Facility", on_delete=models.PROTECT, related_name="+")
    share_of_output = models.PositiveSmallIntegerField(null=True, blank=True, help_text="%")
    since = models.DateField(null=True, blank=True)
    schemes = models.JSONField(default=list, help_text="initiatives covering the facility")
    source = models.CharField(max_length=300, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["owner_org", "facility"], name="one_relationship")
        ]


class Weight(AuditedModel):
    """An operator's weight for one kind of evidence, replacing the documented default."""

    kind = models.CharField(max_length=40, unique=True)
    weight = models.FloatField()
    reason = models.TextField()
    set_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=events.SET_NULL_LOGGED, related_name="+"
    )
    set_at = models.DateTimeField(default=timezone.now)


class Publication(AuditedModel):
    """A brand publishes its salient issues: the public then sees its register's items."""

    buyer = models.OneToOneField(Organisation, on_delete=models.PROTECT, related_name="+")
    published = models.BooleanField(default=False)
    changed_at = models.DateTimeField(default=timezone.now)


class AssessmentStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")
    CORRECTED = "corrected", _("Replaced by a correction")


class Group(models.TextChoices):
    WOMEN = "workers_women", _("Workers: women")
    MEN = "workers_men", _("Workers: men")
    OTHER_WORKERS = "workers_other", _("Workers: other genders")
    UNION = "union", _("Trade union")
    COMMUNITY = "community", _("Community")
    OTHER = "other", _("Other rights-holders")


class ImpactAssessment(OwnedModel):
    """A brand's human-rights impact assessment of one facility or one country × product.
    Publishing freezes its content with a hash (logged); a published version is never edited,
    a correction is a new version that ``supersedes`` it."""

    title = models.CharField(max_length=200)
    scope = models.CharField(max_length=16, choices=Scope.choices[:2])
    facility = models.ForeignKey(
        "registry.Facility", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    country = models.CharField(max_length=2, blank=True)
    product = models.CharField(max_length=120, blank=True)
    period_start = models.DateField()
    period_end = models.DateField()
    summary = models.TextField(blank=True, help_text="scope and method, in the brand's words")
    review_on = models.DateField(null=True, blank=True)
    item_keys = models.JSONField(default=list, help_text="register items (RiskItem.key) covered")
    status = models.CharField(
        max_length=10, choices=AssessmentStatus.choices, default=AssessmentStatus.DRAFT
    )
    version = models.PositiveSmallIntegerField(default=1)
    supersedes = models.ForeignKey(
        "self", null=True, blank=True, on_delete=events.SET_NULL_LOGGED, related_name="+"
    )
    frozen: Any = models.JSONField(null=True, blank=True, help_text="content as published")
    content_hash = models.CharField(max_length=64, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=events.SET_NULL_LOGGED, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-period_end", "-pk"]

    def __str__(self) -> str:
        return f"{self.title} v{self.version}"


class Consultation(AuditedModel):
    """Rights-holders heard: a group, how many people, how and when (no names)."""

    assessment = models.ForeignKey(
        ImpactAssessment, on_delete=models.CASCADE, related_name="consultations"
    )
    group = models.CharField(max_length=16, choices=Group.choices)
    people = models.PositiveIntegerField()
    method = models.CharField(max_length=200, help_text="interviews, focus group, survey …")
    held_on = models.DateField()


class Finding(AuditedModel):
    """What the assessment found on one right, and the evidence behind it."""

    assessment = models.ForeignKey(
        ImpactAssessment, on_delete=models.CASCADE, related_name="findings"
    )
    right = models.ForeignKey(Right, on_delete=models.PROTECT, related_name="+")
    text = models.TextField()
    evidence = models.JSONField(default=list, help_text="register item keys it rests on")
    source = models.CharField(max_length=300, blank=True, help_text="interviews, documents seen")


class AssessmentAction(AuditedModel):
    """What will be done about the findings, by whom, by when."""

    assessment = models.ForeignKey(
        ImpactAssessment, on_delete=models.CASCADE, related_name="actions"
    )
    text = models.TextField()
    owner = models.CharField(max_length=200, help_text="who answers for it (a role, a team)")
    due_on = models.DateField()
