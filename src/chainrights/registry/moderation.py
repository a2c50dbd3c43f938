"""People's decisions about what the registry holds: answering a review, merging, unmerging,
splitting a facility, and undoing a row's decision. Each is an audited write with its actor
and reason, and nothing is deleted: the history shows every decision and its undoing."""

from __future__ import annotations

from django.contrib.auth.models import User
from django.db import transaction
from django.utils.translation import gettext as _

from chainrights.core import events
from chainrights.core.events import EventTag
from chainrights.core.refusals import Conflict, Invalid
from chainrights.core.types import AnyUser
from chainrights.matching.decide import Decision
from chainrights.registry import reads
from chainrights.registry.models import DecisionKind, Facility, MatchDecision, SourceRecord


def _facility_of(source: SourceRecord) -> Facility:
    """A new facility (hidden until ``reads.refresh`` says otherwise) for one row."""
    return Facility.objects.create(
        country=source.country, name=source.name, address=source.address,
        lat=source.lat, lng=source.lng, public=False,
    )  # fmt: skip


def decide_review(
    source: SourceRecord, user: User, *, confirm: bool, reason: str = ""
) -> MatchDecision:
    """A person answers a review: the proposed facility is, or is not, this row's facility.

    Rejecting founds a new facility for the row; either answer is remembered for good.
    """
    current = source.current_decision()
    if current is None or current.decision != Decision.REVIEW or current.candidate is None:
        raise Conflict(_("This row is no longer waiting for review."))
    with transaction.atomic(), events.acting_as(user=user, reason=reason or "review answered"):
        if confirm:
            facility, decision = current.candidate.survivor(), Decision.MATCH
        else:
            facility, decision = _facility_of(source), Decision.NEW
        answer = MatchDecision.objects.create(
            source=source, facility=facility, candidate=current.candidate, decision=decision,
            kind=DecisionKind.HUMAN, score=1.0 if confirm else 0.0, decided_by=user,
            reason=reason,
        )  # fmt: skip
        reads.refresh([facility.pk])
        return answer


def merge_facilities(survivor: Facility, merged: Facility, user: AnyUser, reason: str) -> Facility:
    """Fold ``merged`` into ``survivor``: its ID keeps resolving, and the merge can be undone."""
    survivor = survivor.survivor()
    if merged.survivor().pk == survivor.pk:
        raise Conflict("these facilities are already one")
    with transaction.atomic(), events.acting_as(user=user, reason=reason):
        merged.merged_into = survivor
        merged.save()
        events.record(EventTag.FACILITY_MERGED, merged, survivor=survivor.public_id, reason=reason)
        reads.refresh([survivor.pk, merged.pk])
    return survivor


def unmerge_facility(merged: Facility, user: AnyUser, reason: str) -> Facility:
    """Undo a merge: the facility stands on its own again with all its source records."""
    if merged.merged_into_id is None:
        raise Conflict("this facility is not merged")
    with transaction.atomic(), events.acting_as(user=user, reason=reason):
        previous = merged.merged_into
        merged.merged_into = None
        merged.save()
        events.record(
            EventTag.FACILITY_UNMERGED, merged, was=previous.public_id if previous else ""
        )
        reads.refresh([merged.pk] + ([previous.survivor().pk] if previous else []))
    return merged


def split_facility(
    facility: Facility, sources: list[SourceRecord], user: User, reason: str
) -> Facility:
    """Move some source records to a new facility (a person's decision for each)."""
    if not sources:
        raise Invalid("choose the rows that belong to another facility", field="rows")
    with transaction.atomic(), events.acting_as(user=user, reason=reason):
        new = _facility_of(sources[0])
        for source in sources:
            MatchDecision.objects.create(
                source=source, facility=new, candidate=facility, decision=Decision.NEW,
                kind=DecisionKind.HUMAN, score=0.0, decided_by=user, reason=reason,
            )  # fmt: skip
        events.record(EventTag.FACILITY_SPLIT, facility, new=new.public_id, rows=len(sources))
        reads.refresh([facility.survivor().pk, new.pk])
    return new


def undo_review_answer(source: SourceRecord, user: User, reason: str) -> MatchDecision:
    """Take back an answer to a review: the row waits for review again. The list's editors may
    (a wrong click is theirs to mend); any other undo is an operator's."""
    history = list(source.decisions.order_by("-created_at", "-pk")[:2])
    if (len(history) < 2 or history[0].kind != DecisionKind.HUMAN
            or history[1].decision != Decision.REVIEW):  # fmt: skip
        raise Conflict(_("This row has no answer to a review to take back."))
    return undo_decision(source, user, reason)


def undo_decision(source: SourceRecord, user: User, reason: str) -> MatchDecision:
    """Return a row to its previous decision by recording that decision again (nothing is
    deleted: the history shows the decision, its undoing, and who did both)."""
    history = list(source.decisions.order_by("-created_at", "-pk")[:2])
    if len(history) < 2:
        raise Conflict("this row has no earlier decision to return to")
    current, previous = history
    with transaction.atomic(), events.acting_as(user=user, reason=reason):
        again = MatchDecision.objects.create(
            source=source, facility=previous.facility, candidate=previous.candidate,
            decision=previous.decision, kind=DecisionKind.HUMAN, score=previous.score,
            evidence=previous.evidence, model_version=previous.model_version, decided_by=user,
            reason=reason,
        )  # fmt: skip
        events.record(EventTag.DECISION_UNDONE, source, undone=current.pk, restored=previous.pk)
        touched = [d.facility.survivor().pk for d in (current, previous) if d.facility]
        reads.refresh(touched)
    return again
