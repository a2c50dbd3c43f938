"""What the mechanism tells the public, its operator and other apps: statistics with small
numbers suppressed (no worker can be singled out), the effectiveness measures of UN Guiding
Principle 31 computed from the cases, which the German Supply Chain Act's yearly review uses,
and counts per right for audits and codes (only counts leave this app, never a narrative).
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.conf import settings
from django.db.models import CharField, Max, Min, Q
from django.db.models.functions import Cast
from django.utils import timezone

from chainrights.core.models import Organisation, OrganisationKind, Visibility
from chainrights.grievances.models import (
    FINISHED,
    Case,
    Message,
    MessageKind,
    PublicReport,
    State,
    Transition,
)
from chainrights.registry.services import facility_sources
from chainrights.registry.visibility import may_know


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


@dataclass(frozen=True)
class _Year:
    """What the Principle 31 measures are computed from: one year's cases and their steps."""

    rows: list[Case]
    steps: list[Transition]
    messages: list[tuple[int, str]]
    published: int

    @property
    def closed(self) -> list[Case]:
        return [c for c in self.rows if c.closed_at is not None]


def _year(year: int, cases: Any) -> _Year:
    start = timezone.make_aware(datetime(year, 1, 1))
    end = timezone.make_aware(datetime(year + 1, 1, 1))
    base = Case.objects.all() if cases is None else cases
    rows = list(base.filter(received_at__gte=start, received_at__lt=end))
    ids = [c.pk for c in rows]
    return _Year(
        rows=rows,
        steps=list(Transition.objects.filter(case_id__in=ids)),
        messages=list(Message.objects.filter(case_id__in=ids).values_list("case_id", "kind")),
        published=PublicReport.objects.filter(case_id__in=ids, published_at__isnull=False).count(),
    )


def _accessible(rows: list[Case]) -> dict[str, Any]:
    return {
        "channels": dict(Counter(str(c.channel) for c in rows)),
        "languages": dict(Counter(c.detected_language or c.language or "?" for c in rows)),
        "share_without_contact_details": _share(
            sum(not hasattr(c, "contact") for c in rows), len(rows)
        ),
        "share_fearing_reprisal": _share(sum(c.fears_retaliation for c in rows), len(rows)),
    }


def _predictable(data: _Year) -> dict[str, Any]:
    rows, steps = data.rows, data.steps
    timed = [t for t in steps if t.was_due_at is not None]
    acknowledged = {
        t.case_id: (t.created_at - next(c.received_at for c in rows if c.pk == t.case_id))
        for t in steps
        if t.to_state == State.ACKNOWLEDGED
    }
    return {
        "share_of_steps_on_time": _share(sum(t.on_time is True for t in timed), len(timed)),
        "median_days_to_acknowledge": _median_days(
            [d.total_seconds() / 86400 for d in acknowledged.values()]
        ),
        "open_and_overdue": sum(
            1
            for c in rows
            if c.state not in FINISHED and c.due_at is not None and c.due_at < timezone.now()
        ),
    }


def _satisfaction(rows: list[Case]) -> dict[str, Any]:
    rated = [c.satisfaction for c in rows if c.satisfaction is not None]
    return {
        "rated": len(rated),
        "average": round(statistics.mean(rated), 2) if rated else None,
        "share_satisfied": _share(sum(r >= 4 for r in rated), len(rated)),
    }


def _learning(rows: list[Case]) -> dict[str, Any]:
    facilities = Counter(c.facility_id for c in rows if c.facility_id is not None)
    return {
        "facilities_with_repeated_cases": sum(1 for n in facilities.values() if n > 1),
        "rights_most_raised": Counter(r for c in rows for r in c.rights).most_common(5),
    }


