"""Fellegi–Sunter scoring: each comparison level carries m = P(level | same facility) and
u = P(level | different facilities); the match weight is log2 of the prior odds plus the sum
of log2(m/u), and the probability follows from it.

Parameters are plain JSON (no engine's format), estimated from labelled pairs by ``train``
and shipped in ``data/model.json``; every score can be explained level by level.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from chainrights.matching.compare import NULL, SPEC


@dataclass
class Model:
    prior: float
    m: dict[str, dict[str, float]]
    u: dict[str, dict[str, float]]
    version: str = "untrained"
    notes: dict[str, Any] = field(default_factory=dict)
    # The automatic-match cut chosen on the training lists (see bench/train_matching.py).
    match_threshold: float = 0.99

    def contributions(self, levels: Mapping[str, str]) -> dict[str, float]:
        """log2(m/u) per comparison; null levels contribute nothing."""
        out: dict[str, float] = {}
        for name, level in levels.items():
            if level == NULL or name not in self.m:
                continue
            out[name] = math.log2(self.m[name][level] / self.u[name][level])
        return out

    def weight(self, levels: Mapping[str, str]) -> float:
        prior = math.log2(self.prior / (1 - self.prior))
        return prior + sum(self.contributions(levels).values())

    def probability(self, levels: Mapping[str, str]) -> float:
        return self.probability_of(self.contributions(levels))

    def probability_of(self, contributions: Mapping[str, float]) -> float:
        w = math.log2(self.prior / (1 - self.prior)) + sum(contributions.values())
        return 1.0 / (1.0 + 2.0 ** (-w)) if w > -60 else 0.0

    def to_json(self) -> str:
        data = {"prior": self.prior, "m": self.m, "u": self.u, "version": self.version,
                "notes": self.notes, "match_threshold": self.match_threshold}  # fmt: skip
        return json.dumps(data, indent=1, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Model:
        data = json.loads(text)
        return cls(
            prior=data["prior"],
            m=data["m"],
            u=data["u"],
            version=data.get("version", "?"),
            notes=data.get("notes", {}),
            match_threshold=data.get("match_threshold", 0.99),
        )


def train(
    pairs: Iterable[tuple[Mapping[str, str], bool]],
    smoothing: float = 1.0,
    version: str = "",
    floor: float = 0.01,
) -> Model:
    """Estimate m and u by counting levels among labelled candidate pairs (Laplace-smoothed).

    No level gets a probability under ``floor``: generated training pairs cannot show every
    way real lists go wrong, and a level seen once in a thousand must not veto a pair alone.
    """
    matches: dict[str, Counter[str]] = {c.name: Counter() for c in SPEC}
    non_matches: dict[str, Counter[str]] = {c.name: Counter() for c in SPEC}
    n_match = n_non = 0
    for levels, is_match in pairs:
        target = matches if is_match else non_matches
        n_match += is_match
        n_non += not is_match
        for name, level in levels.items():
            if level != NULL and name in target:
                target[name][level] += 1
    if not n_match or not n_non:
        raise ValueError("training needs both matching and non-matching pairs")

    def probabilities(counts: Counter[str], levels: tuple[str, ...]) -> dict[str, float]:
        total = sum(counts.values()) + smoothing * len(levels)
        raw = {lv: max(floor, (counts[lv] + smoothing) / total) for lv in levels}
        return {lv: p / sum(raw.values()) for lv, p in raw.items()}

    m = {c.name: probabilities(matches[c.name], c.levels) for c in SPEC}
    u = {c.name: probabilities(non_matches[c.name], c.levels) for c in SPEC}
    return Model(
        prior=n_match / (n_match + n_non),
        m=m,
        u=u,
        version=version or "trained",
        notes={"pairs": {"match": n_match, "non_match": n_non}},
    )


def default_model() -> Model:
    """The model shipped with the package (trained by ``bench/train_matching.py``)."""
    text = resources.files("chainrights.matching").joinpath("data/model.json").read_text("utf-8")
    return Model.from_json(text)
