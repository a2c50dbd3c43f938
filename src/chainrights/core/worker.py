"""The background worker: django-tasks-db's, plus recovery from workers that died.

django-tasks-db claims only READY tasks, so a task whose worker was killed (SIGKILL, out of
memory, a lost machine) would stay RUNNING for ever. This worker keeps a heartbeat for the
task it runs (a thread writes ``TaskHeartbeat`` every quarter of ``TASK_HEARTBEAT_TIMEOUT``)
and, when it starts and on every beat, puts RUNNING tasks whose heartbeat is older than the
timeout back to READY, so the next claim runs them again.

Claims stay django-tasks-db's (``SELECT … FOR UPDATE SKIP LOCKED`` of READY rows on
PostgreSQL, whose re-check of ``status = READY`` after the lock lets one claimer win; an
exclusive transaction on SQLite). The re-queue is one conditional ``UPDATE`` of RUNNING rows
whose heartbeat is stale, so two workers re-queuing at once re-queue a task once. A task must
be safe to run again: list processing resumes after its last committed chunk, and fences its
chunks with a per-run token, so a stalled worker that wakes up cannot write beside the run
that replaced it.

The worker also outlives a database restart: an error reaching the database is logged and
the loop starts again after a pause, instead of the process exiting (``chainrights serve``
stops the web server when its worker exits).
"""

from __future__ import annotations

import logging
import threading
import time
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.db import DatabaseError, InterfaceError, OperationalError, close_old_connections
from django.db import connection as db_connection
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.crypto import get_random_string
from django_tasks_db.compat import (
    DEFAULT_TASK_BACKEND_ALIAS,
    DEFAULT_TASK_QUEUE_NAME,
    TaskResultStatus,
)
from django_tasks_db.management.commands.db_worker import Worker as DatabaseWorker
from django_tasks_db.models import DBTaskResult

from chainrights.core.models import TaskHeartbeat

logger = logging.getLogger("chainrights.worker")


def requeue_stale(timeout: float, *, running_here: str | None = None) -> int:
    """Put back to READY every RUNNING task whose worker has not beaten for ``timeout``
    seconds (or never beat, and started longer ago than that); how many were put back."""

    cutoff = timezone.now() - timedelta(seconds=timeout)
    fresh = TaskHeartbeat.objects.filter(task_id=OuterRef("pk"), beat_at__gte=cutoff)
    stale = DBTaskResult.objects.filter(
        status=TaskResultStatus.RUNNING, started_at__lt=cutoff
    ).exclude(Exists(fresh))
    if running_here:
        stale = stale.exclude(pk=running_here)
    ids = list(stale.values_list("pk", flat=True))
    if not ids:
        return 0
    # The same conditions again in the UPDATE, which PostgreSQL re-checks on a row changed
    # meanwhile: a task that finished, or was re-queued and claimed afresh, is left alone.
    count = stale.filter(pk__in=ids).update(status=TaskResultStatus.READY)
    TaskHeartbeat.objects.filter(task_id__in=ids).delete()
    if count:
        logger.warning("re-queued %d task(s) whose worker stopped beating: %s", count, ids)
    return count


def beat(task_id: Any, worker_id: str) -> None:

    TaskHeartbeat.objects.update_or_create(
        task_id=task_id, defaults={"worker_id": worker_id, "beat_at": timezone.now()}
    )


class _Warden(threading.Thread):
    """Beats for the task running now and re-queues stale ones, on its own connection."""

    def __init__(self, worker_id: str, timeout: float) -> None:
        super().__init__(name="chainrights-heartbeat", daemon=True)
        self.worker_id = worker_id
        self.timeout = timeout
        self.current: str | None = None
        self.stopping = threading.Event()

    def run(self) -> None:
        try:
            while not self.stopping.wait(self.timeout / 4):
                self.tick()
        finally:
            db_connection.close()

    def tick(self) -> None:
        try:
            current = self.current
            if current is not None:
                beat(current, self.worker_id)
            requeue_stale(self.timeout, running_here=current)
        except DatabaseError as exc:  # a locked SQLite file or a restarting server: next beat
            logger.warning("heartbeat skipped: %s", exc)
            db_connection.close()


class Worker(DatabaseWorker):
    def __init__(self, *, heartbeat_timeout: float, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.warden = _Warden(self.worker_id, heartbeat_timeout)

    def run(self) -> None:
        self.warden.start()
        try:
            while True:
                try:
                    requeue_stale(self.warden.timeout)
                    super().run()
                    return
                except (OperationalError, InterfaceError) as exc:
                    if not self.running:
                        raise
                    logger.warning("database unavailable (%s); trying again in 1 s", exc)
                    db_connection.close()
                    time.sleep(1)
        finally:
            self.warden.stopping.set()

    def run_task(self, db_task_result: Any) -> None:
        task_id = str(db_task_result.pk)
        beat(task_id, self.worker_id)
        self.warden.current = task_id
        try:
            super().run_task(db_task_result)
        finally:
            self.warden.current = None

            close_old_connections()
            TaskHeartbeat.objects.filter(task_id=task_id).delete()


def run_worker(*, batch: bool = False, interval: float = 0.5) -> None:
    """Work the default queue until stopped (or, with ``batch``, until it is empty)."""

    worker = Worker(
        heartbeat_timeout=settings.TASK_HEARTBEAT_TIMEOUT,
        queue_names=[DEFAULT_TASK_QUEUE_NAME],
        interval=interval,
        batch=batch,
        backend_name=DEFAULT_TASK_BACKEND_ALIAS,
        startup_delay=False,
        max_tasks=None,
        worker_id=get_random_string(32),
        excluded_queue_names=[],
    )
    worker.configure_signals()
    worker.run()
