"""What the audits API takes: audits and findings in the import's JSON shape (checked by the
import's own code, so these declare only types and sizes), edits, sharing, corrective actions
and capacity building."""

from __future__ import annotations

from datetime import date
from typing import Any

from ninja import Field

from chainrights.audits.models import Publication
from chainrights.core.models import Visibility
from chainrights.core.schemas import JsonIn


class FindingIn(JsonIn):
    """A finding as the import's JSON writes it (docs/audits-format.md); checked by the same
    code as an import, so every problem names its field."""

    number: Any = None
    right: str = ""
    severity: str = Field("", description="the scheme's own word, e.g. SMETA 'non-compliance'")
    description: str = ""
    evidence: str = ""
    workers_affected: Any = None
    commitments: list[str] = Field(default_factory=list, description="CODE_ID:NUMBER")
    actions: list[dict[str, Any]] = Field(default_factory=list)


class AuditIn(JsonIn):
    """An audit as the import's JSON writes it (docs/audits-format.md). Values are checked by
    the import's own code, so every problem comes back naming its field."""

    reference: str = ""
    facility_id: str = Field("", description="chainrights ID, or an OS/DUNS/LEI ID")
    scheme: str = Field("", description="smeta, amfori_bsci, sa8000, wrap, slcp, better_work, "
                                        "brand, worker_driven or other")  # fmt: skip
    audit_type: str = Field("", description="announced, semi_announced or unannounced")
    start_date: str = ""
    end_date: str = ""
    person_days: Any = None
    auditor_firm: str = ""
    auditors: list[str] = Field(default_factory=list, max_length=50)
    languages: list[str] = Field(default_factory=list, max_length=50)
    interviews_on_site_women: Any = None
    interviews_on_site_men: Any = None
    interviews_on_site_other: Any = None
    interviews_off_site_women: Any = None
    interviews_off_site_men: Any = None
    interviews_off_site_other: Any = None
    commissioned_by: str = ""
    paid_by: str = ""
    visibility: str = "private"
    publication: str = "summary"
    summary: str = ""
    share_with: list[str] = Field(default_factory=list, max_length=50)
    findings: list[FindingIn] = Field(default_factory=list, max_length=500)


class AuditPatch(JsonIn):
    """Any of the import's audit fields (not the facility or scheme); checked like an import."""

    reference: str | None = None
    audit_type: str | None = None
    start_date: str | None = None
    end_date: str | None = None
    person_days: Any = None
    auditor_firm: str | None = None
    auditors: list[str] | None = Field(None, max_length=50)
    languages: list[str] | None = Field(None, max_length=50)
    interviews_on_site_women: Any = None
    interviews_on_site_men: Any = None
    interviews_on_site_other: Any = None
    interviews_off_site_women: Any = None
    interviews_off_site_men: Any = None
    interviews_off_site_other: Any = None
    commissioned_by: str | None = None
    paid_by: str | None = None
    visibility: Visibility | None = None
    publication: Publication | None = None
    summary: str | None = Field(None, max_length=10_000)
    reason: str = Field("audit edited", max_length=500)


class ShareIn(JsonIn):
    organisations: list[str] = Field(default_factory=list, max_length=50)
    sourcing_brands: bool = False


class ActionIn(JsonIn):
    description: str = Field(..., min_length=1, max_length=10_000)
    deadline: date
    owner: str = Field("supplier", pattern="^(supplier|brand|both)$")
    root_cause_kind: str = "unknown"
    root_cause: str = Field("", max_length=10_000)
    brand_contribution: str = Field("", max_length=10_000)


class ActionPatch(JsonIn):
    status: str | None = Field(None, pattern="^(open|in_progress|done)$")
    note: str = Field("", max_length=2000, description="why (required when the deadline moves)")
    description: str | None = Field(None, max_length=10_000)
    deadline: date | None = None
    root_cause_kind: str | None = None
    root_cause: str | None = Field(None, max_length=10_000)
    brand_contribution: str | None = Field(None, max_length=10_000)


class FindingPatch(JsonIn):
    right: str | None = None
    severity: str | None = None
    description: str | None = None
    evidence: str | None = None
    workers_affected: Any = None
    commitments: list[str] | None = None
    reason: str = Field("finding corrected", max_length=500)


class VerifyIn(JsonIn):
    verified: bool = True
    method: str = "document_review"
    note: str = Field(..., min_length=1, max_length=10_000)


class CommentIn(JsonIn):
    text: str = Field(..., min_length=1, max_length=4000)


class Participants(JsonIn):
    role: str = Field(..., pattern="^(workers|supervisors|managers|committee_members)$")
    women: int = Field(0, ge=0, le=100_000)
    men: int = Field(0, ge=0, le=100_000)
    other: int = Field(0, ge=0, le=100_000)


class ActivityIn(JsonIn):
    facility_id: str = Field(..., max_length=60)
    kind: str
    title: str = Field(..., min_length=1, max_length=200)
    description: str = Field("", max_length=10_000)
    rights: list[str] = Field(default_factory=list, max_length=20)
    provider: str = Field("", max_length=200)
    start_date: date
    end_date: date | None = None
    participants: list[Participants] = Field(default_factory=list, max_length=10)
    actions: list[int] = Field(default_factory=list, max_length=100)
    public: bool = False


class MeetingIn(JsonIn):
    held_on: date
    worker_members: int = Field(..., ge=0, le=1000)
    management_members: int = Field(..., ge=0, le=1000)
    women: int = Field(0, ge=0, le=2000)
    minutes: str = Field("", max_length=10_000)


class TrainingIn(JsonIn):
    """A training of a labour inspectorate's inspectors: participants as counts by gender.
    Operator staff name the inspectorate; an inspectorate's editors may leave it out."""

    inspectorate_id: int | None = Field(None, ge=1)
    title: str = Field(..., min_length=1, max_length=200)
    topic: str = Field("", max_length=200)
    rights: list[str] = Field(default_factory=list, max_length=40)
    provider: str = Field("", max_length=200)
    start_date: date
    end_date: date | None = None
    women: int = Field(0, ge=0, le=100_000)
    men: int = Field(0, ge=0, le=100_000)
    other: int = Field(0, ge=0, le=100_000)
    description: str = Field("", max_length=10_000)
    public: bool = True
