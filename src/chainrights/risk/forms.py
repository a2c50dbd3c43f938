"""The register's forms: a brand's decision on an item, its relationship with a facility."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from chainrights.risk.models import Involvement, Response


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
