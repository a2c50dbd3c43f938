"""Every write endpoint answers bad input with the standard error, never a 500."""

from __future__ import annotations

import pytest
from django.conf import settings

from chainrights.api.main import api
from tests.conftest import assert_error_shape

WRITE_METHODS = {"post", "put", "patch", "delete"}


def write_operations() -> list[tuple[str, str, bool]]:
    """(METHOD, path, takes_body) for every write operation in the OpenAPI schema."""
    schema = api.get_openapi_schema()
    found = []
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            if method in WRITE_METHODS:
                found.append((method.upper(), path, "requestBody" in operation))
    return sorted(found)


def _concrete(path: str) -> str:
    return path.replace("{token_id}", "1")


BAD_BODIES = {
    "malformed JSON": b'{"username": "brand", "password": ',
    "wrong types": b'{"username": ["brand"], "password": {"x": 1}, "name": 7}',
    "a list instead of an object": b"[1, 2, 3]",
    "non-UTF-8 bytes": '{"username": "mañana", "password": "x"}'.encode("latin-1"),
    "invalid UTF-8 sequence": b'{"username": "\xff\xfe\xfd", "password": "x"}',
    "null bytes": b'{"username": "a\x00b", "password": "\x00"}',
    "deeply nested": b'{"username": ' + b"[" * 5000 + b"]" * 5000 + b"}",
}


def test_there_are_write_endpoints_to_check():
    assert ("POST", "/api/v1/auth/token", True) in write_operations()


@pytest.mark.parametrize(("method", "path", "takes_body"), write_operations())
@pytest.mark.parametrize("kind", sorted(BAD_BODIES))
def test_bad_bodies_get_the_standard_error(demo, api_for, method, path, takes_body, kind):
    client = api_for("operator")
    response = client.send(method, _concrete(path), BAD_BODIES[kind])
    assert response.status_code < 500
    if takes_body:
        error = assert_error_shape(response, response.status_code)
        assert 400 <= response.status_code < 500, (kind, error)


@pytest.mark.parametrize(("method", "path", "takes_body"), write_operations())
def test_oversized_bodies_get_413(demo, api_for, method, path, takes_body):
    client = api_for("operator")
    body = b'{"username": "' + b"a" * (settings.MAX_BODY_BYTES + 1) + b'"}'
    error = assert_error_shape(client.send(method, _concrete(path), body), 413)
    assert error["code"] == "payload_too_large"


def test_wrong_content_type_is_refused_cleanly(demo, anon_api):
    response = anon_api.send(
        "POST", "/api/v1/auth/token", b"username=brand", content_type="text/plain"
    )
    assert 400 <= response.status_code < 500
    assert_error_shape(response, response.status_code)


def test_validation_errors_name_the_field_and_reason(db, anon_api):
    error = assert_error_shape(anon_api.send("POST", "/api/v1/auth/token", {"username": ""}), 422)
    fields = {d["field"]: d["reason"] for d in error["details"]}
    assert "body.payload.username" in fields
    assert "body.payload.password" in fields
    assert "at least 1 character" in fields["body.payload.username"]


def test_unknown_api_paths_and_methods_answer_in_the_error_shape(db, anon_api):
    assert_error_shape(anon_api.get_json("/api/v1/no-such-thing"), 404)
    response = anon_api.send("PUT", "/api/v1/rights")
    assert assert_error_shape(response, 405)["code"] == "method_not_allowed"
    assert "GET" in response["Allow"]


@pytest.mark.parametrize("path", ["/api/v1/lists", "/api/v1/audits/import"])
def test_a_multipart_body_without_a_boundary_gets_400(demo, api_for, path):
    body = b'--x\r\nContent-Disposition: form-data; name="name"\r\n\r\nlist\r\n--x--\r\n'
    response = api_for("brand").send("POST", path, body, content_type="multipart/form-data")
    assert "boundary" in assert_error_shape(response, 400)["message"]


@pytest.mark.parametrize(
    "path", ["/api/v1/facilities", "/api/v1/organisations", "/api/v1/rights", "/api/v1/codes"]
)
def test_public_reads_refuse_a_bad_token_and_read_a_good_one(demo, anon_api, api_for, path):
    from tests.conftest import ApiClient

    assert anon_api.get_json(path).status_code == 200
    assert_error_shape(ApiClient(token="cr_forged").get_json(path), 401)
    assert api_for("brand").get_json(path).status_code == 200


@pytest.mark.parametrize("body", [b"[null, null]", b'"text"', b"7"])
def test_a_body_that_is_not_an_object_is_refused_not_read_as_no_change(demo, api_for, body):
    """A PATCH whose fields are all optional must not take a list for an empty change."""
    from chainrights.codes.demo import load_demo_codes
    from chainrights.codes.models import Code

    load_demo_codes()
    code = Code.objects.order_by("pk").first()
    path = f"/api/v1/codes/{code.pk}/commitments/1"
    assert (
        "object"
        in assert_error_shape(api_for("operator").send("PATCH", path, body), 400)["message"]
    )
