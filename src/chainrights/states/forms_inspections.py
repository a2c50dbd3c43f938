"""Forms of the inspection pages: plain HTML forms that work with JavaScript off. Their
fields are read into the same raw record the API and the import give ``inspections.check``,
so every way in accepts exactly the same records."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from chainrights.states.models import OrderKind, Trigger

VIOLATION_ROWS = 4
ORDER_ROWS = 2
TOP_FIELDS = [
    "facility_id", "inspected_on", "trigger", "announced", "inspectors", "workers_interviewed",
    "penalties_imposed", "penalties_collected", "currency", "follow_up_on", "follow_up_outcome",
    "visibility", "reference",
]  # fmt: skip


def _text(label: Any, max_length: int = 4000, **kw: Any) -> forms.CharField:
    return forms.CharField(label=label, max_length=max_length, required=False, **kw)


class InspectionForm(forms.Form):
    facility_id = _text(_("Facility ID"), 60)
    inspected_on = _text(_("Date of the inspection"), 10,
                         widget=forms.DateInput(attrs={"type": "date"}))  # fmt: skip
    trigger = forms.ChoiceField(label=_("Trigger"), choices=Trigger.choices, required=False)
    announced = forms.BooleanField(label=_("Announced in advance"), required=False)
    inspectors = _text(_("Number of inspectors"), 6, initial="1")
    workers_interviewed = _text(_("Workers interviewed"), 8)
    penalties_imposed = _text(_("Penalties imposed"), 20)
    penalties_collected = _text(_("Penalties collected"), 20)
    currency = _text(_("Currency (ISO 4217)"), 3)
    follow_up_on = _text(_("Follow-up date"), 10, widget=forms.DateInput(attrs={"type": "date"}))
    follow_up_outcome = _text(_("Follow-up outcome"), widget=forms.Textarea(attrs={"rows": 2}))
    visibility = forms.ChoiceField(label=_("Who may see this record"), required=False, choices=[
        ("", _("The country's default")), ("public", _("Public summary")),
        ("private", _("Only our inspectorate and the operator")),
    ])  # fmt: skip
    reference = _text(_("Your reference"), 60)

    def __init__(self, *args: Any, rights: list[tuple[str, str]] = (), **kwargs: Any) -> None:  # type: ignore[assignment]
        super().__init__(*args, **kwargs)
        choices = [("", "–"), *rights]
        for i in range(VIOLATION_ROWS):
            self.fields[f"v{i}_right"] = forms.ChoiceField(
                label=_("Right violated"), choices=choices, required=False
            )
            self.fields[f"v{i}_law_article"] = _text(_("Article of national law"), 200)
            self.fields[f"v{i}_description"] = _text(_("What was found"))
        for i in range(ORDER_ROWS):
            self.fields[f"o{i}_kind"] = forms.ChoiceField(
                label=_("Order"), choices=[("", "–"), *OrderKind.choices], required=False
            )
            self.fields[f"o{i}_deadline"] = _text(
                _("Deadline"), 10, widget=forms.DateInput(attrs={"type": "date"})
            )
            self.fields[f"o{i}_description"] = _text(_("What must be done"))

    def violation_rows(self) -> list[list[Any]]:
        return [[self[f"v{i}_{k}"] for k in ("right", "law_article", "description")]
                for i in range(VIOLATION_ROWS)]  # fmt: skip

    def order_rows(self) -> list[list[Any]]:
        return [[self[f"o{i}_{k}"] for k in ("kind", "deadline", "description")]
                for i in range(ORDER_ROWS)]  # fmt: skip

    def raw(self) -> dict[str, Any]:
        """The record as ``inspections.check`` reads it."""
        data = self.cleaned_data
        raw: dict[str, Any] = {k: data.get(k) for k in TOP_FIELDS}
        raw["announced"] = "yes" if data.get("announced") else "no"
        raw["violations"] = [
            {"right": data[f"v{i}_right"], "law_article": data[f"v{i}_law_article"],
             "description": data[f"v{i}_description"]}
            for i in range(VIOLATION_ROWS) if data.get(f"v{i}_right")
        ]  # fmt: skip
        raw["orders"] = [
            {"kind": data[f"o{i}_kind"], "deadline": data[f"o{i}_deadline"],
             "description": data[f"o{i}_description"]}
            for i in range(ORDER_ROWS) if data.get(f"o{i}_kind")
        ]  # fmt: skip
        return raw


class ImportForm(forms.Form):
    file = forms.FileField(label=_("CSV or XLSX file"))
