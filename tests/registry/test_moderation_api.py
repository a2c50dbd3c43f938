"""Merge, unmerge, split, undo and review through the API: each undoable, each logged."""

from __future__ import annotations

import csv
import io

from chainrights.core.models import Event
from chainrights.registry import services
from chainrights.registry.models import Facility, SourceRecord
from tests.conftest import assert_error_shape
from tests.factories import csv_of, real_rows, upload


def _two_facilities(brand, demo, capture):
    with capture(execute=True):
        item, _ = upload(brand, demo, csv_of(real_rows(2)))
    return item, list(Facility.objects.order_by("pk"))


def test_merge_then_unmerge(brand, demo, api_for, django_capture_on_commit_callbacks):
    _, (a, b) = _two_facilities(brand, demo, django_capture_on_commit_callbacks)
    handler = api_for("handler")
    merged = handler.send("POST", f"/api/v1/facilities/{b.public_id}/merge",
                          {"into": a.public_id, "reason": "same site"})  # fmt: skip
    assert merged.status_code == 200
    assert merged.json()["id"] == a.public_id
    resolved = handler.send("GET", f"/api/v1/facilities/{b.public_id}").json()
    assert resolved["merged"] is True
    assert resolved["id"] == a.public_id
    assert len(services.facility_sources(a)) == 2  # the survivor now holds both rows
    again = handler.send("POST", f"/api/v1/facilities/{b.public_id}/merge",
                         {"into": a.public_id, "reason": "again"})  # fmt: skip
    assert_error_shape(again, 409)
    undone = handler.send("POST", f"/api/v1/facilities/{b.public_id}/unmerge", {"reason": "two"})
    assert undone.status_code == 200
    assert undone.json()["id"] == b.public_id
    assert Event.objects.filter(tag="facility.unmerged", object_id=str(b.pk)).exists()


def test_split_and_undo(brand, demo, api_for, django_capture_on_commit_callbacks):
    row = real_rows(1)[0]
    with django_capture_on_commit_callbacks(execute=True):
        item, _ = upload(brand, demo, csv_of([row, [row[0], row[1].upper(), row[2], "", ""]]))
    facility = Facility.objects.get()
    handler = api_for("handler")
    path = f"/api/v1/facilities/{facility.public_id}/split"
    everything = {"rows": [{"list_id": item.pk, "row": 0}, {"list_id": item.pk, "row": 1}],
                  "reason": "x"}  # fmt: skip
    assert_error_shape(handler.send("POST", path, everything), 400)
    stranger = {"rows": [{"list_id": item.pk, "row": 7}], "reason": "x"}
    assert "list" in assert_error_shape(handler.send("POST", path, stranger), 400)["message"]
    split = handler.send("POST", path, {"rows": [{"list_id": item.pk, "row": 1}],
                                        "reason": "another building"})  # fmt: skip
    assert split.status_code == 200
    assert split.json()["id"] != facility.public_id
    undo = handler.send("POST", f"/api/v1/lists/{item.pk}/rows/1/undo", {"reason": "mistake"})
    assert undo.json() == {"list_id": item.pk, "row": 1, "status": "match",
                           "facility_id": facility.public_id}  # fmt: skip
    assert SourceRecord.objects.get(row=1).decisions.count() == 3


def test_review_through_the_api_is_remembered(
    brand, demo, api_for, django_capture_on_commit_callbacks
):
    from chainrights.core.models import Organisation
    from chainrights.registry import services

    registry = [["LK", "Smart Shirts Limited", "No. 10 Off Airport Road, Katunayake", "", ""]]
    with django_capture_on_commit_callbacks(execute=True):
        upload(brand, demo, csv_of(registry))
    # A sister name in the same town: the engine proposes, a person decides.
    other = Organisation.objects.get(name="Southbay Outfitters")
    near = [["LK", "Smart Shirts Lanka", "Katunayake", "", ""]]
    with django_capture_on_commit_callbacks(execute=True):
        item, _ = services.upload_list(owner=other, user=demo["operator"], name="b",
                                       filename="b.csv", content=csv_of(near))  # fmt: skip
    decision = SourceRecord.objects.get(supplier_list=item).current_decision()
    handler = api_for("handler")
    path = f"/api/v1/lists/{item.pk}/rows/0/review"
    assert decision.decision == "review", decision.evidence
    answer = handler.send("POST", path, {"same": True, "reason": "same site"})
    assert answer.json()["status"] == "match"
    assert_error_shape(handler.send("POST", path, {"same": False}), 409)


