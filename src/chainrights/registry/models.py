"""Facilities, the supplier lists that name them, what each row said, and why it was matched.

A facility is the cluster of its source records. Source records are never edited or deleted;
each match decision (automatic, with score and evidence, or by a person, with a reason) is a
new row, and the newest one for a record is in force, so every decision can be undone.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from chainrights.core import events
from chainrights.core.models import AuditedModel, AuditedQuerySet, OwnedModel
from chainrights.core.types import AnyUser
from chainrights.registry import ids


class FacilityQuerySet(AuditedQuerySet):
    def visible_to(self, user: AnyUser | None, *, survivors: bool = False) -> FacilityQuerySet:
        """The facilities ``user`` may know exist (see ``registry.visibility``); with
        ``survivors``, only those not merged into another."""
        from chainrights.registry import visibility  # noqa: PLC0415  (visibility imports the models)

        found = visibility.visible_facilities(self, user, survivors=survivors)
        return found  # type: ignore[return-value]


class Facility(AuditedModel):
    public_id = models.CharField(max_length=16, unique=True, default=ids.new_id, editable=False)
    country = models.CharField(max_length=2, db_index=True)
    name = models.CharField(max_length=500)
    address = models.CharField(max_length=2000, blank=True)
    lat = models.FloatField(null=True, blank=True)
    lng = models.FloatField(null=True, blank=True)
    merged_into = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="merged"
    )
    created_at = models.DateTimeField(default=timezone.now)
    # What the contributors said, summed up for pages and search (refreshed from the source
    # records by ``registry.reads``; never a fact of its own, so not in the event log).
    sectors = models.CharField(max_length=500, blank=True)
    product_types = models.CharField(max_length=500, blank=True)
    parent_company = models.CharField(max_length=500, blank=True)
    workers = models.CharField(max_length=40, blank=True, help_text="Transparency Pledge band")
    identifiers: Any = models.JSONField(
        default=dict, blank=True, help_text="os_id, duns_id, lei_id"
    )
    search_text = models.TextField(blank=True, default="")
    # Whether anyone may know the facility exists: a public list names it now, or no list
    # founded it (an operator's own entry). A list founds it hidden; ``reads.refresh`` decides.
    public = models.BooleanField(default=True, db_index=True)
    claimed_by = models.ForeignKey(
        "core.Organisation", null=True, blank=True, on_delete=models.PROTECT, related_name="+",
        help_text="the organisation that runs this facility, once an operator verified its claim",
    )  # fmt: skip

    derived_fields = frozenset(
        {"sectors", "product_types", "parent_company", "workers", "identifiers", "search_text",
         "public"}
    )  # fmt: skip
    audit_exclude = derived_fields

    objects = FacilityQuerySet.as_manager()  # type: ignore[misc]  # AuditedQuerySet's, plus visible_to

    class Meta:
        verbose_name_plural = "facilities"
        indexes = [models.Index(fields=["country", "name"])]

    def __str__(self) -> str:
        return f"{self.public_id} {self.name}"

    @classmethod
    def by_id(cls, text: str) -> Facility | None:
        """The facility a typed public ID names (any case, separators, I/L/O for 1/0), or
        None; a merged ID still answers with itself (see ``survivor``)."""
        return cls.objects.filter(public_id=ids.normalise(text[:40])).first()

    def survivor(self) -> Facility:
        """The facility this one now is: itself, or where merges led."""
        current = self
        seen = {current.pk}
        while current.merged_into_id is not None and current.merged_into_id not in seen:
            seen.add(current.merged_into_id)
            current = current.merged_into  # type: ignore[assignment]
        return current


class ListStatus(models.TextChoices):
    QUEUED = "queued", _("Queued")
    PROCESSING = "processing", _("Processing")
    DONE = "done", _("Done")
    FAILED = "failed", _("Failed")


class SupplierList(OwnedModel):
    """One upload of a supplier list by a brand, supplier or operator."""

    name = models.CharField(max_length=200)
    tier = models.PositiveSmallIntegerField(null=True, blank=True)
    as_of = models.DateField(null=True, blank=True)
    filename = models.CharField(max_length=300)
    previous = models.ForeignKey(
        "self", null=True, blank=True, on_delete=events.SET_NULL_LOGGED, related_name="+",
        help_text="the earlier version of this list (same organisation, same name)",
    )  # fmt: skip
    total_rows = models.PositiveIntegerField(default=0)
    processed_rows = models.PositiveIntegerField(default=0)
    sha256 = models.CharField(max_length=64, db_index=True)
    content = models.BinaryField()
    status = models.CharField(max_length=12, choices=ListStatus.choices, default=ListStatus.QUEUED)
    counts = models.JSONField(default=dict)
    report = models.JSONField(default=list, help_text="bad rows: row, field, reason, action")
    failure = models.TextField(blank=True)
    runner = models.CharField(
        max_length=32, blank=True, editable=False,
        help_text="the run processing the list now; a chunk commits only under this token",
    )  # fmt: skip
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=events.SET_NULL_LOGGED, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    audit_exclude = frozenset({"content", "processed_rows", "runner"})
    derived_fields = frozenset({"processed_rows", "runner"})

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["owner_org", "sha256"], name="one_upload_per_content")
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def percent(self) -> int:
        if self.status in (ListStatus.DONE, ListStatus.FAILED):
            return 100
        return int(100 * self.processed_rows / self.total_rows) if self.total_rows else 0


class SourceRecord(AuditedModel):
    """Exactly what one contributor said about one facility, in one row of one list."""

    supplier_list = models.ForeignKey(SupplierList, on_delete=models.PROTECT, related_name="rows")
    row = models.PositiveIntegerField()
    raw = models.JSONField(help_text="the row as uploaded, every column")
    country = models.CharField(max_length=2)
    name = models.CharField(max_length=2000)
    address = models.CharField(max_length=2000, blank=True)
    lat = models.FloatField(null=True, blank=True)
    lng = models.FloatField(null=True, blank=True)
    fingerprint = models.CharField(max_length=40, db_index=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["supplier_list", "row"], name="one_record_per_row")
        ]

    def __str__(self) -> str:
        return f"{self.supplier_list_id}:{self.row} {self.name}"

    def current_decision(self) -> MatchDecision | None:
        return self.decisions.order_by("-created_at", "-pk").first()


class DecisionKind(models.TextChoices):
    AUTOMATIC = "automatic", _("Automatic")
    HUMAN = "human", _("By a person")


class MatchDecision(AuditedModel):
    """Why a source record belongs to a facility (or awaits review, or founded a new one)."""

    source = models.ForeignKey(SourceRecord, on_delete=models.PROTECT, related_name="decisions")
    facility = models.ForeignKey(
        Facility, null=True, blank=True, on_delete=models.PROTECT, related_name="decisions"
    )
    candidate = models.ForeignKey(
        Facility, null=True, blank=True, on_delete=models.PROTECT, related_name="+",
        help_text="for review: the facility the engine proposes",
    )  # fmt: skip
    decision = models.CharField(max_length=10)  # match | review | new
    kind = models.CharField(max_length=10, choices=DecisionKind.choices)
    score = models.FloatField(default=0.0)
    evidence: Any = models.JSONField(default=dict)
    model_version = models.CharField(max_length=60, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=events.SET_NULL_LOGGED,
        related_name="+",
    )
    reason = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"{self.source_id} → {self.decision}"


class ClaimStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for an operator")
    VERIFIED = "verified", _("Verified")
    REJECTED = "rejected", _("Rejected")


class FacilityClaim(AuditedModel):
    """An organisation's claim to run a facility; an operator verifies it before the claimant
    may correct the facility's data."""

    audit_exclude = frozenset({"evidence_file"})  # the file's name and sha256 are logged

    facility = models.ForeignKey(Facility, on_delete=models.PROTECT, related_name="claims")
    organisation = models.ForeignKey(
        "core.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    claimed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=events.SET_NULL_LOGGED, related_name="+"
    )
    evidence = models.TextField(help_text="how the claimant shows it runs the facility")
    evidence_file = models.BinaryField(null=True, blank=True)
    evidence_filename = models.CharField(max_length=200, blank=True)
    evidence_type = models.CharField(max_length=100, blank=True)
    evidence_sha256 = models.CharField(max_length=64, blank=True)
    status = models.CharField(
        max_length=10, choices=ClaimStatus.choices, default=ClaimStatus.PENDING
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=events.SET_NULL_LOGGED,
        related_name="+",
    )  # fmt: skip
    reason = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"{self.organisation_id} claims {self.facility_id}: {self.status}"


