"""Suppliers rate buyers in confidence; an operator opens and closes cycles and approves
comments. The rating is written under a system actor so the event log names no rater, and the
rater is kept only encrypted (plus a keyed digest that stops a second rating in a cycle)."""

from __future__ import annotations

import hashlib
import hmac
import json
from datetime import date

from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.utils import timezone

from chainrights.core import events, refusals
from chainrights.core.logkeys import log_key
from chainrights.core.models import Organisation
from chainrights.core.types import AnyUser
from chainrights.purchasing import access, anonymity
from chainrights.purchasing.models import (
    Category,
    CommentStatus,
    RatingAggregate,
    RatingAnswer,
    RatingComment,
    RatingCycle,
    SupplierRating,
)
from chainrights.purchasing.questions import BY_CODE, QUESTIONS

MAX_COMMENT = 4000
RATER_ACTOR = "purchasing-rating"  # the event log's actor for every rating write


def _operator(user: AnyUser) -> Organisation:
    operator = access.operator_of(user)
    if operator is None:
        raise refusals.NotAllowed("Only operator staff run rating cycles and approve comments.")
    return operator


def open_cycle(user: AnyUser, name: str, opens_on: date, closes_on: date) -> RatingCycle:
    operator = _operator(user)
    if closes_on <= opens_on:
        raise refusals.Invalid("A cycle closes after it opens.", field="closes_on")
    if RatingCycle.objects.filter(name=name).exists():
        raise refusals.Conflict(f"A cycle called {name!r} exists already.", field="name")
    with transaction.atomic(), events.acting_as(user, operator, "rating cycle opened"):
        return RatingCycle.objects.create(name=name[:40], opens_on=opens_on, closes_on=closes_on)


def rater_key(cycle: RatingCycle, buyer: Organisation, rater: Organisation) -> str:
    """A keyed digest: equal for the same rater, buyer and cycle, unreadable without the key."""
    message = f"{cycle.pk}:{buyer.pk}:{rater.pk}".encode()
    return hmac.new(log_key("purchasing-rater"), message, hashlib.sha256).hexdigest()


def _checked_answers(answers: dict[str, int | None]) -> list[tuple[str, int | None]]:
    unknown = sorted(set(answers) - set(BY_CODE))
    if unknown:
        raise refusals.Invalid(f"Unknown question {unknown[0][:40]!r}.", field="answers")
    checked = []
    for question in QUESTIONS:
        value = answers.get(question.code)
        if value is not None and (not isinstance(value, int) or not 1 <= value <= 5):
            raise refusals.Invalid(f"{question.code}: an answer is 1 to 5, or empty for "
                                   "not applicable.", field=question.code)  # fmt: skip
        checked.append((question.code, value))
    if all(v is None for _c, v in checked):
        raise refusals.Invalid("Answer at least one question; leave out only those that do "
                               "not apply.", field="answers")  # fmt: skip
    return checked


def submit_rating(user: User, buyer: Organisation, cycle: RatingCycle,
                  answers: dict[str, int | None], comment: str = "") -> SupplierRating:  # fmt: skip
    """Record one supplier's rating of one buyer; at most one per cycle."""
    rater = access.supplier_of(user)
    if rater is None or buyer.pk not in {b.pk for b in access.buyers_of(rater)}:
        raise refusals.NotAllowed("Only a supplier that produces for this buyer rates it.")
    if cycle.is_closed or not cycle.opens_on <= timezone.localdate() <= cycle.closes_on:
        raise refusals.Conflict("This cycle is not open for ratings.", field="cycle")
    checked = _checked_answers(answers)
    secret = json.dumps({"organisation": rater.pk, "country": rater.country})
    try:
        with transaction.atomic(), events.acting_as(system=RATER_ACTOR, reason="rating received"):
            rating = SupplierRating.objects.create(
                cycle=cycle, buyer=buyer, rater=secret, rater_key=rater_key(cycle, buyer, rater)
            )
            for code, value in checked:
                category = BY_CODE[code].category
                RatingAnswer.objects.create(rating=rating, question=code, category=category,
                                            value=value)  # fmt: skip
            if comment.strip():
                RatingComment.objects.create(rating=rating, text=comment.strip()[:MAX_COMMENT])
    except IntegrityError as exc:
        raise refusals.Conflict("You rated this buyer in this cycle already.") from exc
    return rating


def already_rated(user: AnyUser, buyer: Organisation, cycle: RatingCycle) -> bool:
    rater = access.supplier_of(user)
    return (
        rater is not None
        and SupplierRating.objects.filter(
            cycle=cycle, buyer=buyer, rater_key=rater_key(cycle, buyer, rater)
        ).exists()
    )


def _rater_answers(rating: SupplierRating) -> anonymity.RaterAnswers:
    who = json.loads(rating.rater)
    grouped: dict[str, list[int]] = {}
    for answer in rating.answers.all():
        if answer.value is not None:
            grouped.setdefault(answer.category, []).append(answer.value)
    return anonymity.RaterAnswers(who["organisation"], who.get("country", ""), grouped)


def close_cycle(user: AnyUser, cycle: RatingCycle) -> int:
    """Close the cycle and freeze every buyer's cells (shown or suppressed); returns cells."""
    operator = _operator(user)
    if cycle.is_closed:
        raise refusals.Conflict("The cycle is closed already.")
    cells = 0
    with transaction.atomic(), events.acting_as(user, operator, "rating cycle closed"):
        buyers = set(cycle.ratings.values_list("buyer_id", flat=True))
        for buyer_id in sorted(buyers):
            ratings = cycle.ratings.filter(buyer_id=buyer_id).prefetch_related("answers")
            decided = anonymity.decide([_rater_answers(r) for r in ratings], Category.values)
            for cell in decided:
                _freeze(cycle, buyer_id, cell)
                cells += 1
        cycle.closed_at = timezone.now()
        cycle.save()
    return cells


def _freeze(cycle: RatingCycle, buyer_id: int, cell: anonymity.Cell) -> None:
    shown = not cell.suppressed
    RatingAggregate.objects.create(
        cycle=cycle, buyer_id=buyer_id, category=cell.category, region=cell.region,
        suppressed=not shown, reason=cell.reason, raters=cell.raters if shown else None,
        score=cell.score() if shown else None, distribution=cell.distribution() if shown else [],
    )  # fmt: skip


def decide_comment(user: AnyUser, comment: RatingComment, approve: bool,
                   text: str = "") -> RatingComment:  # fmt: skip
    """Approve (perhaps redacted: ``text``) or reject a comment before the buyer sees it."""
    operator = _operator(user)
    with transaction.atomic(), events.acting_as(user, operator, "rating comment decided"):
        comment.status = CommentStatus.APPROVED if approve else CommentStatus.REJECTED
        comment.approved_text = (text.strip() or comment.text)[:MAX_COMMENT] if approve else ""
        comment.save()
    return comment
