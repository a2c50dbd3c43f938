"""Ranking, data gaps, leverage from public lists only, the background recompute, privacy."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from chainrights.risk import leverage, scoring
from chainrights.risk.models import RiskItem
from tests.factories import (
    AuditFactory,
    CaseFactory,
    CountryFactFactory,
    FindingFactory,
    InspectionFigureFactory,
    ListedGoodFactory,
)
from tests.factories.states import InspectionFactory, admissible_case
from tests.risk.conftest import facility_key, register, sourced


def _item(key: str, severity: int, likelihood: float, status: str = "potential") -> RiskItem:
    return RiskItem(key=key, severity=severity, likelihood=likelihood, status=status)


def test_severity_comes_before_likelihood_and_actual_before_potential():
    items = [
        _item("a", 4, 1.0, "actual"),
        _item("b", 5, 0.1),
        _item("c", 5, 0.9),
        _item("d", 5, 1.0, "actual"),
        _item("e", 4, 0.99),
    ]
    assert [i.key for i in sorted(items, key=scoring.rank_key)] == ["d", "c", "b", "a", "e"]


def test_an_actual_impact_outranks_a_certain_looking_potential_one_of_equal_severity():
    pieces = [{"kind": "listed_good", "strength": 1.0, "actual": False}] * 30
    likely, actual = scoring.likelihood(pieces, {"listed_good": 0.9})
    assert likely == 1.0
    assert not actual
    first = sorted([_item("p", 5, likely), _item("q", 5, 1.0, "actual")], key=scoring.rank_key)
    assert first[0].key == "q"


def test_evidence_only_raises_likelihood():
    weights = {"coverage_low": 0.3, "listed_good": 0.5}
    one = [{"kind": "listed_good", "strength": 1.0, "actual": False}]
    two = [*one, {"kind": "coverage_low", "strength": 0.2, "actual": False}]
    assert scoring.likelihood(two, weights)[0] > scoring.likelihood(one, weights)[0]
    assert scoring.likelihood([], weights) == (0.0, False)


def _child_labour(northwind: Any) -> RiskItem:
    return register(northwind)["country_product:child-labour:BD:garments"]


def test_a_missing_coverage_figure_never_scores_lower_than_a_known_good_one(demo, northwind, site):
    ListedGoodFactory(country="BD", good="Garments", child_labour=True)
    gap = _child_labour(northwind)  # no inspection figure, no economy class
    assert "coverage_no_figure" in gap.gaps
    InspectionFigureFactory(country="BD", value=Decimal("0.5"))
    CountryFactFactory(country="BD", value="less_developed")
    known = _child_labour(northwind)  # meets the benchmark: nothing to add
    assert gap.likelihood >= known.likelihood
    assert gap.severity >= known.severity


def test_facility_gaps_are_listed_and_count_for_nothing(demo, northwind, site):
    admissible_case(demo["handler"], site, rights=["debt-bondage"])
    item = register(northwind)[facility_key("forced-labour", site)]
    assert "no_audit" in item.gaps
    assert "no_voice" not in item.gaps
    assert item.likelihood == 1.0


def test_a_brands_override_is_logged_and_wins(demo, northwind, site):
    from chainrights.core.models import Event, Right
    from chainrights.risk import services

    admissible_case(demo["handler"], site, rights=["wages"])
    row = services.override_severity(
        demo["brand"],
        Right.objects.get(code="wages"),
        scale=5,
        scope=4,
        irremediability=3,
        reason="piece-rate debts",
    )
    assert Event.objects.filter(object_id=str(row.pk), reason="severity judged").exists()
    assert register(northwind)[facility_key("wages", site)].severity == 5


def test_co_buyers_come_from_public_lists_only(demo, northwind, southbay, site):
    row = "BD,Rupsha Knitwear Ltd,Plot 9 Dhaka EPZ Savar,Garments,2400"
    sourced(southbay, demo["operator"], [row], public=False, name="southbay private")
    lever = leverage.of_buyer(northwind, {site.pk})[site.pk]
    assert lever["co_buyers"] == []  # Southbay's private list tells Northwind nothing
    other = _brand("Eastwind Demo Brand")
    sourced(other, demo["operator"], [row], public=True, name="eastwind public")
    lever = leverage.of_buyer(northwind, {site.pk})[site.pk]
    assert lever["co_buyers"] == ["Eastwind Demo Brand"]
    assert set(lever["gaps"]) == {"share", "years"}


def _brand(name: str) -> Any:
    from chainrights.core import events
    from chainrights.core.models import Organisation

    with events.acting_as(system="test"):
        return Organisation.objects.create(name=name, kind="brand")


def test_a_brand_never_sees_another_brands_private_cases_through_the_register(demo, northwind,
                                                                              southbay):  # fmt: skip
    from chainrights.grievances import services

    row = "BD,Padma Sweaters Ltd,Road 3 Gazipur,Sweaters,800"
    hidden = sourced(southbay, demo["operator"], [row], public=False, name="sb")[0]
    case = CaseFactory(facility_text="Padma Sweaters, Gazipur", rights=["child-labour"])
    services.link_facility(case, demo["handler"], hidden.public_id)  # the handler knows it
    services.transition_case(case, demo["handler"], "acknowledged")
    services.transition_case(case, demo["handler"], "admissible", "within scope")
    register(southbay)
    assert facility_key("child-labour", hidden) in register(southbay)
    assert not RiskItem.objects.filter(buyer=northwind, facility=hidden).exists()
    from chainrights.risk.access import items_for

    seen = items_for(demo["brand"]).filter(facility=hidden)
    assert not seen.exists()  # nor Southbay's item about it, nor that the facility exists


def test_a_new_audit_finding_raises_likelihood_after_the_background_task(
    demo, northwind, site, django_capture_on_commit_callbacks
):
    audit = AuditFactory(facility=site, raw={"visibility": "public", "findings": [
        {"number": 1, "right": "occupational-safety-and-health", "severity": "minor",
         "description": "no first-aid box"},
    ]})  # fmt: skip
    before = register(northwind).get(facility_key("wages", site))
    with django_capture_on_commit_callbacks(execute=True):
        FindingFactory(audit=audit, right="minimum-wage", severity="major", number=2)
    after = RiskItem.objects.get(buyer=northwind, key=facility_key("wages", site))
    assert after.likelihood > (before.likelihood if before else 0.0)
    assert after.status == "actual"


@pytest.mark.parametrize("who", ["brand", "operator", "supplier", None])
def test_who_sees_which_items(demo, northwind, who):
    from chainrights.risk.access import items_for
    from tests.factories.registry import sourced_claimed_facility

    facility = sourced_claimed_facility(demo)
    InspectionFactory(facility=facility, visibility="public")
    register(northwind)
    seen = items_for(demo.get(who) if who else None)
    assert seen.exists() == (who is not None)
