"""``{{ value|label }}``: a stored code shown as its label in the reader's language."""

from __future__ import annotations

from typing import Any

from django import template

from chainrights.core.labels import label as _label

register = template.Library()


@register.filter
def label(value: Any) -> str:
    return _label(value)


@register.filter
def labels(values: Any) -> str:
    """A list of codes as their labels, comma-separated ("–" for none)."""
    return ", ".join(_label(v) for v in values) if values else "–"
