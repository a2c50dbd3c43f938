"""Due-diligence reports: one organisation, one framework version, one period. A draft reads
its figures live from the records; publishing freezes figures and text in ``frozen`` and logs
their hash, and a correction is a new report that ``corrects`` the old one, never an edit."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from chainrights.core import events
from chainrights.core.models import AuditedQuerySet, OwnedModel, Visibility


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")
    CORRECTED = "corrected", _("Replaced by a correction")


class ReportQuerySet(AuditedQuerySet):
    def published(self) -> ReportQuerySet:
        return self.exclude(status=Status.DRAFT)

    def public(self) -> ReportQuerySet:
        return self.published().filter(visibility=Visibility.PUBLIC)


class Report(OwnedModel):
    framework = models.CharField(max_length=30)
    version = models.CharField(
        max_length=30, help_text="the framework version it was drafted under"
    )
    period_start = models.DateField()
    period_end = models.DateField()
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    narratives: Any = models.JSONField(default=dict, help_text="question code → the brand's text")
    frozen: Any = models.JSONField(null=True, blank=True, help_text="figures and text as published")
    content_hash = models.CharField(max_length=64, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    corrects = models.ForeignKey(
        "self", null=True, blank=True, on_delete=events.SET_NULL_LOGGED, related_name="corrections"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=events.SET_NULL_LOGGED, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    objects = ReportQuerySet.as_manager()  # type: ignore[misc]  # AuditedQuerySet, plus reads

    class Meta:
        ordering = ["-period_end", "-pk"]

    def __str__(self) -> str:
        return f"{self.framework} {self.version} {self.period_start}–{self.period_end}"

    @property
    def is_draft(self) -> bool:
        return self.status == Status.DRAFT
