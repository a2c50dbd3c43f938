"""Forms of the grievance pages: plain HTML forms that work with JavaScript off."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _

from chainrights.grievances import services
from chainrights.grievances.categories import CATEGORIES, rights_of
from chainrights.grievances.models import MAX_UNIT, OnBehalf
from chainrights.grievances.unions import MAX_MEMBER_CONTACT, MAX_MEMBER_NAME


class IntakeForm(forms.Form):
    narrative = forms.CharField(
        label=_("What happened?"), max_length=services.MAX_NARRATIVE,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Write in your own language. Say what happened, to whom and since when."),
    )  # fmt: skip
    facility_id = forms.CharField(required=False, max_length=40)  # radio choices in the page
    facility_text = forms.CharField(
        label=_("Where do you work?"), max_length=500, required=False,
        help_text=_("The factory's name and town, as you know it."),
    )  # fmt: skip
    when = forms.CharField(label=_("When did it happen?"), max_length=200, required=False)
    workers_affected = forms.IntegerField(
        label=_("How many workers are affected?"), required=False, min_value=1,
        max_value=1_000_000,
    )  # fmt: skip
    categories = forms.MultipleChoiceField(
        label=_("What is it about?"), required=False, widget=forms.CheckboxSelectMultiple,
        choices=[(key, label) for key, label, _rights in CATEGORIES],
    )  # fmt: skip
    fears_retaliation = forms.BooleanField(
        label=_("I fear I will be punished for complaining"), required=False
    )
    contact = forms.CharField(
        label=_("How can we reach you? (optional)"), max_length=services.MAX_CONTACT,
        required=False,
        help_text=_("Only the person handling your case can see this. You can leave it empty "
                    "and follow your case with the reference and secret instead."),
    )  # fmt: skip

    def clean(self) -> dict:
        data = super().clean() or {}
        if not data.get("facility_id") and not (data.get("facility_text") or "").strip():
            self.add_error("facility_text", _("Name the workplace, or describe where it is."))
        return data

    def rights(self) -> tuple[str, ...]:
        return tuple(rights_of(self.cleaned_data.get("categories") or []))


EVIDENCE_ACCEPT = "image/jpeg,image/png,application/pdf,audio/*"


class EvidenceInput(forms.ClearableFileInput):
    """Several file inputs of one name (the page draws one per file, so a phone can take a
    photo with one and a voice note with another); the server reads them all."""

    allow_multiple_selected = True


class EvidenceField(forms.FileField):
    """Up to ``MAX_EVIDENCE_FILES`` files; each one's size is checked here, before it is
    read, and its type by its content in the service (``intake.checked_evidence``)."""

    widget = EvidenceInput

    def clean(self, data: object, initial: object = None) -> list[UploadedFile]:
        files = [f for f in (data if isinstance(data, list | tuple) else [data]) if f]
        if len(files) > services.MAX_EVIDENCE_FILES:
            raise forms.ValidationError(
                _("Send at most %(n)s files.") % {"n": services.MAX_EVIDENCE_FILES}
            )
        cleaned = []
        for upload in files:
            if upload.size is not None and upload.size > services.MAX_EVIDENCE_BYTES:
                raise forms.ValidationError(_("%(name)s: larger than %(mb)s MB.") % {
                    "name": upload.name, "mb": services.MAX_EVIDENCE_BYTES // 2**20})  # fmt: skip
            cleaned.append(super().clean(upload, initial))
        return cleaned


class WorkerIntakeForm(IntakeForm):
    """The worker's one form: finding the workplace ("Find" sends it all back to the server,
    which keeps everything typed) and telling the story, with up to three files."""

    find = forms.CharField(
        label=_("Find your workplace (any language)"), max_length=200, required=False
    )
    evidence = EvidenceField(
        label=_("Add photos, PDFs or voice recordings (up to 3, optional)"), required=False,
        help_text=_("A photo of a pay slip, a document or a voice note. Each at most 10 MB."),
    )  # fmt: skip

    def evidence_files(self) -> tuple[tuple[str, str, bytes], ...]:
        """(name, declared type, bytes) of each file sent, for ``Intake.evidence``."""
        files: list[UploadedFile] = self.cleaned_data.get("evidence") or []
        return tuple((f.name or "", f.content_type or "", f.read()) for f in files)


class FollowForm(forms.Form):
    reference = forms.CharField(
        label=_("Case reference"), max_length=60,
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )  # fmt: skip
    secret = forms.CharField(
        label=_("Secret"), max_length=60,
        widget=forms.PasswordInput(attrs={"autocomplete": "off"}),  # not saved on a shared phone
    )  # fmt: skip


class ReplyForm(forms.Form):
    """An answer on the status page; the case comes from the session, not from the form."""

    text = forms.CharField(
        label=_("Your answer"), max_length=services.MAX_NARRATIVE, required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )  # fmt: skip
    evidence = forms.FileField(label=_("Add a photo, PDF or voice recording"), required=False)
    retaliation = forms.BooleanField(
        label=_("I am being punished because I complained"), required=False
    )


class UnionIntakeForm(forms.Form):
    """A union files for its members: the complaint, whom it is for, and the workplace search
    in the same form (a "Find" button re-renders it with everything typed kept)."""

    find = forms.CharField(label=_("Find the workplace (any language)"), required=False,
                           max_length=200)  # fmt: skip
    facility_id = forms.CharField(required=False, max_length=40)  # radio choices in the page
    facility_text = forms.CharField(
        label=_("Or describe the workplace"), max_length=500, required=False,
        help_text=_("The factory's name and town, as the members know it."),
    )  # fmt: skip
    on_behalf = forms.ChoiceField(label=_("Who is the complaint for?"), choices=OnBehalf.choices,
                                  widget=forms.RadioSelect, initial=OnBehalf.GROUP)  # fmt: skip
    group_size = forms.IntegerField(label=_("How many workers?"), required=False,
                                    min_value=2, max_value=1_000_000)  # fmt: skip
    unit = forms.CharField(
        label=_("Which department, line, shift or site?"), max_length=MAX_UNIT, required=False
    )
    member_name = forms.CharField(label=_("The member's name"), required=False,
                                  max_length=MAX_MEMBER_NAME)  # fmt: skip
    member_contact = forms.CharField(
        label=_("How to reach the member (optional)"), required=False,
        max_length=MAX_MEMBER_CONTACT,
        help_text=_("Name and contact are seen only by the person handling the case."),
    )  # fmt: skip
    narrative = forms.CharField(
        label=_("What happened?"), max_length=services.MAX_NARRATIVE,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("In the members' words. Say what happened, to whom and since when."),
    )  # fmt: skip
    categories = IntakeForm.base_fields["categories"]
    fears_retaliation = forms.BooleanField(
        label=_("The members fear they will be punished for complaining"), required=False
    )
    copy_to_union = forms.BooleanField(
        label=_("The members chose that the handler's messages also come to the union"),
        required=False,
    )

    def rights(self) -> tuple[str, ...]:
        return tuple(rights_of(self.cleaned_data.get("categories") or []))


class CaseFilterForm(forms.Form):
    """The handler's filters on the case list (GET): every field optional; a wrong value is
    named in the page's error, never silently dropped."""

    q = forms.CharField(label=_("Reference or workplace"), required=False, max_length=200)
    state = forms.ChoiceField(label=_("State"), required=False)
    right = forms.ChoiceField(label=_("Right"), required=False)
    channel = forms.ChoiceField(label=_("Channel"), required=False)
    received_from = forms.DateField(label=_("Received from"), required=False)
    received_to = forms.DateField(label=_("Received until"), required=False)
    reprisal = forms.BooleanField(label=_("Reprisal reported"), required=False)
    mine = forms.BooleanField(label=_("Assigned to me"), required=False)
    overdue = forms.BooleanField(label=_("Overdue only"), required=False)

    def __init__(self, *args: object, **kwargs: object) -> None:
        from chainrights.core.labels import label  # noqa: PLC0415
        from chainrights.core.models import Right  # noqa: PLC0415
        from chainrights.grievances.models import Channel, State  # noqa: PLC0415

        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        roots = Right.objects.filter(parent=None).values_list("code", flat=True)
        choices: dict[str, list[tuple[str, Any]]] = {
            "state": [("", _("Any state")), *State.choices],
            "right": [("", _("Any right")), *((c, label(c)) for c in roots)],
            "channel": [("", _("Any channel")), *Channel.choices],
        }
        for name, options in choices.items():
            field = self.fields[name]
            assert isinstance(field, forms.ChoiceField)
            field.choices = options

    def clean(self) -> dict[str, object]:
        cleaned = super().clean() or {}
        start, end = cleaned.get("received_from"), cleaned.get("received_to")
        if start and end and start > end:
            self.add_error("received_to", _("The end of the period comes before its start."))
        return cleaned
