"""Country profiles, labour inspection records and referrals from grievance cases."""

from __future__ import annotations

from typing import Any, cast

from django.conf import settings
from django.db import models
from django.db.models import Case, Count, Q, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from chainrights.core import events
from chainrights.core.crypto import EncryptedTextField
from chainrights.core.models import (
    AuditedModel,
    AuditedQuerySet,
    Organisation,
    OwnedModel,
    Right,
    Visibility,
)
from chainrights.core.types import AnyUser
from chainrights.core.visibility import visible

# ---------------------------------------------------------------------------------------------
# Country profiles: ratifications, ILOSTAT inspection figures, entered facts, listed goods
#
# A profile is not a row: every ISO 3166 country has one, built from the rows below that name
# it (``states.profiles``). A country without rows shows gaps, never zeros.


class RatificationStatus(models.TextChoices):
    IN_FORCE = "in_force", _("In force")
    NOT_IN_FORCE = "not_in_force", _("Not in force")
    DENOUNCED = "denounced", _("Denounced")
    NOT_RATIFIED = "not_ratified", _("Not ratified")


class Ratification(AuditedModel):
    """One country's standing on one ILO instrument, as a curated fact with its source."""

    country = models.CharField(max_length=2, db_index=True)
    instrument = models.CharField(max_length=8)
    status = models.CharField(max_length=14, choices=RatificationStatus.choices)
    ratified_on = models.DateField(null=True, blank=True)
    minimum_age = models.PositiveSmallIntegerField(null=True, blank=True)
    note = models.CharField(max_length=300, blank=True)
    source_url = models.URLField(max_length=500)
    retrieved_on = models.DateField()

    class Meta:
        ordering = ["country", "instrument"]
        constraints = [
            models.UniqueConstraint(fields=["country", "instrument"], name="one_ratification")
        ]

    def __str__(self) -> str:
        return f"{self.country} {self.instrument} {self.status}"


class InspectionFigure(AuditedModel):
    """One ILOSTAT observation: an indicator's value for a country, year and (where given)
    sex, with the source the export named and the date it was retrieved."""

    country = models.CharField(max_length=2, db_index=True)
    indicator = models.CharField(max_length=24)
    year = models.PositiveSmallIntegerField()
    sex = models.CharField(max_length=6, blank=True)  # "", "total", "male", "female"
    value = models.DecimalField(max_digits=14, decimal_places=2)
    source_type = models.CharField(max_length=120, blank=True)
    source = models.CharField(max_length=200)
    licence = models.CharField(max_length=200)
    retrieved_on = models.DateField()

    class Meta:
        ordering = ["country", "indicator", "year", "sex"]
        constraints = [
            models.UniqueConstraint(
                fields=["country", "indicator", "year", "sex"], name="one_figure"
            )
        ]

    def __str__(self) -> str:
        return f"{self.country} {self.indicator} {self.year} {self.sex}".strip()


class FactKind(models.TextChoices):
    ECONOMY_CLASS = "economy_class", _("Economy class for the ILO benchmark")
    ITUC_RATING = "ituc_rating", _("ITUC Global Rights Index rating")
    MINIMUM_WAGE = "minimum_wage", _("Minimum wage")
    INSPECTORATE_CONTACT = "inspectorate_contact", _("Labour inspectorate's public contact")
    NOTE = "note", _("Note")


class CountryFact(AuditedModel):
    """A value an operator entered (or imported) with its source and as-of date. ``label``
    says which one of its kind (a wage's sector, the inspectorate's name, a note's title);
    a newer ``as_of`` supersedes an older one of the same kind and label."""

    country = models.CharField(max_length=2, db_index=True)
    kind = models.CharField(max_length=24, choices=FactKind.choices)
    label = models.CharField(max_length=200, blank=True)
    value = models.CharField(max_length=1000)
    unit = models.CharField(max_length=60, blank=True)
    as_of = models.DateField()
    source = models.CharField(max_length=300)
    source_url = models.URLField(max_length=500, blank=True)
    licence = models.CharField(max_length=200, blank=True)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=events.SET_NULL_LOGGED,
        related_name="+",
    )  # fmt: skip
    entered_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["country", "kind", "label", "-as_of"]
        constraints = [
            models.UniqueConstraint(
                fields=["country", "kind", "label", "as_of"], name="one_fact_per_date"
            )
        ]

    def __str__(self) -> str:
        return f"{self.country} {self.kind} {self.label} {self.as_of}".strip()


class ListedGood(AuditedModel):
    """A good on the US Department of Labor's List of Goods Produced by Child Labor or Forced
    Labor for a country, in one edition of the list."""

    country = models.CharField(max_length=2, db_index=True)
    good = models.CharField(max_length=120)
    child_labour = models.BooleanField(default=False)
    forced_labour = models.BooleanField(default=False)
    edition = models.CharField(max_length=60)
    source = models.CharField(max_length=300)
    source_url = models.URLField(max_length=500)
    retrieved_on = models.DateField()

    class Meta:
        ordering = ["country", "good"]
        constraints = [
            models.UniqueConstraint(fields=["country", "good", "edition"], name="one_listed_good")
        ]

    def __str__(self) -> str:
        return f"{self.country} {self.good} ({self.edition})"


