"""Signed checkpoints of the event log's head, written outside the database.

The keyed chain shows that no entry was altered, but not that entries are missing at the end
(or all of them): whoever can delete rows can also set the chain head back. A checkpoint is a
small JSON file naming the newest entry's number and hash, signed with a key derived from
``CHAINRIGHTS_LOG_KEY``, in ``CHAINRIGHTS_CHECKPOINT_DIR`` (a directory the database's users
cannot write; ideally copied off the host). ``verify_log`` compares the log with the newest
one. They are written by ``chainrights checkpoint``, by ``chainrights verify-log`` when the log
is intact, and every ``CHAINRIGHTS_CHECKPOINT_INTERVAL`` seconds by the background worker.
"""

from __future__ import annotations

import hmac
import json
import logging
import os
import tempfile
import threading
from dataclasses import dataclass
from hashlib import sha256
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.db import close_old_connections, connections
from django.utils import timezone

from chainrights.core.logkeys import log_key

FORMAT = 1


@dataclass(frozen=True)
class Checkpoint:
    seq: int
    hash: str
    written_at: str
    path: Path


def directory() -> Path:
    return Path(settings.LOG_CHECKPOINT_DIR)


def _signature(seq: int, digest: str, written_at: str) -> str:
    body = json.dumps([FORMAT, seq, digest, written_at], separators=(",", ":")).encode()
    return hmac.new(log_key("checkpoint"), body, sha256).hexdigest()


def paths() -> list[Path]:
    """Every checkpoint file, oldest entry first (the name holds the zero-padded number)."""
    folder = directory()
    return sorted(folder.glob("checkpoint-*.json")) if folder.is_dir() else []


def load(path: Path) -> Checkpoint | None:
    """The checkpoint in ``path``, or None when it is unreadable or not signed with our key."""
    try:
        data = json.loads(path.read_text())
        seq, digest, written_at = int(data["seq"]), str(data["hash"]), str(data["written_at"])
        signature = str(data["signature"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not hmac.compare_digest(signature, _signature(seq, digest, written_at)):
        return None
    return Checkpoint(seq, digest, written_at, path)


def newest() -> Checkpoint | None:
    valid = [c for c in map(load, paths()) if c is not None]
    return max(valid, key=lambda c: (c.seq, c.written_at)) if valid else None


def write(using: str = "default") -> Path | None:
    """Sign the current chain head into a new file; None when the log is empty."""
    head = apps.get_model("core", "ChainHead").objects.using(using).filter(id=1).first()
    if head is None or head.last_seq == 0:
        return None
    written_at = timezone.now().isoformat()
    data = {
        "format": FORMAT,
        "seq": head.last_seq,
        "hash": head.last_hash,
        "written_at": written_at,
        "signature": _signature(head.last_seq, head.last_hash, written_at),
    }
    folder = directory()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"checkpoint-{head.last_seq:012d}.json"
    # Write whole or not at all: a temporary file in the same folder, synced, then renamed.
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".checkpoint-")
    with os.fdopen(fd, "w") as handle:
        json.dump(data, handle)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
    return path


def compare(
    last_seq: int, hash_at_checkpoint: str | None, newest_checkpoint: Checkpoint | None
) -> list[tuple[int, str]]:
    """What the log lost or changed since its newest signed checkpoint, and forged files."""
    problems = [
        (0, f"checkpoint {path.name} is not signed with this log key (forged or altered)")
        for path in paths()
        if load(path) is None
    ]
    cp = newest_checkpoint
    if cp is None:
        return problems
    if last_seq == 0:
        problems.append((cp.seq, f"the log is empty but a signed checkpoint holds entry {cp.seq} "
                                 "(emptied)"))  # fmt: skip
    elif last_seq < cp.seq:
        problems.append((cp.seq, f"the log ends at entry {last_seq} but a signed checkpoint "
                                 f"holds entry {cp.seq}: entries {last_seq + 1}..{cp.seq} were "
                                 "removed (truncated)"))  # fmt: skip
    elif hash_at_checkpoint != cp.hash:
        problems.append((cp.seq, f"entry {cp.seq} differs from the signed checkpoint "
                                 "(chain rewritten)"))  # fmt: skip
    return problems


def every(interval: float, stop: threading.Event, using: str = "default") -> None:
    """Write a checkpoint now and then every ``interval`` seconds until ``stop`` is set.

    Runs in a thread of ``chainrights worker``; a failed write is retried at the next tick.
    """
    try:
        while True:
            close_old_connections()
            try:
                write(using)
            except Exception:
                logging.getLogger(__name__).exception("writing a log checkpoint failed")
            if stop.wait(interval):
                return
    finally:
        connections.close_all()
