"""Country profiles' rows, written as the importers write them (inside ``acting_as``)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import factory

from chainrights.core import events
from chainrights.states.models import CountryFact, InspectionFigure, ListedGood, Ratification


class _Logged(factory.django.DjangoModelFactory):
    class Meta:
        abstract = True

    @classmethod
    def _create(cls, model_class: Any, *args: Any, **kwargs: Any) -> Any:
        with events.acting_as(system="test", reason="factory"):
            return super()._create(model_class, *args, **kwargs)


class RatificationFactory(_Logged):
    class Meta:
        model = Ratification

    country = "BD"
    instrument = "C81"
    status = "in_force"
    ratified_on = date(1972, 6, 22)
    source_url = "https://normlex.example/c81"
    retrieved_on = date(2026, 12, 1)


class InspectionFigureFactory(_Logged):
    class Meta:
        model = InspectionFigure

    country = "LK"
    indicator = "LAI_INDE_NOC_RT_A"
    year = 2019
    sex = ""
    value = Decimal("0.5")
    source = "ILOSTAT, International Labour Organization, LAI_INDE_NOC_RT_A"
    licence = "ILO open access"
    retrieved_on = date(2021, 4, 22)


class CountryFactFactory(_Logged):
    class Meta:
        model = CountryFact

    country = "LK"
    kind = "economy_class"
    label = ""
    value = "less_developed"
    as_of = date(2026, 1, 1)
    source = "the operator's choice"


class ListedGoodFactory(_Logged):
    class Meta:
        model = ListedGood

    country = "BD"
    good = "Garments"
    child_labour = True
    forced_labour = False
    edition = "2022 list"
    source = "U.S. Department of Labor"
    source_url = "https://www.dol.gov/agencies/ilab/reports/child-labor/list-of-goods"
    retrieved_on = date(2024, 5, 2)
