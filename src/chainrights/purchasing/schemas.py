"""API shapes of the purchasing app."""

from __future__ import annotations

from datetime import date

from ninja import Field, Schema

from chainrights.core.schemas import JsonIn


class CycleIn(JsonIn):
    name: str = Field(..., min_length=1, max_length=40)
    opens_on: date
    closes_on: date


class CycleOut(Schema):
    id: int
    name: str
    opens_on: date
    closes_on: date
    closed: bool


class RatingIn(JsonIn):
    buyer_id: int
    cycle_id: int
    answers: dict[str, int | None] = Field(..., max_length=40)
    comment: str = Field("", max_length=4000)


class StatementIn(JsonIn):
    framework: str = Field(..., max_length=5)
    item: int = Field(..., ge=1, le=5)
    stage: str = Field(..., max_length=12)
    evidence: str = Field("", max_length=4000)
    evidence_url: str = Field("", max_length=200)


class CommentDecisionIn(JsonIn):
    approve: bool
    text: str = Field("", max_length=4000)


class LinkIn(JsonIn):
    buyer_id: int
    confirm: bool
    finding_id: int | None = None
    case_id: int | None = None


class ActionIn(JsonIn):
    description: str = Field(..., min_length=1, max_length=4000)
    deadline: date


class PublishIn(JsonIn):
    cycle_id: int
    publish: bool
