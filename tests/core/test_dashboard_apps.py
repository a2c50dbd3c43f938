"""The dashboard tiles of audits, states, risk, reports and purchasing, on the whole demo (as
`chainrights demo` loads it): each role gets the tiles of its work, with the demo's counts read
back from the database, and nobody gets a tile of what they may not see."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from chainrights.core import events
from chainrights.core.dashboard import tiles_for
from tests.conftest import totp_client

OPEN = ("open", "in_progress")


@pytest.fixture(scope="module", autouse=True)
def _whole_demo(django_db_setup: Any, django_db_blocker: Any, tmp_path_factory: Any) -> Any:
    """The demo of every app, loaded once for the module (it takes seconds) inside a
    transaction that each test's own rolled-back transaction nests in, and rolled back after
    the module's last test, so no other module sees it."""
    from django.conf import settings

    from chainrights.audits.demo import load_demo_audits
    from chainrights.codes.demo import load_demo_codes
    from chainrights.core.demo import load_demo
    from chainrights.purchasing.demo import load_demo_purchasing
    from chainrights.registry import services
    from chainrights.registry.demo import load_demo_lists
    from chainrights.reports.demo import load_demo_reports
    from chainrights.risk.demo import load_demo_risk
    from chainrights.states.demo import load_demo_countries, load_demo_inspections

    index = str(tmp_path_factory.mktemp("registry-index"))
    with pytest.MonkeyPatch.context() as patch, django_db_blocker.unblock(), transaction.atomic():
        patch.setattr(settings, "REGISTRY_INDEX_DIR", index)
        patch.setenv("REGISTRY_INDEX_DIR", index)
        services.forget_registry_index()
        load_demo()
        for load in (load_demo_lists, load_demo_codes, load_demo_audits, load_demo_inspections,
                     load_demo_countries, load_demo_purchasing, load_demo_risk,
                     load_demo_reports):  # fmt: skip
            load()
        yield
        transaction.set_rollback(True)
    services.forget_registry_index()


def fresh(username: str) -> Any:
    """The user as a new request would have them (access caches start empty)."""
    return get_user_model().objects.get(username=username)


def tile(user: Any, key: str) -> Any:
    found = [t for t in tiles_for(user) if t.key == key]
    assert len(found) <= 1, found
    return found[0] if found else None


def keys(user: Any) -> set[str]:
    return {t.key for t in tiles_for(user)}


def org(name: str) -> Any:
    from chainrights.core.models import Organisation

    return Organisation.objects.get(name=name)


def nobody() -> Any:
    """A signed-in person of no organisation."""
    with events.acting_as(system="test", reason="test"):
        return get_user_model().objects.create_user("nobody", password="a-long-passphrase-1")


def viewer_of(organisation: str) -> Any:
    from tests.factories.core import UserFactory

    return UserFactory(organisation=org(organisation), role="viewer")


def page(user: Any, client: Client | None = None) -> str:
    if client is None:
        client = Client()
        client.force_login(user)
    answer = client.get("/dashboard")
    assert answer.status_code == 200
    return answer.content.decode()


MY_APPS = {"actions", "audit-imports", "referrals", "risk", "reports", "ratings"}


# Audits: open corrective actions


def _today() -> Any:
    from chainrights.audits.deadlines import today_everywhere

    return today_everywhere()


def test_the_supplier_sees_the_open_actions_at_its_facility_the_overdue_one_first(demo):
    from chainrights.audits.models import Action

    dhaka = org("Dhaka Knit Composite Ltd")
    expected = Action.objects.filter(status__in=OPEN,
                                     finding__audit__facility__claimed_by=dhaka)  # fmt: skip
    late = expected.filter(deadline__lt=_today())
    found = tile(fresh("supplier"), "actions")
    assert found.count == expected.count() >= 3
    assert found.late == late.count() == 1
    overdue = late.get()
    assert overdue.finding.audit.facility.name == "Square Fashions Ltd."
    first = found.entries[0]
    assert first.late
    page_of = reverse("audit-detail", args=[overdue.finding.audit_id])
    assert first.url == f"{page_of}#a{overdue.pk}"
    assert first.text.startswith("Cap weekly hours at 60")
    assert len(first.text) <= 80
    assert "Square Fashions Ltd." in first.note
    assert [e.late for e in found.entries] == [True] + [False] * (len(found.entries) - 1)
    # a plan's whole open part, the buyer's own action included, in deadline order
    assert {e.url.split("#a")[1] for e in found.entries} == {str(a.pk) for a in expected}


