"""The demo register tells the acceptance story: an actual forced-labour item with a case
first, and the first potential item a child-labour risk in a country × garments (a listed
good, inspection below the benchmark); loading twice changes nothing."""

from __future__ import annotations

from typing import Any


def load_all() -> dict[str, Any]:
    from chainrights.audits.demo import load_demo_audits
    from chainrights.core.demo import load_demo
    from chainrights.purchasing.demo import load_demo_purchasing
    from chainrights.registry.demo import load_demo_lists
    from chainrights.risk.demo import load_demo_risk
    from chainrights.states.demo import load_demo_countries, load_demo_inspections

    load_demo()
    load_demo_lists()
    load_demo_audits()
    load_demo_inspections()
    load_demo_countries()
    load_demo_purchasing()
    return load_demo_risk()


def test_the_demo_register_tells_the_story(db):
    from chainrights.core.models import Organisation
    from chainrights.risk.models import RiskItem

    summary = load_all()
    assert summary["risk_cases"] == 1
    northwind = Organisation.objects.get(name="Northwind Apparel")
    items = list(RiskItem.objects.filter(buyer=northwind).select_related("right", "facility"))
    first = items[0]
    assert (first.right.code, first.status, first.scope) == ("forced-labour", "actual", "facility")
    assert any(p["kind"] == "case_admissible" for p in first.evidence)
    potential = next(i for i in items if i.status == "potential")
    assert (potential.right.code, potential.scope) == ("child-labour", "country_product")
    assert {p["kind"] for p in potential.evidence} >= {"listed_good", "coverage_low"}
    assert len(first.leverage["co_buyers"]) == 2
    assert load_all()["risk_cases"] == 0


def test_the_demo_has_one_published_assessment_of_square_fashions(db):
    from chainrights.risk.models import ImpactAssessment

    assert load_all()["risk_assessments"] == 1
    made = ImpactAssessment.objects.get()
    assert (made.status, made.facility.name, made.country) == ("published", "Square Fashions Ltd.",
                                                               "BD")  # fmt: skip
    assert "(demo)" in made.title
    assert made.frozen["findings"][0]["items"], "the finding rests on the forced-labour item"
    from chainrights.risk.demo import load_demo_risk

    assert load_demo_risk()["risk_assessments"] == 0
    assert ImpactAssessment.objects.count() == 1
