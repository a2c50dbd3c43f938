"""Audit-quality signals as evidence, and the records kept against merged facility IDs folded
into the survivor's items."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.db import transaction
from django.utils import timezone

from tests.factories import AuditFactory, PurchaseOrderFactory
from tests.factories.states import admissible_case
from tests.risk.conftest import facility_key, late_changed_order, register, sourced

QUIET = {"audit_no_interviews", "audit_on_site_only", "audit_always_announced",
         "audit_firm_outlier", "finding_vanished"}  # fmt: skip
NO_ONE_HEARD = {"interviews_on_site_women": 0, "interviews_on_site_men": 0,
                "interviews_off_site_women": 0}  # fmt: skip


def kinds(item: Any) -> list[str]:
    return [p["kind"] for p in item.evidence]


def quality_kinds(items: dict[str, Any]) -> set[str]:
    return {k for item in items.values() for k in kinds(item)} & QUIET


def test_an_audit_that_heard_no_worker_raises_the_rights_workers_tell_of(demo, northwind, site):
    audit = AuditFactory(facility=site, raw={"visibility": "public", "findings": [],
                                             **NO_ONE_HEARD})  # fmt: skip
    items = register(northwind)
    item = items[facility_key("freedom-of-association", site)]
    assert kinds(item) == ["audit_no_interviews"]
    assert item.status == "potential"
    assert item.likelihood == 0.2  # the documented default weight
    assert item.evidence[0]["url"] == f"/audits/{audit.pk}"
    assert item.evidence[0]["source"] == "audit quality signal"
    # a right an audit reads from documents and the site is not raised by it
    assert facility_key("land-and-environment", site) not in items
    assert facility_key("building-and-fire-safety", site) not in items


def test_a_sound_audit_adds_no_quality_evidence(demo, northwind, site):
    AuditFactory(facility=site, raw={"visibility": "public", "findings": []})
    assert quality_kinds(register(northwind)) == set()


def test_a_private_audit_with_no_interviews_stays_quiet(demo, northwind, site):
    AuditFactory(facility=site, raw={"findings": [], **NO_ONE_HEARD})  # the firm's own
    assert quality_kinds(register(northwind)) == set()


def test_only_on_site_interviews_and_always_announced_count_lightly(demo, northwind, site):
    on_site = {"interviews_off_site_women": 0, "visibility": "public", "findings": []}
    AuditFactory(facility=site, raw={"reference": "A-1", **on_site})
    AuditFactory(facility=site, raw={"reference": "A-2", "start_date": "2026-09-01",
                                     "end_date": "2026-09-02", **on_site})  # fmt: skip
    item = register(northwind)[facility_key("wages", site)]
    assert sorted(kinds(item)) == ["audit_always_announced", "audit_on_site_only",
                                   "audit_on_site_only"]  # fmt: skip
    assert item.likelihood == round(1 - 0.9**3, 4)


def test_one_unannounced_audit_keeps_always_announced_quiet(demo, northwind, site):
    AuditFactory(facility=site, raw={"reference": "A-1", "visibility": "public",
                                     "findings": []})  # fmt: skip
    AuditFactory(facility=site, raw={"reference": "A-2", "audit_type": "unannounced",
                                     "start_date": "2026-09-01", "end_date": "2026-09-02",
                                     "visibility": "public", "findings": []})  # fmt: skip
    assert "audit_always_announced" not in quality_kinds(register(northwind))


def test_a_finding_gone_from_the_next_audit_unverified_is_evidence(demo, northwind, site):
    AuditFactory(facility=site, raw={"reference": "A-1", "visibility": "public",
                                     "audit_type": "unannounced", "findings": [
        {"number": 1, "right": "wages", "severity": "non-compliance",
         "description": "Overtime is paid at the ordinary rate."}]})  # fmt: skip
    later = AuditFactory(facility=site, raw={"reference": "A-2", "start_date": "2026-09-01",
                                             "end_date": "2026-09-02", "visibility": "public",
                                             "findings": []})  # fmt: skip
    item = register(northwind)[facility_key("wages", site)]
    gone = [p for p in item.evidence if p["kind"] == "finding_vanished"]
    assert [p["url"] for p in gone] == [f"/audits/{later.pk}"]
    assert "finding_open" in kinds(item)  # the finding itself stays an actual impact


def test_a_firm_finding_sharply_less_than_its_peers_is_evidence(demo, northwind, southbay, site):
    others = sourced(
        southbay,
        demo["operator"],
        [f"BD,Peer Garments {n} Ltd,Road {n} Gazipur,Garments,1500" for n in range(1, 6)],
    )
    quick = {"auditor_firm": "Quick Audits", "visibility": "public", "findings": []}
    AuditFactory(facility=site, raw={"reference": "Q-0", **quick})
    for n, facility in enumerate(others[:2], 1):
        AuditFactory(facility=facility, raw={"reference": f"Q-{n}", **quick})
    for n, facility in enumerate(others[2:], 1):  # the default audit: two findings each
        AuditFactory(facility=facility, raw={"reference": f"T-{n}", "visibility": "public",
                                             "auditor_firm": "Thorough Audits"})  # fmt: skip
    item = register(northwind)[facility_key("forced-labour", site)]
    assert kinds(item) == ["audit_firm_outlier"]
    assert item.evidence[0]["detail"]["firm"] == "Quick Audits"
    # the thorough firm's audits are at Southbay's facilities, not in Northwind's register
    assert all(i.facility_id == site.pk for i in register(northwind).values()
               if i.scope == "facility")  # fmt: skip


def _merged_into(site: Any, demo: dict[str, Any], southbay: Any) -> Any:
    """Another record, on Southbay's list, that an operator finds is ``site`` (a merge)."""
    from chainrights.registry.services import merge_facilities

    old = sourced(southbay, demo["operator"],
                  ["BD,Meghna Textile Mills,Road 77 Narayanganj,Garments,2400"])[0]  # fmt: skip
    assert old.pk != site.pk
    return old, lambda: merge_facilities(site, old, demo["operator"], "one factory, two rows")


