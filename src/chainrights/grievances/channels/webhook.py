"""The webhook every channel's gateway calls: ``/channels/<name>/webhook``.

CSRF-exempt because the gateway signs each request instead (checked by the adapter before
anything is read); rate-limited per gateway address and channel (``RATE_LIMIT_CHANNEL``).
A channel that is not configured does not exist (404). Refusals (403 signature, 413 size,
400 body) are raised and mapped once by ``core.middleware.RefusalMiddleware``; nothing is
stored before the whole request has been checked.
"""

from __future__ import annotations

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.views.decorators.csrf import csrf_exempt

from chainrights.core.ratelimit import client_key, hit
from chainrights.core.refusals import TooMany
from chainrights.grievances import channels
from chainrights.grievances.channels.conversation import receive


@csrf_exempt
def webhook(request: HttpRequest, name: str) -> HttpResponse:
    adapter = channels.adapter(name)
    if adapter is None:
        raise Http404("No such channel.")
    if not hit(f"channel:{name}", client_key(request), settings.RATE_LIMIT_CHANNEL).allowed:
        raise TooMany("Too many webhook requests from this gateway; slow down.")
    if request.method == "GET":
        return adapter.subscribe(request)
    if request.method != "POST":
        return HttpResponseNotAllowed(["GET", "POST"])
    receive(adapter.channel, adapter.parse(request))
    return adapter.acknowledge()
