"""The registry API: uploading lists, reading their status and rows, finding facilities."""

from __future__ import annotations

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from chainrights.core import events
from chainrights.registry import formats
from chainrights.registry.models import Facility
from tests.conftest import ApiClient, assert_error_shape
from tests.factories import csv_of, real_rows


def _post(client: ApiClient, content: bytes, filename: str = "list.csv", **fields):
    data = {"file": SimpleUploadedFile(filename, content), "name": "Spring 2026", **fields}
    return client.post("/api/v1/lists", data, headers=client._headers({}))


@pytest.fixture
def brand_api(api_for):
    return api_for("brand")


def test_upload_status_rows_and_facilities(brand_api, anon_api, django_capture_on_commit_callbacks):
    rows = [*real_rows(6), ["Atlantis", "Nowhere", "x", "", ""]]
    with django_capture_on_commit_callbacks(execute=True):
        response = _post(brand_api, csv_of(rows), tier="1", public="true")
    assert response.status_code == 201
    list_id = response.json()["id"]
    body = brand_api.get_json(f"/api/v1/lists/{list_id}").json()
    assert body["status"] == "done"
    assert body["counts"] == {"rows": 7, "match": 0, "new": 6, "review": 0, "error": 1}
    errors = brand_api.get_json(f"/api/v1/lists/{list_id}/rows?status=error").json()["items"]
    assert errors[0]["row"] == 6
    assert errors[0]["evidence"]["field"] == "country"
    new = brand_api.get_json(f"/api/v1/lists/{list_id}/rows?status=new").json()
    assert new["count"] == 6
    facility_id = new["items"][0]["facility_id"]
    found = anon_api.get_json(f"/api/v1/facilities?q={facility_id.lower()}").json()
    assert [f["id"] for f in found["items"]] == [facility_id]
    detail = anon_api.get_json(f"/api/v1/facilities/{facility_id}").json()
    assert detail["merged"] is False
    assert detail["sources"] == 1


def test_the_same_file_again_answers_200_with_the_first_list(
    brand_api, django_capture_on_commit_callbacks
):
    content = csv_of(real_rows(3))
    with django_capture_on_commit_callbacks(execute=True):
        first = _post(brand_api, content).json()
    again = _post(brand_api, content)
    assert again.status_code == 200
    assert (again.json()["id"], again.json()["created"]) == (first["id"], False)


def test_a_merged_id_answers_with_the_survivor(anon_api, system):
    survivor = Facility.objects.create(country="CN", name="Survivor Garments")
    merged = Facility.objects.create(country="CN", name="Old Name", merged_into=survivor)
    body = anon_api.get_json(f"/api/v1/facilities/{merged.public_id}").json()
    assert body["id"] == survivor.public_id
    assert body["requested_id"] == merged.public_id
    assert body["merged"] is True


def test_an_unknown_or_malformed_facility_id_is_404(anon_api, db):
    assert_error_shape(anon_api.get_json("/api/v1/facilities/CR0000000000Z"), 404)
    assert_error_shape(anon_api.get_json("/api/v1/facilities/" + "x" * 300), 404)


def _zip_bomb() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"0" * (300 * 1024 * 1024))
    return out.getvalue()


@pytest.mark.parametrize(
    ("name", "content", "status", "message"),
    [
        ("list.csv", b"", 400, "empty"),
        ("list.pdf", b"%PDF-1.4", 415, ".csv or .xlsx"),
        ("list.xlsx", b"this is not a zip", 400, "not a readable XLSX"),
        ("bomb.xlsx", None, 400, "bomb"),
    ],
)
def test_unsafe_or_unusable_uploads_are_refused_before_parsing(
    brand_api, name, content, status, message
):
    before = Facility.objects.count()
    response = _post(brand_api, _zip_bomb() if content is None else content, filename=name)
    assert message in assert_error_shape(response, status)["message"]
    assert Facility.objects.count() == before


