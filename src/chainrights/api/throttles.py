"""API throttles over ``core.ratelimit``: anonymous callers count per client (a keyed hash of
their address), token holders per user.

django-ninja's ``AnonRateThrottle`` skips any request whose ``request.auth`` is set, and
``OptionalBearerToken`` sets it to ``AnonymousUser`` when no token is sent; its
``AuthRateThrottle`` then keyed every such caller on ``str(AnonymousUser())``, one bucket shared
by every anonymous client of the optionally-authenticated reads (``/audits``, ``/codes``…).
Here a caller is a user only when ``request.auth`` is an authenticated user (or a token of one).
"""

from __future__ import annotations

import threading
from typing import Any

from django.conf import settings
from django.http import HttpRequest
from ninja.throttling import BaseThrottle

from chainrights.core import ratelimit


def token_user(request: HttpRequest) -> Any:
    """The user a valid token authenticated, or None for an anonymous caller."""
    auth = getattr(request, "auth", None)
    user = getattr(auth, "user", auth)
    if getattr(user, "is_authenticated", False) and getattr(user, "pk", None) is not None:
        return user
    return None


class Throttle(BaseThrottle):
    """A limit read from ``setting`` at every request (an operator can change it without a
    deploy), counted in ``scope``; ``who`` says which callers it applies to."""

    def __init__(self, scope: str, setting: str, who: str = "everyone") -> None:
        self.scope, self.setting, self.who = scope, setting, who
        self._last = threading.local()  # one instance serves every thread's requests

    def ident(self, request: HttpRequest) -> str | None:
        user = token_user(request)
        if self.who == "anonymous":
            return None if user else ratelimit.client_key(request)
        if self.who == "users":
            return f"user-{user.pk}" if user else None
        return ratelimit.client_key(request)

    def allow_request(self, request: HttpRequest) -> bool:
        ident = self.ident(request)
        if ident is None:
            return True
        self._last.usage = ratelimit.hit(self.scope, ident, getattr(settings, self.setting))
        return bool(self._last.usage.allowed)

    def wait(self) -> float | None:
        usage = getattr(self._last, "usage", None)
        return float(usage.retry_after) if usage else None


def public_read() -> Throttle:
    return Throttle("api-anonymous", "RATE_LIMIT_PUBLIC_READ", who="anonymous")


def per_token_user() -> Throttle:
    return Throttle("api-user", "RATE_LIMIT_TOKEN", who="users")
