"""Receiving a supplier list: who may upload, storing the bytes once, queueing it again."""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Any

from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from chainrights.core import events
from chainrights.core.models import Membership, Organisation, Role, Visibility
from chainrights.core.refusals import Conflict
from chainrights.core.types import AnyUser
from chainrights.registry.models import ListStatus, SupplierList
from chainrights.registry.tasks import process_list_task


def uploader_organisation(user: AnyUser) -> Organisation | None:
    """The organisation on whose behalf ``user`` may upload lists: editors and admins of a
    brand, supplier or operator."""
    if user is None or not user.is_authenticated:
        return None
    membership = (
        Membership.objects.filter(user=user, role__in=[Role.ADMIN, Role.EDITOR])
        .filter(organisation__kind__in=["brand", "supplier", "operator"])
        .select_related("organisation")
        .first()
    )
    return membership.organisation if membership else None


def upload_list(
    *,
    owner: Organisation,
    user: User,
    name: str,
    filename: str,
    content: bytes,
    tier: int | None = None,
    as_of: date | None = None,
    public: bool = False,
) -> tuple[SupplierList, bool]:
    """Store an upload; the same bytes from the same organisation return the earlier list.

    A double submit (two requests with the same file at once) returns the list the first one
    stored: the check runs again inside the transaction, and the unique constraint settles a
    race the check cannot see (on PostgreSQL the second insert waits for the first commit).
    """
    digest = hashlib.sha256(content).hexdigest()
    existing = SupplierList.objects.filter(owner_org=owner, sha256=digest).first()
    if existing is not None:
        return existing, False
    fields = {
        "previous": _previous_version(owner, name[:200]),
        "owner_org": owner,
        "visibility": Visibility.PUBLIC if public else Visibility.PRIVATE,
        "name": name[:200],
        "filename": filename[:300],
        "tier": tier,
        "as_of": as_of,
        "sha256": digest,
        "content": content,
        "created_by": user,
    }
    try:
        return _store(fields, user)
    except IntegrityError:
        existing = SupplierList.objects.filter(owner_org=owner, sha256=digest).first()
        if existing is None:
            raise
        return existing, False


def _previous_version(owner: Organisation, name: str) -> SupplierList | None:
    """The organisation's latest list of the same name, which a new upload succeeds."""
    same_name = SupplierList.objects.filter(owner_org=owner, name=name)
    return same_name.order_by("-created_at", "-pk").first()


def _store(fields: dict[str, Any], user: AnyUser) -> tuple[SupplierList, bool]:
    owner = fields["owner_org"]
    with (
        transaction.atomic(),
        events.acting_as(user=user, organisation=owner, reason="list uploaded"),
    ):
        existing = SupplierList.objects.filter(owner_org=owner, sha256=fields["sha256"]).first()
        if existing is not None:
            return existing, False
        supplier_list = SupplierList.objects.create(**fields)
        transaction.on_commit(lambda: process_list_task.enqueue(supplier_list.pk))
    return supplier_list, True


def retry_list(supplier_list: SupplierList, user: AnyUser) -> SupplierList:
    """Queue a failed list again: rows already decided are kept, the rest are processed."""
    with (
        transaction.atomic(),
        events.acting_as(user=user, organisation=supplier_list.owner_org, reason="list retried"),
    ):
        current = SupplierList.objects.select_for_update().get(pk=supplier_list.pk)
        if current.status != ListStatus.FAILED:
            raise Conflict(_("Only a list that failed can be retried."))
        current.status = ListStatus.QUEUED
        current.failure = ""
        current.save()
        transaction.on_commit(lambda: process_list_task.enqueue(current.pk))
    return current
