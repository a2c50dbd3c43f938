"""The report forms: start a draft, write the narratives, publish."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from chainrights.core.models import Organisation
from chainrights.reports import frameworks
from chainrights.reports.drafting import MAX_NARRATIVE
from chainrights.reports.framework_i18n import shown


class StartForm(forms.Form):
    framework = forms.ChoiceField(label=_("Framework"))
    period_start = forms.DateField(
        label=_("Period from"), widget=forms.DateInput(attrs={"type": "date"})
    )
    period_end = forms.DateField(
        label=_("Period to"), widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["framework"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = [(k, shown(name)) for k, name in frameworks.frameworks().items()]


class NarrativeForm(forms.Form):
    """One text a question of the report's version, each labelled in the reader's language."""

    def __init__(self, questions: list[frameworks.Question], *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for q in questions:
            self.fields[q.code] = forms.CharField(
                label=f"{q.code}. {shown(q.text)}", required=False, max_length=MAX_NARRATIVE,
                widget=forms.Textarea(attrs={"rows": 4}))  # fmt: skip


class PublishForm(forms.Form):
    audience = forms.ChoiceField(
        label=_("Who may read it"),
        widget=forms.RadioSelect,
        choices=[
            ("public", _("Everyone (public)")),
            ("shared", _("Only the organisations named below")),
        ],
    )
    organisations = forms.ModelMultipleChoiceField(
        label=_("Organisations"), required=False, queryset=Organisation.objects.order_by("name")
    )
