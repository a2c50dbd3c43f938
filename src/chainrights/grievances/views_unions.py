"""A union's pages: file for members (`/union/complain`), "Our cases" (`/union/cases`, its
JSON twin is `GET /api/v1/union/cases`) and one case (`/union/cases/<reference>`), where the
union reads what it may and answers the handler. Plain HTML forms that work with JavaScript
off; every POST that creates something redirects (post/redirect/get)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from chainrights.core import refusals
from chainrights.core.types import AuthedRequest
from chainrights.grievances import services, views, worker_session
from chainrights.grievances.forms import UnionIntakeForm
from chainrights.grievances.models import Case


def navigation(request: HttpRequest) -> dict[str, object]:
    """Context for the navigation: ``union_member`` (asked only when a page's menu shows it,
    i.e. for people signed in) links the union's pages."""
    return {"union_member": SimpleLazyObject(lambda: services.is_union_member(request.user))}


def _find_form(request: AuthedRequest) -> UnionIntakeForm:
    """The form as typed, unbound so that "Find" shows no errors for what is still empty."""
    fields = UnionIntakeForm.base_fields
    typed = {
        name: request.POST.getlist(name) if name == "categories" else request.POST.get(name)
        for name in fields
        if name in request.POST
    }
    return UnionIntakeForm(initial=typed)


def _remember(request: AuthedRequest, case: Case, secret: str) -> None:
    worker_session.remember(request, worker_session.UNION_FILED,
                            {"reference": case.reference, "secret": secret},
                            session_only=False)  # fmt: skip


def _file(request: AuthedRequest, form: UnionIntakeForm) -> Case:
    data = form.cleaned_data
    intake = services.Intake(
        narrative=data["narrative"], facility_id=data.get("facility_id", ""),
        facility_text=data.get("facility_text", ""), language=get_language() or "",
        rights=form.rights(), fears_retaliation=data["fears_retaliation"],
    )  # fmt: skip
    case, secret = services.file_for_members(request.user, services.UnionIntake(
        intake=intake, on_behalf=data["on_behalf"], member_name=data["member_name"],
        member_contact=data["member_contact"], group_size=data["group_size"],
        unit=data["unit"], copy_to_union=data["copy_to_union"],
    ))  # fmt: skip
    _remember(request, case, secret)
    return case


@never_cache
@login_required
def union_intake(request: AuthedRequest) -> HttpResponse:
    """File for members. "Find" re-renders the form with the candidate workplaces and all
    that was typed; "Send" files, then redirects to the case (``{% once %}`` in the form makes
    a re-sent form answer that redirect again, filing nothing)."""
    union = services.filing_union(request.user)
    form = UnionIntakeForm(request.POST or None)
    if request.method == "POST" and request.POST.get("action") != "send":
        form = _find_form(request)
    elif request.method == "POST" and form.is_valid():
        with refusals.onto(form):
            case = _file(request, form)
            return redirect("union-case", reference=case.reference)
    find = request.POST.get("find", "") if request.method == "POST" else ""
    context = {"form": form, "union": union, "find": find.strip()[:200],
               "found": views._find_workplace(find)}  # fmt: skip
    return render(request, "grievances/union_intake.html", context)


@login_required
def union_cases(request: AuthedRequest) -> HttpResponse:
    """The cases the union brought, newest first."""
    newest = services.union_cases(request.user)[:500]  # summarised after the cut, not before
    rows = [services.union_summary(c, request.user) for c in newest]
    return render(request, "grievances/union_cases.html", {"cases": rows})


def _filed_secret(request: AuthedRequest, reference: str) -> str:
    """The secret of the case just filed, once: taken out of the session as it is shown."""
    filed = worker_session.recall(request, worker_session.UNION_FILED)
    if not filed or filed.get("reference") != reference:
        return ""
    worker_session.forget(request, worker_session.UNION_FILED)
    return filed["secret"]


@never_cache
@login_required
def union_case(request: AuthedRequest, reference: str) -> HttpResponse:
    """One case the union brought: what it may read, and its answer to the handler."""
    case = services.union_case(request.user, reference)
    if case is None:
        raise Http404
    if request.method == "POST":
        request.refused_to = request.path  # type: ignore[attr-defined]  # an empty reply: back
        services.union_reply(case, request.user, request.POST.get("text", ""))
        messages.success(request, _("Your message was sent to the handler."))
        return redirect("union-case", reference=case.reference)
    context = {
        "view": services.union_view(case, request.user),
        "secret": _filed_secret(request, case.reference),
    }
    return render(request, "grievances/union_case.html", context)
