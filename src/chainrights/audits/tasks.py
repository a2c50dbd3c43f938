"""Background tasks of audits: thin wrappers over services (run inline in tests)."""

from __future__ import annotations

from django_tasks import task

from chainrights.audits import processing


@task()
def import_audits_task(import_id: int) -> None:
    processing.run_import(import_id)
