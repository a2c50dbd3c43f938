"""What a buyer's orders show, per buyer and per buyer × facility, each with its formula.

Everything is an aggregate the database computes (a handful of grouped queries, whatever the
number of order lines); only the monthly sums behind order volatility come back to Python,
one row per facility and month. The database sums per facility once; the buyer's figures are
those sums added up (counts and totals, never means of means), so the orders are read once.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.db.models import Count, F, FloatField, Q, Sum
from django.db.models.functions import Abs, Cast, TruncMonth
from django.utils.translation import gettext_lazy as _

from chainrights.core.models import Organisation
from chainrights.purchasing.models import (
    LivingWageBenchmark,
    OrderChange,
    Payment,
    PurchaseOrder,
)

STTI_MAX_TERMS = 60  # days: the Sustainable Terms of Trade Initiative's recommendation


def definitions() -> list[dict[str, Any]]:
    """Each indicator, its formula as shown beside it, and its source or basis."""
    late = settings.PURCHASING_LATE_CHANGE_DAYS
    return [
        {"key": "lead_time_days", "label": _("Lead time (days, mean)"),
         "formula": "mean(ex_factory_requested − confirmed_on)"},
        {"key": "short_lead_share", "label": _("Orders with a short lead time"),
         "formula": f"count(lead time < {settings.PURCHASING_SHORT_LEAD_DAYS} d) / orders"},
        {"key": "late_change_share", "label": _("Late changes per order"),
         "formula": f"count(changes by the buyer < {late} d before ex-factory) / orders"},
        {"key": "cancellations_in_production", "label": _("Cancellations after production began"),
         "formula": "count(cancellation ∧ after production start)"},
        {"key": "uncompensated_cancellations", "label": _("of which not compensated"),
         "formula": "count(cancellation ∧ after production start ∧ ¬compensated)"},
        {"key": "payment_delay_days", "label": _("Payment delay (days, mean)"),
         "formula": "mean(paid_on − invoice_date − payment_terms_days)"},
        {"key": "late_payment_share", "label": _("Payments made late"),
         "formula": "count(payment delay > 0) / payments"},
        {"key": "long_terms_share", "label": _("Orders with payment terms over 60 days"),
         "formula": f"count(payment_terms_days > {STTI_MAX_TERMS}) / orders (STTI)"},
        {"key": "forecast_accuracy", "label": _("Forecast accuracy"),
         "formula": "mean(1 − |quantity − forecast| / forecast), orders with a forecast"},
        {"key": "order_volatility", "label": _("Order volatility"),
         "formula": "stdev / mean of monthly quantities (coefficient of variation)"},
        {"key": "labour_itemised_share", "label": _("Orders with labour cost itemised"),
         "formula": "count(labour_cost_per_unit given) / orders (ACT commitment 1)"},
        {"key": "below_living_wage_share", "label": _("Itemised labour cost below a living wage"),
         "formula": "count(labour_cost_per_unit < minutes × living wage / (hours × 60)) / "
                    "orders with minutes, same country and currency as an entered benchmark"},
    ]  # fmt: skip


def _share(part: Any, whole: Any) -> float | None:
    return round(float(part) / float(whole), 3) if whole else None


def _order_figures(orders: Any, group: list[str]) -> dict[Any, dict[str, Any]]:
    short = settings.PURCHASING_SHORT_LEAD_DAYS
    error = Cast(Abs(F("quantity") - F("forecast_quantity")), FloatField()) / Cast(
        F("forecast_quantity"), FloatField()
    )
    rows = orders.values(*group).annotate(
        orders=Count("pk"), lead_total=Sum("lead_time_days"),
        short=Count("pk", filter=Q(lead_time_days__lt=short)),
        long_terms=Count("pk", filter=Q(payment_terms_days__gt=STTI_MAX_TERMS)),
        itemised=Count("pk", filter=Q(labour_cost_per_unit__isnull=False)),
        error_total=Sum(error, filter=Q(forecast_quantity__gt=0)),
        forecasted=Count("pk", filter=Q(forecast_quantity__gt=0)),
    )  # fmt: skip
    return {tuple(r[g] for g in group): r for r in rows}


def _change_figures(orders: Any, group: list[str]) -> dict[Any, dict[str, Any]]:
    late = settings.PURCHASING_LATE_CHANGE_DAYS
    keys = [f"order__{g}" for g in group]
    in_production = Q(kind="cancellation", after_production_start=True)
    rows = (
        OrderChange.objects.filter(order__in=orders)
        .values(*keys)
        .annotate(
            late=Count("pk", filter=Q(by_buyer=True, days_before_ex_factory__lt=late)),
            cancelled=Count("pk", filter=in_production),
            uncompensated=Count("pk", filter=in_production & Q(compensated=False)),
        )
    )
    return {tuple(r[k] for k in keys): r for r in rows}


def _payment_figures(orders: Any, group: list[str]) -> dict[Any, dict[str, Any]]:
    keys = [f"order__{g}" for g in group]
    rows = (
        Payment.objects.filter(order__in=orders)
        .values(*keys)
        .annotate(
            payments=Count("pk"),
            delay_total=Sum("delay_days"),
            late=Count("pk", filter=Q(delay_days__gt=0)),
        )
    )
    return {tuple(r[k] for k in keys): r for r in rows}


def _months(orders: Any, group: list[str]) -> dict[Any, dict[Any, int]]:
    """Per group, the quantity ordered in each month (the basis of order volatility)."""
    months: dict[Any, dict[Any, int]] = defaultdict(dict)
    rows = orders.annotate(month=TruncMonth("confirmed_on")).values(*group, "month")
    for r in rows.annotate(total=Sum("quantity")).order_by():
        months[tuple(r[g] for g in group)][r["month"]] = r["total"]
    return months


def _volatility(months: dict[Any, int] | None) -> float | None:
    totals = list((months or {}).values())
    mean = statistics.fmean(totals) if totals else 0
    return round(statistics.pstdev(totals) / mean, 3) if len(totals) > 1 and mean else None


def _living_wage(orders: Any, group: list[str]) -> dict[Any, tuple[int, int]]:
    """Per group: (orders comparable with a benchmark, of which labour cost is below it)."""
    out: dict[Any, tuple[int, int]] = {}
    newest: dict[str, LivingWageBenchmark] = {}
    for b in LivingWageBenchmark.objects.order_by("country", "-as_of"):
        newest.setdefault(b.country, b)
    for b in newest.values():
        rate = b.monthly_amount / (Decimal(b.hours_per_month) * 60)
        rows = (
            orders.filter(
                facility__country=b.country,
                currency=b.currency,
                labour_minutes_per_unit__isnull=False,
                labour_cost_per_unit__isnull=False,
            )
            .values(*group)
            .annotate(
                n=Count("pk"),
                below=Count(
                    "pk", filter=Q(labour_cost_per_unit__lt=F("labour_minutes_per_unit") * rate)
                ),
            )
        )
        for r in rows:
            key = tuple(r[g] for g in group)
            n, below = out.get(key, (0, 0))
            out[key] = (n + r["n"], below + r["below"])
    return out


def _merge(key: Any, parts: dict[str, Any]) -> dict[str, Any]:
    o = parts["orders"].get(key, {})
    c, p = parts["changes"].get(key, {}), parts["payments"].get(key, {})
    n, payments, forecasted = o.get("orders", 0), p.get("payments", 0), o.get("forecasted", 0)
    lw = parts["living"].get(key)
    error = o.get("error_total")
    return {
        "orders": n,
        "lead_time_days": round(o["lead_total"] / n, 1) if n else None,
        "short_lead_share": _share(o.get("short", 0), n),
        "late_change_share": _share(c.get("late", 0), n),
        "cancellations_in_production": c.get("cancelled", 0),
        "uncompensated_cancellations": c.get("uncompensated", 0),
        "payment_delay_days": round(p["delay_total"] / payments, 1) if payments else None,
        "late_payment_share": _share(p.get("late", 0), payments),
        "long_terms_share": _share(o.get("long_terms", 0), n),
        "forecast_accuracy": round(1 - error / forecasted, 3) if forecasted else None,
        "order_volatility": _volatility(parts["months"].get(key)),
        "labour_itemised_share": _share(o.get("itemised", 0), n),
        "below_living_wage_share": _share(lw[1], lw[0]) if lw else None,
        # the denominators of the indicators over part of the orders
        "payments": payments, "forecasted": forecasted,
        "comparable": lw[0] if lw else 0,
    }  # fmt: skip


def _parts(orders: Any, group: list[str], *, months: bool = True) -> dict[str, dict[Any, Any]]:
    return {
        "orders": _order_figures(orders, group), "changes": _change_figures(orders, group),
        "payments": _payment_figures(orders, group),
        "months": _months(orders, group) if months else {},
        "living": _living_wage(orders, group),
    }  # fmt: skip


def figures(orders: Any, group: list[str], *, volatility: bool = True
            ) -> dict[Any, dict[str, Any]]:  # fmt: skip
    """Every indicator per value of ``group`` (one field) over these orders (order volatility
    None when not asked for: its monthly sums are the one part a caller may not need)."""
    parts = _parts(orders, group, months=volatility)
    return {key[0]: _merge(key, parts) for key in parts["orders"]}


def _added(rows: Any) -> dict[str, Any]:
    """The counts and totals of several groups' rows added up (a total none of them has
    stays None, as the database's SUM over no row)."""
    out: dict[str, Any] = {}
    for row in rows:
        for name, value in row.items():
            if name.endswith("_id") or value is None:  # the group's key, or nothing to add
                continue
            out[name] = out.get(name, 0) + value
    return out


