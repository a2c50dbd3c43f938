"""Importing audits: detailed CSV, JSON with plans, summary rows; every bad row named with
its field and reason, and nothing half-written."""

from __future__ import annotations

import io
import json
import zipfile
from typing import Any

import pytest

from chainrights.audits import formats
from chainrights.audits.models import Action, Audit, Finding
from tests.factories import AUDIT_CSV_HEADER, audit_raw


def _csv(facility: Any, *rows: str) -> bytes:
    lines = [AUDIT_CSV_HEADER] + [r.replace("{id}", facility.public_id) for r in rows]
    return ("\n".join(lines) + "\n").encode()


GOOD = [
    "S-1,{id},SMETA,announced,2026-01-10,2026-01-11,Audit Co,12,1,working-hours,"
    "non-compliance,Hours above 60",
    "S-1,{id},SMETA,announced,2026-01-10,2026-01-11,Audit Co,12,2,minimum-wage,"
    "observation,Payslips unclear",
    "B-7,{id},amfori BSCI,unannounced,2026-02-01,2026-02-01,Audit Co,3,,,,",
]


def _counts() -> tuple[int, int, int]:
    return Audit.objects.count(), Finding.objects.count(), Action.objects.count()


def _import(orgs: dict[str, Any], demo: dict[str, Any], content: bytes,
            filename: str = "audits.csv") -> tuple[list[Audit], list[Any]]:  # fmt: skip
    return formats.import_audits(orgs["Independent Audit Partners"], demo["auditor"], filename,
                                 content)  # fmt: skip


def test_a_detailed_csv_becomes_audits_with_their_findings(demo, orgs, claimed_facility):
    created, problems = _import(orgs, demo, _csv(claimed_facility, *GOOD))
    assert problems == []
    smeta = next(a for a in created if a.reference == "S-1")
    assert [(f.number, f.right.code, f.severity, f.scheme_severity) for f in smeta.findings.all()] \
        == [(1, "working-hours", "major", "non-compliance"),
            (2, "minimum-wage", "minor", "observation")]  # fmt: skip
    bsci = next(a for a in created if a.reference == "B-7")
    assert bsci.findings.count() == 0
    assert bsci.audit_type == "unannounced"
    assert smeta.auditor_firm == "Audit Co"
    assert smeta.interviews_on_site_women == 12
    from chainrights.core.events import verify_log
    from chainrights.core.models import Event

    # the whole file is logged in one batch, and the hash chain still verifies
    assert Event.objects.filter(object_type="audits.finding").count() == 2
    assert verify_log().ok


def test_json_carries_actions_and_the_export_imports_again_unchanged(demo, orgs, claimed_facility):
    body = json.dumps({"audits": [audit_raw(claimed_facility)]}).encode()
    created, problems = _import(orgs, demo, body, "audits.json")
    assert problems == []
    assert Action.objects.get().deadline.isoformat() == "2026-06-30"
    exported = formats.as_json(created)
    created[0].reference = "A-1"  # the same audit, imported by another owner
    again, problems = formats.import_audits(orgs["Northwind Apparel"], demo["brand"],
                                            "again.json", exported.encode())  # fmt: skip
    assert problems == []
    assert json.loads(formats.as_json(again))["audits"][0]["findings"] == \
        json.loads(exported)["audits"][0]["findings"]  # fmt: skip
    csv_again, problems = formats.import_audits(orgs["Fair Supply Initiative"], demo["operator"],
                                                "again.csv", formats.as_csv(created).encode())  # fmt: skip
    assert problems == []
    assert csv_again[0].findings.count() == 2


def test_summary_rows_in_open_supply_hub_style_keep_counts(demo, orgs, claimed_facility):
    from chainrights.core import events

    with events.acting_as(system="test"):
        type(claimed_facility).objects.filter(pk=claimed_facility.pk).update(identifiers={"os_id": ["BD2026ABC"]},
                                                           search_text="bd2026abc rupsha")  # fmt: skip
    content = (b"os_id,audit_scheme,audit_ref,audit_type,start_date,audit_date,"
               b"findings_critical,findings_major\n"
               b"BD2026ABC,WRAP,W-1,announced,2026-01-05,2026-01-06,1,4\n")  # fmt: skip
    created, problems = _import(orgs, demo, content)
    assert problems == []
    assert created[0].facility == claimed_facility
    assert created[0].reported_counts == {"critical": 1, "major": 4}


