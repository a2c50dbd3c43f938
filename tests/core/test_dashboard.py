"""The dashboard: where each role lands after signing in, what it counts, and its JSON twin."""

from __future__ import annotations

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from chainrights.core.dashboard import tiles_for
from chainrights.grievances import services as grievances
from chainrights.registry.models import SourceRecord, SupplierList
from tests.conftest import totp_client
from tests.factories import REVIEW_PAIR, csv_of


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _tiles(user) -> dict:
    return {t.key: t for t in tiles_for(user)}


def _review_waiting(demo, capture) -> SupplierList:
    brand = _client(demo["brand"])
    registered, unclear = REVIEW_PAIR
    for name, row in (("first", registered), ("second", unclear)):
        with capture(execute=True):
            brand.post("/lists", {"name": name, "file": SimpleUploadedFile("l.csv", csv_of([row]))})
    return SupplierList.objects.get(name="second")


def test_signing_in_lands_on_the_dashboard(demo):
    response = Client().post("/accounts/login/",
                             {"username": "brand", "password": "brand-demo-2026"})  # fmt: skip
    assert response.status_code == 302
    assert response["Location"] == "/dashboard"
    asked = Client().post("/accounts/login/?next=/risk",
                          {"username": "brand", "password": "brand-demo-2026"})  # fmt: skip
    assert asked["Location"] == "/risk"  # a page asked for still comes first


def test_a_review_waiting_shows_and_the_count_moves_once_answered(
    demo, django_capture_on_commit_callbacks
):
    second = _review_waiting(demo, django_capture_on_commit_callbacks)
    tiles = _tiles(demo["brand"])
    assert tiles["reviews"].count == 1
    assert tiles["reviews"].entries[0].url == f"/lists/{second.pk}#reviews"
    assert (
        tiles["lists"].count
        == SupplierList.objects.filter(owner_org__name="Northwind Apparel").count()
    )
    assert "reviews" not in _tiles(demo["brandviewer"])  # a viewer cannot answer one
    assert "lists" in _tiles(demo["brandviewer"])
    _client(demo["brand"]).post(f"/lists/{second.pk}/rows/0/review", {"verdict": "same"})
    assert SourceRecord.objects.get(supplier_list=second).current_decision().decision == "match"
    assert _tiles(demo["brand"])["reviews"].count == 0


def test_other_organisations_lists_are_not_counted(demo, django_capture_on_commit_callbacks):
    _review_waiting(demo, django_capture_on_commit_callbacks)
    assert "reviews" not in _tiles(demo["union"])
    assert "lists" not in _tiles(demo["union"])
    supplier = _tiles(demo["supplier"])
    assert supplier["lists"].count == 0  # the supplier may upload, but these are Northwind's
    assert supplier["reviews"].count == 0


def test_the_supplier_sees_its_claims_and_the_operator_those_to_verify(demo):
    from chainrights.core import events
    from chainrights.registry import claims
    from chainrights.registry.models import Facility

    with events.acting_as(system="test"):
        run = Facility.objects.create(country="BD", name="Dhaka Knit Unit 1", address="Ashulia")
        asked = Facility.objects.create(country="BD", name="Dhaka Knit Unit 2", address="Ashulia")
    verified = claims.claim(run, demo["supplier"], "trade licence")
    claims.decide(verified, demo["operator"], verify=True, reason="checked")
    claims.claim(asked, demo["supplier"], "utility bill")
    supplier = _tiles(demo["supplier"])["claims"]
    assert supplier.count == 2
    assert [(e.text, e.note) for e in supplier.entries] == [
        ("Dhaka Knit Unit 1", "Verified"),
        ("Dhaka Knit Unit 2", "Waiting for an operator"),
    ]
    to_verify = _tiles(demo["handler"])["claims-to-verify"]
    assert to_verify.count == 1
    assert to_verify.entries[0].text == "Dhaka Knit Unit 2: Dhaka Knit Composite Ltd"
    assert "claims-to-verify" not in _tiles(demo["brand"])


