"""Every write goes through the log: cascades that set keys to null, and the Django admin."""

from __future__ import annotations

from typing import Any

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import models

from chainrights.core import events
from chainrights.core.models import AuditedModel, Event, Organisation
from chainrights.core.services import issue_token
from tests.conftest import totp_client

# Models whose writes are not in the log, and why that loses nothing of the platform's record.
UNLOGGED_MODELS = {
    "admin.logentry": "Django's own admin history; every admin write is in the log too",
    "auth.permission": "created by migrations from the models, never edited",
    "contenttypes.contenttype": "created by migrations from the models, never edited",
    "sessions.session": "sign-in sessions, not records",
    "otp_totp.totpdevice": "enrolment is logged (totp.enrolled); each sign-in moves its counter",
    "otp_static.staticdevice": "recovery codes made is logged (totp.recovery_codes_made)",
    "otp_static.statictoken": "a hash of one code; using it is logged (totp.recovery_code_used)",
    "django_tasks_database.dbtaskresult": "the task queue; the tasks' writes are logged",
    "core.taskheartbeat": "queue bookkeeping beside the task queue (when a task last beat)",
    "core.idempotentrequest": "request bookkeeping: a key's first answer, kept a day (core.idempotency)",
    "core.event": "the log itself (append-only, guarded by triggers)",
    "core.chainhead": "the log's head, checked against the chain and signed checkpoints",
    "registry.searchword": "the word index, derived from facilities' logged names and addresses",
    "registry.facilityword": "the word index's postings, rewritten from logged facility data",
    "risk.riskitem": "the risk register, recomputed from logged evidence and logged decisions",
}

# Keys whose on_delete changes rows without an event, and why that is sound.
JUSTIFIED_KEYS = {
    ("core.event", "actor"): "the log outlives what it names: no constraint, never rewritten",
    ("core.event", "organisation"): "the log outlives what it names: no constraint",
    ("admin.logentry", "content_type"): "Django's admin history (an unlogged model)",
}


def _logged(model: type[models.Model]) -> bool:
    return issubclass(model, AuditedModel) or model._meta.label_lower in events.LOGGED_ELSEWHERE


def _m2m_between_logged(model: type[models.Model]) -> bool:
    """An m2m table declared by a logged model: its rows change through logged m2m events,
    and vanish only with a logged delete of one end or of a model never deleted at all."""
    owner = model._meta.auto_created
    if not owner:
        return False
    ends = [f.related_model for f in model._meta.concrete_fields if f.is_relation]
    return _logged(owner) and all(
        _logged(end) or end._meta.label_lower in UNLOGGED_MODELS for end in ends
    )


def test_every_model_is_logged_or_justified():
    unaccounted = [
        m._meta.label_lower
        for m in apps.get_models(include_auto_created=True)
        if not (_logged(m) or _m2m_between_logged(m) or m._meta.label_lower in UNLOGGED_MODELS)
        and not m._meta.label_lower.startswith("visibility_app.")
    ]
    assert unaccounted == []


def test_no_foreign_key_can_change_or_delete_rows_without_an_event():
    """CASCADE is fine where the deleted rows are logged; SET_NULL, SET_DEFAULT, SET(...) and
    DO_NOTHING write behind the log unless they are the logged variants."""
    silent = []
    for model in apps.get_models(include_auto_created=True):
        label = model._meta.label_lower
        for field in model._meta.concrete_fields:
            if not field.is_relation or (label, field.name) in JUSTIFIED_KEYS:
                continue
            on_delete = field.remote_field.on_delete
            if on_delete in (models.PROTECT, models.RESTRICT, events.SET_NULL_LOGGED):
                continue
            if on_delete is models.CASCADE and (
                _logged(model) or _m2m_between_logged(model) or label in UNLOGGED_MODELS
            ):
                continue
            silent.append(f"{label}.{field.name}: {getattr(on_delete, '__name__', on_delete)}")
    assert silent == []


def _admin(demo: dict[str, Any]) -> Any:
    operator = demo["operator"]
    assert operator.is_superuser
    return totp_client(operator)


def _change_form(user: Any, **changes: Any) -> dict[str, Any]:
    data = {
        "username": user.username, "first_name": user.first_name,
        "last_name": user.last_name, "email": user.email,
        "is_active": "on" if user.is_active else "", "is_staff": "on" if user.is_staff else "",
        "is_superuser": "on" if user.is_superuser else "",
        "groups": [g.pk for g in user.groups.all()],
        "user_permissions": [p.pk for p in user.user_permissions.all()],
        "date_joined_0": user.date_joined.strftime("%Y-%m-%d"),
        "date_joined_1": user.date_joined.strftime("%H:%M:%S"),
        "last_login_0": "", "last_login_1": "",
    }  # fmt: skip
    data.update(changes)
    return {k: v for k, v in data.items() if v != ""}


