"""The read side of referrals that pages, the API and the grievances pages share: what the
inspectorate reads of a referral, the complainant's steps, the sections of the case and
status pages."""

from __future__ import annotations

import mimetypes
from typing import Any, cast

from django.contrib.auth.models import User
from django.http import HttpResponse
from django.utils.translation import gettext_lazy as _

from chainrights.core.types import AnyUser
from chainrights.core.visibility import is_operator
from chainrights.grievances import services as grievances
from chainrights.states import access, profiles
from chainrights.states.models import Referral, ReferralState
from chainrights.states.referrals import TRANSITIONS, inspectorates_for

CONFIDENTIAL_NOTICE = _(
    "ILO Convention 81, Art. 15(c): treat the source of this complaint as absolutely "
    "confidential, and do not tell the employer that a visit follows a complaint."
)


def referral_view(referral: Referral, user: AnyUser | None) -> dict[str, Any]:
    """What the inspectorate (and the handler) read of a referral: what the handler chose to
    send, the steps and what comes next, never the complainant's name or contact (those come
    only through ``referrals.identity``, while the complainant consents)."""
    facility = referral.facility
    return {
        "id": referral.pk,
        "state": referral.state,
        "state_label": str(ReferralState(referral.state).label),
        "inspectorate": referral.inspectorate.name if referral.inspectorate else None,
        "country": referral.country,
        "facility": None
        if facility is None
        else {
            "id": facility.public_id,
            "name": facility.name,
            "address": facility.address,
            "country": facility.country,
        },
        "summary": referral.summary,
        "rights": referral.rights,
        "period_start": referral.period_start,
        "period_end": referral.period_end,
        "evidence": grievances.evidence_listing(referral.case, referral.evidence_ids),
        "sent_at": referral.sent_at,
        "due_at": referral.due_at,
        "overdue": referral.is_overdue,
        "closed_at": referral.closed_at,
        "identity_shared": referral.case.identity_shareable,
        "inspection_id": referral.inspection_id,
        "next_states": [
            {"state": s, "label": str(ReferralState(s).label)}
            for s in TRANSITIONS.get(referral.state, ())
        ],
        "steps": [
            {
                "state": s.to_state,
                "label": str(ReferralState(s.to_state).label),
                "at": s.created_at,
                "reason": s.reason,
            }
            for s in referral.steps.all()
        ],
        "confidential": str(CONFIDENTIAL_NOTICE),
    }


def complainant_steps(case: Any) -> list[dict[str, Any]]:
    """The referral's steps among the case's, in the complainant's language (the labels are
    translated when the page renders)."""
    referral = Referral.objects.filter(case=case).first()
    if referral is None:
        return []
    return [
        {"state": s.to_state, "label": str(ReferralState(s.to_state).label),
         "at": s.created_at, "reason": s.reason}
        for s in referral.steps.all()
        if s.to_state != ReferralState.SENT  # the case's own "escalated" step says so
    ]  # fmt: skip


def case_section(case: Any, user: AnyUser, handler: bool) -> grievances.Section | None:
    """On the handler's case page: the referral's progress, or the form to refer the case.
    Nobody else reading the case (a brand it is shared with, the supplier, who is the
    employer) learns that an inspection may follow (ILO C81 Art. 15(c)); operator staff who
    do not handle cases read the progress but cannot act."""
    if not handler and not is_operator(user):
        return None
    referral = Referral.objects.filter(case=case).first()
    if referral is not None:
        return grievances.Section("states/inspections/_case_referral.html", {
            "case": case, "referral": referral_view(referral, user),
            "may_move": handler and access.may_move(referral, cast(User, user)),
            "public_contact": _contact(referral.country) if referral.inspectorate_id is None
            else None,
        })  # fmt: skip
    if not handler:
        return None
    country = case.facility.country if case.facility_id else case.country
    return grievances.Section("states/inspections/_case_refer.html", {
        "case": case, "country": country, "inspectorates": inspectorates_for(country),
        "public_contact": _contact(country),
        "evidence": grievances.evidence_listing(case),
        "rights": sorted(set(case.rights) | set(case.suggested_rights)),
    })  # fmt: skip


def _contact(country: str) -> dict[str, str] | None:
    return profiles.public_contact(country) if country else None


def status_section(case: Any) -> grievances.Section | None:
    """On the complainant's status page, once the case is referred: whether the inspectorate
    may learn who they are (default no), which they may change at any time."""
    referral = Referral.objects.filter(case=case).first()
    if referral is None:
        return None
    return grievances.Section("states/inspections/_status_identity.html", {
        "shareable": case.identity_shareable, "state_label": str(
            ReferralState(referral.state).label),
    })  # fmt: skip


def evidence_response(found: tuple[str, bytes], referral: Referral, evidence_id: int) -> Any:
    """A referral's evidence file as a download (page and API alike): an attachment the
    browser never sniffs into a page, named by number, never by the worker's file name."""
    content_type, content = found
    response = HttpResponse(content, content_type="application/octet-stream")
    suffix = mimetypes.guess_extension(content_type.split(";")[0].strip()) or ""
    response["Content-Disposition"] = (
        f'attachment; filename="referral-{referral.pk}-evidence-{evidence_id}{suffix}"'
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response
