"""Registry pages: search, facility pages, lists with their report and review queue."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from chainrights.registry.models import Facility, SourceRecord, SupplierList
from tests.factories import REVIEW_PAIR, csv_of, real_rows


def _client(demo, username: str) -> Client:
    client = Client()
    client.force_login(demo[username])
    return client


def _upload(
    client: Client, content: bytes, name: str = "Spring 2026", filename: str = "list.csv", **extra
):
    return client.post(
        "/lists", {"name": name, "file": SimpleUploadedFile(filename, content), **extra}
    )


@pytest.fixture
def uploaded(demo, django_capture_on_commit_callbacks):
    client = _client(demo, "brand")
    rows = [*real_rows(4), ["Atlantis", "Nowhere", "x", "", ""]]
    with django_capture_on_commit_callbacks(execute=True):
        response = _upload(client, csv_of(rows), public="on")
    assert response.status_code == 302
    return SupplierList.objects.get(), client


def test_upload_shows_the_list_with_its_row_report(uploaded):
    item, client = uploaded
    html = client.get(f"/lists/{item.pk}").content.decode()
    assert "Done" in html
    assert "unknown country &#x27;Atlantis&#x27;" in html
    assert 'hx-trigger="every 1s"' not in html  # finished lists stop polling


def test_a_bad_file_is_refused_in_the_form(demo):
    client = _client(demo, "brand")
    response = _upload(client, b"%PDF", filename="list.pdf")
    assert response.status_code == 200
    assert "Upload a .csv or .xlsx file." in response.content.decode()
    assert not SupplierList.objects.exists()


def test_viewers_see_lists_but_cannot_upload(uploaded, demo):
    client = _client(demo, "brandviewer")
    html = client.get("/lists").content.decode()
    assert "Spring 2026" in html
    assert 'enctype="multipart/form-data"' not in html
    assert _upload(client, csv_of(real_rows(1))).status_code == 403


def test_facility_search_finds_by_name_and_id_and_answers_htmx_with_a_fragment(uploaded, client):
    facility = Facility.objects.order_by("pk").first()
    html = client.get("/facilities", {"q": facility.name[:8]}).content.decode()
    assert facility.public_id in html
    fragment = client.get(
        "/facilities", {"q": facility.public_id.lower()}, headers={"HX-Request": "true"}
    )
    body = fragment.content.decode()
    assert "<html" not in body
    assert '<ul class="results">' in body
    assert facility.name in fragment.content.decode()


def test_facility_page_shows_what_public_lists_said(uploaded, client):
    source = SourceRecord.objects.get(row=0)
    facility = source.current_decision().facility
    html = client.get(f"/facilities/{facility.public_id}").content.decode()
    assert "Northwind Apparel" in html
    assert source.name in html


def test_a_merged_facility_page_redirects_to_the_survivor(uploaded, client, system):
    survivor, merged = Facility.objects.order_by("pk")[:2]
    merged.merged_into = survivor
    merged.save()
    response = client.get(f"/facilities/{merged.public_id}")
    assert response.status_code == 302
    assert response["Location"] == f"/facilities/{survivor.public_id}"


def test_private_lists_stay_private_on_facility_pages(
    demo, client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        _upload(_client(demo, "brand"), csv_of(real_rows(1)))  # private by default
    facility = Facility.objects.get()
    # only a private list names it: for others it does not exist (issue 13, item 3)
    assert client.get(f"/facilities/{facility.public_id}").status_code == 404
    own = _client(demo, "brand").get(f"/facilities/{facility.public_id}").content.decode()
    assert facility.name in own
    assert "private list" not in own


def test_a_reviewer_answers_the_review_queue(demo, django_capture_on_commit_callbacks):
    brand = _client(demo, "brand")
    registered, unclear = REVIEW_PAIR  # another house number on the same road: a person decides
    with django_capture_on_commit_callbacks(execute=True):
        _upload(brand, csv_of([registered]))
    with django_capture_on_commit_callbacks(execute=True):
        _upload(brand, csv_of([unclear]), name="second")
    second = SupplierList.objects.get(name="second")
    source = SourceRecord.objects.get(supplier_list=second)
    assert source.current_decision().decision == "review"
    html = brand.get(f"/lists/{second.pk}").content.decode()
    assert "Same facility" in html
    assert "Different facility" in html
    viewer = _client(demo, "brandviewer")
    assert viewer.post(f"/lists/{second.pk}/rows/0/review", {"verdict": "same"}).status_code == 403
    response = brand.post(f"/lists/{second.pk}/rows/0/review", {"verdict": "same"})
    assert response.status_code == 302
    decision = source.current_decision()
    assert decision.decision == "match"
    assert decision.kind == "human"
    assert "Same facility" not in brand.get(f"/lists/{second.pk}").content.decode()


def _waiting_for_review(demo, item: SupplierList) -> tuple[SourceRecord, Facility]:
    """Row 0 of ``item`` put back in review, proposing another facility (built, not left to
    the engine's judgement)."""
    from chainrights.core import events
    from chainrights.registry.models import MatchDecision

    source = SourceRecord.objects.get(supplier_list=item, row=0)
    with events.acting_as(system="test"):
        proposed = Facility.objects.create(country="BD", name="Other Knit", address="Gazipur")
        MatchDecision.objects.create(
            source=source, candidate=proposed, decision="review", kind="automatic", score=0.7
        )
    return source, proposed


def test_a_refused_review_answer_goes_back_to_its_page_with_the_reason(demo, uploaded):
    item, client = uploaded
    page = f"http://testserver/lists/{item.pk}"
    response = client.post(f"/lists/{item.pk}/rows/0/review", {"verdict": "same"},
                           HTTP_REFERER=page)  # fmt: skip
    assert response.status_code == 302
    assert response["Location"] == page
    assert "This row is no longer waiting for review." in client.get(page).content.decode()
    assert client.post(f"/lists/{item.pk}/rows/0/review", {"verdict": "same"}).status_code == 409


def test_a_bug_while_answering_a_review_is_a_server_error_not_a_refusal(demo, uploaded):
    item, _ = uploaded
    source, _ = _waiting_for_review(demo, item)
    # A worker count of 5,000 digits makes the summary's integer parsing raise ValueError,
    # which the page once read as "no longer waiting for review".
    from chainrights.core import events

    source.raw = {**source.raw, "number_of_workers": "9" * 5000}
    with events.acting_as(system="test"):
        source.save()
    client = Client(raise_request_exception=False)
    client.force_login(demo["brand"])
    response = client.post(f"/lists/{item.pk}/rows/0/review", {"verdict": "same"},
                           HTTP_REFERER=f"http://testserver/lists/{item.pk}")  # fmt: skip
    assert response.status_code == 500
    assert source.current_decision().decision == "review"  # nothing was written
