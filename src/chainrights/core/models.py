"""Organisations, memberships, API tokens, rights, sharing and the event log.

Domain models elsewhere inherit ``AuditedModel`` (every write is logged) or
``OwnedModel`` (an owner organisation and a visibility on top of that).
"""

from __future__ import annotations

import hashlib
from datetime import timedelta
from typing import Any, ClassVar

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from chainrights.core import events
from chainrights.core.crypto import EncryptedBinaryField


class AuditedQuerySet(models.QuerySet):  # type: ignore[type-arg]  # generic over every audited model
    """Bulk writes would skip the event log, so they are refused here."""

    def update(self, **kwargs: Any) -> int:
        if kwargs and set(kwargs) <= getattr(self.model, "derived_fields", frozenset()):
            return super().update(**kwargs)
        raise events.UnloggedWrite(
            f"{self.model.__name__}: use a service that saves each object, not QuerySet.update()"
        )

    def delete(self) -> tuple[int, dict[str, int]]:
        total = 0
        for obj in self:
            obj.delete()
            total += 1
        return total, {self.model._meta.label: total}

    def bulk_create(self, objs: Any, *args: Any, **kwargs: Any) -> list[Any]:
        raise events.UnloggedWrite(f"{self.model.__name__}: bulk_create bypasses the event log")


class AuditedModel(models.Model):
    """A model whose every create, update and delete lands in the event log.

    A write outside ``events.acting_as(...)`` raises ``UnloggedWrite``, so no
    domain write can bypass the log by accident.
    """

    audit_exclude: ClassVar[frozenset[str]] = frozenset()
    # Fields recomputed from logged facts (summaries, progress): QuerySet.update may set them
    # without an event, because the facts they come from are in the log already.
    derived_fields: ClassVar[frozenset[str]] = frozenset()

    objects = AuditedQuerySet.as_manager()

    class Meta:
        abstract = True

    def save(self, *args: Any, **kwargs: Any) -> None:
        events.save_logged(self, super().save, *args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> Any:
        return events.delete_logged(self, super().delete, *args, **kwargs)


class OrganisationKind(models.TextChoices):
    BRAND = "brand", _("Brand or buyer")
    SUPPLIER = "supplier", _("Supplier or facility")
    OPERATOR = "operator", _("Operator (multi-stakeholder initiative or NGO)")
    AUDITOR = "auditor", _("Auditor")
    UNION = "union", _("Union or worker organisation")
    INSPECTORATE = "inspectorate", _("Labour inspectorate")


class Organisation(AuditedModel):
    name = models.CharField(max_length=200, unique=True)
    kind = models.CharField(max_length=20, choices=OrganisationKind.choices)
    country = models.CharField(max_length=2, blank=True, help_text="ISO 3166-1 alpha-2")
    website = models.URLField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Role(models.TextChoices):
    """What a person may do inside their organisation."""

    ADMIN = "admin", _("Administrator")
    EDITOR = "editor", _("Editor")
    VIEWER = "viewer", _("Viewer")


class Membership(AuditedModel):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(max_length=10, choices=Role.choices, default=Role.VIEWER)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "organisation"], name="one_membership_per_org")
        ]

    def __str__(self) -> str:
        return f"{self.user} @ {self.organisation} ({self.role})"

    @property
    def can_edit(self) -> bool:
        return self.role in {Role.ADMIN, Role.EDITOR}


class TokenScope(models.TextChoices):
    """What a token may do: ``read`` answers GET requests only; ``write`` may also change."""

    READ = "read", _("Read only")
    WRITE = "write", _("Read and write")


def default_token_expiry() -> Any:
    """Now plus ``API_TOKEN_LIFETIME_DAYS``: no token lives for ever."""

    return timezone.now() + timedelta(days=settings.API_TOKEN_LIFETIME_DAYS)


class ApiToken(AuditedModel):
    """A bearer token; only its SHA-256 is stored, like a password that is random enough.

    ``second_factor`` records that a TOTP code was checked when it was issued: accounts that
    sign in with a code (and operator staff, who must) can only use tokens issued that way.
    """

    audit_exclude = frozenset({"digest"})

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens"
    )
    name = models.CharField(max_length=100, blank=True)
    prefix = models.CharField(max_length=12, db_index=True)
    digest = models.CharField(max_length=64, unique=True)
    scope = models.CharField(max_length=5, choices=TokenScope.choices, default=TokenScope.READ)
    second_factor = models.BooleanField(
        default=False, help_text="a TOTP code was checked when the token was issued"
    )
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField(default=default_token_expiry)
    revoked_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.prefix}… ({self.user})"

    @staticmethod
    def digest_of(raw: str) -> str:
        return hashlib.sha256(raw.encode()).hexdigest()

    @property
    def active(self) -> bool:
        return self.revoked_at is None and self.expires_at > timezone.now()

    @property
    def may_write(self) -> bool:
        return self.scope == TokenScope.WRITE


class Visibility(models.TextChoices):
    PRIVATE = "private", _("Private to the owner organisation")
    SHARED = "shared", _("Shared with named organisations")
    PUBLIC = "public", _("Public")


