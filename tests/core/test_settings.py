"""Settings: every one documented, production refuses development secrets."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core import checks

import chainrights.settings
from chainrights.conf import DECLARED, env_bool, env_int

DOCS = Path(__file__).resolve().parents[2] / "docs" / "settings.md"


def test_every_setting_is_documented():
    text = DOCS.read_text()
    missing = [name for name in DECLARED if f"`{name}`" not in text]
    assert missing == []


def test_passwords_are_hashed_with_argon2():
    assert chainrights.settings.PASSWORD_HASHERS[0].endswith("Argon2PasswordHasher")
    from django.contrib.auth.hashers import Argon2PasswordHasher

    encoded = Argon2PasswordHasher().encode("secret", Argon2PasswordHasher().salt())
    assert encoded.startswith("argon2$argon2id$")


def _errors() -> set[str]:
    return {
        m.id
        for m in checks.run_checks(tags=["security"])
        if m.id and m.id.startswith("chainrights")
    }


def test_development_defaults_pass_the_checks(settings):
    assert _errors() == set()


def test_production_with_development_secrets_fails_the_checks(settings):
    settings.PRODUCTION = True
    settings.DEBUG = True
    assert {"chainrights.E001", "chainrights.E002", "chainrights.E003"} <= _errors()


def test_production_with_real_secrets_passes(settings):
    from cryptography.fernet import Fernet

    settings.PRODUCTION = True
    settings.DEBUG = False
    settings.SECRET_KEY = "x" * 50
    settings.DATA_KEYS = [Fernet.generate_key().decode()]
    settings.LOG_KEY = "z" * 40
    assert _errors() == set()


def test_a_malformed_data_key_is_refused(settings):
    settings.DATA_KEYS = ["not-a-key"]
    assert "chainrights.E005" in _errors()


def test_typed_helpers_reject_bad_values(monkeypatch):
    monkeypatch.setenv("CR_TEST_INT", "ten")
    with pytest.raises(ValueError, match="CR_TEST_INT must be an integer"):
        env_int("CR_TEST_INT", 1, "test")
    monkeypatch.setenv("CR_TEST_BOOL", "maybe")
    with pytest.raises(ValueError, match="CR_TEST_BOOL must be true or false"):
        env_bool("CR_TEST_BOOL", False, "test")
    DECLARED.pop("CR_TEST_INT")
    DECLARED.pop("CR_TEST_BOOL")
