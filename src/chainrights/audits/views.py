"""Audit pages: the list and import, one audit with its plan (propose, progress, verify,
comment, share, attach), the audit-load dashboard, and capacity building."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import User
from django.core.exceptions import RequestDataTooBig
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from chainrights.audits import access, dashboard, formats, imports, reads, services
from chainrights.audits.forms import (
    ActionForm,
    ActivityForm,
    CommentForm,
    DocumentForm,
    ImportForm,
    StatusForm,
    VerifyForm,
)
from chainrights.audits.models import (
    Action,
    ActionComment,
    Audit,
    AuditDocument,
    AuditImport,
    CapacityActivity,
)
from chainrights.core import refusals
from chainrights.core.models import Organisation, OrganisationKind, Right
from chainrights.core.refusals import Invalid, TooLarge
from chainrights.core.services import shared_organisations
from chainrights.core.types import AnyUser, AuthedRequest
from chainrights.core.visibility import org_ids, visible
from chainrights.registry.services import facilities_of, resolve_facility, sourcing_brands
from chainrights.registry.visibility import organisations_shown_to


@require_GET
def audit_list(request: HttpRequest) -> HttpResponse:
    audits = reads.with_plans(access.visible_audits(Audit.objects.all(), request.user))
    listed = list(audits.order_by("-end_date", "-pk")[:200])
    levels = access.levels(listed, request.user)
    rows = [(a, levels[a.pk]) for a in listed]
    return render(request, "audits/list.html", {
        "rows": rows, "form": ImportForm(), "can_import": access.uploader(request.user) is not None,
    })  # fmt: skip


@login_required
@require_POST
def audit_import(request: AuthedRequest) -> HttpResponse:
    """Store the file and send the uploader to its import's progress page; the worker
    imports it (``processing.run_import``)."""
    owner = access.uploader(request.user)
    if owner is None:
        return HttpResponse(status=403)
    try:
        form = ImportForm(request.POST, request.FILES)
        valid = form.is_valid()
    except RequestDataTooBig:
        raise TooLarge(_("The file is larger than the form accepts.")) from None
    if not valid:
        messages.error(request, _("Choose a file to import."))
        return redirect("audits")
    upload = form.cleaned_data["file"]
    if upload.size > formats.MAX_BYTES:
        raise TooLarge(_("The file is larger than %(mb)d MB.") % {"mb": formats.MAX_BYTES // 2**20})
    job = imports.start_import(owner, request.user, upload.name, upload.read())
    return redirect("audit-import-detail", import_id=job.pk)


@login_required
@require_GET
def audit_import_detail(request: HttpRequest, import_id: int) -> HttpResponse:
    """An import's progress, then its outcome: the audits stored, or every problem (htmx
    polls the fragment; without JavaScript the page refreshes itself)."""
    job = get_object_or_404(visible(AuditImport.objects.all(), request.user), pk=import_id)
    audits = Audit.objects.filter(pk__in=job.audit_ids).order_by("pk")[:200]
    context = {"job": job, "problems": job.problems, "error": job.failure, "audits": audits}
    htmx = request.headers.get("HX-Request") == "true"
    template = "audits/_import_status.html" if htmx else "audits/import_detail.html"
    return render(request, template, context)


@require_GET
def audit_template(request: HttpRequest) -> HttpResponse:
    response = HttpResponse(formats.template_csv(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="audits-template.csv"'
    return response


def _visible_audit(request: HttpRequest, audit_id: int) -> Audit:
    return reads.visible_audit(request.user, audit_id)


def _evidence(audit: Audit) -> dict[int, list[Any]]:
    """Each action's evidence files, by action (names and sizes, not their bytes)."""
    files: dict[int, list[Any]] = {}
    for d in audit.documents.filter(action__isnull=False).defer("content").order_by("pk"):
        files.setdefault(d.action_id, []).append(d)
    return files


