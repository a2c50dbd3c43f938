"""The registry's public face: what the views, the API and other apps call.

The work is done in one module per concern: ``uploads`` (receiving a list), ``processing``
(deciding its rows), ``index`` (the worker's warm matching index), ``moderation`` (people's
decisions: reviews, merges, splits, undo), ``reads`` (summaries and what lists and
facilities hold), ``candidates`` (what a free-text description may mean) and ``search``
with ``wordindex`` (finding facilities by words in any script, with slips). Other apps
import only this module (and ``registry.panels``): it also re-exports who may know a facility
(``registry.visibility``), claims (``registry.claims``) and search.
"""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from chainrights.core import events
from chainrights.core.models import Event, Organisation
from chainrights.core.types import AnyUser
from chainrights.matching import Index
from chainrights.registry import visibility
from chainrights.registry.candidates import CANDIDATES_PER_WORD, facility_candidates
from chainrights.registry.claims import ClaimError, claimant_organisation, is_operator_editor
from chainrights.registry.claims import claim as claim_facility
from chainrights.registry.claims import decide as decide_claim
from chainrights.registry.index import WARM
from chainrights.registry.models import Facility, SupplierList
from chainrights.registry.moderation import (
    decide_review,
    merge_facilities,
    split_facility,
    undo_decision,
    unmerge_facility,
)
from chainrights.registry.processing import human_decisions, process_list
from chainrights.registry.reads import (
    current_decisions,
    facility_family,
    facility_sources,
    list_changes,
    list_facilities,
    resolve_facility,
    sourcing_brands,
)
from chainrights.registry.search import Filters, ordered, search, workplace_candidates
from chainrights.registry.uploads import (
    retry_list,
    upload_list,
    uploader_organisation,
)
from chainrights.registry.visibility import (
    brands_known_to,
    may_know,
    organisations_shown_to,
    readable_sources,
)
from chainrights.registry.visibility import find as find_facility
from chainrights.registry.visibility import resolve as resolve_facility_for

__all__ = [
    "CANDIDATES_PER_WORD",
    "ClaimError",
    "Filters",
    "brands_known_to",
    "claim_facility",
    "claimant_organisation",
    "current_decisions",
    "decide_claim",
    "decide_review",
    "facility_candidates",
    "facility_family",
    "facility_history",
    "facility_sources",
    "find_facility",
    "forget_registry_index",
    "human_decisions",
    "is_operator_editor",
    "list_changes",
    "list_facilities",
    "listed_facilities",
    "lists_of",
    "may_know",
    "merge_facilities",
    "merged_here",
    "ordered",
    "organisations_shown_to",
    "process_list",
    "readable_sources",
    "registry_index",
    "resolve_facility",
    "resolve_facility_for",
    "retry_list",
    "search",
    "sourcing_brands",
    "split_facility",
    "undo_decision",
    "unmerge_facility",
    "upload_list",
    "uploader_organisation",
    "workplace_candidates",
]


def registry_index() -> Index:
    """The worker's index of the registry, brought up to date (see ``registry.index``)."""
    return WARM.current()


def forget_registry_index() -> None:
    """Drop the worker's warm index; the next list rebuilds it (tests, benchmarks)."""
    WARM.invalidate()


def facility_history(facility: Facility, limit: int = 20) -> list[Event]:
    """The facility's latest events, newest first (its page shows them)."""
    return events.history(facility, limit=limit)


def merged_here(survivor: Facility, user: AnyUser) -> QuerySet[Facility]:
    """The facilities merged into ``survivor`` whose IDs ``user`` may know, by ID."""
    return visibility.merged_known(survivor, user).order_by("public_id")


def facility_by_id(public_id: str) -> Facility | None:
    """The facility a typed public ID names, followed through merges, or None."""
    found = Facility.by_id(public_id)
    return found.survivor() if found is not None else None


def claimant_of(facility_id: int) -> Organisation | None:
    """The organisation with a verified claim to the facility (where merges led), or None."""
    facility = Facility.objects.filter(pk=facility_id).first()
    return facility.survivor().claimed_by if facility is not None else None


def public_count_in(country: str) -> int:
    """How many facilities anyone may know of in a country (each merged family once); a
    facility that only private lists name is never counted, so no count discloses it."""
    return Facility.objects.filter(country=country, public=True, merged_into__isnull=True).count()


def listed_facilities(organisation: Organisation) -> QuerySet[Facility]:
    """The facilities (survivors) the organisation's own supplier lists name: for its reports
    and scorecard. The same join as grievances' ``breaches_at_suppliers_of``."""
    return Facility.objects.filter(
        decisions__source__supplier_list__owner_org=organisation, merged_into__isnull=True
    ).distinct()


def lists_of(organisation: Organisation) -> list[dict[str, Any]]:
    """The organisation's supplier lists: id, name, as-of date, visibility, uploaded, status."""
    return list(
        SupplierList.objects.filter(owner_org=organisation)
        .order_by("-created_at")
        .values("id", "name", "as_of", "visibility", "created_at", "status")
    )
