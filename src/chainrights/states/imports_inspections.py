"""Inspection records from a CSV or XLSX file: one row per violation or order, the rows of one
inspection sharing its ``reference``. All or nothing: every row is checked first (through
``inspections.check``, as the form and the API are), each problem names its row, field and
reason, and nothing is stored unless every row is good."""

from __future__ import annotations

import csv
import io
import tempfile
from pathlib import Path
from typing import Any, cast

from django.conf import settings
from django.contrib.auth.models import User
from django.http import HttpResponse
from django.utils.translation import gettext as _
from openpyxl import Workbook

from chainrights.core import uploads
from chainrights.core.models import Right
from chainrights.core.refusals import Invalid, NotAllowed, Problem, Problems
from chainrights.matching.io import InputError, RowError, read_table
from chainrights.states import access
from chainrights.states.inspections import Draft, check, store_all

MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 5_000
INSPECTION_FIELDS = [
    "reference", "facility_id", "inspected_on", "trigger", "announced", "inspectors",
    "workers_interviewed", "penalties_imposed", "penalties_collected", "currency",
    "follow_up_on", "follow_up_outcome", "visibility",
]  # fmt: skip
ROW_FIELDS = ["right", "law_article", "violation", "order", "order_deadline", "order_description"]
FIELDS = INSPECTION_FIELDS + ROW_FIELDS
REQUIRED = ["reference", "facility_id", "inspected_on"]
EXAMPLE = [
    {"reference": "DIFE-2026-0001", "facility_id": "CR-BD-EXAMPLE", "inspected_on": "2026-03-10",
     "trigger": "routine", "announced": "no", "inspectors": "2", "workers_interviewed": "18",
     "penalties_imposed": "50000", "penalties_collected": "0", "currency": "BDT",
     "follow_up_on": "2026-05-10", "follow_up_outcome": "", "visibility": "public",
     "right": "working-hours", "law_article": "Bangladesh Labour Act 2006, s. 102",
     "violation": "Overtime beyond the legal limit", "order": "improvement_notice",
     "order_deadline": "2026-04-30", "order_description": "Keep weekly hours within the law"},
]  # fmt: skip


class FileRefused(Invalid):
    """The file as a whole cannot be read (400)."""


def _rows(filename: str, content: bytes) -> list[tuple[int, dict[str, str]]]:
    """The file's rows by line, read in a child process under the upload memory and time
    caps (``core.uploads.run_capped``): a workbook that unpacks to too much fails alone."""
    if len(content) > MAX_BYTES:
        raise FileRefused(_("The file is larger than %(n)d MB.") % {"n": MAX_BYTES // 2**20},
                          field="file")  # fmt: skip
    if problem := uploads.unsafe_upload(filename, content):
        raise FileRefused(problem, field="file")
    suffix = ".xlsx" if filename.lower().endswith(".xlsx") else ".csv"
    refused, out, problems = uploads.run_capped(_parse, suffix, content, settings.MAX_UPLOAD_CELLS)
    if refused:
        raise FileRefused(refused, field="file")
    if problems:
        raise Problems(problems)
    return cast(list[tuple[int, dict[str, str]]], out)


def _parse(suffix: str, content: bytes, max_cells: int) -> tuple[str, list[Any], list[Problem]]:
    """(why the file is refused, or ""; its rows; its rows' problems), answered as values:
    the child process of ``run_capped`` returns what pickles, and touches no database."""
    out: list[tuple[int, dict[str, str]]] = []
    problems: list[Problem] = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"inspections{suffix}"
        path.write_bytes(content)
        try:
            header, rows = read_table(path, max_cells=max_cells)
            missing = [c for c in REQUIRED if c not in header]
            if missing:
                return _("The header lacks %(c)s (see the template).") % {
                    "c": ", ".join(missing)}, [], []  # fmt: skip
            for index, values in rows:
                line = index + 2  # the spreadsheet's row number (the header is row 1)
                if index >= MAX_ROWS:
                    return _("More than %(n)s rows: split the file.") % {"n": f"{MAX_ROWS:,}"
                                                                         }, [], []  # fmt: skip
                if isinstance(values, RowError):
                    problems.append(Problem(f"row {line}", values.field, values.reason))
                else:
                    out.append((line, values))
        except InputError as exc:
            return str(exc), [], []
    return "", out, problems


def _grouped(rows: list[tuple[int, dict[str, str]]], problems: list[Problem]
             ) -> list[tuple[str, dict[str, Any]]]:  # fmt: skip
    """The rows of one inspection (one reference) as one raw record; its columns must agree."""
    grouped: dict[str, tuple[int, dict[str, Any]]] = {}
    for line, values in rows:
        ref = values.get("reference", "")
        if not ref:
            problems.append(Problem(f"row {line}", "reference", _("required")))
            continue
        first = grouped.get(ref)
        if first is None:
            raw: dict[str, Any] = {k: values.get(k, "") for k in INSPECTION_FIELDS}
            raw |= {"violations": [], "orders": []}
            first = grouped[ref] = (line, raw)
        else:
            for name in INSPECTION_FIELDS:
                if values.get(name, "") and values[name] != first[1][name]:
                    problems.append(
                        Problem(
                            f"row {line}",
                            name,
                            _("differs from row %(n)d of the same inspection") % {"n": first[0]},
                        )
                    )
        if values.get("right"):
            first[1]["violations"].append({"right": values["right"],
                "law_article": values.get("law_article", ""),
                "description": values.get("violation", "")})  # fmt: skip
        if values.get("order"):
            first[1]["orders"].append({"kind": values["order"],
                "deadline": values.get("order_deadline", ""),
                "description": values.get("order_description", "")})  # fmt: skip
    return [(f"row {line}", raw) for line, raw in grouped.values()]


def import_file(user: User, filename: str, content: bytes) -> list[int]:
    """Store every inspection of the file, or none (raising the file's or rows' problems)."""
    owner = access.inspectorate_of(user, editing=True)
    if owner is None:
        raise NotAllowed(_("Only a labour inspectorate's editors import inspections."))
    with uploads.admit(owner):  # the inspectorate's row is locked: one import at a time
        problems: list[Problem] = []
        records = _grouped(_rows(filename, content), problems)
        rights = {r.code: r for r in Right.objects.all()}
        drafts: list[Draft] = []
        for where, raw in records:
            draft = check(raw, user, owner, where, problems, rights)
            if draft is not None:
                drafts.append(draft)
        if not problems and not drafts:
            problems.append(Problem("file", "-", _("no inspection in the file")))
        if problems:
            raise Problems(problems)
        return store_all(owner, user, drafts, filename)


def template_csv() -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=FIELDS)
    writer.writeheader()
    writer.writerows(EXAMPLE)
    return "\ufeff" + buffer.getvalue()  # the BOM lets spreadsheet programs read UTF-8


def template_xlsx() -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "inspections"
    sheet.append(FIELDS)
    for row in EXAMPLE:
        sheet.append([row[f] for f in FIELDS])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def template_response(fmt: str) -> HttpResponse:
    """The template as a download (``xlsx``, else CSV), for the page and the API alike."""
    if fmt == "xlsx":
        kind = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        response = HttpResponse(template_xlsx(), content_type=kind)
    else:
        fmt = "csv"
        response = HttpResponse(template_csv(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="inspections-template.{fmt}"'
    return response