@require_GET
def audit_detail(request: HttpRequest, audit_id: int) -> HttpResponse:
    user = request.user
    audit = _visible_audit(request, audit_id)
    facility = audit.facility.survivor()
    history, levels, signals_seen = reads.facility_view(facility, user)
    level = levels[audit.pk]
    found = [s for s in signals_seen if s.audit_id in (audit.pk, None)]
    actions = {a.pk: a for f in audit.findings.all() for a in f.actions.all()}
    return render(request, "audits/detail.html", {
        "audit": audit, "facility": facility, "full": level == access.FULL,
        "signals": found, "history": history,
        "may_propose": level == access.FULL and access.may_propose(audit, user, level) is not None,
        "progress": {pk for pk, a in actions.items() if access.may_progress(a, user)},
        "verify": {pk for pk, a in actions.items() if access.may_verify(a, user, level)},
        "may_comment": access.may_comment(audit, user, level) is not None,
        "may_edit": access.may_edit(audit, user) is not None,
        "may_share_sourcing": access.may_share_with_sourcing(audit, user) is not None,
        # brands linked to the facility only by a private list are named to nobody else
        "sourcing": organisations_shown_to(sourcing_brands(facility), facility, user)
        if level == access.FULL
        else [],
        "brands": Organisation.objects.filter(kind=OrganisationKind.BRAND).order_by("name"),
        "shared_with": _shared_with(audit, facility, user) if level == access.FULL else [],
        "action_form": ActionForm(), "status_form": StatusForm(), "verify_form": VerifyForm(),
        "comment_form": CommentForm(), "document_form": DocumentForm(),
        "comments": _comments(actions.values()),
        "evidence": _evidence(audit) if level == access.FULL else {},
        "documents": audit.documents.filter(action__isnull=True).defer("content"),
        "notes": _notes(audit, request) if level == access.FULL else {},
    })  # fmt: skip


def _notes(audit: Audit, request: HttpRequest) -> dict[int, Any]:
    """What other apps add under each finding (``services.register_finding_note``)."""
    notes = {f.pk: [mark_safe(n) for n in services.finding_notes(f, request)]  # noqa: S308  (templates)
             for f in audit.findings.all()}  # fmt: skip
    return {pk: found for pk, found in notes.items() if found}


def _shared_with(audit: Audit, facility: Any, user: AnyUser) -> list[str]:
    organisations = organisations_shown_to(shared_organisations(audit), facility, user)
    return sorted(o.name for o in organisations)


def _comments(actions: Any) -> dict[int, list[Any]]:
    out: dict[int, list[Any]] = {}
    notes = ActionComment.objects.filter(action__in=list(actions)).select_related("organisation")
    for note in notes:
        out.setdefault(note.action_id, []).append(note)
    return out


def _act(request: HttpRequest, audit: Audit, anchor: str, work: Callable[[], Any],
         done: str) -> HttpResponse:  # fmt: skip
    """Run one service call for a button and go back to the audit, at the finding or action
    acted on; a refusal goes back there too, with its message, when the browser does not say
    where it came from (``core.middleware.RefusalMiddleware``)."""
    request.refused_to = reverse("audit-detail", args=[audit.pk]) + anchor  # type: ignore[attr-defined]
    work()
    messages.success(request, done)
    return _back(audit.pk, anchor)


def _back(audit_id: int, anchor: str) -> HttpResponse:
    """Back to the audit page, at the finding or action acted on."""
    return redirect(reverse("audit-detail", args=[audit_id]) + anchor)


def _full(request: HttpRequest, audit: Audit) -> None:
    if access.level(audit, request.user) != access.FULL:
        raise Http404


@login_required
@require_POST
def propose(request: HttpRequest, finding_id: int) -> HttpResponse:
    finding = reads.full_finding(request.user, finding_id)
    if access.may_propose(finding.audit, request.user) is None:
        return HttpResponse(status=403)
    form = ActionForm(request.POST)
    if not form.is_valid():
        messages.error(
            request, "; ".join(f"{k}: {' '.join(map(str, v))}" for k, v in form.errors.items())
        )
        return _back(finding.audit_id, f"#f{finding.number}")
    return _act(request, finding.audit, f"#f{finding.number}",
                lambda: services.propose_action(finding, request.user, **form.cleaned_data),
                _("Action proposed."))  # fmt: skip


