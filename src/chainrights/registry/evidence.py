"""A match decision's evidence in words a brand can weigh ("the same name; the address in
the same town; pins 2 km apart"), instead of the engine's levels and score. One phrase per
comparison level the engine recorded (``matching.compare.SPEC`` and its guards); a level with
no phrase here is left out rather than shown raw, and a test keeps the table complete."""

from __future__ import annotations

from typing import Any

from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

PHRASES: dict[str, dict[str, Any]] = {
    "name": {
        "exact": gettext_lazy("the same name"),
        "high": gettext_lazy("nearly the same name"),
        "medium": gettext_lazy("a similar name"),
        "low": gettext_lazy("names only a little alike"),
        "none": gettext_lazy("different names"),
    },
    "rarity": {
        "distinctive": gettext_lazy("they share a rare name word"),
        "specific": gettext_lazy("they share a fairly uncommon name word"),
        "common": gettext_lazy("the words they share are common in names"),
    },
    "address": {
        "high": gettext_lazy("the same address"),
        "within": gettext_lazy("one address is part of the other"),
        "medium": gettext_lazy("much of the address in common"),
        "low": gettext_lazy("a little of the address in common (the same town or area)"),
        "none": gettext_lazy("different addresses"),
    },
    "numbers": {
        "agree": gettext_lazy("the same house or plot number"),
        "conflict": gettext_lazy("different house or plot numbers"),
    },
    "postcode": {
        "agree": gettext_lazy("the same postcode"),
        "conflict": gettext_lazy("different postcodes"),
    },
    "units": {
        "agree": gettext_lazy("the same unit or building"),
        "conflict": gettext_lazy("different units or buildings"),
    },
    "distance": {
        "100m": gettext_lazy("pins within 100 m"),
        "1km": gettext_lazy("pins within 1 km"),
        "5km": gettext_lazy("pins within 5 km"),
        "25km": gettext_lazy("pins within 25 km"),
        "far": gettext_lazy("pins far apart"),
    },
    "parent": {
        "agree": gettext_lazy("the same parent company"),
        "differ": gettext_lazy("different parent companies"),
    },
    "workers": {
        "close": gettext_lazy("about the same number of workers"),
        "near": gettext_lazy("a similar number of workers"),
        "differ": gettext_lazy("very different numbers of workers"),
    },
    "marker": {
        "one_side": gettext_lazy(
            "a numbered unit, plant or branch on one side only: perhaps a sister plant"
        ),
    },
}


def in_words(evidence: dict[str, Any]) -> list[str]:
    """The phrases of a decision's stored evidence, strongest reasons first (the order of the
    engine's comparisons); a pin distance in kilometres when the engine measured one."""
    levels = evidence.get("levels") or {}
    measured = (evidence.get("evidence") or {}).get("distance_km")
    words = []
    for name, level in levels.items():
        phrase = PHRASES.get(name, {}).get(level)
        if phrase is None:
            continue
        if name == "distance" and isinstance(measured, int | float):
            km = number_format(measured, decimal_pos=0 if measured >= 10 else 1)
            words.append(_("pins %(km)s km apart") % {"km": km})
        else:
            words.append(str(phrase))
    return words
