"""The reports tile: a brand's drafts and published reports, the newest first, each with its
framework (in the reader's language, as the report pages name it) and, for a draft, how many
questions still need the brand's words. A brand's viewers get it once there is a report to
read; its admins and editors always (to start one)."""

from __future__ import annotations

from django.urls import reverse
from django.utils import formats
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from chainrights.core.dashboard import SHOWN, Entry, Tile
from chainrights.core.types import AnyUser
from chainrights.reports import access, drafting, frameworks
from chainrights.reports.framework_i18n import shown
from chainrights.reports.models import Report, Status


def _note(report: Report) -> str:
    version = frameworks.version(report.framework, report.version)
    framework = shown(version.name) if version is not None else report.framework
    if not report.is_draft:
        return _("%(framework)s, published") % {"framework": framework}
    # the framework file (read once) and the draft's own texts: no query
    n = len(drafting.missing(report)) if version is not None else 0
    if not n:
        return _("%(framework)s, draft") % {"framework": framework}
    return ngettext("%(framework)s, draft: %(n)s question still needs words",
                    "%(framework)s, draft: %(n)s questions still need words",
                    n) % {"framework": framework, "n": n}  # fmt: skip


def _entry(report: Report) -> Entry:
    start = formats.date_format(report.period_start, "SHORT_DATE_FORMAT")
    end = formats.date_format(report.period_end, "SHORT_DATE_FORMAT")
    return Entry(text=f"{start} – {end}", url=reverse("report-detail", args=[report.pk]),
                 note=_note(report))  # fmt: skip


def tiles(user: AnyUser) -> list[Tile]:
    brand = access.brand_of(user)
    if brand is None:
        return []
    reports = access.readable(user).filter(
        owner_org=brand, status__in=[Status.DRAFT, Status.PUBLISHED]
    )
    count = reports.count()
    editor = access.brand_of(user, editing=True)
    writer = editor is not None and editor.pk == brand.pk
    if not count and not writer:
        return []  # a viewer of a brand with no report: nothing to read, nothing to start
    latest = reports.defer("frozen").order_by("-created_at", "-pk")[:SHOWN] if count else []
    return [Tile(
        key="reports", title=_("Your reports"), count=count, url=reverse("reports"),
        entries=[_entry(r) for r in latest], none=_("No report yet."),
        action=_("Start a report") if writer else "",
        action_url=reverse("report-new") if writer else "",
    )]  # fmt: skip
