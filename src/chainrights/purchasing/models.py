"""Buyers' purchasing practices: suppliers' confidential ratings, orders, changes and payments.

A rating never names its rater in the clear: the supplier organisation is an encrypted field
(``core.crypto``, the key machinery of grievances) and a keyed digest that only enforces "one
rating per buyer per cycle". What a buyer sees is ``RatingAggregate``: frozen when the cycle
closes, suppressed where it could single a rater out (``purchasing.anonymity``).
"""

from __future__ import annotations

from datetime import date

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from chainrights.core import events
from chainrights.core.crypto import EncryptedTextField
from chainrights.core.models import AuditedModel, AuditedQuerySet, Organisation, OwnedModel


class Category(models.TextChoices):
    """Better Buying's seven categories (betterbuying.org/about-purchasing-practices)."""

    PLANNING = "planning", _("Planning and forecasting")
    DESIGN = "design", _("Design and development")
    COST = "cost", _("Cost and cost negotiation")
    SOURCING = "sourcing", _("Sourcing and order placement")
    PAYMENT = "payment", _("Payment and terms")
    MANAGEMENT = "management", _("Management of the purchasing process")
    PARTNERSHIP = "partnership", _("Win-win sustainable partnership")


class CycleQuerySet(AuditedQuerySet):
    def open_on(self, day: date) -> CycleQuerySet:
        return self.filter(opens_on__lte=day, closes_on__gte=day, closed_at__isnull=True)

    def closed(self) -> CycleQuerySet:
        return self.filter(closed_at__isnull=False)


class RatingCycle(AuditedModel):
    """A rating round (half-yearly by default); results exist only once it is closed."""

    name = models.CharField(max_length=40, unique=True)
    opens_on = models.DateField()
    closes_on = models.DateField()
    closed_at = models.DateTimeField(null=True, blank=True)

    objects = CycleQuerySet.as_manager()  # type: ignore[misc]  # AuditedQuerySet, plus reads

    class Meta:
        ordering = ["opens_on"]

    def __str__(self) -> str:
        return self.name

    @property
    def is_closed(self) -> bool:
        return self.closed_at is not None


class SupplierRating(AuditedModel):
    """One supplier's rating of one buyer in one cycle. ``rater`` (encrypted JSON: the
    organisation's id and country) and ``rater_key`` (a keyed digest) are redacted in the
    event log; the row is written under a system actor, so the log names no rater either."""

    audit_exclude = frozenset({"rater", "rater_key"})

    cycle = models.ForeignKey(RatingCycle, on_delete=models.PROTECT, related_name="ratings")
    buyer = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    rater = EncryptedTextField()
    rater_key = models.CharField(max_length=64)
    submitted_on = models.DateField(default=date.today)  # a day, not a time: nothing to line up

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["cycle", "buyer", "rater_key"], name="one_rating_per_buyer_per_cycle"
            )
        ]

    def __str__(self) -> str:
        return f"rating {self.pk} of {self.buyer_id} in {self.cycle_id}"


class RatingAnswer(AuditedModel):
    rating = models.ForeignKey(SupplierRating, on_delete=models.CASCADE, related_name="answers")
    question = models.CharField(max_length=40)
    category = models.CharField(max_length=20, choices=Category.choices)
    value = models.PositiveSmallIntegerField(null=True, blank=True, help_text="1..5; empty: n/a")


class CommentStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for an operator")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")


class RatingComment(AuditedModel):
    """Free text reaches the buyer only as the operator approved (and perhaps redacted) it."""

    audit_exclude = frozenset({"text", "approved_text"})

    rating = models.OneToOneField(SupplierRating, on_delete=models.CASCADE, related_name="comment")
    text = EncryptedTextField()
    approved_text = EncryptedTextField()
    status = models.CharField(
        max_length=10, choices=CommentStatus.choices, default=CommentStatus.PENDING
    )


