"""Ninja schemas of the core app."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from django.conf import settings
from ninja import Field, Schema


class TokenRequest(Schema):
    username: str = Field(..., min_length=1, max_length=150)
    password: str = Field(..., min_length=1, max_length=4096)
    otp: str = Field(
        "",
        max_length=8,
        description="The current code of your authenticator: required once the account has "
        "enrolled one (and operator staff must).",
    )
    name: str = Field("", max_length=100, description="A label to recognise the token by.")
    scope: Literal["read", "write"] = Field(
        "read", description="`read` answers GET requests only; `write` may also change things."
    )
    expires_in_days: int | None = Field(
        None,
        ge=1,
        le=settings.API_TOKEN_MAX_LIFETIME_DAYS,
        description="Lifetime in days; `API_TOKEN_LIFETIME_DAYS` when not given.",
    )


class TokenIssued(Schema):
    token: str = Field(..., description="Shown once; store it safely.")
    id: int
    prefix: str
    scope: str
    created_at: datetime
    expires_at: datetime


class TokenOut(Schema):
    id: int
    name: str
    prefix: str
    scope: str
    second_factor: bool = Field(..., description="a TOTP code was checked when it was issued")
    created_at: datetime
    expires_at: datetime
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
