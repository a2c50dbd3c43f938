"""Demo risk data for Northwind Apparel (fictional): an admissible grievance at Square Fashions
about passports kept by management (a forced-labour indicator), a fictional third brand whose
public list also names Square Fashions (so Northwind has two co-buyers to approach), Northwind's
stated relationship there, and its register computed. Loading twice changes nothing."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.contrib.auth import get_user_model

from chainrights.core import events
from chainrights.core.models import Organisation
from chainrights.grievances import services as grievances
from chainrights.registry import services as registry
from chainrights.risk import leverage, scoring

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
    return {"risk_cases": filed, "risk_items": scoring.recompute(northwind)}
