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

from django.db.models import Q, QuerySet

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
from chainrights.registry.models import Facility, MatchDecision, SupplierList
from chainrights.registry.moderation import (
    decide_review,
    merge_facilities,
    split_facility,
    undo_decision,
    undo_review_answer,
    unmerge_facility,
)
from chainrights.registry.processing import human_decisions, process_list
from chainrights.registry.reads import (
    current_decisions,
    decisions_with_previous,
    facility_families,
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
    "buyer_facilities",
    "claim_facility",
    "claimant_organisation",
    "current_decisions",
    "decide_claim",
    "decide_review",
    "decisions_with_previous",
    "facilities_of",
    "facility_candidates",
    "facility_families",
    "facility_family",
    "facility_history",
    "facility_sources",
    "find_facility",
    "forget_registry_index",
    "human_decisions",
    "is_operator_editor",
    "known_facilities",
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
    "public_co_buyers",
    "readable_sources",
    "registry_index",
    "resolve_facility",
    "resolve_facility_for",
    "retry_list",
    "search",
    "sourcing_brands",
    "split_facility",
    "undo_decision",
    "undo_review_answer",
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


def known_facilities(user: AnyUser | None) -> QuerySet[Facility]:
    """The facilities ``user`` may know exist (``registry.visibility``), for other apps to
    narrow their records by: a facility only private lists name stays unknown to strangers."""
    return visibility.visible_facilities(Facility.objects.all(), user)


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


def _in_force(lists: QuerySet[SupplierList]) -> dict[int, tuple[int, int]]:
    """Source id → (survivor facility id, owner organisation id) of the rows of ``lists``
    (newest version of each list only) whose decision in force names a facility."""
    newest = lists.exclude(pk__in=SupplierList.objects.exclude(previous=None).values("previous"))
    decisions = (
        MatchDecision.objects.filter(source__supplier_list__in=newest.values("pk"))
        .order_by("source_id", "created_at", "pk")
        .values_list("source_id", "facility_id", "source__supplier_list__owner_org_id")
    )
    latest: dict[int, tuple[int | None, int]] = {}
    for source_id, facility_id, owner_id in decisions.iterator(chunk_size=5000):
        latest[source_id] = (facility_id, owner_id)
    merged = dict(Facility.objects.exclude(merged_into=None).values_list("pk", "merged_into_id"))
    out: dict[int, tuple[int, int]] = {}
    for source_id, (facility_id, owner_id) in latest.items():
        seen = set()
        while facility_id in merged and facility_id not in seen:
            seen.add(facility_id)
            facility_id = merged[facility_id]
        if facility_id is not None:
            out[source_id] = (facility_id, owner_id)
    return out


def buyer_facilities(buyer: Organisation) -> set[int]:
    """The facilities (survivors) the buyer's own supplier lists name now, public or private:
    the buyer's own knowledge, for its risk register."""
    found = _in_force(SupplierList.objects.filter(owner_org=buyer))
    return {facility_id for facility_id, _owner in found.values()}


def public_co_buyers(facility_ids: set[int]) -> dict[int, set[int]]:
    """Facility → the brands whose PUBLIC lists name it now. A private list never counts, so
    no co-buyer count discloses one."""
    lists = SupplierList.objects.filter(visibility="public", owner_org__kind="brand")
    out: dict[int, set[int]] = {}
    for facility_id, owner_id in _in_force(lists).values():
        if facility_id in facility_ids:
            out.setdefault(facility_id, set()).add(owner_id)
    return out


def listed_facilities(organisation: Organisation) -> QuerySet[Facility]:
    """The facilities (survivors) the organisation's own supplier lists name: for its reports
    and scorecard. The same join as grievances' ``breaches_at_suppliers_of``."""
    return Facility.objects.filter(
        decisions__source__supplier_list__owner_org=organisation, merged_into__isnull=True
    ).distinct()


def facilities_of(organisation_ids: set[int]) -> QuerySet[Facility]:
    """The facilities (survivors) these organisations run or name on their own lists, by
    name: what their people choose from on a form instead of typing an ID."""
    return (
        Facility.objects.filter(
            Q(claimed_by_id__in=organisation_ids)
            | Q(decisions__source__supplier_list__owner_org_id__in=organisation_ids),
            merged_into__isnull=True,
        )
        .distinct()
        .order_by("name", "pk")
    )


def lists_of(organisation: Organisation) -> list[dict[str, Any]]:
    """The organisation's supplier lists: id, name, as-of date, visibility, uploaded, status."""
    return list(
        SupplierList.objects.filter(owner_org=organisation)
        .order_by("-created_at")
        .values("id", "name", "as_of", "visibility", "created_at", "status")
    )
