"""The registry's matching index kept on disk: a restarted worker loads it instead of building
it, a merge, split or correction updates it without a rebuild, and an index of another log (a
restore) is never trusted.

A restarted worker is a fresh ``WarmIndex`` (what a new process starts with); ``builds``
counts its full builds from the database. Every test has its own ``REGISTRY_INDEX_DIR``
(``tests/conftest.py``).
"""

from __future__ import annotations

import json
from pathlib import Path

from django.conf import settings
from django.db import connection

from chainrights.core import events
from chainrights.registry import claims, indexfile, services
from chainrights.registry.index import WARM, WarmIndex
from chainrights.registry.models import Facility, MatchDecision, SourceRecord
from tests.factories import csv_of, real_rows, upload


def _process(brand, demo, rows, name, capture):
    with capture(execute=True):
        item, _ = upload(brand, demo, csv_of(rows), name=name)
    item.refresh_from_db()
    return item


def test_a_restarted_worker_loads_the_saved_index_and_needs_no_build(
    brand, demo, django_capture_on_commit_callbacks
):
    _process(brand, demo, real_rows(8), "first", django_capture_on_commit_callbacks)
    builds = WARM.builds  # the first list built it: nothing was saved before
    directory = Path(settings.REGISTRY_INDEX_DIR)
    assert (directory / indexfile.POINTER).exists()
    restarted = WarmIndex()
    index = restarted.current()
    assert restarted.builds == 0
    assert len(index) == Facility.objects.count() == 8
    # The loaded index is the one lists are matched against: the same rows match, none found.
    WARM.invalidate()  # this process 'restarts' too: it loads what the last list saved
    again = [[c, n.upper(), a, lat, lng] for c, n, a, lat, lng in real_rows(8)]
    item = _process(brand, demo, again, "again", django_capture_on_commit_callbacks)
    assert item.counts["match"] == 8
    assert WARM.builds == builds
    assert Facility.objects.count() == 8


def test_facilities_committed_after_the_save_are_learnt_from_the_log(
    brand, demo, django_capture_on_commit_callbacks
):
    _process(brand, demo, real_rows(4), "first", django_capture_on_commit_callbacks)
    saved = json.loads((Path(settings.REGISTRY_INDEX_DIR) / indexfile.POINTER).read_text())
    with events.acting_as(user=demo["operator"], reason="an operator's own entry"):
        Facility.objects.create(country="BD", name="Later Knit Ltd", address="Gazipur")
    restarted = WarmIndex()
    assert len(restarted.current()) == 5
    assert restarted.builds == 0
    assert restarted.seq > saved["seq"]


def test_an_index_of_another_log_is_rebuilt_not_trusted(
    brand, demo, django_capture_on_commit_callbacks
):
    _process(brand, demo, real_rows(4), "first", django_capture_on_commit_callbacks)
    pointer = Path(settings.REGISTRY_INDEX_DIR) / indexfile.POINTER
    stamp = json.loads(pointer.read_text())
    pointer.write_text(json.dumps({**stamp, "hash": "0" * 64}))  # as after a restore
    restarted = WarmIndex()
    assert len(restarted.current()) == 4
    assert restarted.builds == 1


def test_a_merge_updates_the_index_without_a_rebuild_and_rows_land_on_the_survivor(
    brand, demo, django_capture_on_commit_callbacks
):
    rows = real_rows(6)
    _process(brand, demo, rows, "first", django_capture_on_commit_callbacks)
    index = services.registry_index()
    builds = WARM.builds
    survivor = Facility.objects.get(name=rows[0][1])
    merged = Facility.objects.get(name=rows[1][1])
    services.merge_facilities(survivor, merged, demo["operator"], "one site")
    assert services.registry_index() is index
    assert WARM.builds == builds
    item = _process(brand, demo, [rows[1]], "names the merged one",
                    django_capture_on_commit_callbacks)  # fmt: skip
    assert item.counts["match"] == 1
    decision = MatchDecision.objects.get(source__supplier_list=item)
    assert decision.facility == survivor


def test_a_split_and_a_correction_update_the_index_without_a_rebuild(
    brand, demo, django_capture_on_commit_callbacks
):
    rows = real_rows(4)
    _process(brand, demo, rows, "first", django_capture_on_commit_callbacks)
    services.registry_index()
    builds = WARM.builds
    facility = Facility.objects.get(name=rows[0][1])
    source = SourceRecord.objects.get(name=rows[0][1])
    new = services.split_facility(facility, [source], demo["operator"], "two sites")
    assert len(services.registry_index()) == 5  # the split's new facility is in
    other = Facility.objects.get(name=rows[2][1])
    claims.correct(other, demo["operator"], {"name": "Renamed Garments Ltd"}, "sign")
    assert WARM.builds == builds
    item = _process(brand, demo, [[rows[2][0], "Renamed Garments Ltd", rows[2][2], "", ""]],
                    "renamed", django_capture_on_commit_callbacks)  # fmt: skip
    assert item.counts["match"] == 1
    assert MatchDecision.objects.get(source__supplier_list=item).facility == other
    assert WARM.builds == builds
    assert new.pk != facility.pk
    assert connection.vendor in ("sqlite", "postgresql")


def test_a_correction_replaces_the_old_entry_and_the_old_name_no_longer_answers(
    brand, demo, django_capture_on_commit_callbacks
):
    rows = real_rows(4)
    _process(brand, demo, rows, "first", django_capture_on_commit_callbacks)
    services.registry_index()
    builds = WARM.builds
    other = Facility.objects.get(name=rows[2][1])
    claims.correct(other, demo["operator"], {"name": "Renamed Garments Ltd"}, "sign")
    index = services.registry_index()
    assert WARM.builds == builds
    assert len(index) == 4  # replaced, not added beside the old one
    assert len(index.positions_of(other.public_id)) == 1
    assert "renamed" in index.record(index.positions_of(other.public_id)[0]).name_tokens
    # Saved and loaded by the next worker: still one entry.
    WARM.save()
    assert len(WarmIndex().current()) == 4


def test_a_deleted_facility_leaves_the_index_without_a_rebuild(
    brand, demo, django_capture_on_commit_callbacks
):
    with events.acting_as(user=demo["operator"], reason="an operator's own entry"):
        gone = Facility.objects.create(country="BD", name="Short Lived Knit Ltd", address="Savar")
    _process(brand, demo, real_rows(3), "first", django_capture_on_commit_callbacks)
    index = services.registry_index()
    builds = WARM.builds
    assert index.positions_of(gone.public_id)
    with events.acting_as(user=demo["operator"], reason="entered by mistake"):
        gone.delete()
    index = services.registry_index()
    assert WARM.builds == builds
    assert index.positions_of(gone.public_id) == []
    assert len(index) == 3
    item = _process(brand, demo, [["BD", "Short Lived Knit Ltd", "Savar", "", ""]], "names it",
                    django_capture_on_commit_callbacks)  # fmt: skip
    assert item.counts["match"] == 0  # founded anew, not matched to the deleted one
