"""The List of Goods, ratifications and an operator's country facts: the real files load
whole, bad rows are named with field and reason, and nothing is stored half-written."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from chainrights.cli import main
from chainrights.core import events
from chainrights.core.models import Event
from chainrights.core.refusals import Problems, TooLarge
from chainrights.states import imports
from chainrights.states.models import CountryFact, ListedGood, Ratification
from chainrights.states.services import (
    import_country_facts,
    import_listed_goods,
    import_ratifications,
    load_shipped_data,
)

DATA = Path(imports.__file__).resolve().parent / "data"
GOODS = DATA / "ilab" / "list_of_goods.csv"
FACTS_HEADER = "country,kind,label,value,unit,as_of,source,source_url,licence\n"


def _goods(content: bytes, edition: str = "2022 list"):
    with events.acting_as(system="test"):
        return import_listed_goods(content, filename="goods.csv", edition=edition,
                                   retrieved_on=date(2024, 5, 2))  # fmt: skip


def _facts(text: str):
    with events.acting_as(system="test"):
        return import_country_facts(text.encode(), filename="facts.csv")


def test_the_real_list_of_goods_loads_every_row_of_its_78_countries(db):
    with GOODS.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    result = _goods(GOODS.read_bytes())
    assert result.rows == len(rows) == ListedGood.objects.count() == 467
    assert len(result.countries) == 78
    assert ListedGood.objects.filter(country="TR").exists()  # "Türkiye"
    assert ListedGood.objects.filter(country="KP").exists()  # "North Korea"
    cotton = ListedGood.objects.get(country="BJ", good="Cotton")
    assert cotton.child_labour
    assert cotton.forced_labour
    assert cotton.source_url.startswith("https://www.dol.gov/")


def test_a_newer_edition_replaces_only_its_own_goods(db):
    _goods(b"country,good,child_labour,forced_labour\nBangladesh,Bricks,1,1\nIndia,Rice,0,1\n")
    result = _goods(b"country,good,child_labour,forced_labour\nBangladesh,Bricks,1,0\n")
    assert (result.updated, result.removed) == (1, 1)
    assert list(ListedGood.objects.values_list("country", "good", "forced_labour")) == [
        ("BD", "Bricks", False)
    ]


@pytest.mark.parametrize(
    ("row", "field", "reason"),
    [
        ("Atlantis,Bricks,1,0", "country", "not a country"),
        ("Bangladesh,Bricks,maybe,0", "child_labour", "not 1 or 0"),
        ("Bangladesh,Bricks,0,0", "child_labour", "neither child nor forced"),
        ("Bangladesh,,1,0", "good", "empty"),
    ],
)
def test_a_bad_row_of_goods_is_named_and_nothing_is_stored(db, row, field, reason):
    content = f"country,good,child_labour,forced_labour\nIndia,Rice,0,1\n{row}\n".encode()
    with pytest.raises(Problems) as refused:
        _goods(content)
    problem = refused.value.problems[0]
    assert (problem.where, problem.field) == ("row 3", field)
    assert reason in problem.reason
    assert ListedGood.objects.count() == 0


def test_goods_in_latin1_or_without_their_columns_are_refused(db):
    with pytest.raises(Problems, match="not UTF-8"):
        _goods(
            "country,good,child_labour,forced_labour\nCôte d'Ivoire,Cocoa,1,1\n".encode("cp1252")
        )
    with pytest.raises(Problems, match="column missing"):
        _goods(b"country,good\nIndia,Rice\n")


def test_the_shipped_data_loads_once_and_a_second_run_logs_nothing(db):
    first = load_shipped_data()
    assert first["listed_goods"] == 467
    assert first["LAI_INDE_NOC_RT_A"] == 408
    assert first["ratifications"] == Ratification.objects.count() > 0
    before = Event.objects.count()
    again = load_shipped_data()
    assert set(again.values()) == {0}
    assert Event.objects.count() == before


def test_every_shipped_ratification_has_its_source_and_no_invented_date(db):
    load_shipped_data()
    bangladesh = Ratification.objects.get(country="BD", instrument="C138")
    assert (bangladesh.ratified_on, bangladesh.minimum_age) == (date(2022, 3, 22), 14)
    for row in Ratification.objects.all():
        assert row.source_url.startswith("http")
        assert row.retrieved_on
    assert Ratification.objects.get(country="BD", instrument="P29").ratified_on is None


def test_a_ratification_row_without_a_source_or_with_a_stray_minimum_age_is_refused(db):
    header = "country,instrument,status,ratified_on,minimum_age,note,source_url,retrieved_on\n"
    content = (
        header + "BD,C87,in_force,,,,,2026-12-01\nBD,C29,in_force,,14,,https://x.org,2026-12-01\n"
    )
    with pytest.raises(Problems) as refused, events.acting_as(system="test"):
        import_ratifications(content.encode(), filename="r.csv")
    assert [(p.where, p.field) for p in refused.value.problems] == [
        ("row 2", "source_url"), ("row 3", "minimum_age")
    ]  # fmt: skip
    assert Ratification.objects.count() == 0


def test_country_facts_load_with_their_source_and_each_change_is_logged(db):
    text = FACTS_HEADER + (
        "Bangladesh,minimum_wage,Garments,12500,BDT/month,2023-12-01,Minimum Wage Board,"
        "https://example.org/gazette,\n"
        "BD,ituc_rating,2025,5,,2025-06-01,ITUC Global Rights Index 2025,,\n"
        "Viet Nam,economy_class,,transition,,2026-01-01,operator's choice,,\n"
    )
    result = _facts(text)
    assert (result.created, len(result.countries)) == (3, 2)
    wage = CountryFact.objects.get(kind="minimum_wage")
    assert (wage.country, wage.value, wage.unit, wage.label) == (
        "BD",
        "12500",
        "BDT/month",
        "Garments",
    )
    created = Event.objects.filter(object_type="states.countryfact").count()
    assert created == 3
    _facts(text)  # the same file again: nothing changes, nothing is logged
    assert Event.objects.filter(object_type="states.countryfact").count() == created


@pytest.mark.parametrize(
    ("row", "field"),
    [
        ("BD,ituc_rating,2025,6,,2025-06-01,ITUC,,", "value"),
        ("BD,economy_class,,rich,,2025-06-01,me,,", "value"),
        ("BD,minimum_wage,Garments,lots,BDT/month,2025-06-01,me,,", "value"),
        ("BD,minimum_wage,,12500,BDT/month,2025-06-01,me,,", "label"),
        ("BD,minimum_wage,Garments,12500,,2025-06-01,me,,", "unit"),
        ("BD,note,Title,text,,2999-01-01,me,,", "as_of"),
        ("BD,note,Title,text,,01/02/2025,me,,", "as_of"),
        ("BD,note,Title,text,,2025-01-01,,,", "source"),
        ("BD,note,Title,text,,2025-01-01,me,javascript:alert(1),", "source_url"),
        ("BD,gossip,Title,text,,2025-01-01,me,,", "kind"),
        ("Narnia,note,Title,text,,2025-01-01,me,,", "country"),
    ],
)
def test_a_bad_fact_is_named_by_row_and_field_and_nothing_is_stored(db, row, field):
    text = FACTS_HEADER + "IN,note,Good row,text,,2025-01-01,me,,\n" + row + "\n"
    with pytest.raises(Problems) as refused:
        _facts(text)
    assert ("row 3", field) in [(p.where, p.field) for p in refused.value.problems]
    assert CountryFact.objects.count() == 0


def test_facts_that_are_huge_or_not_utf8_are_refused_whole(db):
    with pytest.raises(TooLarge):
        _facts(FACTS_HEADER + "x" * (imports.MAX_BYTES + 1))
    with pytest.raises(Problems, match="not UTF-8"), events.acting_as(system="test"):
        import_country_facts((FACTS_HEADER + "BD,note,Café,x,,2025-01-01,me,,\n")
                             .encode("latin-1"), filename="f.csv")  # fmt: skip
    assert CountryFact.objects.count() == 0


def test_the_facts_command_prints_every_problem(db, tmp_path, capsys):
    path = tmp_path / "facts.csv"
    path.write_text(FACTS_HEADER + "BD,ituc_rating,2025,9,,2025-06-01,ITUC,,\n", encoding="utf-8")
    assert main(["import-country-facts", str(path)]) == 1
    assert "row 2, value" in capsys.readouterr().err
    path.write_text(FACTS_HEADER + "BD,ituc_rating,2025,5,,2025-06-01,ITUC,,\n", encoding="utf-8")
    assert main(["import-country-facts", str(path)]) == 0
    assert CountryFact.objects.get().value == "5"


def test_the_goods_command_needs_an_edition_and_loads_the_real_file(db, capsys):
    assert main(["import-ilab-goods", str(GOODS), "--edition", "2022 list"]) == 0
    assert "'created': 467" in capsys.readouterr().out
