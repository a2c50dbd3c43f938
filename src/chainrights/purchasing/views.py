"""Purchasing pages: the overview, rating a buyer, a buyer's results and scorecard (with CSV),
importing orders, the brand's statements, and the operator's cycles, comments and links."""

from __future__ import annotations

import csv
import io
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
from chainrights.core.spreadsheets import defuse
from chainrights.core.types import AuthedRequest
from chainrights.purchasing import (
    access,
    charts,
    links,
    orders,
    publication,
    ratings,
    reads,
    statements,
)
from chainrights.purchasing.forms import (
    ActionForm,
    CommentForm,
    CycleForm,
    LinkForm,
    OrdersForm,
    PublishForm,
    RatingForm,
    StatementForm,
)
from chainrights.purchasing.indicators import definitions, indicators
from chainrights.purchasing.models import (
    CommentStatus,
    RatingComment,
    RatingCycle,
    RootCauseLink,
)
from chainrights.purchasing.questions import by_category

TEMPLATE_FIELDS = [
    "record", "reference", "facility_id", "facility_name", "facility_address",
    "facility_country", "buyer", "product_category", "forecast_quantity", "quantity",
    "unit_price", "currency", "labour_cost_per_unit", "labour_minutes_per_unit",
    "payment_terms_days", "confirmed_on", "ex_factory_requested", "ex_factory_actual",
    "production_started_on", "invoice_date", "invoice_amount", "change", "changed_on", "by",
    "compensated", "compensation_amount", "paid_on", "amount", "reason", "substantiated",
]  # fmt: skip
TEMPLATE_ROWS = [
    {"record": "order", "reference": "PO-1001", "facility_id": "CR-XXXX-XXXX",
     "product_category": "knit tops", "forecast_quantity": "12000", "quantity": "10000",
     "unit_price": "3.10", "currency": "USD", "labour_cost_per_unit": "0.42",
     "labour_minutes_per_unit": "14", "payment_terms_days": "60", "confirmed_on": "2026-03-02",
     "ex_factory_requested": "2026-05-15", "production_started_on": "2026-04-10",
     "invoice_date": "2026-05-20", "invoice_amount": "31000"},
    {"record": "change", "reference": "PO-1001", "change": "quantity_up",
     "changed_on": "2026-05-01", "by": "buyer", "compensated": "no"},
    {"record": "payment", "reference": "PO-1001", "paid_on": "2026-08-01", "amount": "30000"},
    {"record": "deduction", "reference": "PO-1001", "amount": "1000", "reason": "quality_claim",
     "substantiated": "no"},
]  # fmt: skip


def _buyer(buyer_id: int) -> Organisation:
    return get_object_or_404(Organisation, pk=buyer_id, kind=OrganisationKind.BRAND)


def home(request: HttpRequest) -> HttpResponse:
    user = request.user if request.user.is_authenticated else None
    supplier = access.supplier_of(user)
    return render(request, "purchasing/home.html", {
        "buyers": Organisation.objects.filter(kind=OrganisationKind.BRAND).order_by("name"),
        "my_brand": access.brand_of(user), "supplier": supplier,
        "operator": access.operator_of(user),
        "cycles": RatingCycle.objects.order_by("-opens_on")[:6],
    })  # fmt: skip


def _open_cycle() -> RatingCycle | None:
    return RatingCycle.objects.open_on(timezone.localdate()).first()


@login_required
@require_GET
def rate_list(request: AuthedRequest) -> HttpResponse:
    supplier = access.supplier_of(request.user)
    if supplier is None:
        raise Http404
    cycle = _open_cycle()
    buyers = access.buyers_of(supplier)
    done = {b.pk for b in buyers if cycle and ratings.already_rated(request.user, b, cycle)}
    return render(request, "purchasing/rate_list.html",
                  {"cycle": cycle, "buyers": buyers, "done": done})  # fmt: skip


@login_required
def rate_buyer(request: AuthedRequest, buyer_id: int) -> HttpResponse:
    supplier, buyer, cycle = access.supplier_of(request.user), _buyer(buyer_id), _open_cycle()
    if supplier is None or buyer.pk not in {b.pk for b in access.buyers_of(supplier)}:
        raise Http404
    form = RatingForm(request.POST or None)
    if request.method == "POST" and cycle is not None and form.is_valid():
        with refusals.onto(form):
            ratings.submit_rating(request.user, buyer, cycle, form.answers(),
                                  form.cleaned_data["comment"])  # fmt: skip
            messages.success(request, _("Thank you: your rating is recorded without your name."))
            return redirect("purchasing-rate")
    return render(request, "purchasing/rate.html", {
        "buyer": buyer, "cycle": cycle, "form": form, "groups": _groups(form),
    })  # fmt: skip


