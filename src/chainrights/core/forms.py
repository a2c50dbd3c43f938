"""Forms of the core app."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.contrib.auth.models import User
from django_otp import user_has_device
from django_otp.forms import OTPAuthenticationFormMixin
from django_otp.plugins.otp_totp.models import TOTPDevice

from chainrights.core.totp import confirmed_device, use_recovery_code


class LoginForm(OTPAuthenticationFormMixin, AuthenticationForm):  # type: ignore[misc]  # django-otp
    """Username and password, plus the TOTP code (or one recovery code) for accounts that
    enrolled a device."""

    otp_device = forms.CharField(required=False, widget=forms.HiddenInput)
    otp_token = forms.CharField(required=False, max_length=12)  # or a recovery code
    otp_challenge = forms.CharField(required=False, widget=forms.HiddenInput)

    def _chosen_device(self, user: User) -> TOTPDevice | None:
        """The form has no device picker: staff have one authenticator each."""
        return confirmed_device(user)

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        user = self.user_cache
        if user is not None and user_has_device(user):
            recovered = use_recovery_code(user, self.cleaned_data.get("otp_token", ""))
            if recovered is not None:  # a recovery code instead of the authenticator's
                user.otp_device = recovered  # type: ignore[attr-defined]  # django-otp's
            else:
                self.clean_otp(user)
        return cleaned
