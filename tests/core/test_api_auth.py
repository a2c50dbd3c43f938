"""API tokens: issue, use, list, revoke; wrong passwords; rate limits."""

from __future__ import annotations

from django.core.cache import cache

from chainrights.core.models import ApiToken, Event
from tests.conftest import ApiClient, assert_error_shape


def _issue(anon_api, username="brand", password="brand-demo-2026", **extra):
    return anon_api.send(
        "POST", "/api/v1/auth/token", {"username": username, "password": password, **extra}
    )


def test_username_and_password_give_a_bearer_token(demo, anon_api):
    response = _issue(anon_api, name="laptop")
    assert response.status_code == 201
    body = response.json()
    assert body["token"].startswith("cr_") and len(body["token"]) > 40
    me = ApiClient(token=body["token"]).get_json("/api/v1/me").json()
    assert me["username"] == "brand"
    assert me["memberships"] == [
        {
            "organisation_id": me["memberships"][0]["organisation_id"],
            "organisation": "Northwind Apparel",
            "kind": "brand",
            "role": "admin",
        }
    ]


def test_only_the_token_digest_is_stored(demo, anon_api):
    raw = _issue(anon_api).json()["token"]
    stored = ApiToken.objects.get()
    assert raw not in {stored.digest, stored.prefix} and stored.digest == ApiToken.digest_of(raw)


def test_wrong_password_and_unknown_user_get_the_same_401(demo, anon_api):
    wrong = assert_error_shape(_issue(anon_api, password="nope"), 401)
    unknown = assert_error_shape(_issue(anon_api, username="ghost", password="nope"), 401)
    assert wrong == unknown


def test_missing_or_bad_token_is_refused(demo, anon_api):
    assert_error_shape(anon_api.get_json("/api/v1/me"), 401)
    assert_error_shape(ApiClient(token="cr_forged").get_json("/api/v1/me"), 401)
    assert_error_shape(ApiClient(token="x" * 5000).get_json("/api/v1/me"), 401)


def test_a_revoked_token_stops_working(demo, anon_api):
    raw = _issue(anon_api).json()["token"]
    client = ApiClient(token=raw)
    assert client.send("DELETE", "/api/v1/auth/token").status_code == 204
    assert_error_shape(client.get_json("/api/v1/me"), 401)
    assert Event.objects.filter(tag="apitoken.updated", after__revoked_at__isnull=False).exists()


def test_tokens_are_listed_and_revoked_by_id_by_their_owner_only(demo, anon_api, api_for):
    first = _issue(anon_api, name="one").json()
    owner = ApiClient(token=_issue(anon_api, name="two").json()["token"])
    listed = owner.get_json("/api/v1/auth/tokens").json()
    assert {t["name"] for t in listed} == {"one", "two"} and "token" not in listed[0]

    stranger = api_for("supplier")
    assert_error_shape(stranger.send("DELETE", f"/api/v1/auth/tokens/{first['id']}"), 404)
    assert ApiClient(token=first["token"]).get_json("/api/v1/me").status_code == 200

    assert owner.send("DELETE", f"/api/v1/auth/tokens/{first['id']}").status_code == 204
    assert ApiClient(token=first["token"]).get_json("/api/v1/me").status_code == 401


def test_token_requests_are_rate_limited_per_address(demo, anon_api, settings):
    settings.RATE_LIMIT_LOGIN = "3/m"
    cache.clear()
    statuses = [_issue(anon_api, password="wrong").status_code for _ in range(5)]
    assert statuses[:3] == [401, 401, 401]
    assert_error_shape(_issue(anon_api), 429)


def test_inactive_users_cannot_get_or_use_tokens(demo, anon_api):
    from chainrights.core.services import issue_token

    user = demo["union"]
    _, raw = issue_token(user)
    user.is_active = False
    user.save()
    assert_error_shape(_issue(anon_api, "union", "union-demo-2026"), 401)
    assert_error_shape(ApiClient(token=raw).get_json("/api/v1/me"), 401)
