"""Each evidence rule on constructed data, with the cases that must stay quiet."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from django.utils import timezone

from tests.factories import (
    AuditFactory,
    CaseFactory,
    CountryFactFactory,
    InspectionFigureFactory,
    ListedGoodFactory,
    PurchaseOrderFactory,
    RatificationFactory,
)
from tests.factories.states import InspectionFactory, admissible_case
from tests.risk.conftest import facility_key, late_changed_order, register, sourced


def kinds(item: Any) -> list[str]:
    return [p["kind"] for p in item.evidence]


def test_an_open_finding_in_an_audit_the_brand_may_see_is_an_actual_impact(demo, northwind, site):
    audit = AuditFactory(facility=site, raw={"visibility": "public"})
    items = register(northwind)
    item = items[facility_key("forced-labour", site)]  # excessive overtime rolls up
    assert item.status == "actual"
    assert item.likelihood == 1.0
    assert "finding_open" in kinds(item)
    assert item.evidence[0]["url"].startswith(f"/audits/{audit.pk}")
    fire = items[facility_key("occupational-safety-and-health", site)]
    assert fire.irremediability == 5  # fatal hazards are irremediable by default
    assert "no_audit" not in item.gaps


def test_a_private_audit_not_shared_with_the_brand_stays_quiet(demo, northwind, site):
    AuditFactory(facility=site)  # private to the auditing firm
    items = register(northwind)
    assert facility_key("forced-labour", site) not in items


def test_a_finding_at_a_facility_off_the_brands_lists_stays_quiet(demo, northwind, southbay, site):
    other = sourced(southbay, demo["operator"], ["BD,Padma Sweaters Ltd,Road 3 Gazipur,,"])[0]
    AuditFactory(facility=other, raw={"visibility": "public"})
    assert facility_key("forced-labour", other) not in register(northwind)


def test_an_admissible_case_is_actual_and_an_unshared_pending_one_quiet(demo, northwind, site):
    case = admissible_case(demo["handler"], site, rights=["retention-of-identity-documents"])
    CaseFactory(facility_id=site.public_id, rights=["wages"])
    items = register(northwind)
    forced = items[facility_key("forced-labour", site)]
    assert forced.status == "actual"
    assert f"/cases/{case.reference}" in [p["url"] for p in forced.evidence]
    assert facility_key("wages", site) not in items  # not shared with brands before admission


def test_an_inadmissible_case_stays_quiet(demo, northwind, site):
    from chainrights.grievances import services

    case = CaseFactory(facility_id=site.public_id, rights=["wages"])
    services.transition_case(case, demo["handler"], "acknowledged")
    services.transition_case(case, demo["handler"], "inadmissible", "outside the mandate")
    assert facility_key("wages", site) not in register(northwind)


def test_a_public_inspection_violation_is_actual_a_private_one_quiet(demo, northwind, site):
    InspectionFactory(facility=site, visibility="public")
    items = register(northwind)
    assert items[facility_key("working-hours", site)].status == "actual"
    assert "inspection_violation" in kinds(items[facility_key("working-hours", site)])


def test_a_private_inspection_stays_quiet(demo, northwind, site):
    InspectionFactory(facility=site, visibility="private")
    assert facility_key("working-hours", site) not in register(northwind)


def _country_key(right: str, product: str = "garments") -> str:
    return f"country_product:{right}:BD:{product}"


def test_a_listed_good_for_the_facilitys_product_is_a_country_product_risk(demo, northwind,
                                                                           site):  # fmt: skip
    ListedGoodFactory(country="BD", good="Garments", child_labour=True)
    item = register(northwind)[_country_key("child-labour")]
    assert item.status == "potential"
    assert kinds(item) == ["listed_good"]
    assert item.likelihood == 0.5


def test_a_listed_good_of_another_product_or_country_stays_quiet(demo, northwind, site):
    ListedGoodFactory(country="BD", good="Bricks", child_labour=True)
    ListedGoodFactory(country="IN", good="Garments", child_labour=True)
    assert _country_key("child-labour") not in register(northwind)


def test_low_inspection_coverage_adds_its_shortfall(demo, northwind, site):
    ListedGoodFactory(country="BD", good="Garments", child_labour=True)
    InspectionFigureFactory(country="BD", value=Decimal("0.1"))  # benchmark 0.25 → ratio 0.4
    CountryFactFactory(country="BD", value="less_developed")
    item = register(northwind)[_country_key("child-labour")]
    low = next(p for p in item.evidence if p["kind"] == "coverage_low")
    assert low["strength"] == 0.6
    assert item.likelihood == round(1 - (1 - 0.5) * (1 - 0.3 * 0.6), 4)


def test_coverage_meeting_the_benchmark_stays_quiet(demo, northwind, site):
    ListedGoodFactory(country="BD", good="Garments", child_labour=True)
    InspectionFigureFactory(country="BD", value=Decimal("0.5"))
    CountryFactFactory(country="BD", value="less_developed")
    item = register(northwind)[_country_key("child-labour")]
    assert "coverage_low" not in kinds(item)
    assert not any(g.startswith("coverage") for g in item.gaps)


def test_an_unratified_convention_counts_a_ratified_one_is_quiet(demo, northwind, site):
    RatificationFactory(country="BD", instrument="C87", status="not_ratified")
    RatificationFactory(country="BD", instrument="C98", status="in_force")
    RatificationFactory(country="BD", instrument="C138", status="in_force")
    RatificationFactory(country="BD", instrument="C182", status="in_force")
    items = register(northwind)
    assert kinds(items[_country_key("freedom-of-association")]) == ["unratified"]
    assert _country_key("child-labour") not in items


def test_an_ituc_rating_of_5_counts_and_3_is_quiet(demo, northwind, site, southbay):
    CountryFactFactory(country="BD", kind="ituc_rating", value="5", source="ITUC 2025")
    CountryFactFactory(country="VN", kind="ituc_rating", value="3", source="ITUC 2025")
    sourced(northwind, demo["operator"], ["VN,Saigon Seam Co,1 Le Loi HCMC,Garments,900"],
            name="vn")  # fmt: skip
    items = register(northwind)
    assert kinds(items[_country_key("freedom-of-association")]) == ["ituc"]
    assert "country_product:freedom-of-association:VN:garments" not in items


def test_the_buyers_own_late_changes_suggest_contribute(demo, northwind, southbay, site):
    today = timezone.localdate()
    late_changed_order(northwind, site, confirmed_days_ago=40)
    PurchaseOrderFactory(buyer=southbay, facility=site, confirmed_on=today - timedelta(days=200))
    admissible_case(demo["handler"], site, rights=["excessive-overtime"])
    items = register(northwind)
    rel = items[f"relationship:working-hours:{site.pk}:"]
    assert "late_change" in kinds(rel)
    assert rel.suggested_involvement == "contribute"
    assert items[facility_key("forced-labour", site)].suggested_involvement == "contribute"
    assert not register(southbay) or all(
        i.scope != "relationship" for i in register(southbay).values()
    )


def test_no_orders_in_the_window_stays_quiet(demo, northwind, site):
    PurchaseOrderFactory(buyer=northwind, facility=site,
                         confirmed_on=date.today() - timedelta(days=400))  # fmt: skip
    assert not [k for k in register(northwind) if k.startswith("relationship:")]
