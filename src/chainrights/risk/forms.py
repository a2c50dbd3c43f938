"""The register's forms: a brand's decision on an item, its relationship with a facility, and
the impact assessment's parts."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from chainrights.risk.models import Group, Involvement, Response, Scope


class DecisionForm(forms.Form):
    involvement = forms.ChoiceField(label=_("Involvement"), required=False,
                                    choices=[("", "—"), *Involvement.choices])  # fmt: skip
    involvement_reason = forms.CharField(label=_("Why this involvement"), required=False,
                                         widget=forms.Textarea(attrs={"rows": 2}))  # fmt: skip
    response = forms.ChoiceField(label=_("Response"), required=False,
                                 choices=[("", "—"), *Response.choices])  # fmt: skip
    response_reason = forms.CharField(label=_("Why this response"), required=False,
                                      widget=forms.Textarea(attrs={"rows": 2}))  # fmt: skip
    partners = forms.MultipleChoiceField(
        label=_("Co-buyers to approach together"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args: object, co_buyers: list[str], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["partners"].choices = [(n, n) for n in co_buyers]  # type: ignore[attr-defined]


class RelationshipForm(forms.Form):
    share_of_output = forms.IntegerField(
        label=_("Share of the facility's output (%)"), required=False, min_value=0, max_value=100
    )
    since = forms.DateField(
        label=_("Buying from it since"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    schemes = forms.CharField(
        label=_("Collective schemes covering it (one a line)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


def _date(label: Any, required: bool = True) -> forms.DateField:
    return forms.DateField(label=label, required=required,
                           widget=forms.DateInput(attrs={"type": "date"}))  # fmt: skip


class AssessmentForm(forms.Form):
    """A new assessment: what it covers and when."""

    title = forms.CharField(label=_("Title"), max_length=200)
    scope = forms.ChoiceField(label=_("Scope"), choices=Scope.choices[:2])
    facility = forms.CharField(label=_("Facility ID (for a facility)"), required=False,
                               max_length=40)  # fmt: skip
    country = forms.CharField(label=_("Country code (for a country and product)"),
                              required=False, max_length=2)  # fmt: skip
    product = forms.CharField(label=_("Product (for a country and product)"), required=False,
                              max_length=120)  # fmt: skip
    period_start = _date(_("Period from"))
    period_end = _date(_("Period to"))
    summary = forms.CharField(label=_("Scope and method"), required=False,
                              widget=forms.Textarea(attrs={"rows": 4}))  # fmt: skip
    review_on = _date(_("Review on"), required=False)


class DraftForm(forms.Form):
    """A draft's editable fields and the register items it covers."""

    title = forms.CharField(label=_("Title"), max_length=200)
    period_start = _date(_("Period from"))
    period_end = _date(_("Period to"))
    summary = forms.CharField(label=_("Scope and method"), required=False,
                              widget=forms.Textarea(attrs={"rows": 4}))  # fmt: skip
    review_on = _date(_("Review on"), required=False)
    item_keys = forms.MultipleChoiceField(label=_("Register items covered"), required=False,
                                          widget=forms.CheckboxSelectMultiple)  # fmt: skip

    def __init__(self, *args: Any, items: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["item_keys"].choices = items  # type: ignore[attr-defined]


class ConsultationForm(forms.Form):
    group = forms.ChoiceField(label=_("Who"), choices=Group.choices)
    people = forms.IntegerField(label=_("How many people"), min_value=1, max_value=1_000_000)
    method = forms.CharField(label=_("How (interviews, focus groups, survey)"), max_length=200)
    held_on = _date(_("When"))


class FindingForm(forms.Form):
    right = forms.ChoiceField(label=_("Right"))
    text = forms.CharField(label=_("Finding"), widget=forms.Textarea(attrs={"rows": 3}))
    source = forms.CharField(label=_("Source (interviews, documents seen)"), required=False,
                             max_length=300)  # fmt: skip
    items = forms.MultipleChoiceField(label=_("Register items it rests on"), required=False,
                                      widget=forms.CheckboxSelectMultiple)  # fmt: skip

    def __init__(self, *args: Any, rights: list[tuple[str, str]], items: list[tuple[str, str]],
                 **kwargs: Any) -> None:  # fmt: skip
        super().__init__(*args, **kwargs)
        self.fields["right"].choices = rights  # type: ignore[attr-defined]
        self.fields["items"].choices = items  # type: ignore[attr-defined]


class ActionForm(forms.Form):
    text = forms.CharField(label=_("Action"), widget=forms.Textarea(attrs={"rows": 2}))
    owner = forms.CharField(label=_("Who answers for it"), max_length=200)
    due_on = _date(_("Due"))
