"""The NinjaAPI instance: error handlers, throttles and routers (authentication: ``auth``)."""

from __future__ import annotations

import logging
from typing import Any

from django.core.exceptions import PermissionDenied, RequestDataTooBig
from django.http import Http404, HttpRequest, HttpResponse
from django.http.multipartparser import MultiPartParserError
from ninja import NinjaAPI, Router
from ninja.constants import NOT_SET
from ninja.errors import AuthenticationError, HttpError, Throttled, ValidationError
from ninja.parser import Parser

from chainrights.api import openapi, throttles
from chainrights.api.accounts import router as accounts_router
from chainrights.api.auth import OPTIONAL_AUTH, SAFE_METHODS
from chainrights.audits.api import router as audits_router
from chainrights.codes.api import router as codes_router
from chainrights.core.errors import TOO_MANY_REQUESTS, error_response, refusal_response
from chainrights.core.refusals import Refusal
from chainrights.grievances.api import router as grievances_router
from chainrights.grievances.api_unions import router as unions_router
from chainrights.purchasing.api import router as purchasing_router
from chainrights.registry.api_moderation import router as registry_router
from chainrights.reports.api import router as reports_router
from chainrights.risk.api import router as risk_router
from chainrights.states.api import router as states_router
from chainrights.states.api_inspections import router as inspections_router

logger = logging.getLogger(__name__)


class ObjectBodies(Parser):
    """Every JSON body of this API is an object. ninja's schemas read anything with missing
    attributes as an object without fields, so a list or a string was a PATCH of nothing
    that answered 200; here it is refused (400)."""

    def parse_body(self, request: HttpRequest) -> Any:
        data = super().parse_body(request)
        if not isinstance(data, dict):
            raise HttpError(400, "The body must be a JSON object.")
        return data


class ChainrightsAPI(NinjaAPI):
    """The API, whose schema also documents optional tokens and every error answer."""

    def get_openapi_schema(
        self, *, path_prefix: str | None = None, path_params: dict[str, Any] | None = None
    ) -> Any:
        schema = super().get_openapi_schema(path_prefix=path_prefix, path_params=path_params)
        return openapi.document(schema, self.get_root_path(path_params or {}).rstrip("/"))


api = ChainrightsAPI(
    title="chainrights API",
    version="1",
    description=(
        "Open data and write access for chainrights. Public reads need no token and are "
        "rate-limited; a bad token on them is refused (401), never read as anonymous. Writes "
        "need `Authorization: Bearer <token>` of scope `write` from `POST /api/v1/auth/token` "
        "(with the two-factor code for accounts that have one). "
        'Errors always look like `{"error": {"code", "message", "details"}}`.'
    ),
    urls_namespace="api",
    parser=ObjectBodies(),
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
    response = error_response(429, TOO_MANY_REQUESTS)
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
    cause = exc.__cause__
    if isinstance(cause, HttpError):  # ninja wraps a refusal of our parser as "Cannot parse…"
        return error_response(cause.status_code, str(cause))
    return error_response(exc.status_code, str(exc))


@api.exception_handler(Refusal)
def on_refusal(request: HttpRequest, exc: Refusal) -> HttpResponse:
    """The one place a service's refusal becomes an API answer (400, 403, 409, 413)."""
    return refusal_response(exc)


@api.exception_handler(Http404)
def on_not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    return error_response(404, "Not found.")


@api.exception_handler(PermissionDenied)
def on_forbidden(request: HttpRequest, exc: PermissionDenied) -> HttpResponse:
    return error_response(403, str(exc) or "You may not do this.")


@api.exception_handler(MultiPartParserError)
def on_unreadable_multipart(request: HttpRequest, exc: MultiPartParserError) -> HttpResponse:
    return error_response(400, f"The multipart body cannot be read: {exc}")


@api.exception_handler(RequestDataTooBig)
def on_too_big(request: HttpRequest, exc: RequestDataTooBig) -> HttpResponse:
    return error_response(413, "The request body is too large.")


@api.exception_handler(Exception)
def on_unexpected(request: HttpRequest, exc: Exception) -> HttpResponse:
    logger.exception("unhandled API error", exc_info=exc)
    return error_response(500, "Something went wrong on our side; it has been logged.")


def _reads_take_optional_tokens(router: Router) -> None:
    """A read that does not name its authentication takes an optional token: anonymous
    without a header, the token's user with a good one, 401 with a bad one (as documented).
    Writes without authentication (grievance intake) stay open and ignore the header."""
    for path_view in router.path_operations.values():
        for operation in path_view.operations:
            if operation.auth_param is NOT_SET and set(operation.methods) <= SAFE_METHODS:
                operation.auth_param = OPTIONAL_AUTH
                operation.auth_callbacks = OPTIONAL_AUTH


ROUTERS = (
    accounts_router, registry_router, grievances_router, unions_router, codes_router,
    audits_router, states_router, purchasing_router, inspections_router, risk_router,
    reports_router,
)  # fmt: skip
for _router in ROUTERS:
    api.add_router("/", _router)
    _reads_take_optional_tokens(_router)
