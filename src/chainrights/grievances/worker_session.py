"""What a worker's browser session holds between a form and the page it leads to.

Post/redirect/get: a filed complaint redirects to its confirmation page and an opened case to
its status page, so a reload re-sends nothing. The reference and secret those pages show are
never put in a URL or a cookie: the server-side session keeps them, encrypted with the data
key (``core.crypto``: a dump of the session table gives nothing away), for
``GRIEVANCE_SESSION_MINUTES``, and the worker can forget them sooner. The session cookie
itself ends with the browser session on worker pages (``views.worker_page``).
"""

from __future__ import annotations

import json
import time

from cryptography.fernet import InvalidToken
from django.conf import settings
from django.http import HttpRequest

from chainrights.core import crypto

FILED = "grievances.filed"  # the reference, secret and due date of the complaint just filed
OPENED = "grievances.opened"  # the reference and secret of the case the worker opened
STAFF_FILED = "grievances.staff_filed"  # a case staff recorded, until its secret is read out
UNION_FILED = "grievances.union_filed"  # a case a union filed, until its secret is shown


def remember(
    request: HttpRequest, key: str, values: dict[str, str], *, session_only: bool = True
) -> None:
    """Keep ``values`` in the session, encrypted, until the configured minutes pass. On a
    worker's phone (``session_only``) the session cookie then ends with the browser session;
    staff and union sessions keep their usual age."""
    until = time.time() + settings.GRIEVANCE_SESSION_MINUTES * 60
    plain = json.dumps({"until": until, "values": values}).encode()
    request.session[key] = crypto.encrypt_bytes(plain).decode("ascii")
    if session_only:
        request.session.set_expiry(0)


def recall(request: HttpRequest, key: str) -> dict[str, str] | None:
    """What ``remember`` kept, or None once it is forgotten, expired or unreadable (written
    with a data key since retired)."""
    token = request.session.get(key)
    if not isinstance(token, str):
        return None
    try:
        kept = json.loads(crypto.decrypt_bytes(token.encode("ascii")))
    except (InvalidToken, ValueError):
        kept = None
    if not kept or kept.get("until", 0) < time.time():
        forget(request, key)
        return None
    values: dict[str, str] = kept["values"]
    return values


def forget(request: HttpRequest, key: str) -> None:
    request.session.pop(key, None)
