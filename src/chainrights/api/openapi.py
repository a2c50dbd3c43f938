"""Make the generated OpenAPI schema say what the API really does, in one place.

django-ninja documents the success answer of each operation. Everything else is the same for
every operation and is added here when the schema is built, so no route has to repeat it:

- who may call: an operation with an optional token lists ``BearerToken`` *or nothing*;
- the one error shape (``Error``) for every error status an operation can answer:
  400 (where a body or a write's parameters may break its rules), 401 and 403 (where a token
  is read), 404 (where the path or the body names an object), 413 (where there is a body),
  422 (where there are parameters or a body), 429 (everywhere: every operation is
  rate-limited);
- the ``Idempotency-Key`` header of every POST (``core.idempotency``), with the 400, 409 and
  422 it can answer;
- the few statuses and content types that only some operations have (``EXTRA`` and
  ``CONTENT``; a test checks every entry still names an operation).
"""

from __future__ import annotations

from typing import Any

from chainrights.core.errors import HTTP_CODES, SPECIAL_CODES
from chainrights.core.idempotency import HEADER, MAX_KEY

ERROR_SCHEMA: dict[str, Any] = {
    "title": "Error",
    "type": "object",
    "description": "Every error of the API has this shape.",
    "properties": {
        "error": {
            "type": "object",
            "properties": {
                "code": {
                    "type": "string",
                    "enum": sorted(set(HTTP_CODES.values()) | SPECIAL_CODES | {"error"}),
                },
                "message": {"type": "string"},
                "details": {
                    "description": "What was wrong, field by field, when that is known.",
                    "anyOf": [{"type": "array"}, {"type": "object"}],
                },
            },
            "required": ["code", "message", "details"],
            "additionalProperties": False,
        }
    },
    "required": ["error"],
    "additionalProperties": False,
}

WHY = {
    400: "The request cannot be used (a body that is not JSON, a value the operation refuses).",
    401: "No valid bearer token where one is read: missing where required, or unknown, "
    "revoked, expired, or issued without the two-factor code the account needs.",
    403: "The token's user may not do this, or the token is read-only and this is a write.",
    404: "No such object (named in the path, the query or the body), or not one you may see.",
    409: "The object is not in a state that allows this, or the first request with this "
    "`Idempotency-Key` is still running.",
    413: "The body is larger than the limit (`MAX_BODY_BYTES`, uploads `MAX_UPLOAD_BYTES`).",
    415: "The uploaded file is of a kind this operation does not take.",
    422: "Parameters or body fields of the wrong type or out of range; `details` names each. "
    "Or an `Idempotency-Key` already used with another body (`idempotency_key_reused`).",
    429: "Too many requests; `Retry-After` says how many seconds to wait when it is known.",
}

HEADERS = {
    401: {"WWW-Authenticate": {"schema": {"type": "string"}, "required": False}},
    429: {"Retry-After": {"schema": {"type": "string"}, "required": False}},
}

# Statuses that only some operations answer, by (method, path without /api/v1).
EXTRA: dict[tuple[str, str], tuple[int, ...]] = {
    ("POST", "/auth/token"): (401, 403),
    ("GET", "/countries/resolve"): (404,),
    ("POST", "/grievances/status"): (404,),
    ("POST", "/grievances/reply"): (404,),
    ("POST", "/grievances/rating"): (404,),
    ("GET", "/audits"): (404,),
    ("GET", "/capacity"): (404,),
    ("GET", "/risk"): (404,),
    ("POST", "/risk/recompute"): (404,),
    ("POST", "/lists"): (415,),
    ("POST", "/audits/import"): (415,),
    ("POST", "/lists/{list_id}/retry"): (409,),
    ("POST", "/lists/{list_id}/rows/{row}/review"): (409,),
    ("POST", "/lists/{list_id}/rows/{row}/undo"): (409,),
    ("POST", "/facilities/{facility_id}/merge"): (409,),
    ("POST", "/facilities/{facility_id}/unmerge"): (409,),
    ("POST", "/facilities/{facility_id}/claims"): (409,),
    ("POST", "/claims/{claim_id}/decision"): (409,),
    ("POST", "/cases/{reference}/transitions"): (409,),
    # states: referrals and inspections
    ("GET", "/inspections"): (404,),
    ("POST", "/inspections/import"): (415,),
    ("POST", "/cases/{reference}/referrals"): (409,),
    ("POST", "/referrals/{referral_id}/steps"): (409,),
    # purchasing
    ("POST", "/purchasing/cycles"): (409,),
    ("POST", "/purchasing/cycles/{cycle_id}/close"): (409,),
    ("POST", "/purchasing/ratings"): (409,),
    ("POST", "/purchasing/links"): (409,),
    ("POST", "/purchasing/links/{link_id}/actions"): (409,),
}

