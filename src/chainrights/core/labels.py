"""Human labels for the codes that figures, cards and exports carry (a right's code, a
level, a status): stored data stays language-neutral codes, and a page shows each in the
reader's language. Apps register their choices here in ``ready()``; core imports no app."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from django.utils.translation import gettext

_LABELS: dict[str, Any] = {}


def register(*choices: Any, extra: dict[str, Any] | None = None) -> None:
    """Make the labels of these ``TextChoices`` (and of ``extra``'s code → lazy label) known;
    the first app to name a code keeps it."""
    for kind in choices:
        for value, label in kind.choices:
            _LABELS.setdefault(str(value), label)
    for value, label in (extra or {}).items():
        _LABELS.setdefault(value, label)


@cache
def _right_names() -> dict[str, str]:
    text = resources.files("chainrights.core").joinpath("data/rights.json").read_text("utf-8")
    return {r["code"]: r["name"] for r in json.loads(text)["rights"]}


def label(code: Any) -> str:
    """The code's label in the active language; a right's code gives the right's name; an
    unknown code or a number is returned as it is (never hidden)."""
    if not isinstance(code, str):
        return str(code)
    name = _right_names().get(code)
    if name is not None:
        return gettext(name)
    found = _LABELS.get(code)
    if found is not None:
        return str(found)
    if "." in code:  # "criterion.measure": each part by its own label
        return ": ".join(label(part) for part in code.split("."))
    return code
