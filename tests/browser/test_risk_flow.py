"""Issue 18's acceptance: Northwind opens its register; the first item is an actual
forced-labour item with a grievance case at a facility, the first potential one a child-labour
risk in a country × product with a listed good and low inspection coverage; the brand opens
"why" and follows the case to its page; it marks an item "contribute" because of its own late
order changes and records a decision to use leverage with the two co-buyers named; a new
audit finding raises an item's likelihood once the background task has run. Screenshots at
1280 and 360 px (the heat matrix included); no horizontal overflow at 360 px."""

from __future__ import annotations

from typing import Any

import pytest

from tests.browser.test_purchasing_flow import _as, _no_overflow
from tests.risk.test_demo import load_all

pytestmark = pytest.mark.browser


def _new_finding(northwind: Any) -> tuple[str, float]:
    """A new shared audit finding on a right at a facility where Northwind's item is only
    potential (or absent): (the item's id, its likelihood before)."""
    from chainrights.audits import services
    from chainrights.audits.validation import Checker, check_audit
    from chainrights.core.models import Organisation
    from chainrights.risk.models import RiskItem
    from tests.factories import audit_raw

    item = RiskItem.objects.filter(buyer=northwind, scope="facility", status="potential").first()
    assert item is not None, "the demo register has a potential facility item"
    auditor = Organisation.objects.get(name="Independent Audit Partners")
    raw = audit_raw(item.facility, reference="RISK-NEW-1", visibility="shared",
                    share_with=["Northwind Apparel"])  # fmt: skip
    raw["findings"] = [{"number": 1, "right": item.right.code, "severity": "major",
                        "description": "Found again at the follow-up visit."}]  # fmt: skip
    checker = Checker(auditor)
    draft = check_audit(raw, "test", checker)
    assert draft is not None, checker.problems
    from django.contrib.auth import get_user_model

    services.create_audits(auditor, get_user_model().objects.get(username="auditor"), [draft])
    return item.key, item.likelihood


def test_register_why_decision_and_recompute(browser, live_server, transactional_db):
    from chainrights.core.models import Organisation
    from chainrights.risk.models import RiskItem

    load_all()
    northwind = Organisation.objects.get(name="Northwind Apparel")
    context, page = _as(browser, live_server, "brand")
    page.go("/risk")
    rows = page.page.locator("table.risk-table tbody tr")
    first = rows.nth(0)
    assert "forced or compulsory labour" in first.inner_text()
    assert "Actual impact" in first.inner_text()
    potential = page.page.locator("table.risk-table tbody tr", has_text="Potential impact").first
    assert "child labour" in potential.inner_text()
    assert page.page.locator("svg.heat").count() == 1
    page.shot("risk-register-1280")

    # "why" of the first item, and the case behind it
    first.get_by_role("link", name="Why").click()
    page.page.get_by_role("heading", name="Why: every piece of evidence").wait_for()
    evidence = page.page.locator("ul.evidence li", has_text="Admissible grievance").first
    page.shot("risk-why-1280")
    evidence.get_by_role("link", name="Open the record").click()
    page.page.wait_for_url("**/cases/**")
    assert page.page.locator("h1").count() == 1

    # contribute, because of its own late order changes; use leverage with both co-buyers
    item = RiskItem.objects.filter(buyer=northwind, scope="facility", rank=1).get()
    page.go(f"/risk/{item.pk}")
    page.page.select_option("#id_involvement", "contribute")
    page.page.fill("#id_involvement_reason", "Our late order changes before the overtime peak.")
    page.page.select_option("#id_response", "use_leverage")
    page.page.fill("#id_response_reason", "Approach the two co-buyers for a joint plan.")
    for box in page.page.locator("input[name=partners]").all():
        box.check()
    page.page.get_by_role("button", name="Record the decision").click()
    page.page.get_by_text("Decision recorded").wait_for()
    decided = page.page.locator("dd", has_text="Approach the two co-buyers").inner_text()
    assert "Eastwind Demo Outfitters" in decided
    assert "Southbay Outfitters" in decided
    page.shot("risk-decision-1280")

    # a new audit finding raises an item's likelihood after the background task
    key, before = _new_finding(northwind)
    after = RiskItem.objects.get(buyer=northwind, key=key)
    assert after.likelihood > before
    page.go(f"/risk/{after.pk}")
    page.shot("risk-after-finding-1280")
    context.close()

    context, phone = _as(browser, live_server, "brand", width=360)
    phone.go("/risk")
    _no_overflow(phone)
    phone.shot("risk-register-360")
    phone.go(f"/risk/{RiskItem.objects.filter(buyer=northwind).order_by('rank').first().pk}")
    _no_overflow(phone)
    phone.shot("risk-why-360")
    assert not page.console_errors, page.console_errors
    context.close()


def test_the_public_sees_no_register_until_published(browser, live_server, transactional_db):
    load_all()
    context, anon = _as(browser, live_server, "")
    anon.go("/risk")
    assert anon.page.locator("table.risk-table tbody tr", has_text="No risk item").count() == 1
    context.close()
