"""Purchasing endpoints: the JSON twins of the pages. Ratings come out only as the frozen,
suppressed cells of closed cycles; orders only to their buyer, their supplier and (as
indicators) operators."""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404
from ninja import File, Query, Router, Status
from ninja.files import UploadedFile

from chainrights.api.auth import AUTH, OPTIONAL_AUTH
from chainrights.api.pagination import MAX_OFFSET
from chainrights.core import refusals
from chainrights.core.models import Organisation, OrganisationKind
from chainrights.core.types import AuthedRequest
from chainrights.purchasing import access, links, orders, publication, ratings, reads, statements
from chainrights.purchasing.indicators import indicators
from chainrights.purchasing.models import (
    CommentStatus,
    PurchaseOrder,
    RatingComment,
    RatingCycle,
    RootCauseLink,
)
from chainrights.purchasing.questions import QUESTIONS, SCALE
from chainrights.purchasing.schemas import (
    ActionIn,
    CommentDecisionIn,
    CycleIn,
    CycleOut,
    LinkIn,
    PublishIn,
    RatingIn,
    StatementIn,
)

router = Router(tags=["purchasing"])


def _buyer(buyer_id: int) -> Organisation:
    return get_object_or_404(Organisation, pk=buyer_id, kind=OrganisationKind.BRAND)


def _cycle_out(c: RatingCycle) -> dict[str, Any]:
    return {"id": c.pk, "name": c.name, "opens_on": c.opens_on, "closes_on": c.closes_on,
            "closed": c.is_closed}  # fmt: skip


@router.get("/purchasing/questions", auth=OPTIONAL_AUTH)
def list_questions(request: HttpRequest) -> Any:
    """The rating questions by Better Buying category, and the answer scale."""
    return {
        "scale": [{"value": v, "label": str(label)} for v, label in SCALE],
        "questions": [
            {"code": q.code, "category": q.category, "text": str(q.text)} for q in QUESTIONS
        ],
    }


@router.get("/purchasing/cycles", response=list[CycleOut], auth=OPTIONAL_AUTH)
def list_cycles(request: HttpRequest) -> Any:
    return [_cycle_out(c) for c in RatingCycle.objects.order_by("-opens_on")[:100]]


@router.post("/purchasing/cycles", response={201: CycleOut}, auth=AUTH)
def create_cycle(request: AuthedRequest, payload: CycleIn) -> Any:
    """Open a rating cycle (operator staff)."""
    cycle = ratings.open_cycle(request.user, payload.name, payload.opens_on, payload.closes_on)
    return Status(201, _cycle_out(cycle))


@router.post("/purchasing/cycles/{cycle_id}/close", response=CycleOut, auth=AUTH)
def close_cycle(request: AuthedRequest, cycle_id: int) -> Any:
    """Close the cycle and freeze every buyer's cells, shown or suppressed (operator staff)."""
    if access.operator_of(request.user) is None:
        raise refusals.NotAllowed("Only operator staff close a cycle.")
    cycle = get_object_or_404(RatingCycle, pk=cycle_id)
    ratings.close_cycle(request.user, cycle)
    return _cycle_out(cycle)


@router.post("/purchasing/ratings", response={201: dict}, auth=AUTH)
def rate(request: AuthedRequest, payload: RatingIn) -> Any:
    """Rate a buyer you produce for, once per cycle. The answer names no rater, and neither
    does anything a buyer can see."""
    if access.supplier_of(request.user) is None:
        raise refusals.NotAllowed("Only a supplier's editors rate its buyers.")
    buyer = _buyer(payload.buyer_id)
    cycle = get_object_or_404(RatingCycle, pk=payload.cycle_id)
    ratings.submit_rating(request.user, buyer, cycle, payload.answers, payload.comment)
    return Status(201, {"recorded": True})


@router.get("/purchasing/buyers/{buyer_id}/results", auth=OPTIONAL_AUTH)
def buyer_results(request: HttpRequest, buyer_id: int) -> Any:
    """A buyer's shown cells per closed cycle, the trend, the net partner score and the
    platform average, all from shown cells only."""
    return reads.results(_buyer(buyer_id))


@router.get("/purchasing/buyers/{buyer_id}/indicators", auth=AUTH)
def buyer_indicators(request: AuthedRequest, buyer_id: int) -> Any:
    """What the buyer's orders show, per buyer and per facility, with each formula (the
    buyer's own members and operator staff)."""
    buyer = _buyer(buyer_id)
    if not access.may_see_indicators(buyer, request.user):
        raise Http404
    data = indicators(buyer)
    data["definitions"] = [{**d, "label": str(d["label"])} for d in data["definitions"]]
    return data


@router.get("/purchasing/buyers/{buyer_id}/published", auth=OPTIONAL_AUTH)
def published_orders(request: HttpRequest, buyer_id: int) -> Any:
    """What the brand chose to publish of its orders: per closed cycle, the buyer as a whole
    and each country with at least k facilities, every figure with its formula."""
    return publication.published(_buyer(buyer_id))


@router.post("/purchasing/buyers/{buyer_id}/published", auth=AUTH)
def publish_orders(request: AuthedRequest, buyer_id: int, payload: PublishIn) -> Any:
    """Publish or unpublish your brand's order figures for a closed cycle (its
    administrators); the cells are frozen at the first publication."""
    buyer = _buyer(buyer_id)
    cycle = get_object_or_404(RatingCycle, pk=payload.cycle_id)
    p = publication.publish(request.user, buyer, cycle, payload.publish)
    return {"cycle_id": cycle.pk, "published": p.published}


