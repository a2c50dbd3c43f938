"""Audit imports run in the background worker, like lists: the upload answers at once with
its job, the worker parses the file in a child process under a memory cap and stores all or
nothing, and the job's page and API show progress, then the outcome."""

from __future__ import annotations

import io
import json
from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from chainrights.audits.models import Audit, AuditImport
from chainrights.core import events
from tests.conftest import assert_error_shape
from tests.factories import AUDIT_CSV_HEADER, audit_raw, xlsx_with_shared_strings


def _client(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _upload(client: Client, name: str, content: bytes) -> Any:
    return client.post("/audits/import", {"file": SimpleUploadedFile(name, content)})


def _api_upload(api: Any, name: str, content: bytes) -> Any:
    return api.post("/api/v1/audits/import", {"file": SimpleUploadedFile(name, content)},
                    headers=api._headers({}))  # fmt: skip


def _two_audits(claimed_facility: Any) -> bytes:
    return json.dumps(
        {"audits": [audit_raw(claimed_facility), audit_raw(claimed_facility, reference="A-2")]}
    ).encode()


def test_an_upload_is_stored_at_once_and_the_page_shows_it_queued(demo, claimed_facility):
    response = _upload(_client(demo["auditor"]), "audits.json", _two_audits(claimed_facility))
    job = AuditImport.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/audits/imports/{job.pk}"
    assert job.status == "queued"
    assert Audit.objects.count() == 0
    page = _client(demo["auditor"]).get(f"/audits/imports/{job.pk}").content.decode()
    assert "Queued" in page
    assert 'hx-trigger="every 1s"' in page
    assert '<noscript><meta http-equiv="refresh"' in page  # it refreshes without JavaScript too


def test_the_worker_imports_the_file_and_the_page_lists_the_audits(
    demo, claimed_facility, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = _upload(_client(demo["auditor"]), "audits.json", _two_audits(claimed_facility))
    page = _client(demo["auditor"]).get(response["Location"]).content.decode()
    assert "2 audits imported." in page
    assert "hx-trigger" not in page
    job = AuditImport.objects.get()
    assert job.status == "done"
    assert sorted(job.audit_ids) == sorted(Audit.objects.values_list("pk", flat=True))
    assert job.processed == job.total == 2


def test_the_api_answers_202_with_a_status_url_that_reports_the_outcome(
    demo, claimed_facility, api_for, django_capture_on_commit_callbacks
):
    auditor = api_for("auditor")
    with django_capture_on_commit_callbacks(execute=True):
        response = _api_upload(auditor, "audits.json", _two_audits(claimed_facility))
    assert response.status_code == 202
    body = auditor.get_json(response.json()["url"]).json()
    assert body["status"] == "done"
    assert body["created"] == 2
    assert len(body["ids"]) == 2
    assert body["progress"] == {"processed": 2, "total": 2, "percent": 100}
    with django_capture_on_commit_callbacks(execute=True):
        again = _api_upload(auditor, "audits.json", _two_audits(claimed_facility))
    refused = auditor.get_json(again.json()["url"]).json()
    assert refused["status"] == "failed"
    assert refused["created"] == 0
    assert refused["problems"][0]["field"] == "audits[0].reference"
    assert "already recorded" in refused["problems"][0]["reason"]
    assert Audit.objects.count() == 2


def test_only_the_uploading_organisation_and_operators_see_an_import(
    demo, claimed_facility, api_for
):
    _upload(_client(demo["auditor"]), "audits.json", _two_audits(claimed_facility))
    job = AuditImport.objects.get()
    assert _client(demo["brand"]).get(f"/audits/imports/{job.pk}").status_code == 404
    assert api_for("brand").get_json(f"/api/v1/audits/imports/{job.pk}").status_code == 404
    assert api_for("operator").get_json(f"/api/v1/audits/imports/{job.pk}").status_code == 200


def _failure(demo: dict[str, Any], name: str, content: bytes, capture: Any) -> str:
    """Upload through the page, let the worker run, and read the job's failure."""
    with capture(execute=True):
        response = _upload(_client(demo["auditor"]), name, content)
    assert response.status_code == 302, response.content[:300]
    job = AuditImport.objects.get()
    page = _client(demo["auditor"]).get(response["Location"]).content.decode()
    assert job.status == "failed"
    assert "Nothing was imported" in page
    assert Audit.objects.count() == 0
    return job.failure


def test_deeply_nested_json_fails_its_import_with_a_reason_not_a_500(
    demo, django_capture_on_commit_callbacks
):
    failure = _failure(demo, "deep.json", b'{"audits": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
                       django_capture_on_commit_callbacks)  # fmt: skip
    assert "nests lists or objects" in failure


def test_json_nested_under_the_recursion_limit_is_still_refused(
    demo, django_capture_on_commit_callbacks
):
    nested = json.dumps({"audits": [{"reference": json.loads("[" * 500 + "]" * 500)}]})
    failure = _failure(demo, "deep.json", nested.encode(), django_capture_on_commit_callbacks)
    assert "more than 20 levels deep" in failure


def test_a_workbook_with_one_huge_part_is_refused_at_upload_naming_the_part(demo, settings):
    settings.MAX_UPLOAD_PART_BYTES = 1024 * 1024
    content = xlsx_with_shared_strings(2 * 1024 * 1024)
    assert len(content) > 1024 * 1024  # small enough overall: only its one part is too large
    response = _upload(_client(demo["auditor"]), "audits.xlsx", content)
    page = response.content.decode()
    assert response.status_code == 400
    assert "xl/sharedStrings.xml unpacks to 2 MB" in page
    assert AuditImport.objects.count() == 0
    assert Audit.objects.count() == 0


def _workbook(rows: int) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(AUDIT_CSV_HEADER.split(","))
    for r in range(rows):
        sheet.append([f"r{r}c{c}" for c in range(len(AUDIT_CSV_HEADER.split(",")))])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_a_workbook_with_too_many_cells_stops_at_the_row_that_goes_over(
    demo, settings, django_capture_on_commit_callbacks
):
    settings.MAX_UPLOAD_CELLS = 100
    failure = _failure(demo, "audits.xlsx", _workbook(30), django_capture_on_commit_callbacks)
    assert "row 9 (spreadsheet row, header included): more than 100 cells" in failure


def test_an_import_that_needs_more_memory_than_the_cap_fails_alone(
    demo, claimed_facility, settings, django_capture_on_commit_callbacks
):
    settings.UPLOAD_PARSE_MEMORY_MB = 24
    # 18 MB of tiny objects: ~450 MB once parsed (each 8-byte '{"a":1},' is a 200-byte dict)
    content = b'{"audits": [' + b",".join([b'{"a":1}'] * 2_300_000) + b"]}"
    assert len(content) < 20 * 2**20
    failure = _failure(demo, "audits.json", content, django_capture_on_commit_callbacks)
    assert "needs more than 24 MB of memory" in failure
    settings.UPLOAD_PARSE_MEMORY_MB = 768  # the worker carries on with the next file
    with events.acting_as(system="test"):
        AuditImport.objects.all().delete()
    with django_capture_on_commit_callbacks(execute=True):
        _upload(_client(demo["auditor"]), "audits.json", _two_audits(claimed_facility))
    assert AuditImport.objects.get().status == "done"
    assert Audit.objects.count() == 2


def test_an_organisation_with_uploads_in_progress_is_asked_to_wait(
    demo, claimed_facility, settings, api_for
):
    from chainrights.core.models import Organisation
    from chainrights.registry.services import upload_list

    settings.MAX_UPLOADS_IN_PROGRESS = 2
    northwind = Organisation.objects.get(name="Northwind Apparel")
    upload_list(owner=northwind, user=demo["brand"], name="queued", filename="l.csv",
                content=b"country,name,address\nCN,A,B\n")  # fmt: skip
    assert (
        _upload(_client(demo["brand"]), "a.json", _two_audits(claimed_facility)).status_code == 302
    )
    refused = _upload(_client(demo["brand"]), "b.json", _two_audits(claimed_facility))
    assert refused.status_code == 429
    assert "2 upload(s) being processed" in refused.content.decode()
    body = assert_error_shape(
        _api_upload(api_for("brand"), "c.json", _two_audits(claimed_facility)), 429
    )
    assert body["code"] == "uploads_in_progress"
    assert "Northwind Apparel" in body["message"]
    lists = api_for("brand").post(
        "/api/v1/lists", {"file": SimpleUploadedFile("l2.csv", b"country,name,address\nCN,C,D\n"),
                          "name": "another"}, headers=api_for("brand")._headers({}))  # fmt: skip
    assert_error_shape(lists, 429)
    assert AuditImport.objects.count() == 1  # nothing stored for the refused uploads
    # another organisation is not held up by Northwind's uploads
    assert (
        _upload(_client(demo["auditor"]), "a.json", _two_audits(claimed_facility)).status_code
        == 302
    )
