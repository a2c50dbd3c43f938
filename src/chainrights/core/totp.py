"""TOTP enrolment for staff, on top of django-otp's TOTP devices, and recovery codes for the
day the phone is lost, on top of its static devices (each code works once)."""

from __future__ import annotations

import base64
import hashlib
import secrets
from typing import TYPE_CHECKING
from urllib.parse import urlencode

import segno
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from chainrights.core import events
from chainrights.core.events import EventTag
from chainrights.core.types import AuthedRequest
from chainrights.core.visibility import is_operator

if TYPE_CHECKING:
    from django.contrib.auth.models import User

RECOVERY_CODES = 10
RECOVERY_DEVICE = "recovery codes"
# Crockford's base32 without the letters people misread (no I, L, O, U)
RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


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


def _plain(code: str) -> str:
    """A recovery code as typed (any case, dashes or spaces) reduced to its characters."""
    return "".join(c for c in (code or "").upper() if c.isalnum())


def _stored(code: str) -> str:
    """What is kept of a recovery code: the start of its SHA-256, never the code (django-otp's
    static tokens are plain text and 16 characters at most). A code carries 50 random bits."""
    return hashlib.sha256(_plain(code).encode()).hexdigest()[:16]


def make_recovery_codes(user: User) -> list[str]:
    """Ten new one-time codes, shown once; any earlier ones stop working."""
    codes = []
    for _n in range(RECOVERY_CODES):
        raw = "".join(secrets.choice(RECOVERY_ALPHABET) for _c in range(10))
        codes.append(f"{raw[:5]}-{raw[5:]}")
    with transaction.atomic(), events.acting_as(user=user, reason="recovery codes made"):
        StaticDevice.objects.filter(user=user, name=RECOVERY_DEVICE).delete()
        device = StaticDevice.objects.create(user=user, name=RECOVERY_DEVICE, confirmed=True)
        StaticToken.objects.bulk_create(StaticToken(device=device, token=_stored(c))
                                        for c in codes)  # fmt: skip
        events.record(EventTag.RECOVERY_CODES_MADE, user, codes=len(codes))
    return codes


def recovery_device(user: User) -> StaticDevice | None:
    return StaticDevice.objects.filter(user=user, name=RECOVERY_DEVICE, confirmed=True).first()


def recovery_codes_left(user: User) -> int:
    device = recovery_device(user)
    return device.token_set.count() if device is not None else 0


def looks_like_recovery_code(code: str) -> bool:
    plain = _plain(code)
    return len(plain) == 10 and not plain.isdigit()


def use_recovery_code(user: User, code: str) -> StaticDevice | None:
    """The recovery device when ``code`` is one of the user's unused codes (it is used up);
    None otherwise. django-otp throttles wrong tries as for TOTP codes."""
    device = recovery_device(user)
    if device is None or not looks_like_recovery_code(code):
        return None
    if not device.verify_token(_stored(code)):
        return None
    with events.acting_as(user=user, reason="signed in with a recovery code"):
        events.record(EventTag.RECOVERY_CODE_USED, user, left=device.token_set.count())
    return device


def enrol_first(request: HttpRequest) -> HttpResponse:
    """Send someone who needs a second factor to enrol, and back here afterwards."""
    return redirect(f"{reverse('two-factor')}?{urlencode({'next': request.get_full_path()})}")


def safe_next(request: HttpRequest, default: str) -> str:
    """The page asked for before enrolment, if it is on this site; else ``default``."""
    wanted = request.POST.get("next") or request.GET.get("next") or ""
    ok = url_has_allowed_host_and_scheme(wanted, allowed_hosts={request.get_host()},
                                         require_https=request.is_secure())  # fmt: skip
    return wanted if wanted and ok else default
