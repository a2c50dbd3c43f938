"""The ILOSTAT importer on the real export shipped with the app, and on files that are
malformed, not UTF-8, huge or hostile: a clear error naming row, field and reason, and
nothing stored."""

from __future__ import annotations

import csv
import io
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from chainrights.cli import main
from chainrights.core import events
from chainrights.core.models import Event
from chainrights.core.refusals import Invalid, Problems, TooLarge
from chainrights.states import imports
from chainrights.states.models import InspectionFigure
from chainrights.states.services import import_ilostat

DATA = Path(imports.__file__).resolve().parent / "data" / "ilostat"
FILES = sorted(DATA.glob("LAI_*.csv"))
WHEN = date(2021, 4, 22)
HEADER = "\ufeffReference area;Source type;Time;Value\n"


def _load(content: bytes, filename: str = "LAI_INDE_NOC_RT_A_EN.csv", **kwargs):
    with events.acting_as(system="test", reason="import test"):
        return import_ilostat(content, filename=filename, retrieved_on=WHEN, **kwargs)


def _cells(path: Path) -> tuple[int, int]:
    """Data rows in the file, and the non-empty value cells they hold."""
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig")), delimiter=";"))
    header, body = rows[0], [r for r in rows[1:] if r]
    values = [i for i, name in enumerate(header) if name in ("Value", "Total", "Male", "Female")]
    return len(body), sum(1 for r in body for i in values if r[i].strip())


def test_the_shipped_files_are_the_five_indicators():
    assert [imports.indicator_of(p.name) for p in FILES] == sorted(imports.INDICATORS)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_row_of_the_real_export_is_loaded_and_every_country_resolved(db, path):
    rows, cells = _cells(path)
    result = _load(path.read_bytes(), filename=path.name)
    assert result.rows == rows
    assert result.created == cells == InspectionFigure.objects.count()
    assert result.empty == rows * (3 if "SEX" in path.name else 1) - cells
    assert not InspectionFigure.objects.filter(country="").exists()


def test_ilostat_names_resolve_to_their_iso_codes_and_decimal_commas_are_read(db):
    _load((DATA / "LAI_INDE_NOC_RT_A_EN.csv").read_bytes())
    countries = set(InspectionFigure.objects.values_list("country", flat=True))
    assert {"KR", "HK", "TR", "MD", "PS", "MO"} <= countries
    argentina = InspectionFigure.objects.get(country="AR", year=2010)
    assert argentina.value == Decimal("0.4")
    assert argentina.source_type == "Other administrative records and related sources"
    assert "ILOSTAT" in argentina.source
    assert argentina.licence


def test_inspectors_by_sex_keep_an_empty_cell_as_a_gap_not_a_zero(db):
    _load((DATA / "LAI_INSP_SEX_NB_A_EN.csv").read_bytes(), filename="LAI_INSP_SEX_NB_A_EN.csv")
    argentina_2010 = InspectionFigure.objects.filter(country="AR", year=2010)
    assert {f.sex: f.value for f in argentina_2010} == {"total": Decimal("432")}


def test_loading_the_same_export_again_changes_and_logs_nothing(db):
    content = (DATA / "LAI_VIST_NOC_NB_A_EN.csv").read_bytes()
    _load(content, filename="LAI_VIST_NOC_NB_A_EN.csv")
    before = Event.objects.count()
    again = _load(content, filename="LAI_VIST_NOC_NB_A_EN.csv")
    assert (again.created, again.updated) == (0, 0)
    assert again.unchanged == again.rows
    assert Event.objects.count() == before


def test_a_newer_export_updates_a_changed_value(db):
    _load(f"{HEADER}Argentina;Admin;2010;0,4\n".encode())
    result = _load(f"{HEADER}Argentina;Admin;2010;0,5\n".encode())
    assert result.updated == 1
    assert InspectionFigure.objects.get().value == Decimal("0.5")


def _refused(content: bytes, **kwargs) -> list[imports.Problem]:
    with pytest.raises(Problems) as refused:
        _load(content, **kwargs)
    assert InspectionFigure.objects.count() == 0
    return refused.value.problems


