"""What a brand says it does, against the Common Framework for Responsible Purchasing
Practices' five principles and ACT's five commitments, set beside what its suppliers say
(shown rating cells) and what its orders show (indicators)."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import User
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from chainrights.core import events, refusals
from chainrights.core.models import Organisation
from chainrights.purchasing import access, indicators, reads
from chainrights.purchasing.models import Category, Framework, PracticeStatement, Stage

MAX_EVIDENCE = 4000
# item: (label, the rating categories and the indicators that speak to it)
ITEMS: dict[str, dict[int, tuple[Any, list[str], list[str]]]] = {
    Framework.CFRPP: {
        1: (_("Integration and reporting"), [Category.PARTNERSHIP], []),
        2: (_("Equal partnership"), [Category.PARTNERSHIP, Category.COST], []),
        3: (_("Collaborative production planning"), [Category.PLANNING, Category.MANAGEMENT],
            ["lead_time_days", "late_change_share", "forecast_accuracy", "order_volatility"]),
        4: (_("Fair payment and contract terms"), [Category.PAYMENT],
            ["payment_delay_days", "late_payment_share", "long_terms_share"]),
        5: (_("Sustainable costing"), [Category.COST],
            ["labour_itemised_share", "below_living_wage_share"]),
    },
    Framework.ACT: {
        1: (_("Wages itemised in purchase prices"), [Category.COST],
            ["labour_itemised_share", "below_living_wage_share"]),
        2: (_("Fair payment terms"), [Category.PAYMENT],
            ["payment_delay_days", "long_terms_share"]),
        3: (_("Better planning and forecasting"), [Category.PLANNING],
            ["forecast_accuracy", "order_volatility", "lead_time_days"]),
        4: (_("Training on responsible sourcing"), [Category.PARTNERSHIP], []),
        5: (_("Responsible exit"), [Category.PARTNERSHIP],
            ["cancellations_in_production", "uncompensated_cancellations"]),
    },
}  # fmt: skip


def state_practice(user: User, framework: str, item: int, stage: str, evidence: str = "",
                   evidence_url: str = "") -> PracticeStatement:  # fmt: skip
    brand = access.brand_of(user, editing=True)
    if brand is None:
        raise refusals.NotAllowed("A brand's editors state its practices.")
    if framework not in ITEMS or item not in ITEMS[framework]:
        raise refusals.Invalid("No such principle or commitment.", field="item")
    if stage not in Stage.values:
        raise refusals.Invalid(f"One of {', '.join(Stage.values)}.", field="stage")
    if stage != Stage.NOT_STARTED and not (evidence.strip() or evidence_url.strip()):
        raise refusals.Invalid("Give the evidence: what shows it, or where.", field="evidence")
    with transaction.atomic(), events.acting_as(user, brand, "purchasing practice stated"):
        statement, _ = PracticeStatement.objects.update_or_create(
            owner_org=brand, framework=framework, item=item,
            defaults={"stage": stage, "evidence": evidence.strip()[:MAX_EVIDENCE],
                      "evidence_url": evidence_url.strip()[:200], "visibility": "public"},
        )  # fmt: skip
    return statement


def says_and_shows(buyer: Organisation, with_orders: bool) -> list[dict[str, Any]]:
    """Per principle and commitment: the brand's statement, the newest shown rating cells and
    (to whoever may see them) the order indicators."""
    stated = {(s.framework, s.item): s for s in PracticeStatement.objects.filter(owner_org=buyer)}
    cycles = reads.results(buyer)["cycles"]
    newest = {c["category"]: c for c in cycles[-1]["categories"]} if cycles else {}
    figures = indicators.indicators(buyer)["buyer"] if with_orders else {}
    labels = {d["key"]: (d["label"], d["formula"]) for d in indicators.definitions()}
    rows = []
    for framework, items in ITEMS.items():
        for number, (label, categories, keys) in items.items():
            statement = stated.get((framework, number))
            rows.append({
                "framework": framework, "item": number, "label": str(label),
                "stage": statement.stage if statement else Stage.NOT_STARTED,
                "stage_label": str(Stage(statement.stage if statement else "not_started").label),
                "evidence": statement.evidence if statement else "",
                "evidence_url": statement.evidence_url if statement else "",
                "suppliers": [newest[c] for c in categories if c in newest],
                "orders": [{"key": k, "label": str(labels[k][0]), "formula": labels[k][1],
                            "value": figures.get(k)} for k in keys] if with_orders else [],
            })  # fmt: skip
    return rows
