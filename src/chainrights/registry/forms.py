"""Forms of the registry."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from chainrights.core.uploads import unsafe_upload


class UploadForm(forms.Form):
    name = forms.CharField(label=_("List name"), max_length=200)
    file = forms.FileField(label=_("Supplier list (CSV or XLSX)"))
    tier = forms.TypedChoiceField(
        label=_("Tier"), choices=[("", "—"), ("1", "1"), ("2", "2"), ("3", "3"), ("4", "4")],
        coerce=int, required=False, empty_value=None,
    )  # fmt: skip
    as_of = forms.DateField(
        label=_("As of (the date the list describes)"), required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )  # fmt: skip
    public = forms.BooleanField(label=_("Publish this list as open data"), required=False)

    def clean_file(self) -> bytes:
        upload = self.cleaned_data["file"]
        if not upload.name.lower().endswith((".csv", ".xlsx")):
            raise forms.ValidationError(_("Upload a .csv or .xlsx file."))
        if upload.size > settings.MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("The file is larger than the upload limit."))
        content = upload.read()
        problem = unsafe_upload(upload.name, content)
        if problem:
            raise forms.ValidationError(problem)
        self.filename = upload.name
        return content
