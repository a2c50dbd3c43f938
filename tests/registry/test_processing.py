"""Uploading and processing supplier lists into facilities, source records and decisions."""

from __future__ import annotations

import pytest

from chainrights.core.models import Event, Organisation
from chainrights.core.refusals import Conflict
from chainrights.registry import services
from chainrights.registry.models import Facility, ListStatus, MatchDecision, SourceRecord
from tests.factories import REVIEW_PAIR, csv_of, real_rows, upload


def test_a_first_list_founds_one_facility_per_row(brand, demo, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        supplier_list, created = upload(brand, demo, csv_of(real_rows()))
    supplier_list.refresh_from_db()
    assert created
    assert supplier_list.status == ListStatus.DONE
    assert supplier_list.counts == {"rows": 12, "match": 0, "new": 12, "review": 0, "error": 0}
    assert Facility.objects.count() == 12
    assert SourceRecord.objects.count() == 12
    source = SourceRecord.objects.get(row=0)
    assert source.raw["name"] == real_rows()[0][1]  # what the contributor said, as said
    assert Event.objects.filter(tag="sourcerecord.created").count() == 12


def test_the_same_bytes_uploaded_twice_create_nothing_new(
    brand, demo, django_capture_on_commit_callbacks
):
    content = csv_of(real_rows(5))
    with django_capture_on_commit_callbacks(execute=True):
        first, _ = upload(brand, demo, content)
    with django_capture_on_commit_callbacks(execute=True):
        again, created = upload(brand, demo, content, name="renamed")
    assert (again.pk, created) == (first.pk, False)
    assert Facility.objects.count() == 5
    assert SourceRecord.objects.count() == 5


def test_another_brands_list_matches_the_existing_facilities(
    brand, demo, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        upload(brand, demo, csv_of(real_rows()))
    other = Organisation.objects.get(name="Southbay Outfitters")
    rows = [[c.upper(), n.upper() + " CO., LTD", a, "", ""] for c, n, a, *_ in real_rows(4)]
    rows.append(["VN", "Totally Different Garment", "Lot 5, KCN Tan Uyen, Binh Duong", "", ""])
    with django_capture_on_commit_callbacks(execute=True):
        second, _ = services.upload_list(
            owner=other,
            user=demo["operator"],
            name="Southbay",
            filename="s.csv",
            content=csv_of(rows),
        )
    second.refresh_from_db()
    assert second.counts["match"] == 4
    assert second.counts["new"] == 1
    assert Facility.objects.count() == 13
    for source in SourceRecord.objects.filter(supplier_list=second)[:4]:
        decision = source.current_decision()
        assert decision.decision == "match"
        assert decision.evidence["levels"]["name"] in (
            "exact",
            "high",
        )


def test_rows_repeated_inside_one_list_share_a_facility(
    brand, demo, django_capture_on_commit_callbacks
):
    row = real_rows(1)[0]
    twin = [row[0], row[1].upper(), row[2], "", ""]
    with django_capture_on_commit_callbacks(execute=True):
        supplier_list, _ = upload(brand, demo, csv_of([row, twin]))
    supplier_list.refresh_from_db()
    assert supplier_list.counts["new"] == 1
    assert supplier_list.counts["match"] == 1
    assert Facility.objects.count() == 1


def test_bad_rows_are_reported_and_good_rows_proceed(
    brand, demo, django_capture_on_commit_callbacks
):
    rows = [*real_rows(2), ["Atlantis", "Nowhere Ltd", "x", "", ""], ["CN", "", "1 Road", "", ""]]
    with django_capture_on_commit_callbacks(execute=True):
        supplier_list, _ = upload(brand, demo, csv_of(rows))
    supplier_list.refresh_from_db()
    assert supplier_list.counts == {"rows": 4, "match": 0, "new": 2, "review": 0, "error": 2}
    assert [(e["row"], e["field"]) for e in supplier_list.report] == [(2, "country"), (3, "name")]


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "empty or has no header"), (b"country;name\nCN;A\n", "missing required column"),
     (b"\xff\xfe\x00b\x00a\x00d", "not valid UTF-8")],
)  # fmt: skip
def test_an_unreadable_list_fails_clearly_and_stores_nothing_else(
    brand, demo, django_capture_on_commit_callbacks, content, message
):
    with django_capture_on_commit_callbacks(execute=True):
        supplier_list, _ = upload(brand, demo, content)
    supplier_list.refresh_from_db()
    assert supplier_list.status == ListStatus.FAILED
    assert message in supplier_list.failure
    assert "list.csv" in supplier_list.failure
    assert not SourceRecord.objects.exists()
    assert not Facility.objects.exists()


