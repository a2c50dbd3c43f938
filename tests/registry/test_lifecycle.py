"""A list's life: queued, processed in chunks with progress, resumed after a crash, worked by
the background worker, compared with its previous version; the template it starts from."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from django.test import override_settings
from openpyxl import load_workbook

from chainrights.matching.io import load_rows
from chainrights.registry import formats, services
from chainrights.registry.models import Facility, ListStatus, SourceRecord, SupplierList
from tests.factories import csv_of, real_rows, upload

DB_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def test_rows_are_written_in_chunks_with_progress_and_a_crash_resumes(
    brand, demo, at_row_write, django_capture_on_commit_callbacks
):
    with override_settings(TASKS=DB_QUEUE):
        item, _ = upload(brand, demo, csv_of(real_rows(7)))

    def worker_killed() -> None:
        raise RuntimeError("worker killed")

    with at_row_write(5, worker_killed), pytest.raises(RuntimeError):
        services.process_list(item.pk, chunk=2)
    item.refresh_from_db()
    # Two chunks of two rows landed; the third chunk rolled back as a whole, and the list
    # says it failed and why.
    assert item.status == ListStatus.FAILED
    assert item.total_rows == 7
    assert item.processed_rows == 4
    assert "after 4 of 7 rows" in item.failure
    assert sorted(SourceRecord.objects.values_list("row", flat=True)) == [0, 1, 2, 3]
    with django_capture_on_commit_callbacks(execute=True):
        services.retry_list(item, demo["brand"])
    item.refresh_from_db()
    assert item.status == ListStatus.DONE
    assert item.percent == 100
    assert item.counts == {"rows": 7, "match": 0, "new": 7, "review": 0, "error": 0}
    assert SourceRecord.objects.count() == 7
    assert Facility.objects.count() == 7


@pytest.mark.django_db(transaction=True)
def test_the_database_queue_holds_a_list_until_the_worker_processes_it(demo, client):
    from chainrights.core.models import Organisation

    brand = Organisation.objects.get(name="Northwind Apparel")
    with override_settings(TASKS=DB_QUEUE):
        item, _ = upload(brand, demo, csv_of(real_rows(3)))
        item.refresh_from_db()
        assert item.status == ListStatus.QUEUED
        client.force_login(demo["brand"])
        page = client.get(f"/lists/{item.pk}", headers={"HX-Request": "true"}).content.decode()
        assert 'hx-trigger="every 1s"' in page  # the page keeps asking while queued
        call_command("db_worker", "--batch", "--no-startup-delay")
    item.refresh_from_db()
    assert item.status == ListStatus.DONE
    assert item.counts["new"] == 3
    page = client.get(f"/lists/{item.pk}", headers={"HX-Request": "true"}).content.decode()
    assert "every 1s" not in page
    assert 'value="100"' in page


def test_a_new_version_shows_what_was_added_and_removed(
    brand, demo, django_capture_on_commit_callbacks, api_for
):
    a, b, c = real_rows(3)
    with django_capture_on_commit_callbacks(execute=True):
        first, _ = upload(brand, demo, csv_of([a, b]), name="Tier 1")
    with django_capture_on_commit_callbacks(execute=True):
        second, _ = upload(brand, demo, csv_of([b, c]), name="Tier 1")
    second.refresh_from_db()
    assert second.previous == first
    changes = services.list_changes(second)
    assert changes is not None
    assert changes["kept"] == 1
    assert [f.name for f in changes["added"]] == [c[1]]
    assert [f.name for f in changes["removed"]] == [a[1]]
    body = api_for("brand").send("GET", f"/api/v1/lists/{second.pk}").json()
    assert body["previous_id"] == first.pk
    assert body["added"] == [changes["added"][0].public_id]
    assert body["removed"] == [changes["removed"][0].public_id]
    assert services.list_changes(first) is None  # the first version has nothing to compare


def test_a_list_over_the_row_limit_is_refused_whole_naming_the_row(
    brand, demo, django_capture_on_commit_callbacks, settings
):
    settings.MAX_LIST_ROWS = 50_000
    rows = [["BD", f"Factory {n}", f"Plot {n}, Ashulia", "", ""] for n in range(100_000)]
    before = (Facility.objects.count(), SourceRecord.objects.count())
    with django_capture_on_commit_callbacks(execute=True):
        item, _ = upload(brand, demo, csv_of(rows))
    item.refresh_from_db()
    assert item.status == ListStatus.FAILED
    assert "row 50000" in item.failure
    assert "50,000 rows" in item.failure
    assert "split" in item.failure
    assert "list.csv" in item.failure
    assert (Facility.objects.count(), SourceRecord.objects.count()) == before


def test_a_header_typo_is_named_with_a_suggestion(brand, demo, django_capture_on_commit_callbacks):
    content = csv_of([["BD", "A", "B"]], header="country,name,adress")
    with django_capture_on_commit_callbacks(execute=True):
        item, _ = upload(brand, demo, content)
    item.refresh_from_db()
    assert item.status == ListStatus.FAILED
    assert "missing required column(s) address" in item.failure
    assert "'adress' for 'address'?" in item.failure


def test_an_open_supply_hub_download_imports_as_a_list(
    brand, demo, django_capture_on_commit_callbacks
):
    header = "os_id,name,address,country_code,country_name,lat,lng,sector,number_of_workers"
    row = ["BD2019081ABC1XY", "Alpha Knit", "Ashulia, Dhaka", "BD", "Bangladesh", "23.9", "90.3",
           "Apparel", "2500"]  # fmt: skip
    with django_capture_on_commit_callbacks(execute=True):
        item, _ = upload(brand, demo, csv_of([row], header=header))
    item.refresh_from_db()
    assert item.status == ListStatus.DONE
    assert item.counts["new"] == 1
    facility = Facility.objects.get()
    assert facility.country == "BD"


def test_the_template_parses_cleanly_in_both_formats(tmp_path):
    csv_path = tmp_path / "t.csv"
    csv_path.write_text(formats.template_csv(), encoding="utf-8")
    rows, errors = load_rows(csv_path)
    assert errors == []
    assert len(rows) == 1
    assert rows[0][2]["number_of_workers"] == "1001-5000"
    xlsx_path = tmp_path / "t.xlsx"
    xlsx_path.write_bytes(formats.template_xlsx())
    rows, errors = load_rows(xlsx_path)
    assert errors == []
    assert rows[0][1].name == "Example Garments Ltd."
    book = load_workbook(io.BytesIO(formats.template_xlsx()))
    assert book.sheetnames == ["facilities", "how to fill"]


def test_template_downloads_need_no_account(client, anon_api):
    page = client.get("/lists/template.csv")
    assert page.status_code == 200
    assert "attachment" in page["Content-Disposition"]
    assert page.content.decode("utf-8-sig").startswith(",".join(formats.TEMPLATE_FIELDS))
    api = anon_api.get("/api/v1/lists/template?format=xlsx")
    assert api.status_code == 200
    assert api.content[:2] == b"PK"
    assert anon_api.get("/api/v1/lists/template?format=pdf").status_code == 422
    assert client.get("/lists/template.pdf").status_code == 404


def test_lists_page_offers_the_template_and_an_as_of_date(client, demo):
    client.force_login(demo["brand"])
    html = client.get("/lists").content.decode()
    assert "/lists/template.csv" in html
    assert 'type="date"' in html
    assert SupplierList.objects.count() == 0


def test_the_worker_keeps_the_registry_index_between_lists(
    brand, demo, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        upload(brand, demo, csv_of(real_rows(4)), name="one")
    first = services.registry_index()
    assert len(first) == Facility.objects.count() == 4  # founded facilities are in, once
    rows = real_rows(6)
    with django_capture_on_commit_callbacks(execute=True):
        item, _ = upload(brand, demo, csv_of(rows[2:]), name="two")
    item.refresh_from_db()
    assert item.counts["match"] == 2
    assert item.counts["new"] == 2
    again = services.registry_index()
    assert again is first
    assert len(again) == Facility.objects.count() == 6
    a, b = Facility.objects.order_by("pk")[:2]
    services.merge_facilities(a, b, demo["operator"], "same site")
    merged = services.registry_index()
    assert merged is first  # a merge needs no rebuild: the merged facility answers with a
    assert len(merged) == 6
