"""Registry pages: facility search and pages (public), lists, progress and review (signed in)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_POST

from chainrights.core import refusals, uploads
from chainrights.core.models import Visibility
from chainrights.core.types import AuthedRequest
from chainrights.core.visibility import can_edit, is_operator, visible
from chainrights.registry import claims, evidence, formats, services, visibility
from chainrights.registry.forms import UploadForm
from chainrights.registry.models import Facility, SourceRecord, SupplierList
from chainrights.registry.panels import panels_for
from chainrights.registry.search import Filters, Page, page


def _htmx(request: HttpRequest) -> bool:
    return request.headers.get("HX-Request") == "true"


def _point(f: Facility) -> dict[str, Any] | None:
    if f.lat is None or f.lng is None:
        return None
    return {"lat": f.lat, "lng": f.lng, "label": f.name,
            "href": reverse("facility-detail", args=[f.public_id])}  # fmt: skip


def _known_count(user: Any) -> int:
    """How many facilities the viewer may know: counting a million rows on every search is
    what made the page slow, so the count is kept for a minute per viewer."""
    key = f"registry:known:{getattr(user, 'pk', None) or 0}"
    count = cache.get(key)
    if count is None:
        count = Facility.objects.visible_to(user, survivors=True).count()
        cache.set(key, count, 60)
    return int(count)


def _number(text: str | None) -> int:
    return int(text) if text and text.isdigit() and len(text) < 6 else 1


def _page_url(request: HttpRequest, number: int = 1, after: str = "") -> str:
    """The same search at another page."""
    params = request.GET.copy()
    for key in ("page", "after"):
        params.pop(key, None)
    if number > 1:
        params["page"] = str(number)
    if after:
        params["after"] = after
    return f"{reverse('facilities')}?{params.urlencode()}"


def _next_url(request: HttpRequest, shown: Page) -> str:
    """The same search, one page on ("" on the last page)."""
    if shown.next_page is None and not shown.next_after:
        return ""
    return _page_url(request, shown.next_page or shown.number + 1, shown.next_after)


@require_GET
def facility_search(request: HttpRequest) -> HttpResponse:
    filters = Filters.from_params(request.GET.dict())
    shown = page(filters, request.user, number=_number(request.GET.get("page")),
                 after=request.GET.get("after", "")[:20])  # fmt: skip
    context = {
        "filters": filters,
        "page": shown,
        "results": shown.results,
        "next_url": _next_url(request, shown),
        "first_url": _page_url(request) if shown.number > 1 else "",
        "points": [p for p in map(_point, shown.results) if p],
        "total": _known_count(request.user),
    }
    template = (
        "registry/_facility_results.html" if _htmx(request) else "registry/facility_search.html"
    )
    return render(request, template, context)


@require_GET
def facility_detail(request: HttpRequest, public_id: str) -> HttpResponse:
    facility = visibility.find(public_id, request.user)
    if facility is None:  # unknown, or only private lists the viewer cannot read name it
        raise Http404
    survivor = facility.survivor()
    if survivor.pk != facility.pk:
        messages.info(request, _("%(old)s was merged into %(new)s.") % {
            "old": facility.public_id, "new": survivor.public_id})  # fmt: skip
        return redirect("facility-detail", public_id=survivor.public_id)
    sources = services.facility_sources(survivor)
    readable = visibility.readable_sources(sources, request.user)
    public = [s for s in sources if s.supplier_list.visibility == Visibility.PUBLIC]
    moderator = claims.is_operator_editor(request.user)
    staff = is_operator(request.user)
    claimant = claims.claimant_organisation(request.user)
    context = {
        "facility": survivor,
        # rows of lists the viewer may read; nothing, not even a count, of the others
        "sources": sources if moderator else readable,
        "brands": sorted({s.supplier_list.owner_org.name for s in public}),
        "points": [p for p in [_point(survivor)] if p],
        "moderator": moderator,
        "merged_here": services.merged_here(survivor, request.user),
        "can_claim": claimant is not None and survivor.claimed_by_id is None,
        "can_correct": claims.may_correct(survivor, request.user),
        "panels": panels_for(survivor, request.user),
        "history": services.facility_history(survivor),
        # who founded it (a brand's reviewer, a list's matching run) would tell who sources here
        "history_actors": staff,
    }
    return render(request, "registry/facility_detail.html", context)


@login_required
def lists(request: AuthedRequest) -> HttpResponse:
    owner = services.uploader_organisation(request.user)
    form = UploadForm()
    if request.method == "POST":
        if owner is None:
            return HttpResponse(status=403)
        form = UploadForm(request.POST, request.FILES)
        if form.is_valid():
            data = form.cleaned_data
            with refusals.onto(form) as outcome, uploads.admit(owner):
                item, created = services.upload_list(
                    owner=owner, user=request.user, name=data["name"],
                    filename=form.filename, content=data["file"], tier=data["tier"],
                    as_of=data["as_of"], public=data["public"],
                )  # fmt: skip
                if not created:
                    messages.info(request, _("This file was uploaded before; here is that list."))
                return redirect("list-detail", list_id=item.pk)
            return _lists_page(request, owner, form, status=outcome.status)
    return _lists_page(request, owner, form)


def _lists_page(request: HttpRequest, owner: Any, form: UploadForm, status: int = 200
                ) -> HttpResponse:  # fmt: skip
    mine = visible(SupplierList.objects.all(), request.user).select_related("owner_org")
    return render(
        request,
        "registry/lists.html",
        {
            "lists": mine.order_by("-created_at")[:100],
            "form": form,
            "can_upload": owner is not None,
        },
        status=status,
    )


def _list_context(request: HttpRequest, list_id: int) -> dict[str, Any]:
    item = get_object_or_404(visible(SupplierList.objects.all(), request.user), pk=list_id)
    rows = services.decisions_with_previous(item) if item.status == "done" else []
    reviews, answered = [], []
    points: list[dict[str, Any]] = []
    for source, decision, before in rows:
        if decision.kind == "human" and before is not None and before.decision == "review":
            answered.append((source, decision))
        if decision.decision != "review":
            continue
        candidate = decision.candidate
        # a proposed facility that only others' private lists name is left to operators
        known = candidate is not None and visibility.may_know(candidate, request.user)
        reviews.append((source, decision, evidence.in_words(decision.evidence), known))
        if known and source.lat is not None and candidate is not None and candidate.lat is not None:
            points.append({"lat": source.lat, "lng": source.lng, "label": source.name,
                           "color": "#1d4ed8"})  # fmt: skip
            points.append({"lat": candidate.lat, "lng": candidate.lng, "label": candidate.name})
    counts = dict(item.counts or {})
    if rows:  # what is in force now, so the counters move as reviews are answered or undone
        in_force = Counter(row[1].decision for row in rows)
        counts.update(match=in_force["match"], new=in_force["new"], review=in_force["review"])
    return {
        "item": item,
        "reviews": reviews,
        "answered": sorted(answered, key=lambda a: a[1].created_at, reverse=True)[:20],
        "points": points,
        "counts": counts,
        "percent": item.percent,
        "changes": services.list_changes(item),
        "can_review": can_edit(item, request.user),
    }


ROWS_PER_PAGE = 100
ROW_STATUSES = {
    "match": gettext_lazy("Matched"),
    "new": gettext_lazy("New facility"),
    "review": gettext_lazy("To review"),
    "error": gettext_lazy("Skipped: error"),
}


@login_required
@require_GET
def list_rows(request: HttpRequest, list_id: int) -> HttpResponse:
    """The row report as a page: each row, what was decided and why, a filter by outcome;
    the skipped rows with their field and reason (the API's `/lists/{id}/rows` is its twin)."""
    item = get_object_or_404(visible(SupplierList.objects.all(), request.user), pk=list_id)
    status = request.GET.get("status", "")
    if status not in ROW_STATUSES:
        status = ""
    rows: list[dict[str, Any]] = []
    if status in ("", "error"):
        rows += [{"row": e["row"], "status": "error", "name": "", "address": "",
                  "facility": None, "why": [f"{e['field']}: {e['reason']}"]}
                 for e in item.report if e.get("action") == "skipped"]  # fmt: skip
    if status != "error":
        for source, decision in services.current_decisions(item):
            if status and decision.decision != status:
                continue
            shown = decision.facility.survivor() if decision.facility else decision.candidate
            if shown is not None and not visibility.may_know(shown, request.user):
                shown = None  # a facility only others' private lists name stays unnamed
            rows.append({"row": source.row, "status": decision.decision, "name": source.name,
                         "address": source.address, "facility": shown,
                         "why": evidence.in_words(decision.evidence) if shown else []})  # fmt: skip
    rows.sort(key=lambda r: r["row"])
    page = Paginator(rows, ROWS_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "registry/list_rows.html", {
        "item": item, "page": page, "status": status, "statuses": ROW_STATUSES,
    })  # fmt: skip


@login_required
@require_GET
def list_detail(request: HttpRequest, list_id: int) -> HttpResponse:
    context = _list_context(request, list_id)
    template = "registry/_list_status.html" if _htmx(request) else "registry/list_detail.html"
    return render(request, template, context)


@login_required
@require_POST
def review(request: AuthedRequest, list_id: int, row: int) -> HttpResponse:
    item = get_object_or_404(visible(SupplierList.objects.all(), request.user), pk=list_id)
    if not can_edit(item, request.user):
        return HttpResponse(status=403)
    source = get_object_or_404(SourceRecord, supplier_list=item, row=row)
    if not visibility.may_answer_review(source, request.user):
        return HttpResponse(status=403)
    confirm = request.POST.get("verdict") == "same"
    services.decide_review(source, request.user, confirm=confirm,
                           reason=request.POST.get("reason", "")[:500])  # fmt: skip
    messages.success(request, _("Thank you: the decision is recorded and will be remembered."))
    return redirect("list-detail", list_id=item.pk)


@login_required
@require_POST
def retry(request: HttpRequest, list_id: int) -> HttpResponse:
    """A failed list's editor queues it again; its page then shows the progress anew."""
    item = get_object_or_404(visible(SupplierList.objects.all(), request.user), pk=list_id)
    if not can_edit(item, request.user):
        return HttpResponse(status=403)
    services.retry_list(item, request.user)
    messages.success(request, _("The list is queued again; rows already decided are kept."))
    return redirect("list-detail", list_id=item.pk)


@require_GET
def list_template(request: HttpRequest, fmt: str) -> HttpResponse:
    """The supplier-list template, for anyone (it holds no data)."""
    response = formats.template_response(fmt)
    if response is None:
        raise Http404
    return response
