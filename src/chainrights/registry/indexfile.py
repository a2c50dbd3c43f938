"""The registry's matching index on disk, so a worker starts in a second instead of minutes.

The engine's own saved format (``Index.save``: one ``.npz``) holds the index; a small
``current.json`` beside it says which file is current and what it is current to: the
database, the event-log sequence, and that event's hash (a restored or another database has
another hash there, and the index is rebuilt rather than trusted). A worker writes a new
version under a new name and then renames ``current.json`` over the old one, an atomic step,
so several workers share one directory and a reader never meets a half-written index; the
version before the current one is kept for a reader that is loading it still.

Where: ``REGISTRY_INDEX_DIR``; by default beside the SQLite file (``<name>.index/``) or in
``var/registry-index/<database>/`` for PostgreSQL; nowhere for an in-memory database or
``off``.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import connection

from chainrights.matching import Index
from chainrights.matching.blocking import FIELD

FORMAT = 1
POINTER = "current.json"
logger = logging.getLogger(__name__)


@dataclass
class Stamp:
    """What a saved index is current to."""

    database: str
    seq: int
    hash: str
    aliases: dict[str, str] = field(default_factory=dict)
    file: str = ""
    format: int = FORMAT


def directory() -> Path | None:
    """Where the index of the current database lives, or None to keep it in memory only."""
    configured = str(getattr(settings, "REGISTRY_INDEX_DIR", "") or "")
    if configured.lower() == "off":
        return None
    if configured:
        return Path(configured)
    name = str(connection.settings_dict["NAME"] or "")
    if connection.vendor == "sqlite":
        if not name or name == ":memory:" or "mode=memory" in name:
            return None
        return Path(name).with_name(Path(name).name + ".index")
    return Path(settings.PROJECT_DIR) / "var" / "registry-index" / name


def save(index: Index, stamp: Stamp) -> Path | None:
    """Write ``index`` as a new version and make it current; returns its path."""
    where = directory()
    if where is None:
        return None
    where.mkdir(parents=True, exist_ok=True)
    previous = _pointer(where)
    stamp.file = f"index-{stamp.seq}-{os.getpid()}.npz"
    index.save(where / stamp.file)
    pending = where / f".{POINTER}.{os.getpid()}"
    pending.write_text(json.dumps(asdict(stamp)), encoding="utf-8")
    os.replace(pending, where / POINTER)
    keep = {stamp.file, previous.file if previous else ""}
    for old in where.glob("index-*.npz"):
        if old.name not in keep:
            old.unlink(missing_ok=True)
    return where / stamp.file


def load() -> tuple[Index, Stamp] | None:
    """The current saved index and its stamp, or None when there is none to read."""
    where = directory()
    stamp = _pointer(where) if where else None
    if where is None or stamp is None:
        return None
    try:
        return Index.load(where / stamp.file), stamp
    except (OSError, ValueError, KeyError) as exc:  # gone meanwhile, or another format
        logger.warning("registry index %s not loaded: %s", where / stamp.file, exc)
        return None


def _pointer(where: Path) -> Stamp | None:
    try:
        data = json.loads((where / POINTER).read_text(encoding="utf-8"))
        stamp = Stamp(**data)
    except (OSError, ValueError, TypeError):
        return None
    return stamp if stamp.format == FORMAT else None


def keys(index: Index) -> set[str]:
    """The facility IDs a loaded index holds (each packed record starts with its key)."""
    return {line.split(FIELD, 1)[0] for line in index.packed}
