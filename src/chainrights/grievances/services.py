"""The grievance mechanism's public face: views, the API and other apps call these names.

The rules live by side: ``intake`` (the complainant files, follows, replies and rates),
``handling`` (the handler's steps, messages, contact reveal, sharing and the brands'
responses), ``unions`` (a union files for its members and follows those cases), ``access``
(who may see or act on a case) and ``reads`` (statistics and the counts other apps read).
Queues, overdue cases and check-ins are queries on ``Case.objects`` (``CaseQuerySet``).
"""

from __future__ import annotations

from chainrights.grievances.access import (
    brands_shown_to,
    linked_brands,
    may_handle,
    responding_brand,
    responses_shown_to,
)
from chainrights.grievances.handling import (
    TRANSITIONS,
    confirm_rights,
    deadline_policy,
    escalate_to_inspectorate,
    evidence_listing,
    facility_candidates,
    handled_case,
    identity_for_inspectorate,
    link_facility,
    message_complainant,
    receiving_operator,
    record_brand_response,
    reveal_contact,
    share_with_supplier,
    transition_case,
    write_public_report,
)
from chainrights.grievances.hooks import (
    Section,
    register_case_section,
    register_status_section,
    register_steps,
)
from chainrights.grievances.intake import (
    MAX_CONTACT,
    MAX_EVIDENCE_BYTES,
    MAX_EVIDENCE_FILES,
    Intake,
    complainant_reply,
    complainant_view,
    file_grievance,
    find_case,
    normalise_code,
    normalise_secret,
    rate_outcome,
    set_identity_consent,
)
from chainrights.grievances.models import MAX_NARRATIVE, RATEABLE
from chainrights.grievances.reads import (
    admissible_cases_about,
    breaches_at_suppliers_of,
    cases_for_register,
    country_statistics,
    rights_open_during,
)
from chainrights.grievances.unions import (
    UnionIntake,
    file_for_members,
    filing_union,
    is_union_member,
    union_case,
    union_cases,
    union_reply,
    union_summary,
    union_view,
)

__all__ = [
    "MAX_CONTACT",
    "MAX_EVIDENCE_BYTES",
    "MAX_EVIDENCE_FILES",
    "MAX_NARRATIVE",
    "RATEABLE",
    "TRANSITIONS",
    "Intake",
    "Section",
    "UnionIntake",
    "admissible_cases_about",
    "brands_shown_to",
    "breaches_at_suppliers_of",
    "cases_for_register",
    "complainant_reply",
    "complainant_view",
    "confirm_rights",
    "country_statistics",
    "deadline_policy",
    "escalate_to_inspectorate",
    "evidence_listing",
    "facility_candidates",
    "file_for_members",
    "file_grievance",
    "filing_union",
    "find_case",
    "handled_case",
    "identity_for_inspectorate",
    "is_union_member",
    "link_facility",
    "linked_brands",
    "may_handle",
    "message_complainant",
    "normalise_code",
    "normalise_secret",
    "rate_outcome",
    "receiving_operator",
    "record_brand_response",
    "register_case_section",
    "register_status_section",
    "register_steps",
    "responding_brand",
    "responses_shown_to",
    "reveal_contact",
    "rights_open_during",
    "set_identity_consent",
    "share_with_supplier",
    "transition_case",
    "union_case",
    "union_cases",
    "union_reply",
    "union_summary",
    "union_view",
    "write_public_report",
]
