"""TOTP enrolment for staff, on top of django-otp's TOTP devices."""

from __future__ import annotations

import base64
from typing import TYPE_CHECKING

import segno
from django.db import transaction
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from chainrights.core import events
from chainrights.core.events import EventTag
from chainrights.core.types import AuthedRequest
from chainrights.core.visibility import is_operator

if TYPE_CHECKING:
    from django.contrib.auth.models import User


def confirmed_device(user: User) -> TOTPDevice | None:
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def must_enrol(user: User) -> bool:
    """Operator staff see complainants' words and moderate the registry, and Django staff run
    the admin: they must sign in (and get API tokens) with a TOTP code."""
    return bool(user.is_staff) or is_operator(user)


def needs_second_factor(user: User) -> bool:
    """Whether this account's sign-ins, and so its tokens, must have passed a TOTP check."""
    return must_enrol(user) or confirmed_device(user) is not None


def verify(device: TOTPDevice, code: str) -> bool:
    """The device's current code; each code works once and wrong ones slow further tries
    (django-otp's throttling)."""
    code = (code or "").strip()
    return code.isdigit() and len(code) <= 8 and bool(device.verify_token(code))


def pending_device(user: User) -> TOTPDevice:
    """The unconfirmed device being enrolled (one per user), created on first visit."""
    device, _ = TOTPDevice.objects.get_or_create(
        user=user, confirmed=False, defaults={"name": "authenticator"}
    )
    return device


def base32_secret(device: TOTPDevice) -> str:
    return base64.b32encode(device.bin_key).decode().rstrip("=")


def qr_svg(device: TOTPDevice) -> str:
    """An inline SVG of the otpauth:// URI (no external QR service, no JavaScript)."""
    return str(segno.make(device.config_url, error="m").svg_inline(scale=4))


def confirm(request: AuthedRequest, device: TOTPDevice, code: str) -> bool:
    """Confirm enrolment with a current code; replaces any earlier device."""
    if not code.isdigit() or not device.verify_token(code):
        return False
    with transaction.atomic(), events.acting_as(user=request.user, reason="TOTP enrolled"):
        TOTPDevice.objects.filter(user=request.user, confirmed=True).delete()
        device.confirmed = True
        device.save()
        events.record(EventTag.TOTP_ENROLLED, request.user)
    otp_login(request, device)
    return True
