"""Writes of the core app: accounts, memberships and API tokens."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.db import transaction
from django.utils import timezone

from chainrights.core import events
from chainrights.core.models import ApiToken, Membership, Organisation, OrganisationKind, Role

TOKEN_PREFIX = "cr_"  # noqa: S105  (a marker that helps secret scanners, not a secret)


@dataclass(frozen=True)
class NewAccount:
    user: Any
    organisation: Organisation
    membership: Membership
    organisation_created: bool


def create_account(
    *,
    username: str,
    password: str,
    org_name: str,
    org_kind: str,
    role: str,
    email: str = "",
    staff: bool = False,
    validate: bool = True,
) -> NewAccount:
    """Create a user and their membership, creating the organisation if it is new.

    Operator administrators run the platform: they become Django superusers, and
    the admin asks for their TOTP code before letting them in.
    """
    if org_kind not in OrganisationKind.values:
        raise ValueError(
            f"unknown organisation kind {org_kind!r}; one of {OrganisationKind.values}"
        )
    if role not in Role.values:
        raise ValueError(f"unknown role {role!r}; one of {Role.values}")
    user_model = get_user_model()
    if user_model.objects.filter(username=username).exists():
        raise ValueError(f"a user named {username!r} already exists")
    candidate = user_model(username=username, email=email)
    if validate:
        validate_password(password, user=candidate)
    with transaction.atomic(), events.acting_as(system="accounts", reason="account created"):
        organisation, created = Organisation.objects.get_or_create(
            name=org_name, defaults={"kind": org_kind}
        )
        if organisation.kind != org_kind:
            raise ValueError(
                f"organisation {org_name!r} exists with kind {organisation.kind!r}, "
                f"not {org_kind!r}"
            )
        platform_admin = org_kind == OrganisationKind.OPERATOR and role == Role.ADMIN
        candidate.is_staff = staff or platform_admin
        candidate.is_superuser = platform_admin
        candidate.set_password(password)
        candidate.save()  # logged as user.created (core.logged), password as a fingerprint
        membership = Membership.objects.create(user=candidate, organisation=organisation, role=role)
    return NewAccount(candidate, organisation, membership, created)


def issue_token(user: Any, name: str = "") -> tuple[ApiToken, str]:
    """Create a bearer token; the raw value is returned once and never stored."""
    raw = TOKEN_PREFIX + secrets.token_urlsafe(32)
    with events.acting_as(user=user, reason="API token issued"):
        token = ApiToken.objects.create(
            user=user, name=name[:100], prefix=raw[:10], digest=ApiToken.digest_of(raw)
        )
    return token, raw


def authenticate_token(raw: str) -> ApiToken | None:
    """The active token for ``raw``, or None. Looked up by digest, so timing leaks nothing."""
    if not raw or not raw.startswith(TOKEN_PREFIX) or len(raw) > 200:
        return None
    token = (
        ApiToken.objects.select_related("user")
        .filter(digest=ApiToken.digest_of(raw), revoked_at__isnull=True)
        .first()
    )
    if token is None or not token.user.is_active:
        return None
    return token


def revoke_token(token: ApiToken, by: Any) -> ApiToken:
    if token.revoked_at is None:
        with events.acting_as(user=by, reason="API token revoked"):
            token.revoked_at = timezone.now()
            token.save()
    return token


def share_with(obj: Any, organisations: Any) -> list[Organisation]:
    """Share an owned object with each organisation (inside the caller's ``acting_as``); a
    private object becomes ``shared``. Returns the organisations that did not have it yet."""
    from django.contrib.contenttypes.models import ContentType

    from chainrights.core.models import Share, Visibility

    content_type = ContentType.objects.get_for_model(type(obj))
    added = []
    for organisation in organisations:
        _, created = Share.objects.get_or_create(
            content_type=content_type, object_id=obj.pk, organisation=organisation
        )
        if created:
            added.append(organisation)
    if added and obj.visibility == Visibility.PRIVATE:
        obj.visibility = Visibility.SHARED
        obj.save()
    return added
