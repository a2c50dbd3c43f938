"""Scores a buyer's drafts and writes its register: severity (UNGP 14: scale, scope,
irremediable character), likelihood from the evidence, actual before potential, ranked
severity first (UNGP 24, CSDDD art. 9), then likelihood."""

from __future__ import annotations

import math
from typing import Any

from django.db import connections, transaction
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
        items.append(_item({
            "id": None, "buyer_id": g.buyer.pk, "key": d.key, "right_id": rights[d.right],
            "scope": d.scope, "facility_id": d.facility_id,
            "country": d.country or _country(g, d), "product": d.product, "scale": scale,
            "scope_score": scope, "irremediability": irremediable, "severity": s,
            "likelihood": like, "status": Status.ACTUAL if actual else Status.POTENTIAL,
            "evidence": _weighed(d.pieces, weights), "gaps": sorted(set(d.gaps)),
            "suggested_involvement": _suggested(d, g.facilities, g.buyer),
            "leverage": levers.get(d.facility_id, {}) if d.facility_id else {}, "rank": 0,
            "computed_at": now,
        }))  # fmt: skip
    items.sort(key=rank_key)
    for n, item in enumerate(items, 1):
        item.rank = n
    return items


def _item(values: dict[str, Any]) -> RiskItem:
    """A row from every column, passed in column order: Django's keyword path, field by field
    through the descriptors, took most of the scoring of a large register."""
    model: Any = RiskItem  # the stubs know the keyword form only
    return model(*[values[f.attname] for f in RiskItem._meta.concrete_fields])


def _country(g: evidence.Gather, d: evidence.Draft) -> str:
    return str(g.facilities.get(d.facility_id or 0, {}).get("country", ""))


def _weighed(pieces: list[dict[str, Any]], weights: dict[str, float]) -> list[dict[str, Any]]:
    return [
        {**p, "weight": weights.get(p["kind"], 0.0)}
        for p in sorted(pieces, key=lambda p: (not p["actual"], str(p["date"])), reverse=False)
    ]


def recompute(buyer: Organisation) -> int:
    """Rewrite the buyer's register from the evidence now (derived rows: one delete and one
    bulk insert, in a transaction, so a reader sees the old register or the new one). The
    delete is one statement: the event log's delete receivers listen to every model, which
    would make Django load each row first, yet they ignore ``RiskItem`` (not logged) and
    nothing points at it."""
    items = score(evidence.gather(buyer))
    with transaction.atomic():
        old = RiskItem.objects.filter(buyer=buyer)
        old._raw_delete(old.db)
        _insert(items)
    return len(items)


def _insert(items: list[RiskItem]) -> None:
    """The register's rows in one ``executemany``. ``bulk_create`` sends every value of every
    row through its field and, on SQLite, 999 parameters a statement: most of a recompute. Here
    only the JSON and date columns go through their field (the values are the same)."""
    fields = [f for f in RiskItem._meta.concrete_fields if not f.primary_key]
    db = connections[RiskItem.objects.db]
    typed = {"JSONField", "DateTimeField"}
    prep = [f.get_db_prep_save if f.get_internal_type() in typed else None for f in fields]
    quote = db.ops.quote_name
    sql = (f"INSERT INTO {quote(RiskItem._meta.db_table)} "  # noqa: S608 (names from the model)
           f"({', '.join(quote(f.column) for f in fields)}) "
           f"VALUES ({', '.join(['%s'] * len(fields))})")  # fmt: skip
    names = [(f.attname, p) for f, p in zip(fields, prep, strict=True)]
    rows = [[p(getattr(item, a), db) if p else getattr(item, a) for a, p in names]
            for item in items]  # fmt: skip
    with db.cursor() as cursor:
        cursor.executemany(sql, rows)


def facilities_without_evidence(buyer: Organisation) -> int:
    """How many of the buyer's facilities no piece of evidence speaks of (a gap, not 'safe')."""
    total = len(evidence.registry.buyer_facilities(buyer))
    seen = RiskItem.objects.filter(buyer=buyer, scope=Scope.FACILITY).values("facility_id")
    return total - seen.distinct().count()
