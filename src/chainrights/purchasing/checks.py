"""Checking imported order rows: each problem names its row, field and reason.

Inconsistent rows are refused, not repaired: a negative or zero quantity, a payment dated
before its invoice, a currency that is not ISO 4217 (pycountry), a facility nobody can
find, an order confirmed after its ex-factory date, a change or payment for an order that is
neither in the file nor already stored.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

import pycountry
from django.contrib.auth.models import User

from chainrights.audits.services import Problem
from chainrights.core.models import Organisation
from chainrights.purchasing.models import ChangeKind, DeductionReason, PurchaseOrder
from chainrights.registry.services import facility_candidates, may_know, resolve_facility_for

MATCH_CUT = 0.9  # the engine's probability a name and address must reach to name a facility
MAX_TEXT = 200
YES = {"yes", "y", "true", "1"}
NO = {"no", "n", "false", "0", ""}


class RowProblem(Exception):
    def __init__(self, field: str, reason: str) -> None:
        self.field, self.reason = field, reason


@dataclass
class Checked:
    orders: dict[str, dict[str, Any]] = field(default_factory=dict)
    changes: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    payments: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    deductions: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def _text(raw: dict[str, Any], name: str, required: bool = False) -> str:
    value = raw.get(name)
    value = "" if value is None else str(value).strip()
    if required and not value:
        raise RowProblem(name, "required")
    if len(value) > MAX_TEXT:
        raise RowProblem(name, f"longer than {MAX_TEXT} characters")
    return value


def _date(raw: dict[str, Any], name: str, required: bool = False) -> date | None:
    value = _text(raw, name, required)
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError as exc:
        raise RowProblem(name, f"{value[:20]!r} is not a date (YYYY-MM-DD)") from exc


def _number(raw: dict[str, Any], name: str, required: bool = False,
            whole: bool = False, positive: bool = False) -> Decimal | None:  # fmt: skip
    value = _text(raw, name, required)
    if not value:
        return None
    try:
        number = Decimal(value.replace(",", ""))
    except InvalidOperation as exc:
        raise RowProblem(name, f"{value[:20]!r} is not a number") from exc
    if not number.is_finite() or abs(number) >= Decimal("1e12"):
        raise RowProblem(name, "not a finite number of a sensible size")
    if number < 0:
        raise RowProblem(name, "must not be negative")
    if positive and number == 0:
        raise RowProblem(name, "must be more than zero")
    if whole and number != number.to_integral_value():
        raise RowProblem(name, "must be a whole number")
    return number


def _flag(raw: dict[str, Any], name: str) -> bool:
    value = _text(raw, name).lower()
    if value not in YES | NO:
        raise RowProblem(name, "yes or no")
    return value in YES


def _currency(raw: dict[str, Any]) -> str:
    code = _text(raw, "currency", required=True).upper()
    if len(code) != 3 or pycountry.currencies.get(alpha_3=code) is None:
        raise RowProblem("currency", f"{code[:10]!r} is not an ISO 4217 currency code")
    return code


def _facility(raw: dict[str, Any], user: User) -> Any:
    """By chainrights ID or OS ID; else by name and address through the matching engine."""
    wanted = _text(raw, "facility_id")
    if wanted:
        found = resolve_facility_for(wanted, user)
        if found is None:
            raise RowProblem("facility_id", f"no facility {wanted[:40]!r} you may know")
        return found
    name = _text(raw, "facility_name")
    if not name:
        raise RowProblem("facility_id", "give facility_id, or facility_name with its address")
    best = facility_candidates(name, _text(raw, "facility_address"), _text(raw, "facility_country"))
    best = [(f, p) for f, p in best if p >= MATCH_CUT and may_know(f, user)]
    if not best:
        raise RowProblem("facility_name", "no registry facility matches this name and address "
                         "with confidence; give its chainrights ID")  # fmt: skip
    return best[0][0]


def _buyer(raw: dict[str, Any], owner: Organisation, cache: dict[Any, Any]) -> Organisation:
    if owner.kind == "brand":
        return owner
    name = _text(raw, "buyer", required=True)
    if name not in cache:
        cache[name] = Organisation.objects.filter(name=name, kind="brand").first()
    if cache[name] is None:
        raise RowProblem("buyer", f"no brand called {name[:60]!r}")
    found: Organisation = cache[name]
    return found


def _order(raw: dict[str, Any], owner: Organisation, user: User,
           cache: dict[Any, Any]) -> dict[str, Any]:  # fmt: skip
    facility_key = (_text(raw, "facility_id"), _text(raw, "facility_name"),
                    _text(raw, "facility_address"))  # fmt: skip
    if facility_key not in cache:
        cache[facility_key] = _facility(raw, user)
    confirmed = _date(raw, "confirmed_on", required=True)
    ex_factory = _date(raw, "ex_factory_requested", required=True)
    assert confirmed is not None
    assert ex_factory is not None
    if ex_factory < confirmed:
        raise RowProblem("ex_factory_requested", "before the order was confirmed")
    quantity = _number(raw, "quantity", required=True, whole=True, positive=True)
    forecast = _number(raw, "forecast_quantity", whole=True)
    terms = _number(raw, "payment_terms_days", whole=True)
    minutes = _number(raw, "labour_minutes_per_unit")
    return {
        "buyer": _buyer(raw, owner, cache), "facility": cache[facility_key],
        "reference": _text(raw, "reference", required=True)[:60],
        "product_category": _text(raw, "product_category")[:60],
        "quantity": int(quantity or 0),
        "forecast_quantity": None if forecast is None else int(forecast),
        "unit_price": _number(raw, "unit_price", required=True), "currency": _currency(raw),
        "labour_cost_per_unit": _number(raw, "labour_cost_per_unit"),
        "labour_minutes_per_unit": minutes,
        "payment_terms_days": None if terms is None else int(terms),
        "confirmed_on": confirmed, "ex_factory_requested": ex_factory,
        "ex_factory_actual": _date(raw, "ex_factory_actual"),
        "production_started_on": _date(raw, "production_started_on"),
        "invoice_date": _date(raw, "invoice_date"),
        "invoice_amount": _number(raw, "invoice_amount"),
        "lead_time_days": (ex_factory - confirmed).days,
    }  # fmt: skip


def _change(raw: dict[str, Any], order: dict[str, Any]) -> dict[str, Any]:
    kind = _text(raw, "change", required=True).lower()
    if kind not in ChangeKind.values:
        raise RowProblem("change", f"one of {', '.join(ChangeKind.values)}")
    changed = _date(raw, "changed_on", required=True)
    assert changed is not None
    started = order.get("production_started_on")
    by = _text(raw, "by").lower() or "buyer"
    if by not in ("buyer", "supplier"):
        raise RowProblem("by", "buyer or supplier")
    return {
        "changed_on": changed, "kind": kind, "by_buyer": by == "buyer",
        "days_before_ex_factory": (order["ex_factory_requested"] - changed).days,
        "after_production_start": started is not None and changed >= started,
        "compensated": _flag(raw, "compensated"),
        "compensation_amount": _number(raw, "compensation_amount"),
    }  # fmt: skip


def _payment(raw: dict[str, Any], order: dict[str, Any]) -> dict[str, Any]:
    paid = _date(raw, "paid_on", required=True)
    assert paid is not None
    invoice = order.get("invoice_date")
    if invoice is None:
        raise RowProblem("paid_on", "the order has no invoice_date to pay against")
    if paid < invoice:
        raise RowProblem("paid_on", "before the invoice date")
    terms = order.get("payment_terms_days") or 0
    amount = _number(raw, "amount", required=True, positive=True)
    return {"paid_on": paid, "amount": amount, "delay_days": (paid - invoice).days - terms}


def _deduction(raw: dict[str, Any], order: dict[str, Any]) -> dict[str, Any]:
    reason = _text(raw, "reason", required=True).lower()
    if reason not in DeductionReason.values:
        raise RowProblem("reason", f"one of {', '.join(DeductionReason.values)}")
    return {"amount": _number(raw, "amount", required=True, positive=True), "reason": reason,
            "substantiated": _flag(raw, "substantiated")}  # fmt: skip


def _stored_order(ref: str, owner: Organisation) -> dict[str, Any] | None:
    order = PurchaseOrder.objects.filter(owner_org=owner, reference=ref).values().first()
    return order


def _one(where: str, raw: dict[str, Any], owner: Organisation, user: User, out: Checked,
         cache: dict[Any, Any]) -> None:  # fmt: skip
    if "_error" in raw:
        raise RowProblem(*raw["_error"])
    record = _text(raw, "record").lower() or "order"
    ref = _text(raw, "reference", required=True)
    if record == "order":
        if ref in out.orders or ref in cache["stored references"]:
            raise RowProblem("reference", f"order {ref[:40]!r} appears twice or is stored")
        out.orders[ref] = _order(raw, owner, user, cache)
        return
    handlers = {"change": (_change, out.changes), "payment": (_payment, out.payments),
                "deduction": (_deduction, out.deductions)}  # fmt: skip
    if record not in handlers:
        raise RowProblem("record", "order, change, payment or deduction")
    order = out.orders.get(ref) or _stored_order(ref, owner)
    if order is None:
        raise RowProblem("reference", f"no order {ref[:40]!r} earlier in the file or stored")
    check, target = handlers[record]
    target.append((ref, check(raw, order)))


def check_rows(rows: list[tuple[str, dict[str, Any]]], owner: Organisation,
               user: User) -> Checked:  # fmt: skip
    out, cache = Checked(), dict[Any, Any]()
    # one query for the importer's stored references, not one per row
    cache["stored references"] = set(
        PurchaseOrder.objects.filter(owner_org=owner).values_list("reference", flat=True)
    )
    for where, raw in rows:
        try:
            _one(where, raw, owner, user, out, cache)
        except RowProblem as problem:
            out.problems.append(Problem(where, problem.field, problem.reason))
    return out
