"""Types of the people a request or a service deals with.

``AuthedRequest`` is a request whose user is signed in: a page behind ``login_required``, or
an API operation with ``auth=AUTH``; ``request.user`` is then a ``User``, never anonymous.
It is the django-stubs pattern (a subclass that narrows ``user``); nothing constructs one, it
only annotates. A request that may be anonymous stays an ``HttpRequest`` and its user is an
``AnyUser``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

from django.http import HttpRequest

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser, User


class AuthedRequest(HttpRequest):
    user: User


AnyUser: TypeAlias = "User | AnonymousUser"
