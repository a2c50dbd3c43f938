"""Inspection records (this module is written by the referrals-and-inspections work)."""

from __future__ import annotations

from typing import Any


def country_summary(iso2: str) -> dict[str, Any]:
    """The public figures of the inspections recorded on chainrights in one country, for its
    profile page."""
    return {"count": 0}
