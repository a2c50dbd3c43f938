"""Uploading and processing supplier lists into facilities, source records and decisions."""

from __future__ import annotations

import csv
import io

import pytest

from chainrights.core.models import Event, Organisation
from chainrights.core.refusals import Conflict
from chainrights.registry import services
from chainrights.registry.models import Facility, ListStatus, MatchDecision, SourceRecord
from tests.matching.conftest import DATA


def _csv(rows: list[list[str]], header: str = "country,name,address,lat,lng") -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header.split(","))
    writer.writerows(rows)
    return out.getvalue().encode()


def _real_rows(n: int = 12) -> list[list[str]]:
    with (DATA / "registry.csv").open(encoding="utf-8") as handle:
        return [
            [r["country"], r["name"], r["address"], r["lat"], r["lng"]]
            for r in list(csv.DictReader(handle))[:n]
        ]


def _upload(brand, demo, content: bytes, name: str = "Spring 2026", filename: str = "list.csv"):
    return services.upload_list(
        owner=brand, user=demo["brand"], name=name, filename=filename, content=content
    )


def test_a_first_list_founds_one_facility_per_row(brand, demo, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        supplier_list, created = _upload(brand, demo, _csv(_real_rows()))
    supplier_list.refresh_from_db()
    assert created and supplier_list.status == ListStatus.DONE
    assert supplier_list.counts == {"rows": 12, "match": 0, "new": 12, "review": 0, "error": 0}
    assert Facility.objects.count() == 12 and SourceRecord.objects.count() == 12
    source = SourceRecord.objects.get(row=0)
    assert source.raw["name"] == _real_rows()[0][1]  # what the contributor said, as said
    assert Event.objects.filter(tag="sourcerecord.created").count() == 12


def test_the_same_bytes_uploaded_twice_create_nothing_new(
    brand, demo, django_capture_on_commit_callbacks
):
    content = _csv(_real_rows(5))
    with django_capture_on_commit_callbacks(execute=True):
        first, _ = _upload(brand, demo, content)
    with django_capture_on_commit_callbacks(execute=True):
        again, created = _upload(brand, demo, content, name="renamed")
    assert (again.pk, created) == (first.pk, False)
    assert Facility.objects.count() == 5 and SourceRecord.objects.count() == 5


def test_another_brands_list_matches_the_existing_facilities(
    brand, demo, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        _upload(brand, demo, _csv(_real_rows()))
    other = Organisation.objects.get(name="Southbay Outfitters")
    rows = [[c.upper(), n.upper() + " CO., LTD", a, "", ""] for c, n, a, *_ in _real_rows(4)]
    rows.append(["VN", "Totally Different Garment", "Lot 5, KCN Tan Uyen, Binh Duong", "", ""])
    with django_capture_on_commit_callbacks(execute=True):
        second, _ = services.upload_list(
            owner=other,
            user=demo["operator"],
            name="Southbay",
            filename="s.csv",
            content=_csv(rows),
        )
    second.refresh_from_db()
    assert second.counts["match"] == 4 and second.counts["new"] == 1
    assert Facility.objects.count() == 13
    for source in SourceRecord.objects.filter(supplier_list=second)[:4]:
        decision = source.current_decision()
        assert decision.decision == "match" and decision.evidence["levels"]["name"] in (
            "exact",
            "high",
        )


def test_rows_repeated_inside_one_list_share_a_facility(
    brand, demo, django_capture_on_commit_callbacks
):
    row = _real_rows(1)[0]
    twin = [row[0], row[1].upper(), row[2], "", ""]
    with django_capture_on_commit_callbacks(execute=True):
        supplier_list, _ = _upload(brand, demo, _csv([row, twin]))
    supplier_list.refresh_from_db()
    assert supplier_list.counts["new"] == 1 and supplier_list.counts["match"] == 1
    assert Facility.objects.count() == 1


def test_bad_rows_are_reported_and_good_rows_proceed(
    brand, demo, django_capture_on_commit_callbacks
):
    rows = [*_real_rows(2), ["Atlantis", "Nowhere Ltd", "x", "", ""], ["CN", "", "1 Road", "", ""]]
    with django_capture_on_commit_callbacks(execute=True):
        supplier_list, _ = _upload(brand, demo, _csv(rows))
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
        supplier_list, _ = _upload(brand, demo, content)
    supplier_list.refresh_from_db()
    assert supplier_list.status == ListStatus.FAILED and message in supplier_list.failure
    assert "list.csv" in supplier_list.failure
    assert not SourceRecord.objects.exists() and not Facility.objects.exists()


def test_a_person_confirms_or_rejects_a_review_and_is_never_asked_again(
    brand, demo, django_capture_on_commit_callbacks
):
    registry = [["LK", "Smart Shirts Limited", "No. 10 Off Airport Road, Katunayake", "", ""]]
    with django_capture_on_commit_callbacks(execute=True):
        _upload(brand, demo, _csv(registry))
    unclear = [["LK", "Smart Shirts Lanka", "Katunayake", "", ""]]
    with django_capture_on_commit_callbacks(execute=True):
        second, _ = _upload(brand, demo, _csv(unclear), name="second")
    source = SourceRecord.objects.get(supplier_list=second)
    current = source.current_decision()
    if current.decision != "review":
        pytest.skip(f"the engine decided {current.decision!r} here; the review path needs a review")
    decision = services.decide_review(source, demo["handler"], confirm=False, reason="another site")
    assert decision.decision == "new" and decision.kind == "human" and decision.facility is not None
    assert source.current_decision() == decision
    # the same row in a third list is not asked again and does not join the rejected facility
    with django_capture_on_commit_callbacks(execute=True):
        third, _ = _upload(
            brand, demo, _csv(unclear + [["LK", "Other", "Colombo", "", ""]]), name="third"
        )
    again = SourceRecord.objects.get(supplier_list=third, row=0).current_decision()
    assert again.facility != current.candidate and again.decision != "review"


def test_a_merged_facility_resolves_to_its_survivor(system):
    survivor = Facility.objects.create(country="CN", name="A")
    merged = Facility.objects.create(country="CN", name="A again", merged_into=survivor)
    chained = Facility.objects.create(country="CN", name="A thrice", merged_into=merged)
    assert chained.survivor() == survivor and survivor.survivor() == survivor
    assert MatchDecision.objects.count() == 0


def test_merge_keeps_ids_resolving_and_can_be_undone(
    brand, demo, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        _upload(brand, demo, _csv(_real_rows(2)))
    a, b = Facility.objects.order_by("pk")
    survivor = services.merge_facilities(a, b, demo["operator"], "same site, two spellings")
    b.refresh_from_db()
    assert b.survivor() == survivor == a
    assert Event.objects.filter(tag="facility.merged", object_id=str(b.pk)).exists()
    with pytest.raises(Conflict, match="already one"):
        services.merge_facilities(a, b, demo["operator"], "again")
    services.unmerge_facility(b, demo["operator"], "they are two sites after all")
    b.refresh_from_db()
    assert b.survivor() == b and Event.objects.filter(tag="facility.unmerged").exists()


def test_split_moves_rows_to_a_new_facility_and_undo_brings_them_back(
    brand, demo, django_capture_on_commit_callbacks
):
    row = _real_rows(1)[0]
    twin = [row[0], row[1].upper(), row[2], "", ""]
    with django_capture_on_commit_callbacks(execute=True):
        _upload(brand, demo, _csv([row, twin]))
    facility = Facility.objects.get()
    second = SourceRecord.objects.get(row=1)
    new = services.split_facility(facility, [second], demo["operator"], "another building")
    assert second.current_decision().facility == new and new != facility
    restored = services.undo_decision(second, demo["operator"], "split in error")
    assert restored.facility == facility and second.current_decision() == restored
    assert second.decisions.count() == 3  # nothing deleted: decision, split, undo
    with pytest.raises(Conflict, match="earlier decision"):
        services.undo_decision(SourceRecord.objects.get(row=0), demo["operator"], "nothing to undo")
