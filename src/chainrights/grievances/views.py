"""Grievance pages: the public intake and follow-up (no account, JavaScript optional) and the
handlers' and brands' case pages."""

from __future__ import annotations

import csv
from collections.abc import Callable
from datetime import date
from functools import wraps
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django_ratelimit.exceptions import Ratelimited

from chainrights.core import refusals, totp
from chainrights.core.ratelimit import limited, rate_limit
from chainrights.core.types import AuthedRequest
from chainrights.core.visibility import is_operator, visible
from chainrights.grievances import hooks, reads, services, worker_session
from chainrights.grievances.forms import (
    CaseFilterForm,
    FollowForm,
    IntakeForm,
    ReplyForm,
    WorkerIntakeForm,
)
from chainrights.grievances.models import Case, Channel, Escalation, PublicReport, State
from chainrights.registry.services import may_know, workplace_candidates

REPORT_FIELDS = ("alleged", "found", "agreed", "verified")


SEE_OTHER = 303  # after a POST: the browser GETs the next page, so a reload re-sends nothing


def worker_page(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """A page a worker sees (intake, confirmation, follow-up, status, procedure): never
    stored (``Cache-Control: no-store``, so not in the back/forward cache either), and its
    session and CSRF cookies end with the browser session
    (``core.middleware.SessionOnlyCookiesMiddleware``): phones are often shared."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        response = view(request, *args, **kwargs)
        response.session_only_cookies = True  # type: ignore[attr-defined]
        return response

    return never_cache(wrapped)


def _worker(
    request: HttpRequest, template: str, context: dict[str, Any], status: int = 200
) -> HttpResponse:
    """A worker page, with the quick-exit control's neutral destination."""
    context = {"quick_exit_url": settings.QUICK_EXIT_URL} | context
    return render(request, template, context, status=status)


def _see_other(name: str) -> HttpResponse:
    return HttpResponseRedirect(reverse(name), status=SEE_OTHER)


@worker_page
def intake(request: HttpRequest) -> HttpResponse:
    """The one complaint form. "Find" sends it all and comes back with the candidate
    workplaces and everything typed kept (no JavaScript needed); "Send" files it and goes on
    to the confirmation page. The client address is used for the rate limit only."""
    if request.method != "POST":
        find = request.GET.get("find", "")[:200]
        return _intake_page(request, WorkerIntakeForm(initial={"find": find}), find)
    form = WorkerIntakeForm(request.POST, request.FILES)
    if request.POST.get("action") == "find":
        return _intake_page(request, form, request.POST.get("find", ""), finding=True)
    if limited(request, "intake", settings.RATE_LIMIT_INTAKE):  # filing counts, finding not
        raise Ratelimited()
    outcome = refusals.Outcome()
    if form.is_valid():
        with refusals.onto(form) as outcome:
            case, secret = services.file_grievance(_intake_of(form))
            worker_session.remember(request, worker_session.FILED, {
                "reference": case.reference, "secret": secret,
                "due_at": case.due_at.date().isoformat() if case.due_at else "",
                "files": str(case.evidence.count()),
            })  # fmt: skip
            return _see_other("grievance-filed")
    return _intake_page(request, form, form.data.get("find", ""), status=outcome.status)


def _intake_page(
    request: HttpRequest,
    form: WorkerIntakeForm,
    find: str,
    *,
    finding: bool = False,
    status: int = 200,
) -> HttpResponse:
    find = find.strip()[:200]
    context = {
        "form": form, "find": find, "found": _find_workplace(find), "finding": finding,
        "check": form.is_bound and not finding,  # no errors shown for a search
        "chosen": form.data.get("facility_id", "") if form.is_bound else "",
        "files_dropped": finding and bool(request.FILES),
        "evidence_inputs": range(1, services.MAX_EVIDENCE_FILES + 1),
    }  # fmt: skip
    return _worker(request, "grievances/intake.html", context, status=status)


def _intake_of(form: WorkerIntakeForm) -> services.Intake:
    data = form.cleaned_data
    narrative = data["narrative"]
    if data.get("when"):
        narrative += "\n\n" + _("When") + ": " + data["when"]
    return services.Intake(
        narrative=narrative, facility_id=data.get("facility_id", ""),
        facility_text=data.get("facility_text", ""), language=get_language() or "",
        channel="web", rights=form.rights(), workers_affected=data["workers_affected"],
        fears_retaliation=data["fears_retaliation"], contact=data.get("contact", ""),
        evidence=form.evidence_files(),
    )  # fmt: skip


def _find_workplace(text: str) -> list[Any]:
    """Facilities whose names and towns match what the worker typed, in any script and with
    slips, best first (a plain GET: the search works with JavaScript off)."""
    text = text.strip()[:200]
    if len(text) < 3:
        return []
    return workplace_candidates(text, limit=8)


@worker_page
def filed(request: HttpRequest) -> HttpResponse:
    """The reference and secret of the complaint just filed, from the session (never a URL):
    a reload shows them again and files nothing. "I have written it down" forgets them."""
    kept = worker_session.recall(request, worker_session.FILED)
    if request.method == "POST" or kept is None:
        worker_session.forget(request, worker_session.FILED)
        messages.info(request, _("The secret is no longer shown on this phone. Follow your "
                                 "case with the reference and secret you wrote down."))  # fmt: skip
        return _see_other("grievance-follow")
    due = date.fromisoformat(kept["due_at"]) if kept.get("due_at") else None
    context = {"reference": kept["reference"], "secret": kept["secret"], "due_at": due,
               "files": kept.get("files", "0")}  # fmt: skip
    return _worker(request, "grievances/filed.html", context)


@worker_page
@rate_limit("case-status", "RATE_LIMIT_CASE_STATUS")
def follow(request: HttpRequest) -> HttpResponse:
    """Reference + secret open the case: kept in the session, the status page follows."""
    if request.method != "POST":
        return _worker(request, "grievances/follow.html", {"form": FollowForm()})
    form = FollowForm(request.POST)
    case = None
    if form.is_valid():
        case = services.find_case(form.cleaned_data["reference"], form.cleaned_data["secret"])
    if case is None:
        retry = FollowForm(initial={"reference": request.POST.get("reference", "")[:60]})
        return _worker(request, "grievances/follow.html", {"form": retry, "not_found": True},
                       status=404)  # fmt: skip
    secret = services.normalise_secret(form.cleaned_data["secret"])
    worker_session.remember(request, worker_session.OPENED,
                            {"reference": case.reference, "secret": secret})  # fmt: skip
    return _see_other("grievance-status")


def _opened_case(request: HttpRequest) -> Case | None:
    kept = worker_session.recall(request, worker_session.OPENED)
    return services.find_case(kept["reference"], kept["secret"]) if kept else None


@worker_page
@rate_limit("case-status", "RATE_LIMIT_CASE_STATUS")
def status(request: HttpRequest) -> HttpResponse:
    """The case the worker opened (from the session): its steps and messages; an answer,
    evidence or a rating goes back here by redirect, so a reload sends nothing twice."""
    case = _opened_case(request)
    if case is None or request.POST.get("action") == "close":
        worker_session.forget(request, worker_session.OPENED)
        return _see_other("grievance-follow")
    if request.POST.get("action") == "identity":  # the choice about an inspectorate
        services.set_identity_consent(case, request.POST.get("identity") == "share")
        messages.success(request, _("Your choice is saved. You can change it at any time."))
        return _see_other("grievance-status")
    form = ReplyForm(request.POST or None, request.FILES or None)
    outcome = refusals.Outcome()
    if request.method == "POST" and form.is_valid():
        with refusals.onto(form) as outcome:
            _answer(request, case, form)
            return _see_other("grievance-status")
    context = {"view": services.complainant_view(case), "form": form,
               "sections": hooks.status_sections(case)}  # fmt: skip
    return _worker(request, "grievances/status.html", context, status=outcome.status)


def _answer(request: HttpRequest, case: Case, form: ReplyForm) -> None:
    """A rating of the outcome, and an answer with evidence or a report of reprisal."""
    data = form.cleaned_data
    rating = request.POST.get("satisfaction", "")
    if rating.isdigit():
        services.rate_outcome(case, int(rating), reopen=request.POST.get("reopen") == "1")
        messages.success(request, _("Thank you for telling us."))
    upload = data.get("evidence")
    if data.get("text") or upload or data.get("retaliation") or not rating.isdigit():
        evidence = [(upload.name, upload.content_type, upload.read())] if upload else []
        services.complainant_reply(case, data.get("text", ""), evidence=evidence,
                                   retaliation=data.get("retaliation", False))  # fmt: skip
        messages.success(request, _("Thank you. Your answer was sent to the handler."))


def _needs_second_factor(request: HttpRequest) -> HttpResponse | None:
    """Operator staff see complainants' words and may open their identity: only after a
    two-factor sign-in (TOTP). Others are sent to enrol or to sign in again with a code."""
    if is_operator(request.user) and not request.user.is_verified():  # type: ignore[union-attr]
        messages.info(request, _("Handling cases needs a two-factor sign-in."))
        return totp.enrol_first(request)
    return None


CASES_PER_PAGE = 100


@login_required
def cases(request: HttpRequest) -> HttpResponse:
    refused = _needs_second_factor(request)
    if refused:
        return refused
    visible_cases = Case.objects.select_related("facility").visible_to(request.user)
    staff = is_operator(request.user)
    chosen = CaseFilterForm(request.GET or None)
    filtering = chosen.is_bound and chosen.is_valid() and any(chosen.cleaned_data.values())
    found = (services.filter_cases(visible_cases, chosen.cleaned_data, request.user)
             if filtering else visible_cases.queue())  # fmt: skip
    page = Paginator(found, CASES_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "grievances/cases.html", {
        "cases": page, "page": page, "filters": chosen, "filtering": filtering,
        "query": _without_page(request), "overdue": visible_cases.overdue()[:50],
        "can_record": staff,
        "check_ins": visible_cases.check_ins_due() if staff else [],
    })  # fmt: skip


def _without_page(request: HttpRequest) -> str:
    """The filters of this request as a query string, for the other pages' links."""
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()


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
        "sections": hooks.case_sections(case, request.user, handler),
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
            # Post/redirect/get: the secret waits, encrypted, in the session for one showing.
            worker_session.remember(request, worker_session.STAFF_FILED,
                                    {"reference": case.reference, "secret": secret},
                                    session_only=False)  # fmt: skip
            return redirect("case-filed")
    channels = [(k, v) for k, v in Channel.choices if k not in ("web", "api")]
    return render(request, "grievances/staff_intake.html", {"form": form, "channels": channels})


@never_cache
@login_required
def staff_filed(request: HttpRequest) -> HttpResponse:
    """The complaint staff just recorded: read the reference and secret out to the complainant
    now. Shown once: the session gives the secret up here, so a reload goes to the case."""
    if not is_operator(request.user):
        return HttpResponse(status=403)
    kept = worker_session.recall(request, worker_session.STAFF_FILED)
    worker_session.forget(request, worker_session.STAFF_FILED)
    if kept is None:
        return redirect("cases")
    case = get_object_or_404(visible(Case.objects.all(), request.user), reference=kept["reference"])
    return render(request, "grievances/filed.html", {
        "reference": case.reference, "secret": kept["secret"], "due_at": case.due_at,
        "staff": True,
    })  # fmt: skip


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


@worker_page
def procedure(request: HttpRequest) -> HttpResponse:
    """The public rules of procedure (LkSG §8): who handles complaints, the steps and their
    deadlines, confidentiality, protection from reprisal, escalation and record keeping."""
    operator = services.receiving_operator()
    policy = services.deadline_policy(operator) if operator else None
    return _worker(request, "grievances/procedure.html", {"operator": operator, "policy": policy})