def test_the_auditor_sees_the_open_actions_of_the_audits_it_did(demo):
    from django.db.models import Q

    from chainrights.audits.models import Action

    firm = org("Independent Audit Partners")  # it did two of the demo audits, recorded all four
    expected = Action.objects.filter(
        Q(finding__audit__auditor_org=firm) | Q(finding__audit__owner_org=firm), status__in=OPEN
    )
    found = tile(fresh("auditor"), "actions")
    assert found.count == expected.count()
    assert found.late == expected.filter(deadline__lt=_today()).count() == 2
    assert {e.note.split(",")[0] for e in found.entries if e.late} == {
        "Square Fashions Ltd.", "Vert Fashion Company Ltd."}  # fmt: skip


def test_a_brand_sees_only_its_own_actions_of_the_audits_shared_with_it(demo):
    from chainrights.audits.models import Action

    northwind = org("Northwind Apparel")
    own = Action.objects.filter(status__in=OPEN, brand=northwind)
    for username in ("brand", "brandviewer"):
        found = tile(fresh(username), "actions")
        assert found.count == own.count() >= 1
        assert found.late == 0
        assert {e.url.split("#a")[1] for e in found.entries} == {str(a.pk) for a in own}
        assert not any("Cap weekly hours" in e.text for e in found.entries)  # the supplier's


def test_operator_staff_see_every_open_action(demo):
    from chainrights.audits.models import Action

    for username in ("operator", "handler"):
        found = tile(fresh(username), "actions")
        assert found.count == Action.objects.filter(status__in=OPEN).count()
        assert found.late == Action.objects.filter(status__in=OPEN,
                                                   deadline__lt=_today()).count()  # fmt: skip


def test_a_brand_party_to_no_audit_and_others_get_no_actions_tile(demo):
    for user in (fresh("union"), fresh("inspector"), nobody(), viewer_of("Southbay Outfitters")):
        assert "actions" not in keys(user)


def test_an_action_of_a_brand_on_an_audit_it_no_longer_sees_is_not_counted(demo):
    from django.contrib.contenttypes.models import ContentType

    from chainrights.audits.models import Action, Audit
    from chainrights.core.models import Share

    own = Action.objects.filter(status__in=OPEN, brand=org("Northwind Apparel")).first()
    with events.acting_as(system="test", reason="test"):
        Share.objects.filter(content_type=ContentType.objects.get_for_model(Audit),
                             object_id=own.finding.audit_id,
                             organisation=org("Northwind Apparel")).delete()  # fmt: skip
    found = tile(fresh("brand"), "actions")
    assert (found.count, found.entries) == (0, [])  # its own action, on an audit it cannot read


def test_the_actions_tile_is_on_the_page(demo):
    assert "Open corrective actions" in page(demo["supplier"])


# Audits: imports


def _import(organisation: Any, name: str, status: str = "done") -> Any:
    from chainrights.audits.models import AuditImport

    with events.acting_as(system="test", reason="test"):
        return AuditImport.objects.create(owner_org=organisation, filename=name, sha256="0" * 64,
                                          content=b"reference\n", status=status)  # fmt: skip


def test_uploaders_get_their_imports_tile_with_the_import_form_as_next_step(demo):
    from chainrights.audits.models import AuditImport

    for username in ("brand", "supplier", "auditor", "union", "operator"):
        user = fresh(username)
        found = tile(user, "audit-imports")
        mine = AuditImport.objects.filter(owner_org__memberships__user=user)
        assert found.count == mine.count()
        assert found.action == "Import audits"
        assert found.action_url == reverse("audits")
    for user in (fresh("brandviewer"), fresh("inspector"), nobody()):
        assert "audit-imports" not in keys(user)


def test_the_imports_tile_lists_the_latest_and_counts_a_failed_one_late(demo):
    northwind = org("Northwind Apparel")
    _import(northwind, "spring.csv")
    failed = _import(northwind, "broken.xlsx", status="failed")
    found = tile(fresh("brand"), "audit-imports")
    assert found.count == 2
    assert found.late == 1
    assert found.entries[0].text == "broken.xlsx"
    assert found.entries[0].late
    assert found.entries[0].url == reverse("audit-import-detail", args=[failed.pk])
    assert found.entries[0].note == "Failed"
    # a viewer cannot import, but reads its organisation's imports
    seen = tile(fresh("brandviewer"), "audit-imports")
    assert seen.count == 2
    assert seen.action == ""
    assert tile(fresh("supplier"), "audit-imports").count == 0  # another organisation's


def test_the_imports_tile_is_on_the_page(demo):
    assert "Your audit imports" in page(demo["auditor"])


# States: referrals


def _open_referrals(**filters: Any) -> Any:
    from chainrights.states.models import REFERRAL_DONE, Referral

    return Referral.objects.filter(**filters).exclude(state__in=REFERRAL_DONE)


