"""Building a registry's index on every core, and matching a list on every core.

Normalising a million registry rows is most of a cold run's time, and each row is
independent: the rows are cut into one slice per process, each process normalises its slice
and indexes it, and the slices' indexes are merged in order (``merge_indexes``), so the result
is the index one process would have built. Matching a list is as independent per row (a run
does not add facilities as it goes), so its rows are matched the same way against one index
that the forked processes share.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Sequence
from typing import Any

from chainrights.matching.blocking import Index, merge_indexes
from chainrights.matching.engine import Matcher, Result
from chainrights.matching.records import Record, normalize

# Below this many rows a second process costs more than it saves.
PARALLEL_FROM = 20_000


def processes(wanted: int | None = None) -> int:
    """``wanted``, else every core this process may use."""
    if wanted:
        return max(1, wanted)
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def _slices(n: int, parts: int) -> list[tuple[int, int]]:
    step = -(-n // parts)
    return [(i, min(n, i + step)) for i in range(0, n, step)]


def _context() -> Any:
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def _index_of(records: Sequence[Record]) -> Index:
    return Index(normalize(r) for r in records)


def build_index(
    records: Sequence[Record], workers: int | None = None, parallel_from: int = PARALLEL_FROM
) -> Index:
    """The index of ``records``, normalised on ``workers`` processes (default: every core)
    when there are at least ``parallel_from`` of them."""
    count = processes(workers)
    if count == 1 or len(records) < parallel_from:
        return _index_of(records)
    chunks = [records[a:b] for a, b in _slices(len(records), count)]
    with _context().Pool(count) as pool:
        parts = pool.map(_index_of, chunks)
    return merge_indexes(parts)


_SHARED: dict[str, Any] = {}  # the index and matcher a forked worker inherits


def _match_slice(bounds: tuple[int, int]) -> list[Result]:
    index, matcher, records = _SHARED["index"], _SHARED["matcher"], _SHARED["records"]
    return [matcher.match_one(index, normalize(r)) for r in records[bounds[0] : bounds[1]]]


def match_all(
    index: Index, records: Sequence[Record], matcher: Matcher, workers: int | None = None
) -> list[Result]:
    """One result per record, in order; on every core where the platform forks (the index
    is shared copy-on-write, not copied), else in this process."""
    count = processes(workers)
    if count == 1 or len(records) < 2_000 or "fork" not in multiprocessing.get_all_start_methods():
        return [matcher.match_one(index, normalize(r)) for r in records]
    _SHARED.update(index=index, matcher=matcher, records=records)
    try:
        # many small slices, so one slow slice does not leave a core idle at the end
        bounds = _slices(len(records), count * 8)
        with multiprocessing.get_context("fork").Pool(count) as pool:
            parts = pool.map(_match_slice, bounds)
    finally:
        _SHARED.clear()
    return [result for part in parts for result in part]
