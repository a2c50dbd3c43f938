"""Inspection records: by API, form and CSV/XLSX import (all checked alike; bad files refused
whole with row, field and reason), public summaries, the per-country default, the facility
panel, the country summary and the audit-quality signal."""

from __future__ import annotations

import io

import pytest
from django.test import Client
from openpyxl import Workbook

from chainrights.core.refusals import Invalid, NotAllowed, Problems, TooLarge
from chainrights.states import imports_inspections as imports
from chainrights.states import services
from chainrights.states.models import Inspection, Order, Violation
from tests.conftest import totp_client
from tests.factories import (
    AuditFactory,
    FacilityFactory,
    InspectionFactory,
    InspectorateFactory,
    inspector,
)

pytestmark = pytest.mark.django_db
HEADER = "reference,facility_id,inspected_on,trigger,announced,right,law_article,violation,order,order_deadline\n"


def _csv(*rows: str, header: str = HEADER) -> bytes:
    return (header + "".join(r + "\n" for r in rows)).encode()


def test_an_inspection_by_api_with_two_violations_and_an_order(demo, facility, api_of):
    body = {
        "facility_id": facility.public_id,
        "inspected_on": "2026-03-10",
        "trigger": "routine",
        "inspectors": 2,
        "workers_interviewed": 18,
        "penalties_imposed": 50000,
        "currency": "BDT",
        "violations": [
            {"right": "working-hours", "law_article": "BLA s. 102"},
            {"right": "maternity-protection"},
        ],
        "orders": [{"kind": "stop_work", "deadline": "2026-03-20"}],
    }
    answer = api_of(demo["inspector"]).send("POST", "/api/v1/inspections", body)
    assert answer.status_code == 201, answer.content
    made = answer.json()
    assert [v["right"] for v in made["violations"]] == ["working-hours", "maternity-protection"]
    assert made["orders"][0]["kind"] == "stop_work"
    assert made["visibility"] == "public"
    assert made["penalties_imposed"] in ("50000.00", 50000, 50000.0)
    listed = Client().get("/api/v1/inspections", {"facility_id": facility.public_id}).json()
    assert listed["count"] == 1


@pytest.mark.parametrize("role", ["brand", "supplier", "auditor", "union", "operator"])
def test_only_inspectorates_record(demo, facility, role):
    with pytest.raises(NotAllowed):
        services.record_inspection(
            demo[role], {"facility_id": facility.public_id, "inspected_on": "2026-03-01"}
        )


def test_every_problem_named_and_nothing_stored(demo, facility):
    raw = {
        "facility_id": "NOPE",
        "inspected_on": "10/03/2026",
        "inspectors": "many",
        "violations": [{"right": "not-a-right"}],
        "orders": [{"kind": "fine"}],
        "penalties_imposed": "-5",
        "visibility": "secret",
    }
    with pytest.raises(Problems) as refused:
        services.record_inspection(demo["inspector"], raw)
    fields = {p.field for p in refused.value.problems}
    assert {
        "facility_id",
        "inspected_on",
        "inspectors",
        "right",
        "kind",
        "penalties_imposed",
        "visibility",
    } <= fields
    assert not Inspection.objects.exists()
    assert not Violation.objects.exists()


def test_outside_the_jurisdiction(demo):
    cambodian = FacilityFactory(country="KH")
    with pytest.raises(Problems) as refused:
        services.record_inspection(
            demo["inspector"], {"facility_id": cambodian.public_id, "inspected_on": "2026-03-01"}
        )
    assert "outside your jurisdiction" in refused.value.problems[0].reason


def test_the_operator_sets_a_countrys_default(demo, facility):
    with pytest.raises(NotAllowed):
        services.set_default_visibility(demo["inspector"], "BD", "private")
    with pytest.raises(Invalid):
        services.set_default_visibility(demo["operator"], "BD", "shared")
    services.set_default_visibility(demo["operator"], "BD", "private")
    hidden = InspectionFactory(user=demo["inspector"], facility=facility)
    shown = InspectionFactory(user=demo["inspector"], facility=facility, visibility="public")
    assert hidden.visibility == "private"
    assert shown.visibility == "public"
    public = Client().get("/api/v1/inspections").json()
    assert [i["id"] for i in public["items"]] == [shown.pk]
    assert Client().get(f"/api/v1/inspections/{hidden.pk}").status_code == 404
    assert Client().get(f"/inspections/{hidden.pk}").status_code == 404


def test_the_public_summary_keeps_notes_to_the_inspectorate(demo, facility):
    made = InspectionFactory(
        user=demo["inspector"],
        facility=facility,
        trigger="complaint",
        follow_up_outcome="Manager threatened workers",
        reference="DIFE-9",
    )
    public = Client().get(f"/api/v1/inspections/{made.pk}").json()
    assert public["trigger"] is None
    assert public["follow_up_outcome"] == ""
    assert public["reference"] == ""
    assert all(v["description"] == "" for v in public["violations"])
    other = inspector(InspectorateFactory(country="BD"))
    seen = services.inspection_view(made, other)
    assert seen["trigger"] is None
    assert not seen["full"]
    own = services.inspection_view(made, demo["inspector"])
    assert own["trigger"] == "complaint"
    assert own["reference"] == "DIFE-9"


