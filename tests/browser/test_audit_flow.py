"""An auditor uploads an audit with findings; the supplier proposes actions and lets every
sourcing brand see the audit; the brand comments; an operator verifies one action and sees an
overdue one flagged; a second brand sees the shared audit."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.browser.conftest import Page, sign_in

pytestmark = pytest.mark.browser


def _as(browser: Any, live_server: Any, username: str) -> tuple[Any, Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    page = Page(context.new_page(), live_server.url)
    sign_in(page, username)
    return context, page


def test_an_audit_is_shared_planned_verified_and_overdue_is_flagged(
    page, browser, live_server, transactional_db, tmp_path: Path
):
    from django.contrib.auth import get_user_model

    from chainrights.audits import deadlines
    from chainrights.audits.models import Action, Audit
    from chainrights.core.demo import load_demo
    from chainrights.core.services import create_account
    from tests.factories import sourced_claimed_facility

    load_demo()
    users = {u.username: u for u in get_user_model().objects.all()}
    facility = sourced_claimed_facility(users)
    create_account(username="southbay", password="southbay-demo-2026",
                   org_name="Southbay Outfitters", org_kind="brand", role="editor",
                   validate=False)  # fmt: skip
    upload = tmp_path / "audit.csv"
    upload.write_text(
        "reference,facility_id,scheme,audit_type,start_date,end_date,auditor_firm,"
        "interviews_on_site_women,interviews_on_site_men,commissioned_by,visibility,share_with,"
        "finding_number,right,severity,description\n"
        f"SM-77,{facility.public_id},SMETA,announced,2026-09-01,2026-09-02,"
        "Independent Audit Partners,9,6,Northwind Apparel,shared,Northwind Apparel,1,"
        "excessive-overtime,non-compliance,Up to 78 hours a week before shipment\n"
        f"SM-77,{facility.public_id},SMETA,announced,2026-09-01,2026-09-02,"
        "Independent Audit Partners,9,6,Northwind Apparel,shared,Northwind Apparel,2,"
        "building-and-fire-safety,critical,Third-floor fire exit locked\n",
        encoding="utf-8",
    )

    sign_in(page, "auditor")
    page.go("/audits")
    page.page.get_by_label("Audits file (CSV, XLSX or JSON)").set_input_files(str(upload))
    page.page.get_by_role("button", name="Import").click()
    # The import runs in the background: its page says when it is done, the audit's page
    # then shows the quality signals.
    page.page.get_by_text("1 audit imported.").wait_for()
    page.shot("audit-1-import-done")
    page.page.set_viewport_size({"width": 360, "height": 740})  # the same page on a phone
    assert page.page.evaluate("document.documentElement.scrollWidth") <= 360
    page.shot("audit-1-import-done-phone")
    page.page.set_viewport_size({"width": 1280, "height": 900})
    audit = Audit.objects.get(reference="SM-77")
    page.go(f"/audits/{audit.pk}")
    assert page.page.get_by_text("Workers were interviewed only on site.").is_visible()
    page.shot("audit-1-uploaded-by-auditor")

    supplier_context, supplier = _as(browser, live_server, "supplier")
    supplier.go(f"/audits/{audit.pk}")
    finding_1, finding_2 = audit.findings.order_by("number")
    for finding, text, days in ((finding_1, "Cap weekly hours at 60", 60),
                                (finding_2, "Unlock every exit; daily check", -3)):  # fmt: skip
        block = supplier.page.locator(f"#f{finding.number}")
        block.get_by_text("Propose a corrective action").click()
        block.get_by_label("Action", exact=True).fill(text)
        deadline = deadlines.today_everywhere() + timedelta(days=days)
        block.get_by_label("Deadline").fill(deadline.isoformat())
        block.get_by_label("Root cause", exact=True).select_option("management_system")
        block.get_by_role("button", name="Propose").click()
        supplier.page.get_by_text("Action proposed.").wait_for()
    hours = Action.objects.get(finding=finding_1)
    supplier.page.select_option(f"#status-{hours.pk}", "done")
    supplier.page.locator(f"#a{hours.pk}").get_by_role("button", name="Update").click()
    supplier.page.get_by_text("Progress recorded.").wait_for()
    supplier.page.get_by_label("Share with every brand that sources from this facility").check()
    supplier.page.get_by_role("button", name="Share").click()
    supplier.page.get_by_text("Shared.").wait_for()
    supplier.shot("audit-2-supplier-plan")
    supplier_context.close()

    brand_context, brand = _as(browser, live_server, "brand")
    brand.go(f"/audits/{audit.pk}")
    brand.page.fill(f"#comment-{hours.pk}", "We will freeze order changes 30 days before shipment.")
    brand.page.locator(f"#a{hours.pk}").get_by_role("button", name="Comment").click()
    brand.page.get_by_text("Comment added.").wait_for()
    brand.shot("audit-3-brand-comment")
    brand_context.close()

    operator_context, operator = _as(browser, live_server, "handler")
    operator.go(f"/audits/{audit.pk}")
    exits = Action.objects.get(finding=finding_2)
    assert "overdue by" in operator.page.locator(f"#a{exits.pk} .status-overdue").inner_text()
    operator.page.select_option(f"#method-{hours.pk}", "worker_interview")
    operator.page.fill(f"#vnote-{hours.pk}", "Time records and 8 workers confirm 60 hours.")
    operator.page.get_by_role("button", name="Record verification").click()
    operator.page.get_by_text("Verification recorded.").wait_for()
    assert operator.page.locator(f"#a{hours.pk} .status-verified").is_visible()
    operator.shot("audit-4-operator-verified-and-overdue")
    operator.go("/audits/load")
    operator.page.get_by_role("heading", name="Overdue corrective actions").wait_for()
    assert operator.page.get_by_text("Unlock every exit").is_visible()
    operator.shot("audit-5-load-and-overdue")
    operator_context.close()

    southbay_context, southbay = _as(browser, live_server, "southbay")
    southbay.go("/audits")
    southbay.page.get_by_role("link", name="Rupsha Knitwear Ltd").click()
    southbay.page.get_by_text("Up to 78 hours a week before shipment").wait_for()
    assert southbay.page.get_by_text("We will freeze order changes").is_visible()
    southbay.shot("audit-6-second-brand-sees-shared-audit")
    errors = page.console_errors + southbay.console_errors
    southbay_context.close()
    assert errors == []
    hours.refresh_from_db()
    assert hours.status == "verified"
    assert hours.verified_by_org.name == "Fair Supply Initiative"
