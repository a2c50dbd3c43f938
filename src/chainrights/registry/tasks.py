"""Background tasks of the registry: thin wrappers over processing (run inline in tests)."""

from __future__ import annotations

from django_tasks import task

from chainrights.registry import limits, processing


@task()
def process_list_task(list_id: int) -> None:
    if limits.refuse_unreadable(list_id):  # read first in a capped child process
        return
    processing.process_list(list_id)