# ---------------------------------------------------------------------------------------------
# Referrals from grievance cases, and inspection records


class ReferralState(models.TextChoices):
    """Where a referral stands at the inspectorate; the complainant reads these words."""

    SENT = "sent", _("Referred to the labour inspectorate")
    ACKNOWLEDGED = "acknowledged", _("The inspectorate acknowledged the referral")
    SCHEDULED = "scheduled", _("Inspection scheduled")
    INSPECTED = "inspected", _("Inspected")
    ORDERS_ISSUED = "orders_issued", _("Inspected, order issued")
    NO_VIOLATION = "no_violation", _("Inspected, no violation found")
    MONITORING = "monitoring", _("The inspectorate is monitoring the remediation")
    CLOSED_RESOLVED = "closed_resolved", _("Closed by the inspectorate: resolved")
    CLOSED_UNRESOLVED = "closed_unresolved", _("Closed by the inspectorate: not resolved")
    RETURNED = "returned", _("Returned by the inspectorate: outside its jurisdiction")


REFERRAL_DONE = (
    ReferralState.CLOSED_RESOLVED, ReferralState.CLOSED_UNRESOLVED, ReferralState.RETURNED,
)  # fmt: skip


class ReferralQuerySet(AuditedQuerySet):
    def open(self) -> ReferralQuerySet:
        return self.exclude(state__in=REFERRAL_DONE)

    def inbox(self) -> ReferralQuerySet:
        """Overdue first (the oldest deadline first), then open by deadline, then finished."""
        now = timezone.now()
        return self.annotate(
            overdue_first=Case(
                When(Q(due_at__lt=now) & ~Q(state__in=REFERRAL_DONE), then=Value(0)),
                When(state__in=REFERRAL_DONE, then=Value(2)),
                default=Value(1),
            )
        ).order_by("overdue_first", "due_at", "-sent_at")

    def overdue(self) -> ReferralQuerySet:
        return self.open().filter(due_at__lt=timezone.now())


class Referral(OwnedModel):
    """A grievance case passed to a labour inspectorate by its handler (owner: the operator;
    shared with the inspectorate). It carries only what the handler chose; the complainant's
    identity is read from the case at view time and only while they consent, so withdrawing
    consent takes effect at once. ``inspectorate`` is empty for a referral to an inspectorate
    that is not on the platform (the handler used its public contact and records the steps)."""

    case = models.OneToOneField(
        "grievances.Case", on_delete=models.PROTECT, related_name="referral"
    )
    inspectorate = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=events.SET_NULL_LOGGED, related_name="+"
    )
    facility = models.ForeignKey(
        "registry.Facility", null=True, blank=True, on_delete=events.SET_NULL_LOGGED,
        related_name="+",
    )  # fmt: skip
    country = models.CharField(max_length=2)
    summary = EncryptedTextField()
    rights: Any = models.JSONField(default=list, help_text="rights taxonomy codes")
    evidence_ids: Any = models.JSONField(default=list, help_text="the case's evidence chosen")
    period_start = models.DateField(null=True, blank=True)
    period_end = models.DateField(null=True, blank=True)
    state = models.CharField(
        max_length=20, choices=ReferralState.choices, default=ReferralState.SENT
    )
    due_at = models.DateTimeField(null=True, blank=True)
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=events.SET_NULL_LOGGED,
        related_name="+",
    )  # fmt: skip
    sent_at = models.DateTimeField(default=timezone.now)
    closed_at = models.DateTimeField(null=True, blank=True)
    inspection = models.ForeignKey(
        "states.Inspection", null=True, blank=True, on_delete=events.SET_NULL_LOGGED,
        related_name="+",
    )  # fmt: skip

    audit_exclude = frozenset({"summary"})

    objects = ReferralQuerySet.as_manager()  # type: ignore[misc]

    class Meta:
        indexes = [models.Index(fields=["inspectorate", "state", "due_at"])]

    def __str__(self) -> str:
        return f"referral {self.pk}"

    @property
    def is_overdue(self) -> bool:
        done = self.state in REFERRAL_DONE
        return not done and self.due_at is not None and self.due_at < timezone.now()


class ReferralStep(AuditedModel):
    """One step of a referral: from, to, who, why, and the deadline it met or missed."""

    referral = models.ForeignKey(Referral, on_delete=models.CASCADE, related_name="steps")
    from_state = models.CharField(max_length=20, choices=ReferralState.choices, blank=True)
    to_state = models.CharField(max_length=20, choices=ReferralState.choices)
    reason = models.TextField(blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=events.SET_NULL_LOGGED,
        related_name="+",
    )  # fmt: skip
    was_due_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.referral_id}: {self.from_state} → {self.to_state}"


