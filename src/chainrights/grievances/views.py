"""Grievance pages: the public intake and follow-up (no account, JavaScript optional) and the
handlers' and brands' case pages."""

from __future__ import annotations

import csv
from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from chainrights.core import refusals
from chainrights.core.ratelimit import rate_limit
from chainrights.core.types import AuthedRequest
from chainrights.core.visibility import is_operator, visible
from chainrights.grievances import reads, services
from chainrights.grievances.forms import FollowForm, IntakeForm, ReplyForm
from chainrights.grievances.models import Case, Channel, Escalation, PublicReport, State
from chainrights.registry.services import may_know, workplace_candidates

REPORT_FIELDS = ("alleged", "found", "agreed", "verified")


@never_cache
@rate_limit("intake", "RATE_LIMIT_INTAKE")
def intake(request: HttpRequest) -> HttpResponse:
    """The complaint form. The client address is used for the rate limit only, never stored."""
    form = IntakeForm(request.POST or None)
    found = _find_workplace(request.GET.get("find", ""))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        narrative = data["narrative"]
        if data.get("when"):
            narrative += "\n\n" + _("When") + ": " + data["when"]
        with refusals.onto(form):
            case, secret = services.file_grievance(services.Intake(
                narrative=narrative, facility_id=data.get("facility_id", ""),
                facility_text=data.get("facility_text", ""), language=get_language() or "",
                channel="web", rights=form.rights(), workers_affected=data["workers_affected"],
                fears_retaliation=data["fears_retaliation"], contact=data.get("contact", ""),
            ))  # fmt: skip
            # Shown once, on this response only; never put in a URL or a cookie.
            return render(request, "grievances/filed.html", {"case": case, "secret": secret})
    context = {"form": form, "found": found, "find": request.GET.get("find", "")[:200]}
    return render(request, "grievances/intake.html", context)


def _find_workplace(text: str) -> list[Any]:
    """Facilities whose names and towns match what the worker typed, in any script and with
    slips, best first (a plain GET: the search works with JavaScript off)."""
    text = text.strip()[:200]
    if len(text) < 3:
        return []
    return workplace_candidates(text, limit=8)


@never_cache
@rate_limit("case-status", "RATE_LIMIT_CASE_STATUS")
def follow(request: HttpRequest) -> HttpResponse:
    """Reference + secret show the case; the complainant may answer or add evidence."""
    if request.method != "POST":
        return render(request, "grievances/follow.html", {"form": FollowForm()})
    form = ReplyForm(request.POST, request.FILES)
    case = None
    if form.is_valid():
        case = services.find_case(form.cleaned_data["reference"], form.cleaned_data["secret"])
    if case is None:
        form = ReplyForm(initial={})
        return render(request, "grievances/follow.html",
                      {"form": FollowForm(), "not_found": True}, status=404)  # fmt: skip
    data = form.cleaned_data
    rating = request.POST.get("satisfaction", "")
    if rating.isdigit():
        with refusals.onto(form):
            services.rate_outcome(case, int(rating), reopen=request.POST.get("reopen") == "1")
            messages.success(request, _("Thank you for telling us."))
    upload = data.get("evidence")
    if data.get("text") or upload or data.get("retaliation"):
        evidence = []
        if upload is not None:
            evidence.append((upload.name, upload.content_type, upload.read()))
        with refusals.onto(form):
            services.complainant_reply(case, data.get("text", ""), evidence=evidence,
                                       retaliation=data.get("retaliation", False))  # fmt: skip
            messages.success(request, _("Thank you. Your answer was sent to the handler."))
    reply = ReplyForm(initial={"reference": case.reference, "secret": data["secret"]})
    context = {"view": services.complainant_view(case), "form": reply, "errors": form.errors}
    return render(request, "grievances/status.html", context)


def _needs_second_factor(request: HttpRequest) -> HttpResponse | None:
    """Operator staff see complainants' words and may open their identity: only after a
    two-factor sign-in (TOTP). Others are sent to enrol or to sign in again with a code."""
    if is_operator(request.user) and not request.user.is_verified():  # type: ignore[union-attr]
        messages.info(request, _("Handling cases needs a two-factor sign-in."))
        return redirect("two-factor")
    return None


