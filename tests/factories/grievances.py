"""Grievance cases, filed through intake as a worker files them."""

from __future__ import annotations

from typing import Any

import factory

BENGALI = "তিন মাস ধরে আমাদের বেতন দেওয়া হয়নি এবং সুপারভাইজার হুমকি দিচ্ছে।"


class CaseFactory(factory.Factory):
    """A case filed through ``grievances.services.file_grievance``; every keyword is a field of
    ``Intake`` (narrative, facility_id, facility_text, country, language, rights, contact, …),
    plus ``received_by`` for a case taken down by a handler. The complainant's secret is on
    the case as ``case.secret`` (it is stored only as a hash)."""

    class Meta:
        model = dict  # built by the service below

    narrative = BENGALI
    facility_text = "Dhaka Knit, Ashulia"
    language = "bn"

    @classmethod
    def _create(cls, model_class: Any, **kwargs: Any) -> Any:
        from chainrights.grievances import services

        received_by = kwargs.pop("received_by", None)
        case, secret = services.file_grievance(services.Intake(**kwargs), received_by=received_by)
        case.secret = secret
        return case

    @classmethod
    def _build(cls, model_class: Any, **kwargs: Any) -> Any:
        raise TypeError("a case is only created (through grievances.services)")


class UnionCaseFactory(factory.Factory):
    """A case a union filed for its members through ``grievances.services.file_for_members``.
    ``user`` is the union's member who files (required); ``on_behalf`` and the other keywords
    of ``UnionIntake`` say for whom (default: a group of 40 on line 4); the complaint's own
    fields (narrative, facility_text, …) go to its ``Intake``. The secret is ``case.secret``."""

    class Meta:
        model = dict  # built by the service below

    narrative = BENGALI
    facility_text = "Dhaka Knit, Ashulia"
    language = "bn"
    on_behalf = "group"
    group_size = factory.LazyAttribute(lambda o: 40 if o.on_behalf == "group" else None)
    unit = factory.LazyAttribute(lambda o: "Sewing line 4" if o.on_behalf == "group" else "")

    @classmethod
    def _create(cls, model_class: Any, **kwargs: Any) -> Any:
        from chainrights.grievances import services

        user = kwargs.pop("user")
        behalf = {k: kwargs.pop(k) for k in ("on_behalf", "member_name", "member_contact",
                                             "group_size", "unit", "copy_to_union")
                  if k in kwargs}  # fmt: skip
        filing = services.UnionIntake(intake=services.Intake(**kwargs), **behalf)
        case, secret = services.file_for_members(user, filing)
        case.secret = secret
        return case

    @classmethod
    def _build(cls, model_class: Any, **kwargs: Any) -> Any:
        raise TypeError("a case is only created (through grievances.services)")
