"""Writing reports: a brand starts one for a framework and a period, writes the narratives,
and publishes it (figures and text frozen, their hash in the event log); a correction is a
new draft that replaces the published report when it is published in turn."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from chainrights.core import documents, events
from chainrights.core.models import Organisation, Visibility
from chainrights.core.refusals import Conflict, Invalid, NotAllowed
from chainrights.core.services import share_with
from chainrights.reports import access, figures, frameworks
from chainrights.reports.models import Report, Status

MAX_NARRATIVE = 20_000


def _editable_brand(user: User) -> Organisation:
    brand = access.brand_of(user, editing=True)
    if brand is None:
        raise NotAllowed(_("Only a brand's admins and editors write its reports."))
    return brand


def start_report(user: User, framework: str, start: date, end: date) -> Report:
    """A draft under the framework version in force on the period's last day."""
    brand = _editable_brand(user)
    if framework not in frameworks.frameworks():
        raise Invalid(_("Unknown framework: %(key)s.") % {"key": framework}, field="framework")
    if end < start:
        raise Invalid(_("The period ends before it starts."), field="period_end")
    version = frameworks.version_for(framework, end)
    if version is None:
        raise Invalid(_("No version of this framework applies on %(day)s.") % {"day": end},
                      field="period_end")  # fmt: skip
    with events.acting_as(user, brand, reason="report drafted"):
        return Report.objects.create(owner_org=brand, framework=framework,
                                     version=version.version, period_start=start,
                                     period_end=end, created_by=user)  # fmt: skip


def version_of(report: Report) -> frameworks.Version:
    found = frameworks.version(report.framework, report.version)
    assert found is not None, f"report {report.pk}: version {report.version} left the catalogue"
    return found


def write_narratives(report: Report, user: User, texts: dict[str, str]) -> Report:
    """Store the brand's words for some questions; an empty text removes an answer."""
    if not access.may_edit(report, user):
        raise NotAllowed(_("Only a draft's own brand may write in it."))
    codes = {q.code for q in version_of(report).questions}
    narratives = dict(report.narratives)
    for code, text in texts.items():
        if code not in codes:
            raise Invalid(_("No question %(code)s in this framework version.") % {"code": code},
                          field=code)  # fmt: skip
        if len(text) > MAX_NARRATIVE:
            raise Invalid(_("At most %(n)s characters.") % {"n": MAX_NARRATIVE}, field=code)
        if text.strip():
            narratives[code] = text.strip()
        else:
            narratives.pop(code, None)
    with events.acting_as(user, reason="report narratives written"):
        report.narratives = narratives
        report.save()
    return report


def missing(report: Report) -> list[str]:
    """The questions that still need the brand's words."""
    return [q.code for q in version_of(report).questions if not report.narratives.get(q.code)]


def content(report: Report, user: Any) -> dict[str, Any]:
    """What publishing freezes: the version, the period, every figure and every text."""
    version = version_of(report)
    keys = [k for q in version.questions for k in q.figures]
    return {
        "framework": report.framework, "version": report.version,
        "period": [report.period_start.isoformat(), report.period_end.isoformat()],
        "organisation": report.owner_org.name,
        "figures": figures.compute(keys, report.owner_org, user, report.period_start,
                                   report.period_end),
        "narratives": dict(report.narratives),
    }  # fmt: skip


digest = documents.digest


def publish(report: Report, user: User, *, public: bool,
            organisations: Sequence[Organisation] = ()) -> Report:  # fmt: skip
    """Freeze the draft and open it to the public or to the named organisations."""
    if not access.may_edit(report, user):
        raise NotAllowed(_("Only a draft's own brand may publish it."))
    gaps = missing(report)
    if gaps:
        text = _("These questions still need words: %(codes)s.") % {"codes": ", ".join(gaps)}
        raise Invalid(text, field="narratives")
    if not public and not organisations:
        raise Invalid(_("Publish to the public or name the organisations to share it with."),
                      field="organisations")  # fmt: skip
    stored, sha256 = documents.frozen(content(report, user))
    with transaction.atomic(), events.acting_as(user, report.owner_org, reason="report published"):
        report.frozen, report.content_hash = stored, sha256
        report.status, report.published_at = Status.PUBLISHED, timezone.now()
        report.visibility = Visibility.PUBLIC if public else Visibility.PRIVATE
        report.save()
        if not public:
            share_with(report, organisations)
        events.record(events.EventTag.REPORT_PUBLISHED, report, sha256=report.content_hash)
        if report.corrects is not None and report.corrects.status == Status.PUBLISHED:
            report.corrects.status = Status.CORRECTED
            report.corrects.save()
            events.record(events.EventTag.REPORT_CORRECTED, report.corrects, by=report.pk)
    return report


def correct(report: Report, user: User) -> Report:
    """A new draft carrying the published report's words, to be published in its place."""
    brand = _editable_brand(user)
    if brand.pk != report.owner_org_id:
        raise NotAllowed(_("Only a report's own brand may correct it."))
    if report.status != Status.PUBLISHED:
        raise Conflict(_("Only a published report can be corrected."))
    with events.acting_as(user, brand, reason="report correction drafted"):
        return Report.objects.create(owner_org=brand, framework=report.framework,
                                     version=report.version, period_start=report.period_start,
                                     period_end=report.period_end, narratives=report.narratives,
                                     corrects=report, created_by=user)  # fmt: skip
