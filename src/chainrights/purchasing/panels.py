"""What purchasing adds to other apps' pages: under an audit finding, the buyers' red flags
in the weeks before and the suggested root cause (``audits.services.register_finding_note``)."""

from __future__ import annotations

from typing import Any

from django.template.loader import render_to_string

from chainrights.core.types import AnyUser
from chainrights.purchasing import access, links


def finding_note(finding: Any, user: AnyUser) -> str:
    suggestions = links.for_finding(finding, user)
    if not suggestions:
        return ""
    return render_to_string("purchasing/_finding_note.html", {
        "finding": finding, "suggestions": suggestions,
        "may_decide": access.operator_of(user) is not None,
        "my_brand": access.brand_of(user, editing=True),
    })  # fmt: skip
