"""Processing an uploaded list: parse it, then decide every row against the registry.

Every good row becomes a source record (what the contributor said) and a match decision (why
it belongs where it does). Rows are written in chunks of one transaction each, so progress
shows and a crash resumes where it stopped; a row is never half-written.
"""

from __future__ import annotations

import logging
import tempfile
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import transaction

from chainrights.core import events
from chainrights.matching import HumanDecisions, Matcher, Record
from chainrights.matching.decide import Decision
from chainrights.matching.io import InputError, RowError, load_rows
from chainrights.registry import chunks, reads
from chainrights.registry.index import WARM
from chainrights.registry.models import (
    DecisionKind,
    Facility,
    ListStatus,
    MatchDecision,
    SupplierList,
)

CHUNK = 250
logger = logging.getLogger(__name__)
Row = tuple[int, Record, dict[str, str]]


class Superseded(Exception):
    """Another run took this list over (its task was re-queued after a lost heartbeat); this
    run stops without writing, and the newer one carries on from the last committed chunk."""


def process_list(list_id: int, *, chunk: int = CHUNK) -> SupplierList:
    """Parse, validate, match and decide every row of one uploaded list.

    Rows are written in chunks, one transaction each, so the list's page can show progress
    and a crash loses at most one chunk: running this again resumes after the last row
    written (rows already decided are never decided twice).

    Each run takes the list over with a fresh token, and every chunk commits only while the
    list still carries that token (checked under a lock on the list's row), so two runs of
    the same list, should a re-queued task meet a worker that was only stalled, never both
    write. Any error marks the list failed with its reason, so its page stops waiting and the
    owner can retry; the error is raised again for the task's own record.
    """
    supplier_list = SupplierList.objects.get(pk=list_id)
    if supplier_list.status in (ListStatus.DONE, ListStatus.FAILED):
        return supplier_list
    runner = uuid.uuid4().hex
    SupplierList.objects.filter(pk=list_id).update(runner=runner)
    supplier_list.runner = runner
    try:
        return _process(supplier_list, runner, chunk)
    except Superseded:
        supplier_list.refresh_from_db()
        return supplier_list
    except BaseException as exc:  # a worker stopped by a second SIGTERM too (SystemExit)
        _fail_unexpectedly(supplier_list, runner, exc)
        raise


@dataclass
class Run:
    """One run over one list: what it decides with, and the facilities it has read."""

    supplier_list: SupplierList
    runner: str
    matcher: Matcher
    by_public_id: dict[str, Facility] = field(default_factory=dict)


def _process(supplier_list: SupplierList, runner: str, chunk: int) -> SupplierList:
    parsed = _parse(supplier_list)
    if isinstance(parsed, str):
        return _finish(supplier_list, runner, status=ListStatus.FAILED, failure=parsed)
    rows, errors = parsed
    skipped = sum(e.action == "skipped" for e in errors)
    report = [
        {"row": e.row, "field": e.field, "reason": e.reason, "action": e.action} for e in errors
    ]
    _finish(
        supplier_list, runner, status=ListStatus.PROCESSING, total_rows=len(rows) + skipped,
        report=report,
    )  # fmt: skip
    done_rows = set(supplier_list.rows.values_list("row", flat=True))
    todo = [r for r in rows if r[0] not in done_rows]
    run = Run(supplier_list, runner, Matcher(humans=human_decisions()))
    for start in range(0, len(todo), chunk):
        progress = len(done_rows) + min(len(todo), start + chunk) + skipped
        _write_chunk(run, todo[start : start + chunk], progress)
    finished = _finish(
        supplier_list, runner, status=ListStatus.DONE, counts=_counts(supplier_list, skipped),
        processed_rows=supplier_list.total_rows,
    )  # fmt: skip
    with WARM.lock:
        WARM.save()  # between chunks: for the next worker to start from
    return finished