class RatingAggregate(AuditedModel):
    """A cell a buyer may be shown, frozen at the cycle's close so it can never be recomputed
    (a recomputed cell differing by one rating would reveal that rating)."""

    cycle = models.ForeignKey(RatingCycle, on_delete=models.PROTECT, related_name="aggregates")
    buyer = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    category = models.CharField(max_length=20, choices=Category.choices)
    region = models.CharField(max_length=2, blank=True, help_text="rater country; blank: all")
    suppressed = models.BooleanField(default=True)
    reason = models.CharField(max_length=40, blank=True)
    raters = models.PositiveIntegerField(null=True, blank=True)
    score = models.FloatField(null=True, blank=True)
    distribution = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["cycle", "buyer", "region", "category"]
        constraints = [
            models.UniqueConstraint(
                fields=["cycle", "buyer", "category", "region"], name="one_aggregate_per_cell"
            )
        ]


class OrderQuerySet(AuditedQuerySet):
    def of_buyer(self, buyer: Organisation) -> OrderQuerySet:
        return self.filter(buyer=buyer)


class PurchaseOrder(OwnedModel):
    """One order line as the buyer (or the supplier, for its own orders) imported it."""

    buyer = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    facility = models.ForeignKey("registry.Facility", on_delete=models.PROTECT, related_name="+")
    reference = models.CharField(max_length=60)
    product_category = models.CharField(max_length=60, blank=True)
    forecast_quantity = models.PositiveIntegerField(null=True, blank=True)
    quantity = models.PositiveIntegerField()
    unit_price = models.DecimalField(max_digits=14, decimal_places=4)
    currency = models.CharField(max_length=3)
    labour_cost_per_unit = models.DecimalField(
        max_digits=14, decimal_places=4, null=True, blank=True
    )
    labour_minutes_per_unit = models.DecimalField(
        max_digits=8, decimal_places=2, null=True, blank=True
    )
    payment_terms_days = models.PositiveIntegerField(null=True, blank=True)
    confirmed_on = models.DateField()
    ex_factory_requested = models.DateField()
    ex_factory_actual = models.DateField(null=True, blank=True)
    production_started_on = models.DateField(null=True, blank=True)
    invoice_date = models.DateField(null=True, blank=True)
    invoice_amount = models.DecimalField(max_digits=16, decimal_places=2, null=True, blank=True)
    lead_time_days = models.IntegerField(help_text="ex_factory_requested − confirmed_on")

    objects = OrderQuerySet.as_manager()  # type: ignore[misc]  # AuditedQuerySet, plus reads

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["owner_org", "buyer", "reference"], name="one_order_per_reference"
            )
        ]
        indexes = [models.Index(fields=["buyer", "facility", "confirmed_on"])]

    def __str__(self) -> str:
        return self.reference


class ChangeKind(models.TextChoices):
    QUANTITY_UP = "quantity_up", _("Quantity raised")
    QUANTITY_DOWN = "quantity_down", _("Quantity cut")
    DATE = "date", _("Date moved")
    SPEC = "spec", _("Specification changed")
    PRICE = "price", _("Price changed")
    CANCELLATION = "cancellation", _("Cancelled")


class OrderChange(AuditedModel):
    order = models.ForeignKey(PurchaseOrder, on_delete=models.CASCADE, related_name="changes")
    changed_on = models.DateField()
    kind = models.CharField(max_length=15, choices=ChangeKind.choices)
    by_buyer = models.BooleanField(default=True)
    days_before_ex_factory = models.IntegerField()
    after_production_start = models.BooleanField(default=False)
    compensated = models.BooleanField(default=False)
    compensation_amount = models.DecimalField(
        max_digits=16, decimal_places=2, null=True, blank=True
    )


class Payment(AuditedModel):
    order = models.ForeignKey(PurchaseOrder, on_delete=models.CASCADE, related_name="payments")
    paid_on = models.DateField()
    amount = models.DecimalField(max_digits=16, decimal_places=2)
    delay_days = models.IntegerField(help_text="paid_on − invoice_date − payment terms")


class DeductionReason(models.TextChoices):
    """Ways to avoid full payment Better Buying asks about (chapter 2, paying on time)."""

    DISCOUNT = "post_agreement_discount", _("Discount after agreement")
    QUALITY = "quality_claim", _("Quality claim")
    CURRENCY = "currency_switch", _("Currency switch")
    LATE = "late_delivery_penalty", _("Late delivery penalty")
    OTHER = "other", _("Other")