# Operations whose success is not JSON: the content types they answer with.
CONTENT: dict[tuple[str, str], dict[str, Any]] = {
    ("GET", "/lists/template"): {
        "text/csv": {"schema": {"type": "string"}},
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
            "schema": {"type": "string", "format": "binary"}
        },
    },
    ("GET", "/facilities/download"): {
        "text/csv": {"schema": {"type": "string"}},
        "application/json": {"schema": {"type": "object"}},
        "application/geo+json": {"schema": {"type": "object"}},
    },
    ("GET", "/inspections/template"): {
        "text/csv": {"schema": {"type": "string"}},
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
            "schema": {"type": "string", "format": "binary"}
        },
    },
    ("GET", "/audits/export"): {
        "application/json": {"schema": {"type": "object"}},
        "text/csv": {"schema": {"type": "string"}},
    },
}

IDEMPOTENCY_KEY: dict[str, Any] = {
    "name": HEADER,
    "in": "header",
    "required": False,
    "description": (
        "Send the same key again (with the same body) to get the first success again, status "
        "and body, marked `Idempotent-Replayed: true`, with no second effect "
        "(draft-ietf-httpapi-idempotency-key-header). Scoped to your token (or to anonymous "
        "callers) and to the operation; kept 24 hours; errors are not kept, so a corrected "
        "request may reuse its key. The same key with another body is a 422 "
        "(`idempotency_key_reused`), a key whose first request is still running a 409, a key "
        "that is not 1 to 255 printable ASCII characters a 400. Use a random key (a UUID): an "
        "anonymous caller who sends your key and your body gets your answer."
    ),
    "schema": {"type": "string", "minLength": 1, "maxLength": MAX_KEY, "pattern": "^[ -~]+$"},
}

ERROR_REF = {"$ref": "#/components/schemas/Error"}
OPTIONAL = "OptionalBearerToken"
REQUIRED = "BearerToken"


def operations(schema: dict[str, Any], prefix: str) -> dict[tuple[str, str], dict[str, Any]]:
    """Every operation of ``schema`` by (method, path without ``prefix``)."""
    return {
        (method.upper(), path.removeprefix(prefix)): operation
        for path, item in schema.get("paths", {}).items()
        for method, operation in item.items()
    }


def statuses_for(key: tuple[str, str], operation: dict[str, Any]) -> set[int]:
    """The error statuses ``operation`` can answer (see the module docstring)."""
    method, path = key
    has_body = "requestBody" in operation
    codes = {429} | set(EXTRA.get(key, ()))
    if method == "POST":
        codes |= {400, 409, 422}  # the Idempotency-Key: bad, its request running, reused
    if operation.get("security"):
        codes |= {401, 403}
    if "{" in path:
        codes.add(404)
    if has_body:
        codes |= {400, 404, 413, 422}  # a body names objects too (a facility, an organisation)
    if operation.get("parameters"):
        codes.add(422)
        if method != "GET":
            codes.add(400)  # a write's parameters can break its rules (a reason left empty)
    return codes


def document(schema: dict[str, Any], prefix: str) -> dict[str, Any]:
    """Add auth alternatives, error answers and content types to ``schema`` (in place)."""
    components = schema.setdefault("components", {})
    components.setdefault("schemas", {})["Error"] = ERROR_SCHEMA
    schemes = components.setdefault("securitySchemes", {})
    if schemes.pop(OPTIONAL, None) is not None:
        schemes.setdefault(REQUIRED, {"type": "http", "scheme": "bearer"})
    for key, operation in operations(schema, prefix).items():
        if key[0] == "POST":
            operation.setdefault("parameters", []).append(dict(IDEMPOTENCY_KEY))
        security = operation.get("security")
        if security and any(OPTIONAL in s for s in security):
            operation["security"] = [{REQUIRED: []}, {}]
        responses = operation.setdefault("responses", {})
        for status in sorted(statuses_for(key, operation)):
            answer: dict[str, Any] = {
                "description": WHY[status],
                "content": {"application/json": {"schema": ERROR_REF}},
            }
            if status in HEADERS:
                answer["headers"] = HEADERS[status]
            if status not in responses and str(status) not in responses:
                responses[status] = answer
        if key in CONTENT:
            responses[200]["content"] = CONTENT[key]
    return schema
