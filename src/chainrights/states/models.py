"""Country profiles, labour inspection records and referrals from grievance cases."""

from __future__ import annotations

# ---------------------------------------------------------------------------------------------
# Country profiles: ratifications, ILOSTAT inspection figures, entered facts, listed goods


# ---------------------------------------------------------------------------------------------
# Referrals from grievance cases, and inspection records
