"""The demo registry: real rows as fictional brands' lists, loaded once."""

from __future__ import annotations

from chainrights.registry.demo import load_demo_lists
from chainrights.registry.models import Facility, SourceRecord, SupplierList


def test_demo_lists_give_duplicates_a_review_queue_and_a_row_report(
    demo, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        assert load_demo_lists() == {"lists": 5}
    lists = SupplierList.objects.all()
    assert {item.status for item in lists} == {"done"}
    total = {key: sum(item.counts[key] for item in lists) for key in ("match", "review", "error")}
    assert total["match"] > 50
    assert total["review"] >= 1
    assert total["error"] >= 1
    assert Facility.objects.count() < SourceRecord.objects.count()
    facilities, sources = Facility.objects.count(), SourceRecord.objects.count()
    with django_capture_on_commit_callbacks(execute=True):
        assert load_demo_lists() == {"lists": 0}
    assert (Facility.objects.count(), SourceRecord.objects.count()) == (facilities, sources)