@router.get("/purchasing/buyers/{buyer_id}/practices", auth=OPTIONAL_AUTH)
def buyer_practices(request: HttpRequest, buyer_id: int) -> Any:
    """What the brand says, what its suppliers say, and (to whoever may see them) what its
    orders show, per CFRPP principle and ACT commitment."""
    buyer = _buyer(buyer_id)
    user = request.user if request.user.is_authenticated else None
    return statements.says_and_shows(buyer, access.may_see_indicators(buyer, user))


@router.post("/purchasing/practices", response={201: dict}, auth=AUTH)
def state_practice(request: AuthedRequest, payload: StatementIn) -> Any:
    """State where your brand stands on a principle or commitment, with evidence."""
    s = statements.state_practice(request.user, **payload.dict())
    return Status(201, {"framework": s.framework, "item": s.item, "stage": s.stage})


@router.get("/purchasing/orders", auth=AUTH)
def list_orders(request: AuthedRequest, limit: int = Query(100, ge=1, le=500),
                offset: int = Query(0, ge=0, le=MAX_OFFSET)) -> Any:  # fmt: skip
    """Orders you may see: a brand its own, a supplier those of its sites (an offset past
    the API's bound is refused, 422: SQLite cannot take one past 2**63)."""
    found = PurchaseOrder.objects.filter(access.orders_of(request.user)).order_by("pk")
    rows = found.values("reference", "buyer__name", "facility__public_id", "quantity",
                        "unit_price", "currency", "confirmed_on", "ex_factory_requested",
                        "lead_time_days", "payment_terms_days")  # fmt: skip
    return {"count": found.count(), "orders": list(rows[offset : offset + limit])}


@router.post("/purchasing/orders/import", response={201: dict}, auth=AUTH)
def import_orders(request: AuthedRequest, file: UploadedFile = File(...)) -> Any:  # noqa: B008
    """Import orders, changes, payments and deductions (CSV, XLSX or JSON): every row is
    checked, all or nothing; 422 names each row, field and reason."""
    if file.size is not None and file.size > orders.MAX_BYTES:
        raise refusals.TooLarge(f"The file is larger than {orders.MAX_BYTES // 2**20} MB.")
    counts = orders.import_orders(request.user, file.name or "orders.csv", file.read())
    return Status(201, counts)


@router.get("/purchasing/comments", auth=AUTH)
def pending_comments(request: AuthedRequest) -> Any:
    """Comments waiting for an operator (operator staff)."""
    if access.operator_of(request.user, editing=False) is None:
        raise refusals.NotAllowed("Only operator staff review comments.")
    pending = RatingComment.objects.filter(status=CommentStatus.PENDING)
    return [{"id": c.pk, "buyer": c.rating.buyer.name, "cycle": c.rating.cycle.name,
             "text": c.text}
            for c in pending.select_related("rating__buyer", "rating__cycle")]  # fmt: skip


@router.post("/purchasing/comments/{comment_id}", auth=AUTH)
def decide_comment(request: AuthedRequest, comment_id: int, payload: CommentDecisionIn) -> Any:
    if access.operator_of(request.user) is None:
        raise refusals.NotAllowed("Only operator staff review comments.")
    comment = get_object_or_404(RatingComment, pk=comment_id)
    ratings.decide_comment(request.user, comment, payload.approve, payload.text)
    return {"id": comment.pk, "status": comment.status}


def _suggestion_out(s: dict[str, Any]) -> dict[str, Any]:
    link = s.get("link")
    return {"buyer": s["buyer"].name, "buyer_id": s["buyer"].pk, "flags": s["flags"],
            "category": s["category"], "status": link.status if link else "suggested"}  # fmt: skip


@router.get("/purchasing/links", auth=AUTH)
def list_links(request: AuthedRequest) -> Any:
    """Findings and admissible cases with buyers' red flags before them (operator staff)."""
    if access.operator_of(request.user, editing=False) is None:
        raise refusals.NotAllowed("Only operator staff see every buyer's red flags.")
    return {
        "findings": [{"finding_id": f.pk, "audit_id": f.audit_id, "right": f.right.code,
                      "suggestions": [_suggestion_out(s) for s in found]}
                     for f, found in links.open_findings(request.user)],
        "cases": [{"case_id": c["case_id"], "rights": c["rights"], **_suggestion_out(c)}
                  for c in links.open_cases(request.user)],
    }  # fmt: skip


@router.post("/purchasing/links", response={201: dict}, auth=AUTH)
def decide_link(request: AuthedRequest, payload: LinkIn) -> Any:
    """Confirm or dismiss a buyer's purchasing practice as a root cause (operator staff)."""
    if access.operator_of(request.user) is None:
        raise refusals.NotAllowed("Operator staff confirm a suggested root cause.")
    finding = links.finding_by_id(payload.finding_id) if payload.finding_id else None
    if finding is None and payload.case_id is None:
        raise refusals.Invalid("Name a finding or a case.", field="finding_id")
    link = links.decide_link(request.user, buyer=_buyer(payload.buyer_id),
                             confirm=payload.confirm, finding=finding,
                             case_id=payload.case_id)  # fmt: skip
    return Status(201, {"id": link.pk, "status": link.status, "category": link.category})


@router.post("/purchasing/links/{link_id}/actions", response={201: dict}, auth=AUTH)
def take_action(request: AuthedRequest, link_id: int, payload: ActionIn) -> Any:
    """The buyer's own corrective action for a confirmed link (the buyer's editors)."""
    link = get_object_or_404(RootCauseLink, pk=link_id)
    if access.brand_of(request.user) != link.buyer:
        raise Http404
    action = links.take_action(request.user, link, description=payload.description,
                               deadline=payload.deadline)  # fmt: skip
    return Status(201, {"action_id": action.pk, "audit_id": action.finding.audit_id})
