"""The append-only, hash-chained event log.

Every write of an ``AuditedModel`` happens inside ``acting_as(...)``, which says
who is acting, for which organisation and why. Each event stores an HMAC-SHA256,
under ``CHAINRIGHTS_LOG_KEY`` (kept outside the database), of its own content and
of the previous event's hash, so editing or deleting any entry breaks the chain at
that entry and ``verify_log`` names it; without the key nobody can recompute the
chain. Signed checkpoints of the head (``core.checkpoints``) catch what the chain
alone cannot: a truncated tail, or a log emptied altogether.
"""

from __future__ import annotations

import contextvars
import hashlib
import hmac
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from django.apps import apps
from django.core.serializers.json import DjangoJSONEncoder
from django.db import router, transaction
from django.utils import timezone

from chainrights.core import checkpoints as signed
from chainrights.core.logkeys import log_key as log_key  # its home; callers say events.log_key
from chainrights.core.types import AnyUser

if TYPE_CHECKING:
    from django.db.models import Model

    from chainrights.core.models import ChainHead, Event, Organisation

GENESIS = "0" * 64
REDACTED = "<redacted>"
KEYED = 2  # Event.hash_version of entries hashed with HMAC-SHA256 under the log key


def _event_model() -> type[Event]:
    """The log's table, by name: ``models`` imports this module, so this one may not import it."""
    return apps.get_model("core", "Event")


def _head_model() -> type[ChainHead]:
    return apps.get_model("core", "ChainHead")


class UnloggedWrite(RuntimeError):
    """A domain write was attempted outside ``acting_as`` or through a bulk path."""


class EventTag(StrEnum):
    """Named events that services record on top of the automatic create/update/delete."""

    USER_CREATED = "user.created"
    TOTP_ENROLLED = "totp.enrolled"
    RECOVERY_CODES_MADE = "totp.recovery_codes_made"
    RECOVERY_CODE_USED = "totp.recovery_code_used"
    DEMO_LOADED = "demo.loaded"
    FACILITY_MERGED = "facility.merged"
    FACILITY_UNMERGED = "facility.unmerged"
    FACILITY_SPLIT = "facility.split"
    DECISION_UNDONE = "decision.undone"
    LOG_KEYED = "log.keyed"
    CASE_RECEIVED = "case.received"
    CASE_RETALIATION_REPORTED = "case.retaliation_reported"
    CASE_RATED = "case.rated"
    CASE_SHARED = "case.shared"
    CASE_SHARED_WITH_SUPPLIER = "case.shared_with_supplier"
    CASE_CONTACT_REVEALED = "case.contact_revealed"
    CASE_FILED_BY_UNION = "case.filed_by_union"

    # audits
    AUDIT_SHARED = "audit.shared"

    # states: referrals to labour inspectorates and inspection records
    CASE_IDENTITY_CONSENT = "case.identity_consent"
    REFERRAL_SENT = "referral.sent"
    REFERRAL_STEP = "referral.step"
    REFERRAL_IDENTITY_READ = "referral.identity_read"
    REFERRAL_EVIDENCE_READ = "referral.evidence_read"
    INSPECTION_RECORDED = "inspection.recorded"
    INSPECTIONS_IMPORTED = "inspection.imported"
    INSPECTION_DEFAULT_SET = "inspection.default_set"
    # states: country profiles
    COUNTRY_FACT_SET = "country.fact_set"
    COUNTRY_DATA_IMPORTED = "country.data_imported"
    # reports: a published report's hash, and the correction that replaces it
    REPORT_PUBLISHED = "report.published"
    REPORT_CORRECTED = "report.corrected"
    ASSESSMENT_PUBLISHED = "assessment.published"
    ASSESSMENT_CORRECTED = "assessment.corrected"


@dataclass(frozen=True)
class Actor:
    """Who is writing: a user, or a named system process (``system:demo``)."""

    label: str
    user_id: int | None = None
    organisation_id: int | None = None
    reason: str = ""


