"""The command-line contract: `chainrights match` and `chainrights dedupe`, good and bad input."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

from chainrights.cli import main
from tests.matching.conftest import DATA

SOURCE_REGISTRY = DATA / "registry.csv"
REGISTRY = SOURCE_REGISTRY  # replaced by a copy in each test's directory (see below)


@pytest.fixture(autouse=True)
def _registry_copy(tmp_path, monkeypatch):
    """Each test matches against its own copy of the registry, so the index cache kept
    beside it lands in the test's directory, not in the source tree."""
    copy = tmp_path / "registry" / "registry.csv"
    copy.parent.mkdir()
    copy.write_bytes(SOURCE_REGISTRY.read_bytes())
    monkeypatch.setitem(globals(), "REGISTRY", copy)


HEADER = "country,name,address,lat,lng,number_of_workers,sector\n"


def _write(path: Path, text: str | bytes) -> Path:
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return path


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_match_writes_one_decision_per_incoming_row(tmp_path):
    incoming = _write(
        tmp_path / "in.csv",
        HEADER
        + 'BD,RSI APPARELS (PVT.) LIMITED,"Plot 35, Sector 4, CEPZ, Chattogram",,,"1001-5000",Apparel\n'
        + 'Viet Nam,Totally Different Garment,"Lot 5, KCN Tan Uyen, Binh Duong",,,,\n',
    )
    out = tmp_path / "result.csv"
    assert main(["match", str(REGISTRY), str(incoming), "--out", str(out)]) == 0
    rows = _read(out)
    assert [r["row"] for r in rows] == ["0", "1"]
    assert rows[0]["facility_id"] == "CR001"
    assert rows[0]["decision"] == "match"
    assert rows[1] == {"row": "1", "facility_id": "", "score": rows[1]["score"], "decision": "new"}
    assert 0 <= float(rows[1]["score"]) <= 1


def test_match_runs_as_a_console_script_without_django_or_a_database(tmp_path):
    incoming = _write(
        tmp_path / "in.csv", HEADER + "Cambodia,CPCG International,Kampong Cham,,,,\n"
    )
    code = (
        "import sys; from chainrights.cli import main; rc = main(sys.argv[1:]); "
        "assert 'django.db' not in sys.modules, 'the matching CLI must not load Django'; sys.exit(rc)"
    )
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code, "match", str(REGISTRY), str(incoming), "--out", str(tmp_path / "r.csv")],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert _read(tmp_path / "r.csv")[0]["facility_id"] == "CR003"


BAD_ROWS = [
    ("empty name", 'CN,,"1 Road",,,,\n', "name", "empty"),
    ("unknown country", 'Atlantis,Some Factory,"1 Road",,,,\n', "country", "unknown country"),
    ("empty country", ',Some Factory,"1 Road",,,,\n', "country", "empty"),
    ("huge field", "CN," + "x" * 5000 + ',"1 Road",,,,\n', "name", "longer than"),
]


@pytest.mark.parametrize(("case", "row", "field", "reason"), BAD_ROWS, ids=[b[0] for b in BAD_ROWS])
def test_bad_rows_are_reported_and_skipped_while_the_rest_goes_on(
    tmp_path, case, row, field, reason
):
    incoming = _write(
        tmp_path / "in.csv", HEADER + row + "Cambodia,CPCG International,Kampong Cham,,,,\n"
    )
    out = tmp_path / "result.csv"
    assert main(["match", str(REGISTRY), str(incoming), "--out", str(out)]) == 0
    assert [r["row"] for r in _read(out)] == ["1"]
    errors = _read(tmp_path / "result.errors.csv")
    assert errors[0]["row"] == "0"
    assert errors[0]["field"] == field
    assert reason in errors[0]["reason"]
    assert errors[0]["action"] == "skipped"


def test_non_utf8_rows_are_named_and_the_rest_is_read(tmp_path):
    body = (
        HEADER.encode()
        + "CN,Fábrica Ñandú,Calle 1,,,,\n".encode("latin-1")
        + b"KH,CPCG International,Kampong Cham,,,,\n"
    )
    incoming = _write(tmp_path / "in.csv", body)
    out = tmp_path / "r.csv"
    assert main(["match", str(REGISTRY), str(incoming), "--out", str(out)]) == 0
    assert [r["row"] for r in _read(out)] == ["1"]
    error = _read(tmp_path / "r.errors.csv")[0]
    assert (error["row"], error["field"]) == ("0", "name")
    assert "UTF-8" in error["reason"]