@login_required
def cases(request: HttpRequest) -> HttpResponse:
    refused = _needs_second_factor(request)
    if refused:
        return refused
    visible_cases = Case.objects.select_related("facility").visible_to(request.user)
    staff = is_operator(request.user)
    return render(request, "grievances/cases.html", {
        "cases": visible_cases.queue()[:200], "overdue": visible_cases.overdue()[:50],
        "can_record": staff,
        "check_ins": visible_cases.check_ins_due() if staff else [],
    })  # fmt: skip


def _move(request: AuthedRequest, case: Case) -> str:
    services.transition_case(case, request.user, request.POST.get("to", ""),
                             request.POST.get("reason", ""),
                             escalation=request.POST.get("escalation", ""))  # fmt: skip
    return _("The case moved on; the complainant sees why.")


def _message(request: AuthedRequest, case: Case) -> str:
    internal = request.POST.get("internal") == "1"
    services.message_complainant(case, request.user, request.POST.get("text", ""),
                                 internal=internal)  # fmt: skip
    return _("Message saved.")


def _link(request: AuthedRequest, case: Case) -> str:
    chosen = [v for v in request.POST.getlist("facility_id") if v.strip()]
    services.link_facility(case, request.user, chosen[-1] if chosen else "")
    return _("The workplace is linked to the registry.")


def _share_supplier(request: AuthedRequest, case: Case) -> str:
    supplier = services.share_with_supplier(case, request.user, request.POST.get("reason", ""))
    return _("Shared with %(org)s.") % {"org": supplier.name}


def _rights(request: AuthedRequest, case: Case) -> str:
    services.confirm_rights(case, request.user, request.POST.getlist("rights"))
    return _("The rights are confirmed.")


def _report(request: AuthedRequest, case: Case) -> str:
    texts = {k: request.POST.get(k, "") for k in REPORT_FIELDS}
    publish = request.POST.get("publish") == "1"
    services.write_public_report(case, request.user, **texts, publish=publish)
    return _("The public report is saved.")


# the handler's buttons on a case page: action → the step, which answers the success message
HANDLER_ACTIONS: dict[str, Callable[[AuthedRequest, Case], str]] = {
    "move": _move,
    "message": _message,
    "link": _link,
    "share_supplier": _share_supplier,
    "rights": _rights,
    "report": _report,
}


def _respond(request: AuthedRequest, case: Case) -> HttpResponse:
    services.record_brand_response(case, request.user, request.POST.get("response", ""),
                                   commitment=request.POST.get("commitment", ""),
                                   joint_with=request.POST.getlist("joint_with"))  # fmt: skip
    messages.success(request, _("Your response is recorded; the operator sees it."))
    return redirect("case-detail", reference=case.reference)


def _detail(request: HttpRequest, case: Case, handler: bool, **extra: Any) -> HttpResponse:
    context = {
        "case": case,
        "handler": handler,
        "contact": None,
        "next_states": services.TRANSITIONS.get(case.state, ()),
        "state_labels": dict(State.choices),
        "escalations": Escalation.choices,
        "thread": case.messages.order_by("created_at", "pk") if handler else case.messages.none(),
        "steps": case.transitions.order_by("created_at", "pk"),
        "brands": services.brands_shown_to(case, request.user),
        "responses": services.responses_shown_to(case, request.user),
        "report": getattr(case, "public_report", None),
        "closed": case.state in services.RATEABLE,
        "rights_choices": sorted(set(case.rights) | set(case.suggested_rights)),
        "candidates": services.facility_candidates(case) if handler else [],
    } | extra
    return render(request, "grievances/case_detail.html", context)


