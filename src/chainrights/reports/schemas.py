"""API shapes of the reports app."""

from __future__ import annotations

from datetime import date
from typing import Literal

from ninja import Field

from chainrights.core.schemas import JsonIn


class ReportIn(JsonIn):
    framework: str = Field(..., min_length=1, max_length=30)
    period_start: date
    period_end: date


class NarrativesIn(JsonIn):
    narratives: dict[str, str] = Field(..., max_length=60)


class PublishIn(JsonIn):
    audience: Literal["public", "shared"]
    organisations: list[str] = Field(default_factory=list, max_length=50)
