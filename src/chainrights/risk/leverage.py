"""Involvement and leverage (UNGP 19): what the buyer's relationship with a facility gives it
to act with, what response the principles recommend, and what the brand decided and why."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from chainrights.core import events, refusals
from chainrights.core.models import Membership, Organisation, Role
from chainrights.registry import services as registry
from chainrights.risk.models import Involvement, ItemDecision, Relationship, Response, Status

FULL_SHARE = 30  # % of a facility's output at which the share counts in full
FULL_YEARS = 5  # years of relationship at which duration counts in full
FULL_CO_BUYERS = 3  # co-buyers at which collective leverage counts in full
LOW_LEVERAGE = 0.34


def of_buyer(buyer: Organisation, facility_ids: set[int]) -> dict[int, dict[str, Any]]:
    """Per facility: share of output, years, co-buyers named on PUBLIC lists only (a private
    list never tells who else buys), collective schemes, and an index 0–1 over the parts
    known (an unknown part is listed as a gap, not counted as zero)."""
    relations = {r.facility_id: r for r in Relationship.objects.filter(
        owner_org=buyer, facility_id__in=facility_ids)}  # fmt: skip
    co = registry.public_co_buyers(facility_ids)
    names = dict(Organisation.objects.filter(pk__in={o for s in co.values() for o in s})
                 .values_list("pk", "name"))  # fmt: skip
    today = timezone.localdate()
    return {pk: _lever(relations.get(pk), sorted(names[o] for o in co.get(pk, set())
                                                  if o != buyer.pk), today)
            for pk in facility_ids}  # fmt: skip


def _lever(rel: Relationship | None, co_buyers: list[str], today: date) -> dict[str, Any]:
    share = rel.share_of_output if rel else None
    years = round((today - rel.since).days / 365.25, 1) if rel and rel.since else None
    schemes = list(rel.schemes) if rel else []
    parts = {
        "share": None if share is None else min(1.0, share / FULL_SHARE),
        "years": None if years is None else min(1.0, years / FULL_YEARS),
        "co_buyers": min(1.0, len(co_buyers) / FULL_CO_BUYERS),
        "schemes": 1.0 if schemes else 0.0,
    }
    known = [v for v in parts.values() if v is not None]
    return {
        "share_of_output": share, "years": years, "co_buyers": co_buyers, "schemes": schemes,
        "index": round(sum(known) / len(known), 2),
        "gaps": [k for k in ("share", "years") if parts[k] is None],
    }  # fmt: skip


def recommend(status: str, involvement: str, lever: dict[str, Any]) -> dict[str, Any]:
    """The response UNGP 19 points to: cause → cease and prevent, remediate what happened;
    contribute → cease the contribution and use leverage on the rest; directly linked → use
    leverage, or increase it (with the co-buyers) where it is low. Exit is never the first
    answer: only after weighing the harm leaving would do to the workers."""
    steps = []
    if status == Status.ACTUAL:
        steps.append(Response.REMEDIATE)
    if involvement in (Involvement.CAUSE, Involvement.CONTRIBUTE):
        steps.append(Response.PREVENT)
    if involvement != Involvement.CAUSE:
        steps.append(Response.USE_LEVERAGE)
    index = lever.get("index")
    low = index is not None and index < LOW_LEVERAGE
    return {"steps": [str(s) for s in steps], "increase": low and involvement == Involvement.LINKED,
            "partners": lever.get("co_buyers", [])}  # fmt: skip


def _editor_of(user: User, buyer: Organisation) -> None:
    if not Membership.objects.filter(user=user, organisation=buyer,
                                     role__in=[Role.ADMIN, Role.EDITOR]).exists():  # fmt: skip
        raise refusals.NotAllowed("Only the brand's admins and editors decide on its register.")


def decide(user: User, item: Any, *, involvement: str = "", involvement_reason: str = "",
           response: str = "", response_reason: str = "", partners: list[str] | None = None
           ) -> ItemDecision:  # fmt: skip
    """A person confirms the involvement and records the response chosen, each with a reason;
    partners must be co-buyers the item names (from public lists)."""
    _editor_of(user, item.buyer)
    if involvement and involvement not in Involvement.values:
        raise refusals.Invalid("Choose cause, contribute or directly linked.", field="involvement")
    if involvement and not involvement_reason.strip():
        raise refusals.Invalid("Say why this is the involvement.", field="involvement_reason")
    if response and response not in Response.values:
        raise refusals.Invalid("Choose one of the responses.", field="response")
    if response and not response_reason.strip():
        raise refusals.Invalid("Say why this response.", field="response_reason")
    if not involvement and not response:
        raise refusals.Invalid("Decide the involvement, the response or both.", field="response")
    allowed = set(item.leverage.get("co_buyers", []))
    partners = [p for p in (partners or []) if p]
    if set(partners) - allowed:
        raise refusals.Invalid("Name only co-buyers the item lists.", field="partners")
    return _store(user, item, involvement, involvement_reason, response, response_reason,
                  partners)  # fmt: skip


def _store(user: User, item: Any, involvement: str, why_involved: str, response: str,
           why_response: str, partners: list[str]) -> ItemDecision:  # fmt: skip
    with transaction.atomic(), events.acting_as(user, item.buyer, "risk item decided"):
        row = ItemDecision.objects.filter(owner_org=item.buyer, key=item.key).first()
        row = row or ItemDecision(owner_org=item.buyer, key=item.key)
        if involvement:
            row.involvement, row.involvement_reason = involvement, why_involved.strip()[:2000]
        if response:
            row.response, row.response_reason = response, why_response.strip()[:2000]
            row.partners = partners
        row.decided_by, row.decided_at = user, timezone.now()
        row.save()
    return row


def set_relationship(user: User, buyer: Organisation, facility: Any, *,
                     share_of_output: int | None, since: date | None, schemes: list[str],
                     source: str = "") -> Relationship:  # fmt: skip
    """The brand states its share of the facility's output, since when, and the schemes."""
    _editor_of(user, buyer)
    if share_of_output is not None and not 0 <= share_of_output <= 100:
        raise refusals.Invalid("A share of output is a percentage, 0–100.", field="share_of_output")
    if since is not None and since > timezone.localdate():
        raise refusals.Invalid("The relationship cannot start in the future.", field="since")
    with transaction.atomic(), events.acting_as(user, buyer, "relationship stated"):
        row, _ = Relationship.objects.update_or_create(
            owner_org=buyer, facility=facility,
            defaults={"share_of_output": share_of_output, "since": since,
                      "schemes": [s.strip()[:120] for s in schemes if s.strip()][:20],
                      "source": source[:300]})  # fmt: skip
    return row
