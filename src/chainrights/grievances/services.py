"""The grievance mechanism's public face: views, the API and other apps call these names.

The rules live by side: ``intake`` (the complainant files, follows, replies and rates),
``handling`` (the handler's steps, messages, contact reveal, sharing and the brands'
responses), ``unions`` (a union files for its members and follows those cases), ``access``
(who may see or act on a case) and ``reads`` (statistics and the counts other apps read).
Queues, overdue cases and check-ins are queries on ``Case.objects`` (``CaseQuerySet``).
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

from django.conf import settings
from django.db.models import Prefetch

from chainrights.core.types import AnyUser
from chainrights.grievances import reads
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
    evidence_file,
    evidence_listing,
    evidence_prefetch,
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
from chainrights.grievances.models import MAX_NARRATIVE, RATEABLE, Case, Channel, Contact, State
from chainrights.grievances.reads import (
    admissible_cases_about,
    breaches_at_suppliers_of,
    cases_for_register,
    country_statistics,
    filter_cases,
    remedy_timing_at_suppliers_of,
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
    "case_figures",
    "cases_for_register",
    "complainant_reply",
    "complainant_view",
    "confirm_rights",
    "country_statistics",
    "deadline_policy",
    "escalate_to_inspectorate",
    "evidence_file",
    "evidence_listing",
    "evidence_prefetch",
    "facility_candidates",
    "file_for_members",
    "file_grievance",
    "filing_union",
    "filter_cases",
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
    "remedy_timing_at_suppliers_of",
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


def case_figures(user: AnyUser, start: date, end: date) -> dict[str, Any]:
    """What a report or a brand's effectiveness page may say of the cases ``user`` may see that
    were received between ``start`` and ``end``: counts only, every cell (the total too)
    below ``GRIEVANCE_MIN_CELL`` suppressed, and the Principle 31 measures of those cases."""
    cases = Case.objects.visible_to(user).filter(
        received_at__date__gte=start, received_at__date__lte=end
    )
    rows = list(cases.values_list("reference", "state", "channel", "rights"))
    floor = settings.GRIEVANCE_MIN_CELL
    admissible = [r for r in rows if r[1] in _ADMITTED]
    remedied = [r for r in admissible if r[1] in (State.VERIFIED, State.CLOSED)]
    return {
        "total": len(rows) if len(rows) >= floor else None,
        "minimum_cell": floor,
        "references": [r[0] for r in rows] if len(rows) >= floor else [],
        "by_state": _labelled(reads.suppress(Counter(r[1] for r in rows)), State),
        "by_channel": _labelled(reads.suppress(Counter(r[2] for r in rows)), Channel),
        "by_right": reads.suppress(Counter(x for r in rows for x in r[3])),
        "admissible": len(admissible) if len(admissible) >= floor else None,
        "remedied": len(remedied) if len(admissible) >= floor else None,
        "effectiveness": reads.effectiveness(start.year, _without_secrets(cases))
        if len(rows) >= floor
        else None,
    }


def _without_secrets(cases: Any) -> Any:
    """The cases without their narratives (nothing to decrypt), with only the key of their
    contact row, in one query: the measures ask ``hasattr(case, "contact")`` of every case."""
    return cases.defer("narrative", "secret_hash").prefetch_related(
        Prefetch("contact", queryset=Contact.objects.only("pk", "case"))
    )


def _labelled(rows: list[dict[str, Any]], choices: Any) -> list[dict[str, Any]]:
    return [{**r, "label": str(choices(r["key"]).label)} for r in rows]


_ADMITTED = {State.ADMISSIBLE, State.INVESTIGATION, State.PLAN_AGREED, State.REMEDIATED,
             State.VERIFIED, State.CLOSED, State.ESCALATED}  # fmt: skip
