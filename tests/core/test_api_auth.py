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
    assert body["token"].startswith("cr_")
    assert len(body["token"]) > 40
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
    assert raw not in {stored.digest, stored.prefix}
    assert stored.digest == ApiToken.digest_of(raw)


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
    owner = ApiClient(token=_issue(anon_api, name="two", scope="write").json()["token"])
    listed = owner.get_json("/api/v1/auth/tokens").json()
    assert {t["name"] for t in listed} == {"one", "two"}
    assert "token" not in listed[0]

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


# Two-factor, scope and expiry (issue 13, item 1) ------------------------------------------


def _device(user):
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from chainrights.core import events

    with events.acting_as(system="test"):
        return TOTPDevice.objects.create(user=user, name="phone", confirmed=True)


def _code(device, offset=0):
    from django_otp.oath import totp

    value = totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits, drift=offset)
    return f"{value:06d}"


def _operator_token(anon_api, demo, username="operator", **extra):
    device = _device(demo[username])
    body = {"otp": _code(device), "scope": "write", **extra}
    response = _issue(anon_api, username, f"{username}-demo-2026", **body)
    assert response.status_code == 201, response.content
    return response.json()


def test_an_account_with_totp_gets_no_token_from_its_password_alone(demo, anon_api):
    _device(demo["brand"])
    wrong_password = assert_error_shape(_issue(anon_api, password="nope"), 401)
    assert assert_error_shape(_issue(anon_api), 401) == wrong_password
    assert assert_error_shape(_issue(anon_api, otp="000000"), 401) == wrong_password
    assert assert_error_shape(_issue(anon_api, otp="abcdef"), 401) == wrong_password
    assert not ApiToken.objects.exists()


def test_an_account_with_totp_gets_a_token_with_its_current_code(demo, anon_api):
    device = _device(demo["brand"])
    response = _issue(anon_api, otp=_code(device))
    assert response.status_code == 201, response.content
    assert ApiClient(token=response.json()["token"]).get_json("/api/v1/me").status_code == 200
    assert ApiToken.objects.get().second_factor


def test_a_code_is_good_for_one_token_only(demo, anon_api):
    device = _device(demo["brand"])
    code = _code(device)
    assert _issue(anon_api, otp=code).status_code == 201
    assert_error_shape(_issue(anon_api, otp=code), 401)


def test_wrong_codes_count_against_the_token_rate_limit(demo, anon_api, settings):
    settings.RATE_LIMIT_LOGIN = "3/m"
    cache.clear()
    device = _device(demo["brand"])
    statuses = [_issue(anon_api, otp="123456").status_code for _ in range(3)]
    assert statuses == [401, 401, 401]
    assert_error_shape(_issue(anon_api, otp=_code(device)), 429)


def test_operator_staff_without_a_device_get_no_token(demo, anon_api):
    for username in ("operator", "handler"):
        error = assert_error_shape(_issue(anon_api, username, f"{username}-demo-2026"), 403)
        assert "two-factor" in error["message"]
    assert not ApiToken.objects.exists()


def test_operator_staff_with_a_device_get_a_token_with_its_code(demo, anon_api):
    issued = _operator_token(anon_api, demo, "handler")
    me = ApiClient(token=issued["token"]).get_json("/api/v1/me")
    assert me.status_code == 200
    assert me.json()["username"] == "handler"


def test_a_staff_token_issued_without_the_second_factor_is_refused(demo):
    from chainrights.core.services import issue_token

    for username in ("operator", "handler"):
        _, raw = issue_token(demo[username], scope="write")
        assert_error_shape(ApiClient(token=raw).get_json("/api/v1/me"), 401)
        assert_error_shape(ApiClient(token=raw).get_json("/api/v1/cases"), 401)


def test_enrolling_totp_retires_tokens_issued_from_the_password_alone(demo, anon_api):
    raw = _issue(anon_api).json()["token"]
    assert ApiClient(token=raw).get_json("/api/v1/me").status_code == 200
    _device(demo["brand"])
    assert_error_shape(ApiClient(token=raw).get_json("/api/v1/me"), 401)


def test_new_tokens_are_read_only_unless_write_is_asked_for(demo, anon_api):
    read = _issue(anon_api, name="r").json()
    write = _issue(anon_api, name="w", scope="write").json()
    assert (read["scope"], write["scope"]) == ("read", "write")
    assert_error_shape(_issue(anon_api, scope="admin"), 422)