@pytest.mark.parametrize(
    ("content", "failure"),
    [
        (b"country;name;address\nCN;A;B\n", "missing required column"),
        (b"contry,name,address\nCN,A,B\n", "missing required column(s) country"),
        ("country,name,address\nCN,Fábrica,Calle 1\n".encode("latin-1"), None),
    ],
)
def test_malformed_lists_fail_or_report_clearly(
    brand_api, django_capture_on_commit_callbacks, content, failure
):
    with django_capture_on_commit_callbacks(execute=True):
        list_id = _post(brand_api, content).json()["id"]
    body = brand_api.get_json(f"/api/v1/lists/{list_id}").json()
    if failure:
        assert body["status"] == "failed"
        assert failure in body["failure"]
    else:  # a non-UTF-8 row is reported, not guessed at
        assert body["counts"]["error"] == 1
        assert "UTF-8" in body["report"][0]["reason"]
    assert not Facility.objects.exists()


def test_xlsx_with_formulas_and_a_huge_cell_are_data(brand_api, django_capture_on_commit_callbacks):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["country", "name", "address"])
    sheet.append(["CN", '=HYPERLINK("http://example.invalid","x")', "1 Road"])
    sheet.append(["CN", "Big Cell Garments", "y" * 10_000])
    sheet.append(["KH", "CPCG International Co. Ltd", "Kampong Cham"])
    out = io.BytesIO()
    book.save(out)
    with django_capture_on_commit_callbacks(execute=True):
        list_id = _post(brand_api, out.getvalue(), filename="list.xlsx").json()["id"]
    body = brand_api.get_json(f"/api/v1/lists/{list_id}").json()
    assert body["status"] == "done"
    assert body["counts"] == {
        "rows": 3,
        "match": 0,
        "new": 1,
        "review": 0,
        "error": 2,
    }
    # A formula is never evaluated: only a value Excel saved counts, and this one has none.
    assert [(e["row"], e["field"]) for e in body["report"]] == [(0, "name"), (1, "address")]
    assert "longer than" in body["report"][1]["reason"]


def test_viewers_and_other_kinds_may_not_upload(api_for):
    for role in ("brandviewer", "auditor", "union", "inspector"):
        assert_error_shape(_post(api_for(role), csv_of(real_rows(1))), 403)


def test_a_private_list_is_invisible_to_other_brands_and_the_public(
    api_for, anon_api, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        list_id = _post(api_for("brand"), csv_of(real_rows(2))).json()["id"]
    assert_error_shape(api_for("supplier").get_json(f"/api/v1/lists/{list_id}"), 404)
    assert_error_shape(api_for("supplier").get_json(f"/api/v1/lists/{list_id}/rows"), 404)
    assert_error_shape(anon_api.get_json(f"/api/v1/lists/{list_id}"), 401)
    assert api_for("brandviewer").get_json(f"/api/v1/lists/{list_id}").status_code == 200
    with events.acting_as(system="test"):
        assert Facility.objects.count() == 2


def test_open_data_downloads_hold_public_facilities_only(
    api_for, anon_api, django_capture_on_commit_callbacks
):
    import json

    brand = api_for("brand")
    with django_capture_on_commit_callbacks(execute=True):
        _post(brand, csv_of(real_rows(3)), public="true")
    with django_capture_on_commit_callbacks(execute=True):
        _post(brand, csv_of([["CN", "=cmd|' /C calc'!A0", "Secret Road", "", ""]]), name="private")
    csv_body = b"".join(
        anon_api.get("/api/v1/facilities/download?format=csv").streaming_content
    ).decode()
    assert csv_body.splitlines()[0] == ",".join(formats.OPEN_DATA_FIELDS)
    assert len(csv_body.strip().splitlines()) == 4
    assert "Secret Road" not in csv_body
    payload = json.loads(
        b"".join(anon_api.get("/api/v1/facilities/download?format=json").streaming_content)
    )
    assert payload["licence"] == "CC BY-SA 4.0"
    assert len(payload["facilities"]) == 3
    geo = json.loads(
        b"".join(anon_api.get("/api/v1/facilities/download?format=geojson").streaming_content)
    )
    assert geo["type"] == "FeatureCollection"
    assert len(geo["features"]) == 3
    assert geo["features"][0]["geometry"]["type"] == "Point"
    assert_error_shape(anon_api.get_json("/api/v1/facilities/download?format=xml"), 422)


def test_formula_like_names_are_defused_in_csv_downloads(
    api_for, anon_api, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        _post(api_for("brand"), csv_of([["CN", "=HYPERLINK(1)", "1 Road", "", ""]]), public="true")
    body = b"".join(anon_api.get("/api/v1/facilities/download").streaming_content).decode()
    assert "'=HYPERLINK(1)" in body
