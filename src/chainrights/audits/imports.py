"""Audit imports as background jobs, like supplier lists: an upload is stored at once
(``start_import``) and answered with its job; the worker parses the file in a child process
under a memory cap, checks every audit and stores all or none (``run_import``). The job's row
shows progress, then the audits created or every problem with its row and field.
"""

from __future__ import annotations

import hashlib
import logging
from typing import Any

from django.db import transaction
from django.utils import timezone

from chainrights.audits import formats
from chainrights.audits.models import AuditImport, ImportStatus
from chainrights.audits.validation import Problem
from chainrights.core import events, uploads
from chainrights.core.models import Organisation

log = logging.getLogger(__name__)


def start_import(owner: Organisation, user: Any, filename: str, content: bytes) -> AuditImport:
    """Store an uploaded audit file and queue its import. Raises ``formats.ImportError_`` for
    a file refused before it is stored (too large, empty, a compressed bomb) and
    ``uploads.Busy`` when the organisation has too many uploads in progress."""
    if len(content) > formats.MAX_BYTES:
        raise formats.ImportError_(f"The file is larger than {formats.MAX_BYTES // 2**20} MB.")
    if problem := uploads.unsafe_upload(filename, content):
        raise formats.ImportError_(problem)
    with (
        uploads.admit(owner),
        events.acting_as(user=user, organisation=owner, reason="audit file uploaded"),
    ):
        job = AuditImport.objects.create(
            owner_org=owner, filename=filename[:300] or "audits.csv",
            sha256=hashlib.sha256(content).hexdigest(), content=content, created_by=user,
        )  # fmt: skip
        transaction.on_commit(lambda: _enqueue(job.pk))
    return job


def _enqueue(import_id: int) -> None:
    from chainrights.audits.tasks import import_audits_task  # noqa: PLC0415  (tasks imports us)

    import_audits_task.enqueue(import_id)


def in_progress(organisation_id: int) -> int:
    return AuditImport.objects.filter(
        owner_org_id=organisation_id, status__in=[ImportStatus.QUEUED, ImportStatus.PROCESSING]
    ).count()


def _parse(filename: str, content: bytes) -> tuple[str, Any]:
    """Runs in the capped child: the file's audits as plain data, or why not."""
    try:
        return "items", formats.parse(filename, content)
    except formats.RowProblems as exc:
        return "problems", exc.problems
    except formats.ImportError_ as exc:
        return "refused", str(exc)


def run_import(import_id: int) -> AuditImport:
    """Parse (in a capped child process), check and store one uploaded audit file; every
    way it can end leaves the job done or failed with its reason, never half-stored."""
    job = AuditImport.objects.select_related("owner_org", "created_by").get(pk=import_id)
    if not job.running:
        return job
    _save(job, status=ImportStatus.PROCESSING)
    try:
        kind, value = uploads.run_capped(_parse, job.filename, bytes(job.content))
    except uploads.Refused as exc:
        return _finish(job, failure=str(exc))
    if kind == "refused":
        return _finish(job, failure=value)
    if kind == "problems":
        return _finish(job, problems=value)
    job.total = len(value)
    AuditImport.objects.filter(pk=job.pk).update(total=job.total)

    def progress(done: int, total: int) -> None:
        AuditImport.objects.filter(pk=job.pk).update(processed=done)

    if job.created_by is None:
        return _finish(job, failure="The account that uploaded the file no longer exists.")
    try:
        created, problems = formats.import_audits(job.owner_org, job.created_by, job.filename,
                                                  b"", items=value, progress=progress)  # fmt: skip
    except Exception as exc:  # the job fails with a reason instead of staying "processing"
        log.exception("audit import %s stopped", job.pk)
        return _finish(job, failure=f"The import stopped on an unexpected error "
                                    f"({type(exc).__name__}); nothing was stored.")  # fmt: skip
    return _finish(job, problems=problems, created=[a.pk for a in created])


def _save(job: AuditImport, **fields: Any) -> None:
    with events.acting_as(system="audit import", organisation=job.owner_org,
                          reason="audit import"):  # fmt: skip
        for name, value in fields.items():
            setattr(job, name, value)
        job.save()


def _finish(job: AuditImport, *, failure: str = "", problems: list[Problem] | None = None,
            created: list[int] | None = None) -> AuditImport:  # fmt: skip
    problems = problems or []
    _save(
        job,
        status=ImportStatus.DONE if created and not problems else ImportStatus.FAILED,
        failure=failure,
        problems=[
            {"where": p.where, "field": p.field, "reason": p.reason} for p in problems[:1000]
        ],
        audit_ids=created or [],
        processed=job.total,
        finished_at=timezone.now(),
    )
    return job
