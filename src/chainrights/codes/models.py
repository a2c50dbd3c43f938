"""Codes of conduct as explicit promises: each clause a commitment on a right, at a level
against the international standard, to someone, with a stated consequence, a binding force
and a way of being verified. The source text is kept as evidence of what was promised.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from chainrights.core import events
from chainrights.core.models import AuditedModel, OwnedModel


class CodeKind(models.TextChoices):
    COMPANY = "company", _("A company's own code")
    INITIATIVE = "initiative", _("A multi-stakeholder initiative's code")
    LAW = "law", _("Law or regulation")


class Code(OwnedModel):
    audit_exclude = frozenset({"source_file"})

    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=12, choices=CodeKind.choices, default=CodeKind.COMPANY)
    version = models.CharField(max_length=40, blank=True)
    adopted_on = models.DateField(null=True, blank=True)
    source_url = models.URLField(blank=True, max_length=500)
    source_text = models.TextField(help_text="the code as published, kept as evidence")
    source_file = models.BinaryField(null=True, blank=True, help_text="the uploaded document")
    source_filename = models.CharField(max_length=200, blank=True)
    previous = models.ForeignKey(
        "self", null=True, blank=True, on_delete=events.SET_NULL_LOGGED, related_name="+"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=events.SET_NULL_LOGGED, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"{self.name} {self.version}".strip()


class Level(models.TextChoices):
    BELOW = "below", _("Below the international standard")
    EQUAL = "equal", _("Equal to the international standard")
    BEYOND = "beyond", _("Beyond the international standard")
    UNCLEAR = "unclear", _("Not stated clearly")


class OnBreach(models.TextChoices):
    REMEDIATE = "remediate", _("Remediate")
    PAY = "pay", _("Pay compensation")
    SUSPEND = "suspend_orders", _("Suspend orders")
    EXIT = "responsible_exit", _("Responsible exit")
    NONE = "none", _("Nothing stated")


class Binding(models.TextChoices):
    LAW = "law", _("Law")
    CONTRACT = "supplier_contract", _("Contract with suppliers")
    AGREEMENT = "union_agreement", _("Enforceable agreement with unions")
    PLEDGE = "public_pledge", _("Public pledge")
    POLICY = "internal_policy", _("Internal policy")


class Verification(models.TextChoices):
    AUDIT = "audit", _("Audit scheme")
    GRIEVANCE = "grievance", _("Grievance mechanism")
    WORKER_MONITORING = "worker_monitoring", _("Worker-driven monitoring")
    NONE = "none", _("None stated")


AUDIENCES = ["workers", "suppliers", "consumers", "investors", "regulators", "public"]
SCOPES = ["own_operations", "tier_1", "tiers_2_4", "licensees"]
LABELS = {  # audiences, scopes and the gap analysis's keys, as a page shows them
    "workers": _("Workers"), "suppliers": _("Suppliers"), "consumers": _("Consumers"),
    "investors": _("Investors"), "regulators": _("Regulators"), "public": _("The public"),
    "own_operations": _("Own operations"), "tier_1": _("Tier 1 suppliers"),
    "tiers_2_4": _("Tiers 2 to 4"), "licensees": _("Licensees"),
    "missing_fundamental": _("Fundamental rights not promised"),
    "below_standard": _("Promised below the international standard"),
    "promised_to_no_one": _("Promised to no one"),
    "no_consequence": _("No consequence of a breach"),
    "no_verification": _("No verification"),
}  # fmt: skip


class Commitment(AuditedModel):
    """One clause of a code, structured; ``suggested`` keeps what the classifier proposed
    until a person confirms it."""

    code = models.ForeignKey(Code, on_delete=models.CASCADE, related_name="commitments")
    number = models.PositiveIntegerField()
    text = models.TextField()
    rights: Any = models.JSONField(default=list)
    level = models.CharField(max_length=10, choices=Level.choices, default=Level.UNCLEAR)
    to_whom: Any = models.JSONField(default=list)
    scope: Any = models.JSONField(default=list)
    on_breach = models.CharField(max_length=20, choices=OnBreach.choices, default=OnBreach.NONE)
    binding = models.CharField(max_length=20, choices=Binding.choices, default=Binding.POLICY)
    verification = models.CharField(
        max_length=20, choices=Verification.choices, default=Verification.NONE
    )
    suggested: Any = models.JSONField(default=dict)
    warning = models.CharField(max_length=300, blank=True)
    confirmed = models.BooleanField(default=False)

    class Meta:
        ordering = ["code", "number"]
        constraints = [
            models.UniqueConstraint(fields=["code", "number"], name="one_commitment_per_number")
        ]

    def __str__(self) -> str:
        return f"{self.code_id} §{self.number}"
