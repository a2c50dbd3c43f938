"""Django admin for operator staff, behind TOTP (django-otp's OTPAdminSite)."""

from __future__ import annotations

from functools import wraps
from typing import Any

from django.contrib import admin
from django_otp.admin import OTPAdminSite

from chainrights.core import events
from chainrights.core.models import ApiToken, Event, Membership, Organisation, Right


class AuditedAdminSite(OTPAdminSite):  # type: ignore[misc]  # django-otp is untyped
    """Every admin page runs inside ``acting_as(request.user)``: edits of Django's own models
    (users, groups) and the cascades of a delete are attributed to the admin, never refused."""

    def admin_view(self, view: Any, cacheable: bool = False) -> Any:
        inner = super().admin_view(view, cacheable)

        @wraps(view)
        def attributed(request: Any, *args: Any, **kwargs: Any) -> Any:
            if not request.user.is_authenticated:
                return inner(request, *args, **kwargs)
            with events.acting_as(user=request.user, reason="in the Django admin"):
                return inner(request, *args, **kwargs)

        return attributed


admin.site.__class__ = AuditedAdminSite
admin.site.site_header = "chainrights administration"


class AuditedAdmin(admin.ModelAdmin):  # type: ignore[type-arg]  # no runtime generic
    """Admin writes go through the event log like every other write."""

    def save_model(self, request: Any, obj: Any, form: Any, change: bool) -> None:
        with events.acting_as(user=request.user, reason="edited in the admin"):
            super().save_model(request, obj, form, change)

    def delete_model(self, request: Any, obj: Any) -> None:
        with events.acting_as(user=request.user, reason="deleted in the admin"):
            super().delete_model(request, obj)

    def delete_queryset(self, request: Any, queryset: Any) -> None:
        with events.acting_as(user=request.user, reason="deleted in the admin"):
            for obj in queryset:
                obj.delete()


@admin.register(Organisation)
class OrganisationAdmin(AuditedAdmin):
    list_display = ["name", "kind", "country"]
    list_filter = ["kind"]
    search_fields = ["name"]


@admin.register(Membership)
class MembershipAdmin(AuditedAdmin):
    list_display = ["user", "organisation", "role"]
    list_filter = ["role", "organisation__kind"]


@admin.register(ApiToken)
class ApiTokenAdmin(AuditedAdmin):
    list_display = ["prefix", "user", "name", "scope", "created_at", "expires_at", "revoked_at"]
    # Whether a TOTP code was checked is a fact of the issue, not something to edit.
    readonly_fields = ["prefix", "digest", "user", "created_at", "second_factor"]


@admin.register(Right)
class RightAdmin(AuditedAdmin):
    list_display = ["code", "name", "kind", "parent"]
    list_filter = ["kind"]


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):  # type: ignore[type-arg]  # no runtime generic
    """Read-only: the log is append-only."""

    list_display = ["seq", "created_at", "tag", "actor_label", "object_type", "object_id"]
    list_filter = ["tag"]
    search_fields = ["object_type", "object_id", "actor_label"]

    def has_add_permission(self, request: Any) -> bool:
        return False

    def has_change_permission(self, request: Any, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: Any, obj: Any = None) -> bool:
        return False