@login_required
def case_detail(request: AuthedRequest, reference: str) -> HttpResponse:
    """A case for its handlers and the brands it is shared with; a refused step goes back to
    the page with its message (``core.middleware.RefusalMiddleware``)."""
    refused = _needs_second_factor(request)
    if refused:
        return refused
    case = get_object_or_404(
        visible(Case.objects.select_related("facility"), request.user),
        reference=services.normalise_code(reference),
    )
    handler = services.may_handle(case, request.user)
    responder = services.responding_brand(case, request.user)
    if request.method == "POST":
        return _act(request, case, handler, responder)
    return _detail(request, case, handler, responder=responder)


def _act(request: AuthedRequest, case: Case, handler: bool, responder: Any) -> HttpResponse:
    """A button on the case page: the brand's response, or one of the handler's steps."""
    action = request.POST.get("action", "")
    if action == "respond":
        return _respond(request, case) if responder is not None else HttpResponse(status=403)
    if not handler:
        return HttpResponse(status=403)
    if action == "reveal":
        contact = services.reveal_contact(case, request.user, request.POST.get("reason", ""))
        return _detail(request, case, handler, responder=responder, contact=contact)
    step = HANDLER_ACTIONS.get(action)
    if step is not None:
        messages.success(request, step(request, case))
    return redirect("case-detail", reference=case.reference)


@login_required
def staff_intake(request: HttpRequest) -> HttpResponse:
    """Operator staff record a complaint received by phone, in person or through a union."""
    if not is_operator(request.user):
        return HttpResponse(status=403)
    refused = _needs_second_factor(request)
    if refused:
        return refused
    form = IntakeForm(request.POST or None)
    channel = request.POST.get("channel", "phone")
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        with refusals.onto(form):
            case, secret = services.file_grievance(services.Intake(
                narrative=data["narrative"], facility_id=data.get("facility_id", ""),
                facility_text=data.get("facility_text", ""),
                language=request.POST.get("language", "")[:12], channel=channel,
                rights=form.rights(), workers_affected=data["workers_affected"],
                fears_retaliation=data["fears_retaliation"], contact=data.get("contact", ""),
            ), received_by=request.user)  # fmt: skip
            # Read the reference and secret out to the complainant now; neither is shown again.
            return render(request, "grievances/filed.html", {"case": case, "secret": secret,
                                                              "staff": True})  # fmt: skip
    channels = [(k, v) for k, v in Channel.choices if k not in ("web", "api")]
    return render(request, "grievances/staff_intake.html", {"form": form, "channels": channels})


def public_reports(request: HttpRequest) -> HttpResponse:
    """Anonymised reports of closed cases and the statistics, for everyone."""
    reports = (
        PublicReport.objects.filter(published_at__isnull=False)
        .select_related("case__facility")
        .order_by("-published_at")[:100]
    )
    facilities = {r.case.facility_id: r.case.facility for r in reports if r.case.facility}
    nameable = {pk for pk, f in facilities.items() if may_know(f, None)}  # public ones only
    return render(request, "grievances/reports.html", {
        "reports": reports, "stats": reads.public_statistics(), "nameable": nameable,
    })  # fmt: skip


@login_required
def effectiveness(request: HttpRequest) -> HttpResponse:
    """The operator's effectiveness dashboard (UNGP 31) and the yearly review, exportable."""
    if not is_operator(request.user):
        return HttpResponse(status=403)
    year_text = request.GET.get("year", "")
    year = int(year_text) if year_text.isdigit() and 2000 <= int(year_text) <= 2100 else None
    year = year or timezone.now().year
    report = reads.effectiveness(year, visible(Case.objects.all(), request.user))
    if request.GET.get("format") == "csv":
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="grievance-review-{year}.csv"'
        writer = csv.writer(response)
        writer.writerow(["criterion", "measure", "value"])
        writer.writerows(reads.review_rows(report))
        return response
    return render(request, "grievances/effectiveness.html", {"report": report, "year": year})


def procedure(request: HttpRequest) -> HttpResponse:
    """The public rules of procedure (LkSG §8): who handles complaints, the steps and their
    deadlines, confidentiality, protection from reprisal, escalation and record keeping."""
    operator = services.receiving_operator()
    policy = services.deadline_policy(operator) if operator else None
    return render(request, "grievances/procedure.html", {"operator": operator, "policy": policy})
