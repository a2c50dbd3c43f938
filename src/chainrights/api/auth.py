"""Authentication of the API: bearer tokens, required or optional, and the read-only scope.

Its own module so each app's router can name its authentication without importing the API
instance (``api.main`` imports every router; a router importing ``api.main`` was a cycle)."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import AnonymousUser
from django.http import HttpRequest
from ninja.errors import HttpError
from ninja.security import HttpBearer

from chainrights.core.services import authenticate_token

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


class BearerToken(HttpBearer):
    """``Authorization: Bearer cr_…``; sets ``request.user`` so services see the person.

    A ``read`` token is refused (403) on every other method than GET, HEAD and OPTIONS, so a
    new write endpoint is closed to read tokens without having to say so. ``any_scope`` is
    for the few writes a read token may make (revoking itself)."""

    def __init__(self, *, any_scope: bool = False) -> None:
        super().__init__()
        self.any_scope = any_scope

    def authenticate(self, request: HttpRequest, token: str) -> Any:
        found = authenticate_token(token)
        if found is None:
            return None
        if request.method not in SAFE_METHODS and not (found.may_write or self.any_scope):
            raise HttpError(403, "This token is read-only; ask for one with scope `write`.")
        user = found.user
        # As django-otp's middleware does for a session: verified when a code was checked.
        user.is_verified = lambda: found.second_factor  # type: ignore[attr-defined]
        request.user = user
        request.api_token = found  # type: ignore[attr-defined]
        return user


class OptionalBearerToken(BearerToken):
    """Public reads that show more to a signed-in caller: no header reads as anonymous, a
    header with a bad token is refused (401) rather than quietly downgraded."""

    def __call__(self, request: HttpRequest) -> Any:
        if not request.headers.get("Authorization"):
            return AnonymousUser()
        return super().__call__(request)


AUTH = [BearerToken()]
AUTH_ANY_SCOPE = [BearerToken(any_scope=True)]
OPTIONAL_AUTH = [OptionalBearerToken()]
