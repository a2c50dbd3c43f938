"""Precision, recall, F1, false merges and review rate of match decisions against the truth."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass
class Scores:
    rows: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    review: int = 0
    review_right: int = 0  # reviews whose candidate was the right facility

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def review_rate(self) -> float:
        return self.review / self.rows if self.rows else 0.0


def score(outcomes: Iterable[tuple[str, frozenset[str], str | None, str]]) -> dict[str, Scores]:
    """outcomes: (subset, truth ids, predicted facility id, decision) per incoming row.

    A match is a true positive when the predicted id is one of the truth ids; a match to any
    other id is a false merge; a row with a truth that is not matched is a miss. ``review``
    counts neither as a merge nor as a find.
    """
    table: dict[str, Scores] = defaultdict(Scores)
    for subset, truth, predicted, decision in outcomes:
        for name in (subset, "all"):
            s = table[name]
            s.rows += 1
            s.review += decision == "review"
            s.review_right += decision == "review" and predicted in truth
            if decision == "match" and predicted in truth:
                s.tp += 1
            elif decision == "match":
                s.fp += 1
                s.fn += bool(truth)
            elif truth:
                s.fn += 1
    return dict(table)