class Trigger(models.TextChoices):
    ROUTINE = "routine", _("Routine")
    COMPLAINT = "complaint", _("Complaint")
    REFERRAL = "referral", _("Referral")
    ACCIDENT = "accident", _("Accident")
    FOLLOW_UP = "follow_up", _("Follow-up")


# ILO C81 Art. 15(c): the employer must not learn that a visit follows a complaint, so the
# public summary never says what triggered an inspection of these kinds.
CONFIDENTIAL_TRIGGERS = (Trigger.COMPLAINT, Trigger.REFERRAL)


class InspectionQuerySet(AuditedQuerySet):
    def visible_to(self, user: AnyUser | None) -> InspectionQuerySet:
        return cast(InspectionQuerySet, visible(self, user))

    def violated_rights(self, facility_ids: list[int], start: Any, end: Any) -> dict[str, int]:
        """Rights found violated by public inspections of the facilities between two dates."""
        rows = (
            Violation.objects.filter(
                inspection__in=self.filter(
                    facility_id__in=facility_ids, visibility=Visibility.PUBLIC,
                    inspected_on__gte=start, inspected_on__lte=end,
                )
            )
            .values_list("right__code")
            .annotate(n=Count("pk"))
        )  # fmt: skip
        return dict(rows)


class Inspection(OwnedModel):
    """One visit by a labour inspectorate (the owner) to a registry facility. Public (the
    default) shows a summary to everyone; private keeps it to the inspectorate and operators.
    It never links to a grievance case: a referral points at it, not the other way."""

    facility = models.ForeignKey(
        "registry.Facility", on_delete=models.PROTECT, related_name="inspections"
    )
    inspected_on = models.DateField()
    trigger = models.CharField(max_length=12, choices=Trigger.choices, default=Trigger.ROUTINE)
    announced = models.BooleanField(default=False)
    inspectors = models.PositiveSmallIntegerField(default=1)
    workers_interviewed = models.PositiveIntegerField(null=True, blank=True)
    penalties_imposed = models.DecimalField(max_digits=14, decimal_places=2, null=True,
                                            blank=True)  # fmt: skip
    penalties_collected = models.DecimalField(max_digits=14, decimal_places=2, null=True,
                                              blank=True)  # fmt: skip
    currency = models.CharField(max_length=3, blank=True, help_text="ISO 4217")
    follow_up_on = models.DateField(null=True, blank=True)
    follow_up_outcome = models.TextField(blank=True)
    reference = models.CharField(max_length=60, blank=True, help_text="the inspectorate's")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=events.SET_NULL_LOGGED,
        related_name="+",
    )  # fmt: skip
    created_at = models.DateTimeField(default=timezone.now)

    objects = InspectionQuerySet.as_manager()  # type: ignore[misc]

    class Meta:
        ordering = ["-inspected_on", "-pk"]
        indexes = [
            models.Index(fields=["facility", "inspected_on"]),
            # the country page's public summary reads the index alone (bench/states/pages.py)
            models.Index(fields=["facility", "visibility", "inspected_on"],
                         name="states_insp_public_idx"),
        ]  # fmt: skip

    def __str__(self) -> str:
        return f"inspection {self.pk} of {self.facility_id} on {self.inspected_on}"


class Violation(AuditedModel):
    inspection = models.ForeignKey(Inspection, on_delete=models.CASCADE,
                                   related_name="violations")  # fmt: skip
    right = models.ForeignKey(Right, on_delete=models.PROTECT, related_name="+")
    law_article = models.CharField(max_length=200, blank=True, help_text="of national law")
    description = models.TextField(blank=True)

    class Meta:
        ordering = ["pk"]
        indexes = [models.Index(fields=["inspection", "right"], name="states_viol_right_idx")]

    def __str__(self) -> str:
        return f"{self.inspection_id}: {self.right_id}"


class OrderKind(models.TextChoices):
    IMPROVEMENT = "improvement_notice", _("Improvement notice")
    STOP_WORK = "stop_work", _("Stop-work order")


class Order(AuditedModel):
    inspection = models.ForeignKey(Inspection, on_delete=models.CASCADE, related_name="orders")
    kind = models.CharField(max_length=20, choices=OrderKind.choices)
    deadline = models.DateField(null=True, blank=True)
    description = models.TextField(blank=True)

    class Meta:
        ordering = ["pk"]
        indexes = [models.Index(fields=["inspection", "kind"], name="states_order_kind_idx")]

    def __str__(self) -> str:
        return f"{self.inspection_id}: {self.kind}"


class InspectionDefault(AuditedModel):
    """The visibility new inspection records of one country get unless the inspectorate
    chooses otherwise (an operator's setting: national law differs on publishing them)."""

    country = models.CharField(max_length=2, unique=True)
    visibility = models.CharField(max_length=10, choices=Visibility.choices,
                                  default=Visibility.PUBLIC)  # fmt: skip

    def __str__(self) -> str:
        return f"{self.country}: {self.visibility}"
