"""The upload limits of supplier lists (``core.uploads``): how many of an organisation's lists
are in progress, and the worker's first read of a list in a capped child process, so a
hostile file fails its list with a reason before the worker itself parses it."""

from __future__ import annotations

import tempfile
from pathlib import Path

from django.conf import settings

from chainrights.core import events, uploads
from chainrights.matching.io import InputError, load_rows
from chainrights.registry.models import ListStatus, SupplierList


def in_progress(organisation_id: int) -> int:
    return SupplierList.objects.filter(
        owner_org_id=organisation_id, status__in=[ListStatus.QUEUED, ListStatus.PROCESSING]
    ).count()


def _read(filename: str, content: bytes) -> str | None:
    """Runs in the capped child: read the whole list as the worker will; why not, or None."""
    suffix = Path(filename).suffix.lower() or ".csv"
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"upload{suffix}"
        path.write_bytes(content)
        try:
            load_rows(path, max_rows=settings.MAX_LIST_ROWS, max_cells=settings.MAX_UPLOAD_CELLS)
        except InputError as exc:
            return str(exc).replace(path.name, filename)
    return None


def refuse_unreadable(list_id: int) -> bool:
    """Mark a queued list failed, with the reason, when it cannot be read within the limits
    (cells, memory, time); True when it was. A list already being processed is left alone
    (it was read once; processing resumes)."""
    item = SupplierList.objects.select_related("owner_org").get(pk=list_id)
    if item.status != ListStatus.QUEUED:
        return False
    try:
        reason = uploads.run_capped(_read, item.filename, bytes(item.content))
    except uploads.Refused as exc:
        reason = f"{item.filename}: {exc}"
    if reason is None:
        return False
    with events.acting_as(system="matching", organisation=item.owner_org, reason="list refused"):
        item.status = ListStatus.FAILED
        item.failure = reason
        item.save()
    return True