def _problems(orgs: dict[str, Any], demo: dict[str, Any], content: bytes,
              filename: str = "audits.csv") -> list[tuple[str, str, str]]:  # fmt: skip
    before = _counts()
    created, problems = _import(orgs, demo, content, filename)
    assert created == [], "nothing may be written"
    assert _counts() == before, "nothing may be written"
    return [(p.where, p.field, p.reason) for p in problems]


@pytest.mark.parametrize(
    ("bad_row", "field", "reason"),
    [("S-2,CRNOTAFACILITY,SMETA,announced,2026-01-10,2026-01-11,X,1,1,working-hours,"
      "critical,d", "facility_id", "no facility has the ID"),
     ("S-2,{id},SMETA,announced,2026-01-10,2026-01-11,X,1,1,working-hours,catastrophic,d",
      "severity", "not on the SMETA (Sedex) scale"),
     ("S-2,{id},SMETA,announced,2099-01-10,2099-01-11,X,1,1,working-hours,critical,d",
      "start_date", "in the future"),
     ("S-2,{id},SMETA,announced,2026-01-12,2026-01-11,X,1,1,working-hours,critical,d",
      "end_date", "before start_date"),
     ("S-2,{id},SMETA,announced,10/01/2026,2026-01-11,X,1,1,working-hours,critical,d",
      "start_date", "not a date"),
     ("S-2,{id},SMETA,sneaky,2026-01-10,2026-01-11,X,1,1,working-hours,critical,d",
      "audit_type", "not one of"),
     ("S-2,{id},Made-up scheme,announced,2026-01-10,2026-01-11,X,1,1,working-hours,critical,d",
      "scheme", "not one of"),
     ("S-2,{id},SMETA,announced,2026-01-10,2026-01-11,X,1,1,happiness,critical,d",
      "right", "not a right"),
     ("S-2,{id},SMETA,announced,2026-01-10,2026-01-11,X,-4,1,working-hours,critical,d",
      "interviews_on_site_women", "not between"),
     ("S-2,{id},SMETA,announced,2026-01-10,2026-01-11,X,1,1,working-hours,critical,",
      "description", "is required")],
)  # fmt: skip
def test_each_bad_row_is_named_and_nothing_is_stored(demo, orgs, claimed_facility, bad_row, field,
                                                     reason):  # fmt: skip
    problems = _problems(orgs, demo, _csv(claimed_facility, *GOOD, bad_row))
    assert any(w == "row 5" and f == field and reason in r for w, f, r in problems), problems


def test_duplicate_findings_are_reported(demo, orgs, claimed_facility):
    same_number = (
        "S-1,{id},SMETA,announced,2026-01-10,2026-01-11,Audit Co,12,2,child-labour,critical,x"
    )
    same_text = "S-1,{id},SMETA,announced,2026-01-10,2026-01-11,Audit Co,12,3,working-hours,critical,Hours  above 60"
    problems = _problems(orgs, demo, _csv(claimed_facility, *GOOD, same_number, same_text))
    assert ("row 5", "number", "finding 2 appears twice in this audit (also at row 3)") in problems
    assert any(w == "row 6" and "duplicates finding 1" in r for w, f, r in problems)


def test_rows_of_one_audit_must_agree(demo, orgs, claimed_facility):
    other_type = (
        "S-1,{id},SMETA,unannounced,2026-01-10,2026-01-11,Audit Co,12,3,child-labour,critical,x"
    )
    problems = _problems(orgs, demo, _csv(claimed_facility, *GOOD, other_type))
    assert any(w == "row 5" and f == "audit_type" and "differs from row 2" in r
               for w, f, r in problems)  # fmt: skip


def test_an_audit_already_recorded_is_refused_not_duplicated(demo, orgs, claimed_facility):
    assert _import(orgs, demo, _csv(claimed_facility, *GOOD))[1] == []
    problems = _problems(orgs, demo, _csv(claimed_facility, *GOOD))
    assert any("already recorded" in r for _, _, r in problems)


