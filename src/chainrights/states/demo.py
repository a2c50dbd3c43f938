"""Demo data of the states app: country profiles, the demo inspectorate's referral and
inspections."""

from __future__ import annotations

# ---------------------------------------------------------------------------------------------
# Country profiles


def load_demo_countries() -> dict[str, int]:
    return {}


# ---------------------------------------------------------------------------------------------
# Referrals and inspections


def load_demo_inspections() -> dict[str, int]:
    return {}
