"""`chainrights match` and `chainrights dedupe`: the engine's stable command-line contract.

No database, no network: CSV or XLSX in, CSV out, bad rows in an errors file.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TypeVar

from chainrights.matching import cache
from chainrights.matching.blocking import Index
from chainrights.matching.build import build_index, match_all
from chainrights.matching.engine import Matcher
from chainrights.matching.humans import HumanDecisions
from chainrights.matching.io import InputError, RowError, load_records, write_errors
from chainrights.matching.records import normalize

T = TypeVar("T")


def progress(items: Iterable[T], total: int, label: str) -> Iterator[T]:
    """A progress bar on a terminal; silent when output is redirected."""
    from tqdm import tqdm

    yield from tqdm(items, total=total, desc=label, unit="row", disable=not sys.stderr.isatty())


def _errors_path(out: Path, given: Path | None) -> Path:
    return given or out.with_name(out.stem + ".errors.csv")


def _report(errors: list[RowError], path: Path, source: str) -> None:
    skipped = sum(e.action == "skipped" for e in errors)
    if errors:
        print(f"{source}: {skipped} rows skipped, {len(errors) - skipped} kept with a warning; "
              f"see {path}", file=sys.stderr)  # fmt: skip
        for error in errors[:5]:
            print(f"  row {error.row}, {error.field}: {error.reason}", file=sys.stderr)


def _matcher(decisions: Path | None) -> Matcher:
    humans = HumanDecisions.load(decisions) if decisions else HumanDecisions()
    return Matcher(humans=humans)


def _registry_index(
    path: Path, cache_dir: Path | None, workers: int | None
) -> tuple[Index, list[RowError], str]:
    """The registry's index: from the cache when this file's content was indexed before,
    else read, normalised on every core, and saved to the cache (``InputError`` for a
    registry that cannot be read)."""

    def build() -> tuple[Index, list[RowError]]:
        registry, errors = load_records(path, id_column=True)
        return build_index([r for _, r in registry], workers), errors

    return cache.cached_index(path, cache_dir, build)


def run_match(
    registry_path: Path, incoming_path: Path, out: Path,
    errors_path: Path | None = None, decisions: Path | None = None,
    cache_dir: Path | bool | None = True, workers: int | None = None,
) -> int:  # fmt: skip
    """``cache_dir``: True for the cache beside the registry, a directory, or None/False
    for none."""
    directory = cache.default_dir(registry_path) if cache_dir is True else cache_dir or None
    try:
        incoming, incoming_errors = load_records(incoming_path)
        index, registry_errors, how = _registry_index(registry_path, directory, workers)
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if sys.stderr.isatty():
        print(f"registry index {how} ({len(index):,} facilities)", file=sys.stderr)
    matcher = _matcher(decisions)
    results = match_all(index, [r for _, r in incoming], matcher, workers)
    errors_file = _errors_path(out, errors_path)
    with out.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["row", "facility_id", "score", "decision"])
        for (row, _), result in zip(incoming, results, strict=True):
            writer.writerow([row, result.facility_id or "", f"{result.score:.4f}", result.decision])
    errors = [RowError(e.row, e.field, f"registry: {e.reason}", e.action) for e in registry_errors]
    errors += incoming_errors
    write_errors(errors_file, errors)
    _report(registry_errors, errors_file, registry_path.name)
    _report(incoming_errors, errors_file, incoming_path.name)
    return 0


def run_dedupe(
    input_path: Path, out: Path, engine: str = "duckdb",
    errors_path: Path | None = None, decisions: Path | None = None,
) -> int:  # fmt: skip
    try:
        records, errors = load_records(input_path, id_column=True)
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    normalized = [normalize(r) for _, r in progress(records, len(records), "normalising")]
    if engine == "inprocess":
        clusters = _matcher(decisions).dedupe(normalized)
    else:
        from chainrights.matching.batch import dedupe_normalized

        clusters = dedupe_normalized(normalized, engine, _matcher(decisions))
    with out.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "cluster"])
        for _, record in records:
            writer.writerow([record.key, clusters[record.key]])
    errors_file = _errors_path(out, errors_path)
    write_errors(errors_file, errors)
    _report(errors, errors_file, input_path.name)
    return 0
