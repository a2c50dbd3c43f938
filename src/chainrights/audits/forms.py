"""Forms of the audit pages; the services check who may do what."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from chainrights.audits.models import ActionOwner, ActivityKind, RootCause, VerificationMethod

DATE = forms.DateInput(attrs={"type": "date"})


class ImportForm(forms.Form):
    file = forms.FileField(label=_("Audits file (CSV, XLSX or JSON)"))


class ActionForm(forms.Form):
    description = forms.CharField(label=_("Action"), max_length=10_000,
                                  widget=forms.Textarea(attrs={"rows": 2}))  # fmt: skip
    owner = forms.ChoiceField(label=_("Who carries it out"), choices=ActionOwner.choices)
    deadline = forms.DateField(label=_("Deadline"), widget=DATE)
    root_cause_kind = forms.ChoiceField(label=_("Root cause"), choices=RootCause.choices)
    root_cause = forms.CharField(label=_("Root cause, explained"), required=False,
                                 max_length=10_000)  # fmt: skip
    brand_contribution = forms.CharField(label=_("What the buyer contributes"), required=False,
                                         max_length=10_000)  # fmt: skip


class StatusForm(forms.Form):
    status = forms.ChoiceField(label=_("Progress"), choices=[
        ("open", _("Open")), ("in_progress", _("In progress")), ("done", _("Done"))])  # fmt: skip
    note = forms.CharField(label=_("Note"), required=False, max_length=2000)


class VerifyForm(forms.Form):
    verified = forms.TypedChoiceField(
        label=_("Outcome"), coerce=lambda v: v == "yes",
        choices=[("yes", _("Verified")), ("no", _("Not done: send back"))],
    )  # fmt: skip
    method = forms.ChoiceField(label=_("How"), choices=VerificationMethod.choices)
    note = forms.CharField(label=_("What you saw"), max_length=10_000)


class CommentForm(forms.Form):
    text = forms.CharField(label=_("Comment"), max_length=4000,
                           widget=forms.Textarea(attrs={"rows": 2}))  # fmt: skip


class DocumentForm(forms.Form):
    file = forms.FileField(label=_("Document (PDF, image, CSV, XLSX, text)"))


class ActivityForm(forms.Form):
    """Capacity building at a facility. The facility is chosen from those the organisation
    runs or lists (or typed as any ID), the rights ticked from the taxonomy, and the actions
    it serves ticked from the open ones the person is party to: no raw IDs to look up."""

    facility_id = forms.CharField(
        label=_("Facility (choose, or type its ID)"), max_length=60,
        widget=forms.TextInput(attrs={"list": "facility-choices", "autocomplete": "off"}),
    )  # fmt: skip
    kind = forms.ChoiceField(label=_("Kind"), choices=ActivityKind.choices)
    title = forms.CharField(label=_("Title"), max_length=200)
    rights = forms.MultipleChoiceField(label=_("Rights it covers"), required=False, choices=[],
                                       widget=forms.CheckboxSelectMultiple)  # fmt: skip
    provider = forms.CharField(label=_("Provider"), required=False, max_length=200)
    start_date = forms.DateField(label=_("Start"), widget=DATE)
    end_date = forms.DateField(label=_("End"), required=False, widget=DATE)
    workers_women = forms.IntegerField(label=_("Women workers taking part"), min_value=0,
                                       max_value=100_000, initial=0)  # fmt: skip
    workers_men = forms.IntegerField(label=_("Men workers taking part"), min_value=0,
                                     max_value=100_000, initial=0)  # fmt: skip
    managers = forms.IntegerField(label=_("Managers and supervisors taking part"), min_value=0,
                                  max_value=100_000, initial=0)  # fmt: skip
    actions = forms.TypedMultipleChoiceField(
        label=_("Corrective actions it serves"), required=False, coerce=int, choices=[],
        widget=forms.CheckboxSelectMultiple,
    )  # fmt: skip

    def __init__(self, *args: Any, rights: Iterable[tuple[str, str]] = (),
                 actions: Iterable[tuple[int, str]] = (), **kwargs: Any) -> None:  # fmt: skip
        super().__init__(*args, **kwargs)
        self.fields["rights"].choices = list(rights)  # type: ignore[attr-defined]
        self.fields["actions"].choices = list(actions)  # type: ignore[attr-defined]


def _count(label: Any) -> forms.IntegerField:
    return forms.IntegerField(label=label, min_value=0, max_value=100_000, initial=0)


class TrainingForm(forms.Form):
    """A training of inspectors; ``inspectorates`` (for operator staff) adds the choice of
    whose training it was, and ``rights`` the taxonomy's rights to tick."""

    inspectorate_id = forms.TypedChoiceField(label=_("Inspectorate"), coerce=int, choices=[])
    title = forms.CharField(label=_("Title"), max_length=200)
    topic = forms.CharField(label=_("Topic"), max_length=200, required=False)
    rights = forms.MultipleChoiceField(label=_("Rights covered"), required=False, choices=[],
                                       widget=forms.CheckboxSelectMultiple)  # fmt: skip
    provider = forms.CharField(label=_("Provider"), max_length=200, required=False)
    start_date = forms.DateField(label=_("Start"), widget=DATE)
    end_date = forms.DateField(label=_("End"), required=False, widget=DATE)
    women = _count(_("Women inspectors taking part"))
    men = _count(_("Men inspectors taking part"))
    other = _count(_("Inspectors of another gender taking part"))
    description = forms.CharField(label=_("What it covered"), max_length=10_000, required=False,
                                  widget=forms.Textarea(attrs={"rows": 3}))  # fmt: skip
    public = forms.BooleanField(label=_("Public (counts only, never names)"), required=False,
                                initial=True)  # fmt: skip

    def __init__(self, *args: Any, inspectorates: list[tuple[int, str]] | None = None,
                 rights: Iterable[tuple[str, str]] = (), **kwargs: Any) -> None:  # fmt: skip
        super().__init__(*args, **kwargs)
        self.fields["rights"].choices = list(rights)  # type: ignore[attr-defined]
        if inspectorates is None:
            del self.fields["inspectorate_id"]
        else:
            self.fields["inspectorate_id"].choices = inspectorates  # type: ignore[attr-defined]
