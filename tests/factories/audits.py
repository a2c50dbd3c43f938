"""Audits, their findings and corrective actions, recorded through the audit services."""

from __future__ import annotations

from datetime import date
from typing import Any

import factory

from tests.factories.core import OrganisationFactory, UserFactory
from tests.factories.registry import FacilityFactory

# The header of a detailed audit CSV: one row per finding.
AUDIT_CSV_HEADER = (
    "reference,facility_id,scheme,audit_type,start_date,end_date,auditor_firm,"
    "interviews_on_site_women,finding_number,right,severity,description"
)


def audit_raw(facility: Any, **changes: Any) -> dict[str, Any]:
    """An audit in its import form (what a file or the API carries), for ``facility``."""
    raw: dict[str, Any] = {
        "reference": "A-1",
        "facility_id": facility.public_id,
        "scheme": "smeta",
        "audit_type": "announced",
        "start_date": "2026-03-01",
        "end_date": "2026-03-02",
        "auditor_firm": "Independent Audit Partners",
        "commissioned_by": "Northwind Apparel",
        "interviews_on_site_women": 10,
        "interviews_on_site_men": 5,
        "interviews_off_site_women": 4,
        "findings": [
            {
                "number": 1,
                "right": "excessive-overtime",
                "severity": "non-compliance",
                "description": "Up to 78 hours a week before shipment.",
                "actions": [{"description": "Cap hours at 60.", "deadline": "2026-06-30"}],
            },
            {
                "number": 2,
                "right": "building-and-fire-safety",
                "severity": "critical",
                "description": "A fire exit was locked.",
            },
        ],
    }
    raw.update(changes)
    return raw


class AuditFactory(factory.Factory):
    """An audit recorded from its import form through the checks and ``create_audits``, as an
    import records it. ``raw`` changes the import form (see ``audit_raw``); ``owner`` and
    ``user`` record it (default: a new auditor organisation and its editor)."""

    class Meta:
        model = dict  # built by the services below

    facility = factory.SubFactory(FacilityFactory)
    owner = factory.SubFactory(OrganisationFactory, kind="auditor")
    user = factory.SubFactory(UserFactory, organisation=factory.SelfAttribute("..owner"))
    raw = factory.Dict({})

    @classmethod
    def _create(cls, model_class: Any, **kwargs: Any) -> Any:
        from chainrights.audits import services
        from chainrights.audits.validation import Checker, check_audit

        checker = Checker(kwargs["owner"])
        draft = check_audit(audit_raw(kwargs["facility"], **kwargs["raw"]), "test", checker)
        assert draft is not None, checker.problems
        return services.create_audits(kwargs["owner"], kwargs["user"], [draft])[0]

    @classmethod
    def _build(cls, model_class: Any, **kwargs: Any) -> Any:
        raise TypeError("an audit is only created (through audits.services)")


class FindingFactory(factory.Factory):
    """A finding added to ``audit`` by its owner through ``audits.services.add_finding``."""

    class Meta:
        model = dict

    audit = factory.SubFactory(AuditFactory)
    user = factory.LazyAttribute(lambda o: o.audit.created_by)
    number = factory.LazyAttribute(lambda o: o.audit.findings.count() + 1)
    right = "wages"
    scheme_severity = "non-compliance"
    severity = "non-compliance"
    description = "Overtime is paid at the ordinary rate."

    @classmethod
    def _create(cls, model_class: Any, **kwargs: Any) -> Any:
        from chainrights.audits import services
        from chainrights.audits.validation import FindingDraft
        from chainrights.core.models import Right

        audit, user = kwargs.pop("audit"), kwargs.pop("user")
        kwargs["right"] = Right.objects.get(code=kwargs["right"])
        return services.add_finding(audit, user, FindingDraft(**kwargs))

    @classmethod
    def _build(cls, model_class: Any, **kwargs: Any) -> Any:
        raise TypeError("a finding is only created (through audits.services)")


class ActionFactory(factory.Factory):
    """A corrective action proposed on ``finding`` through ``audits.services.propose_action``
    (by default by the audit's recorder)."""

    class Meta:
        model = dict

    finding = factory.SubFactory(FindingFactory)
    user = factory.LazyAttribute(lambda o: o.finding.audit.created_by)
    description = "Pay overtime at the legal premium from the next payroll."
    deadline = date(2026, 6, 30)

    @classmethod
    def _create(cls, model_class: Any, **kwargs: Any) -> Any:
        from chainrights.audits import services

        finding, user = kwargs.pop("finding"), kwargs.pop("user")
        return services.propose_action(finding, user, **kwargs)

    @classmethod
    def _build(cls, model_class: Any, **kwargs: Any) -> Any:
        raise TypeError("an action is only created (through audits.services)")


class TrainingFactory(factory.Factory):
    """A training of inspectors recorded through ``audits.services.record_training`` by
    ``user`` (default: an editor of a new Bangladeshi inspectorate); other keywords are the
    ``TrainingDraft``'s (default: a public one-day training of 12 women and 18 men)."""

    class Meta:
        model = dict  # built by the service below

    @classmethod
    def _create(cls, model_class: Any, **kwargs: Any) -> Any:
        from chainrights.audits import services
        from tests.factories.states import inspector

        user = kwargs.pop("user", None) or inspector()
        inspectorate = kwargs.pop("inspectorate", None)
        fields = {"title": "Inspecting working hours", "start_date": date(2026, 2, 2),
                  "rights": ["working-hours"], "women": 12, "men": 18} | kwargs  # fmt: skip
        return services.record_training(user, services.TrainingDraft(**fields),
                                        inspectorate=inspectorate)  # fmt: skip

    @classmethod
    def _build(cls, model_class: Any, **kwargs: Any) -> Any:
        raise TypeError("a training is only created (through audits.services)")
