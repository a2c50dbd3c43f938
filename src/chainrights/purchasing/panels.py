"""What purchasing adds to other apps' pages: under an audit finding, the buyers' red flags
in the weeks before and the suggested root cause (``audits.services.register_finding_note``);
on a grievance's case page, the same for the handler and operator staff only
(``grievances.services.register_case_section``): never for the supplier or a brand the case is
shared with, and the complainant never sees the case page."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.template.loader import render_to_string

from chainrights.grievances.services import Section
from chainrights.purchasing import access, links


def finding_note(finding: Any, request: HttpRequest) -> str:
    user = request.user
    suggestions = links.for_finding(finding, user)
    if not suggestions:
        return ""
    return render_to_string("purchasing/_finding_note.html", {
        "finding": finding, "suggestions": suggestions,
        "may_decide": access.operator_of(user) is not None,
        "my_brand": access.brand_of(user, editing=True),
    }, request=request)  # fmt: skip


def case_section(case: Any, user: Any, handler: bool) -> Section | None:
    """The suggested purchasing root cause of an admissible case, and the decision on it."""
    suggestions = links.for_case(case, user)
    if not suggestions:
        return None
    return Section("purchasing/_case_links.html", {
        "case": case, "suggestions": suggestions,
        "may_decide": access.operator_of(user) is not None,
    })  # fmt: skip
