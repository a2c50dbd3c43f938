"""The shipped ratifications CSV: it loads whole through the real importer, and every row
keeps its source address and retrieval date (data is never invented, a gap stays a gap)."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from chainrights.core import events
from chainrights.states import imports
from chainrights.states.models import Ratification
from chainrights.states.services import import_ratifications

SHIPPED = Path(imports.__file__).resolve().parent / "data" / "ratifications" / "ratifications.csv"
DEMO_COUNTRIES = {"BD", "VN", "KH", "CN", "IN", "ID", "PK", "LK", "TR", "MM", "ET", "HN", "GT",
                  "SV", "MX"}  # fmt: skip


def _rows() -> list[dict[str, str]]:
    with SHIPPED.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_the_shipped_file_loads_whole_with_no_refused_row(db):
    with events.acting_as(system="test"):
        result = import_ratifications(SHIPPED.read_bytes(), filename=SHIPPED.name)
    assert result.rows == result.created == len(_rows()) == Ratification.objects.count()
    assert result.countries == DEMO_COUNTRIES


def test_every_row_names_its_source_and_the_day_it_was_read(db):
    for line, row in enumerate(_rows(), start=2):
        assert row["source_url"].startswith(("https://", "http://")), line
        assert date.fromisoformat(row["retrieved_on"]) <= date(2026, 12, 3), line
        if row["ratified_on"]:
            assert date.fromisoformat(row["ratified_on"]) < date.fromisoformat(row["retrieved_on"])
        assert row["minimum_age"] == "" or row["instrument"] == "C138", line


def test_sourced_dates_and_ages_come_through_as_the_sources_give_them(db):
    with events.acting_as(system="test"):
        import_ratifications(SHIPPED.read_bytes(), filename=SHIPPED.name)
    china = Ratification.objects.get(country="CN", instrument="C29")
    assert china.ratified_on == date(2022, 8, 12)
    mexico = Ratification.objects.get(country="MX", instrument="C98")
    assert mexico.ratified_on == date(2018, 11, 23)
    ages = dict(Ratification.objects.filter(instrument="C138", minimum_age__isnull=False)
                .values_list("country", "minimum_age"))  # fmt: skip
    assert ages == {"BD": 14, "KH": 14, "CN": 16, "PK": 14, "ET": 14, "GT": 14}
    # a year-only source leaves the day empty rather than guessing 1 January
    assert Ratification.objects.get(country="PK", instrument="C87").ratified_on is None
