"""Typed helpers that read settings from the environment.

Every helper records the variable it read in ``DECLARED`` so that a test can
check that ``docs/settings.md`` documents each one (an undocumented setting
fails the suite).
"""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Declared:
    name: str
    default: str
    help: str


DECLARED: dict[str, Declared] = {}


def _declare(name: str, default: object, help: str) -> str | None:
    DECLARED[name] = Declared(name, str(default), help)
    return os.environ.get(name)


def env_str(name: str, default: str, help: str) -> str:
    value = _declare(name, default, help)
    return default if value is None or value == "" else value


def env_int(name: str, default: int, help: str) -> int:
    value = _declare(name, default, help)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError as exc:
        raise ValueError(f"{name} must be an integer, got {value!r}") from exc


def env_bool(name: str, default: bool, help: str) -> bool:
    value = _declare(name, default, help)
    if value is None or value == "":
        return default
    lowered = value.strip().lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off"}:
        return False
    raise ValueError(f"{name} must be true or false, got {value!r}")


def env_list(name: str, default: list[str], help: str) -> list[str]:
    value = _declare(name, ",".join(default), help)
    if value is None or value.strip() == "":
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]