def test_the_inspectorate_sees_its_open_referrals(demo):
    waiting = _open_referrals(inspectorate=org(
        "Department of Inspection for Factories and Establishments (DIFE)"))  # fmt: skip
    found = tile(fresh("inspector"), "referrals")
    assert found.title == "Referrals to your inspectorate"
    assert found.count == waiting.count() >= 1
    assert found.late == sum(r.is_overdue for r in waiting)
    first = waiting.first()
    entry = found.entries[0]
    assert entry.text == "Square Fashions Ltd."
    assert entry.url == reverse("referral-detail", args=[first.pk])
    assert entry.note.startswith(str(first.get_state_display()))
    assert "due" in entry.note
    assert first.summary not in " ".join(e.text + e.note for e in found.entries)


def test_operator_staff_see_the_referrals_only_after_a_second_factor(demo):
    everyone = _open_referrals().count()
    operator = fresh("operator")
    found = tile(operator, "referrals")
    assert found.count == everyone >= 1
    assert found.entries == []
    assert found.none == "Sign in with your second factor to see them."
    verified = fresh("operator")
    verified.is_verified = lambda: True  # as django_otp marks a two-factor sign-in
    shown = tile(verified, "referrals")
    assert shown.count == everyone
    assert [e.text for e in shown.entries] == ["Square Fashions Ltd."]


def test_a_referral_without_a_facility_is_named_by_its_country():
    from django.utils import timezone

    from chainrights.states.dashboard import _entry
    from chainrights.states.models import Referral

    referral = Referral(pk=7, country="BD", state="sent",
                        due_at=timezone.now() - timedelta(days=1))  # fmt: skip
    entry = _entry(referral)
    assert entry.text == "Bangladesh"
    assert entry.late


def test_nobody_else_gets_the_referrals_tile(demo):
    for user in (fresh("brand"), fresh("supplier"), fresh("union"), fresh("auditor"), nobody()):
        assert "referrals" not in keys(user)


def test_the_referrals_tile_is_on_the_page(demo):
    assert "Referrals to your inspectorate" in page(demo["inspector"])
    shown = page(demo["operator"], totp_client(demo["operator"]))
    assert "Referrals to labour inspectorates" in shown
    assert "Square Fashions Ltd." in shown


# Risk


def test_a_brand_sees_its_highest_risks_in_the_registers_order(demo):
    from chainrights.core.dashboard import SHOWN
    from chainrights.risk.models import RiskItem

    register = RiskItem.objects.filter(buyer=org("Northwind Apparel")).order_by("rank")
    top = list(register[:SHOWN])
    for username in ("brand", "brandviewer"):
        found = tile(fresh(username), "risk")
        assert found.count == register.count() > SHOWN
        assert [e.url for e in found.entries] == [reverse("risk-item", args=[i.pk]) for i in top]
        first = found.entries[0]
        assert (top[0].right.code, top[0].status) == ("forced-labour", "actual")
        assert first.text.startswith(top[0].right.name)
        assert "Square Fashions Ltd." in first.text
        assert first.note == f"Actual impact, severity {top[0].severity}"
        severities = [i.severity for i in top]
        assert severities == sorted(severities, reverse=True)
        assert found.action_url == reverse("risk")


def test_no_risk_tile_for_those_without_a_register_to_read(demo):
    for user in (fresh("union"), fresh("supplier"), fresh("operator"), fresh("inspector"),
                 nobody(), viewer_of("Southbay Outfitters")):  # fmt: skip
        assert "risk" not in keys(user)


def test_an_editor_of_a_brand_without_a_register_is_asked_to_open_it(demo):
    from tests.factories.core import UserFactory

    editor = UserFactory(organisation=org("Southbay Outfitters"), role="editor")
    found = tile(editor, "risk")
    assert (found.count, found.entries) == (0, [])
    assert found.none == "No risk computed yet."
    assert found.action == "Open the register"


def test_the_risk_tile_is_on_the_page(demo):
    assert "Your highest risks" in page(demo["brand"])


# Reports


def test_a_brand_sees_its_reports_with_the_questions_still_open(demo):
    from chainrights.reports import drafting
    from chainrights.reports.models import Report

    reports = Report.objects.filter(owner_org=org("Northwind Apparel"),
                                    status__in=["draft", "published"])  # fmt: skip
    draft = reports.get(framework="ungprf", status="draft")
    missing = len(drafting.missing(draft))
    assert missing > 0  # the demo leaves Part C to write
    brand = tile(fresh("brand"), "reports")
    assert brand.count == reports.count()
    assert brand.late == 0
    entry = next(e for e in brand.entries if e.url == reverse("report-detail", args=[draft.pk]))
    assert entry.note == (f"UN Guiding Principles Reporting Framework, draft: {missing} "
                          "questions still need words")  # fmt: skip
    assert (brand.action, brand.action_url) == ("Start a report", reverse("report-new"))
    viewer = tile(fresh("brandviewer"), "reports")
    assert viewer.count == brand.count
    assert viewer.action == ""


