"""What pages, API and exports show of ratings: only frozen cells of closed cycles, and
figures computed from shown cells alone (see ``anonymity``)."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from django.db.models import Avg, Count

from chainrights.core.models import Organisation
from chainrights.purchasing import anonymity
from chainrights.purchasing.models import (
    Category,
    CommentStatus,
    RatingAggregate,
    RatingComment,
    RatingCycle,
)

LABELS = dict(Category.choices)


def _cell(a: RatingAggregate) -> dict[str, Any]:
    return {
        "category": a.category, "label": str(LABELS[a.category]), "region": a.region,
        "shown": not a.suppressed, "reason": a.reason if a.suppressed else "",
        "raters": a.raters, "score": a.score, "distribution": a.distribution,
    }  # fmt: skip


def platform_average(cycle: RatingCycle) -> dict[str, float]:
    """Per category, the mean of every buyer's shown score (shown cells only), and only where
    at least k buyers are shown: with two, one buyer would subtract itself from the mean and
    read the other's score off it (or any buyer's, once results are not all public)."""
    rows = (
        RatingAggregate.objects.filter(cycle=cycle, region="", suppressed=False)
        .values("category")
        .annotate(mean=Avg("score"), buyers=Count("buyer", distinct=True))
    )
    k = anonymity.min_raters()
    return {r["category"]: round(r["mean"], 1) for r in rows if r["buyers"] >= k}


def _comments(cycle: RatingCycle, buyer: Organisation, shown: bool) -> list[str]:
    """The approved comments, all at once when the operator has decided every one of the
    cycle's comments on the buyer: appearing one by one, a comment's arrival could be lined
    up with whatever else the buyer saw happen (a call, a visit, one supplier's new order)."""
    comments = RatingComment.objects.filter(rating__cycle=cycle, rating__buyer=buyer)
    if not shown or comments.filter(status=CommentStatus.PENDING).exists():
        return []
    approved = comments.filter(status=CommentStatus.APPROVED)
    return sorted(c.approved_text for c in approved)  # by text: no order follows the ratings'


def cycle_result(cycle: RatingCycle, buyer: Organisation) -> dict[str, Any]:
    cells = [_cell(a) for a in RatingAggregate.objects.filter(cycle=cycle, buyer=buyer)]
    totals = [c for c in cells if c["region"] == ""]
    shown = [c for c in totals if c["shown"]]
    scores = [c["score"] for c in shown if c["score"] is not None]
    return {
        "cycle": cycle.name,
        "closes_on": cycle.closes_on,
        "categories": totals,
        "regions": [c for c in cells if c["region"] and c["shown"]],
        "overall": round(sum(scores) / len(scores), 1) if scores else None,
        "net_partner_score": anonymity.net_partner_score(c["distribution"] for c in shown),
        "platform_average": platform_average(cycle),
        "comments": _comments(cycle, buyer, bool(shown)),
    }


def results(buyer: Organisation) -> dict[str, Any]:
    """Every closed cycle's shown cells for a buyer, newest last, and the trend per category."""
    cycles = [cycle_result(c, buyer) for c in RatingCycle.objects.closed().order_by("opens_on")]
    cycles = [c for c in cycles if c["categories"]]
    trend: dict[str, list[float | None]] = defaultdict(list)
    for c in cycles:
        by_category = {x["category"]: x["score"] for x in c["categories"]}
        for category in Category.values:
            trend[category].append(by_category.get(category))
    return {
        "buyer": buyer.name,
        "min_raters": anonymity.min_raters(),
        "cycles": cycles,
        "trend": [{"category": k, "label": str(LABELS[k]), "scores": v} for k, v in trend.items()],
    }


CSV_FIELDS = ["cycle", "category", "region", "shown", "raters", "score", "never", "rarely",
              "sometimes", "most_of_the_time", "all_of_the_time"]  # fmt: skip


def result_rows(buyer: Organisation) -> list[list[Any]]:
    rows = []
    for cycle in results(buyer)["cycles"]:
        for cell in cycle["categories"] + cycle["regions"]:
            spread = cell["distribution"] or [""] * 5
            score = cell["score"] if cell["shown"] else ""
            rows.append([cycle["cycle"], cell["category"], cell["region"], cell["shown"],
                         cell["raters"] or "", score, *spread])  # fmt: skip
    return rows