def test_non_utf8_rows_and_files_are_named(demo, orgs, claimed_facility):
    latin = _csv(claimed_facility, GOOD[0]) + "S-3,{id},SMETA,announced,2026-01-10,2026-01-11,Café,1,,,,\n" \
        .replace("{id}", claimed_facility.public_id).encode("latin-1")  # fmt: skip
    assert ("row 3", "auditor_firm", "not valid UTF-8 (save the file as UTF-8)") in _problems(
        orgs, demo, latin
    )
    with pytest.raises(formats.ImportError_, match="not valid UTF-8"):
        _import(orgs, demo, '{"audits": ["é"]}'.encode("latin-1"), "a.json")


@pytest.mark.parametrize(
    ("filename", "content", "message"),
    [("a.csv", b"", "empty"),
     ("a.csv", b"name,country\nx,BD\n", "the header lacks reference"),
     ("a.json", b"{not json", "not valid JSON"),
     ("a.json", b'{"audits": 3}', "expected"),
     ("a.xlsx", b"PK\x03\x04 not a zip", "not a readable XLSX")],
)  # fmt: skip
def test_unreadable_files_fail_with_one_clear_message(demo, orgs, filename, content, message):
    with pytest.raises(formats.ImportError_, match=message):
        _import(orgs, demo, content, filename)


def test_huge_files_and_zip_bombs_are_refused_before_parsing(demo, orgs, claimed_facility):
    with pytest.raises(formats.ImportError_, match="larger than 20 MB"):
        _import(orgs, demo, b"x" * (formats.MAX_BYTES + 1))
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"0" * 300_000_000)
    with pytest.raises(formats.ImportError_, match="bomb"):
        _import(orgs, demo, bomb.getvalue(), "a.xlsx")


def test_too_many_rows_stop_the_import(demo, orgs, claimed_facility):
    rows = [GOOD[0]] * (formats.MAX_ROWS + 1)  # the last one on line MAX_ROWS + 2 (a header first)
    too_many = f"row {formats.MAX_ROWS + 2}: more than {formats.MAX_ROWS:,} rows"
    with pytest.raises(formats.ImportError_, match=too_many):
        _import(orgs, demo, _csv(claimed_facility, *rows))


def test_hostile_cells_are_stored_as_text_and_exported_defused(demo, orgs, claimed_facility):
    hostile = ("S-9,{id},SMETA,announced,2026-01-10,2026-01-11,=HYPERLINK(\"http://x\"),1,1,"
               "working-hours,critical,<script>alert(1)</script>")  # fmt: skip
    created, problems = _import(orgs, demo, _csv(claimed_facility, hostile))
    assert problems == []
    assert created[0].findings.get().description == "<script>alert(1)</script>"
    assert "'=HYPERLINK" in formats.as_csv(created)


def test_an_xlsx_import_reads_dates_written_by_a_spreadsheet(demo, orgs, claimed_facility):
    from datetime import datetime

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(AUDIT_CSV_HEADER.split(","))
    sheet.append(["X-1", claimed_facility.public_id, "wrap", "announced", datetime(2026, 1, 5),
                  datetime(2026, 1, 6), "Audit Co", 4, 1, "child-labour", "major", "Under 15"])  # fmt: skip
    buffer = io.BytesIO()
    book.save(buffer)
    created, problems = _import(orgs, demo, buffer.getvalue(), "a.xlsx")
    assert problems == []
    assert str(created[0].start_date) == "2026-01-05"


def test_the_template_carries_example_rows_that_import_once_a_real_id_is_in(
    demo, orgs, claimed_facility
):
    from chainrights.audits.formats import EXAMPLE_FACILITY, template_csv

    template = template_csv()
    lines = template.splitlines()
    assert len(lines) == 3  # the header and one audit with two findings
    before = _counts()
    created, problems = _import(orgs, demo, template.encode())
    assert created == []
    assert _counts() == before
    assert {p.field for p in problems} == {"facility_id"}
    filled = template.replace(EXAMPLE_FACILITY, claimed_facility.public_id)
    created, problems = _import(orgs, demo, filled.encode())
    assert problems == []
    (audit,) = created
    assert audit.audit_type == "semi_announced"
    assert audit.interviews_on_site_women == 14
    assert [f.right.code for f in audit.findings.order_by("number")] == [
        "working-hours",
        "minimum-wage",
    ]
