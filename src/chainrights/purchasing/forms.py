"""The purchasing forms: a rating (one choice per question), an orders file, a statement,
a cycle, and the operator's and the buyer's decisions."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from chainrights.purchasing.models import Framework, Stage
from chainrights.purchasing.questions import QUESTIONS, SCALE

NOT_APPLICABLE = ""


class RatingForm(forms.Form):
    comment = forms.CharField(
        label=_("A comment for the buyer (an operator reads it first; leave out names)"),
        required=False, max_length=4000, widget=forms.Textarea(attrs={"rows": 3}),
    )  # fmt: skip

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        choices = [(str(v), label) for v, label in SCALE] + [(NOT_APPLICABLE, _("Not applicable"))]
        for q in QUESTIONS:
            self.fields[q.code] = forms.ChoiceField(
                label=str(q.text), choices=choices, required=False, widget=forms.RadioSelect
            )
        self.order_fields([q.code for q in QUESTIONS] + ["comment"])

    def answers(self) -> dict[str, int | None]:
        data = self.cleaned_data
        return {q.code: int(data[q.code]) if data.get(q.code) else None for q in QUESTIONS}


class OrdersForm(forms.Form):
    file = forms.FileField(label=_("Orders file (CSV, XLSX or JSON)"))


class StatementForm(forms.Form):
    framework = forms.ChoiceField(label=_("Framework"), choices=Framework.choices)
    item = forms.IntegerField(label=_("Principle or commitment"), min_value=1, max_value=5)
    stage = forms.ChoiceField(label=_("Where the brand stands"), choices=Stage.choices)
    evidence = forms.CharField(label=_("Evidence"), required=False, max_length=4000,
                               widget=forms.Textarea(attrs={"rows": 2}))  # fmt: skip
    evidence_url = forms.URLField(label=_("Evidence published at"), required=False,
                                  assume_scheme="https")  # fmt: skip


class CycleForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=40)
    opens_on = forms.DateField(label=_("Opens on"), widget=forms.DateInput(attrs={"type": "date"}))
    closes_on = forms.DateField(label=_("Closes on"),
                                widget=forms.DateInput(attrs={"type": "date"}))  # fmt: skip


class CommentForm(forms.Form):
    approve = forms.TypedChoiceField(
        label=_("Decision"), coerce=lambda v: v == "yes",
        choices=[("yes", _("Approve")), ("no", _("Reject"))],
    )  # fmt: skip
    text = forms.CharField(label=_("Text shown to the buyer (redact what could identify)"),
                           required=False, max_length=4000,
                           widget=forms.Textarea(attrs={"rows": 2}))  # fmt: skip


class LinkForm(forms.Form):
    buyer = forms.IntegerField(widget=forms.HiddenInput)
    finding = forms.IntegerField(required=False, widget=forms.HiddenInput)
    case = forms.IntegerField(required=False, widget=forms.HiddenInput)
    confirm = forms.TypedChoiceField(
        label=_("Decision"), coerce=lambda v: v == "yes",
        choices=[("yes", _("Confirm")), ("no", _("Dismiss"))],
    )  # fmt: skip


class ActionForm(forms.Form):
    description = forms.CharField(label=_("What the buyer will do"), max_length=4000,
                                  widget=forms.Textarea(attrs={"rows": 2}))  # fmt: skip
    deadline = forms.DateField(label=_("Deadline"), widget=forms.DateInput(attrs={"type": "date"}))


class PublishForm(forms.Form):
    cycle = forms.IntegerField(min_value=1)
    publish = forms.TypedChoiceField(choices=[("yes", "yes"), ("no", "no")],
                                     coerce=lambda v: v == "yes")  # fmt: skip
