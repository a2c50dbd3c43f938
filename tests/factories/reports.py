"""Reports, started and written through ``reports.services`` by a brand editor."""

from __future__ import annotations

from datetime import date
from typing import Any

import factory


class ReportFactory(factory.Factory):
    """A draft for ``user``'s brand (default: the UNGP Reporting Framework for 2026);
    ``narratives`` answers questions by code, ``answer_all`` answers every question."""

    class Meta:
        model = dict  # built by the services below

    framework = "ungprf"
    start = date(2026, 1, 1)
    end = date(2026, 12, 31)
    narratives = factory.Dict({})
    answer_all = False

    @classmethod
    def _create(cls, model_class: Any, **kwargs: Any) -> Any:
        from chainrights.reports import services
        from chainrights.reports.drafting import version_of

        user = kwargs.pop("user")
        report = services.start_report(user, kwargs["framework"], kwargs["start"], kwargs["end"])
        texts = dict(kwargs["narratives"])
        if kwargs["answer_all"]:
            texts |= {q.code: f"What we did on {q.code}." for q in version_of(report).questions}
        return services.write_narratives(report, user, texts) if texts else report

    @classmethod
    def _build(cls, model_class: Any, **kwargs: Any) -> Any:
        raise TypeError("a report is only created (through reports.services)")
