"""The risk register's salient issues as a report figure: what a brand has published of its
register (UNGP 24's most severe first). Reports sit above risk in the layers, so reports
reads risk's services and registers this provider itself (``ReportsConfig.ready``)."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.urls import reverse
from django.utils.translation import gettext as _

from chainrights.core.models import Organisation
from chainrights.core.types import AnyUser
from chainrights.risk import services as risk


def salient_issues(
    brand: Organisation, start: date, end: date, user: AnyUser | None
) -> dict[str, Any]:
    """Rights of the brand's published register, most severe first; a register it has not
    published counts as none (the report says so rather than guessing)."""
    rows = risk.salient_issues(brand)
    return {
        "value": len(rows),
        "rows": [[r["right"], r["severity"], r["items"], r["actual"]] for r in rows],
        "records": [{"label": _("Risk register"), "url": reverse("risk")}] if rows else [],
        "source": "risk",
    }