_current: contextvars.ContextVar[Actor | None] = contextvars.ContextVar("actor", default=None)


@contextmanager
def acting_as(
    user: AnyUser | None = None,
    organisation: Organisation | None = None,
    reason: str = "",
    system: str | None = None,
) -> Iterator[Actor]:
    """Attribute every write inside the block to ``user`` (or a system process)."""
    if user is None and system is None:
        raise ValueError("acting_as needs a user or a system label")
    label = f"system:{system}" if system or user is None else str(user.get_username())
    actor = Actor(
        label=label,
        user_id=getattr(user, "pk", None),
        organisation_id=getattr(organisation, "pk", None),
        reason=reason,
    )
    token = _current.set(actor)
    try:
        yield actor
    finally:
        _current.reset(token)


def current_actor() -> Actor:
    actor = _current.get()
    if actor is None:
        raise UnloggedWrite("domain writes must happen inside events.acting_as(...)")
    return actor


@dataclass(frozen=True)
class Policy:
    """How the log treats a model that is not an ``AuditedModel`` (Django's own users and
    groups): fields redacted, fields fingerprinted, fields derived (not logged on their own)."""

    exclude: frozenset[str] = frozenset()
    fingerprint: frozenset[str] = frozenset()
    derived: frozenset[str] = frozenset()


# Writes of these models are logged by signals (core.logged); writes outside acting_as are
# attributed to ``system:unattributed`` rather than refused, because Django itself writes them
# (sign-in records last_login, a password hash is upgraded at sign-in).
LOGGED_ELSEWHERE: dict[str, Policy] = {
    # The password is a keyed fingerprint of its hash: a change shows, the hash does not.
    "auth.user": Policy(fingerprint=frozenset({"password"}), derived=frozenset({"last_login"})),
    "auth.group": Policy(),
}


def policy(model: Any) -> Policy:
    """What is redacted, fingerprinted and derived in ``model``'s snapshots."""
    elsewhere = LOGGED_ELSEWHERE.get(model._meta.label_lower)
    if elsewhere is not None:
        return elsewhere
    return Policy(
        exclude=getattr(model, "audit_exclude", frozenset()),
        derived=getattr(model, "derived_fields", frozenset()),
    )


def _fingerprint(value: Any) -> str:
    digest = hmac.new(log_key("fingerprint"), str(value).encode(), hashlib.sha256).hexdigest()
    return f"{REDACTED[:-1]}:{digest[:16]}>"


def snapshot(obj: Model) -> dict[str, Any]:
    """The stored state of ``obj`` as plain JSON, with excluded fields redacted."""
    rules = policy(type(obj))
    excluded, fingerprinted = rules.exclude, rules.fingerprint
    data: dict[str, Any] = {}
    for f in obj._meta.concrete_fields:
        value = f.value_from_object(obj)
        if f.name in excluded:
            data[f.attname] = REDACTED if value not in (None, "") else value
        elif f.name in fingerprinted:
            data[f.attname] = _fingerprint(value) if value not in (None, "") else value
        elif hasattr(value, "name") and hasattr(value, "storage"):
            data[f.attname] = value.name or None  # a FieldFile
        else:
            data[f.attname] = value
    normalised: dict[str, Any] = json.loads(json.dumps(data, cls=DjangoJSONEncoder))
    return normalised


def _label(obj: Model) -> str:
    return obj._meta.label_lower


def save_logged(obj: Model, super_save: Callable[..., None], *args: Any, **kwargs: Any) -> None:
    actor = current_actor()
    using = kwargs.get("using") or router.db_for_write(type(obj), instance=obj)
    # No savepoint: a failed write fails the caller's transaction anyway, and a savepoint per
    # write doubles the round trips of bulk work on PostgreSQL.
    with transaction.atomic(using=using, savepoint=False):
        before = None
        if not obj._state.adding and obj.pk is not None:
            old = type(obj)._base_manager.using(using).filter(pk=obj.pk).first()
            before = snapshot(old) if old is not None else None
        super_save(*args, **kwargs)
        after = snapshot(obj)
        if before == after:
            return
        action = "created" if before is None else "updated"
        append(
            f"{obj._meta.model_name}.{action}",
            _label(obj),
            obj.pk,
            before,
            after,
            actor=actor,
            using=using,
        )


