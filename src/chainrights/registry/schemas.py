"""Ninja schemas of the registry."""

from __future__ import annotations

from datetime import datetime

from ninja import Schema


class ListCreated(Schema):
    id: int
    status: str
    created: bool


class ListOut(Schema):
    id: int
    name: str
    status: str
    counts: dict[str, int]
    tier: int | None
    public: bool
    created_at: datetime
    failure: str
    report: list[dict]


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


class FacilityDetail(FacilityOut):
    names: list[str]
    addresses: list[str]
    sources: int