class Deduction(AuditedModel):
    order = models.ForeignKey(PurchaseOrder, on_delete=models.CASCADE, related_name="deductions")
    amount = models.DecimalField(max_digits=16, decimal_places=2)
    reason = models.CharField(max_length=30, choices=DeductionReason.choices)
    substantiated = models.BooleanField(default=False)


class LivingWageBenchmark(AuditedModel):
    """A living wage entered by an operator with its source; never a built-in figure."""

    country = models.CharField(max_length=2)
    currency = models.CharField(max_length=3)
    monthly_amount = models.DecimalField(max_digits=14, decimal_places=2)
    hours_per_month = models.PositiveIntegerField()
    source = models.CharField(max_length=300)
    as_of = models.DateField()

    class Meta:
        ordering = ["country", "-as_of"]


class Framework(models.TextChoices):
    CFRPP = "cfrpp", _("Common Framework for Responsible Purchasing Practices")
    ACT = "act", _("ACT global purchasing practices commitments")


class Stage(models.TextChoices):
    NOT_STARTED = "not_started", _("Not started")
    GROUNDWORK = "groundwork", _("Groundwork")
    PROGRESS = "progress", _("Progress")
    IN_PLACE = "in_place", _("In place")


class PracticeStatement(OwnedModel):
    """What the brand says about one principle or commitment, with its evidence."""

    framework = models.CharField(max_length=5, choices=Framework.choices)
    item = models.PositiveSmallIntegerField()
    stage = models.CharField(max_length=12, choices=Stage.choices, default=Stage.NOT_STARTED)
    evidence = models.TextField(blank=True)
    evidence_url = models.URLField(blank=True)
    updated_on = models.DateField(default=date.today)

    class Meta:
        ordering = ["framework", "item"]
        constraints = [
            models.UniqueConstraint(
                fields=["owner_org", "framework", "item"], name="one_statement_per_item"
            )
        ]


class LinkStatus(models.TextChoices):
    SUGGESTED = "suggested", _("Suggested")
    CONFIRMED = "confirmed", _("Confirmed")
    DISMISSED = "dismissed", _("Dismissed")


class RootCauseLink(AuditedModel):
    """A person's decision on a suggested purchasing root cause of a finding or a case."""

    finding = models.ForeignKey(
        "audits.Finding", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    case = models.ForeignKey(
        "grievances.Case", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    buyer = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    category = models.CharField(max_length=20, choices=Category.choices)
    flags = models.JSONField(default=list)
    status = models.CharField(max_length=10, choices=LinkStatus.choices)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=events.SET_NULL_LOGGED,
        related_name="+",
    )  # fmt: skip
    decided_at = models.DateTimeField(default=timezone.now)
    action_id_ref = models.PositiveIntegerField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["finding", "buyer"], name="one_link_per_finding"),
            models.UniqueConstraint(fields=["case", "buyer"], name="one_link_per_case"),
        ]


class OrderPublication(AuditedModel):
    """A brand's choice to publish aggregates of its own orders for one closed rating cycle
    (orders confirmed in it). The cells are decided and frozen at the first publication, so
    unpublishing and publishing again shows the same figures: no two versions of a cell ever
    differ by one facility's orders (``purchasing.publication``)."""

    buyer = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    cycle = models.ForeignKey(RatingCycle, on_delete=models.PROTECT, related_name="+")
    published = models.BooleanField(default=True)
    cells = models.JSONField(default=list)  # the shown cells only, each with its figures
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=events.SET_NULL_LOGGED,
        related_name="+",
    )  # fmt: skip
    decided_at = models.DateTimeField(default=timezone.now)
    frozen_on = models.DateField(default=date.today)

    class Meta:
        ordering = ["buyer", "cycle__opens_on"]
        constraints = [
            models.UniqueConstraint(fields=["buyer", "cycle"], name="one_publication_per_cycle")
        ]
