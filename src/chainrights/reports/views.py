"""Report pages (list, start, read, write, publish, correct, the records behind a figure,
exports), the public scorecards with their methodology, and the effectiveness review."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from chainrights.core import refusals
from chainrights.core.models import Organisation, OrganisationKind
from chainrights.core.types import AuthedRequest
from chainrights.core.visibility import is_operator
from chainrights.reports import access, charts, drafting, exports, reads, review, scorecards
from chainrights.reports.forms import NarrativeForm, PublishForm, StartForm
from chainrights.reports.models import Report


def _reader(request: HttpRequest) -> Any:
    return request.user if request.user.is_authenticated else None


def _report(request: HttpRequest, report_id: int) -> Report:
    return get_object_or_404(access.readable(_reader(request)), pk=report_id)


def _own_draft(request: AuthedRequest, report_id: int) -> Report:
    report = _report(request, report_id)
    if not access.may_edit(report, request.user):
        raise Http404
    return report


@require_GET
def report_list(request: HttpRequest) -> HttpResponse:
    reader = _reader(request)
    return render(request, "reports/list.html", {
        "reports": access.readable(reader).select_related("owner_org")[:200],
        "brand": access.brand_of(reader, editing=True),
    })  # fmt: skip


@login_required
def report_new(request: AuthedRequest) -> HttpResponse:
    if access.brand_of(request.user, editing=True) is None:
        raise Http404
    year = timezone.localdate().year
    form = StartForm(
        request.POST or None,
        initial={
            "framework": "ungprf",
            "period_start": f"{year}-01-01",
            "period_end": f"{year}-12-31",
        },
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        with refusals.onto(form):
            report = drafting.start_report(request.user, data["framework"], data["period_start"],
                                           data["period_end"])  # fmt: skip
            return redirect("report-detail", report.pk)
    return render(request, "reports/new.html", {"form": form})


@require_GET
def report_detail(request: HttpRequest, report_id: int) -> HttpResponse:
    report = _report(request, report_id)
    reader = _reader(request)
    return render(request, "reports/detail.html", {
        "report": report, "view": reads.report_view(report, reader),
        "editable": access.may_edit(report, reader),
        "correctable": report.status == "published" and access.brand_of(reader, editing=True)
        == report.owner_org,
    })  # fmt: skip


@login_required
def report_write(request: AuthedRequest, report_id: int) -> HttpResponse:
    report = _own_draft(request, report_id)
    questions = drafting.version_of(report).questions
    form = NarrativeForm(questions, request.POST or None, initial=report.narratives)
    if request.method == "POST" and form.is_valid():
        with refusals.onto(form):
            drafting.write_narratives(report, request.user, form.cleaned_data)
            messages.success(request, _("Saved."))
            return redirect("report-detail", report.pk)
    view = reads.report_view(report, request.user)
    return render(request, "reports/write.html", {"report": report, "form": form, "view": view})


@login_required
def report_publish(request: AuthedRequest, report_id: int) -> HttpResponse:
    report = _own_draft(request, report_id)
    form = PublishForm(request.POST or None, initial={"audience": "public"})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        with refusals.onto(form):
            drafting.publish(report, request.user, public=data["audience"] == "public",
                             organisations=list(data["organisations"]))  # fmt: skip
            messages.success(
                request, _("Published. The report is frozen; a correction is a new version.")
            )
            return redirect("report-detail", report.pk)
    return render(request, "reports/publish.html", {
        "report": report, "form": form, "missing": drafting.missing(report)})  # fmt: skip


@login_required
@require_POST
def report_correct(request: AuthedRequest, report_id: int) -> HttpResponse:
    report = _report(request, report_id)
    if access.brand_of(request.user, editing=True) != report.owner_org:
        raise Http404
    new = drafting.correct(report, request.user)
    return redirect("report-detail", new.pk)


@require_GET
def report_figure(request: HttpRequest, report_id: int, key: str) -> HttpResponse:
    report = _report(request, report_id)
    view = reads.report_view(report, _reader(request))
    if key not in view["figures"]:
        raise Http404
    return render(
        request, "reports/figure.html", {"report": report, "figure": view["figures"][key]}
    )


@require_GET
def report_export(request: HttpRequest, report_id: int, fmt: str) -> HttpResponse:
    report = _report(request, report_id)
    if fmt not in exports.FORMATS:
        raise Http404
    return exports.FORMATS[fmt](request, report, reads.report_view(report, _reader(request)))


def _brand(brand_id: int) -> Organisation:
    return get_object_or_404(Organisation, pk=brand_id, kind=OrganisationKind.BRAND)


@require_GET
def scorecard_list(request: HttpRequest) -> HttpResponse:
    cards = scorecards.all_scorecards()
    chart = charts.bar_chart(
        _("Share of listed facilities with every Pledge field"),
        [(c["brand"], c["disclosure"]["complete"]) for c in cards],
    )
    return render(request, "reports/scorecards.html", {"cards": cards, "chart": chart})


@require_GET
def scorecard_detail(request: HttpRequest, brand_id: int) -> HttpResponse:
    card = scorecards.scorecard(_brand(brand_id))
    return render(request, "reports/scorecard.html", {
        "card": card, "reports": Report.objects.public().filter(owner_org_id=brand_id),
    })  # fmt: skip


@require_GET
def scorecard_method(request: HttpRequest) -> HttpResponse:
    return render(request, "reports/methodology.html", {"columns": scorecards.COLUMNS})


@login_required
@require_GET
def effectiveness(request: AuthedRequest) -> HttpResponse:
    """The UNGP 31 review of the cases the reader may see, in plain words and charts."""
    if access.brand_of(request.user) is None and not is_operator(request.user):
        raise Http404
    year = review.year_of(request.GET.get("year", ""))
    if year is None:
        return render(request, "reports/effectiveness.html", {"bad_year": True}, status=400)
    data = review.review(request.user, year)
    return render(request, "reports/effectiveness.html", {"review": data, "year": year})
