"""What the mechanism tells the public and its operator: statistics with small numbers
suppressed (no worker can be singled out), and the effectiveness measures of UN Guiding
Principle 31 computed from the cases, which the German Supply Chain Act's yearly review uses.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from django.conf import settings
from django.utils import timezone

from chainrights.grievances.models import Case, MessageKind, State, Transition

CLOSED = (State.CLOSED, State.WITHDRAWN, State.INADMISSIBLE)


def suppress(counts: Counter, minimum: int | None = None) -> list[dict[str, Any]]:
    """Counts as rows, each below ``minimum`` shown as None ('fewer than N')."""
    floor = settings.GRIEVANCE_MIN_CELL if minimum is None else minimum
    return [
        {"key": key, "count": n if n >= floor else None}
        for key, n in sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))
    ]


def public_statistics(cases: Iterable[Case] | None = None) -> dict[str, Any]:
    """Cases by country, right, state, channel and facility, with small cells suppressed.
    A facility with fewer cases than the floor is not named at all."""
    from chainrights.registry.visibility import may_know

    rows = list(Case.objects.select_related("facility") if cases is None else cases)
    located = {c.facility_id: c.facility for c in rows if c.facility is not None}
    nameable = {pk for pk, facility in located.items() if may_know(facility, None)}
    by_facility = Counter(  # a facility only private lists name is never named in public
        f"{c.facility.public_id} {c.facility.name}"
        for c in rows
        if c.facility is not None and c.facility_id in nameable
    )
    brands_at: dict[int, set[str]] = {}  # one registry lookup per facility, not per case
    for c in rows:
        if c.facility_id is not None and c.facility_id not in brands_at:
            brands_at[c.facility_id] = _public_brands(c)
    by_brand = Counter(b for c in rows if c.facility_id for b in brands_at[c.facility_id])
    floor = settings.GRIEVANCE_MIN_CELL
    return {
        "by_brand": suppress(by_brand),
        "total": len(rows),
        "minimum_cell": floor,
        "by_country": suppress(Counter(c.country or "unknown" for c in rows)),
        "by_right": suppress(Counter(r for c in rows for r in c.rights)),
        "by_state": suppress(Counter(str(c.state) for c in rows)),
        "by_channel": suppress(Counter(str(c.channel) for c in rows)),
        "by_facility": [r for r in suppress(by_facility) if r["count"] is not None],
    }


def _public_brands(case: Case) -> set[str]:
    """Brands whose public lists name the case's facility (private links stay private)."""
    if case.facility is None:
        return set()
    from chainrights.core.models import OrganisationKind, Visibility
    from chainrights.registry.services import facility_sources

    return {
        s.supplier_list.owner_org.name
        for s in facility_sources(case.facility.survivor())
        if s.supplier_list.visibility == Visibility.PUBLIC
        and s.supplier_list.owner_org.kind == OrganisationKind.BRAND
    }


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None


def _median_days(deltas: list[float]) -> float | None:
    return round(statistics.median(deltas), 1) if deltas else None


def effectiveness(year: int, cases: Any = None) -> dict[str, Any]:
    """The Principle 31 criteria, each measured from the year's cases."""
    start = timezone.make_aware(datetime(year, 1, 1))
    end = timezone.make_aware(datetime(year + 1, 1, 1))
    base = Case.objects.all() if cases is None else cases
    rows = list(base.filter(received_at__gte=start, received_at__lt=end))
    ids = [c.pk for c in rows]
    steps = list(Transition.objects.filter(case_id__in=ids))
    timed = [t for t in steps if t.was_due_at is not None]
    acknowledged = {
        t.case_id: (t.created_at - next(c.received_at for c in rows if c.pk == t.case_id))
        for t in steps
        if t.to_state == State.ACKNOWLEDGED
    }
    told = [t for t in steps if t.reason.strip() or t.to_state == State.ACKNOWLEDGED]
    from chainrights.grievances.models import Message

    messages = list(Message.objects.filter(case_id__in=ids).values_list("case_id", "kind"))
    replied = {case for case, kind in messages if kind == MessageKind.FROM_COMPLAINANT}
    written_to = {case for case, kind in messages if kind == MessageKind.TO_COMPLAINANT}
    closed = [c for c in rows if c.closed_at is not None]
    rated = [c.satisfaction for c in rows if c.satisfaction is not None]
    facilities = Counter(c.facility_id for c in rows if c.facility_id is not None)
    from chainrights.grievances.models import PublicReport

    published = PublicReport.objects.filter(case_id__in=ids, published_at__isnull=False).count()
    return {
        "year": year,
        "cases": len(rows),
        "legitimate": {
            "share_with_a_designated_handler": _share(
                sum(c.handler_id is not None for c in rows), len(rows)
            ),  # fmt: skip
        },
        "accessible": {
            "channels": dict(Counter(str(c.channel) for c in rows)),
            "languages": dict(Counter(c.detected_language or c.language or "?" for c in rows)),
            "share_without_contact_details": _share(
                sum(not hasattr(c, "contact") for c in rows), len(rows)
            ),
            "share_fearing_reprisal": _share(sum(c.fears_retaliation for c in rows), len(rows)),
        },
        "predictable": {
            "share_of_steps_on_time": _share(sum(t.on_time is True for t in timed), len(timed)),
            "median_days_to_acknowledge": _median_days(
                [d.total_seconds() / 86400 for d in acknowledged.values()]
            ),
            "open_and_overdue": sum(
                1
                for c in rows
                if c.state not in CLOSED and c.due_at is not None and c.due_at < timezone.now()
            ),  # fmt: skip
        },
        "equitable": {
            "share_of_steps_explained_to_the_complainant": _share(len(told), len(steps)),
            "share_of_cases_written_to": _share(len(written_to), len(rows)),
        },
        "transparent": {
            "share_of_closed_cases_with_a_public_report": _share(published, len(closed)),
        },
        "rights_compatible": {
            "reprisal_reports": sum(c.retaliation_reported for c in rows),
            "escalations": dict(Counter(c.escalated_to for c in rows if c.escalated_to)),
        },
        "continuous_learning": {
            "facilities_with_repeated_cases": sum(1 for n in facilities.values() if n > 1),
            "rights_most_raised": Counter(r for c in rows for r in c.rights).most_common(5),
        },
        "engagement_and_dialogue": {
            "share_of_cases_where_the_complainant_replied": _share(len(replied), len(rows)),
        },
        "satisfaction": {
            "rated": len(rated),
            "average": round(statistics.mean(rated), 2) if rated else None,
            "share_satisfied": _share(sum(r >= 4 for r in rated), len(rated)),
        },
        "median_days_to_close": _median_days(
            [
                (c.closed_at - c.received_at).total_seconds() / 86400
                for c in closed
                if c.closed_at is not None
            ]  # fmt: skip
        ),
    }


def review_rows(report: dict[str, Any]) -> list[tuple[str, str, str]]:
    """The yearly review flattened to (criterion, measure, value) for a CSV export."""
    rows = []
    for criterion, measures in report.items():
        if isinstance(measures, dict):
            for measure, value in measures.items():
                rows.append((criterion, measure, str(value)))
        else:
            rows.append(("-", criterion, str(measures)))
    return rows
