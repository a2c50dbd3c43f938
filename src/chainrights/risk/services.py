"""The risk app's public face: every write, and every read another app may call (the reports
app reads published salient issues here)."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from chainrights.core import events, refusals
from chainrights.core.models import Organisation, Right
from chainrights.risk import assessments, leverage, scoring
from chainrights.risk.access import brand_of, items_for
from chainrights.risk.models import Publication, RiskItem, SeverityOverride
from chainrights.risk.reads import item_view, register
from chainrights.risk.weights import DEFAULT_WEIGHTS, SEVERITY, set_weight

decide = leverage.decide
set_relationship = leverage.set_relationship
recompute = scoring.recompute
assessments_for = assessments.assessments_for

__all__ = [
    "DEFAULT_WEIGHTS",
    "SEVERITY",
    "assessments_for",
    "brand_of",
    "decide",
    "item_view",
    "items_for",
    "override_severity",
    "publish",
    "recompute",
    "register",
    "salient_issues",
    "set_relationship",
    "set_weight",
]


def _dimension(value: Any, name: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 5:
        raise refusals.Invalid(f"{name} is a whole number from 1 to 5.", field=name)
    return value


def override_severity(user: User, right: Right, *, scale: int, scope: int,
                      irremediability: int, reason: str) -> SeverityOverride:  # fmt: skip
    """The brand judges a right's severity otherwise than the default, with its reason
    (logged)."""
    brand = brand_of(user, editing=True)
    if brand is None:
        raise refusals.NotAllowed("Only a brand's admins and editors judge its severities.")
    dims = {n: _dimension(v, n) for n, v in (("scale", scale), ("scope", scope),
                                             ("irremediability", irremediability))}  # fmt: skip
    if not reason.strip():
        raise refusals.Invalid("Say why the severity differs from the default.", field="reason")
    with transaction.atomic(), events.acting_as(user, brand, "severity judged"):
        row, _ = SeverityOverride.objects.update_or_create(
            owner_org=brand, right=right,
            defaults={**dims, "reason": reason.strip()[:2000], "set_by": user,
                      "set_at": timezone.now()})  # fmt: skip
    return row  # the register recomputes once this commits (``signals``)


def publish(user: User, published: bool) -> Publication:
    """The brand publishes (or withdraws) its salient issues: the public sees its items."""
    brand = brand_of(user, editing=True)
    if brand is None:
        raise refusals.NotAllowed("Only a brand's admins and editors publish its register.")
    with (
        transaction.atomic(),
        events.acting_as(
            user, brand, "salient issues published" if published else "salient issues withdrawn"
        ),
    ):
        row, _ = Publication.objects.update_or_create(
            buyer=brand, defaults={"published": published, "changed_at": timezone.now()}
        )
    return row


def salient_issues(buyer: Organisation) -> list[dict[str, Any]]:
    """The published register's rights, most severe first (empty unless published)."""
    if not Publication.objects.filter(buyer=buyer, published=True).exists():
        return []
    out: dict[str, dict[str, Any]] = {}
    for item in RiskItem.objects.filter(buyer=buyer).select_related("right").order_by("rank"):
        row = out.setdefault(item.right.code, {"right": item.right.code, "name": item.right.name,
                                               "severity": item.severity, "items": 0,
                                               "actual": 0})  # fmt: skip
        row["items"] += 1
        row["actual"] += item.status == "actual"
    return list(out.values())
