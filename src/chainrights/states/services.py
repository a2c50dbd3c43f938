"""The states app's public face: every write, and every read another app may call."""

from __future__ import annotations

# ---------------------------------------------------------------------------------------------
# Country profiles
# ---------------------------------------------------------------------------------------------
# Referrals and inspections (``referrals``, ``inspections``, ``imports``, ``reads``): the names
# the views, the API and other apps call.
from chainrights.states import imports, inspections, reads, referrals

ReferralDraft = referrals.ReferralDraft
refer_case = referrals.refer_case
move_referral = referrals.move_referral
identity = referrals.identity
inspectorates_for = referrals.inspectorates_for
referral_for = referrals.referral_for
referrals_for = referrals.referrals_for
referral_view = reads.referral_view
record_inspection = inspections.record
import_inspections = imports.import_file
inspection_for = inspections.inspection_for
inspection_view = inspections.inspection_view
inspections_for = inspections.inspections_for
country_summary = inspections.country_summary
default_visibility = inspections.default_visibility
set_default_visibility = inspections.set_default_visibility
visibility_defaults = inspections.visibility_defaults
violated_rights = inspections.violated_rights
