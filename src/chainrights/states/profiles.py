"""Country profiles (this module is written by the country-profiles work)."""

from __future__ import annotations


def public_contact(iso2: str) -> dict[str, str] | None:
    """The country's labour inspectorate's public contact from its profile (keys ``name``,
    ``contact``, ``source``, ``as_of``), or None when the profile holds none."""
    return None
