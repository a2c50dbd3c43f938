"""Reading audits as a viewer may see them, for pages, the API and exports (the shapes they
answer in are in ``answers``): one audit, finding or action; a facility's audits with their
signals; and audit load, how many audits each facility bears a year, by whom, and how often
they find the same thing again for another buyer (audit fatigue)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from django.db.models import Prefetch, QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404

from chainrights.audits import access, deadlines, quality
from chainrights.audits.models import Action, Audit, Finding
from chainrights.core.types import AnyUser
from chainrights.core.visibility import is_operator
from chainrights.registry.services import facility_family

FATIGUE = 3  # three or more social audits in one year at one facility
SAME_PERIOD = timedelta(days=365)


def with_plans(queryset: QuerySet[Audit]) -> QuerySet[Audit]:
    """Audits with facility, findings, their rights and actions in a handful of queries."""
    actions = Action.objects.select_related("brand", "verified_by_org", "proposed_by")
    findings = Finding.objects.select_related("right").prefetch_related(
        Prefetch("actions", queryset=actions), "commitments"
    )
    return queryset.select_related(
        "facility", "owner_org", "auditor_org", "commissioned_by", "paid_by"
    ).prefetch_related(Prefetch("findings", queryset=findings))


def visible_audit(user: AnyUser, audit_id: int) -> Audit:
    """One audit with its plan, or 404 when ``user`` may not see it at all."""
    return get_object_or_404(with_plans(access.visible_audits(Audit.objects.all(), user)),
                             pk=audit_id)  # fmt: skip


def full_finding(user: AnyUser, finding_id: int) -> Finding:
    """A finding of an audit ``user`` sees in full, or 404."""
    finding = get_object_or_404(Finding.objects.select_related("audit"), pk=finding_id)
    if access.level(finding.audit, user) != access.FULL:
        raise Http404
    return finding


def full_action(user: AnyUser, action_id: int) -> Action:
    """An action of an audit ``user`` sees in full, or 404."""
    action = get_object_or_404(Action.objects.select_related("finding__audit"), pk=action_id)
    if access.level(action.finding.audit, user) != access.FULL:
        raise Http404
    return action


def _of_family(family: list[int], user: AnyUser) -> list[Audit]:
    queryset = Audit.objects.filter(facility_id__in=family)
    return list(with_plans(access.visible_audits(queryset, user)).order_by("-end_date", "-pk"))


def facility_audits(facility: Any, user: AnyUser) -> list[Audit]:
    """The audits of a facility (and of those merged into it) that ``user`` may see."""
    return _of_family(facility_family(facility), user)


def facility_view(facility: Any, user: AnyUser) -> tuple[list[Audit], dict[int, Any], list[Any]]:
    """A facility's audits, how much the viewer sees of each, and the signals they may see."""
    family = facility_family(facility)
    audits = _of_family(family, user)
    levels = access.levels(audits, user)
    return audits, levels, visible_signals(audits, family, levels, is_operator(user))


def visible_signals(audits: list[Audit], facility_ids: list[int], levels: dict[int, Any],
                    operator: bool) -> list[Any]:  # fmt: skip
    """Signals on what the viewer may see (``levels`` from ``access.levels``). Whether
    grievances were open on a right is shown only to those who see the whole audit, and how
    many only to operator staff."""
    found = quality.facility_signals(audits, facility_ids)
    full = {pk for pk, seen in levels.items() if seen == access.FULL}
    out = []
    for signal in found:
        if signal.kind == "silent_on_reported":
            if signal.audit_id not in full:
                continue
            if not operator:
                signal = quality.Signal(
                    signal.kind,
                    signal.audit_id,
                    signal.message,
                    {k: v for k, v in signal.detail.items() if k != "open"},
                )
        out.append(signal)
    return out


def facility_overview(facility: Any, user: AnyUser) -> dict[str, Any]:
    audits, levels, found = facility_view(facility, user)
    actions = [a for audit in audits for f in audit.findings.all() for a in f.actions.all()]
    return {
        "facility": facility,
        "audits": [(a, levels[a.pk]) for a in audits],
        "open": sum(a.effective_status() in ("open", "in_progress") for a in actions),
        "overdue": sum(a.effective_status() == "overdue" for a in actions),
        "verified": sum(a.status == "verified" for a in actions),
        "signals": found,
        "today": deadlines.today_everywhere(),
    }


def load_overview(user: AnyUser, *, overdue: bool = False) -> dict[str, Any]:
    """The audit-load page and its JSON twin, over the audits ``user`` may see: audits per
    facility per year, findings duplicated for other buyers, firms that stand out, and (for
    the page) the overdue actions of audits seen in full, oldest deadline first."""
    audits = list(with_plans(access.visible_audits(Audit.objects.all(), user)))
    out: dict[str, Any] = {
        "load": audit_load(audits), "threshold": FATIGUE,
        "duplicates": duplicated_findings(audits),
        "firms": quality.firm_outliers(audits),
    }  # fmt: skip
    if overdue:
        levels = access.levels(audits, user)
        late = [(a, f, x) for a in audits if levels[a.pk] == access.FULL
                for f in a.findings.all() for x in f.actions.all()
                if x.effective_status() == "overdue"]  # fmt: skip
        out["overdue"] = sorted(late, key=lambda t: t[2].deadline)
    return out


@dataclass
class FacilityYear:
    facility: Any
    year: int
    audits: int = 0
    person_days: float = 0.0
    schemes: set[str] = field(default_factory=set)
    commissioners: set[str] = field(default_factory=set)

    @property
    def fatigued(self) -> bool:
        return self.audits >= FATIGUE


def audit_load(audits: Iterable[Audit]) -> list[FacilityYear]:
    """Audits per facility (merged IDs counted at their survivor) per calendar year, busiest
    first."""
    rows: dict[tuple[int, int], FacilityYear] = {}
    for audit in audits:
        facility = audit.facility.survivor()
        key = (facility.pk, audit.end_date.year)
        row = rows.setdefault(key, FacilityYear(facility, audit.end_date.year))
        row.audits += 1
        row.person_days += audit.person_days or 0
        row.schemes.add(audit.scheme_name)
        row.commissioners.add(audit.commissioned_by.name if audit.commissioned_by else "—")
    return sorted(rows.values(), key=lambda r: (-r.audits, -r.year, r.facility.name))


@dataclass(frozen=True)
class Duplicate:
    facility: Any
    right: Any
    audits: list[Audit]


def duplicated_findings(audits: Iterable[Audit]) -> list[Duplicate]:
    """The same right found at the same facility by audits for different buyers within a
    year: one shared audit and one plan would have served them all."""
    by_key: dict[tuple[int, int], list[tuple[Audit, Any]]] = defaultdict(list)
    for audit in audits:
        for finding in audit.findings.all():
            by_key[(audit.facility.survivor().pk, finding.right_id)].append((audit, finding))
    out = []
    for items in by_key.values():
        items.sort(key=lambda pair: pair[0].end_date)
        group = [items[0]]
        for audit, finding in items[1:]:
            if audit.end_date - group[0][0].end_date <= SAME_PERIOD:
                group.append((audit, finding))
        commissioners = {a.commissioned_by_id or a.owner_org_id for a, _ in group}
        if len({a.pk for a, _ in group}) >= 2 and len(commissioners) >= 2:
            audits_in = list({a.pk: a for a, _ in group}.values())
            out.append(Duplicate(group[0][0].facility.survivor(), group[0][1].right, audits_in))
    return sorted(out, key=lambda d: (-len(d.audits), d.facility.name))
