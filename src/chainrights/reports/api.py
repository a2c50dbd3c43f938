"""Reports and scorecards endpoints: the JSON twins of the pages."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Query, Router, Status

from chainrights.api.auth import AUTH, OPTIONAL_AUTH
from chainrights.core import refusals
from chainrights.core.models import Organisation, OrganisationKind
from chainrights.core.types import AuthedRequest
from chainrights.core.visibility import is_operator
from chainrights.reports import access, drafting, frameworks, reads, review, scorecards
from chainrights.reports.models import Report
from chainrights.reports.schemas import NarrativesIn, PublishIn, ReportIn

router = Router(tags=["reports"])


def _reader(request: HttpRequest) -> Any:
    user = getattr(request, "auth", None) or request.user
    return user if user is not None and user.is_authenticated else None


def _report(request: HttpRequest, report_id: int) -> Report:
    return get_object_or_404(access.readable(_reader(request)), pk=report_id)


def _summary(r: Report) -> dict[str, Any]:
    return {"id": r.pk, "organisation": r.owner_org.name, "framework": r.framework,
            "version": r.version, "period_start": r.period_start, "period_end": r.period_end,
            "status": r.status, "visibility": r.visibility, "sha256": r.content_hash}  # fmt: skip


@router.get("/reports/frameworks", auth=OPTIONAL_AUTH)
def list_frameworks(request: HttpRequest) -> Any:
    """Every framework version: its dates, sections and questions, and the figures each uses."""
    return [{"framework": v.framework, "name": v.name, "version": v.version,
             "applies_from": v.applies_from, "applies_to": v.applies_to, "note": v.note,
             "sources": list(v.sources),
             "sections": [{"code": s.code, "title": s.title, "questions": [
                 {"code": q.code, "text": q.text, "figures": list(q.figures)}
                 for q in s.questions]} for s in v.sections]}
            for v in frameworks.shipped()]  # fmt: skip


@router.get("/reports", auth=OPTIONAL_AUTH)
def list_reports(request: HttpRequest) -> Any:
    """Published reports you may read, and your own brand's drafts."""
    found = access.readable(_reader(request)).select_related("owner_org")[:200]
    return [_summary(r) for r in found]


@router.post("/reports", response={201: dict}, auth=AUTH)
def start_report(request: AuthedRequest, payload: ReportIn) -> Any:
    """Start a draft for your brand under the version in force on the period's last day."""
    report = drafting.start_report(request.user, payload.framework, payload.period_start,
                                   payload.period_end)  # fmt: skip
    return Status(201, _summary(report))


YEAR = Query(None, ge=review.FIRST_YEAR, le=review.LAST_YEAR)


@router.get("/reports/effectiveness", auth=AUTH)
def effectiveness(request: AuthedRequest, year: int | None = YEAR) -> Any:
    """The Principle 31 review of the cases you may see (brands and operator staff); this
    year when none is given (a year outside 2000–2100 is refused as invalid, 422)."""
    if access.brand_of(request.user) is None and not is_operator(request.user):
        raise Http404
    data = review.review(request.user, year or date.today().year)
    return {k: v for k, v in data.items() if k != "chart"}


@router.get("/reports/{report_id}", auth=OPTIONAL_AUTH)
def report_detail(request: HttpRequest, report_id: int) -> Any:
    """A report's sections, questions, figures (frozen once published) and texts; the
    framework's name, note, titles and questions in the framework file's English."""
    report = _report(request, report_id)
    return reads.report_view(report, _reader(request), translated=False)


@router.post("/reports/{report_id}/narratives", auth=AUTH)
def write_narratives(request: AuthedRequest, report_id: int, payload: NarrativesIn) -> Any:
    """Write (or, with an empty text, clear) the answers to some questions of your draft."""
    report = _report(request, report_id)
    drafting.write_narratives(report, request.user, payload.narratives)
    return {"missing": drafting.missing(report)}


@router.post("/reports/{report_id}/publish", auth=AUTH)
def publish(request: AuthedRequest, report_id: int, payload: PublishIn) -> Any:
    """Freeze your draft and publish it to everyone or to named organisations."""
    report = _report(request, report_id)
    names = payload.organisations
    organisations = list(Organisation.objects.filter(name__in=names))
    unknown = sorted(set(names) - {o.name for o in organisations})
    if unknown:
        raise refusals.Invalid(
            f"Unknown organisations: {', '.join(unknown)}", field="organisations"
        )
    drafting.publish(report, request.user, public=payload.audience == "public",
                     organisations=organisations)  # fmt: skip
    return _summary(report)


@router.post("/reports/{report_id}/corrections", response={201: dict}, auth=AUTH)
def correct(request: AuthedRequest, report_id: int) -> Any:
    """Start a correction of your published report: a new draft with its words."""
    return Status(201, _summary(drafting.correct(_report(request, report_id), request.user)))


@router.get("/reports/{report_id}/figures/{key}", auth=OPTIONAL_AUTH)
def figure(request: HttpRequest, report_id: int, key: str) -> Any:
    """One figure of a report and the records behind it."""
    view = reads.report_view(_report(request, report_id), _reader(request))
    if key not in view["figures"]:
        raise Http404
    return view["figures"][key]


@router.get("/scorecards", auth=OPTIONAL_AUTH)
def list_scorecards(request: HttpRequest) -> Any:
    """Every brand's public transparency scorecard."""
    return scorecards.all_scorecards()


@router.get("/scorecards/methodology", auth=OPTIONAL_AUTH)
def methodology(request: HttpRequest) -> Any:
    """How each scorecard column is computed."""
    return [{"column": k, "label": str(label), "method": str(text)}
            for k, label, text in scorecards.COLUMNS]  # fmt: skip


@router.get("/scorecards/{brand_id}", auth=OPTIONAL_AUTH)
def scorecard(request: HttpRequest, brand_id: int) -> Any:
    """One brand's public scorecard."""
    brand = get_object_or_404(Organisation, pk=brand_id, kind=OrganisationKind.BRAND)
    return scorecards.scorecard(brand)
