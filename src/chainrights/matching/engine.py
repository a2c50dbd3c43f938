"""The in-process engine: incremental matching of a list against a registry, and dedupe.

Both run normalise → block → compare → score → decide; dedupe then clusters the automatic
matches with union–find, refusing any merge that would join a pair a person rejected.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from chainrights.matching.blocking import Index
from chainrights.matching.compare import compare
from chainrights.matching.decide import Decision, Thresholds, decide
from chainrights.matching.humans import HumanDecisions
from chainrights.matching.model import Model, default_model
from chainrights.matching.records import Normalized


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
    thresholds: Thresholds = field(default_factory=Thresholds)
    humans: HumanDecisions = field(default_factory=HumanDecisions)
    candidates: int = 40

    def score(self, index: Index, a: Normalized, b: Normalized) -> tuple[float, dict, dict, dict]:
        levels, evidence = compare(a, b, index.name_weight, index.address_weight)
        probability = self.model.probability(levels)
        return probability, levels, evidence, self.model.contributions(levels)

    def match_one(self, index: Index, rec: Normalized) -> Result:
        confirmed = self.humans.confirmed_for(rec)
        if confirmed is not None:
            return Result(rec.key, confirmed, 1.0, Decision.MATCH, by_person=True)
        best: Result | None = None
        for position in index.candidates(rec, self.candidates):
            other = index.records[position]
            if self.humans.is_rejected(other.key, rec):
                continue
            probability, levels, evidence, contributions = self.score(index, rec, other)
            if best is None or probability > best.score:
                decision = decide(probability, levels, self.thresholds)
                best = Result(
                    rec.key, other.key, probability, decision, levels, evidence, contributions
                )
        if best is None or best.decision == Decision.NEW:
            score = best.score if best else 0.0
            return Result(rec.key, None, score, Decision.NEW)
        return best

    def match(self, index: Index, incoming: Iterable[Normalized]) -> Iterator[Result]:
        for rec in incoming:
            yield self.match_one(index, rec)

    def dedupe(self, records: list[Normalized]) -> dict[str, str]:
        """Cluster id (the smallest member key) for every record key."""
        index = Index(records)
        parent = list(range(len(records)))
        members: dict[int, set[int]] = {i: {i} for i in range(len(records))}

        def root(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        def forbidden(ra: int, rb: int) -> bool:
            return any(
                self.humans.is_rejected_pair(records[x].key, records[y].key)
                for x in members[ra]
                for y in members[rb]
            )

        pairs: list[tuple[float, int, int]] = []
        for i, rec in enumerate(records):
            for j in index.candidates(rec, self.candidates):
                if j <= i:
                    continue
                probability, levels, _, _ = self.score(index, rec, records[j])
                if decide(probability, levels, self.thresholds) == Decision.MATCH:
                    pairs.append((probability, i, j))
        for _, i, j in sorted(pairs, reverse=True):  # strongest evidence merges first
            ra, rb = root(i), root(j)
            if ra == rb or forbidden(ra, rb):
                continue
            parent[rb] = ra
            members[ra] |= members.pop(rb)
        clusters: dict[int, str] = {}
        for i in range(len(records)):
            r = root(i)
            clusters.setdefault(r, min(records[m].key for m in members[r]))
        return {rec.key: clusters[root(i)] for i, rec in enumerate(records)}
