"""The states app's public face: every write, and every read another app may call."""

from __future__ import annotations

# ---------------------------------------------------------------------------------------------
# Country profiles
from chainrights.states.facts import ECONOMY_CLASSES, INSTRUMENTS, may_enter_facts, set_fact
from chainrights.states.imports import (
    ImportRefused,
    import_country_facts,
    import_ilostat,
    import_listed_goods,
    import_ratifications,
)
from chainrights.states.profiles import (
    country_name,
    coverage,
    known,
    listed_goods,
    overview,
    profile,
    public_contact,
    ratifications,
)
from chainrights.states.shipped import load_shipped_data

__all__ = [
    "ECONOMY_CLASSES",
    "INSTRUMENTS",
    "ImportRefused",
    "country_name",
    "coverage",
    "import_country_facts",
    "import_ilostat",
    "import_listed_goods",
    "import_ratifications",
    "known",
    "listed_goods",
    "load_shipped_data",
    "may_enter_facts",
    "overview",
    "profile",
    "public_contact",
    "ratifications",
    "set_fact",
]

# ---------------------------------------------------------------------------------------------
# Referrals and inspections
