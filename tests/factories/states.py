"""Labour inspectorates, referrals of grievance cases and inspection records, made through
the states app's services as an inspectorate and a handler make them."""

from __future__ import annotations

from typing import Any

import factory

from tests.factories.core import OrganisationFactory, UserFactory
from tests.factories.registry import FacilityFactory


class InspectorateFactory(OrganisationFactory):
    """A labour inspectorate of a country (default Bangladesh)."""

    name = factory.Sequence(lambda n: f"Labour Inspectorate {n}")
    kind = "inspectorate"
    country = "BD"


def inspector(organisation: Any = None, role: str = "editor") -> Any:
    """A member of ``organisation`` (default: a new Bangladeshi inspectorate)."""
    return UserFactory(organisation=organisation or InspectorateFactory(), role=role)


def inspection_raw(facility: Any, **fields: Any) -> dict[str, Any]:
    """An inspection as the form, the API and the import give it (two violations, an order)."""
    raw: dict[str, Any] = {
        "facility_id": facility.public_id, "inspected_on": "2026-03-10", "trigger": "routine",
        "announced": "no", "inspectors": "2", "workers_interviewed": "20",
        "violations": [
            {"right": "working-hours", "law_article": "s. 102", "description": "78-hour weeks"},
            {"right": "maternity-protection", "law_article": "", "description": "no benefit"},
        ],
        "orders": [{"kind": "improvement_notice", "deadline": "2026-04-30",
                    "description": "cap hours"}],
        "penalties_imposed": "50000", "currency": "BDT",
    }  # fmt: skip
    return raw | fields


class InspectionFactory(factory.Factory):
    """An inspection recorded through ``states.services.record_inspection`` by ``user`` (an
    inspectorate's editor; default a new one) at ``facility`` (default a new one in BD);
    other keywords override ``inspection_raw``."""

    class Meta:
        model = dict  # built by the service below

    @classmethod
    def _create(cls, model_class: Any, **kwargs: Any) -> Any:
        from chainrights.states import services

        user = kwargs.pop("user", None) or inspector()
        facility = kwargs.pop("facility", None) or FacilityFactory(country="BD")
        referral = kwargs.pop("referral", None)
        return services.record_inspection(user, inspection_raw(facility, **kwargs), referral)

    @classmethod
    def _build(cls, model_class: Any, **kwargs: Any) -> Any:
        raise TypeError("an inspection is only created (through states.services)")


def admissible_case(handler: Any, facility: Any, **intake: Any) -> Any:
    """A case at ``facility`` (filed as a worker files it) that ``handler`` made admissible."""
    from chainrights.grievances import services
    from tests.factories.grievances import CaseFactory

    case = CaseFactory(facility_id=facility.public_id, **intake)
    services.transition_case(case, handler, "acknowledged")
    services.transition_case(case, handler, "admissible", "within scope")
    return case


class ReferralFactory(factory.Factory):
    """A referral of an admissible case (``case``, or a new one at ``facility``, with a
    contact) by ``handler`` to ``inspectorate`` (default: a new one of the facility's
    country); ``summary`` and the other ``ReferralDraft`` fields may be given."""

    class Meta:
        model = dict

    @classmethod
    def _create(cls, model_class: Any, **kwargs: Any) -> Any:
        from django.contrib.auth import get_user_model

        from chainrights.states import services

        handler = kwargs.pop("handler", None) or get_user_model().objects.get(username="handler")
        facility = kwargs.pop("facility", None) or FacilityFactory(country="BD")
        case = kwargs.pop("case", None) or admissible_case(
            handler, facility, contact="Rahima Akter, +8801711000000"
        )
        inspectorate = kwargs.pop("inspectorate", "new")
        if inspectorate == "new":
            inspectorate = InspectorateFactory(country=facility.country)
        draft = services.ReferralDraft(
            summary=kwargs.pop("summary", "Overtime beyond the legal limit on line 4."),
            inspectorate_id=inspectorate.pk if inspectorate else None,
            **kwargs,
        )
        return services.refer_case(case, handler, draft)

    @classmethod
    def _build(cls, model_class: Any, **kwargs: Any) -> Any:
        raise TypeError("a referral is only created (through states.services)")
