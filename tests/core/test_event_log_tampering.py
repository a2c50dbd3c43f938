"""Tampering the chain alone cannot see: a keyed hash and signed checkpoints outside the database.

Each attack below is what someone with write access to the database (but not to the key in the
environment, nor to the checkpoint directory) could do.
"""

from __future__ import annotations

import hashlib
import json

from django.db import connection

from chainrights.cli import main
from chainrights.core import checkpoints, events
from chainrights.core.models import ChainHead, Event, Organisation


def _orgs(n: int, prefix: str = "Org") -> None:
    for i in range(n):
        Organisation.objects.create(name=f"{prefix} {i}", kind="brand")


def _sql(sql: str, params: list | None = None) -> None:
    """Drop the append-only guard, then edit, as an attacker with database access would."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("ALTER TABLE core_event DISABLE TRIGGER core_event_append_only")
        else:
            cursor.execute("DROP TRIGGER IF EXISTS core_event_append_only")
        cursor.execute(sql, params or [])


def _unkeyed_hash(row: dict) -> str:
    """The published algorithm without the key: all an attacker can compute."""
    content = {k: row[k] for k in events.HASHED_FIELDS}
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def _rechain_without_the_key(from_seq: int, *, as_legacy: bool = False) -> None:
    """Recompute every hash from ``from_seq`` on, and the chain head, with plain SHA-256."""
    prev = Event.objects.get(seq=from_seq - 1).hash if from_seq > 1 else events.GENESIS
    for event in Event.objects.filter(seq__gte=from_seq).order_by("seq"):
        row = {f: getattr(event, f) for f in events.HASHED_FIELDS}
        row["created_at"] = event.created_at.isoformat()
        row["prev_hash"] = prev
        digest = _unkeyed_hash(row)
        version = "NULL" if as_legacy else "hash_version"
        _sql(
            f"UPDATE core_event SET prev_hash = %s, hash = %s, hash_version = {version} "  # noqa: S608
            "WHERE seq = %s",
            [prev, digest, event.seq],
        )
        prev = digest
    _sql("UPDATE core_chainhead SET last_hash = %s WHERE id = 1", [prev])


def _problems(capsys) -> tuple[int, str]:
    code = main(["verify-log"])
    return code, capsys.readouterr().out


def test_altering_one_entry_and_recomputing_the_chain_without_the_key_is_detected(system, capsys):
    _orgs(5)
    target = Event.objects.order_by("seq")[2]
    _sql("UPDATE core_event SET reason = %s WHERE seq = %s", ["nothing happened", target.seq])
    _rechain_without_the_key(target.seq)

    problems = events.verify_log().problems
    assert (target.seq, "content does not match its hash (altered)") in problems
    code, out = _problems(capsys)
    assert code == 1
    assert "TAMPERED" in out


def test_a_chain_recomputed_as_unkeyed_legacy_entries_is_detected(system):
    _orgs(4)
    first = Event.objects.order_by("seq").first()
    _sql("UPDATE core_event SET reason = %s WHERE seq = %s", ["rewritten", first.seq])
    _rechain_without_the_key(first.seq, as_legacy=True)

    problems = events.verify_log().problems
    assert problems, problems
    assert all("unkeyed" in p for _, p in problems), problems


def test_truncating_the_tail_and_rewriting_the_chain_head_is_detected(system, capsys):
    _orgs(6)
    assert main(["checkpoint"]) == 0
    signed = Event.objects.order_by("-seq").first()
    keep = signed.seq - 3
    kept = Event.objects.get(seq=keep)
    _sql("DELETE FROM core_event WHERE seq > %s", [keep])
    _sql("UPDATE core_chainhead SET last_seq = %s, last_hash = %s", [keep, kept.hash])
    assert events.verify_log(checkpoints=False).ok  # the chain alone cannot tell

    code, out = _problems(capsys)
    assert code == 1
    assert f"entries {keep + 1}..{signed.seq} were removed (truncated)" in out


def test_an_emptied_log_is_detected(system, capsys):
    _orgs(3)
    assert main(["checkpoint"]) == 0
    last = Event.objects.order_by("-seq").first().seq
    _sql("DELETE FROM core_event")
    _sql("DELETE FROM core_chainhead")
    assert events.verify_log(checkpoints=False).ok

    code, out = _problems(capsys)
    assert code == 1
    assert f"the log is empty but a signed checkpoint holds entry {last} (emptied)" in out


def test_a_rewritten_chain_that_differs_from_the_checkpoint_is_named(system, capsys, settings):
    """Even with the key, a chain rewritten after a checkpoint no longer ends where it did."""
    _orgs(3)
    assert main(["checkpoint"]) == 0
    signed = Event.objects.order_by("-seq").first()
    _sql("UPDATE core_event SET reason = %s WHERE seq = %s", ["rewritten", signed.seq])
    forged = Event.objects.get(seq=signed.seq)
    _sql("UPDATE core_event SET hash = %s WHERE seq = %s", [events.event_hash(forged), signed.seq])
    _sql("UPDATE core_chainhead SET last_hash = %s", [events.event_hash(forged)])
    assert events.verify_log(checkpoints=False).ok  # as if re-chained with the key

    code, out = _problems(capsys)
    assert code == 1
    assert f"entry {signed.seq} differs from the signed checkpoint (chain rewritten)" in out


def test_verify_log_writes_a_checkpoint_when_the_log_is_intact(system, capsys):
    _orgs(2)
    assert checkpoints.newest() is None
    assert main(["verify-log"]) == 0
    newest = checkpoints.newest()
    head = ChainHead.objects.get()
    assert newest is not None
    assert (newest.seq, newest.hash) == (head.last_seq, head.last_hash)


def test_verify_log_writes_no_checkpoint_for_a_tampered_log(system, capsys):
    _orgs(3)
    _sql("UPDATE core_event SET reason = 'x' WHERE seq = 2")
    assert main(["verify-log"]) == 1
    assert checkpoints.newest() is None


def test_a_checkpoint_not_signed_with_the_key_is_refused(system, capsys, settings):
    _orgs(2)
    assert main(["checkpoint"]) == 0
    path = checkpoints.paths()[-1]
    data = json.loads(path.read_text())
    data["seq"] = 1
    path.write_text(json.dumps(data))

    code, out = _problems(capsys)
    assert code == 1
    assert f"checkpoint {path.name} is not signed with this log key" in out


def test_a_different_log_key_breaks_every_entry(system, settings):
    _orgs(2)
    settings.LOG_KEY = "another key, as an attacker would have to guess"
    problems = events.verify_log(checkpoints=False).problems
    assert len(problems) == Event.objects.count()


def test_an_unkeyed_legacy_log_verifies_once_sealed_by_a_keyed_entry(system):
    """A log written before the key existed: its entries stay as they are, a keyed seal follows."""
    _orgs(3)
    _rechain_without_the_key(1, as_legacy=True)
    n = Event.objects.count()
    assert events.verify_log(checkpoints=False).problems == [
        (n, f"unkeyed entries 1..{n} are not sealed by a keyed entry")
    ]

    sealed = events.seal_legacy_log()
    assert sealed is not None
    assert sealed.tag == events.EventTag.LOG_KEYED
    assert sealed.after["legacy_entries"] == n
    assert sealed.after["legacy_chain_ok"] is True
    assert events.verify_log(checkpoints=False).ok
    _orgs(1, prefix="after")
    assert events.verify_log(checkpoints=False).ok


def test_unkeyed_entries_after_a_keyed_one_are_refused(system):
    _orgs(4)
    _sql("UPDATE core_event SET hash_version = NULL WHERE seq = 3")
    problems = events.verify_log(checkpoints=False).problems
    assert (3, "unkeyed entry after the log was keyed (rewritten without the key?)") in problems


def test_checkpoint_command_reports_where_it_wrote(system, capsys):
    _orgs(1)
    assert main(["checkpoint"]) == 0
    out = capsys.readouterr().out
    assert str(checkpoints.paths()[-1]) in out


def test_the_worker_loop_writes_checkpoints_on_a_schedule(transactional_db):
    """The loop that ``chainrights worker`` runs in a thread beside db_worker."""
    import threading

    with events.acting_as(system="test"):
        _orgs(1)
    stop = threading.Event()
    thread = threading.Thread(target=checkpoints.every, args=(0.05, stop))
    thread.start()
    try:
        for _ in range(100):
            if checkpoints.newest() is not None:
                break
            stop.wait(0.05)
    finally:
        stop.set()
        thread.join(5)
    assert not thread.is_alive()
    newest = checkpoints.newest()
    assert newest is not None
    assert newest.seq == ChainHead.objects.get().last_seq


def test_production_refuses_the_development_log_key(settings):
    from django.core import checks

    settings.PRODUCTION = True
    ids = {m.id for m in checks.run_checks(tags=["security"])}
    assert "chainrights.E006" in ids
    settings.LOG_KEY = "a long random value from the environment, 40+"
    assert "chainrights.E006" not in {m.id for m in checks.run_checks(tags=["security"])}
