"""Country profile pages: the list of every country with its map, one country's profile, and
the operators' page to enter a country's facts."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from chainrights.core import refusals
from chainrights.core.types import AuthedRequest
from chainrights.states import reads, services
from chainrights.states.forms import FactForm
from chainrights.states.models import CountryFact, FactKind

BANDS = ("meets", "below", "low", "gap-class", "gap")


def country_list(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "")[:100]
    sort = request.GET.get("sort", "name")
    descending = request.GET.get("dir") == "desc"
    only = request.GET.get("only", "")
    every = reads.country_table()  # one overview: the table is a filter of it, the map all
    rows = reads.country_table(query, sort, descending, only, rows=every)
    context = {"rows": rows, "q": query, "sort": sort, "descending": descending, "only": only,
               "bands": BANDS}  # fmt: skip
    if request.headers.get("HX-Request"):  # the table only: no map to colour
        return render(request, "states/_country_table.html", context)
    context["map_rows"] = {r["numeric"]: {"band": r["band"], "name": r["name"],
                                          "href": f"/countries/{r['iso2']}"}
                           for r in every if r["numeric"]}  # fmt: skip
    return render(request, "states/countries.html", context)


def _canonical(iso2: str) -> str:
    code = services.known(iso2)
    if code is None:
        raise Http404("No such country")
    return code


def country_detail(request: HttpRequest, iso2: str) -> HttpResponse:
    code = _canonical(iso2)
    if code != iso2:
        return redirect("country-detail", iso2=code)
    platform = reads.on_platform(code)  # holds the inspections' summary
    return render(request, "states/country.html", {
        "p": services.profile(code), "platform": platform, "inspections": platform["inspections"],
        "may_enter": services.may_enter_facts(request.user),
    })  # fmt: skip


@login_required
def country_facts(request: AuthedRequest, iso2: str) -> HttpResponse:
    code = _canonical(iso2)
    if not services.may_enter_facts(request.user):
        raise PermissionDenied
    form = FactForm(request.POST or None, initial={"kind": request.GET.get("kind", "")})
    if request.method == "POST" and form.is_valid():
        with refusals.onto(form):
            services.set_fact(code, request.user, form.raw(), form.cleaned_data["reason"])
            messages.success(request, _("Saved; the change is in the event log."))
            return redirect("country-detail", iso2=code)
    history = CountryFact.objects.filter(country=code).select_related("entered_by")
    return render(request, "states/facts.html", {
        "code": code, "name": services.country_name(code), "form": form,
        "history": history.order_by("kind", "label", "-as_of"), "kinds": FactKind,
    })  # fmt: skip
