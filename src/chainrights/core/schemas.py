"""Ninja schemas of the core app."""

from __future__ import annotations

from datetime import datetime

from ninja import Field, Schema


class TokenRequest(Schema):
    username: str = Field(..., min_length=1, max_length=150)
    password: str = Field(..., min_length=1, max_length=4096)
    name: str = Field("", max_length=100, description="A label to recognise the token by.")


class TokenIssued(Schema):
    token: str = Field(..., description="Shown once; store it safely.")
    id: int
    prefix: str
    created_at: datetime


class TokenOut(Schema):
    id: int
    name: str
    prefix: str
    created_at: datetime
    revoked_at: datetime | None


class MembershipOut(Schema):
    organisation_id: int
    organisation: str
    kind: str
    role: str


class MeOut(Schema):
    username: str
    is_staff: bool
    memberships: list[MembershipOut]


class OrganisationOut(Schema):
    id: int
    name: str
    kind: str
    country: str


class Instrument(Schema):
    code: str
    title: str
    body: str
    url: str


class RightOut(Schema):
    code: str
    parent: str | None
    kind: str
    name: str
    summary: str
    sector: str
    instruments: list[Instrument]


class CountryOut(Schema):
    code: str
    name: str
