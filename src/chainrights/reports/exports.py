"""A report as a printable HTML document, a PDF (WeasyPrint, loaded only when asked for), a
CSV or XLSX data annex (one row per figure cell, with its source and date) and JSON."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator
from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from openpyxl import Workbook

from chainrights.core import documents
from chainrights.core.spreadsheets import defuse
from chainrights.reports.models import Report

ANNEX = ["question", "figure", "label", "row", "value", "source", "as_of", "gap"]


def _name(report: Report, suffix: str) -> str:
    return f"report-{report.pk}-{report.framework}-{report.period_end.year}.{suffix}"


def annex_rows(view: dict[str, Any]) -> Iterator[list[Any]]:
    """One row per figure (and per row of a figure's table) under each question."""
    for section in view["sections"]:
        for q in section["questions"]:
            for f in q["figures"]:
                base = [q["code"], f["key"], f["label"]]
                tail = [f["source_label"], f["as_of"], f["gap_text"]]
                yield [*base, "", f["value"], *tail]
                for label, *values in f["rows"]:  # a wide row's values in one cell
                    value = values[0] if len(values) == 1 else " · ".join(map(str, values))
                    yield [*base, label, value, *tail]


def document(request: HttpRequest, report: Report, view: dict[str, Any]) -> str:
    return render_to_string("reports/document.html", {"report": report, "view": view}, request)


def as_html(request: HttpRequest, report: Report, view: dict[str, Any]) -> HttpResponse:
    return HttpResponse(document(request, report, view))


def as_pdf(request: HttpRequest, report: Report, view: dict[str, Any]) -> HttpResponse:
    return documents.pdf_response(request, document(request, report, view), _name(report, "pdf"))


def as_csv(request: HttpRequest, report: Report, view: dict[str, Any]) -> HttpResponse:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(ANNEX)
    writer.writerows([defuse(c) for c in row] for row in annex_rows(view))
    response = HttpResponse(out.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{_name(report, "csv")}"'
    return response


def as_xlsx(request: HttpRequest, report: Report, view: dict[str, Any]) -> HttpResponse:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "figures"
    sheet.append(ANNEX)
    for row in annex_rows(view):
        sheet.append([defuse(c) if not isinstance(c, list | dict) else json.dumps(c) for c in row])
    out = io.BytesIO()
    book.save(out)
    response = HttpResponse(
        out.getvalue(),
        content_type=("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    )
    response["Content-Disposition"] = f'attachment; filename="{_name(report, "xlsx")}"'
    return response


def as_json(request: HttpRequest, report: Report, view: dict[str, Any]) -> HttpResponse:
    return HttpResponse(json.dumps(view, cls=DjangoJSONEncoder, ensure_ascii=False),
                        content_type="application/json")  # fmt: skip


FORMATS: dict[str, Callable[[HttpRequest, Report, dict[str, Any]], HttpResponse]] = {
    "html": as_html, "pdf": as_pdf, "csv": as_csv, "xlsx": as_xlsx, "json": as_json,
}  # fmt: skip