def test_making_a_viewer_superuser_in_the_admin_is_logged_as_the_admin(demo):
    viewer = demo["brandviewer"]
    response = _admin(demo).post(
        f"/admin/auth/user/{viewer.pk}/change/",
        _change_form(viewer, is_superuser="on", is_staff="on"),
    )
    assert response.status_code == 302, response.content[:2000]
    viewer.refresh_from_db()
    assert viewer.is_superuser
    event = Event.objects.filter(tag="user.updated", object_id=str(viewer.pk)).latest("seq")
    assert (event.before["is_superuser"], event.after["is_superuser"]) == (False, True)
    assert (event.before["is_staff"], event.after["is_staff"]) == (False, True)
    assert event.actor_id == demo["operator"].pk
    assert event.actor_label == "operator"
    assert event.after["password"] == event.before["password"] != viewer.password
    assert viewer.password not in str(event.before) + str(event.after)


def test_group_and_permission_changes_in_the_admin_are_logged(demo):
    viewer = demo["brandviewer"]
    with events.acting_as(system="test"):
        moderators = Group.objects.create(name="moderators")
    perm = Permission.objects.get(codename="change_user")
    response = _admin(demo).post(
        f"/admin/auth/user/{viewer.pk}/change/",
        _change_form(viewer, groups=[moderators.pk], user_permissions=[perm.pk]),
    )
    assert response.status_code == 302, response.content[:2000]
    groups = Event.objects.filter(tag="user.groups.changed", object_id=str(viewer.pk)).get()
    assert (groups.before, groups.after) == ({"groups": []}, {"groups": [moderators.pk]})
    assert groups.actor_id == demo["operator"].pk
    perms = Event.objects.filter(tag="user.user_permissions.changed", object_id=str(viewer.pk))
    assert perms.get().after == {"user_permissions": [perm.pk]}


def test_a_password_change_in_the_admin_is_logged_without_the_password(demo):
    viewer = demo["brandviewer"]
    old_hash = viewer.password
    response = _admin(demo).post(
        f"/admin/auth/user/{viewer.pk}/password/",
        {"password1": "a brand new passphrase 42", "password2": "a brand new passphrase 42"},
    )
    assert response.status_code == 302, response.content[:2000]
    viewer.refresh_from_db()
    assert viewer.password != old_hash
    event = Event.objects.filter(tag="user.updated", object_id=str(viewer.pk)).latest("seq")
    assert event.actor_id == demo["operator"].pk
    assert event.before["password"] != event.after["password"]
    text = str(event.before) + str(event.after)
    assert old_hash not in text
    assert viewer.password not in text
    assert "passphrase" not in text


def test_deleting_a_user_with_api_tokens_in_the_admin_is_logged(demo):
    viewer = demo["brandviewer"]
    issue_token(viewer, name="scripts")
    viewer_id = viewer.pk
    response = _admin(demo).post(f"/admin/auth/user/{viewer_id}/delete/", {"post": "yes"})
    assert response.status_code == 302, response.content[:2000]
    assert not get_user_model().objects.filter(pk=viewer_id).exists()
    for tag in ("user.deleted", "apitoken.deleted", "membership.deleted"):
        event = Event.objects.filter(tag=tag).latest("seq")
        assert event.actor_id == demo["operator"].pk, tag
    assert events.verify_log(checkpoints=False).ok


def test_deleting_a_user_logs_every_row_that_pointed_at_them(demo):
    from chainrights.codes.models import Code

    brand_user = demo["brand"]
    brand = brand_user.memberships.get().organisation
    with events.acting_as(user=brand_user):
        code = Code.objects.create(owner_org=brand, name="Code", source_text="…",
                                   created_by=brand_user)  # fmt: skip
    brand_user_id = brand_user.pk
    with events.acting_as(user=demo["operator"], reason="account closed"):
        brand_user.delete()
    event = Event.objects.filter(tag="code.updated", object_id=str(code.pk)).latest("seq")
    assert (event.before["created_by_id"], event.after["created_by_id"]) == (brand_user_id, None)
    assert event.actor_id == demo["operator"].pk
    assert event.reason == "account closed"
    code.refresh_from_db()
    assert code.created_by_id is None


def test_deleting_a_code_logs_the_next_version_losing_its_link(demo):
    brand = Organisation.objects.get(name="Northwind Apparel")
    from chainrights.codes.models import Code

    with events.acting_as(system="test"):
        first = Code.objects.create(owner_org=brand, name="Code v1", source_text="…")
        second = Code.objects.create(owner_org=brand, name="Code v2", source_text="…",
                                     previous=first)  # fmt: skip
    first_id = first.pk
    with events.acting_as(system="test", reason="superseded code withdrawn"):
        first.delete()
    event = Event.objects.filter(tag="code.updated", object_id=str(second.pk)).latest("seq")
    assert (event.before["previous_id"], event.after["previous_id"]) == (first_id, None)
    assert event.reason == "superseded code withdrawn"
    assert events.verify_log(checkpoints=False).ok


def test_user_writes_outside_acting_as_are_still_logged(db):
    user = get_user_model().objects.create_user("lonely", password="a long passphrase 1")
    event = Event.objects.get(tag="user.created", object_id=str(user.pk))
    assert event.actor_label == "system:unattributed"
    assert event.after["password"] != user.password
