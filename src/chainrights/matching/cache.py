"""A content-addressed cache of registry indexes, kept beside the registry file.

The second run of ``chainrights match`` against the same registry file starts from the index
the first one built: the cache key is a digest of the file's bytes with the index format and
the normaliser's version, so an edited registry, or an engine that normalises otherwise,
never reads a stale index (it builds and saves a new one). The registry's row errors are kept
beside the index, so the errors file says the same on either run. A cache that cannot be
written (a read-only directory) is skipped: the run goes on without it.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from chainrights.matching.blocking import Index
from chainrights.matching.io import RowError
from chainrights.matching.persist import INDEX_VERSION, IndexFormatError, load_index, save_index
from chainrights.matching.records import NORMALISER_VERSION

CACHE_DIR = ".chainrights-index"
KEEP = 3  # indexes kept per registry file name; older ones are removed


def digest(path: Path) -> str:
    """The file's content with the engine's versions, as a short hex digest."""
    h = hashlib.blake2b(digest_size=16)
    h.update(f"index {INDEX_VERSION} normaliser {NORMALISER_VERSION}\n".encode())
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def default_dir(registry: Path) -> Path:
    return registry.resolve().parent / CACHE_DIR


def _paths(registry: Path, directory: Path, key: str) -> tuple[Path, Path]:
    stem = f"{registry.name}.{key}"
    return directory / f"{stem}.npz", directory / f"{stem}.errors.json"


def load(registry: Path, directory: Path, key: str) -> tuple[Index, list[RowError]] | None:
    """The cached index of this registry content (``key``, its digest), or None."""
    index_path, errors_path = _paths(registry, directory, key)
    if not (index_path.exists() and errors_path.exists()):
        return None
    try:
        index = load_index(index_path)
        errors = [RowError(**e) for e in json.loads(errors_path.read_text("utf-8"))]
    except (IndexFormatError, ValueError, TypeError, OSError):
        return None  # damaged: rebuilt and saved again
    return index, errors


def _write_text(path: Path, text: str) -> None:
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.write(text)
    os.replace(temporary, path)


def store(registry: Path, directory: Path, key: str, index: Index, errors: list[RowError]) -> bool:
    """Save the index and errors under the content's digest ``key``; False when the cache
    can't be written (the run goes on)."""
    index_path, errors_path = _paths(registry, directory, key)
    try:
        directory.mkdir(exist_ok=True)
        save_index(index, index_path)
        _write_text(errors_path, json.dumps([e.__dict__ for e in errors]))
    except OSError:
        return False
    _prune(registry, directory, keep={index_path.name, errors_path.name})
    return True


def _prune(registry: Path, directory: Path, keep: set[str]) -> None:
    """Drop older indexes of the same file name (an edited registry's former contents)."""
    older = sorted(
        (p for p in directory.glob(f"{registry.name}.*.npz") if p.name not in keep),
        key=lambda p: p.stat().st_mtime,
        reverse=True,
    )
    for stale in older[KEEP - 1 :]:
        stale.unlink(missing_ok=True)
        stale.with_name(stale.name[: -len(".npz")] + ".errors.json").unlink(missing_ok=True)


def cached_index(
    registry: Path,
    directory: Path | None,
    build: Callable[[], tuple[Index, list[RowError]]],
) -> tuple[Index, list[RowError], str]:
    """(index, registry errors, 'cached' | 'built' | 'built, not cached')."""
    if directory is None:
        index, errors = build()
        return index, errors, "built"
    key = digest(registry)
    found = load(registry, directory, key)
    if found is not None:
        return found[0], found[1], "cached"
    index, errors = build()
    stored = store(registry, directory, key, index, errors)
    return index, errors, "built" if stored else "built, not cached"