def test_the_facility_panel_and_country_summary(demo, facility):
    InspectionFactory(user=demo["inspector"], facility=facility)
    page = Client().get(f"/facilities/{facility.public_id}").content.decode()
    assert "Labour inspections" in page
    assert "Improvement notice" in page
    summary = services.country_summary("bd")
    assert summary["count"] == 1
    assert summary["violations"] == 2
    assert summary["orders"] == 1
    assert {r["right"] for r in summary["top_rights"]} == {"working-hours", "maternity-protection"}
    assert services.country_summary("KH")["count"] == 0


def test_the_audit_signal_fires_for_a_right_an_inspection_found_violated(demo, facility):
    from chainrights.audits import reads

    # the audit (1-2 March 2026) found overtime and fire safety; an inspection three weeks
    # before it found working hours and maternity protection violated
    audit = AuditFactory(facility=facility)
    InspectionFactory(user=demo["inspector"], facility=facility, inspected_on="2026-02-10")
    signals = [
        s
        for s in reads.facility_view(facility, demo["operator"])[2]
        if s.kind == "silent_on_reported" and s.detail["source"] == "inspections"
    ]
    assert {s.detail["right"] for s in signals} == {"working-hours", "non-discrimination"}
    assert {s.audit_id for s in signals} == {audit.pk}
    # a private record is no evidence others could see: no signal from it
    InspectionFactory(
        user=demo["inspector"],
        facility=FacilityFactory(country="BD"),
        inspected_on="2026-02-10",
        visibility="private",
    )
    assert services.violated_rights([facility.pk], audit.start_date, audit.end_date) == {
        "working-hours": 1,
        "maternity-protection": 1,
    }


def test_the_form(demo, facility):
    client = Client()
    client.force_login(demo["inspector"])
    assert client.get("/inspections/new").status_code == 200
    answer = client.post(
        "/inspections/new",
        {
            "facility_id": facility.public_id,
            "inspected_on": "2026-03-10",
            "trigger": "routine",
            "inspectors": "2",
            "v0_right": "working-hours",
            "v0_law_article": "s. 102",
            "v1_right": "maternity-protection",
            "o0_kind": "improvement_notice",
            "o0_deadline": "2026-04-30",
        },
    )
    assert answer.status_code == 302
    made = Inspection.objects.get()
    assert made.violations.count() == 2
    assert made.orders.get().kind == "improvement_notice"
    bad = client.post("/inspections/new", {"facility_id": "NOPE", "inspected_on": "x"})
    assert bad.status_code == 422
    assert "no facility has this ID" in bad.content.decode()
    assert Inspection.objects.count() == 1


def test_the_template_has_an_example_row():
    text = Client().get("/inspections/template").content.decode("utf-8-sig")
    assert text.splitlines()[0] == ",".join(imports.FIELDS)
    assert "DIFE-2026-0001" in text.splitlines()[1]
    xlsx = Client().get("/api/v1/inspections/template?format=xlsx")
    assert xlsx.status_code == 200
    assert xlsx.content[:2] == b"PK"


def test_an_import_groups_rows_by_reference(demo, facility):
    content = _csv(
        f"R-1,{facility.public_id},2026-03-01,routine,no,working-hours,s. 102,78 h weeks,improvement_notice,2026-04-01",
        f"R-1,{facility.public_id},,,,maternity-protection,,no benefit,,",
        f"R-2,{facility.public_id},2026-03-20,follow_up,yes,,,,,",
    )
    ids = services.import_inspections(demo["inspector"], "inspections.csv", content)
    assert len(ids) == 2
    first = Inspection.objects.get(reference="R-1")
    assert first.violations.count() == 2
    assert first.orders.count() == 1
    assert Inspection.objects.get(reference="R-2").announced is True


def test_an_xlsx_import(demo, facility):
    book = Workbook()
    sheet = book.active
    sheet.append(["reference", "facility_id", "inspected_on", "right"])
    sheet.append(["X-1", facility.public_id, "2026-03-01", "child-labour"])
    out = io.BytesIO()
    book.save(out)
    assert len(services.import_inspections(demo["inspector"], "i.xlsx", out.getvalue())) == 1


def _refused(demo, content: bytes, filename: str = "i.csv") -> Invalid:
    with pytest.raises(Invalid) as refused:
        services.import_inspections(demo["inspector"], filename, content)
    assert not Inspection.objects.exists()
    assert not Violation.objects.exists()
    assert not Order.objects.exists()
    return refused.value


