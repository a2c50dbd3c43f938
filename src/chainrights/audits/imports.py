"""Audit imports as background jobs, like supplier lists: an upload is stored at once
(``start_import``) and answered with its job; the worker parses the file in a child process
under a memory cap, checks every audit and stores all or none (``processing.run_import``).
The job's row shows progress, then the audits created or every problem with its row and field.
"""

from __future__ import annotations

import hashlib

from django.contrib.auth.models import User
from django.db import transaction

from chainrights.audits import formats
from chainrights.audits.models import AuditImport, ImportStatus
from chainrights.audits.tasks import import_audits_task
from chainrights.core import events, uploads
from chainrights.core.models import Organisation


def start_import(owner: Organisation, user: User, filename: str, content: bytes) -> AuditImport:
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
    import_audits_task.enqueue(import_id)


def in_progress(organisation_id: int) -> int:
    return AuditImport.objects.filter(
        owner_org_id=organisation_id, status__in=[ImportStatus.QUEUED, ImportStatus.PROCESSING]
    ).count()
