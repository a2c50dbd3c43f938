"""Audit import and export: detailed CSV/XLSX (one row per finding), JSON (audits with
findings and actions) and summary rows in the style of Open Supply Hub partner fields
(counts per severity). The format is documented in docs/audits-format.md.

An import is all or nothing: every row is checked first, each problem names its row (or JSON
path), field and reason, and nothing is written unless every row is good.
"""

from __future__ import annotations

import csv
import io
import json
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.auth.models import User

from chainrights.audits import access, answers, reads
from chainrights.audits.models import Audit
from chainrights.audits.services import AuditError, create_audits
from chainrights.audits.validation import (
    INTERVIEW_FIELDS,
    AuditDraft,
    Checker,
    Problem,
    Problems,
    check_audit,
)
from chainrights.core import refusals
from chainrights.core.models import Organisation
from chainrights.core.spreadsheets import defuse
from chainrights.core.types import AnyUser
from chainrights.core.uploads import unsafe_upload
from chainrights.matching.io import InputError, RowError, read_table

MAX_BYTES = 20 * 1024 * 1024
MAX_ROWS = 10_000  # stored in 15 s (SQLite) or 33 s (PostgreSQL) on 2 cores: bench/audits
MAX_DEPTH = 20  # lists and objects nested in a JSON file; an audit file needs about 7
AUDIT_FIELDS = [
    "reference", "facility_id", "scheme", "audit_type", "start_date", "end_date",
    "person_days", "auditor_firm", "auditors", "languages", *INTERVIEW_FIELDS,
    "commissioned_by", "paid_by", "visibility", "publication", "summary", "share_with",
]  # fmt: skip
FINDING_FIELDS = ["finding_number", "right", "severity", "description", "evidence",
                  "workers_affected", "commitments"]  # fmt: skip
CSV_FIELDS = AUDIT_FIELDS + FINDING_FIELDS
SUMMARY_COUNTS = ["findings_zero_tolerance", "findings_critical", "findings_major",
                  "findings_minor"]  # fmt: skip
REQUIRED = ["reference", "facility_id", "scheme", "audit_type", "start_date", "end_date"]
ALIASES = {
    "os_id": "facility_id",
    "audit_ref": "reference",
    "audit_reference": "reference",
    "audit_scheme": "scheme",
    "audit_date": "end_date",
    "number": "finding_number",
}


class ImportError_(refusals.Invalid):
    """The file as a whole cannot be read (400)."""


Item = tuple[str, dict[str, Any], list[int] | None]  # where, raw audit, its findings' rows


def parse(filename: str, content: bytes) -> list[Item]:
    """The audits of a file as plain data (so a child process can hand them back); raises
    ImportError_ for the file as a whole or RowProblems for its rows."""
    if len(content) > MAX_BYTES:
        raise ImportError_(f"{filename[:80]}: larger than {MAX_BYTES // 1024 // 1024} MB")
    if problem := unsafe_upload(filename, content):
        raise ImportError_(problem)
    if filename.lower().endswith(".json") or content.lstrip()[:1] in (b"{", b"["):
        return _read_json(content)
    return _read_table(filename, content)


def _depth(value: Any) -> int:
    """How deeply lists and objects nest in ``value`` (stops counting past the limit)."""
    deepest, stack = 0, [(value, 1)]
    while stack and deepest <= MAX_DEPTH:
        item, depth = stack.pop()
        if isinstance(item, (dict, list)):
            deepest = max(deepest, depth)
            stack.extend(
                (v, depth + 1) for v in (item.values() if isinstance(item, dict) else item)
            )
    return deepest