def test_bad_coordinates_are_dropped_with_a_warning_and_the_row_kept(tmp_path):
    incoming = _write(
        tmp_path / "in.csv", HEADER + "KH,CPCG International,Kampong Cham,north,199,,\n"
    )
    out = tmp_path / "r.csv"
    assert main(["match", str(REGISTRY), str(incoming), "--out", str(out)]) == 0
    assert len(_read(out)) == 1
    assert _read(tmp_path / "r.errors.csv")[0]["action"] == "kept"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("country,name\nCN,A\n", "missing required column(s) address"),
        ("", "empty or has no header"),
        (b"\xff\xfe\x00c\x00o", "header row is not valid UTF-8"),
    ],
)
def test_a_malformed_file_stops_with_one_clear_message(tmp_path, capsys, content, message):
    incoming = _write(tmp_path / "in.csv", content)
    assert main(["match", str(REGISTRY), str(incoming), "--out", str(tmp_path / "r.csv")]) == 2
    assert message in capsys.readouterr().err


def test_registry_rows_need_unique_ids(tmp_path):
    registry = _write(
        tmp_path / "reg.csv",
        "id,country,name,address\nA,CN,One,1 Road\nA,CN,Two,2 Road\n,CN,Three,3 Road\n",
    )
    incoming = _write(tmp_path / "in.csv", "country,name,address\nCN,One,1 Road\n")
    assert main(["match", str(registry), str(incoming), "--out", str(tmp_path / "r.csv")]) == 0
    reasons = {e["reason"] for e in _read(tmp_path / "r.errors.csv")}
    assert reasons == {"registry: duplicate id 'A'", "registry: empty"}


def test_hostile_input_is_data_not_code(tmp_path):
    """Formula-looking names, NUL bytes and quotes are read as text and never break the run."""
    incoming = _write(
        tmp_path / "in.csv",
        HEADER + '=HYPERLINK("http://x"),"""quoted"", name",1 Road,,,,\n' + "CN,Nul\x00Factory,2 Road,,,,\n"
        + "KH,CPCG International,Kampong Cham,,,,\n",
    )  # fmt: skip
    out = tmp_path / "r.csv"
    assert main(["match", str(REGISTRY), str(incoming), "--out", str(out)]) == 0
    assert _read(out)[-1]["facility_id"] == "CR003"


def test_xlsx_lists_are_read_like_csv(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["country", "name", "address", "lat", "lng"])
    sheet.append(
        ["Cambodia", "CPCG International Co. Ltd", "Sruk Choeung Brey, Kampong Cham", None, None]
    )
    sheet.append(["Atlantis", "Nowhere", "x", None, None])
    book.save(tmp_path / "in.xlsx")
    out = tmp_path / "r.csv"
    assert main(["match", str(REGISTRY), str(tmp_path / "in.xlsx"), "--out", str(out)]) == 0
    assert _read(out)[0]["facility_id"] == "CR003"
    assert _read(tmp_path / "r.errors.csv")[0]["field"] == "country"


def test_a_broken_xlsx_is_refused_clearly(tmp_path, capsys):
    broken = _write(tmp_path / "in.xlsx", b"PK\x03\x04 not really a zip")
    assert main(["match", str(REGISTRY), str(broken), "--out", str(tmp_path / "r.csv")]) == 2
    assert "not a readable XLSX" in capsys.readouterr().err


def test_dedupe_writes_a_cluster_for_every_id(tmp_path):
    source = _write(tmp_path / "in.csv", (
        "id,country,name,address\n"
        'a,CN,"Jiangsu Golden Empire Apparel Co.,Ltd","11 Changjiang Road, Yancheng"\n'
        'b,China,JIANGSU GOLDEN EMPIRE APPAREL COMPANY LIMITED,"No. 11 Changjiang Rd, Yancheng City"\n'
        'c,VN,Viet Tien Garment,"7 Le Minh Xuan, Ho Chi Minh"\n'
    ))  # fmt: skip
    out = tmp_path / "clusters.csv"
    assert main(["dedupe", str(source), "--out", str(out)]) == 0
    clusters = {r["id"]: r["cluster"] for r in _read(out)}
    assert clusters["a"] == clusters["b"] != clusters["c"]


