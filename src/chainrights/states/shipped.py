"""The country data shipped in ``states/data`` (each folder's README names source, licence,
edition and retrieval date), loaded by ``chainrights setup`` and the demo. Loading again
changes nothing and logs nothing; a newer export loaded with the CLI is kept."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from django.db import transaction

from chainrights.core import events
from chainrights.core.models import Event
from chainrights.states import imports
from chainrights.states.models import InspectionFigure, ListedGood, Ratification

DATA = Path(__file__).resolve().parent / "data"
ILOSTAT_RETRIEVED = date(2021, 4, 22)  # the export's date (data/ilostat/README.md)
ILAB_EDITION = "2022 list (as in USDOL Global Trace, May 2024)"
ILAB_RETRIEVED = date(2024, 5, 2)  # the Global Trace commit the copy comes from
SETUP = "system:setup"  # the event log's name of this loader


def load_shipped_data() -> dict[str, Any]:
    """Load what no newer import has replaced: an indicator or the List of Goods that an
    operator already refreshed from a newer file is left as it is."""
    loaded: dict[str, Any] = {}
    with transaction.atomic(), events.acting_as(system="setup", reason="shipped country data"):
        for path in sorted((DATA / "ilostat").glob("LAI_*.csv")):
            indicator = imports.indicator_of(path.name)
            newer = InspectionFigure.objects.filter(indicator=indicator,
                                                    retrieved_on__gt=ILOSTAT_RETRIEVED)  # fmt: skip
            if indicator and not newer.exists():
                result = imports.import_ilostat(path.read_bytes(), filename=path.name,
                                                retrieved_on=ILOSTAT_RETRIEVED)  # fmt: skip
                loaded[indicator] = result.created
        if not ListedGood.objects.filter(retrieved_on__gt=ILAB_RETRIEVED).exists():
            goods = DATA / "ilab" / "list_of_goods.csv"
            loaded["listed_goods"] = imports.import_listed_goods(
                goods.read_bytes(), filename=goods.name, edition=ILAB_EDITION,
                retrieved_on=ILAB_RETRIEVED,
            ).created  # fmt: skip
        ratified = DATA / "ratifications" / "ratifications.csv"
        loaded["ratifications"] = imports.import_ratifications(
            ratified.read_bytes(), filename=ratified.name, keep=_entered_ratifications()
        ).created
    return loaded


def _entered_ratifications() -> set[tuple[str, str]]:
    """The ratification rows someone other than this loader wrote (an operator's import, by
    the CLI or a user): the event log says who wrote each row."""
    written = Event.objects.filter(object_type=Ratification._meta.label_lower).exclude(
        actor_label=SETUP
    )
    ids = {int(pk) for pk in written.values_list("object_id", flat=True) if pk.isdigit()}
    rows = Ratification.objects.filter(pk__in=ids).values_list("country", "instrument")
    return set(rows)