def _uploaded(request: HttpRequest) -> Any:
    """The form's one file, or None when none was chosen or the request was over its limit."""
    try:
        form = DocumentForm(request.POST, request.FILES)
        return form.cleaned_data["file"] if form.is_valid() else None
    except RequestDataTooBig:
        return None


def _action(request: HttpRequest, action_id: int) -> Action:
    return reads.full_action(request.user, action_id)


@login_required
@require_POST
def action_status(request: HttpRequest, action_id: int) -> HttpResponse:
    action = _action(request, action_id)
    if access.may_progress(action, request.user) is None:
        return HttpResponse(status=403)
    form = StatusForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose the progress to record."))
        return _back(action.finding.audit_id, f"#a{action.pk}")
    data = form.cleaned_data
    return _act(request, action.finding.audit, f"#a{action.pk}",
                lambda: services.set_status(action, request.user, data["status"], data["note"]),
                _("Progress recorded."))  # fmt: skip


@login_required
@require_POST
def action_verify(request: AuthedRequest, action_id: int) -> HttpResponse:
    action = _action(request, action_id)
    form = VerifyForm(request.POST)
    if not form.is_valid():
        if access.may_verify(action, request.user) is None:
            return HttpResponse(status=403)
        messages.error(request, _("Say how you verified it and what you saw."))
        return _back(action.finding.audit_id, f"#a{action.pk}")
    data = form.cleaned_data

    def work() -> Any:
        if data["verified"]:
            return services.verify_action(action, request.user, method=data["method"],
                                          note=data["note"])  # fmt: skip
        return services.reject_verification(action, request.user, data["note"])

    return _act(request, action.finding.audit, f"#a{action.pk}", work,
                _("Verification recorded."))  # fmt: skip


@login_required
@require_POST
def action_comment(request: AuthedRequest, action_id: int) -> HttpResponse:
    action = _action(request, action_id)
    form = CommentForm(request.POST)
    text = form.cleaned_data["text"] if form.is_valid() else ""
    return _act(
        request,
        action.finding.audit,
        f"#a{action.pk}",
        lambda: services.comment(action, request.user, text),
        _("Comment added."),
    )


@login_required
@require_POST
def audit_share(request: HttpRequest, audit_id: int) -> HttpResponse:
    audit = _visible_audit(request, audit_id)
    if access.may_edit(audit, request.user) is None and (
        access.may_share_with_sourcing(audit, request.user) is None
    ):
        return HttpResponse(status=403)
    names = request.POST.getlist("organisations")
    named = list(Organisation.objects.filter(pk__in=[n for n in names if n.isdigit()]))
    sourcing = request.POST.get("sourcing_brands") == "on"
    return _act(request, audit, "#sharing",
                lambda: services.share_audit(audit, request.user, organisations=named,
                                             sourcing_brands=sourcing),
                _("Shared."))  # fmt: skip


@login_required
@require_POST
def audit_document(request: AuthedRequest, audit_id: int) -> HttpResponse:
    audit = _visible_audit(request, audit_id)
    upload = _uploaded(request)
    if upload is None:
        if access.may_edit(audit, request.user) is None:
            return HttpResponse(status=403)
        messages.error(request, _("Choose a file (at most 10 MB)."))
        return _back(audit.pk, "#documents")
    return _act(request, audit, "#documents",
                lambda: services.attach_document(audit, request.user, upload.name,
                                                 upload.read(services.MAX_DOCUMENT + 1)),
                _("Document attached."))  # fmt: skip


