"""Figures other apps provide to reports without reports importing them: an app registers a
function in its ``AppConfig.ready()`` (``reports.services.register_source``), as facility
panels do. ``salient_issues`` is the first: the risk register's ranked issues for a brand.

A provider is called as ``function(organisation, start, end, user)`` and returns a dict with
``value`` (what the report shows), ``records`` (``[{"label", "url"}]``), ``source`` and
``as_of``; when no app registered one, the figure is a visible gap."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Provider = Callable[..., dict[str, Any]]
_PROVIDERS: dict[str, Provider] = {}


def register(name: str, function: Provider) -> None:
    _PROVIDERS[name] = function


def unregister(name: str) -> None:
    _PROVIDERS.pop(name, None)


def provider(name: str) -> Provider | None:
    return _PROVIDERS.get(name)
