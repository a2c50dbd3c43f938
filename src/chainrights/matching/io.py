"""Reading supplier lists (CSV or XLSX) row by row, with a report of every bad row.

A malformed file (unreadable, no header, a required column missing) stops with one clear
message. A malformed row (empty name, unknown country, bytes that are not UTF-8, a value too
long) is reported with its row number, field and reason, and skipped; the rest goes on.
"""

from __future__ import annotations

import csv
import difflib
import io
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from openpyxl import load_workbook

from chainrights.matching.records import Record, country_code

MAX_FIELD = 2000
csv.field_size_limit(1024 * 1024)


class InputError(ValueError):
    """The file as a whole cannot be read."""


@dataclass(frozen=True)
class RowError:
    row: int  # 0-based index of the data row (the header is not counted)
    field: str
    reason: str
    action: str = "skipped"


def _cells_csv(path: Path) -> Iterator[list[str] | csv.Error]:
    raw = path.open("rb")
    with raw:
        start = raw.read(3)
        if start != b"\xef\xbb\xbf":
            raw.seek(0)
        text = io.TextIOWrapper(raw, encoding="utf-8", errors="surrogateescape", newline="")
        reader = csv.reader(text)
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield exc
                continue
            yield row


def _cells_xlsx(path: Path) -> Iterator[list[str] | csv.Error]:

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except MemoryError:
        raise  # the caller's memory cap, not a broken file
    except Exception as exc:
        raise InputError(
            f"{path.name}: not a readable XLSX workbook ({exc.__class__.__name__})"
        ) from exc
    try:
        sheet = book.worksheets[0]
        for values in sheet.iter_rows(values_only=True):
            yield ["" if v is None else str(v) for v in values]
    finally:
        book.close()


def _counted(
    cells: Iterator[list[str] | csv.Error], path: Path, max_cells: int
) -> Iterator[list[str] | csv.Error]:
    """Stop reading at the row whose cells (empty ones included) go over ``max_cells``: a
    sheet that declares a million columns would otherwise be padded out row by row."""
    seen = 0
    for number, row in enumerate(cells, start=1):
        seen += len(row) if isinstance(row, list) else 1
        if seen > max_cells:
            raise InputError(
                f"{path.name}: row {number} (spreadsheet row, header included): more than "
                f"{max_cells:,} cells, the most one file may hold; split it, or delete unused "
                "columns and rows"
            )
        yield row


def read_table(
    path: Path, *, max_cells: int | None = None
) -> tuple[list[str], Iterator[tuple[int, dict[str, str] | RowError]]]:
    """The header and an iterator of (row index, values by column or the row's error);
    ``max_cells`` stops the reader early (``InputError``) on a file with more cells."""
    if not path.exists():
        raise InputError(f"{path}: no such file")
    cells = _cells_xlsx(path) if path.suffix.lower() in (".xlsx", ".xlsm") else _cells_csv(path)
    if max_cells is not None:
        cells = _counted(cells, path, max_cells)
    first = next(cells, None)
    if first is None or isinstance(first, csv.Error) or not any(c.strip() for c in first):
        raise InputError(f"{path.name}: the file is empty or has no header row")
    header = [h.strip().lstrip("\ufeff").lower() for h in first]
    if any("\udc80" <= ch <= "\udcff" for h in header for ch in h):
        raise InputError(f"{path.name}: the header row is not valid UTF-8")

    def rows() -> Iterator[tuple[int, dict[str, str] | RowError]]:
        for index, row in enumerate(cells):
            if isinstance(row, csv.Error):
                yield index, RowError(index, "-", f"unreadable CSV row ({row})")
                continue
            if not any(cell.strip() for cell in row):
                continue
            values = {h: (row[i].strip() if i < len(row) else "") for i, h in enumerate(header)}
            bad = next(
                (h for h, v in values.items() if any("\udc80" <= ch <= "\udcff" for ch in v)), None
            )
            if bad is not None:
                yield index, RowError(index, bad, "not valid UTF-8 (save the file as UTF-8)")
                continue
            yield index, values

    return header, rows()


def _number(value: str) -> float | None:
    value = value.strip().replace(",", ".")
    if not value:
        return None
    number = float(value)  # raises ValueError
    if not math.isfinite(number):
        raise ValueError(value)
    return number


_WORKERS = re.compile(r"^\s*(\d[\d,\.]*)\s*(?:-|–|to)?\s*(\d[\d,\.]*)?\s*\+?\s*$")