def _parse(supplier_list: SupplierList) -> tuple[list[Row], list[RowError]] | str:
    """The list's rows and row errors, or why the file as a whole cannot be read."""
    suffix = Path(supplier_list.filename).suffix.lower() or ".csv"
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"upload{suffix}"
        path.write_bytes(bytes(supplier_list.content))
        try:
            return load_rows(
                path, max_rows=settings.MAX_LIST_ROWS, max_cells=settings.MAX_UPLOAD_CELLS
            )
        except InputError as exc:
            return str(exc).replace(str(path.name), supplier_list.filename)


def _write_chunk(run: Run, rows: list[Row], progress: int) -> None:
    """Match ``rows``, then write them in one transaction while this run still holds the list
    (see ``registry.chunks``). A chunk the registry was reshaped under is matched again."""
    with WARM.lock:
        for _attempt in range(3):
            planned = chunks.plan(run.matcher, rows)
            if _commit_chunk(run, planned, progress):
                return
        raise RuntimeError("the registry kept being reshaped under a chunk")


def _commit_chunk(run: Run, planned: list[chunks.Planned], progress: int) -> bool:
    try:
        with transaction.atomic(), _actor(run.supplier_list), events.batched():
            _hold(run.supplier_list, run.runner)
            arrived = WARM.catch_up()
            if arrived is None:
                return False  # nothing written yet; the transaction ends empty
            chunks.recheck(run.matcher, planned, arrived)
            touched = chunks.write(run.supplier_list, run.matcher, planned, run.by_public_id)
            reads.refresh(touched)
            SupplierList.objects.filter(pk=run.supplier_list.pk).update(processed_rows=progress)
        return True
    except BaseException:
        # The chunk rolled back: facilities it founded are in the warm index but not in
        # the database. Forget the index (and the facilities cached for this run).
        WARM.invalidate()
        run.by_public_id.clear()
        raise


def _counts(supplier_list: SupplierList, skipped: int) -> dict[str, int]:
    counts = {"rows": supplier_list.total_rows, "match": 0, "new": 0, "review": 0}
    counts["error"] = skipped
    for _, decision in reads.current_decisions(supplier_list):
        counts[str(decision.decision)] += 1
    return counts


def _actor(supplier_list: SupplierList) -> Any:
    return events.acting_as(
        system="matching", organisation=supplier_list.owner_org, reason="list processed"
    )


def _hold(supplier_list: SupplierList, runner: str) -> None:
    """Inside a transaction: lock the list's row, and stop if another run has taken it."""
    held = SupplierList.objects.select_for_update().filter(pk=supplier_list.pk, runner=runner)
    if not held.exists():
        raise Superseded(supplier_list.pk)


def _finish(supplier_list: SupplierList, runner: str, **fields: Any) -> SupplierList:
    with transaction.atomic(), _actor(supplier_list):
        _hold(supplier_list, runner)
        for name, value in fields.items():
            setattr(supplier_list, name, value)
        supplier_list.save(update_fields=list(fields))
    return supplier_list


def _fail_unexpectedly(supplier_list: SupplierList, runner: str, exc: BaseException) -> None:
    logger.exception("list %s failed", supplier_list.pk)
    done = SupplierList.objects.filter(pk=supplier_list.pk).values_list("processed_rows", flat=True)
    reason = (
        f"Processing stopped after {next(iter(done), 0)} of {supplier_list.total_rows} rows "
        f"on an internal error ({type(exc).__name__}). The rows decided so far are kept; "
        "retry the list to carry on."
    )
    try:
        _finish(supplier_list, runner, status=ListStatus.FAILED, failure=reason)
    except Exception:  # the database itself may be what failed; the worker re-queues the task
        logger.exception("list %s: could not record the failure", supplier_list.pk)


def human_decisions() -> HumanDecisions:
    """People's earlier answers, so the same question is never asked twice."""
    humans = HumanDecisions()
    people = MatchDecision.objects.filter(kind=DecisionKind.HUMAN).select_related(
        "source", "facility", "candidate"
    )
    for d in people.order_by("created_at", "pk"):
        if d.decision == Decision.MATCH and d.facility is not None:
            humans.confirmed[d.source.fingerprint] = d.facility.survivor().public_id
        elif d.decision == Decision.NEW and d.candidate is not None:
            humans.rejected.add((d.candidate.survivor().public_id, d.source.fingerprint))
    return humans
