"""Country profile endpoints: every country's summary, one country's profile with what the
platform holds there (public parts only), and the operators' entry of a fact."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.http import HttpRequest
from ninja import Field, Router, Schema, Status
from ninja.errors import HttpError
from ninja.pagination import paginate

from chainrights.api.auth import AUTH
from chainrights.core.schemas import JsonIn
from chainrights.core.types import AuthedRequest
from chainrights.states import reads, services

router = Router(tags=["states"])


class CoverageOut(Schema):
    ratio: float | None = Field(description="inspectors per 10,000 / benchmark; None = a gap")
    ratio_under: float | None = Field(
        description="when ILOSTAT's density rounds to 0: the ratio is under this"
    )
    gap: str | None = Field(description="no_figure or no_class when ratio is None")
    per_10k: dict[str, Any] | None
    economy_class: dict[str, Any] | None
    benchmark_per_10k: float | None
    bar_percent: int | None


class CountryRow(Schema):
    code: str
    name: str
    coverage: CoverageOut
    fundamental_ratified: int | None = Field(description="None: no sourced ratification fact")
    ituc_rating: str | None
    listed_goods: int | None = Field(description="None: no edition of the list is loaded")


class FactIn(JsonIn):
    kind: str = Field(..., max_length=24)
    label: str = Field("", max_length=200)
    value: str = Field(..., max_length=1000)
    unit: str = Field("", max_length=60)
    as_of: date
    source: str = Field(..., max_length=300)
    source_url: str = Field("", max_length=500)
    licence: str = Field("", max_length=200)
    reason: str = Field("", max_length=300)


class FactOut(Schema):
    country: str
    kind: str
    label: str
    value: str
    unit: str
    as_of: date
    source: str
    source_url: str
    licence: str


def _code(iso2: str) -> str:
    code = services.known(iso2)
    if code is None:
        raise HttpError(404, f"No country has the ISO 3166-1 code {iso2[:10]!r}.")
    return code


@router.get("/countries", response=list[CountryRow])
@paginate
def list_countries(request: HttpRequest, q: str = "", sort: str = "name", desc: bool = False):
    """Every ISO 3166-1 country with its profile's summary; a None is a data gap."""
    rows = reads.country_table(q[:100], sort, desc)
    return [{**r, "code": r["iso2"]} for r in rows]


@router.get("/countries/{iso2}", response=dict[str, Any])
def get_country(request: HttpRequest, iso2: str) -> Any:
    """One country's profile (every value with its source, date and licence; None is a gap)
    and the public counts of what chainrights holds there."""
    code = _code(iso2)
    return {**services.profile(code), "on_platform": reads.on_platform(code)}


@router.post("/countries/{iso2}/facts", response={201: FactOut}, auth=AUTH)
def add_fact(request: AuthedRequest, iso2: str, payload: FactIn):
    """Enter or correct one fact about a country, with its source (operators only)."""
    raw = payload.dict()
    reason = raw.pop("reason")
    raw["as_of"] = raw["as_of"].isoformat()
    fact = services.set_fact(_code(iso2), request.user, raw, reason)
    return Status(201, fact)
