"""Impact assessments in a browser: Northwind opens the demo's published assessment of Square
Fashions; drafts a country × product one through the forms (a consultation, a finding, an
action) and publishes it; the pages fit 360 px without horizontal overflow."""

from __future__ import annotations

import pytest

from tests.browser.test_purchasing_flow import _as, _no_overflow
from tests.risk.test_demo import load_all

pytestmark = pytest.mark.browser


def test_assessment_draft_publish_and_phone_width(browser, live_server, transactional_db):
    from chainrights.risk.models import ImpactAssessment

    load_all()
    demo = ImpactAssessment.objects.get()
    context, page = _as(browser, live_server, "brand")
    page.go("/risk")
    page.page.get_by_role("link", name="Impact assessments").first.click()
    page.page.get_by_role("link", name=demo.title).click()
    page.page.get_by_role("heading", name="Findings per right").wait_for()
    assert "SHA-256" in page.page.content()
    page.shot("risk-assessment-1280")

    page.go("/risk/assessments/new")
    page.page.fill("#id_title", "Bangladesh garments HRIA (browser test)")
    page.page.select_option("#id_scope", "country_product")
    page.page.fill("#id_country", "BD")
    page.page.fill("#id_product", "garments")
    page.page.fill("#id_period_start", "2026-01-01")
    page.page.fill("#id_period_end", "2026-06-30")
    page.page.get_by_role("button", name="Create the draft").click()
    page.page.get_by_text("Draft created").wait_for()
    page.page.select_option("#id_group", "union")
    page.page.fill("#id_people", "4")
    page.page.fill("#id_method", "meeting at the federation")
    page.page.fill("#id_held_on", "2026-03-02")
    page.page.get_by_role("button", name="Add").first.click()
    page.page.get_by_text("Consultation added").wait_for()
    page.page.select_option("#id_right", "child-labour")
    page.page.fill("#id_text", "Home-based finishing work in the peak season.")
    page.page.fill("#id_source", "union meeting, March 2026")
    page.page.get_by_role("button", name="Add").nth(1).click()
    page.page.get_by_text("Finding added").wait_for()
    page.shot("risk-assessment-draft-1280")
    page.page.get_by_role("button", name="Publish this version").click()
    page.page.get_by_text("Published: the content is frozen").wait_for()
    made = ImpactAssessment.objects.get(title__startswith="Bangladesh garments")
    assert made.status == "published"
    assert len(made.content_hash) == 64
    context.close()

    context, phone = _as(browser, live_server, "brand", width=360)
    for path, name in (("/risk/assessments", "list"), (f"/risk/assessments/{demo.pk}", "view"),
                       ("/risk/assessments/new", "new")):  # fmt: skip
        phone.go(path)
        _no_overflow(phone)
        phone.shot(f"risk-assessment-{name}-360")
    correction = phone.page.get_by_role("button", name="Correct: start a new version")
    phone.go(f"/risk/assessments/{demo.pk}")
    correction.click()
    phone.page.get_by_text("A new draft version").wait_for()
    _no_overflow(phone)
    phone.shot("risk-assessment-correction-360")
    context.close()