def test_a_country_that_resolves_to_nothing_is_an_error_naming_its_row(db):
    content = f"{HEADER}Argentina;Admin;2010;0,4\nAtlantis;Admin;2010;0,2\n".encode()
    problems = _refused(content)
    assert [(p.where, p.field) for p in problems] == [("row 3", "Reference area")]
    assert "Atlantis" in problems[0].reason


def test_a_file_that_is_not_utf8_is_refused_with_its_line(db):
    content = (HEADER + "Argentina;Admin;2010;0,4\n").encode() + "Curaçao;A;2010;1\n".encode(
        "latin-1"
    )
    problems = _refused(content)
    assert problems[0].where == "row 3"
    assert "UTF-8" in problems[0].reason


@pytest.mark.parametrize(
    ("line", "field", "reason"),
    [
        ("Argentina;Admin;twenty;0,4", "Time", "not a year"),
        ("Argentina;Admin;2010;-1", "Value", "not a number"),
        ("Argentina;Admin;2010;1e9", "Value", "not a number"),
        ('Argentina;Admin;2010;=HYPERLINK("http://x")', "Value", "not a number"),
        ("=cmd|' /C calc'!A0;Admin;2010;0,4", "Reference area", "not a country"),
        ("<script>alert(1)</script>;Admin;2010;0,4", "Reference area", "not a country"),
    ],
)
def test_malformed_and_hostile_cells_name_row_field_and_reason(db, line, field, reason):
    problems = _refused(f"{HEADER}{line}\n".encode())
    assert (problems[0].where, problems[0].field) == ("row 2", field)
    assert reason in problems[0].reason


def test_a_country_and_year_twice_is_refused(db):
    problems = _refused(f"{HEADER}Turkey;A;2015;0,3\nTürkiye;A;2015;0,4\n".encode())
    assert problems[0].where == "row 3"
    assert "row 2" in problems[0].reason


def test_a_missing_column_an_empty_file_nul_bytes_and_broken_quotes_are_refused(db):
    assert _refused(b"\xef\xbb\xbfReference area;Time\nArgentina;2010\n")[0].field == "Value"
    assert "empty" in _refused(b"")[0].reason
    assert "NUL" in _refused(f"{HEADER}Argentina;A;2010;0,4\x00\n".encode())[0].reason
    assert "CSV" in _refused(f'{HEADER}"Argentina;A;2010;0,4\n'.encode())[0].reason
    assert "characters" in _refused(f"{HEADER}{'A' * 5000};A;2010;1\n".encode())[0].reason


def test_a_huge_file_is_refused_before_it_is_read(db):
    with pytest.raises(TooLarge):
        _load(HEADER.encode() + b"x" * imports.MAX_BYTES)
    assert InspectionFigure.objects.count() == 0


def test_one_bad_row_among_many_stores_nothing(db):
    good = "".join(f"Argentina;A;{year};0,4\n" for year in range(2000, 2020))
    problems = _refused(f"{HEADER}{good}Narnia;A;2020;0,1\n".encode())
    assert len(problems) == 1


def test_a_file_name_without_an_indicator_needs_one_named(db):
    with pytest.raises(Invalid) as refused:
        _load(f"{HEADER}Argentina;A;2010;0,4\n".encode(), filename="export.csv")
    assert refused.value.field == "indicator"
    result = _load(f"{HEADER}Argentina;A;2010;0,4\n".encode(), filename="export.csv",
                   indicator="LAI_INDE_NOC_RT_A")  # fmt: skip
    assert result.created == 1


def test_the_command_loads_a_file_and_reports_a_bad_one(db, tmp_path, capsys):
    good = tmp_path / "LAI_WOPL_NOC_NB_A_EN.csv"
    good.write_bytes((DATA / "LAI_WOPL_NOC_NB_A_EN.csv").read_bytes())
    assert main(["import-ilostat", str(good), "--retrieved", "2021-04-22"]) == 0
    assert "'created': 319" in capsys.readouterr().out
    bad = tmp_path / "LAI_INDE_NOC_RT_A_EN.csv"
    bad.write_bytes(f"{HEADER}Atlantis;A;2010;1\n".encode())
    assert main(["import-ilostat", str(bad)]) == 1
    assert "row 2, Reference area: 'Atlantis'" in capsys.readouterr().err
    assert not InspectionFigure.objects.filter(indicator="LAI_INDE_NOC_RT_A").exists()