def test_help_lists_match_and_dedupe(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "match" in out
    assert "dedupe" in out


@pytest.mark.parametrize("engine", [None, "inprocess"])
def test_dedupe_engines_agree_and_duckdb_is_the_default(tmp_path, engine):
    source = _write(tmp_path / "in.csv", (
        "id,country,name,address\n"
        'a,CN,"Jiangsu Golden Empire Apparel Co.,Ltd","11 Changjiang Road, Yancheng"\n'
        'b,China,JIANGSU GOLDEN EMPIRE APPAREL COMPANY LIMITED,"No. 11 Changjiang Rd, Yancheng City"\n'
        "c,Atlantis,Nowhere,x\n"
    ))  # fmt: skip
    out = tmp_path / "clusters.csv"
    args = ["dedupe", str(source), "--out", str(out)] + (["--engine", engine] if engine else [])
    assert main(args) == 0
    assert {r["id"]: r["cluster"] for r in _read(out)} == {"a": "a", "b": "a"}
    assert _read(tmp_path / "clusters.errors.csv")[0]["field"] == "country"


def test_dedupe_default_engine_is_duckdb():
    from chainrights.cli import build_parser

    assert build_parser().parse_args(["dedupe", "x.csv", "--out", "y.csv"]).engine == "duckdb"


INCOMING = HEADER + 'BD,RSI APPARELS (PVT.) LIMITED,"Plot 35, Sector 4, CEPZ, Chattogram",,,,\n'


def _cache_files() -> list[str]:
    directory = REGISTRY.parent / ".chainrights-index"
    return sorted(p.name for p in directory.iterdir()) if directory.exists() else []


def test_a_second_run_starts_from_the_cached_index_and_answers_the_same(tmp_path):
    incoming = _write(tmp_path / "in.csv", INCOMING + "Narnia,Nobody,Nowhere,,,,\n")
    first, second = tmp_path / "a.csv", tmp_path / "b.csv"
    assert main(["match", str(REGISTRY), str(incoming), "--out", str(first)]) == 0
    cached = _cache_files()
    assert len(cached) == 2  # the index and the registry's row errors, by content digest
    assert all(name.startswith("registry.csv.") for name in cached)
    stamp = (REGISTRY.parent / ".chainrights-index" / cached[0]).stat().st_mtime_ns
    assert main(["match", str(REGISTRY), str(incoming), "--out", str(second)]) == 0
    assert _read(first) == _read(second)
    assert (REGISTRY.parent / ".chainrights-index" / cached[0]).stat().st_mtime_ns == stamp
    assert (tmp_path / "a.errors.csv").read_text() == (tmp_path / "b.errors.csv").read_text()


def test_an_edited_registry_is_indexed_anew(tmp_path):
    incoming = _write(tmp_path / "in.csv", INCOMING)
    assert main(["match", str(REGISTRY), str(incoming), "--out", str(tmp_path / "a.csv")]) == 0
    REGISTRY.write_text(
        REGISTRY.read_text(encoding="utf-8").replace("RSI Apparels", "Elsewhere Knit"),
        encoding="utf-8",
    )
    assert main(["match", str(REGISTRY), str(incoming), "--out", str(tmp_path / "b.csv")]) == 0
    assert len(_cache_files()) == 4  # two contents, two indexes
    assert _read(tmp_path / "a.csv")[0]["decision"] == "match"
    assert _read(tmp_path / "b.csv")[0]["facility_id"] != "CR001" or (
        _read(tmp_path / "b.csv")[0]["decision"] != "match"
    )


def test_a_damaged_cached_index_is_rebuilt(tmp_path):
    incoming = _write(tmp_path / "in.csv", INCOMING)
    assert main(["match", str(REGISTRY), str(incoming), "--out", str(tmp_path / "a.csv")]) == 0
    index = next((REGISTRY.parent / ".chainrights-index").glob("*.npz"))
    index.write_bytes(b"garbage")
    assert main(["match", str(REGISTRY), str(incoming), "--out", str(tmp_path / "b.csv")]) == 0
    assert _read(tmp_path / "a.csv") == _read(tmp_path / "b.csv")
    assert index.read_bytes()[:2] == b"PK"  # saved again


def test_no_cache_is_kept_when_asked_or_when_it_cannot_be_written(tmp_path):
    incoming = _write(tmp_path / "in.csv", INCOMING)
    args = ["match", str(REGISTRY), str(incoming), "--out", str(tmp_path / "a.csv")]
    assert main([*args, "--no-index-cache"]) == 0
    assert _cache_files() == []
    blocker = tmp_path / "file-not-dir"
    blocker.write_text("x")
    assert main([*args, "--index-cache", str(blocker / "sub")]) == 0  # unwritable: goes on
    assert _read(tmp_path / "a.csv")[0]["facility_id"] == "CR001"


def test_many_rows_on_two_processes_answer_as_one_process(tmp_path):
    rows = [INCOMING.splitlines()[1]] * 1500 + [
        "Viet Nam,Totally Different Garment,Hanoi,,,,"
    ] * 1500
    incoming = _write(tmp_path / "in.csv", HEADER + "\n".join(rows) + "\n")
    one, two = tmp_path / "one.csv", tmp_path / "two.csv"
    args = ["match", str(REGISTRY), str(incoming), "--no-index-cache"]
    assert main([*args, "--out", str(one), "--processes", "1"]) == 0
    assert main([*args, "--out", str(two), "--processes", "2"]) == 0
    assert _read(one) == _read(two)
    assert len(_read(two)) == 3000
