"""TOTP for staff: enrolment, sign-in with a code, and the admin behind it."""

from __future__ import annotations

import re

from django.test import Client
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from chainrights.core.models import Event


def _code(device: TOTPDevice, offset: int = 0) -> str:
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits, drift=offset):06d}"


def _enrol(client: Client) -> TOTPDevice:
    page = client.get("/account/two-factor/").content.decode()
    assert "<svg" in page
    assert re.search(r'<code class="secret">[A-Z2-7]{32}</code>', page)
    device = TOTPDevice.objects.get(confirmed=False)
    response = client.post("/account/two-factor/", {"code": _code(device)})
    assert response.status_code == 200  # the recovery codes, shown once
    assert "recovery-codes" in response.content.decode()
    device.refresh_from_db()
    return device


def test_staff_enrol_totp_and_then_reach_the_admin(demo):
    client = Client()
    client.force_login(demo["operator"])
    assert client.get("/admin/").status_code == 302
    device = _enrol(client)
    assert device.confirmed
    assert client.get("/admin/").status_code == 200
    assert Event.objects.filter(tag="totp.enrolled", actor_label="operator").exists()


def test_a_wrong_code_does_not_enrol(demo):
    client = Client()
    client.force_login(demo["operator"])
    client.get("/account/two-factor/")
    response = client.post("/account/two-factor/", {"code": "000000"})
    assert response.status_code == 200
    assert "not valid" in response.content.decode()
    assert not TOTPDevice.objects.filter(confirmed=True).exists()


def test_once_enrolled_sign_in_needs_the_current_code(demo):
    enrolling = Client()
    enrolling.force_login(demo["operator"])
    device = _enrol(enrolling)
    creds = {"username": "operator", "password": "operator-demo-2026"}

    without = Client().post("/accounts/login/", creds)
    assert without.status_code == 200
    assert "OTP token" in without.content.decode()

    client = Client()
    device.refresh_from_db()
    response = client.post("/accounts/login/", {**creds, "otp_token": _code(device, offset=1)})
    assert response.status_code == 302, re.findall(r"<li>(.*?)</li>", response.content.decode())
    assert client.get("/admin/").status_code == 200


def test_accounts_without_a_device_sign_in_with_a_password_alone(demo):
    client = Client()
    response = client.post("/accounts/login/", {"username": "union", "password": "union-demo-2026"})
    assert response.status_code == 302
