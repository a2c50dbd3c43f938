"""Signals that an audit may not be telling the whole story, shown beside it, never hidden.

Each signal is computed from stored facts only, with the rule in its docstring, so anyone can
check why it fired. Evidence from outside audits (grievances now; inspections when the states
app records them) comes through ``EVIDENCE``, one function per source.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.utils.translation import gettext_lazy as _

from chainrights.audits.models import Audit
from chainrights.core.models import Right
from chainrights.grievances.services import rights_open_during

MIN_AUDITS_FOR_FIRM = 3  # a firm (and its peers) need this many audits before rates compare
SHARP = 2.0  # "sharply": half or less, or double or more, of the peers' rate


@dataclass(frozen=True)
class Signal:
    kind: str
    audit_id: int | None
    message: str
    detail: dict[str, Any]


def _root(rights: dict[str, Right], code: str) -> str:
    """Compare on the principle: an audit finding on child labour covers a grievance about
    the minimum age."""
    by_pk = {r.pk: r for r in rights.values()}
    right = rights.get(code)
    while right is not None and right.parent_id is not None:
        right = by_pk.get(right.parent_id)
    return right.code if right is not None else code


def _named(audit: Audit, what: Any) -> str:
    """A facility page lists several audits' signals together: say which audit."""
    return str(_("%(scheme)s audit of %(date)s: %(what)s") % {
        "scheme": audit.scheme_name, "date": audit.end_date, "what": what})  # fmt: skip


def no_worker_interviews(audit: Audit) -> Signal | None:
    """No worker was interviewed at all."""
    if audit.interviews_on_site + audit.interviews_off_site == 0:
        return Signal("no_interviews", audit.pk, _named(audit, _("no worker was interviewed.")),
                      {})  # fmt: skip
    return None


def on_site_interviews_only(audit: Audit) -> Signal | None:
    """Workers were heard only at the workplace, where managers may be watching."""
    if audit.interviews_on_site > 0 and audit.interviews_off_site == 0:
        return Signal("on_site_only", audit.pk,
                      _named(audit, _("workers were interviewed only on site.")),
                      {"on_site": audit.interviews_on_site})  # fmt: skip
    return None


PER_AUDIT: list[Callable[[Audit], Signal | None]] = [no_worker_interviews, on_site_interviews_only]


def always_announced(audits: list[Audit]) -> Signal | None:
    """Two or more audits of a facility, every one announced in advance."""
    if len(audits) >= 2 and all(a.audit_type == "announced" for a in audits):
        return Signal("always_announced", None,
                      str(_("Every audit of this facility (%(n)d) was announced in advance.")
                          % {"n": len(audits)}), {"audits": len(audits)})  # fmt: skip
    return None


def grievance_evidence(facility_ids: list[int], start: date, end: date) -> dict[str, int]:
    return rights_open_during(facility_ids, start, end)


EVIDENCE: dict[str, Callable[[list[int], date, date], dict[str, int]]] = {
    "grievances": grievance_evidence,
}
# how the signal says it, for a source whose facts are not "open" (an inspection's finding)
EVIDENCE_WORDS: dict[str, Any] = {}


def silent_on_reported_rights(audit: Audit, facility_ids: list[int],
                              rights: dict[str, Right]) -> list[Signal]:  # fmt: skip
    """The audit found nothing on a right while grievances (or inspection violations) on that
    right were open at the facility during the audit."""
    found = {_root(rights, f.right.code) for f in audit.findings.all()}
    out = []
    for source, evidence in EVIDENCE.items():
        reported: dict[str, int] = defaultdict(int)
        for code, n in evidence(facility_ids, audit.start_date, audit.end_date).items():
            reported[_root(rights, code)] += n
        for code, n in sorted(reported.items()):
            if code not in found:
                name = rights[code].name if code in rights else code
                words = EVIDENCE_WORDS.get(source, _(
                    "No finding on %(right)s although %(source)s on it were open during the "
                    "audit."))  # fmt: skip
                out.append(Signal(
                    "silent_on_reported", audit.pk,
                    str(words % {"right": name, "source": source}),
                    {"right": code, "source": source, "open": n},
                ))  # fmt: skip
    return out


def vanished_findings(audits: list[Audit], rights: dict[str, Right]) -> list[Signal]:
    """A right found in one audit is absent from the next audit of the facility, though no
    action on that finding was verified: fixed, or no longer looked at?"""
    ordered = sorted(audits, key=lambda a: (a.end_date, a.pk))
    out = []
    for before, after in itertools.pairwise(ordered):
        later = {_root(rights, f.right.code) for f in after.findings.all()}
        for finding in before.findings.all():
            code = _root(rights, finding.right.code)
            verified = any(a.status == "verified" for a in finding.actions.all())
            if code not in later and not verified:
                out.append(Signal(
                    "vanished", after.pk,
                    str(_("Finding %(n)d of the audit of %(date)s (%(right)s) is gone, but no "
                          "action on it was verified.") % {
                        "n": finding.number, "date": before.end_date, "right": finding.right.name}),
                    {"finding": finding.pk, "earlier_audit": before.pk, "right": code},
                ))  # fmt: skip
    return out


def facility_signals(audits: Iterable[Audit], facility_ids: list[int]) -> list[Signal]:
    """Every signal about one facility's audits (those the viewer may see)."""
    audits = list(audits)
    rights = {r.code: r for r in Right.objects.all()}
    out: list[Signal] = [s for a in audits for check in PER_AUDIT if (s := check(a))]
    if announced := always_announced(audits):
        out.append(announced)
    for audit in audits:
        out += silent_on_reported_rights(audit, facility_ids, rights)
    return out + vanished_findings(audits, rights)


def firm_outliers(audits: Iterable[Audit]) -> list[Signal]:
    """An auditing firm whose findings per audit differ sharply (half or less, double or
    more) from other firms' on comparable facilities: same country, same kind of audit
    scheme. Needs ``MIN_AUDITS_FOR_FIRM`` audits on each side."""
    groups: dict[tuple[str, str], dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for audit in audits:
        firm = audit.firm.strip()
        if firm:
            found = getattr(audit, "finding_count", None)  # annotated by a caller, or counted
            count = (len(audit.findings.all()) if found is None else found) or sum(
                audit.reported_counts.values()
            )
            groups[(audit.facility.country, audit.scheme)][firm].append(count)
    out = []
    for (country, scheme), firms in sorted(groups.items()):
        for firm, counts in sorted(firms.items()):
            peers = [n for other, ns in firms.items() if other != firm for n in ns]
            if len(counts) < MIN_AUDITS_FOR_FIRM or len(peers) < MIN_AUDITS_FOR_FIRM:
                continue
            rate, peer_rate = sum(counts) / len(counts), sum(peers) / len(peers)
            if peer_rate == 0 and rate == 0:
                continue
            low = rate * SHARP <= peer_rate
            high = peer_rate > 0 and rate >= SHARP * peer_rate
            if low or high:
                out.append(Signal(
                    "firm_outlier", None,
                    str(_("%(firm)s finds %(rate).1f issues per audit in %(country)s "
                          "(%(scheme)s); other firms find %(peer).1f.") % {
                        "firm": firm, "rate": rate, "country": country, "scheme": scheme,
                        "peer": peer_rate}),
                    {"firm": firm, "country": country, "scheme": scheme, "audits": len(counts),
                     "rate": round(rate, 2), "peer_rate": round(peer_rate, 2),
                     "peer_audits": len(peers), "direction": "low" if low else "high"},
                ))  # fmt: skip
    return out
