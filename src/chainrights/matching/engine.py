"""The in-process engine: incremental matching of a list against a registry, and dedupe.

Both run normalise → block → compare → score → decide; dedupe then clusters the automatic
matches with union–find, refusing any merge that would join a pair a person rejected.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from rapidfuzz.distance import JaroWinkler
from rapidfuzz.fuzz import token_set_ratio
from rapidfuzz.process import extract

from chainrights.matching.blocking import Index, TokenStats
from chainrights.matching.cluster import union_find
from chainrights.matching.compare import compare
from chainrights.matching.decide import Decision, Thresholds, decide
from chainrights.matching.humans import HumanDecisions
from chainrights.matching.model import Model, default_model
from chainrights.matching.records import Normalized


def names_could_match(a: Normalized, b: Normalized) -> bool:
    """A cheap test (in C) that rules out pairs whose names are too far apart to merge.

    An automatic match needs a name level of 'medium' or better (similarity ≥ 0.75), which
    these two scores never fall far below.
    """
    if JaroWinkler.normalized_similarity(a.name_compact, b.name_compact) >= 0.7:
        return True
    return token_set_ratio(" ".join(a.name_tokens), " ".join(b.name_tokens)) >= 60


@dataclass(frozen=True)
class Result:
    """The decision for one incoming record, with the evidence behind it."""

    key: str
    facility_id: str | None
    score: float
    decision: Decision
    levels: dict[str, str] = field(default_factory=dict)
    evidence: dict[str, float] = field(default_factory=dict)
    contributions: dict[str, float] = field(default_factory=dict)
    by_person: bool = False


@dataclass
class Matcher:
    model: Model = field(default_factory=default_model)
    thresholds: Thresholds | None = None
    humans: HumanDecisions = field(default_factory=HumanDecisions)
    candidates: int = 40
    # Of the blocking candidates, only the closest names are compared in full.
    screen: int = 12

    @property
    def cuts(self) -> Thresholds:
        """The given thresholds, else the model's calibrated match cut."""
        return self.thresholds or Thresholds(match=self.model.match_threshold)

    def score(
        self, stats: TokenStats, a: Normalized, b: Normalized, present: int = 1
    ) -> tuple[float, dict[str, str], dict[str, float], dict[str, float]]:
        levels, evidence = compare(a, b, stats, present)
        contributions = self.model.contributions(levels)
        return self.model.probability_of(contributions), levels, evidence, contributions

    def match_one(self, index: Index, rec: Normalized) -> Result:
        confirmed = self.humans.confirmed_for(rec)
        if confirmed is not None:
            return Result(rec.key, confirmed, 1.0, Decision.MATCH, by_person=True)
        best: Result | None = None
        for position in self.closest(index, rec, index.candidates(rec, self.candidates)):
            other = index.record(position)
            if self.humans.is_rejected(other.key, rec):
                continue
            probability, levels, evidence, contributions = self.score(index, rec, other)
            if best is None or probability > best.score:
                decision = decide(probability, levels, self.cuts)
                best = Result(
                    rec.key, other.key, probability, decision, levels, evidence, contributions
                )
        if best is None:
            return Result(rec.key, None, 0.0, Decision.NEW)
        if best.decision == Decision.NEW:  # keep the evidence: it says why nothing matched
            return Result(rec.key, None, best.score, Decision.NEW, best.levels, best.evidence,
                          best.contributions)  # fmt: skip
        return best

    def match(self, index: Index, incoming: Iterable[Normalized]) -> Iterator[Result]:
        for rec in incoming:
            yield self.match_one(index, rec)

    def closest(self, index: Index, rec: Normalized, positions: list[int]) -> list[int]:
        """The ``screen`` candidates whose names are nearest (token-set ratio, in C)."""
        if len(positions) <= self.screen:
            return positions
        names = [index.names[p] for p in positions]
        ranked = extract(
            " ".join(rec.name_tokens), names, scorer=token_set_ratio, limit=self.screen
        )
        return [positions[i] for _, _, i in ranked]

    def is_auto_match(self, stats: TokenStats, a: Normalized, b: Normalized) -> float | None:
        """The probability when the pair would merge automatically, else None."""
        if not names_could_match(a, b):
            return None
        probability, levels, _, _ = self.score(stats, a, b, present=2)
        return probability if decide(probability, levels, self.cuts) == Decision.MATCH else None

    def dedupe(self, records: list[Normalized]) -> dict[str, str]:
        """Cluster id (the smallest member key) for every record key."""
        index = Index(records)
        pairs: list[tuple[float, int, int]] = []
        for i, rec in enumerate(records):
            for j in index.candidates(rec, self.candidates):
                if j > i and (p := self.is_auto_match(index, rec, records[j])) is not None:
                    pairs.append((p, i, j))
        return union_find([r.key for r in records], pairs, self.humans)
