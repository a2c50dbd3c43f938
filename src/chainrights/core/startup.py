"""Start-up guard shared by `chainrights serve` and the WSGI entry point."""

from __future__ import annotations

from django.conf import settings
from django.core import checks
from django.core.exceptions import ImproperlyConfigured


def refuse_unsafe_production() -> None:
    """Raise if production would run with development secrets or debug on."""
    if not settings.PRODUCTION:
        return
    failures = [m for m in checks.run_checks(tags=["security"]) if m.is_serious()]
    if failures:
        lines = "\n".join(f"{m.id}: {m.msg} {m.hint or ''}" for m in failures)
        raise ImproperlyConfigured(f"chainrights refuses to start in production:\n{lines}")
