"""Pages of referrals and inspections: the inspectorate's inbox and referral page, the
handler's referral of a case, inspection records (list, detail, form, import, template) and
the operator's default visibility per country. Every page has its twin in
``api_inspections``; refusals land on the form (``refusals.onto``) or go back to the page."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from chainrights.core import refusals, totp
from chainrights.core.models import Right, Visibility
from chainrights.core.types import AuthedRequest
from chainrights.core.visibility import is_operator
from chainrights.grievances import services as grievances
from chainrights.states import access, services
from chainrights.states import imports_inspections as imports
from chainrights.states.forms_inspections import ImportForm, InspectionForm
from chainrights.states.models import Trigger


def _unverified_staff(request: AuthedRequest) -> bool:
    """Operator staff act on cases only after a two-factor sign-in (as on the case page)."""
    return is_operator(request.user) and not request.user.is_verified()  # type: ignore[attr-defined]


def _int(value: str) -> int | None:
    return int(value) if value.strip().isdigit() and len(value) < 12 else None


def _dated(value: str) -> Any:
    try:
        return date.fromisoformat(value.strip()[:10]) if value.strip() else None
    except ValueError:
        raise refusals.Invalid(_("not a date (YYYY-MM-DD): %(v)s") % {"v": value[:20]},
                               field="period") from None  # fmt: skip


def inspections(request: HttpRequest) -> HttpResponse:
    """Inspection records the viewer may see, newest first (JSON: ``GET /api/v1/inspections``)."""
    rows = services.inspections_for(request.user)
    country = request.GET.get("country", "").upper()[:2]
    if country:
        rows = rows.filter(facility__country=country)
    return render(request, "states/inspections/list.html", {
        "inspections": services.inspection_views(rows[:200], request.user),
        "country": country,
        "may_record": access.inspectorate_of(request.user, editing=True) is not None,
        "operator": is_operator(request.user),
    })  # fmt: skip


def inspection_detail(request: HttpRequest, inspection_id: int) -> HttpResponse:
    found = services.inspection_for(inspection_id, request.user)
    if found is None:
        raise Http404
    return render(request, "states/inspections/detail.html",
                  {"inspection": services.inspection_view(found, request.user)})  # fmt: skip


def _right_choices() -> list[tuple[str, str]]:
    return [(r.code, r.name) for r in Right.objects.order_by("position")]


@login_required
def inspection_new(request: AuthedRequest) -> HttpResponse:
    """An inspectorate's editor records an inspection; from a referral, its facility and
    trigger are filled in, and the referral moves on when the record is saved."""
    if access.inspectorate_of(request.user, editing=True) is None:
        raise Http404
    referral = None
    if wanted := _int(request.GET.get("referral", "") or request.POST.get("referral", "")):
        referral = services.referral_for(wanted, request.user)
        if referral is None or not access.is_addressee(referral, request.user):
            raise Http404
    initial: dict[str, Any] = {"trigger": Trigger.ROUTINE}
    if referral is not None:
        initial = {
            "trigger": Trigger.REFERRAL,
            "facility_id": referral.facility.public_id if referral.facility else "",
        }
    form = InspectionForm(request.POST or None, initial=initial, rights=_right_choices())
    outcome = refusals.Outcome()
    if request.method == "POST" and form.is_valid():
        with refusals.onto(form) as outcome:
            inspection = services.record_inspection(request.user, form.raw(), referral)
            messages.success(request, _("The inspection is recorded."))
            if referral is not None:
                return redirect("referral-detail", referral_id=referral.pk)
            return redirect("inspection-detail", inspection_id=inspection.pk)
    return render(request, "states/inspections/new.html",
                  {"form": form, "referral": referral}, status=outcome.status)  # fmt: skip


@login_required
def inspection_import(request: AuthedRequest) -> HttpResponse:
    """An inspectorate's editor uploads inspections: all stored, or none and every problem."""
    if access.inspectorate_of(request.user, editing=True) is None:
        raise Http404
    form = ImportForm(request.POST or None, request.FILES or None)
    outcome = refusals.Outcome()
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        with refusals.onto(form) as outcome:
            ids = services.import_inspections(request.user, upload.name or "inspections.csv",
                                              upload.read())  # fmt: skip
            messages.success(request, _("%(n)d inspections imported.") % {"n": len(ids)})
            return redirect("inspections")
    return render(request, "states/inspections/import.html", {"form": form},
                  status=outcome.status)  # fmt: skip


