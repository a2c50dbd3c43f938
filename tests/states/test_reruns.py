"""Loading the same data again changes and logs nothing, the shipped ratifications never undo
an operator's rows, and a merged facility's referral is inspected at its survivor."""

from __future__ import annotations

from datetime import date

import pytest

from chainrights.cli import main
from chainrights.core import events
from chainrights.core.models import Event
from chainrights.registry.services import merge_facilities
from chainrights.states.models import ListedGood, Ratification, ReferralState
from chainrights.states.services import (
    import_country_facts,
    import_ratifications,
    load_shipped_data,
)
from tests.factories import FacilityFactory, InspectionFactory, ReferralFactory

pytestmark = pytest.mark.django_db
FACTS = (
    "country,kind,label,value,unit,as_of,source,source_url,licence\n"
    "BD,ituc_rating,2025,5,,2025-06-01,ITUC Global Rights Index 2025,,\n"
    "Viet Nam,economy_class,,transition,,2026-01-01,operator's choice,,\n"
)
RATIFIED = "country,instrument,status,ratified_on,minimum_age,note,source_url,retrieved_on\n"


def _facts(text: str):
    with events.acting_as(system="test"):
        return import_country_facts(text.encode(), filename="facts.csv")


def test_a_rerun_of_country_facts_counts_them_unchanged_and_logs_no_import():
    first = _facts(FACTS)
    assert (first.created, first.updated, first.unchanged) == (2, 0, 0)
    imported = Event.objects.filter(tag="country.data_imported")
    assert imported.count() == 1
    again = _facts(FACTS)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)
    assert imported.count() == 1  # nothing changed: no import is logged
    changed = _facts(FACTS.replace(",5,", ",4,"))
    assert (changed.created, changed.updated, changed.unchanged) == (0, 1, 1)
    assert imported.count() == 2


def test_setup_keeps_the_operators_ratification_rows_and_newer_retrievals():
    load_shipped_data()
    shipped = Ratification.objects.get(country="BD", instrument="C138")
    newer = Ratification.objects.exclude(pk=shipped.pk).first()
    assert newer is not None
    row = f"BD,C138,denounced,,,operator's correction,https://normlex.example/bd,{shipped.retrieved_on}\n"
    later = (f"{newer.country},{newer.instrument},not_in_force,,,,https://normlex.example/x,"
             f"{date.today()}\n")  # fmt: skip
    with events.acting_as(user=None, system="cli:import-ratifications"):
        import_ratifications((RATIFIED + row).encode(), filename="mine.csv")
    with events.acting_as(system="setup"):  # a newer retrieval, even if setup wrote it
        import_ratifications((RATIFIED + later).encode(), filename="later.csv")
    before = Event.objects.count()
    load_shipped_data()  # setup again
    assert Ratification.objects.get(pk=shipped.pk).status == "denounced"
    assert Ratification.objects.get(pk=newer.pk).status == "not_in_force"
    assert Event.objects.count() == before


def test_a_merged_facilitys_referral_is_inspected_at_the_survivor(demo, dife, facility):
    referral = ReferralFactory(facility=facility, inspectorate=dife)
    survivor = FacilityFactory(country="BD", name="Lotus Knitwear Limited")
    merge_facilities(survivor, facility, demo["operator"], "the same factory")
    inspection = InspectionFactory(user=demo["inspector"], facility=survivor, referral=referral)
    referral.refresh_from_db()
    assert referral.inspection == inspection
    assert referral.state == ReferralState.ORDERS_ISSUED


@pytest.mark.parametrize(("value", "reason"), [("22/04/2021", "not a date (YYYY-MM-DD)"),
                                               ("2999-01-01", "in the future")])  # fmt: skip
def test_the_retrieval_date_of_an_import_command_is_checked(tmp_path, capsys, value, reason):
    path = tmp_path / "goods.csv"
    path.write_text("country,good,child_labour,forced_labour\nIndia,Rice,0,1\n", encoding="utf-8")
    assert main(["import-ilab-goods", str(path), "--edition", "2024", "--retrieved", value]) == 1
    err = capsys.readouterr().err
    assert (
        f"--retrieved: '{value}' is {reason}" in err or f"--retrieved: {value} is {reason}" in err
    )
    assert not ListedGood.objects.exists()
