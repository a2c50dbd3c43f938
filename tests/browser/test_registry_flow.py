"""A brand uploads a list with bad rows, watches it being processed, reads the row report,
answers a review, opens a facility page with its map, and downloads the open data."""

from __future__ import annotations

import csv
import io

import pytest
from django.core.management import call_command

from tests.factories import csv_of, real_rows

pytestmark = pytest.mark.browser
DB_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def _sign_in(page, username: str) -> None:
    page.go("/accounts/login/")
    page.page.get_by_label("Username").fill(username)
    page.page.get_by_label("Password").fill(f"{username}-demo-2026")
    page.page.get_by_role("button", name="Sign in").click()
    page.page.get_by_role("button", name="Sign out").wait_for()


def _upload(page, tmp_path, name: str, content: bytes, filename: str) -> None:
    path = tmp_path / filename
    path.write_bytes(content)
    page.go("/lists")
    page.page.get_by_label("List name").fill(name)
    page.page.get_by_label("Supplier list (CSV or XLSX)").set_input_files(str(path))
    page.page.get_by_label("Publish this list as open data").check()
    page.page.get_by_role("button", name="Upload").click()
    page.page.get_by_text("Status:").wait_for()


def _work() -> None:
    """What `chainrights serve`'s worker does between two polls of the page."""
    call_command("db_worker", "--batch", "--no-startup-delay")


def test_brand_uploads_watches_reviews_opens_and_downloads(
    page, transactional_db, tmp_path, settings
):
    from chainrights.core.demo import load_demo

    settings.TASKS = DB_QUEUE
    load_demo()
    _sign_in(page, "brand")
    page.go("/lists")
    assert page.page.get_by_role("link", name="CSV").get_attribute("href") == (
        "/lists/template.csv"
    )
    rows = [
        *real_rows(6),
        ["Atlantis", "Nowhere Garments", "x", "", ""],
        ["CN", "", "1 Road", "", ""],
    ]
    _upload(page, tmp_path, "Spring 2026", csv_of(rows), "spring.csv")
    page.page.get_by_text("Queued", exact=True).wait_for()
    assert page.page.get_by_text("This page updates itself").is_visible()
    page.shot("list-queued")
    _work()
    # The page polls and swaps in the result without a reload. The row report may already
    # show the rows refused at upload, so wait for the status, not for the report's heading.
    page.page.get_by_text("Done", exact=True).wait_for()
    page.page.get_by_role("heading", name="Row report").wait_for()
    assert page.page.get_by_text("unknown country 'Atlantis'").is_visible()
    assert page.page.locator("progress").get_attribute("value") == "100"
    page.shot("list-report")

    second = [["LK", "Smart Shirts Limited", "No. 10 Off Airport Road, Katunayake", "", ""]]
    _upload(page, tmp_path, "Sri Lanka", csv_of(second), "lk.csv")
    _work()
    page.page.get_by_text("Done", exact=True).wait_for()
    unclear = [["LK", "Smart Shirts Lanka", "Katunayake", "", ""]]
    _upload(page, tmp_path, "Sri Lanka update", csv_of(unclear), "lk2.csv")
    _work()
    page.page.get_by_role("button", name="Same facility").wait_for()
    page.shot("review-queue")
    page.page.get_by_role("button", name="Same facility").click()
    page.page.get_by_text("the decision is recorded").wait_for()

    page.go("/facilities")
    page.page.get_by_label("Name (any script), address or ID").fill("RSI")
    page.page.get_by_text("1 result shown").wait_for()  # htmx narrowed the results
    assert page.page.get_by_role("link", name="CPCG International Co. Ltd").count() == 0
    page.page.locator(".leaflet-container .leaflet-interactive").first.wait_for()  # map drew
    page.shot("facility-search")
    page.page.get_by_role("link", name="RSI Apparels Ltd").first.click()
    page.page.get_by_role("heading", name="Disclosed by").wait_for()
    assert page.page.get_by_text("Northwind Apparel").first.is_visible()
    page.page.locator(".leaflet-container .leaflet-interactive").first.wait_for()
    page.shot("facility-page")

    page.go("/facilities")
    with page.page.expect_download() as download:
        page.page.get_by_role("link", name="CSV").click()
    body = download.value.path().read_text(encoding="utf-8")
    facilities = list(csv.DictReader(io.StringIO(body)))
    assert len(facilities) >= 7
    assert "RSI Apparels Ltd" in {f["name"] for f in facilities}
    with page.page.expect_download() as download:
        page.page.get_by_role("link", name="GeoJSON").click()
    assert '"FeatureCollection"' in download.value.path().read_text(encoding="utf-8")
    assert page.console_errors == []
