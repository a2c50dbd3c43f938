"""Audit fatigue: how many audits each facility bears a year, by whom, and how often they
find the same thing again for another buyer."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from chainrights.audits.models import Audit

FATIGUE = 3  # three or more social audits in one year at one facility
SAME_PERIOD = timedelta(days=365)


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