def test_a_person_confirms_or_rejects_a_review_and_is_never_asked_again(
    brand, demo, django_capture_on_commit_callbacks
):
    registered, unclear = REVIEW_PAIR  # another house number on the same road: a person decides
    with django_capture_on_commit_callbacks(execute=True):
        upload(brand, demo, csv_of([registered]))
    with django_capture_on_commit_callbacks(execute=True):
        second, _ = upload(brand, demo, csv_of([unclear]), name="second")
    source = SourceRecord.objects.get(supplier_list=second)
    current = source.current_decision()
    assert current.decision == "review"
    assert current.candidate is not None
    decision = services.decide_review(source, demo["handler"], confirm=False, reason="another site")
    assert decision.decision == "new"
    assert decision.kind == "human"
    assert decision.facility is not None
    assert source.current_decision() == decision
    # the same row in a third list is not asked again and does not join the rejected facility
    with django_capture_on_commit_callbacks(execute=True):
        third, _ = upload(
            brand, demo, csv_of([unclear, ["LK", "Other", "Colombo", "", ""]]), name="third"
        )
    again = SourceRecord.objects.get(supplier_list=third, row=0).current_decision()
    assert again.facility != current.candidate
    assert again.decision != "review"


def test_a_merged_facility_resolves_to_its_survivor(system):
    survivor = Facility.objects.create(country="CN", name="A")
    merged = Facility.objects.create(country="CN", name="A again", merged_into=survivor)
    chained = Facility.objects.create(country="CN", name="A thrice", merged_into=merged)
    assert chained.survivor() == survivor
    assert survivor.survivor() == survivor
    assert MatchDecision.objects.count() == 0


def test_merge_keeps_ids_resolving_and_can_be_undone(
    brand, demo, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        upload(brand, demo, csv_of(real_rows(2)))
    a, b = Facility.objects.order_by("pk")
    survivor = services.merge_facilities(a, b, demo["operator"], "same site, two spellings")
    b.refresh_from_db()
    assert b.survivor() == survivor == a
    assert Event.objects.filter(tag="facility.merged", object_id=str(b.pk)).exists()
    with pytest.raises(Conflict, match="already one"):
        services.merge_facilities(a, b, demo["operator"], "again")
    services.unmerge_facility(b, demo["operator"], "they are two sites after all")
    b.refresh_from_db()
    assert b.survivor() == b
    assert Event.objects.filter(tag="facility.unmerged").exists()


def test_split_moves_rows_to_a_new_facility_and_undo_brings_them_back(
    brand, demo, django_capture_on_commit_callbacks
):
    row = real_rows(1)[0]
    twin = [row[0], row[1].upper(), row[2], "", ""]
    with django_capture_on_commit_callbacks(execute=True):
        upload(brand, demo, csv_of([row, twin]))
    facility = Facility.objects.get()
    second = SourceRecord.objects.get(row=1)
    new = services.split_facility(facility, [second], demo["operator"], "another building")
    assert second.current_decision().facility == new
    assert new != facility
    restored = services.undo_decision(second, demo["operator"], "split in error")
    assert restored.facility == facility
    assert second.current_decision() == restored
    assert second.decisions.count() == 3  # nothing deleted: decision, split, undo
    with pytest.raises(Conflict, match="earlier decision"):
        services.undo_decision(SourceRecord.objects.get(row=0), demo["operator"], "nothing to undo")
