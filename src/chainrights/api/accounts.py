"""Accounts and reference endpoints: tokens, the current user, organisations, rights and
countries. They serve core's models but live in the API package, so core imports no API."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import authenticate
from django.shortcuts import get_object_or_404
from ninja import Router, Status
from ninja.errors import HttpError
from ninja.pagination import paginate

from chainrights.api.auth import AUTH, AUTH_ANY_SCOPE
from chainrights.core import dashboard, reference, services
from chainrights.core.models import ApiToken, Membership, Organisation, Right
from chainrights.core.ratelimit import limited
from chainrights.core.schemas import (
    CountryOut,
    DashboardOut,
    MeOut,
    OrganisationOut,
    RightOut,
    TokenIssued,
    TokenOut,
    TokenRequest,
)

router = Router()


# One answer for an unknown user, a wrong password and a missing or wrong code: a guesser learns
# nothing about which part was wrong.
REFUSED = "Unknown username, wrong password, or a missing or wrong two-factor code."


@router.post("/auth/token", response={201: TokenIssued}, tags=["auth"], auth=None)
def create_token(request, payload: TokenRequest):
    """Exchange a username and password (and, for accounts with two-factor authentication, the
    current `otp` code) for a bearer token of scope `read` or `write` that expires. Operator
    staff must have enrolled an authenticator (403 until then). Rate-limited per address."""
    if limited(request, "login", settings.RATE_LIMIT_LOGIN):
        raise HttpError(429, "Too many attempts; wait a minute.")
    user = authenticate(request, username=payload.username, password=payload.password)
    issued = None
    if user is not None and user.is_active:
        issued = services.issue_token_for_sign_in(
            user, payload.otp, name=payload.name, scope=payload.scope,
            lifetime_days=payload.expires_in_days,
        )  # fmt: skip
    if issued is None:
        raise HttpError(401, REFUSED)
    token, raw = issued
    return Status(201, {
        "token": raw, "id": token.pk, "prefix": token.prefix, "scope": token.scope,
        "created_at": token.created_at, "expires_at": token.expires_at,
    })  # fmt: skip


@router.get("/auth/tokens", response=list[TokenOut], tags=["auth"], auth=AUTH)
def list_tokens(request):
    """Your tokens (never their secret values)."""
    return ApiToken.objects.filter(user=request.user).order_by("-created_at")


@router.delete("/auth/token", response={204: None}, tags=["auth"], auth=AUTH_ANY_SCOPE)
def revoke_current_token(request):
    """Revoke the token this request was made with (a read-only token may, too)."""
    services.revoke_token(request.api_token, by=request.user)
    return Status(204, None)


@router.delete("/auth/tokens/{token_id}", response={204: None}, tags=["auth"], auth=AUTH)
def revoke_token(request, token_id: int):
    """Revoke one of your tokens by its id."""
    token = get_object_or_404(ApiToken, pk=token_id, user=request.user)
    services.revoke_token(token, by=request.user)
    return Status(204, None)


def _memberships(user) -> list[dict]:
    memberships = Membership.objects.filter(user=user).select_related("organisation")
    return [
        {
            "organisation_id": m.organisation_id,
            "organisation": m.organisation.name,
            "kind": m.organisation.kind,
            "role": m.role,
        }
        for m in memberships
    ]


@router.get("/me", response=MeOut, tags=["auth"], auth=AUTH)
def me(request):
    return {
        "username": request.user.username,
        "is_staff": request.user.is_staff,
        "memberships": _memberships(request.user),
    }


@router.get("/dashboard", response=DashboardOut, tags=["auth"], auth=AUTH)
def get_dashboard(request):
    """What needs the token's holder, as on `/dashboard`: each tile's count, overdue count and
    first entries, in the request's language."""
    tiles = dashboard.tiles_for(request.user)
    return {"memberships": _memberships(request.user), "tiles": dashboard.as_json(tiles)}


@router.get("/organisations", response=list[OrganisationOut], tags=["organisations"])
@paginate
def list_organisations(request, kind: str | None = None):
    """Organisations on this platform (names and kinds are public)."""
    queryset = Organisation.objects.order_by("name")
    return queryset.filter(kind=kind) if kind else queryset


@router.get("/rights", response=list[RightOut], tags=["rights"])
@paginate
def list_rights(request, kind: str | None = None):
    """The shared rights taxonomy, each right with the instruments that ground it."""
    queryset = Right.objects.select_related("parent").order_by("position")
    return [_right(r) for r in (queryset.filter(kind=kind) if kind else queryset)]


@router.get("/rights/{code}", response=RightOut, tags=["rights"])
def get_right(request, code: str):
    return _right(get_object_or_404(Right.objects.select_related("parent"), code=code))


def _right(right: Right) -> dict:
    return {
        "code": right.code,
        "parent": right.parent.code if right.parent else None,
        "kind": right.kind,
        "name": right.name,
        "summary": right.summary,
        "sector": right.sector,
        "instruments": right.instruments,
    }


# GET /countries (every ISO 3166-1 country, with its profile's summary) is the states app's.


@router.get("/countries/resolve", response=CountryOut, tags=["reference"])
def resolve_country(request, name: str):
    """Resolve a country as people write it ('Turkey', 'Viet Nam', 'PRC', 'Hong Kong SAR')."""
    country = reference.resolve_country(name[:100])
    if country is None:
        raise HttpError(404, f"No country matches {name[:100]!r}.")
    return {"code": country.code, "name": country.name}


@router.get("/reference/provenance", tags=["reference"])
def provenance(request):
    """Where the reference data comes from, with versions and dates."""
    return {"countries": reference.country_provenance(), "rights": reference.rights_provenance()}