def test_bad_rows_name_row_field_and_reason_and_nothing_is_stored(demo, facility):
    error = _refused(
        demo,
        _csv(
            f"R-1,{facility.public_id},2026-03-01,routine,no,working-hours,,,,",
            f"R-2,{facility.public_id},2026-13-01,routine,maybe,not-a-right,,,eviction,",
            f"R-1,{facility.public_id},2026-03-02,,,,,,,",
        ),
    )
    assert isinstance(error, Problems)
    where = {(p.where, p.field) for p in error.problems}
    assert {
        ("row 3", "inspected_on"),
        ("row 3", "announced"),
        ("row 3", "right"),
        ("row 3", "kind"),
        ("row 4", "inspected_on"),
    } <= where
    assert "row 4, inspected_on: differs from row 2" in str(error)


def test_malformed_files(demo):
    assert "lacks" in str(_refused(demo, b"name,address\nA,B\n"))
    assert "empty" in str(_refused(demo, b"")).lower()
    assert "XLSX" in str(_refused(demo, b"not a zip", "i.xlsx"))
    assert "reference" in str(_refused(demo, _csv(",X,2026-01-01,,,,,,,")))


def test_non_utf8(demo, facility):
    content = _csv(f"R-1,{facility.public_id},2026-03-01,routine,no,working-hours,Art. \xa7 5,,,")
    error = _refused(demo, content.decode().encode("latin-1"))
    assert "UTF-8" in str(error)
    assert "row 2" in str(error)


def test_huge_files(demo):
    error = _refused(demo, b"reference,facility_id,inspected_on\n" + b"x" * (imports.MAX_BYTES + 1))
    assert "larger than" in str(error)
    many = _csv(*[f"R-{i},X,2026-01-01,,,,,,," for i in range(imports.MAX_ROWS + 2)])
    assert "split the file" in str(_refused(demo, many))


def test_hostile_cells_are_data_not_formulas(demo, facility):
    content = _csv(
        f'R-1,{facility.public_id},2026-03-01,routine,no,working-hours,"=HYPERLINK(""http://x"")","<script>alert(1)</script>",,'
    )
    services.import_inspections(demo["inspector"], "i.csv", content)
    violation = Violation.objects.get()
    assert violation.law_article.startswith("=HYPERLINK")
    page = Client().get(f"/inspections/{violation.inspection_id}").content.decode()
    assert "<script>alert(1)</script>" not in page


def test_the_api_import_answers_problems_with_422(demo, facility, api_of):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client = api_of(demo["inspector"])
    bad = SimpleUploadedFile("i.csv", _csv("R-1,NOPE,2026-03-01,,,,,,,"), "text/csv")
    answer = client.post("/api/v1/inspections/import", {"file": bad}, headers=client._headers({}))
    assert answer.status_code == 422
    assert answer.json()["error"]["details"][0]["field"] == "row 2.facility_id"


def test_the_import_page(demo, facility):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client = Client()
    client.force_login(demo["inspector"])
    bad = SimpleUploadedFile("i.csv", _csv("R-1,NOPE,2026-03-01,,,,,,,"), "text/csv")
    answer = client.post("/inspections/import", {"file": bad})
    assert answer.status_code == 422
    assert "row 2, facility_id" in answer.content.decode()
    good = SimpleUploadedFile("i.csv", _csv(f"R-1,{facility.public_id},2026-03-01,,,,,,,"))
    assert client.post("/inspections/import", {"file": good}).status_code == 302
    assert Inspection.objects.count() == 1


def test_the_defaults_page(demo):
    client = totp_client(demo["operator"])
    assert (
        client.post("/inspections/defaults", {"country": "KH", "visibility": "private"}).status_code
        == 302
    )
    assert services.default_visibility("KH") == "private"


def test_an_upload_is_read_under_the_upload_caps(demo, facility, settings):
    """The web process never parses the file itself: a read over the time cap is refused."""
    book = Workbook()
    sheet = book.active
    sheet.append(["reference", "facility_id", "inspected_on", "right"])
    for n in range(2_000):
        sheet.append([f"X-{n}", facility.public_id, "2026-03-01", "child-labour"])
    out = io.BytesIO()
    book.save(out)
    settings.UPLOAD_PARSE_SECONDS = 0
    with pytest.raises(TooLarge, match="took longer than 0 s"):
        services.import_inspections(demo["inspector"], "i.xlsx", out.getvalue())
    assert not Inspection.objects.exists()


@pytest.mark.parametrize("country", ["ZZ", "B", "12", " ", "BDX"])
def test_a_default_for_no_country_is_refused(demo, country):
    with pytest.raises(Invalid) as refused:
        services.set_default_visibility(demo["operator"], country, "private")
    assert refused.value.field == "country"
    assert services.visibility_defaults() == {}


def test_the_defaults_page_offers_public_then_private(demo):
    client = totp_client(demo["operator"])
    page = client.get("/inspections/defaults").content.decode()
    assert page.index('value="public"') < page.index('value="private"')
    assert 'value="shared"' not in page
    services.set_default_visibility(demo["operator"], "kh", "private")
    assert services.visibility_defaults() == {"KH": "private"}
