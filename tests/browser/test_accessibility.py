"""WCAG 2.2 AA checks with axe-core (vendored from npm at build time) on the key pages."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

AXE = Path(__file__).resolve().parents[2] / "frontend" / "node_modules" / "axe-core" / "axe.min.js"
PAGES = [
    "/",
    "/rights",
    "/rights/forced-labour",
    "/accounts/login/",
    "/facilities",
    "facility",
    "/complain",
    "/complain/follow",
    "/complain/procedure",
    "complain-candidates",
    "complain-filed",
    "complain-status",
    "/codes",
    "/audits",
    "/audits/load",
    "audit",
    "union:/union/complain",
    "union:/union/cases",
    "union:case",
]
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


@pytest.fixture
def axe_page(browser, live_server):
    if not AXE.exists():
        pytest.skip("axe-core is not installed (frontend/node_modules); run `make test`")
    # axe is injected as an inline script, which our CSP rightly forbids; bypass it here only.
    context = browser.new_context(bypass_csp=True, locale="en-GB")
    yield context.new_page(), live_server.url
    context.close()


@pytest.mark.parametrize("path", PAGES)
@pytest.mark.parametrize("width", [360, 1280])
def test_page_has_no_wcag_violations(axe_page, transactional_db, path, width):
    page, base = axe_page
    page.set_viewport_size({"width": width, "height": 800})
    if path == "facility":  # a facility page with its map drawn
        from chainrights.core import events
        from chainrights.registry.models import Facility

        with events.acting_as(system="test"):
            facility = Facility.objects.create(
                country="BD", name="RSI Apparels Ltd", address="Plot 35, CEPZ, Chittagong",
                lat=22.29, lng=91.78, sectors="Apparel", workers="1001-5000",
            )  # fmt: skip
        path = f"/facilities/{facility.public_id}"
    if path == "audit":  # a fully public audit with findings, a plan and signals
        path = f"/audits/{_public_audit().pk}"
    if path.startswith("union:"):  # the union's pages, signed in as its editor
        path = _signed_in_union(page, base, path.removeprefix("union:"))
    if path.startswith("complain-"):  # the worker's pages reached as a worker reaches them
        path = _worker_page(page, base, path.removeprefix("complain-"))
    else:
        page.goto(base + path)
    if path.startswith("/facilities/"):
        page.locator(".leaflet-container .leaflet-interactive").first.wait_for()
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", TAGS
    )
    violations = [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]
    ]
    assert violations == []


def _signed_in_union(page, base, path):
    """Sign in as the demo union with a case it filed and the handler answered; the path,
    with ``case`` standing for that case's page."""
    from django.contrib.auth import get_user_model

    from chainrights.core.demo import load_demo
    from chainrights.grievances import services
    from tests.factories import UnionCaseFactory

    load_demo()
    users = get_user_model().objects
    case = UnionCaseFactory(user=users.get(username="union"), copy_to_union=True)
    services.message_complainant(case, users.get(username="handler"), "When can we meet?")
    page.goto(base + "/accounts/login/")
    page.fill("#id_username", "union")
    page.fill("#id_password", "union-demo-2026")
    page.click("button[type=submit] >> text=Sign in")
    page.get_by_role("button", name="Sign out").wait_for()
    return f"/union/cases/{case.reference}" if path == "case" else path


def _worker_page(page, base, which):
    """The intake with candidate workplaces shown, the confirmation page (after filing), or
    the status page (after opening the case): each kept in the browser's session."""
    from django.contrib.auth import get_user_model

    from chainrights.core.demo import load_demo
    from chainrights.core.models import Organisation
    from chainrights.registry import services

    load_demo()  # a public list names the facility, so a worker can find it
    content = b"country,name,address\nBD,Dhaka Knit Composite,Plot 5 Ashulia Dhaka\n"
    services.upload_list(owner=Organisation.objects.get(name="Northwind Apparel"),
                         user=get_user_model().objects.get(username="brand"), name="t1",
                         filename="t1.csv", content=content, public=True)  # fmt: skip
    page.goto(base + "/complain")
    page.fill("#id_find", "Dhaka Knit")
    page.click("button[value=find]")
    page.wait_for_selector("#candidates")
    assert page.locator("#candidates input[type=radio]").count() == 2  # the facility, or none
    if which == "candidates":
        return "/complain"
    page.fill("#id_narrative", "No overtime pay for three months.")
    page.fill("#id_facility_text", "Ashulia")
    page.click("button[value=send]")
    page.wait_for_url("**/complain/filed")
    if which == "filed":
        return "/complain/filed"
    reference, secret = page.locator("code.id").all_inner_texts()
    page.goto(base + "/complain/follow")
    page.fill("#id_reference", reference)
    page.fill("#id_secret", secret)
    page.click("form[action='/complain/follow'] button")
    page.wait_for_url("**/complain/status")
    return "/complain/status"


def _public_audit():
    from django.contrib.auth import get_user_model

    from chainrights.audits.services import create_audits
    from chainrights.audits.validation import Checker, check_audit
    from chainrights.core.demo import load_demo
    from chainrights.core.models import Organisation
    from tests.factories import FacilityFactory, audit_raw

    load_demo()
    auditor = get_user_model().objects.get(username="auditor")
    owner = Organisation.objects.get(name="Independent Audit Partners")
    raw = audit_raw(FacilityFactory(name="Rupsha Knitwear Ltd"), visibility="public",
                    publication="full", interviews_off_site_women=0)  # fmt: skip
    draft = check_audit(raw, "a11y", Checker(owner))
    return create_audits(owner, auditor, [draft])[0]
