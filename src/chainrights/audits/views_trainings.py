"""The page of inspectors' trainings: what labour inspectorates did to build their capacity
(JSON twin: ``GET /api/v1/inspector-trainings``), and the form their editors and the
operator record a training with."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from chainrights.audits import access, trainings
from chainrights.audits.forms import TrainingForm
from chainrights.core import refusals
from chainrights.core.models import Organisation, OrganisationKind, Right


def _form(request: HttpRequest) -> TrainingForm | None:
    """The form for whoever may record: an inspectorate's editor for their own, or operator
    staff with the choice of inspectorate; None for everyone else."""
    own = access.acting_org(request.user, kinds={OrganisationKind.INSPECTORATE})
    operator = own is None and access.operator_editor(request.user) is not None
    if own is None and not operator:
        return None
    choices = None
    if operator:
        found = Organisation.objects.filter(kind=OrganisationKind.INSPECTORATE).order_by("name")
        choices = [(o.pk, f"{o.name} ({o.country})" if o.country else o.name) for o in found]
    rights = [(r.code, r.name) for r in Right.objects.order_by("position")]
    return TrainingForm(request.POST or None, inspectorates=choices, rights=rights)


def _draft(data: dict[str, Any]) -> trainings.TrainingDraft:
    fields = {k: v for k, v in data.items() if k != "inspectorate_id"}
    for text in ("topic", "provider", "description"):
        fields[text] = fields.get(text) or ""
    return trainings.TrainingDraft(**fields)


def inspector_trainings(request: HttpRequest) -> HttpResponse:
    form = _form(request)
    if request.method == "POST":
        if form is None:
            raise PermissionDenied
        if form.is_valid():
            with refusals.onto(form):
                named = form.cleaned_data.get("inspectorate_id")
                user: Any = request.user  # signed in: only a recorder has the form
                trainings.record_training(user, _draft(form.cleaned_data), inspectorate=named)
                messages.success(request, _("Recorded."))
                return redirect("inspector-trainings")
    country = request.GET.get("country", "").upper()[:2]
    rows = [trainings.training_out(t) for t in
            trainings.trainings_for(request.user, country=country)[:200]]  # fmt: skip
    names = dict(Right.objects.values_list("code", "name"))
    for row in rows:  # the page names the rights; the API gives their codes
        row["right_names"] = [names.get(code, code) for code in row["rights"]]
    return render(request, "audits/trainings.html",
                  {"trainings": rows, "form": form, "country": country})  # fmt: skip
