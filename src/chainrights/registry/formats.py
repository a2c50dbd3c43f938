"""Files the registry reads and writes: open-data downloads, Open Supply Hub's format and the
supplier-list template (Open Supply Hub's vocabulary plus the Transparency Pledge's fields).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.http import HttpResponse
from openpyxl import Workbook

from chainrights.core.spreadsheets import defuse
from chainrights.registry.models import Facility

OPEN_DATA_FIELDS = [
    "id", "country", "name", "address", "lat", "lng",
    "sectors", "product_types", "parent_company", "workers", "os_id",
]  # fmt: skip
# Open Supply Hub's list-upload columns, so an export here is an upload there.
OSH_FIELDS = [
    "country", "name", "address", "lat", "lng", "sector", "product_type",
    "number_of_workers", "parent_company", "os_id", "chainrights_id",
]  # fmt: skip
TEMPLATE_FIELDS = [
    "country", "name", "address", "lat", "lng", "sector", "product_type", "facility_type",
    "processing_type", "number_of_workers", "parent_company", "native_language_name",
    "os_id", "duns_id", "lei_id",
]  # fmt: skip
TEMPLATE_EXAMPLE = {
    "country": "BD", "name": "Example Garments Ltd.", "address": "Plot 12, Road 3, Ashulia, Dhaka",
    "lat": "23.8932", "lng": "90.3271", "sector": "Apparel", "product_type": "Knitwear",
    "facility_type": "Final product assembly", "processing_type": "Cutting; Sewing",
    "number_of_workers": "1001-5000", "parent_company": "Example Group",
    "native_language_name": "এক্সাম্পল গার্মেন্টস লিমিটেড", "os_id": "", "duns_id": "", "lei_id": "",
}  # fmt: skip
TEMPLATE_NOTES = [
    ("country, name, address", "required; country as ISO code or name in any common spelling"),
    ("number_of_workers", "a count or a Transparency Pledge band: Less than 1000, 1001-5000, "
     "5001-10000, More than 10000"),
    ("parent_company", "the group the facility belongs to (Transparency Pledge)"),
    ("product_type, processing_type", "what is made and how (Transparency Pledge); "
     "separate several with ;"),
    ("tier and as-of date", "set on the upload form, for the whole list"),
    ("other columns", "kept as you wrote them, shown to you with each row"),
]  # fmt: skip


def open_data_rows() -> Iterable[dict[str, Any]]:
    """The public registry as open data: facilities a public list names now (or an operator
    entered), never one that only private lists name (``registry.visibility``)."""
    public_facilities = Facility.objects.visible_to(None, survivors=True)
    public_facilities = public_facilities.order_by("pk")
    for f in public_facilities.iterator(chunk_size=2000):
        yield {
            "id": f.public_id, "country": f.country, "name": f.name, "address": f.address,
            "lat": f.lat, "lng": f.lng, "sectors": f.sectors, "product_types": f.product_types,
            "parent_company": f.parent_company, "workers": f.workers,
            "os_id": (f.identifiers.get("os_id") or [""])[0],
        }  # fmt: skip


def as_osh(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "country": row["country"], "name": row["name"], "address": row["address"],
        "lat": row["lat"], "lng": row["lng"], "sector": row["sectors"],
        "product_type": row["product_types"], "number_of_workers": row["workers"],
        "parent_company": row["parent_company"], "os_id": row["os_id"],
        "chainrights_id": row["id"],
    }  # fmt: skip


def as_csv(rows: Iterable[dict[str, Any]], fields: list[str] = OPEN_DATA_FIELDS) -> Iterable[str]:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=fields, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        # Cells that a spreadsheet would run as formulas are written as text.
        writer.writerow({k: defuse(v) for k, v in row.items()})
        if buffer.tell() > 64 * 1024:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def as_json(rows: Iterable[dict[str, Any]]) -> Iterable[str]:
    yield '{"licence": ' + json.dumps(licence()) + ', "facilities": ['
    for n, row in enumerate(rows):
        yield ("," if n else "") + json.dumps(row, ensure_ascii=False)
    yield "]}"


def as_geojson(rows: Iterable[dict[str, Any]]) -> Iterable[str]:
    yield '{"type": "FeatureCollection", "licence": ' + json.dumps(licence()) + ', "features": ['
    n = 0
    for row in rows:
        if row["lat"] is None or row["lng"] is None:
            continue
        feature = {
            "type": "Feature",
            "id": row["id"],
            "geometry": {"type": "Point", "coordinates": [row["lng"], row["lat"]]},
            "properties": {k: v for k, v in row.items() if k not in ("lat", "lng")},
        }
        yield ("," if n else "") + json.dumps(feature, ensure_ascii=False)
        n += 1
    yield "]}"


def licence() -> str:
    return str(settings.OPEN_DATA_LICENCE)


def download(format: str) -> tuple[Iterable[str], str]:
    """The open-data body for ``format`` (csv, json, geojson, osh) and its content type."""
    rows = open_data_rows()
    if format == "osh":
        return as_csv((as_osh(r) for r in rows), OSH_FIELDS), "text/csv"
    if format == "json":
        return as_json(rows), "application/json"
    if format == "geojson":
        return as_geojson(rows), "application/geo+json"
    return as_csv(rows), "text/csv"


def template_csv() -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=TEMPLATE_FIELDS)
    writer.writeheader()
    writer.writerow(TEMPLATE_EXAMPLE)
    return "\ufeff" + buffer.getvalue()  # the BOM lets spreadsheet programs read UTF-8


def template_xlsx() -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "facilities"
    sheet.append(TEMPLATE_FIELDS)
    sheet.append([TEMPLATE_EXAMPLE[f] for f in TEMPLATE_FIELDS])
    notes = book.create_sheet("how to fill")
    notes.append(["column", "what to write"])
    for row in TEMPLATE_NOTES:
        notes.append(list(row))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def template_response(fmt: str) -> Any:
    """The template as a download, or None for a format we do not offer."""
    if fmt == "xlsx":
        kind = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        response = HttpResponse(template_xlsx(), content_type=kind)
    elif fmt == "csv":
        response = HttpResponse(template_csv(), content_type="text/csv; charset=utf-8")
    else:
        return None
    response["Content-Disposition"] = f'attachment; filename="supplier-list-template.{fmt}"'
    return response