def test_moderation_pages(brand, demo, client, django_capture_on_commit_callbacks):
    _, (a, b) = _two_facilities(brand, demo, django_capture_on_commit_callbacks)
    client.force_login(demo["handler"])
    page = client.get(f"/facilities/{a.public_id}").content.decode()
    assert "Merge or split" in page
    client.post(f"/facilities/{b.public_id}/merge", {"into": a.public_id, "reason": "same"})
    b.refresh_from_db()
    assert b.merged_into == a
    page = client.get(f"/facilities/{a.public_id}").content.decode()
    assert "Undo this merge" in page
    assert b.public_id in page
    client.post(f"/facilities/{a.public_id}/unmerge", {"merged": b.public_id})
    b.refresh_from_db()
    assert b.merged_into is None
    brand_client = client.__class__()
    brand_client.force_login(demo["brand"])
    assert "Merge or split" not in brand_client.get(f"/facilities/{a.public_id}").content.decode()


def test_open_supply_hub_export_round_trips(
    brand, demo, anon_api, django_capture_on_commit_callbacks
):
    from chainrights.registry import services

    with django_capture_on_commit_callbacks(execute=True):
        services.upload_list(owner=brand, user=demo["brand"], name="p", filename="p.csv",
                             content=csv_of(real_rows(3)), public=True)  # fmt: skip
    response = anon_api.get("/api/v1/facilities/download?format=osh")
    body = b"".join(response.streaming_content).decode()
    rows = list(csv.DictReader(io.StringIO(body)))
    assert len(rows) == 3
    assert {"country", "name", "address", "chainrights_id"} <= set(rows[0])
    assert "-osh.csv" in response["Content-Disposition"]
    # The export is a valid upload: importing it here matches every row to itself.
    with django_capture_on_commit_callbacks(execute=True):
        again, _ = services.upload_list(owner=brand, user=demo["brand"], name="osh",
                                        filename="osh.csv", content=body.encode())  # fmt: skip
    again.refresh_from_db()
    assert again.counts["match"] == 3
    assert Facility.objects.count() == 3


def test_a_split_is_undone_from_the_facility_page(
    brand, demo, client, django_capture_on_commit_callbacks
):
    row = real_rows(1)[0]
    with django_capture_on_commit_callbacks(execute=True):
        item, _ = upload(brand, demo, csv_of([row, [row[0], row[1].upper(), row[2], "", ""]]))
    facility = Facility.objects.get()
    client.force_login(demo["handler"])
    client.post(f"/facilities/{facility.public_id}/split",
                {"rows": [f"{item.pk}:1"], "reason": "another building"})  # fmt: skip
    new = SourceRecord.objects.get(row=1).current_decision().facility
    assert new != facility
    page = client.get(f"/facilities/{new.public_id}").content.decode()
    assert f"/lists/{item.pk}/rows/1/undo" in page
    back = client.post(f"/lists/{item.pk}/rows/1/undo",
                       {"reason": "mistake", "next": f"/facilities/{new.public_id}"})  # fmt: skip
    assert back.status_code == 302
    assert back["Location"] == f"/facilities/{new.public_id}"
    assert SourceRecord.objects.get(row=1).current_decision().facility == facility
    assert (
        client.post(f"/lists/{item.pk}/rows/1/undo", {"next": "//evil.example"})["Location"]
        == f"/lists/{item.pk}"
    )