def test_records_kept_against_a_merged_id_count_for_the_survivor(demo, northwind, southbay, site):
    old, merge = _merged_into(site, demo, southbay)
    audit = AuditFactory(facility=old, raw={"visibility": "public"})
    # admitted while only Southbay's list named it, so shared with Southbay alone
    case = admissible_case(demo["handler"], old, rights=["retention-of-identity-documents"])
    assert facility_key("forced-labour", site) not in register(northwind)  # not yet one
    merge()
    items = register(northwind)
    item = items[facility_key("forced-labour", site)]
    assert any(p["url"].startswith(f"/audits/{audit.pk}") for p in item.evidence)
    assert "no_audit" not in item.gaps
    assert f"/cases/{case.reference}" not in [p["url"] for p in item.evidence]  # not shared
    assert all(i.facility_id in (None, site.pk) for i in items.values())
    theirs = register(southbay)[facility_key("forced-labour", site)]
    assert f"/cases/{case.reference}" in [p["url"] for p in theirs.evidence]
    assert "no_voice" not in theirs.gaps
    assert all(i.facility_id != old.pk for i in register(southbay).values())


def test_orders_at_a_merged_id_add_up_with_the_survivors(demo, northwind, southbay, site):
    old, merge = _merged_into(site, demo, southbay)
    today = timezone.localdate()
    late_changed_order(northwind, old, confirmed_days_ago=60)
    PurchaseOrderFactory(buyer=northwind, facility=site, confirmed_on=today - timedelta(days=30))
    merge()
    rel = register(northwind)[f"relationship:working-hours:{site.pk}:"]
    late = [p for p in rel.evidence if p["kind"] == "late_change"]
    assert [p["detail"]["share"] for p in late] == [0.5]  # one of the two orders


def test_a_new_audit_and_a_merge_recompute_in_the_background(
    demo, northwind, southbay, site, django_capture_on_commit_callbacks
):
    from chainrights.risk.models import RiskItem

    old, merge = _merged_into(site, demo, southbay)
    AuditFactory(facility=site, raw={"visibility": "public", "findings": [], **NO_ONE_HEARD})
    assert register(northwind)  # Northwind has a register now
    AuditFactory(facility=old, raw={"reference": "A-2", "visibility": "public"})  # overtime
    forced = facility_key("forced-labour", site)
    assert "finding_open" not in kinds(RiskItem.objects.get(buyer=northwind, key=forced))
    with django_capture_on_commit_callbacks(execute=True):
        merge()
    assert RiskItem.objects.get(buyer=northwind, key=forced).status == "actual"
    wages = facility_key("wages", site)
    assert "audit_on_site_only" not in kinds(RiskItem.objects.get(buyer=northwind, key=wages))
    with django_capture_on_commit_callbacks(execute=True):
        AuditFactory(facility=site, raw={"reference": "A-9", "visibility": "public",
                                         "audit_type": "unannounced", "findings": [],
                                         "interviews_off_site_women": 0})  # fmt: skip
    assert "audit_on_site_only" in kinds(RiskItem.objects.get(buyer=northwind, key=wages))


def test_a_write_of_many_rows_recomputes_each_register_once(
    demo, northwind, site, monkeypatch, django_capture_on_commit_callbacks
):
    """Five audits with their findings saved in one transaction: one recompute of the
    register they touch, not one per saved row (a spy on the real recompute)."""
    from chainrights.risk import scoring

    AuditFactory(facility=site, raw={"visibility": "public", "findings": [], **NO_ONE_HEARD})
    assert register(northwind)  # Northwind has a register now
    calls: list[int] = []
    real = scoring.recompute

    def spy(buyer, *args, **kwargs):
        calls.append(buyer.pk)
        return real(buyer, *args, **kwargs)

    monkeypatch.setattr(scoring, "recompute", spy)
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        for n in range(5):
            AuditFactory(facility=site, raw={"reference": f"B-{n}", "visibility": "public"})
    assert calls == [northwind.pk]