def test_a_published_report_says_so(demo):
    from chainrights.reports.models import Report

    draft = Report.objects.get(owner_org=org("Northwind Apparel"), framework="ungprf")
    draft.status = "published"
    with events.acting_as(system="test", reason="test"):
        draft.save()
    entry = tile(fresh("brand"), "reports").entries[0]
    assert entry.note == "UN Guiding Principles Reporting Framework, published"


def test_no_reports_tile_for_other_roles(demo):
    for user in (fresh("union"), fresh("supplier"), fresh("operator"), fresh("auditor"),
                 fresh("inspector"), nobody(), viewer_of("Southbay Outfitters")):  # fmt: skip
        assert "reports" not in keys(user)


def test_the_reports_tile_is_on_the_page(demo):
    assert "Your reports" in page(demo["brandviewer"])


# Purchasing


def test_the_supplier_is_asked_to_rate_the_buyers_it_has_not_rated(demo):
    from django.utils import timezone

    from chainrights.purchasing import access
    from chainrights.purchasing.models import RatingCycle
    from tests.factories.purchasing import rate

    supplier = fresh("supplier")
    buyers = access.buyers_of(org("Dhaka Knit Composite Ltd"))
    cycle = RatingCycle.objects.open_on(timezone.localdate()).get()
    found = tile(supplier, "ratings")
    assert found.count == len(buyers) >= 1
    assert "Northwind Apparel" in [e.text for e in found.entries]
    assert all(cycle.name in e.note for e in found.entries)
    rate(supplier, org("Northwind Apparel"), cycle)
    after = tile(fresh("supplier"), "ratings")
    assert after.count == len(buyers) - 1
    assert "Northwind Apparel" not in [e.text for e in after.entries]


def test_no_ratings_tile_without_an_open_cycle_or_for_other_roles(demo):
    from chainrights.purchasing.models import RatingCycle

    for user in (fresh("brand"), fresh("union"), fresh("operator"), fresh("auditor"), nobody()):
        assert "ratings" not in keys(user)
    with events.acting_as(system="test", reason="test"):
        for cycle in RatingCycle.objects.all():
            cycle.closes_on = cycle.opens_on
            cycle.opens_on -= timedelta(days=2)
            cycle.save()
    assert "ratings" not in keys(fresh("supplier"))


def test_the_ratings_tile_is_on_the_page(demo):
    assert "Rate your buyers" in page(demo["supplier"])


# Nothing of these apps for a person of no organisation; few queries, however many rows


def test_a_person_of_no_organisation_gets_none_of_these_tiles(demo):
    assert keys(nobody()) & MY_APPS == set()


def _queries(username: str) -> int:
    tiles_for(fresh(username))  # a first call fills the process's caches (content types)
    with CaptureQueriesContext(connection) as run:
        tiles_for(fresh(username))
    return len(run.captured_queries)


def test_the_brands_and_the_suppliers_dashboards_take_as_many_queries_with_more_rows(
    demo, django_assert_max_num_queries
):
    from chainrights.audits.models import Audit, Finding
    from tests.factories.audits import ActionFactory

    before = {u: _queries(u) for u in ("brand", "supplier")}
    shared = Audit.objects.get(reference="DEMO-SMETA-1")
    public = Audit.objects.get(reference="DEMO-SA8000-1")
    later = _today() + timedelta(days=30)
    for audit in (shared, public):
        finding = Finding.objects.filter(audit=audit).first()
        for n in range(3):
            ActionFactory(finding=finding, user=fresh("brand"), deadline=later,
                          description=f"Brand action {n} on {audit.reference}")  # fmt: skip
    square = Finding.objects.filter(audit__reference="DEMO-BSCI-2").first()
    for n in range(3):
        ActionFactory(finding=square, user=fresh("supplier"), deadline=_today() - timedelta(days=n + 1),
                      description=f"Supplier action {n}")  # fmt: skip
    for name in ("Northwind Apparel", "Dhaka Knit Composite Ltd"):
        for n in range(4):
            _import(org(name), f"audits-{n}.csv", status="failed" if n % 2 else "done")
    assert tile(fresh("brand"), "actions").count >= 7
    assert tile(fresh("supplier"), "actions").late >= 4
    for username, count in before.items():
        with django_assert_max_num_queries(count):
            tiles_for(fresh(username))
        with django_assert_max_num_queries(60):  # every app's tiles, registry's and cases' too
            tiles_for(fresh(username))


def test_the_json_twin_carries_these_tiles(demo, api_for):
    answer = api_for("supplier").get_json("/api/v1/dashboard")
    assert answer.status_code == 200, answer.content[:500]
    text = answer.content.decode()
    for key in ("actions", "audit-imports", "ratings"):
        assert f'"{key}"' in text
    assert "Cap weekly hours at 60" in text
