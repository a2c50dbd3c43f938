"""The states app's public face: every write, and every read another app may call."""

from __future__ import annotations

# ---------------------------------------------------------------------------------------------
# Country profiles
from chainrights.states.facts import ECONOMY_CLASSES, INSTRUMENTS, may_enter_facts, set_fact
from chainrights.states.imports import (
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
# Referrals and inspections (``referrals``, ``inspections``, ``imports``, ``reads``): the names
# the views, the API and other apps call.
from chainrights.states import imports_inspections, inspections, reads_inspections, referrals

ReferralDraft = referrals.ReferralDraft
refer_case = referrals.refer_case
move_referral = referrals.move_referral
identity = referrals.identity
inspectorates_for = referrals.inspectorates_for
referral_for = referrals.referral_for
referrals_for = referrals.referrals_for
referral_view = reads_inspections.referral_view
evidence_file = referrals.evidence_file
evidence_response = reads_inspections.evidence_response
record_inspection = inspections.record
import_inspections = imports_inspections.import_file
inspection_for = inspections.inspection_for
inspection_view = inspections.inspection_view
inspection_views = inspections.inspection_views
inspections_for = inspections.inspections_for
country_summary = inspections.country_summary
default_visibility = inspections.default_visibility
set_default_visibility = inspections.set_default_visibility
visibility_defaults = inspections.visibility_defaults
violated_rights = inspections.violated_rights
