"""Signal receivers: when evidence changes (an audit, its finding or corrective action, a
case's step, an inspection violation, a buyer's order, change or payment, a merge of two
facility records), the registers of the
buyers it touches are recomputed in the background, after the write commits. Models are named
by label ("audits.Finding"), so no other app's models are imported; a buyer without a register
yet gets one when it first opens it, so other apps' writes cost nothing until then."""

from __future__ import annotations

import threading
from typing import Any, cast

from django.db import transaction
from django.db.models.signals import post_save

from chainrights.registry import services as registry
from chainrights.risk.evidence import facility_model
from chainrights.risk.models import Relationship, RiskItem, SeverityOverride, Weight

# label → how to reach (facility id, buyer id or None) from the saved row
FACILITY_OF = {
    "audits.Audit": lambda row: (row.facility_id, None),  # its quality signals
    # a merge: the merged ID's records now count for the survivor's buyers
    "registry.Facility": lambda row: (row.merged_into_id, None),
    "audits.Finding": lambda row: (_audit_facility(row.audit_id), None),
    "audits.Action": lambda row: (_finding_facility(row.finding_id), None),
    "grievances.Transition": lambda row: (row.case.facility_id, None),
    "states.Violation": lambda row: (row.inspection.facility_id, None),
    "purchasing.PurchaseOrder": lambda row: (row.facility_id, row.buyer_id),
    "purchasing.OrderChange": lambda row: (row.order.facility_id, row.order.buyer_id),
    "purchasing.Payment": lambda row: (row.order.facility_id, row.order.buyer_id),
}


def _audit_facility(audit_id: int) -> int | None:
    model: Any = RiskItem._meta.apps.get_model("audits", "Audit")
    return model.objects.filter(pk=audit_id).values_list("facility_id", flat=True).first()


def _finding_facility(finding_id: int) -> int | None:
    model: Any = RiskItem._meta.apps.get_model("audits", "Finding")
    return model.objects.filter(pk=finding_id).values_list("audit__facility_id",
                                                           flat=True).first()  # fmt: skip


def buyers_touched(facility_id: int | None, buyer_id: int | None) -> set[int]:
    """Buyers with a register whose facilities include this one (or the order's buyer)."""
    if facility_id is None and buyer_id is None:
        return set()  # a facility saved without a merge: no query
    with_register = set(RiskItem.objects.values_list("buyer_id", flat=True).distinct())
    if buyer_id is not None:
        return {buyer_id} & with_register
    facility = facility_model().objects.filter(pk=facility_id).first()
    if facility is None:
        return set()
    return {b.pk for b in registry.sourcing_brands(facility)} & with_register


# Buyers whose register waits for the current transaction to commit, per thread: a write of
# many rows (an import of 5 audits saves every audit, finding and action) asks for each buyer's
# recompute once, not once per row (122 for 5 audits, bench.core.dashboard found).
_WAITING = threading.local()


def _waiting() -> set[int]:
    if not hasattr(_WAITING, "buyers"):
        _WAITING.buyers = set()
    return cast(set[int], _WAITING.buyers)


def _flush() -> None:
    from chainrights.risk.tasks import recompute_task  # noqa: PLC0415  (tasks import scoring)

    waiting = _waiting()
    buyers = sorted(waiting)
    waiting.clear()
    for buyer_id in buyers:
        recompute_task.enqueue(buyer_id)


def enqueue(buyer_ids: set[int]) -> None:
    """Recompute these buyers' registers after the write commits, each once however many
    rows of the transaction touched it. (A rolled-back transaction's buyers stay waiting and
    are recomputed after the next commit: a recompute more, never one less.)"""
    if not buyer_ids:
        return
    _waiting().update(buyer_ids)
    transaction.on_commit(_flush)


def evidence_saved(sender: Any, instance: Any, **kwargs: Any) -> None:
    if kwargs.get("raw"):
        return  # fixtures and restores
    label = f"{sender._meta.app_label}.{sender.__name__}"
    facility_id, buyer_id = FACILITY_OF[label](instance)
    enqueue(buyers_touched(facility_id, buyer_id))


def decision_saved(sender: Any, instance: Any, **kwargs: Any) -> None:
    """A brand's severity judgement or relationship, or an operator's weight, changed."""
    if kwargs.get("raw"):
        return
    if isinstance(instance, Weight):
        enqueue(set(RiskItem.objects.values_list("buyer_id", flat=True).distinct()))
    else:
        enqueue({instance.owner_org_id})


def connect() -> None:
    for label in FACILITY_OF:
        post_save.connect(evidence_saved, sender=label, dispatch_uid=f"risk:{label}")
    for model in (Relationship, SeverityOverride, Weight):
        post_save.connect(decision_saved, sender=model, dispatch_uid=f"risk:{model.__name__}")