def inspection_template(request: HttpRequest) -> HttpResponse:
    return imports.template_response(request.GET.get("format", "csv"))


# the two visibilities an operator may make the default, named, in this order (not a slice
# of ``Visibility``, whose order is no promise)
CHOICES = (
    (Visibility.PUBLIC, gettext_lazy("Public summary")),
    (Visibility.PRIVATE, gettext_lazy("Only our inspectorate and the operator")),
)


@login_required
def inspection_defaults(request: AuthedRequest) -> HttpResponse:
    """Operator staff: the default visibility of new inspection records per country."""
    if not is_operator(request.user):
        raise Http404
    if request.method == "POST":
        services.set_default_visibility(request.user, request.POST.get("country", ""),
                                        request.POST.get("visibility", ""))  # fmt: skip
        messages.success(request, _("The default is saved."))
        return redirect("inspection-defaults")
    return render(request, "states/inspections/defaults.html", {
        "defaults": services.visibility_defaults(), "choices": CHOICES,
    })  # fmt: skip


@login_required
def referrals(request: AuthedRequest) -> HttpResponse:
    """The inspectorate's inbox: referrals addressed to it, overdue first."""
    if _unverified_staff(request):
        return totp.enrol_first(request)
    rows = services.referrals_for(request.user)[:200]
    return render(request, "states/inspections/referrals.html", {
        "referrals": [services.referral_view(r, request.user) for r in rows],
        "inspector": access.inspectorate_of(request.user) is not None,
    })  # fmt: skip


@login_required
def referral_detail(request: AuthedRequest, referral_id: int) -> HttpResponse:
    """One referral: what the handler sent, the confidentiality notice (ILO C81 Art. 15(c)),
    the steps; the inspectorate moves it on here, and may ask for the complainant's contact
    only if the complainant consents (logged)."""
    if _unverified_staff(request):
        return totp.enrol_first(request)
    referral = services.referral_for(referral_id, request.user)
    if referral is None:
        raise Http404
    contact = None
    if request.method == "POST" and request.POST.get("action") == "identity":
        contact = services.identity(referral, request.user, request.POST.get("reason", ""))
    elif request.method == "POST":
        services.move_referral(referral, request.user, request.POST.get("to", ""),
                               request.POST.get("reason", ""))  # fmt: skip
        messages.success(
            request, _("The referral moved on; the handler and the complainant see it.")
        )
        return redirect("referral-detail", referral_id=referral.pk)
    return render(request, "states/inspections/referral.html", {
        "referral": services.referral_view(referral, request.user),
        "may_move": access.may_move(referral, request.user),
        "addressee": access.is_addressee(referral, request.user),
        "contact": contact,
    })  # fmt: skip


@login_required
def referral_evidence(request: AuthedRequest, referral_id: int, evidence_id: int) -> HttpResponse:
    """One evidence file of a referral: its inspectorate's members and the case's handlers
    (JSON twin: ``GET /api/v1/referrals/{id}/evidence/{evidence_id}``); 404 for anyone else."""
    if _unverified_staff(request):
        return totp.enrol_first(request)
    referral = services.referral_for(referral_id, request.user)
    found = None if referral is None else services.evidence_file(referral, request.user,
                                                                 evidence_id)  # fmt: skip
    if referral is None or found is None:
        raise Http404
    return services.evidence_response(found, referral, evidence_id)


@login_required
@require_POST
def case_refer(request: AuthedRequest, reference: str) -> HttpResponse:
    """The handler refers the case (the form on the case page); back to the case page."""
    if _unverified_staff(request):
        return totp.enrol_first(request)
    case = grievances.handled_case(reference[:30], request.user)
    if case is None:
        raise Http404
    chosen = request.POST.get("inspectorate", "")
    draft = services.ReferralDraft(
        inspectorate_id=None if chosen == "none" else _int(chosen) or -1,
        summary=request.POST.get("summary", ""),
        rights=request.POST.getlist("rights"),
        evidence_ids=[n for v in request.POST.getlist("evidence") if (n := _int(v))],
        period_start=_dated(request.POST.get("period_start", "")),
        period_end=_dated(request.POST.get("period_end", "")),
        reason=request.POST.get("reason", ""),
    )
    services.refer_case(case, request.user, draft)
    messages.success(request, _("The case is referred to the labour inspectorate."))
    return redirect("case-detail", reference=case.reference)
