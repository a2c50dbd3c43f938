"""Supplier lists under the shared upload limits: one huge workbook part is refused at
upload, too many cells stop the reader at the row that goes over, a list that needs more
memory than the cap fails alone, and an organisation with uploads in progress waits."""

from __future__ import annotations

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from chainrights.registry.models import Facility, SupplierList
from tests.conftest import assert_error_shape
from tests.factories import xlsx_with_shared_strings


def _post(client, content: bytes, filename: str = "list.csv", name: str = "Spring 2026"):
    data = {"file": SimpleUploadedFile(filename, content), "name": name}
    return client.post("/api/v1/lists", data, headers=client._headers({}))


def test_a_workbook_with_one_huge_part_is_refused_naming_the_part(api_for, settings):
    settings.MAX_UPLOAD_PART_BYTES = 1024 * 1024
    response = _post(api_for("brand"), xlsx_with_shared_strings(2 * 1024 * 1024), "big.xlsx")
    message = assert_error_shape(response, 400)["message"]
    assert "xl/sharedStrings.xml unpacks to 2 MB; at most 1 MB per part" in message
    assert SupplierList.objects.count() == 0


def _status(client, content: bytes, filename: str, capture) -> dict:
    with capture(execute=True):
        list_id = _post(client, content, filename).json()["id"]
    return client.get_json(f"/api/v1/lists/{list_id}").json()


def test_a_list_with_too_many_cells_fails_naming_the_row(
    api_for, settings, django_capture_on_commit_callbacks
):
    settings.MAX_UPLOAD_CELLS = 50
    rows = "".join(f"CN,Factory {i},Road {i}\n" for i in range(40))
    body = _status(api_for("brand"), f"country,name,address\n{rows}".encode(), "l.csv",
                   django_capture_on_commit_callbacks)  # fmt: skip
    assert body["status"] == "failed"
    assert "l.csv: row 17 (spreadsheet row, header included): more than 50 cells" in body["failure"]
    assert Facility.objects.count() == 0


def test_a_list_that_needs_more_memory_than_the_cap_fails_alone(
    api_for, settings, django_capture_on_commit_callbacks
):
    settings.UPLOAD_PARSE_MEMORY_MB = 24
    settings.MAX_LIST_ROWS = 10_000_000
    rows = b"CN,A,B\n" * 300_000  # 2 MB; its rows as Python objects need far more
    body = _status(api_for("brand"), b"country,name,address\n" + rows, "l.csv",
                   django_capture_on_commit_callbacks)  # fmt: skip
    assert body["status"] == "failed"
    assert "needs more than 24 MB of memory" in body["failure"]
    assert Facility.objects.count() == 0
    settings.UPLOAD_PARSE_MEMORY_MB = 768
    again = _status(api_for("brand"), b"country,name,address\nCN,Kept Mill,Road 1\n", "ok.csv",
                    django_capture_on_commit_callbacks)  # fmt: skip
    assert again["status"] == "done"


def test_the_lists_page_asks_an_organisation_with_uploads_in_progress_to_wait(demo, settings):
    settings.MAX_UPLOADS_IN_PROGRESS = 1
    client = Client()
    client.force_login(demo["brand"])
    first = client.post("/lists", {"name": "one", "file": SimpleUploadedFile(
        "a.csv", b"country,name,address\nCN,A,B\n")})  # fmt: skip
    assert first.status_code == 302  # stored; it stays queued (the worker has not run)
    second = client.post("/lists", {"name": "two", "file": SimpleUploadedFile(
        "b.csv", b"country,name,address\nCN,C,D\n")})  # fmt: skip
    assert second.status_code == 429
    assert "1 upload(s) being processed" in second.content.decode()
    assert SupplierList.objects.count() == 1
