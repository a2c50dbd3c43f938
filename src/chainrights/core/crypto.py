"""Field encryption at rest with keys from the environment (``CHAINRIGHTS_DATA_KEY``).

Grievance narratives, complainants' contact details and evidence are stored as Fernet tokens
(AES-128-CBC with HMAC-SHA256, cryptography's audited recipe). ``MultiFernet`` takes the keys
newest first: it encrypts with the newest and decrypts with any, so a key can be rotated by
adding a new one in front and running ``chainrights rotate-data-key``, which re-encrypts every
stored value with it before the old key is retired.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.apps import apps
from django.conf import settings
from django.db import models, transaction

from chainrights.core import events


@lru_cache(maxsize=4)
def _cipher(keys: tuple[str, ...]) -> MultiFernet:
    return MultiFernet([Fernet(k.encode()) for k in keys])


def cipher() -> MultiFernet:
    return _cipher(tuple(settings.DATA_KEYS))


def encrypt_bytes(data: bytes) -> bytes:
    return cipher().encrypt(data)


def decrypt_bytes(token: bytes) -> bytes:
    try:
        return cipher().decrypt(bytes(token))
    except InvalidToken as exc:  # a value written with a key that is no longer configured
        raise InvalidToken("stored value cannot be decrypted with the configured keys") from exc


def rotate(token: bytes) -> bytes:
    """The same plaintext under the newest key."""
    return cipher().rotate(bytes(token))


class EncryptedTextField(models.BinaryField):  # type: ignore[type-arg]  # no runtime generic
    """Text that is encrypted on its way to the database and decrypted on its way back.

    Python code sees plain ``str``; the database (and any dump of it) holds only the token.
    Models list such fields in ``audit_exclude`` so the event log records ``<redacted>``.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("editable", True)
        kwargs.setdefault("default", b"")
        super().__init__(*args, **kwargs)

    def from_db_value(self, value: Any, expression: Any, connection: Any) -> str | None:
        if value is None:
            return None
        return decrypt_bytes(bytes(value)).decode("utf-8")

    def to_python(self, value: Any) -> Any:
        return value

    def get_db_prep_value(self, value: Any, connection: Any, prepared: bool = False) -> Any:
        if value is None:
            return None
        if isinstance(value, str):
            value = value.encode("utf-8")
        value = encrypt_bytes(bytes(value))
        return super().get_db_prep_value(value, connection, prepared)

    def value_to_string(self, obj: Any) -> str:
        return "<encrypted>"


class EncryptedBinaryField(models.BinaryField):  # type: ignore[type-arg]  # no runtime generic
    """Bytes (an evidence file) encrypted at rest; Python code sees the plain bytes."""

    def from_db_value(self, value: Any, expression: Any, connection: Any) -> bytes | None:
        return None if value is None else decrypt_bytes(bytes(value))

    def get_db_prep_value(self, value: Any, connection: Any, prepared: bool = False) -> Any:
        if value is None:
            return None
        return super().get_db_prep_value(encrypt_bytes(bytes(value)), connection, prepared)

    def value_to_string(self, obj: Any) -> str:
        return "<encrypted>"


def rotate_all() -> dict[str, int]:
    """Re-encrypt every row of every model with an encrypted field under the newest key.

    Each row is loaded (decrypting with whichever configured key wrote it) and saved again
    (encrypting with the newest), in one transaction per model; the event log records nothing
    because no plaintext changes.
    """

    counts: dict[str, int] = {}
    for model in apps.get_models():
        fields = [
            f.name
            for f in model._meta.concrete_fields
            if isinstance(f, EncryptedTextField | EncryptedBinaryField)
        ]
        if not fields:
            continue
        n = 0
        with transaction.atomic(), events.acting_as(system="rotate-data-key", reason="key rotated"):
            for obj in model._default_manager.all().iterator(chunk_size=500):
                obj.save(update_fields=fields)
                n += 1
        counts[model._meta.label] = n
    return counts