def test_a_handler_sees_the_queue_only_after_a_second_factor(demo):
    case, _ = grievances.file_grievance(
        grievances.Intake(narrative="wages late", facility_text="A")
    )
    unverified = _tiles(demo["handler"])["case-queue"]
    assert unverified.count >= 1
    assert unverified.entries == []  # no reference before the second factor
    page = totp_client(demo["handler"]).get("/dashboard").content.decode()
    assert case.reference in page
    assert "wages late" not in page  # a complainant's words never reach the dashboard


def test_a_brand_sees_only_cases_shared_with_it(demo):
    grievances.file_grievance(grievances.Intake(narrative="wages late", facility_text="A"))
    assert "case-queue" not in _tiles(demo["brand"])
    shared = _tiles(demo["brand"]).get("shared-cases")
    visible = grievances.Case.objects.visible_to(demo["brand"])
    assert (shared is None) == (not visible.exists())


def test_a_union_sees_the_cases_it_brought(demo):
    from tests.grievances.test_unions import FORM

    union = _client(demo["union"])
    union.get("/union/complain")
    response = union.post("/union/complain", FORM)
    assert response.status_code == 302
    tile = _tiles(demo["union"])["union-cases"]
    assert tile.count == grievances.union_cases(demo["union"]).exclude(
        state__in=("closed", "withdrawn", "inadmissible")).count()  # fmt: skip
    assert tile.count >= 1
    assert tile.action_url == "/union/complain"


def test_the_page_and_its_json_twin_show_the_same_tiles(demo, django_capture_on_commit_callbacks):
    from chainrights.core import services

    _review_waiting(demo, django_capture_on_commit_callbacks)
    page = _client(demo["brand"]).get("/dashboard")
    assert page.status_code == 200
    html = page.content.decode()
    assert "Rows waiting for your review" in html
    assert "Northwind Apparel" in html
    _, token = services.issue_token(demo["brand"], name="t", scope="read")
    answer = Client().get("/api/v1/dashboard", headers={"authorization": f"Bearer {token}"})
    assert answer.status_code == 200
    body = answer.json()
    assert [t["key"] for t in body["tiles"]] == [t.key for t in tiles_for(demo["brand"])]
    assert body["memberships"][0]["organisation"] == "Northwind Apparel"
    assert Client().get("/dashboard")["Location"].startswith("/accounts/login/")


def test_the_dashboard_speaks_the_readers_language(demo):
    client = _client(demo["supplier"])
    client.cookies["django_language"] = "bn"
    html = client.get("/dashboard").content.decode()
    assert 'lang="bn"' in html
    assert "Your facilities" not in html  # translated


def test_overdue_tiles_come_first(demo):
    keys = [t.key for t in tiles_for(demo["supplier"])]
    lates = [t.late > 0 for t in tiles_for(demo["supplier"])]
    assert lates == sorted(lates, reverse=True), keys


def test_a_tile_counting_rows_offers_more_only_when_lists_are_left_out(
    demo, django_capture_on_commit_callbacks
):
    from chainrights.core.dashboard import as_json

    _review_waiting(demo, django_capture_on_commit_callbacks)
    reviews = _tiles(demo["brand"])["reviews"]
    assert (reviews.count, len(reviews.entries), reviews.has_more()) == (1, 1, False)
    html = _client(demo["brand"]).get("/dashboard").content.decode()
    assert "See the 1" not in html
    assert {t["key"]: t["more"] for t in as_json([reviews])} == {"reviews": False}


def test_see_all_follows_what_the_tile_lists():
    from chainrights.core.dashboard import Entry, Tile

    one = [Entry(text="Spring list", url="/lists/1", note="4 rows")]
    assert Tile(key="x", title="x", count=4, url="/", entries=one).has_more()  # 4 things, 1 shown
    assert not Tile(key="x", title="x", count=4, url="/", entries=one, more=False).has_more()
