"""The impact-assessment pages: /risk/assessments (list), /new, /<id> (read; a draft's forms for
its brand's editors), /<id>.pdf. Every form posts to its own URL and redirects after."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from chainrights.core import documents, refusals
from chainrights.core.models import Right
from chainrights.core.types import AuthedRequest
from chainrights.risk import access, assessments, reads
from chainrights.risk.forms import (
    ActionForm,
    AssessmentForm,
    ConsultationForm,
    DraftForm,
    FindingForm,
)
from chainrights.risk.models import AssessmentStatus, ImpactAssessment, RiskItem


def _assessment(request: HttpRequest, assessment_id: int) -> ImpactAssessment:
    found = assessments.assessments_for(request.user).filter(pk=assessment_id).first()
    if found is None:
        raise Http404("No such assessment")
    return found


def _item_choices(assessment: ImpactAssessment, *, linked_only: bool) -> list[tuple[str, str]]:
    keys = set(assessment.item_keys)
    if not linked_only:
        keys |= set(assessments.matching_keys(assessment.owner_org, assessment.scope,
                                              assessment.facility, assessment.country,
                                              assessment.product))  # fmt: skip
    rows = RiskItem.objects.filter(buyer_id=assessment.owner_org_id, key__in=keys)
    return [(i.key, f"#{i.rank} {i.right.name} ({i.get_status_display()})")
            for i in rows.select_related("right").order_by("rank")]  # fmt: skip


def _forms(assessment: ImpactAssessment, bound: dict[str, Any]) -> dict[str, Any]:
    """Unbound forms for a draft's editor, with the one that failed bound in its place."""
    rights = [(r.code, r.name) for r in Right.objects.filter(parent=None).order_by("position")]
    forms = {
        "draft": DraftForm(items=_item_choices(assessment, linked_only=False), initial={
            f: getattr(assessment, f) for f in assessments.EDITABLE}),
        "consultation": ConsultationForm(),
        "finding": FindingForm(rights=rights, items=_item_choices(assessment, linked_only=True)),
        "action": ActionForm(),
    }  # fmt: skip
    return forms | bound


def _page(request: HttpRequest, assessment: ImpactAssessment, status: int = 200,
          **bound: Any) -> HttpResponse:  # fmt: skip
    editable = (assessment.status == AssessmentStatus.DRAFT
                and assessments.may_edit(assessment, request.user))  # fmt: skip
    return render(request, "risk/assessment.html", {
        "a": reads.assessment_view(assessment, request.user), "editable": editable,
        "forms": _forms(assessment, bound) if editable else {},
        "may_correct": assessment.status == AssessmentStatus.PUBLISHED
        and assessments.may_edit(assessment, request.user),
    }, status=status)  # fmt: skip


def assessment_list(request: HttpRequest) -> HttpResponse:
    return render(request, "risk/assessments.html", {
        **reads.assessment_list(request.user),
        "may_write": access.brand_of(request.user, editing=True) is not None})  # fmt: skip


@login_required
def assessment_new(request: AuthedRequest) -> HttpResponse:
    if access.brand_of(request.user, editing=True) is None:
        raise PermissionDenied
    form = AssessmentForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        with refusals.onto(form) as outcome:
            created = assessments.create(request.user, **form.cleaned_data)
            messages.success(request, _("Draft created; it is in the event log."))
            return redirect("risk-assessment", assessment_id=created.pk)
        status = outcome.status
    elif request.method == "POST":
        status = 400
    return render(request, "risk/assessment_new.html", {"form": form}, status=status)


def assessment_detail(request: HttpRequest, assessment_id: int) -> HttpResponse:
    return _page(request, _assessment(request, assessment_id))


def _post(name: str, make: Callable[[HttpRequest, ImpactAssessment], Any],
          write: Callable[..., Any], done: Any) -> Callable[..., HttpResponse]:  # fmt: skip
    """A draft's form view: bind, check, write through the service, redirect; else the page
    again with the form's errors beside what was typed."""

    @login_required
    @require_POST
    def view(request: AuthedRequest, assessment_id: int) -> HttpResponse:
        assessment = _assessment(request, assessment_id)
        if not assessments.may_edit(assessment, request.user):
            raise PermissionDenied
        form = make(request, assessment)
        status = 400
        if form.is_valid():
            with refusals.onto(form) as outcome:
                write(assessment, request.user, **form.cleaned_data)
                messages.success(request, str(done))
                return redirect("risk-assessment", assessment_id=assessment.pk)
            status = outcome.status
        return _page(request, assessment, status, **{name: form})

    return view


def _finding_form(request: HttpRequest, a: ImpactAssessment) -> FindingForm:
    rights = [(r.code, r.name) for r in Right.objects.filter(parent=None)]
    return FindingForm(request.POST, rights=rights, items=_item_choices(a, linked_only=True))


assessment_edit = _post(
    "draft",
    lambda r, a: DraftForm(r.POST, items=_item_choices(a, linked_only=False)),
    assessments.update_draft,
    gettext_lazy("Draft saved."),
)
assessment_consultation = _post(
    "consultation", lambda r, a: ConsultationForm(r.POST), assessments.add_consultation,
    gettext_lazy("Consultation added."),
)  # fmt: skip
assessment_finding = _post(
    "finding", _finding_form, assessments.add_finding, gettext_lazy("Finding added.")
)
assessment_action = _post(
    "action", lambda r, a: ActionForm(r.POST), assessments.add_action, gettext_lazy("Action added.")
)


@login_required
@require_POST
def assessment_publish(request: AuthedRequest, assessment_id: int) -> HttpResponse:
    assessment = _assessment(request, assessment_id)
    assessments.publish(assessment, request.user)  # a refusal goes back with its message
    messages.success(request, _("Published: the content is frozen and its hash logged."))
    return redirect("risk-assessment", assessment_id=assessment.pk)


@login_required
@require_POST
def assessment_correct(request: AuthedRequest, assessment_id: int) -> HttpResponse:
    new = assessments.correct(_assessment(request, assessment_id), request.user)
    messages.success(request, _("A new draft version: publish it to replace the old one."))
    return redirect("risk-assessment", assessment_id=new.pk)


def assessment_pdf(request: HttpRequest, assessment_id: int) -> HttpResponse:
    """The assessment as a PDF, the same content as its page."""
    assessment = _assessment(request, assessment_id)
    html = render_to_string(
        "risk/assessment_document.html",
        {"a": reads.assessment_view(assessment, request.user)},
        request,
    )
    name = f"assessment-{assessment.pk}-v{assessment.version}.pdf"
    return documents.pdf_response(request, html, name)
