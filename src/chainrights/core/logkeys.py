"""The event log's secret and the keys derived from it, for the chain and its checkpoints.

A module of its own so ``events`` and ``checkpoints`` both use it without importing each other.
"""

from __future__ import annotations

import hmac

from django.conf import settings

_KEYS: dict[tuple[str, str], bytes] = {}


def log_key(purpose: str = "chain") -> bytes:
    """The secret of the chain (or a key derived from it for another purpose)."""
    secret = settings.LOG_KEY
    key = _KEYS.get((secret, purpose))
    if key is None:
        key = str(secret).encode()
        if purpose != "chain":
            key = hmac.digest(key, purpose.encode(), "sha256")
        _KEYS[(secret, purpose)] = key
    return key
