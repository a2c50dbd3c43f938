"""One chunk of a list: matched outside the log's lock, re-checked and written under it.

The engine's time (matching every row against the warm index) is spent before the chunk
takes the event log's chain-head lock, so several list workers match at once. Under the lock,
which every other chunk's writes wait for, the index is brought up to date with the
facilities other workers committed meanwhile; a row about to found a facility is checked
against just those (scored with the whole registry's token statistics, as the engine does),
and if one of them is the same factory the row joins it instead. Two lists naming the same
new factory at the same moment so end with one facility.

Then the chunk is written in a few statements whatever its size: the new facilities, the
source records and the decisions each in one bulk insert (``events.create_logged``: every row
still its own event, the chain one append for the chunk).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from chainrights.core import events
from chainrights.matching import Index, Matcher, Normalized, Record, Result, normalize
from chainrights.matching.decide import Decision, decide
from chainrights.matching.humans import fingerprint
from chainrights.registry.index import WARM
from chainrights.registry.models import DecisionKind, Facility, MatchDecision, SourceRecord

BATCH = 500  # keys in one IN list: well under SQLite's bound parameters


@dataclass
class Planned:
    """One row and what the engine said about it; ``founded`` when it starts a facility."""

    row: int
    record: Record
    values: dict[str, str]
    rec: Normalized
    result: Result | None
    founded: Facility | None = None

    @property
    def target(self) -> str | None:
        if self.founded is not None:
            return self.founded.public_id
        return self.result.facility_id if self.result else None

    @property
    def decision(self) -> str:
        if self.founded is not None or self.result is None:
            return Decision.NEW
        return self.result.decision


def plan(matcher: Matcher, rows: Iterable[tuple[int, Record, dict[str, str]]]) -> list[Planned]:
    """Match each row against the warm index; a row that matches nothing founds a facility
    (not yet saved) that later rows of the list can match."""
    registry = WARM.current()
    out = []
    for row, record, values in rows:
        rec = normalize(record)
        result = matcher.match_one(registry, rec) if len(registry) else None
        planned = Planned(row, record, values, rec, result)
        if result is None or result.decision == Decision.NEW:
            planned.founded = Facility(
                country=rec.country, name=record.name, address=record.address,
                lat=rec.lat, lng=rec.lng, public=False,  # until reads.refresh sees a public list
            )  # fmt: skip
            founded = Record(planned.founded.public_id, rec.country, record.name,
                             record.address, rec.lat, rec.lng)  # fmt: skip
            WARM.add(registry, founded)
        out.append(planned)
    return out


def recheck(matcher: Matcher, planned: list[Planned], arrived: list[Record]) -> int:
    """Under the lock: rows about to found a facility that another worker founded since this
    chunk was matched join that one instead. Returns how many did."""
    if not arrived:
        return 0
    registry = WARM.index
    others = Index([normalize(r) for r in arrived])
    joined = 0
    for p in planned:
        if p.founded is None:
            continue
        best = _best_match(matcher, registry, others, p.rec)
        if best is not None:
            WARM.alias(p.founded.public_id, str(best.facility_id))
            p.founded, p.result = None, best
            joined += 1
    return joined


def _best_match(matcher: Matcher, stats: Index, among: Index, rec: Normalized) -> Result | None:
    """The engine's best automatic match for ``rec`` among a few records, scored with the
    whole registry's token statistics (a small index's own would make every word rare)."""
    best: Result | None = None
    for position in matcher.closest(among, rec, among.candidates(rec, matcher.candidates)):
        other = among.record(position)
        if matcher.humans.is_rejected(other.key, rec):
            continue
        probability, levels, evidence, contributions = matcher.score(stats, rec, other)
        verdict = decide(probability, levels, matcher.cuts)
        if verdict == Decision.MATCH and (best is None or probability > best.score):
            best = Result(rec.key, other.key, probability, verdict, levels, evidence, contributions)
    return best


def write(
    supplier_list: Any, matcher: Matcher, planned: list[Planned], cache: dict[str, Facility]
) -> set[int]:
    """The chunk's facilities, source records and decisions, a bulk insert each; returns the
    facilities whose summaries need refreshing."""
    founded = events.create_logged([p.founded for p in planned if p.founded is not None])
    cache.update((f.public_id, f) for f in founded)
    facilities(cache, {WARM.resolve(t) for p in planned if (t := p.target)})
    sources = events.create_logged([
        SourceRecord(
            supplier_list=supplier_list, row=p.row, raw=p.values, country=p.rec.country,
            name=p.record.name, address=p.record.address, lat=p.rec.lat, lng=p.rec.lng,
            fingerprint=fingerprint(p.rec),
        )
        for p in planned
    ])  # fmt: skip
    decisions, touched = [], set()
    for p, source in zip(planned, sources, strict=True):
        target = cache[WARM.resolve(p.target)] if p.target else None
        review = p.decision == Decision.REVIEW
        decisions.append(MatchDecision(
            source=source, facility=None if review else target,
            candidate=target if review else None, decision=p.decision,
            model_version=matcher.model.version, **grounds(p.result),
        ))  # fmt: skip
        if target is not None and not review:
            touched.add(target.pk)
    events.create_logged(decisions)
    return touched


def grounds(result: Result | None) -> dict[str, Any]:
    """Who decided (the engine, or a person's earlier answer), with what score and why."""
    if result is None:
        return {"kind": DecisionKind.AUTOMATIC, "score": 0.0, "evidence": {}}
    return {
        "kind": DecisionKind.HUMAN if result.by_person else DecisionKind.AUTOMATIC,
        "score": round(result.score, 4),
        "evidence": {
            "levels": result.levels,
            "evidence": result.evidence,
            "contributions": result.contributions,
        },
    }


def facilities(cache: dict[str, Facility], public_ids: set[str]) -> None:
    """Put the survivors of these facilities into ``cache`` (by the public ID asked for), a
    query per 500 IDs and per step of merges, not one per row."""
    missing = sorted(public_ids - cache.keys())
    for start in range(0, len(missing), BATCH):
        found = Facility.objects.filter(public_id__in=missing[start : start + BATCH])
        heads = {f.public_id: f for f in found}
        for _ in range(20):  # merge chains are short; a cycle must not loop forever
            onward = {f.merged_into_id for f in heads.values() if f.merged_into_id}
            if not onward:
                break
            by_pk = Facility.objects.in_bulk(list(onward))
            heads = {k: by_pk.get(f.merged_into_id, f) if f.merged_into_id else f
                     for k, f in heads.items()}  # fmt: skip
        cache.update(heads)
