"""Scores a buyer's drafts and writes its register: severity (UNGP 14: scale, scope,
irremediable character), likelihood from the evidence, actual before potential, ranked
severity first (UNGP 24, CSDDD art. 9), then likelihood."""

from __future__ import annotations

import math
from typing import Any

from django.db import transaction
from django.utils import timezone

from chainrights.core.models import Organisation, Right
from chainrights.risk import evidence, leverage
from chainrights.risk.models import Involvement, RiskItem, Scope, SeverityOverride, Status
from chainrights.risk.weights import FALLBACK_SEVERITY, SEVERITY, current

SCOPE_BANDS = (0.01, 0.05, 0.2, 0.5)  # share of workers affected → scope 1…5


def default_severity(right: str, codes: set[str]) -> tuple[int, int, int]:
    """The highest default among the item's root right and the indicators its evidence names
    (a fire-safety finding makes an OSH item irremediable)."""
    rows = [SEVERITY.get(c) for c in {right, *codes}]
    known = [r for r in rows if r is not None] or [FALLBACK_SEVERITY]
    return (max(r[0] for r in known), max(r[1] for r in known), max(r[2] for r in known))


def scope_from_share(share: float | None) -> int | None:
    if share is None:
        return None
    return 1 + sum(share > band for band in SCOPE_BANDS)


def severity(draft: evidence.Draft, override: SeverityOverride | None) -> tuple[int, int, int, int]:
    """(scale, scope, irremediability, S) where S = max of the three; the evidence's share of
    workers affected only ever raises the scope; a brand's override, with its reason, wins."""
    if override is not None:
        dims = (override.scale, override.scope, override.irremediability)
    else:
        scale, scope, irremediable = default_severity(
            draft.right, {p["right"] for p in draft.pieces}
        )
        seen = scope_from_share(draft.workers_share)
        dims = (scale, max(scope, seen or 0), irremediable)
    return (*dims, max(dims))


def likelihood(pieces: list[dict[str, Any]], weights: dict[str, float]) -> tuple[float, bool]:
    """L = 1 − Π(1 − w·e) over the pieces; an actual impact is certain (L = 1). Each piece can
    only raise L: a missing input adds nothing and takes nothing away."""
    actual = any(p["actual"] for p in pieces)
    if actual:
        return 1.0, True
    stay = math.prod(1 - min(1.0, weights.get(p["kind"], 0.0) * p["strength"]) for p in pieces)
    return round(1 - stay, 4), False


def rank_key(item: Any) -> tuple[int, int, float, str]:
    """Severity first, then actual before potential, then likelihood (ties: by key)."""
    return (-item.severity, item.status != Status.ACTUAL, -item.likelihood, item.key)


def _suggested(draft: evidence.Draft, facilities: dict[int, Any], buyer: Organisation) -> str:
    if draft.facility_id is not None:
        if facilities.get(draft.facility_id, {}).get("claimed_by_id") == buyer.pk:
            return Involvement.CAUSE  # the buyer's own operations
        if draft.contribute:
            return Involvement.CONTRIBUTE
    return Involvement.LINKED


def score(g: evidence.Gather) -> list[RiskItem]:
    """The register's rows for one buyer, ranked (not yet written)."""
    weights = current()
    overrides = {o.right.code: o for o in SeverityOverride.objects.filter(
        owner_org=g.buyer).select_related("right")}  # fmt: skip
    rights = dict(Right.objects.values_list("code", "pk"))
    levers = leverage.of_buyer(g.buyer, {d.facility_id for d in g.drafts.values()
                                         if d.facility_id is not None})  # fmt: skip
    now = timezone.now()
    items = []
    for d in g.drafts.values():
        if not d.pieces or d.right not in rights:
            continue
        scale, scope, irremediable, s = severity(d, overrides.get(d.right))
        like, actual = likelihood(d.pieces, weights)
        items.append(RiskItem(
            buyer=g.buyer, key=d.key, right_id=rights[d.right], scope=d.scope,
            facility_id=d.facility_id, country=d.country or _country(g, d), product=d.product,
            scale=scale, scope_score=scope, irremediability=irremediable, severity=s,
            likelihood=like, status=Status.ACTUAL if actual else Status.POTENTIAL,
            evidence=_weighed(d.pieces, weights), gaps=sorted(set(d.gaps)),
            suggested_involvement=_suggested(d, g.facilities, g.buyer),
            leverage=levers.get(d.facility_id, {}) if d.facility_id else {}, computed_at=now,
        ))  # fmt: skip
    items.sort(key=rank_key)
    for n, item in enumerate(items, 1):
        item.rank = n
    return items


def _country(g: evidence.Gather, d: evidence.Draft) -> str:
    return str(g.facilities.get(d.facility_id or 0, {}).get("country", ""))


def _weighed(pieces: list[dict[str, Any]], weights: dict[str, float]) -> list[dict[str, Any]]:
    return [
        {**p, "weight": weights.get(p["kind"], 0.0)}
        for p in sorted(pieces, key=lambda p: (not p["actual"], str(p["date"])), reverse=False)
    ]


def recompute(buyer: Organisation) -> int:
    """Rewrite the buyer's register from the evidence now (derived rows: one delete and one
    bulk insert, in a transaction, so a reader sees the old register or the new one)."""
    items = score(evidence.gather(buyer))
    with transaction.atomic():
        RiskItem.objects.filter(buyer=buyer).delete()
        RiskItem.objects.bulk_create(items, batch_size=2000)
    return len(items)


def facilities_without_evidence(buyer: Organisation) -> int:
    """How many of the buyer's facilities no piece of evidence speaks of (a gap, not 'safe')."""
    total = len(evidence.registry.buyer_facilities(buyer))
    seen = RiskItem.objects.filter(buyer=buyer, scope=Scope.FACILITY).values("facility_id")
    return total - seen.distinct().count()
