"""The NinjaAPI instance: authentication, error handlers, throttles and routers."""

from __future__ import annotations

import logging
from typing import Any

from django.core.exceptions import PermissionDenied, RequestDataTooBig
from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, Throttled, ValidationError
from ninja.security import HttpBearer

from chainrights.api import throttles
from chainrights.api.errors import error_response

logger = logging.getLogger(__name__)


class BearerToken(HttpBearer):
    """``Authorization: Bearer cr_…``; sets ``request.user`` so services see the person."""

    def authenticate(self, request: HttpRequest, token: str) -> Any:
        from chainrights.core.services import authenticate_token

        found = authenticate_token(token)
        if found is None:
            return None
        request.user = found.user
        request.api_token = found  # type: ignore[attr-defined]
        return found.user


class OptionalBearerToken(BearerToken):
    """Public reads that show more to a signed-in caller: no header reads as anonymous, a
    header with a bad token is refused (401) rather than quietly downgraded."""

    def __call__(self, request: HttpRequest) -> Any:
        if not request.headers.get("Authorization"):
            from django.contrib.auth.models import AnonymousUser

            return AnonymousUser()
        return super().__call__(request)


AUTH = [BearerToken()]
OPTIONAL_AUTH = [OptionalBearerToken()]

api = NinjaAPI(
    title="chainrights API",
    version="1",
    description=(
        "Open data and write access for chainrights. Public reads need no token and are "
        "rate-limited; writes need `Authorization: Bearer <token>` from `POST /api/v1/auth/token`. "
        'Errors always look like `{"error": {"code", "message", "details"}}`.'
    ),
    urls_namespace="api",
    # Anonymous callers per client (a daily keyed hash of the address), token holders per user.
    throttle=[throttles.public_read(), throttles.per_token_user()],
    openapi_extra={"info": {"license": {"name": "AGPL-3.0-or-later"}}},
)


@api.exception_handler(ValidationError)
def on_validation_error(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    details = [
        {
            "field": ".".join(str(p) for p in err.get("loc", ())),
            "reason": err.get("msg", ""),
            "type": err.get("type", ""),
        }
        for err in exc.errors
    ]
    return error_response(422, "The request is not valid.", details)


@api.exception_handler(Throttled)
def on_throttled(request: HttpRequest, exc: Throttled) -> HttpResponse:
    response = error_response(429, "Too many requests; slow down.")
    if exc.wait:
        response["Retry-After"] = str(int(exc.wait) + 1)
    return response


@api.exception_handler(AuthenticationError)
def on_unauthenticated(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    response = error_response(401, "A valid bearer token is required.")
    response["WWW-Authenticate"] = "Bearer"
    return response


@api.exception_handler(HttpError)
def on_http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    return error_response(exc.status_code, str(exc))


@api.exception_handler(Http404)
def on_not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    return error_response(404, "Not found.")


@api.exception_handler(PermissionDenied)
def on_forbidden(request: HttpRequest, exc: PermissionDenied) -> HttpResponse:
    return error_response(403, str(exc) or "You may not do this.")


@api.exception_handler(RequestDataTooBig)
def on_too_big(request: HttpRequest, exc: RequestDataTooBig) -> HttpResponse:
    return error_response(413, "The request body is too large.")


@api.exception_handler(Exception)
def on_unexpected(request: HttpRequest, exc: Exception) -> HttpResponse:
    logger.exception("unhandled API error", exc_info=exc)
    return error_response(500, "Something went wrong on our side; it has been logged.")


def _register_routers() -> None:
    from chainrights.core.api import router as core_router
    from chainrights.registry.api_moderation import router as registry_router

    api.add_router("/", core_router)
    api.add_router("/", registry_router)
    from chainrights.grievances.api import router as grievances_router

    api.add_router("/", grievances_router)
    from chainrights.codes.api import router as codes_router

    api.add_router("/", codes_router)
    from chainrights.audits.api import router as audits_router

    api.add_router("/", audits_router)


_register_routers()
