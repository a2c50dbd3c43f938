"""Turning an audit as someone wrote it (an API body, a JSON import, grouped CSV rows) into a
checked draft, or into problems that each name where, which field and why.

One function serves every way in, so the API and the imports accept exactly the same audits.
Nothing here writes; ``services.create_audit`` stores a draft.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from chainrights.audits import deadlines
from chainrights.audits.models import ActionOwner, AuditType, Publication, RootCause
from chainrights.audits.schemes import SCHEMES, scheme_for
from chainrights.codes.services import commitment_by_reference
from chainrights.core.models import Organisation, Right, Visibility
from chainrights.core.refusals import Problem as Problem  # one refusal for every app
from chainrights.core.refusals import Problems as Problems
from chainrights.registry.services import resolve_facility

MAX_TEXT = 10_000
MAX_FINDINGS = 500
INTERVIEW_FIELDS = [
    f"interviews_{where}_{who}"
    for where in ("on_site", "off_site")
    for who in ("women", "men", "other")
]


@dataclass
class ActionDraft:
    description: str
    owner: str
    deadline: date
    status: str = "open"
    root_cause_kind: str = "unknown"
    root_cause: str = ""
    brand: Organisation | None = None


@dataclass
class FindingDraft:
    number: int
    right: Right
    scheme_severity: str
    severity: str
    description: str
    evidence: str = ""
    workers_affected: int | None = None
    commitments: list[Any] = field(default_factory=list)
    actions: list[ActionDraft] = field(default_factory=list)


@dataclass
class AuditDraft:
    facility: Any
    fields: dict[str, Any]
    findings: list[FindingDraft] = field(default_factory=list)
    share_with: list[Organisation] = field(default_factory=list)


class Checker:
    """Collects problems while reading one audit; ``where`` says where each one was."""

    def __init__(self, owner: Organisation | None, now: Any = None) -> None:
        self.owner = owner
        self.problems: list[Problem] = []
        self.latest = deadlines.latest_possible_today(now)
        self._rights = {r.code: r for r in Right.objects.all()}
        self._orgs: dict[str, Organisation | None] = {}

    def fail(self, where: str, name: str, reason: str) -> None:
        self.problems.append(Problem(where, name, reason))

    def text(self, raw: dict[str, Any], where: str, name: str, *, required: bool = False,
             limit: int = 200) -> str:  # fmt: skip
        value = raw.get(name)
        value = "" if value is None else str(value).strip()
        if required and not value:
            self.fail(where, name, "is required")
        elif len(value) > limit:
            self.fail(where, name, f"is {len(value):,} characters long; at most {limit:,}")
            return value[:limit]
        return value

    def number(self, raw: dict[str, Any], where: str, name: str, *, integer: bool = True,
               default: Any = None, limit: float = 1_000_000) -> Any:  # fmt: skip
        value = raw.get(name)
        if value is None or str(value).strip() == "":
            return default
        try:
            number = float(str(value).strip().replace(",", ""))
        except ValueError:
            self.fail(where, name, f"{str(value)[:40]!r} is not a number")
            return default
        if number != number or number < 0 or number > limit:  # NaN, negative, absurd
            self.fail(where, name, f"{str(value)[:40]!r} is not between 0 and {limit:,.0f}")
            return default
        if integer and not number.is_integer():
            self.fail(where, name, f"{str(value)[:40]!r} is not a whole number")
            return default
        return int(number) if integer else number

    def day(self, raw: dict[str, Any], where: str, name: str, *, required: bool = True,
            past: bool = True) -> date | None:  # fmt: skip
        value = str(raw.get(name) or "").strip()
        if not value:
            if required:
                self.fail(where, name, "is required (YYYY-MM-DD)")
            return None
        match = re.fullmatch(r"(\d{4}-\d{2}-\d{2})(?:[ T]00:00(?::00)?)?", value)
        try:
            parsed = date.fromisoformat(match.group(1)) if match else None
        except ValueError:
            parsed = None
        if parsed is None:
            self.fail(where, name, f"{value[:40]!r} is not a date (YYYY-MM-DD)")
            return None
        if past and parsed > self.latest:
            self.fail(where, name, f"{parsed} is in the future")
            return None
        return parsed

    def choice(self, raw: dict[str, Any], where: str, name: str, choices: Any,
               default: str | None = None) -> str:  # fmt: skip
        value = str(raw.get(name) or "").strip().lower().replace("-", "_").replace(" ", "_")
        if not value and default is not None:
            return default
        if value not in choices:
            self.fail(where, name, f"{value[:40]!r} is not one of {', '.join(choices)}")
            return default or ""
        return value

    def words(self, raw: dict[str, Any], name: str) -> list[str]:
        value = raw.get(name) or []
        items = value if isinstance(value, list) else str(value).split(";")
        return [str(v).strip()[:100] for v in items if str(v).strip()][:50]

    def organisation(self, where: str, name: str, value: str) -> Organisation | None:
        if not value:
            return None
        key = value.casefold()
        if key not in self._orgs:
            self._orgs[key] = Organisation.objects.filter(name__iexact=value).first()
        if self._orgs[key] is None:
            self.fail(where, name, f"no organisation is called {value[:80]!r}")
        return self._orgs[key]

    def right(self, where: str, value: str) -> Right | None:
        found = self._rights.get(value.strip().lower())
        if found is None:
            self.fail(where, "right", f"{value[:60]!r} is not a right of the taxonomy (/rights)")
        return found


def check_audit(raw: dict[str, Any], where: str, checker: Checker,  # noqa: C901  (one check per field of the format, in its documented order)
                finding_where: Any = None) -> AuditDraft | None:  # fmt: skip
    """The draft of one audit, or None with the problems left in ``checker``."""
    before = len(checker.problems)
    fields: dict[str, Any] = {}
    facility_text = checker.text(raw, where, "facility_id", required=True, limit=60)
    facility = resolve_facility(facility_text) if facility_text else None
    if facility_text and facility is None:
        checker.fail(where, "facility_id", f"no facility has the ID {facility_text!r}")
    scheme_text = checker.text(raw, where, "scheme", required=True, limit=60)
    scheme = scheme_for(scheme_text) if scheme_text else None
    if scheme_text and scheme is None:
        checker.fail(where, "scheme", f"{scheme_text!r} is not one of {', '.join(SCHEMES)}")
    fields["scheme"] = scheme.key if scheme else ""
    fields["reference"] = checker.text(raw, where, "reference", required=True, limit=100)
    fields["audit_type"] = checker.choice(raw, where, "audit_type", AuditType.values)
    fields["start_date"] = checker.day(raw, where, "start_date")
    fields["end_date"] = checker.day(raw, where, "end_date")
    if fields["start_date"] and fields["end_date"] and fields["end_date"] < fields["start_date"]:
        checker.fail(where, "end_date", "is before start_date")
    fields["person_days"] = checker.number(raw, where, "person_days", integer=False, limit=1000)
    for name in INTERVIEW_FIELDS:
        fields[name] = checker.number(raw, where, name, default=0, limit=100_000)
    firm = checker.text(raw, where, "auditor_firm", limit=200)
    fields["auditor_firm"] = firm
    fields["auditor_org"] = Organisation.objects.filter(name__iexact=firm).first() if firm else None
    fields["auditors"] = checker.words(raw, "auditors")
    fields["languages"] = checker.words(raw, "languages")
    for name in ("commissioned_by", "paid_by"):
        fields[name] = checker.organisation(where, name, checker.text(raw, where, name))
    fields["visibility"] = checker.choice(raw, where, "visibility", Visibility.values, "private")
    fields["publication"] = checker.choice(raw, where, "publication", Publication.values,
                                           "summary")  # fmt: skip
    fields["summary"] = checker.text(raw, where, "summary", limit=MAX_TEXT)
    fields["reported_counts"] = {
        s: n for s in ("zero_tolerance", "critical", "major", "minor")
        if (n := checker.number(raw, where, f"findings_{s}", default=None)) is not None
    }  # fmt: skip
    share_names = checker.words(raw, "share_with")
    share_with = [o for n in share_names if (o := checker.organisation(where, "share_with", n))]
    findings_raw = raw.get("findings") or []
    if not isinstance(findings_raw, list):
        checker.fail(where, "findings", "must be a list")
        findings_raw = []
    if len(findings_raw) > MAX_FINDINGS:
        checker.fail(where, "findings", f"{len(findings_raw):,} findings; at most {MAX_FINDINGS}")
        findings_raw = []
    findings: list[FindingDraft] = []
    seen_numbers: dict[int, str] = {}
    seen_texts: dict[tuple[str, str], int] = {}
    for index, item in enumerate(findings_raw):
        at = finding_where(index) if finding_where else f"{where}.findings[{index}]"
        if not isinstance(item, dict):
            checker.fail(at, "-", "a finding must be an object")
            continue
        found = check_finding(item, at, checker, scheme, index + 1)
        if found is None:
            continue
        if found.number in seen_numbers:
            checker.fail(at, "number", f"finding {found.number} appears twice in this audit "
                                       f"(also at {seen_numbers[found.number]})")  # fmt: skip
            continue
        key = (found.right.code, " ".join(found.description.casefold().split()))
        if key in seen_texts:
            checker.fail(at, "description", f"duplicates finding {seen_texts[key]} (same right "
                                            "and description)")  # fmt: skip
            continue
        seen_numbers[found.number], seen_texts[key] = at, found.number
        findings.append(found)
    if len(checker.problems) > before or facility is None:
        return None
    return AuditDraft(facility=facility, fields=fields, findings=findings, share_with=share_with)


def check_finding(raw: dict[str, Any], where: str, checker: Checker, scheme: Any,
                  default_number: int) -> FindingDraft | None:  # fmt: skip
    before = len(checker.problems)
    number = checker.number(raw, where, "number", default=default_number, limit=100_000)
    right_text = checker.text(raw, where, "right", required=True, limit=60)
    right = checker.right(where, right_text) if right_text else None
    raw_severity = checker.text(raw, where, "severity", required=True, limit=60)
    severity = scheme.severity(raw_severity) if scheme and raw_severity else None
    if scheme and raw_severity and severity is None:
        checker.fail(where, "severity", f"{raw_severity!r} is not on the {scheme.name} scale "
                                        f"({', '.join(scheme.words())})")  # fmt: skip
    description = checker.text(raw, where, "description", required=True, limit=MAX_TEXT)
    evidence = checker.text(raw, where, "evidence", limit=MAX_TEXT)
    workers = checker.number(raw, where, "workers_affected", limit=1_000_000)
    commitments = []
    for ref in checker.words(raw, "commitments"):
        commitment = commitment_by_reference(ref)
        if commitment is None:
            checker.fail(where, "commitments", f"{ref!r} is not a code clause (CODE_ID:NUMBER)")
        else:
            commitments.append(commitment)
    actions_raw = raw.get("actions") or []
    actions = []
    for index, item in enumerate(actions_raw if isinstance(actions_raw, list) else []):
        action = check_action(item if isinstance(item, dict) else {}, f"{where}.actions[{index}]",
                              checker)  # fmt: skip
        if action:
            actions.append(action)
    if len(checker.problems) > before or right is None or severity is None:
        return None
    return FindingDraft(
        number=number, right=right, scheme_severity=raw_severity, severity=severity,
        description=description, evidence=evidence, workers_affected=workers,
        commitments=commitments, actions=actions,
    )  # fmt: skip


def check_action(raw: dict[str, Any], where: str, checker: Checker) -> ActionDraft | None:
    before = len(checker.problems)
    description = checker.text(raw, where, "description", required=True, limit=MAX_TEXT)
    owner = checker.choice(raw, where, "owner", ActionOwner.values, "supplier")
    deadline = checker.day(raw, where, "deadline", past=False)
    status = checker.choice(raw, where, "status", ["open", "in_progress", "done"], "open")
    kind = checker.choice(raw, where, "root_cause_kind", RootCause.values, "unknown")
    cause = checker.text(raw, where, "root_cause", limit=MAX_TEXT)
    brand = checker.organisation(where, "brand", checker.text(raw, where, "brand"))
    if len(checker.problems) > before or deadline is None:
        return None
    return ActionDraft(description=description, owner=owner, deadline=deadline, status=status,
                       root_cause_kind=kind, root_cause=cause, brand=brand)  # fmt: skip
