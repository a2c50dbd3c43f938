"""Ninja schemas of the registry."""

from __future__ import annotations

from datetime import date, datetime

from ninja import Field, Schema

from chainrights.core.schemas import JsonIn


class ListCreated(Schema):
    id: int
    status: str
    created: bool


class ListOut(Schema):
    id: int
    name: str
    status: str
    counts: dict[str, int]
    progress: dict[str, int]
    tier: int | None
    as_of: date | None
    public: bool
    created_at: datetime
    failure: str
    report: list[dict]
    previous_id: int | None
    added: list[str]
    removed: list[str]


class RowOut(Schema):
    row: int
    status: str
    facility_id: str | None
    candidate_id: str | None
    score: float
    name: str
    address: str
    country: str
    evidence: dict


class FacilityOut(Schema):
    id: str
    requested_id: str
    merged: bool
    country: str
    name: str
    address: str
    lat: float | None
    lng: float | None
    sectors: str
    product_types: str
    parent_company: str
    workers: str
    identifiers: dict[str, list[str]]


class FacilityDetail(FacilityOut):
    names: list[str]
    addresses: list[str]
    sources: int
    disclosed_by: list[str]
    claimed: bool


class Reason(JsonIn):
    reason: str = Field(..., min_length=1, max_length=2000)


class MergeIn(Reason):
    into: str = Field(..., max_length=40, description="the facility that survives")


class RowRef(JsonIn):
    list_id: int
    row: int


class SplitIn(Reason):
    rows: list[RowRef] = Field(..., min_length=1, max_length=1000)


class ReviewIn(JsonIn):
    same: bool
    reason: str = Field("", max_length=2000)


class DecisionOut(Schema):
    list_id: int
    row: int
    status: str
    facility_id: str | None


class ClaimIn(JsonIn):
    evidence: str = Field(..., min_length=1, max_length=4000)


class ClaimDecisionIn(Reason):
    verify: bool


class ClaimOut(Schema):
    id: int
    facility_id: str
    organisation: str
    status: str
    evidence: str
    reason: str
    created_at: datetime


class CorrectionIn(Reason):
    # Leave a field out to keep it; a name or address cannot be null (lat and lng can: unknown).
    name: str = Field(None, min_length=1, max_length=500)  # type: ignore[assignment]
    address: str = Field(None, max_length=2000)  # type: ignore[assignment]
    lat: float | None = Field(None, ge=-90, le=90)
    lng: float | None = Field(None, ge=-180, le=180)
