"""Importing purchase orders with their changes, payments and deductions (CSV, XLSX, JSON).

One reader for every way in: the file is parsed (in a capped child process, as audits and
supplier lists are) into plain rows, every row is checked and each problem names its row,
field and reason, and nothing is stored unless every row is good (one transaction). A table
file carries one record a row (``record``: order, change, payment or deduction; the last
three name their order by ``reference``); JSON nests them under each order.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.auth.models import User
from django.db import transaction

from chainrights.audits.services import Problem, Problems
from chainrights.core import events, refusals, uploads
from chainrights.core.models import Organisation
from chainrights.matching.io import InputError, RowError, read_table
from chainrights.purchasing import access
from chainrights.purchasing.checks import Checked, check_rows
from chainrights.purchasing.models import Deduction, OrderChange, Payment, PurchaseOrder

MAX_BYTES = 30 * 1024 * 1024
MAX_ROWS = 200_000  # 100,000 order lines are stored in the bench's time (bench/purchasing)
MAX_DEPTH = 6
CHUNK = 2000  # rows in one bulk insert and one append to the hash chain


class ImportError_(refusals.Invalid):
    """The file as a whole cannot be read (400)."""


Row = tuple[str, dict[str, Any]]  # where ("row 3", "orders[2].payments[0]"), raw values


def _read_json(content: bytes) -> list[Row] | str:
    try:
        data = json.loads(content.decode("utf-8"))
    except UnicodeDecodeError as exc:
        return f"the JSON is not valid UTF-8 (byte {exc.start})"
    except (json.JSONDecodeError, RecursionError) as exc:
        return f"not valid JSON ({type(exc).__name__})"
    orders = data.get("orders") if isinstance(data, dict) else data
    if not isinstance(orders, list):
        return 'expected {"orders": [...]} or a list of orders'
    rows: list[Row] = []
    for i, order in enumerate(orders):
        order = order if isinstance(order, dict) else {}
        nested = {k: order.pop(k, None) for k in ("changes", "payments", "deductions")}
        rows.append((f"orders[{i}]", {**order, "record": "order"}))
        for key, items in nested.items():
            for j, item in enumerate(items if isinstance(items, list) else []):
                item = item if isinstance(item, dict) else {}
                where, record = f"orders[{i}].{key}[{j}]", key.rstrip("s")
                rows.append(
                    (where, {**item, "record": record, "reference": order.get("reference")})
                )
    return rows


def _read_table(filename: str, content: bytes) -> list[Row] | str:
    suffix = ".xlsx" if filename.lower().endswith(".xlsx") else ".csv"
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"orders{suffix}"
        path.write_bytes(content)
        try:
            header, cells = read_table(path, max_cells=settings.MAX_UPLOAD_CELLS)
            if "reference" not in header:
                return "the header lacks reference (see the template)"
            for index, values in cells:
                if index >= MAX_ROWS:
                    return f"more than {MAX_ROWS:,} rows; split the file"
                if isinstance(values, RowError):
                    rows.append((f"row {index + 2}", {"_error": (values.field, values.reason)}))
                else:
                    rows.append((f"row {index + 2}", {"record": "order", **values}))
        except InputError as exc:
            return str(exc)
    return rows


def parse(filename: str, content: bytes) -> list[Row] | str:
    """Plain rows, or why the file as a whole cannot be read (runs in the capped child)."""
    if filename.lower().endswith(".json") or content.lstrip()[:1] in (b"{", b"["):
        return _read_json(content)
    return _read_table(filename, content)


def _importer(user: User) -> Organisation:
    org = access.brand_of(user, editing=True) or access.supplier_of(user)
    if org is None:
        raise refusals.NotAllowed("Brands and suppliers (their editors) import orders.")
    return org


def import_orders(user: User, filename: str, content: bytes) -> dict[str, int]:
    """Check every row, then store all of them or none; returns counts per record."""
    checked = check_file(user, filename, content)
    if checked.problems:
        raise Problems(checked.problems)
    return store(user, checked)


def check_file(user: User, filename: str, content: bytes) -> Checked:
    """Every row checked (nothing stored): the rows to store, or each row's problems."""
    owner = _importer(user)
    if len(content) > MAX_BYTES:
        raise refusals.TooLarge(f"larger than {MAX_BYTES // 2**20} MB", field="file")
    if problem := uploads.unsafe_upload(filename, content):
        raise ImportError_(problem, field="file")
    rows = uploads.run_capped(parse, filename, content)
    if isinstance(rows, str):
        raise ImportError_(rows, field="file")
    return check_rows(rows, owner, user)


def store(user: User, checked: Checked) -> dict[str, int]:
    """Store checked rows, all or none, in one transaction: one bulk insert per chunk of
    ``CHUNK`` rows, each row still its own ``<model>.created`` event with the snapshot a save
    would log, and the hash chain appended once per chunk (``events.create_logged``)."""
    owner = _importer(user)
    with (
        transaction.atomic(),
        events.acting_as(user=user, organisation=owner, reason="orders imported"),
        events.batched(),
    ):
        stored: dict[str, PurchaseOrder] = {}
        refs = list(checked.orders)
        for chunk in _chunks(refs):
            made = events.create_logged(
                [PurchaseOrder(owner_org=owner, **checked.orders[ref]) for ref in chunk]
            )
            stored.update(zip(chunk, made, strict=True))
        records = ((OrderChange, checked.changes), (Payment, checked.payments),
                   (Deduction, checked.deductions))  # fmt: skip
        earlier = sorted({ref for _m, rows in records for ref, _f in rows} - stored.keys())
        for chunk in _chunks(earlier):
            found = PurchaseOrder.objects.filter(owner_org=owner, reference__in=chunk)
            stored.update((o.reference, o) for o in found)
        for model, rows in records:
            for part in _chunks(rows):
                events.create_logged([model(order=stored[ref], **fields) for ref, fields in part])
    return {"orders": len(checked.orders), "changes": len(checked.changes),
            "payments": len(checked.payments), "deductions": len(checked.deductions)}  # fmt: skip


def _chunks(items: list[Any]) -> Iterator[list[Any]]:
    for first in range(0, len(items), CHUNK):
        yield items[first : first + CHUNK]


__all__ = ["MAX_ROWS", "Problem", "check_file", "import_orders", "store"]
