"""Every default the register uses, in one place (``docs/risk.md`` lists them with reasons):
severity per right, the weight of each kind of evidence, and the operator's overrides."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from chainrights.core import events, refusals
from chainrights.core.types import AnyUser
from chainrights.core.visibility import is_operator
from chainrights.risk.models import Weight

# (scale, scope, irremediability), 1–5, per right code; a child right without its own row
# takes its root's. Forced labour, child labour and fatal OSH hazards are irremediable (5).
SEVERITY = {
    "forced-labour": (5, 3, 5),
    "child-labour": (5, 3, 5),
    "worst-forms-of-child-labour": (5, 3, 5),
    "occupational-safety-and-health": (4, 3, 4),
    "building-and-fire-safety": (5, 4, 5),
    "freedom-of-association": (4, 3, 3),
    "violence-and-harassment": (4, 2, 4),
    "non-discrimination": (3, 3, 3),
    "wages": (3, 3, 2),
    "working-hours": (3, 3, 2),
    "social-security": (3, 3, 2),
    "employment-relationship": (2, 3, 2),
    "access-to-remedy": (3, 2, 3),
    "land-and-environment": (4, 4, 4),
}
FALLBACK_SEVERITY = (3, 3, 3)

# The weight w of each kind of evidence in L = 1 − Π(1 − w·e). Actual impacts set L = 1.
DEFAULT_WEIGHTS: dict[str, float] = {
    "finding_open": 0.6,  # an audit finding without a verified corrective action (actual)
    "finding_repeat": 0.3,  # the same right found again at the next audit
    "action_overdue": 0.3,  # a corrective action past its deadline
    "finding_closed": 0.15,  # a finding whose actions were all verified (history)
    "finding_vanished": 0.3,  # a finding gone from the next audit, no action verified
    "audit_no_interviews": 0.2,  # an audit that interviewed no worker
    "audit_on_site_only": 0.1,  # workers interviewed only at the workplace
    "audit_always_announced": 0.1,  # every audit of the facility announced in advance
    "audit_firm_outlier": 0.15,  # the audit's firm finds sharply fewer issues than its peers
    "inspection_violation": 0.6,  # a public labour-inspection violation (actual)
    "case_admissible": 0.7,  # an admissible grievance (actual)
    "case_pending": 0.3,  # a grievance not yet decided admissible
    "case_reprisal": 0.5,  # a reprisal reported in a grievance
    "case_rate": 0.3,  # cases per 1,000 workers, e = rate / threshold (at most 1)
    "listed_good": 0.5,  # the product on the US DoL List of Goods for the country
    "coverage_low": 0.3,  # labour inspectors below the ILO benchmark, e = 1 − ratio
    "unratified": 0.2,  # a fundamental ILO convention on the right not ratified
    "ituc": 0.3,  # ITUC Global Rights Index rating 4, 5 or 5+ (freedom of association)
    "short_lead_time": 0.2,  # the buyer's orders with a short lead time, e = share
    "late_change": 0.2,  # the buyer's late order changes, e = share
    "late_payment": 0.15,  # the buyer's late payments, e = share
    "below_living_wage_cost": 0.3,  # itemised labour cost below a living wage, e = share
}
CASES_PER_1000 = 5.0  # the case rate at which "case_rate" counts in full (e = 1)


def current() -> dict[str, float]:
    """The defaults with the operator's overrides applied."""
    weights = dict(DEFAULT_WEIGHTS)
    weights.update(dict(Weight.objects.values_list("kind", "weight")))
    return weights


def set_weight(user: AnyUser, kind: str, weight: float, reason: str) -> Weight:
    """An operator changes one weight, with a reason (logged); registers recompute."""
    if not is_operator(user):
        raise refusals.NotAllowed("Only the platform's operators set evidence weights.")
    if kind not in DEFAULT_WEIGHTS:
        raise refusals.Invalid(f"{kind[:40]!r} is not a kind of evidence", field="kind")
    if not 0 <= weight <= 1:
        raise refusals.Invalid("A weight lies between 0 and 1.", field="weight")
    if not reason.strip():
        raise refusals.Invalid("Say why the weight changes.", field="reason")
    with transaction.atomic(), events.acting_as(user=user, reason=reason[:200]):
        row, _ = Weight.objects.update_or_create(
            kind=kind, defaults={"weight": weight, "reason": reason, "set_by": user,
                                 "set_at": timezone.now()})  # fmt: skip
    return row
