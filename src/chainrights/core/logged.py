"""Writes that do not pass through ``AuditedModel.save``, logged by signals.

- Django's own users and groups (``events.LOGGED_ELSEWHERE``): made superuser, moved between
  groups, given permissions, deactivated, their password changed (as a keyed fingerprint) or
  deleted, in the admin or anywhere else.
- Many-to-many changes of logged models (a user's groups, a finding's commitments), as
  ``<model>.<field>.changed`` events with the related ids before and after.
- Keys cleared by ``events.SET_NULL_LOGGED`` when the row they point at is deleted.
"""

from __future__ import annotations

from typing import Any

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save

from chainrights.core import events
from chainrights.core.models import AuditedModel

UNATTRIBUTED = events.Actor(label="system:unattributed")


def _elsewhere(model: Any) -> bool:
    return model._meta.label_lower in events.LOGGED_ELSEWHERE


def _actor() -> events.Actor:
    try:
        return events.current_actor()
    except events.UnloggedWrite:
        return UNATTRIBUTED


def _without_derived(model: Any, state: dict[str, Any] | None) -> dict[str, Any] | None:
    if state is None:
        return None
    derived = {model._meta.get_field(name).attname for name in events.policy(model).derived}
    return {k: v for k, v in state.items() if k not in derived}


def on_pre_save(sender: Any, instance: Any, raw: bool = False, using: str = "default",
                **kwargs: Any) -> None:  # fmt: skip
    if not _elsewhere(sender):
        return
    old = None
    if not instance._state.adding and instance.pk is not None:
        old = sender._base_manager.using(using).filter(pk=instance.pk).first()
    instance.__dict__["_audit_before"] = events.snapshot(old) if old is not None else None


def on_post_save(sender: Any, instance: Any, created: bool, using: str = "default",
                 **kwargs: Any) -> None:  # fmt: skip
    if not _elsewhere(sender):
        return
    before = instance.__dict__.pop("_audit_before", None)
    after = events.snapshot(instance)
    if not created and _without_derived(sender, before) == _without_derived(sender, after):
        return  # nothing but a derived field (the sign-in time) changed
    action = "created" if created or before is None else "updated"
    events.append(f"{sender._meta.model_name}.{action}", sender._meta.label_lower, instance.pk,
                  before, after, actor=_actor(), using=using)  # fmt: skip


def on_pre_delete(sender: Any, instance: Any, **kwargs: Any) -> None:
    if _elsewhere(sender):
        instance.__dict__["_audit_before"] = events.snapshot(instance)
        instance.__dict__["_audit_pk"] = instance.pk


def on_post_delete(sender: Any, instance: Any, using: str = "default", **kwargs: Any) -> None:
    collector = instance.__dict__.pop("_audit_collector", None)
    if collector is not None:
        events.log_cleared_keys(collector, using)
    if _elsewhere(sender):
        events.append(f"{sender._meta.model_name}.deleted", sender._meta.label_lower,
                      instance.__dict__.pop("_audit_pk"), instance.__dict__.pop("_audit_before"),
                      None, actor=_actor(), using=using)  # fmt: skip


def _logged(model: Any) -> bool:

    return issubclass(model, AuditedModel) or _elsewhere(model)


def _field_of(model: Any, through: Any) -> Any:
    for f in model._meta.many_to_many:
        if f.remote_field.through is through:
            return f
    return None


_M2M_BEFORE: dict[tuple[Any, ...], list[Any]] = {}


def on_m2m_changed(sender: Any, instance: Any, action: str, reverse: bool, model: Any,
                   pk_set: set[Any] | None, using: str = "default",
                   **kwargs: Any) -> None:  # fmt: skip
    """Log the related ids before and after, on the side that declares the field."""
    if action not in {"pre_add", "pre_remove", "pre_clear", "post_add", "post_remove",
                      "post_clear"}:  # fmt: skip
        return
    owner = model if reverse else type(instance)
    field = _field_of(owner, sender)
    if field is None or not _logged(owner):
        return
    if reverse:
        ids = pk_set if pk_set is not None else _owners_of(sender, field, instance)
        objs = list(owner._base_manager.using(using).filter(pk__in=ids))
    else:
        objs = [instance]
    for obj in objs:
        key = (sender, type(obj), obj.pk, using)
        current = sorted(getattr(obj, field.name).using(using).values_list("pk", flat=True))
        if action.startswith("pre_"):
            _M2M_BEFORE[key] = current
            continue
        before = _M2M_BEFORE.pop(key, None)
        if before is None or before == current:
            continue
        actor = events.current_actor() if not _elsewhere(owner) else _actor()
        events.append(f"{owner._meta.model_name}.{field.name}.changed", owner._meta.label_lower,
                      obj.pk, {field.name: before}, {field.name: current}, actor=actor,
                      using=using)  # fmt: skip


def _owners_of(through: Any, field: Any, related: Any) -> list[Any]:
    source = field.m2m_field_name()
    target = field.m2m_reverse_field_name()
    return list(through._base_manager.filter(**{target: related.pk}).values_list(
        f"{source}_id", flat=True))  # fmt: skip


def connect() -> None:
    pre_save.connect(on_pre_save, dispatch_uid="core.logged.pre_save")
    post_save.connect(on_post_save, dispatch_uid="core.logged.post_save")
    pre_delete.connect(on_pre_delete, dispatch_uid="core.logged.pre_delete")
    post_delete.connect(on_post_delete, dispatch_uid="core.logged.post_delete")
    m2m_changed.connect(on_m2m_changed, dispatch_uid="core.logged.m2m_changed")
