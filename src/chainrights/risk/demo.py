"""Demo risk data for Northwind Apparel (fictional): an admissible grievance at Square Fashions
about passports kept by management (a forced-labour indicator), a fictional third brand whose
public list also names Square Fashions (so Northwind has two co-buyers to approach), Northwind's
stated relationship there, its register computed, and one published impact assessment of
Square Fashions (demo content, marked so). Loading twice changes nothing."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.contrib.auth import get_user_model

from chainrights.core import events
from chainrights.core.models import Organisation
from chainrights.grievances import services as grievances
from chainrights.registry import services as registry
from chainrights.risk import assessments, leverage, scoring
from chainrights.risk.models import ImpactAssessment

NORTHWIND, SQUARE, EASTWIND = (
    "Northwind Apparel",
    "Square Fashions Ltd.",
    "Eastwind Demo Outfitters",
)
RIGHT = "retention-of-identity-documents"
NARRATIVE = ("Management keeps our passports in the office and says we get them back only "
             "when we finish the contract. (demo case)")  # fmt: skip
SQUARE_ROW = (b'country,name,address,sector\nBangladesh,Square Fashions Ltd.,'
              b'"Zamirdia, Habir Bari, Bhaluka, Mymensigh ",Apparel\n')  # fmt: skip


def _square(northwind: Organisation) -> Any:
    for pk in registry.buyer_facilities(northwind):
        facility = registry.facility_by_id(_public_id(pk))
        if facility is not None and facility.name == SQUARE:
            return facility
    return None


def _public_id(pk: int) -> str:
    from chainrights.risk.evidence import facility_model  # noqa: PLC0415

    return str(facility_model().objects.filter(pk=pk).values_list("public_id", flat=True)[0])


def _case(square: Any, handler: Any) -> int:
    known = grievances.cases_for_register(None, {square.pk})
    if any(RIGHT in c["rights"] for c in known):
        return 0
    case, _secret = grievances.file_grievance(
        grievances.Intake(
            narrative=NARRATIVE, facility_id=square.public_id, language="en", rights=(RIGHT,)
        )
    )
    grievances.transition_case(case, handler, "acknowledged")
    grievances.transition_case(case, handler, "admissible", "a forced-labour indicator")
    return 1


def _eastwind(operator: Any) -> None:
    with events.acting_as(system="demo", reason="demo data"):
        brand, _ = Organisation.objects.get_or_create(
            name=EASTWIND, defaults={"kind": "brand", "country": "GB"}
        )
    item, created = registry.upload_list(owner=brand, user=operator, name="Eastwind 2026",
                                         filename="eastwind.csv", content=SQUARE_ROW,
                                         public=True)  # fmt: skip
    if created or item.status != "done":
        registry.process_list(item.pk)


def load_demo_risk() -> dict[str, int]:
    users = get_user_model().objects
    operator, handler = users.get(username="operator"), users.get(username="handler")
    northwind = Organisation.objects.get(name=NORTHWIND)
    square = _square(northwind)
    if square is None:
        return {"risk_items": 0}
    _eastwind(operator)
    filed = _case(square, handler)
    leverage.set_relationship(
        users.get(username="brand"),
        northwind,
        square,
        share_of_output=18,
        since=date(2019, 3, 1),
        schemes=["ACT"],
        source="Northwind's own order book (demo)",
    )
    items = scoring.recompute(northwind)
    return {"risk_cases": filed, "risk_items": items,
            "risk_assessments": _assessment(users.get(username="brand"), square)}  # fmt: skip


HRIA_TITLE = "Square Fashions: human-rights impact assessment 2026 (demo)"


def _assessment(brand: Any, square: Any) -> int:
    """A published assessment of Square Fashions: invented demo content, said to be so."""
    if ImpactAssessment.objects.filter(title=HRIA_TITLE).exists():
        return 0
    made = assessments.create(
        brand, title=HRIA_TITLE, scope="facility", facility=square.public_id,
        period_start=date(2026, 1, 1), period_end=date(2026, 6, 30), review_on=date(2027, 1, 31),
        summary="Demo content, not a real assessment. Off-site interviews and focus groups, "
                "document review of contracts and passports held, one union meeting.")  # fmt: skip
    for group, people, method in (("workers_women", 18, "focus groups off site (demo)"),
                                  ("workers_men", 9, "individual interviews (demo)"),
                                  ("union", 2, "meeting with the federation (demo)")):  # fmt: skip
        assessments.add_consultation(made, brand, group=group, people=people, method=method,
                                     held_on=date(2026, 3, 10))  # fmt: skip
    linked = [k for k in made.item_keys if k.startswith("facility:forced-labour:")]
    assessments.add_finding(made, brand, right="forced-labour", items=linked,
                            source="worker interviews, March 2026 (demo)",
                            text="Demo finding: management keeps workers' passports until the "
                                 "contract ends; workers cannot leave freely.")  # fmt: skip
    assessments.add_action(made, brand, text="Demo action: passports returned to every worker, "
                           "with lockers under the workers' own key.", owner="Northwind "
                           "sourcing lead (demo)", due_on=date(2026, 9, 30))  # fmt: skip
    assessments.publish(made, brand)
    return 1
