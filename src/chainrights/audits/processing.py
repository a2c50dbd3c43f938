"""The worker's side of an audit import (``imports`` is the upload's): parse the stored file in
a child process under a memory cap, check every audit, store all or none, and record on the
job's row what happened."""

from __future__ import annotations

import logging
from typing import Any

from django.utils import timezone

from chainrights.audits import formats
from chainrights.audits.models import AuditImport, ImportStatus
from chainrights.audits.validation import Problem
from chainrights.core import events, uploads

log = logging.getLogger(__name__)


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
