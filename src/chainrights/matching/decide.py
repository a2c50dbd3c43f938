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


def decide(probability: float, levels: Mapping[str, str], thresholds: Thresholds) -> Decision:
    """Conflicting unit numbers or a weak name never merge automatically."""
    if probability >= thresholds.match:
        if levels.get("units") == "conflict" or levels.get("name") in ("low", "none"):
            return Decision.REVIEW
        return Decision.MATCH
    if probability >= thresholds.review:
        return Decision.REVIEW
    return Decision.NEW
