"""``{% once %}``: the idempotency key every form that changes something carries.

A fresh random value each time the form is drawn; the same form sent twice (a reload of the
answer, a double tap) carries the same value, so ``core.idempotency`` runs it once. Put it
beside ``{% csrf_token %}`` in every ``<form method="post">`` (a test walks the templates)."""

from __future__ import annotations

import secrets

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString

from chainrights.core.idempotency import PAGE_FIELD

register = template.Library()


@register.simple_tag
def once() -> SafeString:
    return format_html('<input type="hidden" name="{}" value="{}">', PAGE_FIELD,
                       secrets.token_urlsafe(18))  # fmt: skip