def _read_json(content: bytes) -> list[Item]:
    try:
        data = json.loads(content.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ImportError_(f"the JSON is not valid UTF-8 (byte {exc.start})") from exc
    except json.JSONDecodeError as exc:
        raise ImportError_(f"not valid JSON: {exc.msg} at line {exc.lineno}") from exc
    except RecursionError as exc:
        raise ImportError_(f"the JSON nests lists or objects far more than {MAX_DEPTH} levels "
                           "deep; an audit file needs about 7") from exc  # fmt: skip
    if _depth(data) > MAX_DEPTH:
        raise ImportError_(f"the JSON nests lists or objects more than {MAX_DEPTH} levels deep; "
                           "an audit file needs about 7")  # fmt: skip
    audits = data.get("audits") if isinstance(data, dict) else data
    if not isinstance(audits, list):
        raise ImportError_('expected {"audits": [...]} or a list of audits')
    if len(audits) > MAX_ROWS:
        raise ImportError_(f"{len(audits):,} audits; at most {MAX_ROWS:,} per file")
    return [(f"audits[{i}]", a if isinstance(a, dict) else {}, None) for i, a in enumerate(audits)]


def _read_table(filename: str, content: bytes) -> list[Item]:
    suffix = ".xlsx" if filename.lower().endswith(".xlsx") else ".csv"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"audits{suffix}"
        path.write_bytes(content)
        try:
            header, rows = read_table(path, max_cells=settings.MAX_UPLOAD_CELLS)
            header = [ALIASES.get(h, h) for h in header]
            missing = [c for c in REQUIRED if c not in header]
            if missing:
                raise ImportError_(f"the header lacks {', '.join(missing)} (see the template)")
            grouped: dict[str, dict[str, Any]] = {}
            lines: dict[str, list[int]] = {}
            problems: list[Problem] = []
            for index, values in rows:
                line = index + 2  # the spreadsheet's row number (the header is row 1)
                if index >= MAX_ROWS:
                    raise ImportError_(f"row {line}: more than {MAX_ROWS:,} rows; split the file")
                if isinstance(values, RowError):
                    problems.append(Problem(f"row {line}", values.field, values.reason))
                    continue
                values = {ALIASES.get(k, k): v for k, v in values.items()}
                _group(values, line, grouped, lines, problems)
        except InputError as exc:
            raise ImportError_(str(exc)) from exc
    if problems:
        raise RowProblems(problems)
    return [
        (f"row {lines[ref][0]}", raw, raw.pop("_finding_lines")) for ref, raw in grouped.items()
    ]


def _finding_where(finding_lines: list[int] | None) -> Any:
    """Name a finding's problems by the spreadsheet row it came from (JSON: by its path)."""
    if finding_lines is None:
        return None
    return lambda index: f"row {finding_lines[index]}"


def _group(values: dict[str, str], line: int, grouped: dict[str, dict[str, Any]],
           lines: dict[str, list[int]], problems: list[Problem]) -> None:  # fmt: skip
    """Rows of one audit share its reference; their audit columns must agree."""
    ref = values.get("reference", "")
    key = f"{values.get('scheme', '').lower()}|{ref}"
    audit = grouped.get(key)
    if audit is None:
        audit = {k: values.get(k, "") for k in AUDIT_FIELDS + SUMMARY_COUNTS}
        audit |= {"findings": [], "_finding_lines": []}
        grouped[key], lines[key] = audit, [line]
    else:
        lines[key].append(line)
        for name in AUDIT_FIELDS:
            if values.get(name, "") and values[name] != audit[name]:
                problems.append(Problem(f"row {line}", name, f"differs from row {lines[key][0]} "
                                        f"of the same audit ({audit[name][:40]!r})"))  # fmt: skip
    finding = {k: values.get(k, "") for k in FINDING_FIELDS}
    if any(finding[k] for k in ("right", "severity", "description")):
        finding["number"] = finding.pop("finding_number")
        audit["findings"].append(finding)
        audit["_finding_lines"].append(line)


class RowProblems(Problems):
    """Rows of the file that cannot be read, each problem naming its row and field."""


def check_file(
    owner: Organisation,
    filename: str,
    content: bytes,
    items: list[Item] | None = None,
    progress: Any = None,
) -> tuple[list[AuditDraft], list[Problem]]:
    """Drafts for every audit in the file (or in ``items`` already parsed from it), or the
    problems; nothing is written. ``progress(done, total)`` is told as audits are checked."""
    try:
        if items is None:
            items = parse(filename, content)
    except RowProblems as exc:
        return [], exc.problems
    checker = Checker(owner)
    drafts: list[AuditDraft] = []
    seen: dict[tuple[str, str], str] = {}
    for number, (where, raw, lines) in enumerate(items):
        if progress is not None and number % 50 == 0:
            progress(number, len(items))
        draft = check_audit(raw, where, checker, _finding_where(lines))
        if draft is None:
            continue
        key = (draft.fields["scheme"], draft.fields["reference"])
        if key in seen:
            checker.fail(where, "reference", f"the same audit as {seen[key]}")
        elif Audit.objects.filter(owner_org=owner, scheme=key[0], reference=key[1]).exists():
            checker.fail(where, "reference", f"audit {key[1]!r} is already recorded; nothing "
                                             "was changed")  # fmt: skip
        else:
            seen[key] = where
            drafts.append(draft)
    return drafts, checker.problems


def import_audits(owner: Organisation, user: User, filename: str, content: bytes,
                  items: list[Item] | None = None, progress: Any = None,
                  ) -> tuple[list[Audit], list[Problem]]:  # fmt: skip
    """Store every audit of the file, or none and the problems (``items``: the file already
    parsed, by ``processing.run_import``'s capped child)."""
    drafts, problems = check_file(owner, filename, content, items, progress)
    if problems or not drafts:
        return [], problems or [Problem("file", "-", "no audit in the file")]
    try:
        return create_audits(
            owner, user, drafts, reason=f"audits imported from {filename[:80]}"
        ), []
    except AuditError as exc:
        return [], [Problem("file", "-", str(exc))]


def finding_as_imported(finding: dict[str, Any]) -> dict[str, Any]:
    """A finding (as ``answers.finding_out`` gives it in full) in the import's JSON shape. A
    verified action goes out as done: verification is recorded here, never imported."""
    return {
        "number": finding["number"], "right": finding["right"],
        "severity": finding["scheme_severity"], "description": finding["description"],
        "evidence": finding["evidence"], "workers_affected": finding["workers_affected"],
        "commitments": finding["commitments"],
        "actions": [{"description": a["description"], "owner": a["owner"],
                     "deadline": str(a["deadline"]), "root_cause_kind": a["root_cause_kind"],
                     "root_cause": a["root_cause"], "brand": a["brand"],
                     "status": "done" if a["reported_status"] == "verified"
                     else a["reported_status"]} for a in finding["actions"]],
    }  # fmt: skip


def exportable(audit: Audit) -> dict[str, Any]:
    """An audit in the import's JSON shape, so an export imports again unchanged."""
    out = answers.audit_out(audit, "full")
    row: dict[str, Any] = {k: out.get(k) for k in ("reference", "facility_id", "scheme",
                                                  "audit_type", "auditor_firm", "summary",
                                                  "visibility", "publication", "person_days",
                                                  "auditors", "languages", "commissioned_by",
                                                  "paid_by")}  # fmt: skip
    row |= {"start_date": str(audit.start_date), "end_date": str(audit.end_date)}
    row |= {name: getattr(audit, name) for name in INTERVIEW_FIELDS}
    row["findings"] = [finding_as_imported(f) for f in out["findings"]]
    return row


def as_json(audits: Iterable[Audit]) -> str:
    return json.dumps({"audits": [exportable(a) for a in audits]}, ensure_ascii=False,
                      indent=1, default=str)  # fmt: skip


def as_csv(audits: Iterable[Audit]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_FIELDS, extrasaction="ignore")
    writer.writeheader()
    for audit in audits:
        row = exportable(audit)
        base = {k: ";".join(v) if isinstance(v, list) else ("" if v is None else v)
                for k, v in row.items() if k in AUDIT_FIELDS}  # fmt: skip
        findings = row["findings"] or [{}]
        for finding in findings:
            cells = dict(base)
            if finding:
                cells |= {"finding_number": finding["number"], "right": finding["right"],
                          "severity": finding["severity"], "description": finding["description"],
                          "evidence": finding["evidence"],
                          "workers_affected": finding["workers_affected"] or "",
                          "commitments": ";".join(finding["commitments"])}  # fmt: skip
            writer.writerow({k: defuse(v) for k, v in cells.items()})
    return buffer.getvalue()


# The template's example: one audit with two findings, a row per finding. Its facility_id
# names no facility, so an unchanged template is refused row by row and stores nothing;
# with a real ID in its place the rows import as they stand (a test keeps them valid).
EXAMPLE_FACILITY = "(the facility's ID, from its page)"
TEMPLATE_EXAMPLE = [
    {"reference": "SMETA-2026-0001", "facility_id": EXAMPLE_FACILITY, "scheme": "SMETA",
     "audit_type": "semi_announced", "start_date": "2026-03-02", "end_date": "2026-03-03",
     "person_days": "4", "auditor_firm": "Example Audit Co", "auditors": "A. Rahman;S. Akter",
     "languages": "bn;en", "interviews_on_site_women": "14", "interviews_on_site_men": "8",
     "interviews_off_site_women": "4", "interviews_off_site_men": "2",
     "visibility": "private", "publication": "summary",
     "summary": "Two findings on working hours and wages; a corrective action plan agreed.",
     "finding_number": "1", "right": "working-hours", "severity": "non-compliance",
     "description": "Overtime above 60 hours a week in the sewing section in peak months.",
     "evidence": "Time records for January; interviews", "workers_affected": "120"},
    {"reference": "SMETA-2026-0001", "facility_id": EXAMPLE_FACILITY, "scheme": "SMETA",
     "audit_type": "semi_announced", "start_date": "2026-03-02", "end_date": "2026-03-03",
     "finding_number": "2", "right": "minimum-wage", "severity": "observation",
     "description": "Payslips do not show the overtime rate.", "evidence": "Payslips sample",
     "workers_affected": "40"},
]  # fmt: skip


def template_csv() -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_FIELDS, restval="", lineterminator="\n")
    writer.writeheader()
    writer.writerows(TEMPLATE_EXAMPLE)
    return buffer.getvalue()


EXPORTS = {"csv": (as_csv, "text/csv; charset=utf-8"), "json": (as_json, "application/json")}


def export(user: AnyUser, format: str) -> tuple[Any, str]:
    """The audits ``user`` sees in full, in the import format, and its content type."""
    queryset = reads.with_plans(access.visible_audits(Audit.objects.all(), user))
    audits = list(queryset.order_by("pk")[:5000])
    levels = access.levels(audits, user)
    write, content_type = EXPORTS[format]
    return write([a for a in audits if levels[a.pk] == access.FULL]), content_type
