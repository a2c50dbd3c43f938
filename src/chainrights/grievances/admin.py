"""Operator-level settings of the grievance mechanism in the admin (behind TOTP): the days
allowed for each step. Cases themselves are handled on the case pages, never in the admin,
so that the narrative and contact stay behind the handler's checks."""

from __future__ import annotations

from django.contrib import admin

from chainrights.core.admin import AuditedAdmin
from chainrights.grievances.models import DeadlinePolicy


@admin.register(DeadlinePolicy)
class DeadlinePolicyAdmin(AuditedAdmin):
    list_display = [
        "organisation", "acknowledge_days", "admissibility_days", "feedback_days",
        "plan_days", "remediation_days", "verification_days",
    ]  # fmt: skip
