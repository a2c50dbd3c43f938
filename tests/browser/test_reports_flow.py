"""Issue 19's acceptance: Northwind drafts a UNGP Reporting Framework report for 2026, follows
two figures to their records, writes the missing narratives and publishes; the PDF is
rendered and turned into PNG pages (pdftoppm); the public sees the published report and
Northwind's scorecard beside Southbay's. No page overflows at 360 px."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.browser.conftest import SCREENSHOTS, Page, sign_in

pytestmark = pytest.mark.browser


def _scene() -> int:
    from chainrights.audits.demo import load_demo_audits
    from chainrights.codes.demo import load_demo_codes
    from chainrights.core.demo import load_demo
    from chainrights.registry.demo import load_demo_lists
    from chainrights.reports.demo import load_demo_reports
    from chainrights.reports.models import Report

    load_demo()
    load_demo_lists()
    load_demo_codes()
    load_demo_audits()
    load_demo_reports()
    return Report.objects.get(owner_org__name="Northwind Apparel").pk


def _context(browser: Any, live_server: Any, width: int = 1280) -> tuple[Any, Page]:
    context = browser.new_context(viewport={"width": width, "height": 900}, locale="en-GB",
                                  is_mobile=width < 800)  # fmt: skip
    return context, Page(context.new_page(), live_server.url)


def _no_overflow(page: Page) -> None:
    width = page.page.evaluate("document.documentElement.scrollWidth")
    assert width <= page.page.viewport_size["width"], (page.page.url, width)


def _follow(page: Page, report: int, key: str) -> str:
    page.go(f"/reports/{report}")
    page.page.locator(f"a[href='/reports/{report}/figures/{key}']").first.click()
    page.page.locator("ul.records a").first.click()
    page.page.wait_for_load_state()
    return page.page.url


def _pdf_pages(context: Any, base: str, report: int, tmp: Path) -> list[Path]:
    response = context.request.get(f"{base}/reports/{report}.pdf")
    assert response.ok
    assert response.body()[:5] == b"%PDF-"
    (tmp / "report.pdf").write_bytes(response.body())
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed; run scripts/ensure-weasyprint")
    command = [pdftoppm, "-png", "-r", "70", "-f", "1", "-l", "3", str(tmp / "report.pdf"),
               str(tmp / "page")]  # fmt: skip
    subprocess.run(command, check=True)  # noqa: S603  (our own file, a fixed command)
    pages = sorted(tmp.glob("page-*.png"))
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for n, path in enumerate(pages, 1):
        shutil.copy(path, SCREENSHOTS / f"reports-pdf-page-{n}.png")
    return pages


def test_northwind_drafts_follows_writes_publishes_and_the_public_reads(
    browser, live_server, transactional_db, tmp_path: Path
):
    report = _scene()
    context, brand = _context(browser, live_server)
    sign_in(brand, "brand")
    brand.go("/reports")
    brand.page.get_by_role("link", name="ungprf 2015").click()
    assert brand.page.get_by_text("Questions that still need words").is_visible()
    brand.shot("reports-draft")
    assert "/facilities/" in _follow(brand, report, "suppliers.facilities")
    assert "/codes/" in _follow(brand, report, "code.rights_covered")
    brand.go(f"/reports/{report}/write")
    for code in ("C1", "C2", "C3", "C4", "C5", "C6"):
        brand.page.fill(f"#id_{code}", f"What Northwind did in 2026 on {code}.")
    brand.page.get_by_role("button", name="Save").click()
    assert brand.page.get_by_text("Questions that still need words").count() == 0
    brand.page.get_by_role("link", name="Review and publish").click()
    brand.page.get_by_label("Everyone (public)").check()
    brand.page.get_by_role("button", name="Publish").click()
    assert brand.page.get_by_text("SHA-256").is_visible()
    brand.shot("reports-published")
    pages = _pdf_pages(context, live_server.url, report, tmp_path)
    assert len(pages) >= 2
    context.close()

    context, public = _context(browser, live_server)
    public.go(f"/reports/{report}")
    assert public.page.get_by_text("What Northwind did in 2026 on C6.").is_visible()
    public.go("/scorecards")
    assert public.page.get_by_role("link", name="Northwind Apparel").is_visible()
    assert public.page.get_by_role("link", name="Southbay Outfitters").is_visible()
    public.shot("reports-scorecards")
    context.close()

    context, phone = _context(browser, live_server, width=360)
    for path in (f"/reports/{report}", "/scorecards", "/scorecards/methodology", "/reports",
                 f"/reports/{report}/figures/suppliers.facilities"):  # fmt: skip
        phone.go(path)
        _no_overflow(phone)
    phone.shot("reports-report-360")
    sign_in(phone, "brand")
    phone.go("/reports/effectiveness")
    _no_overflow(phone)
    phone.go("/reports/new")
    _no_overflow(phone)
    context.close()