def test_a_read_token_reads_but_cannot_write(demo, anon_api):
    client = ApiClient(token=_issue(anon_api).json()["token"])
    assert client.get_json("/api/v1/me").status_code == 200
    assert client.get_json("/api/v1/lists/1").status_code == 404  # read, nothing there
    error = assert_error_shape(
        client.send("POST", "/api/v1/codes", {"name": "x", "text": "Workers are paid."}), 403
    )
    assert "read-only" in error["message"]
    assert_error_shape(client.send("DELETE", "/api/v1/auth/tokens/1"), 403)


def test_a_read_token_may_revoke_itself(demo, anon_api):
    client = ApiClient(token=_issue(anon_api).json()["token"])
    assert client.send("DELETE", "/api/v1/auth/token").status_code == 204
    assert_error_shape(client.get_json("/api/v1/me"), 401)


def test_a_read_token_of_staff_cannot_merge_decide_claims_or_move_cases(demo, anon_api):
    read = ApiClient(token=_operator_token(anon_api, demo, scope="read")["token"])
    writes = [
        ("/api/v1/facilities/CR0000000000/merge", {"into": "CR1", "reason": "same"}),
        (
            "/api/v1/facilities/CR0000000000/split",
            {"rows": [{"list_id": 1, "row": 0}], "reason": "x"},
        ),
        ("/api/v1/claims/1/decision", {"verify": True, "reason": "seen"}),
        ("/api/v1/cases/GR-0000/transitions", {"to": "acknowledged", "reason": "x"}),
        ("/api/v1/lists/1/rows/0/undo", {"reason": "x"}),
    ]
    for path, body in writes:
        assert_error_shape(read.send("POST", path, body), 403)
    assert read.get_json("/api/v1/cases").status_code == 200


def test_a_write_token_of_staff_with_the_second_factor_moves_cases(demo, anon_api):
    from chainrights.grievances import services

    case, _ = services.file_grievance(
        services.Intake(narrative="We are not paid overtime.", facility_text="Gate 2")
    )
    write = ApiClient(token=_operator_token(anon_api, demo, "handler")["token"])
    response = write.send(
        "POST",
        f"/api/v1/cases/{case.reference}/transitions",
        {"to": "acknowledged", "reason": "seen"},
    )
    assert response.status_code == 200, response.content


def test_tokens_expire_after_the_default_lifetime(demo, anon_api, settings):
    from datetime import timedelta

    from django.utils import timezone

    from chainrights.core import events

    settings.API_TOKEN_LIFETIME_DAYS = 7
    body = _issue(anon_api).json()
    token = ApiToken.objects.get()
    expected = timezone.now() + timedelta(days=7)
    assert abs((token.expires_at - expected).total_seconds()) < 60
    client = ApiClient(token=body["token"])
    listed = client.get_json("/api/v1/auth/tokens").json()
    assert listed[0]["scope"] == "read"
    assert listed[0]["expires_at"].startswith(token.expires_at.date().isoformat())
    with events.acting_as(system="test"):
        token.expires_at = timezone.now() - timedelta(seconds=1)
        token.save()
    assert_error_shape(client.get_json("/api/v1/me"), 401)


def test_a_token_lives_as_long_as_asked_up_to_the_maximum(demo, anon_api, settings):
    from datetime import timedelta

    from django.utils import timezone

    assert _issue(anon_api, expires_in_days=2).status_code == 201
    token = ApiToken.objects.get()
    assert abs((token.expires_at - timezone.now() - timedelta(days=2)).total_seconds()) < 60
    too_long = settings.API_TOKEN_MAX_LIFETIME_DAYS + 1
    error = assert_error_shape(_issue(anon_api, expires_in_days=too_long), 422)
    assert error["details"][0]["field"] == "body.payload.expires_in_days"
    assert_error_shape(_issue(anon_api, expires_in_days=0), 422)


def test_the_account_page_shows_each_tokens_scope_and_expiry(demo):
    from django.test import Client

    from chainrights.core.services import issue_token

    token, _ = issue_token(demo["brand"], name="laptop", scope="read", lifetime_days=3)
    client = Client()
    client.force_login(demo["brand"])
    page = client.get("/account/").content.decode()
    assert "Read only" in page
    assert token.expires_at.strftime("%Y-%m-%d") in page