def _rolled_up(parts: dict[str, dict[Any, Any]], key: Any) -> dict[str, dict[Any, Any]]:
    """The parts of every group as one group ``key``: the figures of all these orders."""
    months: dict[Any, int] = defaultdict(int)
    for per_month in parts["months"].values():
        for month, total in per_month.items():
            months[month] += total
    living = list(parts["living"].values())
    return {
        **{part: {key: _added(parts[part].values())} for part in ("orders", "changes", "payments")},
        "months": {key: months},
        "living": {key: (sum(n for n, _b in living), sum(b for _n, b in living))} if living else {},
    }


def indicators(buyer: Organisation, since: date | None = None) -> dict[str, Any]:
    """Every indicator for the buyer as a whole and per facility (orders confirmed since);
    the buyer's figures are the facilities' counts and totals added up, not a second scan."""
    orders = PurchaseOrder.objects.of_buyer(buyer)
    if since is not None:
        orders = orders.filter(confirmed_on__gte=since)
    parts = _parts(orders, ["facility_id"])
    key = (buyer.pk,)
    return {
        "definitions": definitions(),
        "buyer": _merge(key, _rolled_up(parts, key)),
        "facilities": {k[0]: _merge(k, parts) for k in parts["orders"]},
    }


def facility_shares(buyer: Organisation, since: date, fold: dict[int, int] | None = None
                    ) -> dict[int, dict[str, Any]]:  # fmt: skip
    """Per facility, the indicators of the buyer's orders confirmed since (as ``indicators``
    gives them) for a risk register, which reads the orders and the red-flag shares: without
    the buyer-wide figures and order volatility it has no use for. ``fold`` (facility →
    survivor) adds up the orders placed at a facility before it was merged into another."""
    orders = PurchaseOrder.objects.of_buyer(buyer).filter(confirmed_on__gte=since)
    parts = _parts(orders, ["facility_id"], months=False)
    members: dict[int, list[Any]] = defaultdict(list)
    for key in parts["orders"]:
        members[(fold or {}).get(key[0], key[0])].append(key)
    out = {}
    for survivor, keys in members.items():
        if keys == [(survivor,)]:
            out[survivor] = _merge(keys[0], parts)
            continue
        own = {part: {k: rows[k] for k in keys if k in rows} for part, rows in parts.items()}
        out[survivor] = _merge((survivor,), _rolled_up(own, (survivor,)))
    return out


def window(end: date) -> tuple[date, date]:
    return end - timedelta(weeks=settings.PURCHASING_LINK_WINDOW_WEEKS), end
