"""Codes of conduct pages: the list and import, a code clause by clause with its gaps, the
printable promise card, and codes side by side."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.models import User
from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from chainrights.codes import services
from chainrights.codes.models import (
    AUDIENCES,
    SCOPES,
    Binding,
    Code,
    CodeKind,
    Level,
    OnBreach,
    Verification,
)
from chainrights.core import refusals
from chainrights.core.models import Membership, Organisation, Right, Role
from chainrights.core.visibility import can_edit, visible


class ImportForm(forms.Form):
    name = forms.CharField(label=gettext_lazy("Name of the code"), max_length=200)
    kind = forms.ChoiceField(label=gettext_lazy("Kind"), choices=CodeKind.choices)
    version = forms.CharField(label=gettext_lazy("Version"), max_length=40, required=False)
    adopted_on = forms.DateField(
        label=gettext_lazy("Adopted on"), required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )  # fmt: skip
    source_url = forms.URLField(
        label=gettext_lazy("Where it is published"), required=False, assume_scheme="https"
    )
    text = forms.CharField(
        label=gettext_lazy("Paste the code"), required=False,
        widget=forms.Textarea(attrs={"rows": 10}),
    )  # fmt: skip
    file = forms.FileField(label=gettext_lazy("…or upload it (PDF, HTML, text)"), required=False)


def _importer(user: User) -> Organisation | None:
    membership = (
        Membership.objects.filter(user=user, role__in=[Role.ADMIN, Role.EDITOR])
        .exclude(organisation__kind="union")
        .select_related("organisation")
        .first()
    )
    return membership.organisation if membership else None


def code_list(request: HttpRequest) -> HttpResponse:
    user = request.user if request.user.is_authenticated else None
    owner = _importer(user) if user else None
    form = ImportForm()
    if request.method == "POST":
        if user is None or owner is None:
            return HttpResponse(status=403)
        try:
            form = ImportForm(request.POST, request.FILES)
        except RequestDataTooBig:
            too_big = _(
                "The pasted text is larger than the form accepts (%(mb)s MB): paste the code "
                "itself, or upload it as a file."
            ) % {"mb": settings.DATA_UPLOAD_MAX_MEMORY_SIZE // 2**20}
            context = {"codes": [], "form": ImportForm(), "can_import": True, "too_big": too_big}
            return render(request, "codes/list.html", context, status=413)
        if form.is_valid():
            data = form.cleaned_data
            with refusals.onto(form):
                text, raw, filename = data["text"], None, ""
                if data.get("file"):
                    upload = data["file"]
                    raw, filename = upload.read(), upload.name
                    text = services.text_of_upload(filename, raw)
                code = services.import_code(
                    owner=owner, user=user, name=data["name"], text=text,
                    kind=data["kind"], version=data["version"], source_url=data["source_url"],
                    adopted_on=data["adopted_on"], source_file=raw, source_filename=filename,
                )  # fmt: skip
                messages.success(request, _("Imported: confirm or correct each clause below."))
                return redirect("code-detail", code_id=code.pk)
    codes = visible(Code.objects.select_related("owner_org"), request.user).order_by("name")
    return render(request, "codes/list.html", {"codes": codes, "form": form,
                                                "can_import": owner is not None})  # fmt: skip


def code_detail(request: HttpRequest, code_id: int) -> HttpResponse:
    code = get_object_or_404(visible(Code.objects.select_related("owner_org"), request.user),
                             pk=code_id)  # fmt: skip
    editor = can_edit(code, request.user)
    if request.method == "POST":
        if not editor or not request.user.is_authenticated:  # (an editor is signed in)
            return HttpResponse(status=403)
        commitment = get_object_or_404(code.commitments, number=request.POST.get("number"))
        fields = {
            "rights": [r for r in request.POST.getlist("rights") if r],
            "level": request.POST.get("level", ""), "on_breach": request.POST.get("on_breach", ""),
            "binding": request.POST.get("binding", ""),
            "verification": request.POST.get("verification", ""),
            "to_whom": request.POST.getlist("to_whom"), "scope": request.POST.getlist("scope"),
        }  # fmt: skip
        services.confirm(commitment, request.user, **fields)  # a refusal: RefusalMiddleware
        messages.success(request, _("Clause %(n)s confirmed.") % {"n": commitment.number})
        return redirect(f"{request.path}#clause-{commitment.number}")
    return render(request, "codes/detail.html", {
        "code": code, "commitments": code.commitments.all(), "gaps": services.gaps(code),
        "editor": editor, "rights": Right.objects.order_by("code"),
        "levels": Level.choices, "breaches": OnBreach.choices, "bindings": Binding.choices,
        "verifications": Verification.choices, "audiences": AUDIENCES, "scopes": SCOPES,
    })  # fmt: skip


def promise_card(request: HttpRequest, code_id: int) -> HttpResponse:
    code = get_object_or_404(visible(Code.objects.select_related("owner_org"), request.user),
                             pk=code_id)  # fmt: skip
    return render(request, "codes/card.html", {"code": code, "card": services.promise_card(code),
                                                "gaps": services.gaps(code)})  # fmt: skip


def compare(request: HttpRequest) -> HttpResponse:
    ids = [int(i) for i in request.GET.getlist("code") if i.isdigit()][:5]
    codes = list(visible(Code.objects.select_related("owner_org"), request.user).filter(pk__in=ids))
    table = services.compare(codes)
    choices = visible(Code.objects.all(), request.user).order_by("name")
    return render(request, "codes/compare.html", {"codes": codes, "table": table,
                                                   "choices": choices, "chosen": ids})  # fmt: skip
