"""The states app's public face: every write, and every read another app may call."""

from __future__ import annotations

# ---------------------------------------------------------------------------------------------
# Country profiles


# ---------------------------------------------------------------------------------------------
# Referrals and inspections
