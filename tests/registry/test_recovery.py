"""A list survives what goes wrong while it is processed: a chunk that rolls back, any error,
a run that another run took over, a task whose worker died, a double submit, and facilities
that commit out of key order on PostgreSQL."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from django.db import connection, connections, models, transaction
from django.utils import timezone

from chainrights.core import events
from chainrights.registry import services
from chainrights.registry.models import Facility, ListStatus, MatchDecision, SourceRecord
from tests.factories import csv_of, real_rows, upload

postgres_only = pytest.mark.postgres_only


def test_a_chunk_that_rolls_back_leaves_no_phantom_facility_and_the_retry_completes(
    brand, demo, database_fails_at_row, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        upload(brand, demo, csv_of(real_rows(2)), name="earlier")  # the worker's index is warm
    services.registry_index()
    rows = real_rows(9)[2:]
    item, _ = services.upload_list(
        owner=brand, user=demo["brand"], name="new", filename="l.csv", content=csv_of(rows)
    )
    # Chunks of two: rows 0-1 and 2-3 land; row 4 founds a facility, row 5 fails, and the
    # chunk (with the facility of row 4) rolls back.
    with database_fails_at_row(6), pytest.raises(RuntimeError):
        services.process_list(item.pk, chunk=2)
    assert sorted(SourceRecord.objects.filter(supplier_list=item).values_list("row", flat=True)) == [
        0, 1, 2, 3,
    ]  # fmt: skip
    with django_capture_on_commit_callbacks(execute=True):
        services.retry_list(item, demo["brand"])
    item.refresh_from_db()
    assert item.status == ListStatus.DONE, item.failure
    assert item.counts == {"rows": 7, "match": 0, "new": 7, "review": 0, "error": 0}
    assert Facility.objects.count() == 9
    decided = MatchDecision.objects.filter(source__supplier_list=item)
    assert sorted(decided.values_list("source__row", flat=True)) == list(range(7))


def test_any_error_marks_the_list_failed_with_its_reason_and_the_page_stops_polling(
    brand, demo, database_fails_at_row, client
):
    item, _ = services.upload_list(
        owner=brand, user=demo["brand"], name="new", filename="l.csv", content=csv_of(real_rows(5))
    )
    with database_fails_at_row(4), pytest.raises(RuntimeError):
        services.process_list(item.pk, chunk=2)
    item.refresh_from_db()
    assert item.status == ListStatus.FAILED
    assert "after 2 of 5 rows" in item.failure
    assert "RuntimeError" in item.failure
    assert "retry" in item.failure
    client.force_login(demo["brand"])
    page = client.get(f"/lists/{item.pk}", headers={"HX-Request": "true"}).content.decode()
    assert "every 1s" not in page
    assert "after 2 of 5 rows" in page
    assert "Retry" in page


def test_a_failed_list_is_retried_by_its_editor_and_carries_on_where_it_stopped(
    brand, demo, database_fails_at_row, api_for, client, django_capture_on_commit_callbacks
):
    item, _ = services.upload_list(
        owner=brand, user=demo["brand"], name="new", filename="l.csv", content=csv_of(real_rows(5))
    )
    with database_fails_at_row(4), pytest.raises(RuntimeError):
        services.process_list(item.pk, chunk=2)
    assert api_for("brandviewer").send("POST", f"/api/v1/lists/{item.pk}/retry").status_code == 403
    with django_capture_on_commit_callbacks(execute=True):
        answer = api_for("brand").send("POST", f"/api/v1/lists/{item.pk}/retry")
    assert answer.status_code == 200, answer.content
    item.refresh_from_db()
    assert item.status == ListStatus.DONE
    assert item.failure == ""
    assert SourceRecord.objects.filter(supplier_list=item).count() == 5
    again = api_for("brand").send("POST", f"/api/v1/lists/{item.pk}/retry")
    assert again.status_code == 409  # only a failed list is retried
    client.force_login(demo["brand"])
    page = f"http://testserver/lists/{item.pk}"  # the Retry button's page, as a browser says
    refused = client.post(f"/lists/{item.pk}/retry", HTTP_REFERER=page)
    assert refused.status_code == 302
    assert refused["Location"] == page
    assert "Only a list that failed can be retried." in client.get(page).content.decode()


def test_a_run_taken_over_by_another_stops_without_writing(brand, demo, at_row_write):
    item, _ = services.upload_list(
        owner=brand, user=demo["brand"], name="new", filename="l.csv", content=csv_of(real_rows(8))
    )

    def another_run_takes_over() -> None:  # a re-queued copy of the task starts meanwhile
        type(item).objects.filter(pk=item.pk).update(runner="another-run")

    with at_row_write(3, another_run_takes_over):
        services.process_list(item.pk, chunk=2)  # returns quietly: the other run carries on
    item.refresh_from_db()
    assert item.status == ListStatus.PROCESSING
    assert item.runner == "another-run"
    rows = sorted(SourceRecord.objects.filter(supplier_list=item).values_list("row", flat=True))
    assert rows == [0, 1, 2, 3]  # the chunk under way when taken over, then nothing
    services.process_list(item.pk, chunk=2)
    item.refresh_from_db()
    assert item.status == ListStatus.DONE
    assert item.counts["new"] == 8
    assert SourceRecord.objects.filter(supplier_list=item).count() == 8


def _task_row(status: str, started_ago: float):
    from django_tasks_db.models import DBTaskResult

    from chainrights.registry.tasks import process_list_task

    result = process_list_task.using(backend="default").enqueue(0)
    started = timezone.now() - timedelta(seconds=started_ago)
    DBTaskResult.objects.filter(pk=result.id).update(status=status, started_at=started)
    return DBTaskResult.objects.get(pk=result.id)


DB_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def test_a_running_task_whose_heartbeat_stopped_is_requeued_and_a_live_one_is_not(db, settings):
    from chainrights.core.worker import beat, requeue_stale

    settings.TASKS = DB_QUEUE
    dead = _task_row("RUNNING", started_ago=600)
    never_beat = _task_row("RUNNING", started_ago=600)
    alive = _task_row("RUNNING", started_ago=600)
    just_claimed = _task_row("RUNNING", started_ago=1)
    done = _task_row("SUCCESSFUL", started_ago=600)
    beat(dead.pk, "w1")
    from chainrights.core.models import TaskHeartbeat

    TaskHeartbeat.objects.filter(task_id=dead.pk).update(
        beat_at=timezone.now() - timedelta(seconds=120)
    )
    beat(alive.pk, "w2")
    assert requeue_stale(60) == 2
    statuses = {t.pk: t.status for t in type(dead).objects.all()}
    assert statuses[dead.pk] == statuses[never_beat.pk] == "READY"
    assert statuses[alive.pk] == statuses[just_claimed.pk] == "RUNNING"
    assert statuses[done.pk] == "SUCCESSFUL"
    assert requeue_stale(60) == 0


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_concurrent_claims_and_requeues_never_hand_one_task_out_twice(settings):
    """Four threads claim as django-tasks-db's worker does (FOR UPDATE SKIP LOCKED), while
    two others re-queue the same stale tasks: every task is claimed once per queueing."""
    from django_tasks_db.models import DBTaskResult
    from django_tasks_db.utils import exclusive_transaction

    from chainrights.core.worker import requeue_stale

    settings.TASKS = DB_QUEUE
    stale = [_task_row("RUNNING", started_ago=600).pk for _ in range(20)]
    for _ in range(20):
        _task_row("READY", started_ago=0)
    claimed: list[str] = []
    requeued: list[int] = []
    lock = threading.Lock()
    start = threading.Barrier(6)

    def claimer(n: int) -> None:
        start.wait()
        try:
            while True:
                with exclusive_transaction():
                    task = DBTaskResult.objects.ready().get_locked()
                    if task is None:
                        if len(claimed) >= 40:
                            return
                        continue
                    task.claim(f"worker-{n}")
                with lock:
                    claimed.append(str(task.pk))
        finally:
            connections.close_all()

    def requeuer() -> None:
        start.wait()
        try:
            requeued.append(requeue_stale(60))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=claimer, args=(n,)) for n in range(4)]
    threads += [threading.Thread(target=requeuer) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert sum(requeued) == len(stale)  # each stale task re-queued once, by one of the two
    assert len(claimed) == len(set(claimed)) == 40


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_a_facility_that_commits_after_a_higher_key_is_still_learned_by_the_warm_index(
    demo,
):
    """A person's review inserts a facility (drawing the lower key), then waits for the
    event log's lock while a list's chunk inserts and commits a facility with a higher key;
    the warm index, read in between, must still learn the first once it commits."""
    from chainrights.core.models import Organisation

    brand = Organisation.objects.get(name="Northwind Apparel")
    services.upload_list(  # (processed inline) warms the registry with two facilities
        owner=brand, user=demo["brand"], name="one", filename="l.csv",
        content=csv_of(real_rows(2)),
    )  # fmt: skip
    index = services.registry_index()
    inserted, release = threading.Event(), threading.Event()
    late = {}

    def review_founding_a_facility() -> None:
        try:
            with transaction.atomic(), events.acting_as(user=demo["handler"], reason="review"):
                facility = Facility(country="BD", name="Late Knit Composite", address="Ashulia")
                # What ``AuditedModel.save`` does, with the pause between its two steps.
                models.Model.save(facility)
                late["pk"] = facility.pk
                inserted.set()
                release.wait(10)
                events.append("facility.created", "registry.facility", facility.pk, None,
                              events.snapshot(facility))  # fmt: skip
        finally:
            connections.close_all()

    thread = threading.Thread(target=review_founding_a_facility)
    thread.start()
    assert inserted.wait(10)
    with events.acting_as(system="test"):
        higher = Facility.objects.create(country="VN", name="Early Garment", address="Hanoi")
    assert higher.pk > late["pk"]
    services.registry_index()  # reads while the lower key is still uncommitted
    release.set()
    thread.join(10)
    learned = services.registry_index()
    assert learned is index
    keys = {learned.record(p).key for p in range(len(learned))}
    late_id = Facility.objects.get(pk=late["pk"]).public_id
    assert late_id in keys
    assert higher.public_id in keys
    assert len(learned) == 4


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_a_double_submit_returns_the_list_the_first_submit_stored(demo):
    """The second request's check runs while the first's insert is still uncommitted; on
    PostgreSQL its insert then waits on the unique index and would have been a 500."""
    from chainrights.core.models import Organisation

    brand = Organisation.objects.get(name="Northwind Apparel")
    content = csv_of(real_rows(3))
    first_stored, second_done = threading.Event(), threading.Event()
    second = {}

    def second_submit() -> None:
        try:
            assert first_stored.wait(10)
            second["answer"] = upload(brand, demo, content, name="again")
        except Exception as exc:
            second["answer"] = exc
        finally:
            second_done.set()
            connections.close_all()

    thread = threading.Thread(target=second_submit)
    thread.start()
    with transaction.atomic():
        first, created = upload(brand, demo, content)
        first_stored.set()
        assert not second_done.wait(1)  # the second insert waits for this commit
    thread.join(30)
    assert created
    assert second["answer"] == (first, False)
    assert connection.vendor == "postgresql"
