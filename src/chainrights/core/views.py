"""Pages of the core app: home, rights, health, sign-in and the account page."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from chainrights.core import dashboard as tiles
from chainrights.core import errorviews, reference, refusals, totp
from chainrights.core.errors import TOO_MANY_REQUESTS, error_response, is_api_request
from chainrights.core.forms import LoginForm
from chainrights.core.models import ApiToken, Membership, Organisation, Right, RightKind
from chainrights.core.ratelimit import rate_limit
from chainrights.core.services import revoke_token
from chainrights.core.types import AuthedRequest


@require_GET
def home(request: HttpRequest) -> HttpResponse:
    counts = {
        "rights": Right.objects.count(),
        "organisations": Organisation.objects.count(),
    }
    return render(request, "core/home.html", {"counts": counts})


@login_required
@require_GET
def dashboard(request: AuthedRequest) -> HttpResponse:
    """Where a person lands after signing in: what needs them, from every app."""
    memberships = Membership.objects.filter(user=request.user).select_related("organisation")
    return render(request, "core/dashboard.html",
                  {"tiles": tiles.tiles_for(request.user), "memberships": memberships})  # fmt: skip


@require_GET
def rights_list(request: HttpRequest) -> HttpResponse:
    kind = request.GET.get("kind", "")
    rights = list(Right.objects.select_related("parent").order_by("position"))
    tree: list[tuple[Right, list[Right]]]
    if kind in RightKind.values:
        tree = [(r, []) for r in rights if r.kind == kind]
    else:
        kind = ""
        children: dict[int, list[Right]] = {}
        for r in rights:
            if r.parent_id is not None:
                children.setdefault(r.parent_id, []).append(r)
        tree = [(r, children.get(r.pk, [])) for r in rights if r.parent_id is None]
    context = {
        "tree": tree,
        "kind": kind,
        "kinds": RightKind.choices,
        "provenance": reference.rights_provenance(),
    }
    template = (
        "core/_rights_browser.html" if request.headers.get("HX-Request") else "core/rights.html"
    )
    return render(request, template, context)


@require_GET
def right_detail(request: HttpRequest, code: str) -> HttpResponse:
    right = get_object_or_404(Right.objects.select_related("parent"), code=code)
    return render(
        request, "core/right_detail.html", {"right": right, "children": right.children.all()}
    )


@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    """Database reachable and fully migrated; 503 otherwise (for load balancers)."""
    database: dict[str, Any] = {"vendor": connection.vendor}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        executor = MigrationExecutor(connection)
        pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
        database.update(ok=True, pending_migrations=len(pending))
    except Exception as exc:
        database.update(ok=False, error=exc.__class__.__name__)
    healthy = database.get("ok") and not database.get("pending_migrations")
    return JsonResponse(
        {"status": "ok" if healthy else "unavailable", "database": database},
        status=200 if healthy else 503,
    )


@method_decorator(rate_limit("login", "RATE_LIMIT_LOGIN"), name="post")
class LoginView(auth_views.LoginView):
    """Sign-in; accounts with a TOTP device must also give its current code."""

    authentication_form = LoginForm
    template_name = "core/login.html"
    redirect_authenticated_user = True


@login_required
def account(request: AuthedRequest) -> HttpResponse:
    user = request.user
    memberships = Membership.objects.filter(user=user).select_related("organisation")
    tokens = ApiToken.objects.filter(user=user).order_by("-created_at")
    return render(
        request,
        "core/account.html",
        {
            "memberships": memberships,
            "tokens": tokens,
            "has_totp": totp.confirmed_device(request.user) is not None,
            "recovery_left": totp.recovery_codes_left(request.user),
        },
    )


@login_required
@require_POST
def account_revoke_token(request: AuthedRequest, token_id: int) -> HttpResponse:
    token = get_object_or_404(ApiToken, pk=token_id, user=request.user)
    revoke_token(token, by=request.user)
    messages.success(request, _("Token revoked."))
    return redirect("account")


@login_required
def two_factor(request: AuthedRequest) -> HttpResponse:
    """Enrol a TOTP authenticator: show the secret as a QR code, confirm with one code; then
    show the recovery codes once, and go on to the page that was asked for."""
    device = totp.pending_device(request.user)
    after = totp.safe_next(request, reverse("account"))
    if request.method == "POST":
        code = request.POST.get("code", "").strip()
        if totp.confirm(request, device, code):
            messages.success(request, _("Two-factor authentication is on."))
            codes = totp.make_recovery_codes(request.user)
            return render(request, "core/recovery_codes.html", {"codes": codes, "next": after})
        messages.error(request, _("That code is not valid. Check your device's clock and retry."))
    return render(request, "core/two_factor.html", {
        "device": device, "qr_svg": totp.qr_svg(device), "secret": totp.base32_secret(device),
        "next": after,
    })  # fmt: skip


@login_required
@require_POST
def recovery_codes(request: AuthedRequest) -> HttpResponse:
    """New recovery codes (the old ones stop working), from a session signed in with the
    second factor only: a stolen password alone never mints codes."""
    verified = request.user.is_verified()  # type: ignore[attr-defined]  # django-otp's
    if totp.confirmed_device(request.user) is None or not verified:
        raise refusals.NotAllowed(_("Sign in with your authenticator code to make new codes."))
    codes = totp.make_recovery_codes(request.user)
    return render(request, "core/recovery_codes.html", {"codes": codes,
                                                        "next": reverse("account")})  # fmt: skip


def rate_limited(request: HttpRequest, exception: Exception) -> HttpResponse:
    if is_api_request(request):
        return error_response(429, TOO_MANY_REQUESTS)
    return errorviews.page(request, 429)
