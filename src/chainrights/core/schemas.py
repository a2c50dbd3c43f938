"""Ninja schemas of the core app."""

from __future__ import annotations

import types
import typing
from datetime import date, datetime
from typing import Any, Literal

from django.conf import settings
from ninja import Field, Schema
from pydantic import ValidationInfo, field_validator

# The JSON types a body field of each Python type may arrive as. Pydantic's lax mode would
# also read `0` as 1 January 1970, `false` as the number 0 and `"yes"` as true.
_JSON_TYPES: dict[type, tuple[type, ...]] = {
    bool: (bool,), int: (int,), float: (int, float), str: (str,),
    datetime: (str,), date: (str,), list: (list,), dict: (dict,),
}  # fmt: skip
_JSON_NAMES = {bool: "boolean", int: "integer", float: "number", str: "string",
               date: "date string", datetime: "date-time string", list: "array",
               dict: "object"}  # fmt: skip


def _python_types(annotation: Any) -> list[type] | None:
    """The plain Python types that ``annotation`` names, or None when it takes anything else
    (a nested schema, a literal: those check their own input)."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _python_types(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        found: list[type] = []
        for arg in typing.get_args(annotation):
            inner = [] if arg is type(None) else _python_types(arg)
            if inner is None:
                return None
            found += inner
        return found
    base = origin or annotation
    known = [t for t in _JSON_TYPES if isinstance(base, type) and issubclass(base, t)]
    return known[:1] or None


def _has_nul(value: Any) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, list):
        return any(_has_nul(item) for item in value)
    return False


class JsonIn(Schema):
    """A request body: each field takes only the JSON type its schema documents, so a client
    that sends the wrong type is told so (422 naming the field) instead of being guessed at."""

    @field_validator("*", mode="before")
    @classmethod
    def _json_type(cls, value: Any, info: ValidationInfo) -> Any:
        if _has_nul(value):  # PostgreSQL cannot store it in text: refused here, not a 500
            raise ValueError("must not contain the NUL character")
        field = cls.model_fields.get(info.field_name or "")
        python_types = _python_types(field.annotation) if field else None
        if value is None or not python_types:
            return value
        expected = tuple(t for p in python_types for t in _JSON_TYPES[p])
        if isinstance(value, expected) and (bool in expected or not isinstance(value, bool)):
            return value
        raise ValueError("must be a JSON " + " or ".join(_JSON_NAMES[p] for p in python_types))


class TokenRequest(JsonIn):
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


class DashboardEntryOut(Schema):
    text: str
    url: str
    note: str
    late: bool


class DashboardTileOut(Schema):
    key: str
    title: str
    count: int
    url: str
    entries: list[DashboardEntryOut]
    late: int
    none: str
    action: str
    action_url: str
    more: bool


class DashboardOut(Schema):
    memberships: list[MembershipOut]
    tiles: list[DashboardTileOut]


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