class SearchWord(models.Model):
    """One distinct folded word of facility names and addresses, with what finds it when
    spelt another way (``registry.wordindex``): its sound skeleton, and its first and last
    three letters beside its length (a slip leaves one end of a word whole). The two indexes
    carry the word and skeleton too, so a lookup never visits the table.

    Derived from facilities' fields, so not in the event log; rebuilt from them at will."""

    word = models.CharField(max_length=40, unique=True)
    key = models.CharField(max_length=40, db_index=True)
    head = models.CharField(max_length=3)
    tail = models.CharField(max_length=3)
    length = models.PositiveSmallIntegerField()

    class Meta:
        indexes = [
            models.Index(fields=["head", "length", "word", "key"], name="registry_word_head"),
            models.Index(fields=["tail", "length", "word", "key"], name="registry_word_tail"),
        ]

    def __str__(self) -> str:
        return self.word


class WordField(models.IntegerChoices):
    NAME = 0, "name"
    PLACE = 1, "address"


class FacilityWord(models.Model):
    """A posting: this facility's name (or address) holds this word. Derived, like
    ``SearchWord``; ``reads.refresh`` rewrites a facility's postings with its search text."""

    facility = models.ForeignKey(
        Facility, on_delete=models.CASCADE, related_name="+", db_index=False
    )
    word = models.ForeignKey(SearchWord, on_delete=models.CASCADE, related_name="+", db_index=False)
    field = models.PositiveSmallIntegerField(choices=WordField.choices)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["facility", "word", "field"], name="one_posting")
        ]
        indexes = [models.Index(fields=["word", "facility"], name="registry_posting_word")]

    def __str__(self) -> str:
        return f"{self.facility_id}:{self.word_id}"
