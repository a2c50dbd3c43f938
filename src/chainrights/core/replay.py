"""Replay the event log against the tables: ``chainrights verify-log --deep``.

The chain proves the log was not edited; it says nothing about a table edited with SQL behind
Django's back. For every logged model this streams the object's last snapshot event
(``<model>.created`` / ``.updated`` / ``.deleted``) in object order and compares it with the
row as stored now, a chunk of rows at a time, so memory stays flat however long the log.
Fields recomputed from logged facts (``derived_fields``, a user's last sign-in) are skipped.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from django.apps import apps

from chainrights.core import events
from chainrights.core.models import AuditedModel, Event

CHUNK = 2000


@dataclass(frozen=True)
class Drift:
    table: str
    pk: str
    field: str | None
    problem: str

    def __str__(self) -> str:
        return f"{self.table} id={self.pk}: {self.problem}"


def logged_models() -> list[Any]:

    return [
        m
        for m in apps.get_models()
        if m._meta.managed
        and not m._meta.proxy
        and (issubclass(m, AuditedModel) or m._meta.label_lower in events.LOGGED_ELSEWHERE)
    ]


def compare_rows(using: str = "default") -> Iterator[Drift]:
    """Every difference between the tables and what the log last recorded."""
    for model in logged_models():
        yield from _compare_model(model, using)
        for field in model._meta.many_to_many:
            yield from _compare_m2m(model, field, using)


def _compare_m2m(model: Any, field: Any, using: str) -> Iterator[Drift]:
    """A many-to-many field (a user's groups) against its last ``.changed`` event; rows for an
    object the log never saw change are reported too."""

    through = field.remote_field.through
    source, target = f"{field.m2m_field_name()}_id", f"{field.m2m_reverse_field_name()}_id"
    rows = (
        Event.objects.using(using)
        .filter(object_type=model._meta.label_lower,
                tag=f"{model._meta.model_name}.{field.name}.changed")
        .order_by("object_id", "seq")
        .values_list("object_id", "after")
        .iterator(chunk_size=CHUNK)
    )  # fmt: skip
    last: dict[str, list[Any]] = {}
    for object_id, after in rows:
        last[object_id] = (after or {}).get(field.name, [])
    # Only the objects with related rows or events: a few, unlike the model's rows.
    current: dict[str, list[Any]] = {}
    links = through._base_manager.using(using).order_by(source, target)
    for owner, related in links.values_list(source, target).iterator(chunk_size=CHUNK):
        current.setdefault(str(owner), []).append(related)
    emptied = [pk for pk in last if pk not in current and last[pk]]
    existing = {
        str(pk)
        for i in range(0, len(emptied), CHUNK)
        for pk in model._base_manager.using(using)
        .filter(pk__in=emptied[i : i + CHUNK])
        .values_list("pk", flat=True)
    }
    for pk in sorted(set(last) | set(current)):
        if pk in emptied and pk not in existing:
            continue  # the object is gone, and its links with it: the row check covers that
        stored, logged = current.get(pk, []), last.get(pk, [])
        if stored != logged:
            problem = f"{field.name} are {stored} in the table but {logged} in the log"
            yield Drift(model._meta.db_table, pk, field.name, problem)


def _last_states(model: Any, using: str) -> Iterator[list[tuple[str, Any]]]:
    """(object id, last snapshot) of every object the log knows, in chunks."""

    name = model._meta.model_name
    rows = (
        Event.objects.using(using)
        .filter(object_type=model._meta.label_lower,
                tag__in=[f"{name}.created", f"{name}.updated", f"{name}.deleted"])
        .order_by("object_id", "seq")
        .values_list("object_id", "after")
        .iterator(chunk_size=CHUNK)
    )  # fmt: skip
    chunk: list[tuple[str, Any]] = []
    current: tuple[str, Any] | None = None
    pk_name = model._meta.pk.attname
    for object_id, after in rows:
        if after is not None and pk_name not in after:
            continue  # a named event's payload that shares the tag (older logs' user.created)
        if current is not None and current[0] != object_id:
            chunk.append(current)
            if len(chunk) >= CHUNK:
                yield chunk
                chunk = []
        current = (object_id, after)
    if current is not None:
        chunk.append(current)
    if chunk:
        yield chunk


def _compare_model(model: Any, using: str) -> Iterator[Drift]:
    table = model._meta.db_table
    rules = events.policy(model)
    skip = {model._meta.get_field(name).attname for name in rules.derived}
    manager = model._base_manager.using(using)
    alive = 0
    for chunk in _last_states(model, using):
        rows = {str(obj.pk): obj for obj in manager.filter(pk__in=[pk for pk, _ in chunk])}
        for pk, logged in chunk:
            row = rows.get(pk)
            if logged is None:
                if row is not None:
                    yield Drift(table, pk, None, "the log deleted this row but it is there")
                continue
            if row is None:
                yield Drift(table, pk, None, "the row is gone but the log never deleted it")
                continue
            alive += 1
            yield from _differences(table, pk, events.snapshot(row), logged, skip)
    if manager.count() > alive:
        yield from _unlogged_rows(model, using)


def _differences(table: str, pk: str, stored: dict[str, Any], logged: dict[str, Any],
                 skip: set[str]) -> Iterator[Drift]:  # fmt: skip
    for field, value in stored.items():
        if field in skip or logged.get(field, value) == value:
            continue
        if str(value).startswith(events.REDACTED[:-1]):
            problem = f"{field} differs from the log (a redacted value, changed behind it)"
        else:
            problem = f"{field} is {value!r} in the table but {logged.get(field)!r} in the log"
        yield Drift(table, pk, field, problem)


def _unlogged_rows(model: Any, using: str) -> Iterator[Drift]:
    """Rows with no snapshot event at all: inserted behind the log."""

    name = model._meta.model_name
    pks = model._base_manager.using(using).order_by("pk").values_list("pk", flat=True)
    batch: list[str] = []
    for pk in pks.iterator(chunk_size=CHUNK):
        batch.append(str(pk))
        if len(batch) >= CHUNK:
            yield from _without_events(model, name, batch, Event, using)
            batch = []
    if batch:
        yield from _without_events(model, name, batch, Event, using)


def _without_events(model: Any, name: str, batch: list[str], event: Any,
                    using: str) -> Iterator[Drift]:  # fmt: skip
    known = set(
        event.objects.using(using)
        .filter(object_type=model._meta.label_lower, object_id__in=batch,
                tag__in=[f"{name}.created", f"{name}.updated"])
        .values_list("object_id", flat=True)
    )  # fmt: skip
    for pk in batch:
        if pk not in known:
            yield Drift(model._meta.db_table, pk, None,
                        "the row has no entry in the log (inserted behind it)")  # fmt: skip
