"""What every CSV or workbook the platform writes shares."""

from __future__ import annotations

from typing import Any


def defuse(value: Any) -> Any:
    """A cell a spreadsheet would run as a formula, written as text instead (CSV injection)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value
