"""Background work of the risk app: thin wrappers over ``scoring`` (inline in tests)."""

from __future__ import annotations

from django_tasks import task

from chainrights.core.models import Organisation
from chainrights.risk import scoring


@task()
def recompute_task(buyer_id: int) -> None:
    buyer = Organisation.objects.filter(pk=buyer_id).first()
    if buyer is not None:
        scoring.recompute(buyer)
