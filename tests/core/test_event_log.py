"""The append-only, hash-chained event log."""

from __future__ import annotations

import pytest
from django.db import IntegrityError, connection, transaction
from django.db.utils import DatabaseError

from chainrights.cli import main
from chainrights.core import events
from chainrights.core.models import Event, Organisation


def _org(name: str = "Acme Garments", kind: str = "supplier") -> Organisation:
    return Organisation.objects.create(name=name, kind=kind)


def _tamper(sql: str, params: list) -> None:
    """What an attacker with database access would do: drop the guard, then edit."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("ALTER TABLE core_event DISABLE TRIGGER core_event_append_only")
        else:
            cursor.execute("DROP TRIGGER IF EXISTS core_event_append_only")
        cursor.execute(sql, params)


def test_create_update_delete_are_logged_with_actor_before_after_and_reason(demo):
    operator = demo["operator"]
    org = operator.memberships.get().organisation
    with events.acting_as(user=operator, organisation=org, reason="onboarding"):
        acme = _org()
        acme.country = "BD"
        acme.save()
        acme_id = acme.pk
        acme.delete()

    log = list(Event.objects.filter(object_type="core.organisation", object_id=str(acme_id)))
    assert [e.tag for e in log] == [
        "organisation.created",
        "organisation.updated",
        "organisation.deleted",
    ]
    created, updated, deleted = log
    assert created.before is None
    assert created.after["name"] == "Acme Garments"
    assert updated.before["country"] == ""
    assert updated.after["country"] == "BD"
    assert deleted.before["country"] == "BD"
    assert deleted.after is None
    assert {e.actor_id for e in log} == {operator.pk}
    assert {e.organisation_id for e in log} == {org.pk}
    assert {e.reason for e in log} == {"onboarding"}


def test_saving_without_changes_logs_nothing(system):
    org = _org()
    count = Event.objects.count()
    org.save()
    assert Event.objects.count() == count


def test_domain_write_outside_acting_as_is_refused(db):
    with pytest.raises(events.UnloggedWrite):
        _org()
    assert not Organisation.objects.filter(name="Acme Garments").exists()


def test_bulk_update_and_bulk_create_are_refused(system):
    _org()
    with pytest.raises(events.UnloggedWrite):
        Organisation.objects.filter(name="Acme Garments").update(country="VN")
    with pytest.raises(events.UnloggedWrite):
        Organisation.objects.bulk_create([Organisation(name="B", kind="brand")])


def test_cascaded_deletes_are_logged(demo):
    brand = Organisation.objects.get(name="Northwind Apparel")
    members = brand.memberships.count()
    with events.acting_as(system="test", reason="cascade"):
        brand.delete()
    assert Event.objects.filter(tag="membership.deleted").count() == members


def test_redacted_fields_never_reach_the_log(demo, api_for):
    api_for("brand")
    event = Event.objects.filter(tag="apitoken.created").latest("seq")
    assert event.after["digest"] == events.REDACTED


def test_the_database_refuses_to_update_a_log_entry(system):
    _org()
    with pytest.raises((IntegrityError, DatabaseError)), transaction.atomic():  # noqa: SIM117
        with connection.cursor() as cursor:
            cursor.execute("UPDATE core_event SET reason = 'edited' WHERE seq = 1")


def test_model_api_refuses_to_change_or_delete_an_event(system):
    _org()
    event = Event.objects.first()
    event.reason = "edited"
    with pytest.raises(events.UnloggedWrite):
        event.save()
    with pytest.raises(events.UnloggedWrite):
        event.delete()


def test_verify_log_accepts_an_untouched_chain(system):
    for n in range(5):
        _org(f"Org {n}")
    result = events.verify_log()
    assert result.ok
    assert result.checked == Event.objects.count()


def test_verify_log_names_the_entry_that_was_altered(system, capsys):
    for n in range(5):
        _org(f"Org {n}")
    target = Event.objects.order_by("seq")[2]
    _tamper("UPDATE core_event SET reason = %s WHERE seq = %s", ["nothing happened", target.seq])

    result = events.verify_log()
    assert result.problems == [(target.seq, "content does not match its hash (altered)")]
    assert main(["verify-log"]) == 1
    out = capsys.readouterr().out
    assert f"event {target.seq}: content does not match its hash (altered)" in out
    assert "TAMPERED" in out


def test_verify_log_detects_a_removed_entry(system):
    for n in range(4):
        _org(f"Org {n}")
    target = Event.objects.order_by("seq")[1]
    _tamper("DELETE FROM core_event WHERE seq = %s", [target.seq])
    problems = events.verify_log().problems
    assert (target.seq + 1, f"entries {target.seq}..{target.seq} are missing") in problems


def test_verify_log_detects_removed_newest_entries(system):
    for n in range(3):
        _org(f"Org {n}")
    last = Event.objects.order_by("-seq").first()
    _tamper("DELETE FROM core_event WHERE seq = %s", [last.seq])
    assert (last.seq, "the newest entries were removed") in events.verify_log().problems


def test_a_recomputed_hash_does_not_hide_tampering(system):
    """Rewriting an entry *and* its hash breaks the link from the next entry."""
    for n in range(3):
        _org(f"Org {n}")
    first = Event.objects.order_by("seq").first()
    first.reason = "rewritten"
    forged = events.event_hash(first)
    _tamper(
        "UPDATE core_event SET reason = %s, hash = %s WHERE seq = %s",
        ["rewritten", forged, first.seq],
    )
    problems = events.verify_log().problems
    assert (first.seq + 1, "does not follow the previous entry's hash") in problems


def test_a_batch_logs_the_same_chain_with_one_lock(system, django_assert_max_num_queries):
    _org("before the batch")
    with transaction.atomic(), events.batched():
        for n in range(20):
            _org(f"batched {n}")
        assert Event.objects.filter(tag="organisation.created").count() == 1  # not yet written
    _org("after the batch")
    seqs = list(Event.objects.order_by("seq").values_list("seq", flat=True))
    assert seqs == list(range(seqs[0], seqs[0] + len(seqs)))  # no gap, no fork
    names = Event.objects.filter(tag="organisation.created").order_by("seq")
    assert [e.after["name"] for e in names][-22:] == (
        ["before the batch"] + [f"batched {n}" for n in range(20)] + ["after the batch"]
    )
    assert events.verify_log().ok
    # One insert per object, one lock and one bulk insert for the events: no per-write chain.
    with django_assert_max_num_queries(20 + 8), transaction.atomic(), events.batched():
        for n in range(20):
            _org(f"counted {n}")


def test_a_failed_batch_writes_neither_objects_nor_events(system):
    before = Event.objects.count()

    def killed_mid_batch() -> None:
        with transaction.atomic(), events.batched():
            _org("doomed")
            raise RuntimeError("worker killed")

    with pytest.raises(RuntimeError):
        killed_mid_batch()
    assert Event.objects.count() == before
    assert not Organisation.objects.filter(name="doomed").exists()
    _org("next")
    assert events.verify_log().ok