def on_pre_delete(sender: type, instance: Model, using: str, **kwargs: Any) -> None:
    """Refuse unattributed deletes (cascades included) and remember the old state."""
    current_actor()
    instance._audit_before = snapshot(instance)  # type: ignore[attr-defined]
    instance._audit_pk = instance.pk  # type: ignore[attr-defined]


def on_post_delete(sender: type, instance: Model, using: str, **kwargs: Any) -> None:
    append(
        f"{instance._meta.model_name}.deleted",
        _label(instance),
        instance._audit_pk,  # type: ignore[attr-defined]
        instance._audit_before,  # type: ignore[attr-defined]
        None,
        using=using,
    )


def SET_NULL_LOGGED(collector: Any, field: Any, sub_objs: Any, using: str) -> None:
    """``models.SET_NULL`` whose every cleared key is logged as ``<model>.updated``.

    Django clears the keys with one bulk UPDATE that no ``save`` sees. This on_delete notes
    each row's state before (refusing, like every write, to run outside ``acting_as``); the
    events are appended inside the delete's transaction, at the first ``post_delete`` of the
    deletion, once every key has been cleared (``core.logged.on_post_delete``).
    """
    actor = current_actor()
    collector.add_field_update(field, None, sub_objs)
    pending: dict[tuple[type, Any], list[Any]] = collector.__dict__.setdefault("_audit_nulls", {})
    collector.__dict__.setdefault("_audit_actor", actor)
    for obj in sub_objs:
        entry = pending.setdefault((type(obj), obj.pk), [obj, snapshot(obj), set()])
        entry[2].add(field.attname)
    for deleted in collector.data.get(field.related_model, ()):
        deleted.__dict__["_audit_collector"] = collector


def log_cleared_keys(collector: Any, using: str) -> None:
    """Append the events of the keys a deletion cleared (see ``SET_NULL_LOGGED``)."""
    pending = collector.__dict__.pop("_audit_nulls", None)
    if not pending:
        return
    actor = collector.__dict__.get("_audit_actor")
    for (model, pk), (obj, before, cleared) in pending.items():
        if obj in collector.data.get(model, ()):
            continue  # deleted as well: its deletion is the event
        after = {**before, **dict.fromkeys(cleared)}
        append(f"{model._meta.model_name}.updated", _label(obj), pk, before, after,
               actor=actor, using=using)  # fmt: skip


