"""The rating questions: written for chainrights from the descriptions of Better Buying's seven
categories (no copied text), each answerable from the supplier's own records.

Every answer is on one scale, 1 "never" … 5 "all of the time", or "not applicable"; a
category's score is the mean answer mapped onto 0–100 ((answer − 1) / 4 × 100).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from chainrights.purchasing.models import Category


@dataclass(frozen=True)
class Question:
    code: str
    category: str
    text: Promise


QUESTIONS = [
    Question("forecast_shared", Category.PLANNING,
             _("How often did the buyer share a forecast before booking capacity?")),
    Question("forecast_held", Category.PLANNING,
             _("How often was the final order within a tenth of the forecast?")),
    Question("techpack_on_time", Category.DESIGN,
             _("How often did technical packages arrive complete and on the agreed date?")),
    Question("samples_paid", Category.DESIGN,
             _("How often were samples and development work paid for as agreed?")),
    Question("price_covers_cost", Category.COST,
             _("How often did the price paid cover the cost of compliant production, "
               "wages included?")),
    Question("costing_open", Category.COST,
             _("How often did the buyer negotiate on an open costing rather than a target "
               "price?")),
    Question("lead_time_enough", Category.SOURCING,
             _("How often was the lead time offered at least the lead time you needed?")),
    Question("orders_steady", Category.SOURCING,
             _("How often did monthly order volumes stay steady enough to plan staffing?")),
    Question("paid_on_time", Category.PAYMENT,
             _("How often were invoices paid on time and at the agreed price?")),
    Question("no_deductions", Category.PAYMENT,
             _("How often was payment made without deductions taken after agreement?")),
    Question("no_late_changes", Category.MANAGEMENT,
             _("How often did orders reach ex-factory without late changes by the buyer?")),
    Question("calendar_kept", Category.MANAGEMENT,
             _("How often did the buyer keep its own dates in the time-and-action calendar?")),
    Question("one_audit", Category.PARTNERSHIP,
             _("How often did the buyer accept an existing audit instead of asking for its "
               "own?")),
    Question("compliance_rewarded", Category.PARTNERSHIP,
             _("How often did good working conditions earn you more or steadier orders?")),
]  # fmt: skip
BY_CODE = {q.code: q for q in QUESTIONS}
SCALE = [
    (1, _("Never")),
    (2, _("Rarely")),
    (3, _("Sometimes")),
    (4, _("Most of the time")),
    (5, _("All of the time")),
]


def by_category() -> list[tuple[str, str, list[Question]]]:
    return [
        (value, str(label), [q for q in QUESTIONS if q.category == value])
        for value, label in Category.choices
    ]
