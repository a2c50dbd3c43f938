"""The one error shape of the API: ``{"error": {"code", "message", "details"}}``."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse, JsonResponse

from chainrights.core.refusals import Refusal

HTTP_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "validation_error",
    429: "rate_limited",
    500: "internal_error",
}

# The codes some errors carry instead of their status's own (the schema's enum lists them).
IDEMPOTENCY_KEY_REUSED = "idempotency_key_reused"  # core.idempotency: one key, another body
SPECIAL_CODES = frozenset({IDEMPOTENCY_KEY_REUSED})


# What every rate-limited API answer says (ninja's throttles and django-ratelimit's views alike).
TOO_MANY_REQUESTS = "Too many requests; slow down."


def error_body(
    status: int, message: str, details: Any = None, code: str | None = None
) -> dict[str, Any]:
    return {
        "error": {
            "code": code or HTTP_CODES.get(status, "error"),
            "message": message,
            "details": details if details is not None else [],
        }
    }


def error_response(
    status: int, message: str, details: Any = None, code: str | None = None
) -> HttpResponse:
    return JsonResponse(error_body(status, message, details, code), status=status)


def is_api_request(request: HttpRequest) -> bool:
    return request.path.startswith("/api/")


def refusal_response(refusal: Refusal) -> HttpResponse:
    """A service's refusal in the error shape; ``field`` becomes the one detail."""
    details = refusal.details
    if details is None and refusal.field:
        details = [{"field": refusal.field, "reason": str(refusal)}]
    return error_response(refusal.status, str(refusal), details, code=refusal.code)
