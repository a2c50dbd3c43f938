"""Reject oversized API bodies before anything reads them; limit anonymous page requests."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.contrib import messages
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext

from chainrights.core import idempotency
from chainrights.core.errors import error_response, is_api_request
from chainrights.core.ratelimit import client_key, hit
from chainrights.core.refusals import NotAllowed, Refusal


class BodyLimitMiddleware:
    """A declared Content-Length above the limit gets a 413 in the API's error shape.

    Multipart uploads have their own, larger limit (``MAX_UPLOAD_BYTES``). Bodies
    sent without a length are caught when read, by Django's own limit.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return error_response(400, "Content-Length is not a number.")
        is_upload = request.META.get("CONTENT_TYPE", "").startswith("multipart/form-data")
        limit = settings.MAX_UPLOAD_BYTES if is_upload else settings.MAX_BODY_BYTES
        if length > limit:
            message = f"The request body is {length} bytes; the limit is {limit}."
            if is_api_request(request):
                return error_response(413, message)
            return HttpResponse(message, status=413, content_type="text/plain; charset=utf-8")
        return self.get_response(request)


class NulMiddleware:
    """A NUL character in the path or a query parameter is refused before any view runs:
    PostgreSQL cannot hold it in text, so a lookup with one would be a 500 (422 under /api/,
    naming the parameter; 400 for pages)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        where = "path" if "\x00" in request.path else None
        if where is None:
            where = next(
                (name for name, values in request.GET.lists()
                 if "\x00" in name or any("\x00" in v for v in values)),
                None,
            )  # fmt: skip
        if where is None:
            return self.get_response(request)
        message = f"The {where} must not contain the NUL character."
        if is_api_request(request):
            details = [{"field": where, "reason": "must not contain the NUL character"}]
            return error_response(422, message, details)
        return HttpResponse(message, status=400, content_type="text/plain; charset=utf-8")


class ApiErrorShapeMiddleware:
    """Any non-JSON error under /api/ (405s from ninja, CSRF failures…) gets the one shape."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if (
            response.status_code >= 400
            and is_api_request(request)
            and not response.get("Content-Type", "").startswith("application/json")
        ):
            shaped = error_response(response.status_code, response.reason_phrase + ".")
            for header in ("Allow", "Retry-After", "WWW-Authenticate"):
                if header in response:
                    shaped[header] = response[header]
            return shaped
        return response


class PageRateLimitMiddleware:
    """Anonymous page requests count per client (``RATE_LIMIT_PAGES``), keyed like every other
    limit: a daily keyed hash of the address, ``NUM_PROXIES`` honoured. The API has its own
    throttles; signed-in users and the health check are not counted here, nor the channels'
    webhooks (a gateway speaks for many workers; they have their own limit per gateway)."""

    EXEMPT = ("/api/", "/healthz", "/static/", "/channels/")

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if not request.path.startswith(self.EXEMPT) and not (user and user.is_authenticated):
            usage = hit("pages", client_key(request), settings.RATE_LIMIT_PAGES)
            if not usage.allowed:
                response = HttpResponse(
                    gettext("Too many requests from your connection; wait a minute and try again."),
                    status=429, content_type="text/plain; charset=utf-8",
                )  # fmt: skip
                response["Retry-After"] = str(usage.retry_after)
                return response
        return self.get_response(request)


class RefusalMiddleware:
    """The one mapping for pages that are not forms (a button that moves a case, shares an
    audit): a service's refusal goes back to the page the person came from as a message, or,
    with no page of ours to go back to, to the error page with the refusal's status. API
    refusals are answered by the API's own handler and never reach here."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not isinstance(exception, Refusal) or is_api_request(request):
            return None
        # the page the person came from; else, for what the person can correct (not who they
        # are: NotAllowed keeps its 403), the page the view named (``request.refused_to``)
        back = request.META.get("HTTP_REFERER", "")
        if not back and not isinstance(exception, NotAllowed):
            back = getattr(request, "refused_to", "")
        if back and url_has_allowed_host_and_scheme(
            back, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        ):
            messages.error(request, str(exception))
            return HttpResponseRedirect(back)
        context = {"status": exception.status, "message": str(exception)}
        return render(request, "error.html", context, status=exception.status)


class SessionOnlyCookiesMiddleware:
    """Cookies that end with the browser session on pages a view marks so (the grievance
    worker pages: ``response.session_only_cookies = True``): the session and CSRF cookies
    lose their Max-Age and Expires, so a phone others share does not keep them for a year.
    Staff pages keep the settings' ages. It sits outside the session and CSRF middleware,
    which set those cookies on the way out."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if getattr(response, "session_only_cookies", False):
            for name in (settings.SESSION_COOKIE_NAME, settings.CSRF_COOKIE_NAME):
                cookie = response.cookies.get(name)
                if cookie is not None and cookie.value:  # a deleted cookie keeps its past date
                    cookie["max-age"] = ""
                    cookie["expires"] = ""
        return response


class IdempotencyMiddleware:
    """Every POST that carries a key runs once (``core.idempotency``): a page form with
    ``{% once %}``, an API call with ``Idempotency-Key``. Last in ``MIDDLEWARE``, so every
    other middleware sees its answers, and its ``process_exception`` is asked first: a view
    that raised (a refusal the next one turns into a redirect back) did not succeed."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.method != "POST":
            return self.get_response(request)
        if is_api_request(request):
            return idempotency.api(request, self.get_response)
        return idempotency.page(request, self.get_response)

    def process_exception(self, request: HttpRequest, exception: Exception) -> None:
        request._once_failed = True  # type: ignore[attr-defined]
