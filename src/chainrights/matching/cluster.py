"""Clustering automatic matches into facilities, honouring people's cannot-link decisions."""

from __future__ import annotations

import math

from chainrights.matching.humans import HumanDecisions


def union_find(
    keys: list[str], pairs: list[tuple[float, int, int]], humans: HumanDecisions
) -> dict[str, str]:
    """Merge people's merges, then the strongest pairs first; refuse any merge that would
    join a pair a person split.

    Returns, for every key, its cluster id: the smallest key in the cluster (stable whatever
    order the pairs arrive in).
    """
    parent = list(range(len(keys)))
    members: dict[int, set[int]] = {i: {i} for i in range(len(keys))}
    has_rejections = bool(humans.rejected)

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def forbidden(ra: int, rb: int) -> bool:
        return has_rejections and any(
            humans.is_rejected_pair(keys[x], keys[y]) for x in members[ra] for y in members[rb]
        )

    position = {key: i for i, key in enumerate(keys)}
    must = [(math.inf, position[a], position[b]) for a, b in humans.same
            if a in position and b in position]  # fmt: skip
    for _, i, j in must + sorted(pairs, reverse=True):  # people's merges first
        ra, rb = root(i), root(j)
        if ra == rb or forbidden(ra, rb):
            continue
        if len(members[ra]) < len(members[rb]):
            ra, rb = rb, ra
        parent[rb] = ra
        members[ra] |= members.pop(rb)
    names = {r: min(keys[m] for m in group) for r, group in members.items()}
    return {key: names[root(i)] for i, key in enumerate(keys)}
