"""The review queue as a brand meets it: counters that move, answers it can take back, and
evidence in words instead of the engine's levels and score."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils.html import escape

from chainrights.matching.compare import GUARDS, SPEC
from chainrights.registry import evidence
from chainrights.registry.models import SourceRecord, SupplierList
from tests.factories import REVIEW_PAIR, csv_of


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def waiting(demo, django_capture_on_commit_callbacks):
    brand = _client(demo["brand"])
    for name, row in (("first", REVIEW_PAIR[0]), ("second", REVIEW_PAIR[1])):
        with django_capture_on_commit_callbacks(execute=True):
            brand.post("/lists", {"name": name, "file": SimpleUploadedFile("l.csv", csv_of([row]))})
    item = SupplierList.objects.get(name="second")
    assert SourceRecord.objects.get(supplier_list=item).current_decision().decision == "review"
    return item, brand


def _counter(html: str, label: str) -> str:
    return html.split(f"<li>{label}: ", 1)[1].split("<", 1)[0]


def test_the_counters_move_when_a_review_is_answered_and_taken_back(waiting):
    item, brand = waiting
    page = f"/lists/{item.pk}"
    before = brand.get(page).content.decode()
    assert (_counter(before, "To review"), _counter(before, "Matched")) == ("1", "0")
    brand.post(f"{page}/rows/0/review", {"verdict": "same"})
    after = brand.get(page).content.decode()
    assert (_counter(after, "To review"), _counter(after, "Matched")) == ("0", "1")
    assert "Your answers" in after
    assert "Take back" in after
    response = brand.post(f"{page}/rows/0/undo", {"next": f"{page}#reviews"})
    assert response.status_code == 302
    assert SourceRecord.objects.get(supplier_list=item).current_decision().decision == "review"
    again = brand.get(page).content.decode()
    assert _counter(again, "To review") == "1"
    assert "Same facility" in again  # back in the queue, to be answered again


def test_only_the_lists_editors_take_back_and_only_an_answer_to_a_review(demo, waiting):
    item, brand = waiting
    page = f"/lists/{item.pk}"
    brand.post(f"{page}/rows/0/review", {"verdict": "different"})
    assert _client(demo["brandviewer"]).post(f"{page}/rows/0/undo").status_code == 403
    assert _client(demo["supplier"]).post(f"{page}/rows/0/undo").status_code == 404
    first = SupplierList.objects.get(name="first")
    refused = brand.post(f"/lists/{first.pk}/rows/0/undo")  # decided once, by the engine
    assert refused.status_code == 409
    assert SourceRecord.objects.get(supplier_list=first).current_decision().kind == "automatic"
    assert brand.post(f"{page}/rows/0/undo").status_code == 302
    assert brand.post(f"{page}/rows/0/undo").status_code == 409  # nothing left to take back


def test_the_evidence_reads_in_words_not_levels(waiting):
    item, brand = waiting
    html = brand.get(f"/lists/{item.pk}").content.decode()
    assert "the same name" in html or "nearly the same name" in html
    assert "score" not in html.split('id="reviews"', 1)[1]
    assert "rarity" not in html
    assert "distinctive" not in html


def test_every_level_the_engine_records_has_words():
    for comparison in (*SPEC, *GUARDS):
        for level in comparison.levels:
            assert evidence.PHRASES[comparison.name][level], (comparison.name, level)


def test_words_follow_the_engines_order_and_give_the_measured_distance():
    words = evidence.in_words({
        "levels": {"name": "exact", "rarity": "null", "address": "low", "distance": "5km",
                   "marker": "one_side", "made_up": "x"},
        "evidence": {"distance_km": 2.04},
    })  # fmt: skip
    assert words == [
        "the same name",
        "a little of the address in common (the same town or area)",
        "pins 2.0 km apart",
        "a numbered unit, plant or branch on one side only: perhaps a sister plant",
    ]
    assert evidence.in_words({}) == []


def test_the_row_report_is_a_page_for_the_signed_in_owner(demo, django_capture_on_commit_callbacks):
    brand = _client(demo["brand"])
    rows = [REVIEW_PAIR[0], ["BD", "", "no name", "", ""], ["ZZ", "Nowhere Knit", "x", "", ""]]
    with django_capture_on_commit_callbacks(execute=True):
        brand.post("/lists", {"name": "report", "file": SimpleUploadedFile("l.csv", csv_of(rows))})
    item = SupplierList.objects.get(name="report")
    assert item.report, "the list has skipped rows"
    html = brand.get(f"/lists/{item.pk}/rows").content.decode()
    assert f'href="/lists/{item.pk}/rows"' in brand.get(f"/lists/{item.pk}").content.decode()
    for e in item.report:
        assert escape(e["reason"]) in html  # each skipped row names its field and reason
    errors = brand.get(f"/lists/{item.pk}/rows?status=error").content.decode()
    assert REVIEW_PAIR[0][1] not in errors
    new = brand.get(f"/lists/{item.pk}/rows?status=new").content.decode()
    assert REVIEW_PAIR[0][1] in new
    assert brand.get(f"/lists/{item.pk}/rows?status=<script>").status_code == 200  # ignored
    assert _client(demo["union"]).get(f"/lists/{item.pk}/rows").status_code == 404


def test_the_row_report_pages_a_long_list(demo, django_capture_on_commit_callbacks):
    brand = _client(demo["brand"])
    rows = [["BD", f"Knit {i} Ltd", f"Road {i}, Gazipur", "", ""] for i in range(130)]
    with django_capture_on_commit_callbacks(execute=True):
        brand.post("/lists", {"name": "long", "file": SimpleUploadedFile("l.csv", csv_of(rows))})
    item = SupplierList.objects.get(name="long")
    first = brand.get(f"/lists/{item.pk}/rows").content.decode()
    assert "Page 1 of 2" in first
    assert "Knit 99 Ltd" in first
    assert "Knit 100 Ltd" not in first
    second = brand.get(f"/lists/{item.pk}/rows?page=2").content.decode()
    assert "Knit 129 Ltd" in second