def _groups(form: RatingForm) -> list[tuple[str, list[Any]]]:
    return [(label, [form[q.code] for q in qs]) for _v, label, qs in by_category()]


def _result_context(request: HttpRequest, buyer: Organisation) -> dict[str, Any]:
    user = request.user if request.user.is_authenticated else None
    data = reads.results(buyer)
    newest = data["cycles"][-1] if data["cycles"] else None
    see_orders = access.may_see_indicators(buyer, user)
    return {
        "buyer": buyer, "data": data, "newest": newest,
        "bars": charts.bars(_("Category scores, newest cycle"),
                            [(c["label"], c["score"]) for c in newest["categories"]])
        if newest else "",
        "trend": charts.lines(_("Category scores over cycles"),
                              [c["cycle"] for c in data["cycles"]],
                              [(t["label"], t["scores"]) for t in data["trend"]])
        if len(data["cycles"]) > 1 else "",
        "see_orders": see_orders,
        "indicators": indicators(buyer) if see_orders else None,
        "definitions": definitions(),
        "says": statements.says_and_shows(buyer, see_orders),
        "published": publication.published(buyer),
        **_publishing(user, buyer),
    }  # fmt: skip


def _publishing(user: Any, buyer: Organisation) -> dict[str, Any]:
    """The brand administrators' publish and unpublish buttons, one per closed cycle."""
    if not publication.may_publish(user, buyer):
        return {"may_publish": False, "case_links": _case_links(user, buyer)}
    state = publication.state(buyer)
    closed = list(RatingCycle.objects.closed().order_by("-opens_on")[:12])
    for c in closed:
        c.published = state.get(c.pk, False)  # for the template
    return {"may_publish": True, "closed_cycles": closed, "case_links": _case_links(user, buyer)}


def _case_links(user: Any, buyer: Organisation) -> list[RootCauseLink]:
    """The buyer's editors act on grievances' confirmed purchasing root causes."""
    return links.buyer_cases(buyer) if access.brand_of(user, editing=True) == buyer else []


@require_GET
def buyer_results(request: HttpRequest, buyer_id: int) -> HttpResponse:
    context = _result_context(request, _buyer(buyer_id))
    return render(request, "purchasing/buyer.html", context)


@login_required
@require_POST
def publish(request: AuthedRequest, buyer_id: int) -> HttpResponse:
    """The brand's administrators publish or unpublish its order figures for a cycle."""
    buyer = _buyer(buyer_id)
    if not publication.may_publish(request.user, buyer):
        raise Http404
    form = PublishForm(request.POST)
    if not form.is_valid():
        raise refusals.Invalid(_("Name a closed cycle."), field="cycle")
    cycle = get_object_or_404(RatingCycle, pk=form.cleaned_data["cycle"])
    on = form.cleaned_data["publish"]
    publication.publish(request.user, buyer, cycle, on)
    messages.success(request, _("Your order figures for this cycle are public.") if on
                     else _("Your order figures for this cycle are no longer public."))  # fmt: skip
    return redirect(f"/purchasing/buyers/{buyer.pk}#published")


@require_GET
def scorecard(request: HttpRequest, buyer_id: int) -> HttpResponse:
    return render(request, "purchasing/scorecard.html", _result_context(request, _buyer(buyer_id)))