def delete_logged(obj: Model, super_delete: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    current_actor()
    using = kwargs.get("using") or router.db_for_write(type(obj), instance=obj)
    # No savepoint: a failed write fails the caller's transaction anyway, and a savepoint per
    # write doubles the round trips of bulk work on PostgreSQL.
    with transaction.atomic(using=using, savepoint=False):
        return super_delete(*args, **kwargs)


def record(tag: EventTag, obj: Model | None = None, *, reason: str = "", **data: Any) -> Event:
    """Record a named event (``case.acknowledged``…) about ``obj`` by the current actor."""
    actor = current_actor()
    object_type = _label(obj) if obj is not None else "-"
    object_id = obj.pk if obj is not None else "-"
    payload = json.loads(json.dumps(data, cls=DjangoJSONEncoder)) if data else None
    return append(str(tag), object_type, object_id, None, payload, actor=actor, reason=reason)


def append(
    tag: str,
    object_type: str,
    object_id: Any,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    *,
    actor: Actor | None = None,
    reason: str = "",
    using: str = "default",
) -> Event:
    """Append one event under a lock on the chain head, so appends never race."""
    Event, ChainHead = _event_model(), _head_model()

    actor = actor or current_actor()
    batch = _batch.get()
    if batch is not None and batch.using == using:
        return batch.add(tag, object_type, object_id, before, after, actor=actor, reason=reason)
    with transaction.atomic(using=using, savepoint=False):
        head = _locked_head(using)
        event = Event(
            seq=head.last_seq + 1,
            created_at=timezone.now(),
            tag=tag,
            actor_id=actor.user_id,
            actor_label=actor.label,
            organisation_id=actor.organisation_id,
            object_type=object_type,
            object_id=str(object_id),
            before=before,
            after=after,
            reason=reason or actor.reason,
            prev_hash=head.last_hash,
            hash_version=KEYED,
        )
        event.hash = event_hash(event)
        event.save(using=using, force_insert=True)
        ChainHead.objects.using(using).filter(id=1).update(last_hash=event.hash, last_seq=event.seq)
    return event


def _locked_head(using: str) -> Any:
    ChainHead = _head_model()

    head = ChainHead.objects.using(using).select_for_update().filter(id=1).first()
    if head is None:  # the very first event of this database
        head = ChainHead.objects.using(using).create(id=1, last_hash=GENESIS, last_seq=0)
    return head


@dataclass
class _Batch:
    using: str
    seq: int
    last_hash: str
    pending: list[Any] = field(default_factory=list)

    def add(
        self, tag: str, object_type: str, object_id: Any, before: Any, after: Any, *,
        actor: Actor, reason: str,
    ) -> Event:  # fmt: skip
        Event = _event_model()

        event = Event(
            seq=self.seq + 1, created_at=timezone.now(), tag=tag, actor_id=actor.user_id,
            actor_label=actor.label, organisation_id=actor.organisation_id,
            object_type=object_type, object_id=str(object_id), before=before, after=after,
            reason=reason or actor.reason, prev_hash=self.last_hash, hash_version=KEYED,
        )  # fmt: skip
        event.hash = event_hash(event)
        self.pending.append(event)
        self.seq, self.last_hash = event.seq, event.hash
        return event


_batch: contextvars.ContextVar[_Batch | None] = contextvars.ContextVar("event_batch", default=None)


@contextmanager
def batched(using: str = "default") -> Iterator[None]:
    """Log the writes of a bulk step (a chunk of a list being processed) under one lock on the
    chain head and one bulk insert of their events, in the same transaction as the writes.

    The chain is the same as if each event had been appended alone; other writers wait for
    the lock until the step commits.
    """
    Event, ChainHead = _event_model(), _head_model()

    if _batch.get() is not None:
        yield
        return
    with transaction.atomic(using=using):
        head = _locked_head(using)
        batch = _Batch(using, head.last_seq, head.last_hash)
        token = _batch.set(batch)
        try:
            yield
        finally:
            _batch.reset(token)
        if batch.pending:
            Event.objects.using(using).bulk_create(batch.pending, batch_size=500)
            ChainHead.objects.using(using).filter(id=1).update(
                last_hash=batch.last_hash, last_seq=batch.seq
            )


def create_logged(objs: list[Any], using: str = "default") -> list[Any]:
    """Insert new ``AuditedModel`` rows of one model in one statement per 500, each still its
    own ``<model>.created`` event (the same snapshot ``save`` logs), all in one chain append.

    The bulk path for a list's chunk: a save per row costs a round trip and a snapshot query
    each. Needs the database to return the new keys (PostgreSQL; SQLite 3.35 and later).
    """
    if not objs:
        return objs
    from django.db import models  # noqa: PLC0415  (a plain queryset: the audited one refuses)

    actor = current_actor()
    model = type(objs[0])
    with batched(using):
        models.QuerySet(model=model).using(using).bulk_create(objs, batch_size=500)
        for obj in objs:
            if obj.pk is None:
                raise UnloggedWrite(f"{model.__name__}: the database returned no key to log")
            append(f"{obj._meta.model_name}.created", _label(obj), obj.pk, None, snapshot(obj),
                   actor=actor, using=using)  # fmt: skip
    return objs


HASHED_FIELDS = (
    "seq", "created_at", "tag", "actor_id", "actor_label", "organisation_id", "object_type",
    "object_id", "before", "after", "reason", "prev_hash",
)  # fmt: skip


def event_hash(event: Any) -> str:
    """HMAC-SHA256 of the entry's canonical content; plain SHA-256 for unkeyed legacy entries."""
    content = {name: getattr(event, name) for name in HASHED_FIELDS}
    content["created_at"] = event.created_at.isoformat()
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    if event.hash_version is None:
        return hashlib.sha256(canonical.encode()).hexdigest()
    return hmac.digest(log_key(), canonical.encode(), "sha256").hex()


@dataclass
class Verification:
    checked: int = 0
    problems: list[tuple[int, str]] = field(default_factory=list)
    last_seq: int = 0
    last_hash: str = GENESIS

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_log(using: str = "default", checkpoints: bool = True) -> Verification:  # noqa: C901  (each way an entry can fail, named in one pass over the log)
    """Recompute the chain from the first event; report every entry that does not fit, then
    compare the log with the newest signed checkpoint (unless ``checkpoints`` is false)."""
    Event, ChainHead = _event_model(), _head_model()

    result = Verification()
    expected_prev, expected_seq = GENESIS, 1
    newest = signed.newest() if checkpoints else None
    hash_at_checkpoint = None
    legacy_until, keyed_seen = 0, False
    for event in Event.objects.using(using).order_by("seq").iterator(chunk_size=2000):
        result.checked += 1
        if event.seq != expected_seq:
            result.problems.append(
                (event.seq, f"entries {expected_seq}..{event.seq - 1} are missing")
            )
        if event.prev_hash != expected_prev:
            result.problems.append((event.seq, "does not follow the previous entry's hash"))
        if event.hash_version is None and keyed_seen:
            result.problems.append(
                (event.seq, "unkeyed entry after the log was keyed (rewritten without the key?)")
            )
        elif event.hash_version is None:
            legacy_until = event.seq
        else:
            keyed_seen = True
        if event_hash(event) != event.hash:
            result.problems.append((event.seq, "content does not match its hash (altered)"))
        if newest is not None and event.seq == newest.seq:
            hash_at_checkpoint = event.hash
        expected_prev, expected_seq = event.hash, event.seq + 1
    if legacy_until and not keyed_seen:
        result.problems.append(
            (legacy_until, f"unkeyed entries 1..{legacy_until} are not sealed by a keyed entry")
        )
    result.last_seq, result.last_hash = expected_seq - 1, expected_prev
    head = ChainHead.objects.using(using).filter(id=1).first()
    if head is not None and (head.last_seq, head.last_hash) != (expected_seq - 1, expected_prev):
        result.problems.append((head.last_seq, "the newest entries were removed"))
    if checkpoints:
        result.problems.extend(signed.compare(result.last_seq, hash_at_checkpoint, newest))
    return result


def seal_legacy_log(using: str = "default") -> Event | None:
    """Append a keyed entry after a log written before the chain was keyed.

    The unkeyed entries stay exactly as written (rewriting a log is what tampering looks
    like); the keyed seal's HMAC covers the last unkeyed hash, so none of them can change
    afterwards, and ``verify_log`` accepts unkeyed entries only as a sealed prefix.
    """
    Event = _event_model()

    last = Event.objects.using(using).order_by("-seq").first()
    if last is None or last.hash_version is not None:
        return None
    legacy = verify_log(using, checkpoints=False)
    with acting_as(system="migrate", reason="the event log is keyed from here on"):
        return append(
            EventTag.LOG_KEYED,
            "-",
            "-",
            None,
            {
                "legacy_entries": legacy.checked,
                "legacy_head": last.hash,
                "legacy_chain_ok": all("not sealed" in p for _, p in legacy.problems),
            },
            using=using,
        )


def history(obj: Model, limit: int = 20) -> list[Event]:
    """The latest ``limit`` events of one object, newest first."""
    logged = _event_model().objects.filter(object_type=obj._meta.label_lower, object_id=str(obj.pk))
    return list(logged.order_by("-seq")[:limit])
