"""API shapes of the risk app (what it takes; answers are the pages' dictionaries)."""

from __future__ import annotations

from datetime import date

from ninja import Field

from chainrights.core.schemas import JsonIn


class DecisionIn(JsonIn):
    involvement: str = Field("", max_length=10)
    involvement_reason: str = Field("", max_length=2000)
    response: str = Field("", max_length=14)
    response_reason: str = Field("", max_length=2000)
    partners: list[str] = Field(default_factory=list, max_length=20)


class SeverityIn(JsonIn):
    right: str = Field(..., min_length=1, max_length=60)
    scale: int = Field(..., ge=1, le=5)
    scope: int = Field(..., ge=1, le=5)
    irremediability: int = Field(..., ge=1, le=5)
    reason: str = Field(..., min_length=1, max_length=2000)


class RelationshipIn(JsonIn):
    facility: str = Field(..., min_length=1, max_length=40, description="public facility ID")
    share_of_output: int | None = Field(None, ge=0, le=100)
    since: date | None = None
    schemes: list[str] = Field(default_factory=list, max_length=20)
    source: str = Field("", max_length=300)


class WeightIn(JsonIn):
    kind: str = Field(..., min_length=1, max_length=40)
    weight: float = Field(..., ge=0, le=1)
    reason: str = Field(..., min_length=1, max_length=2000)


class PublicationIn(JsonIn):
    published: bool


class ConsultationIn(JsonIn):
    group: str = Field(..., max_length=16, description="workers_women, workers_men, "
                       "workers_other, union, community or other")  # fmt: skip
    people: int = Field(..., ge=1, le=1_000_000)
    method: str = Field(..., min_length=1, max_length=200)
    held_on: date


class FindingIn(JsonIn):
    right: str = Field(..., min_length=1, max_length=60, description="a right's code")
    text: str = Field(..., min_length=1, max_length=10000)
    source: str = Field("", max_length=300)
    items: list[str] = Field(default_factory=list, max_length=50,
                             description="keys of register items it covers")  # fmt: skip


class ActionIn(JsonIn):
    text: str = Field(..., min_length=1, max_length=5000)
    owner: str = Field(..., min_length=1, max_length=200)
    due_on: date


class AssessmentIn(JsonIn):
    title: str = Field(..., min_length=1, max_length=200)
    scope: str = Field(..., max_length=16, description="facility or country_product")
    facility: str = Field("", max_length=40, description="public facility ID")
    country: str = Field("", max_length=2)
    product: str = Field("", max_length=120)
    period_start: date
    period_end: date
    summary: str = Field("", max_length=20000)
    review_on: date | None = None
    consultations: list[ConsultationIn] = Field(default_factory=list, max_length=100)
    findings: list[FindingIn] = Field(default_factory=list, max_length=100)
    actions: list[ActionIn] = Field(default_factory=list, max_length=100)
