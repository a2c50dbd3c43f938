"""From a probability to a decision: ``match`` (automatic), ``review`` (a person), ``new``.

Thresholds favour precision: a false merge sends one factory's grievances to another's
buyers, while a missed match only costs a reviewer a minute.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum


class Decision(StrEnum):
    MATCH = "match"
    REVIEW = "review"
    NEW = "new"


@dataclass(frozen=True)
class Thresholds:
    match: float = 0.99
    review: float = 0.5


def strong_evidence(levels: Mapping[str, str]) -> bool:
    """The same name at the same house or plot number, with some of the address in common
    and nothing that tells two sites apart: one factory whose town or province was written
    otherwise ('Thuan An, Binh Duong' / 'Ho Chi Minh City'), decided rather than asked."""
    return (
        levels.get("name") == "exact"
        and levels.get("numbers") == "agree"
        and levels.get("address") in ("high", "within", "medium", "low")
        and levels.get("units") != "conflict"
        and levels.get("postcode") != "conflict"
        and levels.get("marker") != "one_side"
        and levels.get("distance") in (None, "null", "100m", "1km", "5km", "25km")
    )


def decide(probability: float, levels: Mapping[str, str], thresholds: Thresholds) -> Decision:
    """Conflicting unit or house numbers, a sister plant's number on one side only
    (``compare.GUARDS``), a weak name, or addresses that barely agree never
    merge automatically: 'Batu 4' and 'Batu 3 1/2' on one road are two sites however alike the
    rest is, and one company's name at two addresses is often two of its factories. A name that
    is only alike ('Smart Shirts Lanka', 'Smart Shirts Limited') merges only at an agreeing
    address, not on a shared town."""
    if probability >= thresholds.match:
        if strong_evidence(levels):
            return Decision.MATCH
        if (
            levels.get("units") == "conflict"
            or levels.get("marker") == "one_side"
            or levels.get("numbers") == "conflict"
            or levels.get("name") in ("low", "none")
            or levels.get("address") in ("low", "none")
            or (levels.get("name") == "medium" and levels.get("address") != "high")
        ):
            return Decision.REVIEW
        return Decision.MATCH
    if probability >= thresholds.review:
        return Decision.REVIEW
    return Decision.NEW