def effectiveness(year: int, cases: Any = None) -> dict[str, Any]:
    """The Principle 31 criteria, each measured from the year's cases."""
    data = _year(year, cases)
    rows, steps, closed = data.rows, data.steps, data.closed
    told = [t for t in steps if t.reason.strip() or t.to_state == State.ACKNOWLEDGED]
    replied = {case for case, kind in data.messages if kind == MessageKind.FROM_COMPLAINANT}
    written_to = {case for case, kind in data.messages if kind == MessageKind.TO_COMPLAINANT}
    handled = sum(c.handler_id is not None for c in rows)
    return {
        "year": year,
        "cases": len(rows),
        "legitimate": {"share_with_a_designated_handler": _share(handled, len(rows))},
        "accessible": _accessible(rows),
        "predictable": _predictable(data),
        "equitable": {
            "share_of_steps_explained_to_the_complainant": _share(len(told), len(steps)),
            "share_of_cases_written_to": _share(len(written_to), len(rows)),
        },
        "transparent": {
            "share_of_closed_cases_with_a_public_report": _share(data.published, len(closed)),
        },
        "rights_compatible": {
            "reprisal_reports": sum(c.retaliation_reported for c in rows),
            "escalations": dict(Counter(c.escalated_to for c in rows if c.escalated_to)),
        },
        "continuous_learning": _learning(rows),
        "engagement_and_dialogue": {
            "share_of_cases_where_the_complainant_replied": _share(len(replied), len(rows)),
        },
        "satisfaction": _satisfaction(rows),
        "median_days_to_close": _median_days(
            [
                (c.closed_at - c.received_at).total_seconds() / 86400
                for c in closed
                if c.closed_at is not None
            ]
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


def rights_open_during(facility_ids: list[int], start: Any, end: Any) -> dict[str, int]:
    """How many admissible-or-pending cases about these facilities, per right, were open at
    some point between ``start`` and ``end`` (dates): evidence an audit then should have seen.
    Only counts leave this app; no narrative or complainant does."""
    cases = Case.objects.filter(facility_id__in=facility_ids, received_at__date__lte=end).exclude(
        state__in=[State.INADMISSIBLE, State.WITHDRAWN]
    )
    closed = dict(
        Transition.objects.filter(case__in=cases, to_state=State.CLOSED)
        .values("case_id").annotate(at=Max("created_at")).values_list("case_id", "at")
    )  # fmt: skip
    counts: dict[str, int] = {}
    for pk, state, rights in cases.values_list("pk", "state", "rights"):
        if state == State.CLOSED and closed.get(pk) and closed[pk].date() < start:
            continue
        for right in rights:
            counts[right] = counts.get(right, 0) + 1
    return counts


def _at_public_suppliers_of(organisation: Organisation) -> Any:
    """Cases about facilities the organisation's public supplier lists name (each once)."""
    return Case.objects.filter(
        facility__decisions__source__supplier_list__owner_org=organisation,
        facility__decisions__source__supplier_list__visibility=Visibility.PUBLIC,
    ).distinct()


def breaches_at_suppliers_of(organisation: Organisation, rights: set[str]
                             ) -> dict[str, tuple[int, int]]:  # fmt: skip
    """Per right: how many admissible cases arose at facilities the organisation's public
    supplier lists name, and how many of them were remedied (verified). Counts only leave
    this app, for a code's promise card."""
    admissible = [State.ADMISSIBLE, State.INVESTIGATION, State.PLAN_AGREED, State.REMEDIATED,
                  State.VERIFIED, State.CLOSED, State.ESCALATED]  # fmt: skip
    cases = _at_public_suppliers_of(organisation).filter(state__in=admissible)
    verified = set(  # one query for every case, not one per case
        Transition.objects.filter(case__in=cases, to_state=State.VERIFIED).values_list(
            "case_id", flat=True
        )
    )
    out: dict[str, list[int]] = {}
    for case in cases:
        remedied = case.state in (State.VERIFIED, State.CLOSED) and case.pk in verified
        for right in set(case.rights) & rights:
            counts = out.setdefault(right, [0, 0])
            counts[0] += 1
            counts[1] += int(remedied)
    return {k: (v[0], v[1]) for k, v in out.items()}


def remedy_timing_at_suppliers_of(organisation: Organisation) -> dict[str, Any]:
    """For a public scorecard: of the cases received about facilities the organisation's
    public lists name (admissible or not: acknowledging is owed to every one), the median
    days from receipt to acknowledgement, and how complainants rated closed cases. Each
    figure is withheld (None) below the smallest number of cases shown publicly, so a
    handful of cases never becomes a number."""
    floor = settings.GRIEVANCE_MIN_CELL
    cases = _at_public_suppliers_of(organisation)
    rows = list(cases.values_list("pk", "received_at", "satisfaction"))  # pk keeps duplicates
    received = {pk: at for pk, at, _s in rows}
    acknowledged = dict(
        Transition.objects.filter(case_id__in=list(received), to_state=State.ACKNOWLEDGED)
        .values("case_id").annotate(at=Min("created_at")).values_list("case_id", "at")
    )  # fmt: skip
    days = [(at - received[pk]).total_seconds() / 86400 for pk, at in acknowledged.items()]
    rated = [r for _pk, _at, r in rows if r is not None]
    return {
        "cases": len(received) if len(received) >= floor else None,
        "median_days_to_acknowledge": _median_days(days) if len(days) >= floor else None,
        "rated": len(rated) if len(rated) >= floor else None,
        "share_satisfied": _share(sum(r >= 4 for r in rated), len(rated))
        if len(rated) >= floor
        else None,
        "minimum": floor,
    }


def country_statistics(country: str) -> dict[str, Any]:
    """A country's public case counts, small cells suppressed as in the public statistics
    (the total too: a handful of cases in a country is not shown as a number). Only rights
    and states are counted, from two columns: no facility is looked up, none is named."""
    rows = list(Case.objects.filter(country=country).values_list("rights", "state"))
    floor = settings.GRIEVANCE_MIN_CELL
    return {"total": len(rows) if len(rows) >= floor else None, "minimum_cell": floor,
            "by_right": suppress(Counter(r for rights, _ in rows for r in rights)),
            "by_state": suppress(Counter(str(state) for _, state in rows))}  # fmt: skip


def admissible_cases_about(rights: set[str]) -> list[tuple[int, int, list[str], Any]]:
    """(case id, facility id, rights, day admitted) of admissible cases at a known facility
    touching any of ``rights``: for purchasing's red flags. Only ids, rights and a date leave
    this app; no narrative or complainant does."""
    admitted = (
        Transition.objects.filter(to_state=State.ADMISSIBLE, case__facility__isnull=False)
        .values("case_id").annotate(at=Max("created_at"))
    )  # fmt: skip
    days = {r["case_id"]: r["at"].date() for r in admitted}
    cases = Case.objects.filter(pk__in=list(days)).exclude(
        state__in=[State.INADMISSIBLE, State.WITHDRAWN]
    )
    return [
        (pk, facility_id, list(case_rights), days[pk])
        for pk, facility_id, case_rights in cases.values_list("pk", "facility_id", "rights")
        if set(case_rights) & rights
    ]


def cases_for_register(organisation_id: int | None, facility_ids: set[int]) -> list[dict[str, Any]]:
    """The cases at these facilities that ``organisation_id`` may see (its own, or shared
    with it; every case for ``None``, the operator's whole-platform view), for a risk register:
    ids, rights, state, dates and flags only, never a narrative or a complainant."""
    from django.contrib.contenttypes.models import ContentType  # noqa: PLC0415

    from chainrights.core.models import Share  # noqa: PLC0415

    cases = Case.objects.filter(facility_id__in=facility_ids).exclude(
        state__in=[State.INADMISSIBLE, State.WITHDRAWN]
    )
    if organisation_id is not None:
        shared = Share.objects.filter(
            content_type=ContentType.objects.get_for_model(Case), organisation_id=organisation_id
        ).values("object_id")
        cases = cases.filter(owner_org_id=organisation_id) | cases.filter(
            visibility=Visibility.SHARED, pk__in=shared
        )
    admitted = dict(
        Transition.objects.filter(case__in=cases, to_state=State.ADMISSIBLE)
        .values("case_id").annotate(at=Max("created_at")).values_list("case_id", "at")
    )  # fmt: skip
    fields = ("pk", "reference", "facility_id", "rights", "state", "workers_affected",
              "retaliation_reported", "received_at")  # fmt: skip
    return [
        {**dict(zip(fields, row, strict=True)), "admitted_at": admitted.get(row[0])}
        for row in cases.values_list(*fields)
    ]


def filter_cases(cases: Any, chosen: dict[str, Any], user: Any) -> Any:
    """The handler's filters (``forms.CaseFilterForm``'s cleaned data) on cases already
    narrowed to what ``user`` may see: a right includes its indicators; ``q`` is a reference
    (or its start) or words of the workplace's name as linked or as the complainant wrote it."""
    if chosen.get("state"):
        cases = cases.filter(state=chosen["state"])
    if chosen.get("channel"):
        cases = cases.filter(channel=chosen["channel"])
    if chosen.get("right"):
        cases = _about_right(cases, chosen["right"])
    if chosen.get("received_from"):
        cases = cases.filter(received_at__date__gte=chosen["received_from"])
    if chosen.get("received_to"):
        cases = cases.filter(received_at__date__lte=chosen["received_to"])
    if chosen.get("reprisal"):
        cases = cases.filter(retaliation_reported=True)
    if chosen.get("mine"):
        cases = cases.filter(handler=user)
    words = (chosen.get("q") or "").strip()
    if words:
        cases = cases.filter(Q(reference__istartswith=words) | Q(facility__name__icontains=words)
                             | Q(facility_text__icontains=words))  # fmt: skip
    return cases.overdue() if chosen.get("overdue") else cases.queue()


def _about_right(cases: Any, code: str) -> Any:
    """Cases naming the right or any indicator under it, however deep."""
    from chainrights.core.models import Right  # noqa: PLC0415

    parent = dict(Right.objects.values_list("code", "parent__code"))
    wanted = {code}
    while more := {c for c, up in parent.items() if up in wanted} - wanted:
        wanted |= more
    match = Q()
    for one in sorted(wanted):
        match |= Q(rights_text__contains=f'"{one}"')
    # the JSON list as text, on both databases
    return cases.annotate(rights_text=Cast("rights", CharField())).filter(match)
