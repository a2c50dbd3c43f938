"""Recovery codes: made at enrolment and shown once, kept only as hashes, each good for one
sign-in instead of the authenticator code; enrolment returns to the page asked for."""

from __future__ import annotations

import re

from django.test import Client
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from chainrights.core.models import Event
from tests.conftest import totp_client
from tests.core.test_two_factor import _code

CREDS = {"username": "operator", "password": "operator-demo-2026"}
CODE = re.compile(r"<code>([0-9A-Z]{5}-[0-9A-Z]{5})</code>")


def _enrolled(demo, path: str = "/account/two-factor/") -> tuple[list[str], str]:
    client = Client()
    client.force_login(demo["operator"])
    client.get(path)
    device = TOTPDevice.objects.get(user=demo["operator"], confirmed=False)
    response = client.post(path, {"code": _code(device)})
    page = response.content.decode()
    return CODE.findall(page), page


def _sign_in(token: str) -> tuple[Client, int, str]:
    client = Client()
    response = client.post("/accounts/login/", {**CREDS, "otp_token": token})
    return client, response.status_code, response.content.decode()


def test_enrolment_shows_ten_codes_once_and_keeps_only_hashes(demo):
    codes, _page = _enrolled(demo)
    assert len(codes) == 10
    assert len(set(codes)) == 10
    stored = set(StaticToken.objects.values_list("token", flat=True))
    assert len(stored) == 10
    plain = {c.replace("-", "") for c in codes}
    assert not stored & (plain | set(codes))  # never the codes themselves
    logged = str(list(Event.objects.values_list("before", "after", "reason")))
    assert not any(c in logged or c.replace("-", "") in logged for c in codes)
    assert Event.objects.filter(tag="totp.recovery_codes_made").exists()


def test_a_recovery_code_signs_in_once_and_is_used_up(demo):
    codes, _page = _enrolled(demo)
    client, status, _body = _sign_in(codes[3].lower().replace("-", " "))  # as people type it
    assert status == 302
    assert client.get("/admin/").status_code == 200  # verified, as with the authenticator
    assert Event.objects.filter(tag="totp.recovery_code_used").exists()
    _client, again, body = _sign_in(codes[3])
    assert again == 200
    assert 'role="alert"' in body
    assert StaticToken.objects.count() == 9
    page = client.get("/account/").content.decode()
    assert "9 recovery codes left" in page


def test_a_made_up_code_and_a_password_alone_are_refused(demo):
    _enrolled(demo)
    for token in ("ABCDE-FGHJK", "", "1234567890", "x" * 12):
        _client, status, _body = _sign_in(token)
        assert status == 200, token


def test_new_codes_replace_the_old_ones_from_a_verified_session_only(demo):
    old, _page = _enrolled(demo)
    client = totp_client(demo["operator"])
    page = client.post("/account/recovery-codes/").content.decode()
    new = CODE.findall(page)
    assert len(new) == 10
    assert not set(new) & set(old)
    assert _sign_in(new[0])[1] == 302
    assert _sign_in(old[0])[1] == 200  # the old codes stopped working
    unverified = Client()
    unverified.force_login(demo["operator"])
    assert unverified.post("/account/recovery-codes/").status_code == 403


def test_enrolment_returns_to_the_page_that_needed_it(demo):
    client = Client()
    client.force_login(demo["operator"])
    sent = client.get("/cases?state=received")
    assert sent.status_code == 302
    assert sent["Location"] == "/account/two-factor/?next=%2Fcases%3Fstate%3Dreceived"
    codes, page = _enrolled(demo, sent["Location"])
    assert len(codes) == 10
    assert 'href="/cases?state=received"' in page


def test_enrolment_never_sends_anyone_off_the_site(demo):
    codes, page = _enrolled(demo, "/account/two-factor/?next=https://evil.example/x")
    assert len(codes) == 10
    assert 'href="https://evil.example' not in page
    assert 'class="button" href="/account/"' in page
