"""Background tasks of grievances: thin wrappers over services (run inline in tests)."""

from __future__ import annotations

from django_tasks import default_task_backend, task

from chainrights.grievances.channels import delivery


@task()
def deliver_message_task(outbound_id: int) -> None:
    """Send one message to a worker; a failed send comes back when its retry is due (where
    the queue can defer; otherwise ``deliver_messages`` sweeps it up)."""
    retry_at = delivery.deliver(outbound_id)
    if retry_at is not None and default_task_backend.supports_defer:
        deliver_message_task.using(run_after=retry_at).enqueue(outbound_id)
