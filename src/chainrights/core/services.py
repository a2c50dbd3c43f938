"""Writes of the core app: accounts, memberships and API tokens."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import User
from django.contrib.auth.password_validation import validate_password
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from chainrights.core import events, totp
from chainrights.core.models import (
    ApiToken,
    Membership,
    Organisation,
    OrganisationKind,
    Role,
    Share,
    TokenScope,
    Visibility,
)
from chainrights.core.refusals import NotAllowed

TOKEN_PREFIX = "cr_"  # noqa: S105  (a marker that helps secret scanners, not a secret)


@dataclass(frozen=True)
class NewAccount:
    user: User
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


class SecondFactorRequired(NotAllowed):
    """The account must enrol a TOTP device before it may have a token (403)."""


def issue_token(
    user: User,
    name: str = "",
    *,
    scope: str = TokenScope.WRITE,
    lifetime_days: int | None = None,
    second_factor: bool = False,
) -> tuple[ApiToken, str]:
    """Create a bearer token; the raw value is returned once and never stored.

    It lives ``lifetime_days`` (``API_TOKEN_LIFETIME_DAYS`` by default, never more than
    ``API_TOKEN_MAX_LIFETIME_DAYS``). ``second_factor`` says a TOTP code was checked: without
    it, the token of an account that needs one is refused (see ``authenticate_token``).
    """
    if scope not in TokenScope.values:
        raise ValueError(f"unknown token scope {scope!r}; one of {TokenScope.values}")
    days = min(lifetime_days or settings.API_TOKEN_LIFETIME_DAYS,
               settings.API_TOKEN_MAX_LIFETIME_DAYS)  # fmt: skip
    raw = TOKEN_PREFIX + secrets.token_urlsafe(32)
    with events.acting_as(user=user, reason="API token issued"):
        token = ApiToken.objects.create(
            user=user, name=name[:100], prefix=raw[:10], digest=ApiToken.digest_of(raw),
            scope=scope, second_factor=second_factor,
            expires_at=timezone.now() + timedelta(days=days),
        )  # fmt: skip
    return token, raw


def issue_token_for_sign_in(
    user: User, code: str, *, name: str = "", scope: str = TokenScope.READ,
    lifetime_days: int | None = None,
) -> tuple[ApiToken, str] | None:  # fmt: skip
    """A token for ``user``, whose password was just checked; None when the account signs in
    with a TOTP code and ``code`` is not its current one. Operator and Django staff without a
    device get ``SecondFactorRequired``: the pages send them to enrol first, and so does this."""
    device = totp.confirmed_device(user)
    if device is None and totp.must_enrol(user):
        raise SecondFactorRequired(
            "Operator staff get API tokens with two-factor authentication only: enrol an "
            "authenticator at /account/two-factor/, then send its current code as `otp`."
        )
    if device is not None and not totp.verify(device, code):
        return None
    return issue_token(user, name, scope=scope, lifetime_days=lifetime_days,
                       second_factor=device is not None)  # fmt: skip


def authenticate_token(raw: str) -> ApiToken | None:
    """The active token for ``raw``, or None. Looked up by digest, so timing leaks nothing.

    Revoked and expired tokens are refused, and so is a token issued without a TOTP check to
    an account that now needs one (operator staff, or anyone who enrolled a device since):
    a token is never a way round the second factor of the sign-in page.
    """
    if not raw or not raw.startswith(TOKEN_PREFIX) or len(raw) > 200:
        return None
    token: ApiToken | None = (
        ApiToken.objects.select_related("user")
        .filter(
            digest=ApiToken.digest_of(raw), revoked_at__isnull=True, expires_at__gt=timezone.now()
        )
        .first()
    )
    if token is None or not token.user.is_active:
        return None
    if not token.second_factor and totp.needs_second_factor(token.user):
        return None
    return token


def revoke_token(token: ApiToken, by: User) -> ApiToken:
    if token.revoked_at is None:
        with events.acting_as(user=by, reason="API token revoked"):
            token.revoked_at = timezone.now()
            token.save()
    return token


def share_with(obj: Any, organisations: Any) -> list[Organisation]:
    """Share an owned object with each organisation (inside the caller's ``acting_as``); a
    private object becomes ``shared``. Returns the organisations that did not have it yet."""
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


def _shares_of(obj: Any) -> QuerySet[Share]:
    return Share.objects.filter(
        content_type=ContentType.objects.get_for_model(type(obj)), object_id=obj.pk
    )


def shared_organisations(obj: Any) -> list[Organisation]:
    """The organisations an owned object of any app is shared with (for its owner's page)."""
    return [share.organisation for share in _shares_of(obj).select_related("organisation")]


def unshare_all(obj: Any) -> None:
    """Forget every share of an object being deleted (inside the caller's ``acting_as``)."""
    _shares_of(obj).delete()
