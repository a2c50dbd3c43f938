"""Rate limits per client, for pages and the API alike, that keep nothing about the client.

Who the client is: the socket address, or behind ``NUM_PROXIES`` trusted reverse proxies the
address the outermost of them saw (the right-most X-Forwarded-For entry that a proxy of ours
appended, as django-ninja reads it), so a client cannot pick its own bucket by sending the
header itself. IPv6 clients count per /64, the block one subscriber usually holds.

What is kept: the address never reaches the cache. ``client_key`` is an HMAC of it under the
server secret (``SECRET_KEY``) and the UTC day, so the key of a bucket changes at midnight and
a key seen in the cache cannot be tested against candidate addresses without the secret, nor
linked to the same client's key of another day.

What the cache holds, and why not more: one integer counter per client and fixed window,
which expires exactly one second after its window ends. Nothing in the cache says when a
request came: django-ninja's own throttles keep a list of request times (to the microsecond)
and django-ratelimit's counters, on the database cache, take an expiry of "now + timeout" at
every hit, and either matches the ``received_at`` of a complaint filed by that request. A
counter only says "this many requests in this hour" (or minute). The cost is the usual one of
fixed windows: a client may spend its allowance at the end of one window and again at the
start of the next. Counting is not atomic on the database cache (a get then a set): a burst
of simultaneous requests from one client may be undercounted; the limit is a brake, not a
quota. Caches with an atomic increment that keeps the expiry (local memory, Redis, Memcached)
use it.
"""

from __future__ import annotations

import ipaddress
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import wraps
from typing import Any

from django.conf import settings
from django.core.cache import DEFAULT_CACHE_ALIAS, caches
from django.core.cache.backends.base import BaseCache
from django.http import HttpRequest, HttpResponse
from django.utils.crypto import salted_hmac
from django_ratelimit.exceptions import Ratelimited

PERIODS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_now = time.time  # the limiter's clock (tests pin it inside one window)


def client_address(request: HttpRequest) -> str:
    """The client's address, honouring ``NUM_PROXIES`` exactly as django-ninja does."""
    remote = str(request.META.get("REMOTE_ADDR") or "")
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR")
    proxies = int(getattr(settings, "NINJA_NUM_PROXIES", 0) or 0)
    if proxies <= 0 or not forwarded:
        return remote
    entries = forwarded.split(",")
    return str(entries[-min(proxies, len(entries))]).strip()


def _network(address: str) -> str:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address  # not an address (a misconfigured proxy): still one bucket per value
    if ip.version == 6:
        return str(ipaddress.ip_network(f"{ip}/64", strict=False).network_address)
    return str(ip)


def client_key(request: HttpRequest, *, day: date | None = None) -> str:
    """A keyed hash of the client's address that changes every UTC day; never the address."""
    day = day or datetime.now(UTC).date()
    digest = salted_hmac(
        f"chainrights.ratelimit.{day.isoformat()}", _network(client_address(request)),
        algorithm="sha256",
    )  # fmt: skip
    return digest.hexdigest()[:40]


def parse_rate(rate: str) -> tuple[int, int]:
    """'20/h' → (20, 3600); '300/m', '5/10s' and '100/d' read the same way."""
    count, _, per = rate.partition("/")
    unit = per[-1:].lower()
    if unit not in PERIODS or not count.strip().isdigit():
        raise ValueError(f"rate {rate!r}: write it as N/s, N/m, N/h or N/d")
    multiple = per[:-1].strip()
    return int(count), PERIODS[unit] * (int(multiple) if multiple else 1)


@dataclass(frozen=True)
class Usage:
    allowed: bool
    count: int
    limit: int
    retry_after: int  # seconds until the window ends


def _increment_keeps_expiry(cache: BaseCache) -> bool:
    """Backends with their own ``incr`` count atomically and keep the expiry; the base one
    (the database cache's) sets the value again with the default timeout, i.e. 'now + 300 s'."""
    return type(cache).incr is not BaseCache.incr


def hit(scope: str, ident: str, rate: str) -> Usage:
    """Count one request of ``ident`` in ``scope`` against ``rate``; refused ones do not count."""
    limit, seconds = parse_rate(rate)
    now = _now()
    window = int(now // seconds)
    ends = (window + 1) * seconds
    # The expiry is the window's end plus one second whatever the backend adds to "now":
    # it says which window, never when the request came.
    timeout = ends + 1 - now
    key = f"rl:{scope}:{seconds}:{window}:{ident}"
    cache = caches[DEFAULT_CACHE_ALIAS]
    retry_after = max(1, int(ends - now) + 1)
    if cache.add(key, 1, timeout):
        return Usage(True, 1, limit, retry_after)
    count = int(cache.get(key, 0))
    if count >= limit:
        return Usage(False, count, limit, retry_after)
    if _increment_keeps_expiry(cache):
        try:
            count = int(cache.incr(key))
        except ValueError:  # expired between add and incr: a new window
            cache.add(key, 1, timeout)
            count = 1
    else:
        count += 1
        cache.set(key, count, timeout)
    return Usage(count <= limit, count, limit, retry_after)


def limited(request: HttpRequest, scope: str, rate: str) -> bool:
    """Count this request from its client; True when the client is over the limit."""
    return not hit(scope, client_key(request), rate).allowed


def rate_limit(
    scope: str, setting: str, methods: tuple[str, ...] = ("POST",)
) -> Callable[[Callable[..., HttpResponse]], Callable[..., HttpResponse]]:
    """Limit a page per client; the rate is read from ``setting`` at each request, so a
    changed setting needs no restart. Over the limit the page answers 429 (``RATELIMIT_VIEW``)."""

    def decorate(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @wraps(view)
        def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if request.method in methods and limited(request, scope, getattr(settings, setting)):
                raise Ratelimited()  # RatelimitMiddleware renders RATELIMIT_VIEW
            return view(request, *args, **kwargs)

        return wrapped

    return decorate
