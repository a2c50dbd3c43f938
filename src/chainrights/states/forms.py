"""The operator's form for one country fact (the rules are ``facts.clean``'s, shared with the
CSV import and the API)."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from chainrights.states.models import FactKind


class FactForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind of fact"), choices=FactKind.choices)
    label = forms.CharField(
        label=_("Which one (a wage's sector, the inspectorate's name, a note's title)"),
        max_length=200, required=False,
    )  # fmt: skip
    value = forms.CharField(
        label=_("Value"), max_length=1000,
        help_text=_("Economy class: industrial_market, transition or less_developed. ITUC "
                    "rating: 1 to 5 or 5+. Minimum wage: the amount."),
    )  # fmt: skip
    unit = forms.CharField(label=_("Unit (a wage's currency and period)"), max_length=60,
                           required=False)  # fmt: skip
    as_of = forms.DateField(label=_("As of"), widget=forms.DateInput(attrs={"type": "date"}))
    source = forms.CharField(label=_("Source"), max_length=300)
    source_url = forms.CharField(label=_("Source address"), max_length=500, required=False)
    licence = forms.CharField(label=_("Licence"), max_length=200, required=False)
    reason = forms.CharField(label=_("Why you enter or change it"), max_length=300)

    def raw(self) -> dict[str, str]:
        data = self.cleaned_data
        names = ("kind", "label", "value", "unit", "as_of", "source", "source_url", "licence")
        return {k: str(data.get(k) or "") for k in names}
