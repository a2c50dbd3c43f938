"""A brand uploads a list with bad rows, reads the report, answers a review, opens a facility."""

from __future__ import annotations

import pytest

from tests.registry.test_processing import _csv, _real_rows

pytestmark = pytest.mark.browser


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


def test_brand_uploads_reviews_and_opens_a_facility(page, transactional_db, tmp_path):
    from chainrights.core.demo import load_demo

    load_demo()
    _sign_in(page, "brand")
    rows = [
        *_real_rows(6),
        ["Atlantis", "Nowhere Garments", "x", "", ""],
        ["CN", "", "1 Road", "", ""],
    ]
    _upload(page, tmp_path, "Spring 2026", _csv(rows), "spring.csv")
    page.page.get_by_role("heading", name="Row report").wait_for()
    assert page.page.get_by_text("unknown country 'Atlantis'").is_visible()
    page.shot("list-report")

    second = [["LK", "Smart Shirts Limited", "No. 10 Off Airport Road, Katunayake", "", ""]]
    _upload(page, tmp_path, "Sri Lanka", _csv(second), "lk.csv")
    unclear = [["LK", "Smart Shirts Lanka", "Katunayake", "", ""]]
    _upload(page, tmp_path, "Sri Lanka update", _csv(unclear), "lk2.csv")
    if page.page.get_by_role("button", name="Same facility").count():
        page.shot("review-queue")
        page.page.get_by_role("button", name="Same facility").click()
        page.page.get_by_text("the decision is recorded").wait_for()

    page.go("/facilities")
    page.page.get_by_label("Name, address or ID").fill("RSI")
    page.page.get_by_role("link", name="RSI Apparels Ltd").wait_for()
    page.shot("facility-search")
    page.page.get_by_role("link", name="RSI Apparels Ltd").click()
    page.page.get_by_role("heading", name="Disclosed by").wait_for()
    assert page.page.get_by_text("Northwind Apparel").first.is_visible()
    page.shot("facility-page")
    assert page.console_errors == []