class OwnedModel(AuditedModel):
    """An object with an owner organisation and a visibility; see ``core.visibility``."""

    owner_org = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    visibility = models.CharField(
        max_length=10, choices=Visibility.choices, default=Visibility.PRIVATE
    )
    owner_org_id: int

    class Meta:
        abstract = True


class Share(AuditedModel):
    """One object of any app shared with one organisation."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.BigIntegerField()
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "organisation"], name="share_once"
            )
        ]
        indexes = [models.Index(fields=["content_type", "organisation", "object_id"])]

    def __str__(self) -> str:
        return f"{self.content_type_id}:{self.object_id} → {self.organisation_id}"


class RightKind(models.TextChoices):
    PRINCIPLE = "principle", _("ILO fundamental principle")
    INDICATOR = "indicator", _("ILO forced-labour indicator")
    RIGHT = "right", _("Labour right")
    SECTOR = "sector", _("Sector-specific right")


class Right(AuditedModel):
    """One entry of the shared rights taxonomy; loaded from ``core/data/rights.json``."""

    code = models.SlugField(max_length=60, unique=True)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    kind = models.CharField(max_length=12, choices=RightKind.choices)
    name = models.CharField(max_length=200)
    summary = models.TextField()
    sector = models.CharField(max_length=60, blank=True)
    instruments = models.JSONField(default=list)
    position = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["position"]

    def __str__(self) -> str:
        return self.name


class Event(models.Model):
    """One entry of the append-only, hash-chained log. Written only by ``events``."""

    seq = models.BigAutoField(primary_key=True)
    created_at = models.DateTimeField()
    tag = models.CharField(max_length=80, db_index=True)
    # No database constraints: the log outlives what it mentions and is never rewritten.
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.DO_NOTHING,
        related_name="+",
        db_constraint=False,
    )
    actor_label = models.CharField(max_length=150)
    organisation = models.ForeignKey(
        Organisation, null=True, on_delete=models.DO_NOTHING, related_name="+", db_constraint=False
    )
    object_type = models.CharField(max_length=100)
    object_id = models.CharField(max_length=64)
    before = models.JSONField(null=True)
    after = models.JSONField(null=True)
    reason = models.TextField(blank=True)
    prev_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64, unique=True)
    # 2: HMAC-SHA256 under CHAINRIGHTS_LOG_KEY. NULL: an entry written before the chain was
    # keyed (plain SHA-256); only a prefix sealed by a keyed entry may be so (events.verify_log).
    hash_version = models.PositiveSmallIntegerField(null=True)

    class Meta:
        ordering = ["seq"]
        indexes = [models.Index(fields=["object_type", "object_id"])]

    def __str__(self) -> str:
        return f"#{self.seq} {self.tag} {self.object_type}:{self.object_id}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding:
            raise events.UnloggedWrite("the event log is append-only")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> Any:
        raise events.UnloggedWrite("the event log is append-only")


class ChainHead(models.Model):
    """The single row that serialises appends and holds the latest hash."""

    id = models.PositiveSmallIntegerField(primary_key=True, default=1)
    last_hash = models.CharField(max_length=64)
    last_seq = models.BigIntegerField(default=0)

    def __str__(self) -> str:
        return f"#{self.last_seq} {self.last_hash[:12]}"


class TaskHeartbeat(models.Model):
    """When the worker running a background task last showed it is alive (``core.worker``).

    Bookkeeping of the task queue, like django-tasks-db's own table, so not in the event log:
    a RUNNING task whose heartbeat is older than ``TASK_HEARTBEAT_TIMEOUT`` is re-queued.
    """

    task_id = models.UUIDField(primary_key=True)
    worker_id = models.CharField(max_length=64)
    beat_at = models.DateTimeField(db_index=True)

    def __str__(self) -> str:
        return f"{self.task_id} by {self.worker_id} at {self.beat_at:%H:%M:%S}"


class IdempotentRequest(models.Model):
    """A request sent with an idempotency key, and the first answer to it (``core.idempotency``).

    Bookkeeping of the request pipeline, not a record, so not in the event log. Nothing in it
    is readable without the server's keys: ``digest`` is a keyed hash (HMAC under
    ``SECRET_KEY``) of who sent it, the method, the path and the key; ``fingerprint`` a keyed
    hash of the body; ``answer`` the first answer encrypted with ``CHAINRIGHTS_DATA_KEY`` (a
    complaint's reference and secret, for anonymous intake). The unique ``digest`` is the
    claim: the request that inserts it runs, every other one waits for or replays its answer.
    """

    digest = models.CharField(max_length=64, unique=True)
    fingerprint = models.CharField(max_length=64)
    claim = models.CharField(max_length=32)  # the running request's token: only it may finish
    done = models.BooleanField(default=False)
    answer = EncryptedBinaryField(null=True)
    created_at = models.DateTimeField()
    expires_at = models.DateTimeField(db_index=True)

    def __str__(self) -> str:
        return f"{self.digest[:12]} {'done' if self.done else 'running'}"
