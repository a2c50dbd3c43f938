"""System checks that refuse to run production with development settings."""

from __future__ import annotations

from typing import Any

from cryptography.fernet import Fernet
from django.conf import settings
from django.core.checks import Error, Tags, Warning, register


@register(Tags.security, deploy=False)
def production_secrets(app_configs: Any = None, **kwargs: Any) -> list[Error]:
    errors: list[Error] = []
    for key in settings.DATA_KEYS:
        try:
            Fernet(key.encode())
        except (ValueError, TypeError):
            errors.append(
                Error(
                    "CHAINRIGHTS_DATA_KEY holds a value that is not a Fernet key.",
                    hint="Generate one with `chainrights generate-data-key`.",
                    id="chainrights.E005",
                )
            )
    if not settings.PRODUCTION:
        return errors
    if settings.SECRET_KEY == settings.DEV_SECRET_KEY or len(settings.SECRET_KEY) < 40:
        errors.append(
            Error(
                "SECRET_KEY is the development default (or shorter than 40 characters).",
                hint="Set SECRET_KEY in the environment to a long random value.",
                id="chainrights.E001",
            )
        )
    if settings.DEV_DATA_KEY in settings.DATA_KEYS:
        errors.append(
            Error(
                "CHAINRIGHTS_DATA_KEY is the public development key.",
                hint="Set CHAINRIGHTS_DATA_KEY from `chainrights generate-data-key`; keep it "
                "outside the database and its backups.",
                id="chainrights.E002",
            )
        )
    if settings.DEBUG:
        errors.append(Error("DEBUG is on in production.", id="chainrights.E003"))
    if settings.LOG_KEY == settings.DEV_LOG_KEY or len(settings.LOG_KEY) < 32:
        errors.append(
            Error(
                "CHAINRIGHTS_LOG_KEY is the development default (or shorter than 32 characters).",
                hint="Set CHAINRIGHTS_LOG_KEY to a long random value (`chainrights "
                "generate-data-key` prints one); keep it outside the database and its backups.",
                id="chainrights.E006",
            )
        )
    return errors


@register(Tags.database, deploy=False)
def production_database(app_configs: Any = None, **kwargs: Any) -> list[Warning]:
    engine = settings.DATABASES["default"]["ENGINE"]
    if settings.PRODUCTION and engine != "django.db.backends.postgresql":
        return [
            Warning(
                "Production on SQLite works for one small site only; PostgreSQL is the system "
                "of record.",
                hint="Set DATABASE_URL=postgres://…",
                id="chainrights.W001",
            )
        ]
    return []
