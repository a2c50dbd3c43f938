"""The register pages: /risk (ranked table, heat matrix, map by country), /risk/<id> (the
"why" of one item, the brand's decision and its relationship with the facility)."""

from __future__ import annotations

from typing import Any

import pycountry
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from chainrights.core import refusals
from chainrights.core.models import Organisation, OrganisationKind
from chainrights.core.types import AuthedRequest
from chainrights.core.visibility import is_operator
from chainrights.risk import access, charts, leverage, reads, scoring
from chainrights.risk.forms import DecisionForm, RelationshipForm
from chainrights.risk.models import RiskItem


def _buyer(request: HttpRequest) -> Organisation | None:
    """Whose register: the brand's own; operator staff may name one (?buyer=)."""
    wanted = request.GET.get("buyer", "")
    if wanted.isdigit() and is_operator(request.user):
        return get_object_or_404(Organisation, pk=int(wanted), kind=OrganisationKind.BRAND)
    return access.brand_of(request.user)


def _map_rows(countries: dict[str, dict[str, int]]) -> dict[str, dict[str, str]]:
    rows = {}
    for iso2, row in countries.items():
        record = pycountry.countries.get(alpha_2=iso2) if iso2 else None
        if record is not None:
            rows[record.numeric] = {
                "band": "low" if row["actual"] else "below",
                "name": record.name,
                "href": f"/countries/{iso2}",
            }
    return rows


def register(request: HttpRequest) -> HttpResponse:
    buyer = _buyer(request)
    if buyer is not None and not RiskItem.objects.filter(buyer=buyer).exists():
        scoring.recompute(buyer)  # the first visit builds the register; then tasks keep it
    status, right = request.GET.get("status", "")[:10], request.GET.get("right", "")[:60]
    data = reads.register(request.user, buyer, status=status, right=right)
    return render(request, "risk/register.html", {
        **data, "buyer": buyer, "status": status,
        "heat": charts.heat(_("Risk items by severity and likelihood"), data["matrix"],
                            _("Likelihood"), _("Severity")),
        "rows": list(zip(range(5, 0, -1), data["matrix"], strict=True)),
        "map_rows": _map_rows(data["countries"]),
        "unseen": scoring.facilities_without_evidence(buyer) if buyer else None,
        "may_recompute": buyer is not None and (access.brand_of(request.user, editing=True)
                                                == buyer or is_operator(request.user)),
    })  # fmt: skip


def _decided_by_editor(request: AuthedRequest, item_id: int) -> RiskItem:
    """The item, for one of its brand's admins or editors only."""
    item = _item(request, item_id)
    editor = access.brand_of(request.user, editing=True)
    if editor is None or editor.pk != item.buyer_id:
        raise PermissionDenied
    return item


def _item(request: HttpRequest, item_id: int) -> RiskItem:
    item = access.items_for(request.user).filter(pk=item_id).first()
    if item is None:
        raise Http404("No such risk item")
    return item


def item_detail(request: HttpRequest, item_id: int) -> HttpResponse:
    item = _item(request, item_id)
    view = reads.item_view(item, request.user)
    editor = access.brand_of(request.user, editing=True)
    may_decide = editor is not None and editor.pk == item.buyer_id
    co_buyers = item.leverage.get("co_buyers", [])
    return render(request, "risk/item.html", {
        "item": view, "may_decide": may_decide,
        "assessments": reads.assessments_of_item(item, request.user),
        "form": DecisionForm(co_buyers=co_buyers) if may_decide else None,
        "relationship": RelationshipForm(initial={
            "share_of_output": item.leverage.get("share_of_output"),
            "schemes": "\n".join(item.leverage.get("schemes", []))})
        if may_decide and item.facility_id else None,
    })  # fmt: skip


@login_required
@require_POST
def item_decide(request: AuthedRequest, item_id: int) -> HttpResponse:
    item = _decided_by_editor(request, item_id)
    form = DecisionForm(request.POST, co_buyers=item.leverage.get("co_buyers", []))
    if not form.is_valid():
        raise refusals.Invalid(_("Check the decision's fields."), field="response")
    leverage.decide(request.user, item, **form.cleaned_data)
    messages.success(request, _("Decision recorded; it is in the event log."))
    return redirect("risk-item", item_id=item.pk)


@login_required
@require_POST
def item_relationship(request: AuthedRequest, item_id: int) -> HttpResponse:
    item = _decided_by_editor(request, item_id)
    form = RelationshipForm(request.POST)
    if not form.is_valid() or item.facility is None:
        raise refusals.Invalid(_("Check the relationship's fields."), field="share_of_output")
    data: dict[str, Any] = form.cleaned_data
    leverage.set_relationship(request.user, item.buyer, item.facility,
                              share_of_output=data["share_of_output"], since=data["since"],
                              schemes=data["schemes"].splitlines())  # fmt: skip
    messages.success(request, _("Relationship saved; the register is recomputed."))
    return redirect("risk-item", item_id=item.pk)


@login_required
@require_POST
def recompute(request: AuthedRequest) -> HttpResponse:
    buyer = access.brand_of(request.user, editing=True)
    wanted = request.POST.get("buyer", "") or request.GET.get("buyer", "")
    if is_operator(request.user) and wanted.isdigit():
        buyer = get_object_or_404(Organisation, pk=int(wanted), kind=OrganisationKind.BRAND)
    if buyer is None:
        raise PermissionDenied  # a brand's editors, or operator staff naming a brand
    scoring.recompute(buyer)
    messages.success(request, _("Register recomputed from the evidence now."))
    return redirect("/risk" + (f"?buyer={buyer.pk}" if is_operator(request.user) else ""))