@login_required
@require_POST
def action_evidence(request: AuthedRequest, action_id: int) -> HttpResponse:
    action = _action(request, action_id)
    if access.may_progress(action, request.user) is None:
        return HttpResponse(status=403)
    upload = _uploaded(request)
    if upload is None:
        messages.error(request, _("Choose a file (at most 10 MB)."))
        return _back(action.finding.audit_id, f"#a{action.pk}")
    return _act(request, action.finding.audit, f"#a{action.pk}",
                lambda: services.attach_action_evidence(action, request.user, upload.name,
                                                        upload.read(services.MAX_DOCUMENT + 1)),
                _("Evidence attached."))  # fmt: skip


@require_GET
def audit_document_download(request: HttpRequest, audit_id: int, document_id: int) -> HttpResponse:
    audit = _visible_audit(request, audit_id)
    _full(request, audit)
    document = get_object_or_404(AuditDocument, audit=audit, pk=document_id)
    response = HttpResponse(bytes(document.content), content_type=document.content_type)
    response["Content-Disposition"] = f'attachment; filename="{document.pk}-{document.sha256[:8]}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response


@require_GET
def audit_load(request: HttpRequest) -> HttpResponse:
    return render(request, "audits/load.html", reads.load_overview(request.user, overdue=True))


CHOOSER_LIMIT = 500  # facilities offered to choose from; any other is typed by its ID


def _activity_form(request: HttpRequest) -> tuple[ActivityForm, list[tuple[str, str]]]:
    """The form with its choices: the taxonomy's rights in the reader's language, the open
    actions the person is party to, and the facilities their organisations run or list."""
    user = request.user
    rights = [(r.code, _(r.name)) for r in Right.objects.order_by("position")]
    mine, _theirs = dashboard.open_actions(user)
    chosen = list(mine.select_related("finding__audit__facility").order_by("deadline")[:200])
    actions = [(a.pk, f"{Truncator(a.description).chars(70)} ({a.finding.audit.facility.name})")
               for a in chosen]  # fmt: skip
    orgs = org_ids(user)
    found = facilities_of(orgs)[:CHOOSER_LIMIT] if orgs else []
    form = ActivityForm(request.POST or None, rights=rights, actions=actions)
    return form, [(f.public_id, f"{f.name} · {f.country}") for f in found]


def capacity(request: HttpRequest) -> HttpResponse:
    form, facilities = _activity_form(request)
    may_record = access.uploader(request.user) is not None
    if request.method == "POST":
        if not may_record or not request.user.is_authenticated:
            return HttpResponse(status=403)
        if form.is_valid():
            with refusals.onto(form):
                _record_activity(request.user, form.cleaned_data)
                messages.success(request, _("Recorded."))
                return redirect("capacity")
    activities = visible(CapacityActivity.objects.select_related("facility", "owner_org"),
                         request.user).prefetch_related("actions", "meetings")[:200]  # fmt: skip
    return render(request, "audits/capacity.html", {"activities": activities, "form": form,
                                                     "may_record": may_record,
                                                     "facility_choices": facilities})  # fmt: skip


def _record_activity(user: User, data: dict[str, Any]) -> None:
    """The form's activity, tied to the actions named that the person sees in full."""
    facility = resolve_facility(data["facility_id"])
    if facility is None:
        raise Invalid(_("No facility has this ID."), field="facility_id")
    chosen = list(Action.objects.filter(pk__in=data["actions"]).select_related("finding__audit"))
    seen = access.levels({a.finding.audit for a in chosen}, user)
    services.record_activity(
        facility, user, kind=data["kind"], title=data["title"],
        rights=list(data["rights"]),
        provider=data["provider"], start_date=data["start_date"], end_date=data["end_date"],
        actions=[a for a in chosen if seen[a.finding.audit_id] == access.FULL],
        participants=[
            {"role": "workers", "women": data["workers_women"], "men": data["workers_men"],
             "other": 0},
            {"role": "managers", "women": 0, "men": 0, "other": data["managers"]},
        ],
    )  # fmt: skip