@require_GET
def scorecard_csv(request: HttpRequest, buyer_id: int) -> HttpResponse:
    """The shown cells behind the scorecard (and the indicators, for those who may see them)."""
    buyer = _buyer(buyer_id)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(reads.CSV_FIELDS)
    writer.writerows([defuse(str(v)) for v in row] for row in reads.result_rows(buyer))
    user = request.user if request.user.is_authenticated else None
    if access.may_see_indicators(buyer, user):
        figures = indicators(buyer)["buyer"]
        writer.writerow([])
        writer.writerow(["indicator", "value", "formula"])
        for d in definitions():
            writer.writerow([d["key"], figures.get(d["key"]), d["formula"]])
    response = HttpResponse(out.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="scorecard-{buyer.pk}.csv"'
    return response


@login_required
def import_orders(request: AuthedRequest) -> HttpResponse:
    if access.brand_of(request.user, editing=True) is None and access.supplier_of(
            request.user) is None:  # fmt: skip
        raise Http404
    form = OrdersForm(request.POST or None, request.FILES or None)
    problems: list[Any] = []
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        with refusals.onto(form):
            checked = orders.check_file(request.user, upload.name or "orders.csv", upload.read())
            problems = checked.problems[:500]
            if problems:
                return render(request, "purchasing/import.html",
                              {"form": form, "fields": TEMPLATE_FIELDS, "problems": problems},
                              status=422)  # fmt: skip
            counts = orders.store(request.user, checked)
            messages.success(request, _("Stored %(orders)s orders, %(changes)s changes, "
                                        "%(payments)s payments and %(deductions)s deductions.")
                             % counts)  # fmt: skip
            return redirect("purchasing-import")
    return render(request, "purchasing/import.html", {"form": form, "fields": TEMPLATE_FIELDS})


@require_GET
def orders_template(request: HttpRequest) -> HttpResponse:
    out = io.StringIO()
    writer = csv.DictWriter(out, TEMPLATE_FIELDS)
    writer.writeheader()
    writer.writerows(TEMPLATE_ROWS)
    response = HttpResponse(out.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="orders-template.csv"'
    return response


@login_required
def practices(request: AuthedRequest) -> HttpResponse:
    brand = access.brand_of(request.user, editing=True)
    if brand is None:
        raise Http404
    form = StatementForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with refusals.onto(form):
            statements.state_practice(request.user, **form.cleaned_data)
            messages.success(request, _("Statement saved."))
            return redirect("purchasing-practices")
    return render(request, "purchasing/practices.html", {
        "form": form, "brand": brand, "rows": statements.says_and_shows(brand, True),
    })  # fmt: skip


def _operator_only(request: AuthedRequest) -> None:
    if access.operator_of(request.user, editing=False) is None:
        raise Http404


@login_required
def cycles(request: AuthedRequest) -> HttpResponse:
    _operator_only(request)
    form = CycleForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with refusals.onto(form):
            ratings.open_cycle(request.user, **form.cleaned_data)
            return redirect("purchasing-cycles")
    return render(request, "purchasing/cycles.html", {
        "form": form, "cycles": RatingCycle.objects.order_by("-opens_on"),
    })  # fmt: skip


@login_required
@require_POST
def close_cycle(request: AuthedRequest, cycle_id: int) -> HttpResponse:
    _operator_only(request)
    ratings.close_cycle(request.user, get_object_or_404(RatingCycle, pk=cycle_id))
    messages.success(request, _("The cycle is closed; its results are frozen."))
    return redirect("purchasing-cycles")


@login_required
@require_GET
def comments(request: AuthedRequest) -> HttpResponse:
    _operator_only(request)
    pending = RatingComment.objects.filter(status=CommentStatus.PENDING).select_related(
        "rating__buyer", "rating__cycle")  # fmt: skip
    return render(request, "purchasing/comments.html", {"pending": pending, "form": CommentForm()})


@login_required
@require_POST
def decide_comment(request: AuthedRequest, comment_id: int) -> HttpResponse:
    _operator_only(request)
    comment = get_object_or_404(RatingComment, pk=comment_id)
    form = CommentForm(request.POST)
    if not form.is_valid():
        raise refusals.Invalid(_("Approve or reject."), field="approve")
    ratings.decide_comment(request.user, comment, form.cleaned_data["approve"],
                           form.cleaned_data["text"])  # fmt: skip
    return redirect("purchasing-comments")


@login_required
@require_GET
def link_queue(request: AuthedRequest) -> HttpResponse:
    _operator_only(request)
    return render(request, "purchasing/links.html", {
        "findings": links.open_findings(request.user), "cases": links.open_cases(request.user),
    })  # fmt: skip


@login_required
@require_POST
def decide_link(request: AuthedRequest) -> HttpResponse:
    _operator_only(request)
    form = LinkForm(request.POST)
    if not form.is_valid():
        raise refusals.Invalid(_("Confirm or dismiss."), field="confirm")
    data = form.cleaned_data
    finding = links.finding_by_id(data["finding"]) if data.get("finding") else None
    links.decide_link(request.user, buyer=_buyer(data["buyer"]), confirm=data["confirm"],
                      finding=finding, case_id=data.get("case"))  # fmt: skip
    messages.success(request, _("Decision recorded."))
    return redirect(request.POST["next"] if _safe_next(request) else "purchasing-links")


def _safe_next(request: HttpRequest) -> bool:
    target = request.POST.get("next", "")
    return target.startswith("/") and not target.startswith("//")


@login_required
@require_POST
def link_action(request: AuthedRequest, link_id: int) -> HttpResponse:
    link = get_object_or_404(RootCauseLink, pk=link_id)
    if access.brand_of(request.user, editing=True) != link.buyer:
        raise Http404
    form = ActionForm(request.POST)
    if not form.is_valid():
        raise refusals.Invalid(_("Describe the action and give a deadline."), field="description")
    action = links.take_action(request.user, link, **form.cleaned_data)
    messages.success(request, _("The buyer's action is in the corrective action plan."))
    if link.case_id is not None:  # the buyer's page: the case itself stays with the operator
        return redirect(f"/purchasing/buyers/{link.buyer_id}#grievance-causes")
    return redirect(f"/audits/{action.finding.audit_id}#a{action.pk}")