def parse_workers(value: str) -> int | None:
    """'850', '1,200', '1001-5000' (the middle of a band), 'Less than 1000' → None."""
    match = _WORKERS.match(value or "")
    if not match:
        return None
    low = int(re.sub(r"[,\.]", "", match.group(1)))
    high = int(re.sub(r"[,\.]", "", match.group(2))) if match.group(2) else low
    return (low + high) // 2


def load_records(
    path: Path, *, id_column: bool = False
) -> tuple[list[tuple[int, Record]], list[RowError]]:
    """Records from a supplier list; bad rows are reported and left out."""
    rows, errors = load_rows(path, id_column=id_column)
    return [(index, record) for index, record, _ in rows], errors


# Open Supply Hub's download names the country column differently from its upload template;
# either is read, so a registry export from there imports here unchanged.
COUNTRY_ALIASES = ("country_code", "country_name")


def load_rows(
    path: Path,
    *,
    id_column: bool = False,
    max_rows: int | None = None,
    max_cells: int | None = None,
) -> tuple[list[tuple[int, Record, dict[str, str]]], list[RowError]]:
    """Like ``load_records``, keeping every column of each good row as given.

    ``max_rows`` (and ``max_cells``) refuse a larger file as a whole (naming the first row
    over the limit) rather than reading it all into memory first.
    """
    header, rows = read_table(path, max_cells=max_cells)
    alias = next((a for a in COUNTRY_ALIASES if a in header), None)
    if "country" not in header and alias:
        header = [*header, "country"]
        rows = ((i, {**v, "country": v[alias]} if isinstance(v, dict) else v) for i, v in rows)
    required = ["id", "country", "name", "address"] if id_column else ["country", "name", "address"]
    missing = [c for c in required if c not in header]
    if missing:
        hints = [
            f"{found!r} for {want!r}?"
            for want in missing
            for found in difflib.get_close_matches(want, header, n=1, cutoff=0.6)
        ]
        raise InputError(
            f"{path.name}: row 0 (header): missing required column(s) {', '.join(missing)}; "
            f"found {', '.join(header) or 'none'}"
            + (f" (a typo? {' '.join(hints)})" if hints else "")
        )
    records: list[tuple[int, Record, dict[str, str]]] = []
    errors: list[RowError] = []
    seen_ids: set[str] = set()
    for index, values in rows:
        if max_rows is not None and index >= max_rows:
            raise InputError(
                f"{path.name}: row {index}: more than {max_rows:,} rows, the most one list may "
                "hold; split the file into several lists"
            )
        if isinstance(values, RowError):
            errors.append(values)
            continue
        problem = _row_problem(values, id_column, seen_ids)
        if problem:
            errors.append(RowError(index, *problem))
            continue
        lat = lng = None
        try:
            lat, lng = _number(values.get("lat", "")), _number(values.get("lng", ""))
            if (lat is None) != (lng is None) or (
                lat is not None
                and lng is not None
                and not (-90 <= lat <= 90 and -180 <= lng <= 180)
            ):
                raise ValueError
        except ValueError:
            errors.append(
                RowError(index, "lat/lng", "not a valid coordinate pair; ignored", "kept")
            )
            lat = lng = None
        key = values["id"] if id_column else str(index)
        seen_ids.add(key)
        records.append(
            (
                index,
                Record(
                    key=key,
                    country=values["country"],
                    name=values["name"],
                    address=values.get("address", ""),
                    lat=lat,
                    lng=lng,
                    parent_company=values.get("parent_company", ""),
                    number_of_workers=parse_workers(values.get("number_of_workers", "")),
                ),
                values,
            )
        )
    return records, errors


def _row_problem(values: dict[str, str], id_column: bool, seen: set[str]) -> tuple[str, str] | None:
    for column, value in values.items():
        if len(value) > MAX_FIELD:
            return column, f"longer than {MAX_FIELD} characters"
    if id_column:
        if not values["id"]:
            return "id", "empty"
        if values["id"] in seen:
            return "id", f"duplicate id {values['id']!r}"
    if not values["name"]:
        return "name", "empty"
    if not values["country"]:
        return "country", "empty"
    if not country_code(values["country"]):
        return "country", f"unknown country {values['country'][:60]!r}"
    return None


def write_errors(path: Path, errors: list[RowError]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["row", "field", "reason", "action"])
        for error in errors:
            writer.writerow([error.row, error.field, error.reason, error.action])
