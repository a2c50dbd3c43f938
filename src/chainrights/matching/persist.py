"""The engine's saved index: ``save_index(index, path)`` and ``load_index(path)``.

A registry's index is costly to build (normalising every facility) and cheap to load, so it
is saved as one uncompressed ``.npz``: the blocking arrays as they are, each record packed as
one line of text, and the word counts as two arrays. The file says which format and which
normaliser wrote it; a file of another format or normaliser is refused with
``IndexFormatError`` (it would otherwise be read wrongly, or compare records normalised two
ways), never half-read. Saving writes a temporary file beside the target and renames it, so
a reader never sees a half-written index.
"""

from __future__ import annotations

import json
import os
import tempfile
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any

from chainrights.matching.blocking import Index, TokenStats
from chainrights.matching.records import NORMALISER_VERSION

FORMAT = "chainrights-matching-index"
# 2: name readings packed with each record; 3: numbers unglued, numerals; 4: removed records,
# word counts as arrays, the normaliser's version
INDEX_VERSION = 4


class IndexFormatError(ValueError):
    """The file is not an index this engine can read (another version, or damaged)."""


def _counter_arrays(counts: Counter[str]) -> tuple[Any, Any]:
    import numpy as np

    live = [(t, n) for t, n in counts.items() if n > 0]
    words = "\n".join(t for t, _ in live).encode()
    return np.frombuffer(words, dtype=np.uint8), np.asarray([n for _, n in live], dtype=np.int64)


def _counter(words: Any, counts: Any) -> Counter[str]:
    text = words.tobytes().decode()
    return Counter(dict(zip(text.split("\n") if text else [], counts.tolist(), strict=True)))


def _text(lines: list[str]) -> Any:
    import numpy as np

    return np.frombuffer("\n".join(lines).encode(), dtype=np.uint8)


def _lines(data: Any) -> list[str]:
    text = data.tobytes().decode()
    return text.split("\n") if text else []


def save_index(index: Index, path: Path) -> None:
    """Write ``index`` to ``path`` (atomically: a temporary file renamed over it)."""
    import numpy as np

    index.fold()
    path = Path(path)
    meta = {"format": FORMAT, "version": INDEX_VERSION, "normaliser": NORMALISER_VERSION,
            "count": index.count, "max_block": index.max_block,
            "records": len(index.packed)}  # fmt: skip
    name_words, name_counts = _counter_arrays(index.name_df)
    address_words, address_counts = _counter_arrays(index.address_df)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            np.savez(
                out,
                meta=np.frombuffer(json.dumps(meta).encode(), dtype=np.uint8),
                key_hashes=index.key_hashes, offsets=index.offsets, postings=index.postings,
                lat=np.asarray(index.lat, dtype=np.float64),
                lng=np.asarray(index.lng, dtype=np.float64),
                packed=_text(index.packed), names=_text(index.names),
                removed=np.asarray(sorted(index.removed), dtype=np.int64),
                name_words=name_words, name_counts=name_counts,
                address_words=address_words, address_counts=address_counts,
            )  # fmt: skip
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _meta(path: Path, data: Any) -> dict[str, Any]:
    try:
        meta = json.loads(data["meta"].tobytes())
    except (KeyError, ValueError) as exc:
        raise IndexFormatError(f"{path}: not a chainrights matching index") from exc
    if not isinstance(meta, dict):
        raise IndexFormatError(f"{path}: not a chainrights matching index")
    if meta.get("version") != INDEX_VERSION:
        raise IndexFormatError(
            f"{path}: index format {meta.get('version')}, need {INDEX_VERSION}; rebuild it"
        )
    if meta.get("normaliser") != NORMALISER_VERSION:
        raise IndexFormatError(
            f"{path}: built by normaliser {meta.get('normaliser')}, this engine normalises as "
            f"{NORMALISER_VERSION}; rebuild it"
        )
    return meta


def load_index(path: Path) -> Index:
    """The index saved at ``path``; ``IndexFormatError`` when it is of another format or
    normaliser, or damaged (truncated, not an ``.npz``)."""
    import numpy as np

    path = Path(path)
    try:
        with path.open("rb") as handle, np.load(handle, allow_pickle=False) as data:
            meta = _meta(path, data)
            index = Index.__new__(Index)
            TokenStats.__init__(index)
            index.count, index.max_block = meta["count"], meta["max_block"]
            index.name_df = _counter(data["name_words"], data["name_counts"])
            index.address_df = _counter(data["address_words"], data["address_counts"])
            index.key_hashes, index.offsets = data["key_hashes"], data["offsets"]
            index.postings = data["postings"]
            index.lat, index.lng = data["lat"].tolist(), data["lng"].tolist()
            index.packed, index.names = _lines(data["packed"]), _lines(data["names"])
            index.removed = set(data["removed"].tolist())
    except (
        zipfile.BadZipFile,
        EOFError,
        KeyError,
        UnicodeDecodeError,
        AttributeError,
        TypeError,
    ) as exc:
        raise IndexFormatError(
            f"{path}: damaged or not an index ({exc.__class__.__name__})"
        ) from exc
    except ValueError as exc:
        if isinstance(exc, IndexFormatError):
            raise
        raise IndexFormatError(f"{path}: damaged or not an index ({exc})") from exc
    if not (len(index.packed) == len(index.names) == len(index.lat) == meta["records"]):
        raise IndexFormatError(f"{path}: damaged (record counts disagree)")
    index._by_key = None
    index._cache = {}
    index.extra = {}
    return index
