"""Country profiles, labour inspection records and referrals from grievance cases."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from chainrights.core import events
from chainrights.core.models import AuditedModel

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
