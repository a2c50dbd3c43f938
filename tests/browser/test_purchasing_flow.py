"""Issue 17's acceptance: five suppliers rate Northwind in a cycle (one of them in the
browser), the cycle closes, Northwind's buyer sees category scores and charts but no
supplier's identity or single answer; Southbay, with four raters, sees every category
suppressed; Northwind imports orders with late changes; an overtime finding at that facility
shows the suggested purchasing root cause, an operator confirms it and Northwind takes a
buyer-owned action. Screenshots at 360 and 1280 px; axe-core on the results page."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.browser.conftest import Page, sign_in

pytestmark = pytest.mark.browser
AXE = Path(__file__).resolve().parents[2] / "frontend" / "node_modules" / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
NAMES = [f"Rater {i} Garments" for i in range(5)]


def _as(browser: Any, live_server: Any, username: str, width: int = 1280,
        bypass_csp: bool = False) -> tuple[Any, Page]:  # fmt: skip
    context = browser.new_context(viewport={"width": width, "height": 800}, locale="en-GB",
                                  is_mobile=width < 800, bypass_csp=bypass_csp)  # fmt: skip
    page = Page(context.new_page(), live_server.url)
    if username:
        sign_in(page, username)
    return context, page


def _no_overflow(page: Page) -> None:
    width = page.page.evaluate("document.documentElement.scrollWidth")
    wide = page.page.evaluate("""() => [...document.querySelectorAll('body *')]
        .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
        .slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + e.textContent.slice(0, 40))""")
    assert width <= page.page.viewport_size["width"], (width, wide)


def _axe(page: Page) -> list[Any]:
    if not AXE.exists():
        pytest.skip("axe-core is not installed (frontend/node_modules); run `make test`")
    page.page.add_script_tag(path=str(AXE))
    result = page.page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", TAGS
    )
    return [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]]


def _scene() -> dict[str, Any]:
    from django.contrib.auth import get_user_model

    from chainrights.audits.services import create_audits
    from chainrights.audits.validation import Checker, check_audit
    from chainrights.core.demo import load_demo
    from chainrights.core.models import Organisation
    from tests.factories import (
        FacilityFactory,
        PurchaseOrderFactory,
        RatingCycleFactory,
        audit_raw,
    )
    from tests.factories.purchasing import rate, supplier_of
    from tests.private_sourcing import second_brand

    load_demo()
    second_brand()
    northwind = Organisation.objects.get(name="Northwind Apparel")
    southbay = Organisation.objects.get(name="Southbay Outfitters")
    raters = [supplier_of(northwind, name) for name in NAMES]
    for user in raters[1:]:  # four of them also produce for Southbay
        own = FacilityFactory(claimed_by=user.memberships.get().organisation)
        PurchaseOrderFactory(buyer=southbay, facility=own)
    cycle = RatingCycleFactory(name="2026 H1")
    for i, user in enumerate(raters[1:]):
        rate(user, northwind, cycle, 2 + i % 3)
        rate(user, southbay, cycle, 4)
    from chainrights.core.services import create_account

    create_account(username="rater-0-web", password="rater-0-web-demo-2026",
                   org_name=NAMES[0], org_kind="supplier", role="editor", validate=False)  # fmt: skip
    end = date.today() - timedelta(days=5)
    site = FacilityFactory(name="Overtime Knit Ltd", country="BD")
    auditor = Organisation.objects.get(name="Independent Audit Partners")
    raw = audit_raw(site, reference="OT-1", end_date=str(end), start_date=str(end - timedelta(1)),
                    visibility="shared", share_with=["Northwind Apparel"])  # fmt: skip
    raw["findings"] = raw["findings"][:1]
    checker = Checker(auditor)
    draft = check_audit(raw, "test", checker)
    assert draft is not None, checker.problems
    users = {u.username: u for u in get_user_model().objects.all()}
    audit = create_audits(auditor, users["auditor"], [draft])[0]
    return {"northwind": northwind, "southbay": southbay, "site": site, "audit": audit,
            "end": end, "cycle": cycle}  # fmt: skip


def _orders_file(tmp_path: Path, site: Any, end: date) -> Path:
    d = lambda n: str(end - timedelta(days=n))  # noqa: E731
    path = tmp_path / "orders.csv"
    path.write_text(
        "record,reference,facility_id,quantity,unit_price,currency,payment_terms_days,"
        "confirmed_on,ex_factory_requested,invoice_date,change,changed_on,by,paid_on,amount\n"
        f"order,NW-77,{site.public_id},8000,3.05,USD,60,{d(45)},{d(12)},{d(70)},,,,,\n"
        f"change,NW-77,,,,,,,,,quantity_up,{d(20)},buyer,,\n"
        f"payment,NW-77,,,,,,,,,,,,{d(2)},24400\n",
        encoding="utf-8",
    )
    return path


def test_ratings_suppression_orders_and_the_buyer_owned_action(
    browser, live_server, transactional_db, tmp_path: Path
):
    scene = _scene()
    northwind, southbay = scene["northwind"], scene["southbay"]

    # the fifth supplier rates in the browser, on a phone
    context, phone = _as(browser, live_server, "rater-0-web", width=360)
    phone.go("/purchasing/rate")
    phone.page.get_by_role("link", name="Northwind Apparel").click()
    for radio in phone.page.locator("input[type=radio][value='3']").all():
        radio.check()
    phone.shot("purchasing-rate-360")
    _no_overflow(phone)
    phone.page.get_by_role("button", name="Send the rating").click()
    assert "recorded without your name" in phone.page.content()
    context.close()

    # the operator closes the cycle
    context, staff = _as(browser, live_server, "handler")
    staff.go("/purchasing/cycles")
    staff.page.get_by_role("button", name="Close and freeze the results").click()
    assert "results are frozen" in staff.page.content()
    context.close()

    # Northwind's buyer: scores and charts, no supplier, no single answer
    for width in (1280, 360):
        context, brand = _as(browser, live_server, "brand", width=width)
        brand.go(f"/purchasing/buyers/{northwind.pk}")
        text = brand.page.content()
        assert brand.page.locator("svg.chart").count() >= 1
        assert brand.page.locator("td.suppressed").count() == 0
        assert all(name not in text for name in NAMES)
        assert brand.page.get_by_role("row", name="Cost and cost negotiation").count() >= 1
        brand.shot(f"purchasing-results-{width}")
        _no_overflow(brand)
        context.close()
    context, public = _as(browser, live_server, "")
    public.go(f"/purchasing/buyers/{southbay.pk}")
    assert public.page.locator("td.suppressed").count() == 7
    public.shot("purchasing-suppressed-1280")
    context.close()

    # Northwind imports orders with a late change at the facility of the overtime finding
    context, brand = _as(browser, live_server, "brand")
    brand.go("/purchasing/orders/import")
    brand.page.get_by_label("Orders file (CSV, XLSX or JSON)").set_input_files(
        str(_orders_file(tmp_path, scene["site"], scene["end"])))  # fmt: skip
    brand.page.get_by_role("button", name="Import").click()
    assert "Stored 1 orders, 1 changes, 1 payments" in brand.page.content()
    context.close()

    # the operator sees the suggestion under the finding and confirms it
    context, staff = _as(browser, live_server, "handler")
    staff.go(f"/audits/{scene['audit'].pk}")
    note = staff.page.locator("section.purchasing-note")
    assert "Purchasing red flags of Northwind Apparel" in note.inner_text()
    assert "late changes by the buyer: 1" in note.inner_text()
    staff.shot("purchasing-finding-note-1280")
    note.get_by_role("button", name="Record").click()
    assert "Confirmed" in staff.page.locator("section.purchasing-note").inner_text()
    context.close()

    # Northwind takes its own action in the finding's plan
    context, brand = _as(browser, live_server, "brand", width=360)
    brand.go(f"/audits/{scene['audit'].pk}")
    brand.page.get_by_label("What the buyer will do").fill(
        "Freeze quantity changes 30 days before ex-factory and pay within terms."
    )
    brand.page.locator("input[id^=bdeadline]").fill(str(date.today() + timedelta(days=90)))
    brand.page.get_by_role("button", name="Take a buyer-owned action").click()
    assert "corrective action plan" in brand.page.content()
    assert "Freeze quantity changes" in brand.page.content()
    brand.shot("purchasing-buyer-action-360")
    _no_overflow(brand)
    context.close()

    # accessibility of the results and scorecard pages
    for width in (360, 1280):
        context, axe_page = _as(browser, live_server, "brand", width=width, bypass_csp=True)
        for path in (f"/purchasing/buyers/{northwind.pk}", "/purchasing",
                     f"/purchasing/buyers/{northwind.pk}/scorecard"):  # fmt: skip
            axe_page.go(path)
            assert _axe(axe_page) == [], (path, width)
        context.close()
