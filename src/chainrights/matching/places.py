"""Renamed and merged places, read as one (``data/renamed_places.json``, with sources).

A factory's address is written before and after an administrative change: 'Thu Dau Mot,
Binh Duong' in an old list and 'Binh Duong Ward, Ho Chi Minh City' in a new one, since Viet
Nam merged Binh Duong into Ho Chi Minh City in 2025. Each old unit's name is rewritten to the
unit it is part of now (in that country's addresses only), so both spellings share the word;
the old name is not lost for places that keep it as a ward's name, since the new name is
written beside it.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from chainrights.matching.text import replace_phrases, words

Phrase = tuple[str, ...]


@lru_cache(maxsize=1)
def changes() -> list[dict[str, Any]]:
    """The change entries as shipped (each with its source, urls and retrieval date)."""
    text = resources.files("chainrights.matching").joinpath("data/renamed_places.json")
    entries: list[dict[str, Any]] = json.loads(text.read_text("utf-8"))["changes"]
    return entries


@lru_cache(maxsize=64)
def renames(country: str) -> dict[Phrase, Phrase]:
    """Old name's words → the present unit's words, for one country (spaced and glued)."""
    out: dict[Phrase, Phrase] = {}
    for change in changes():
        if change["country"] != country:
            continue
        for now, before in change["merged"].items():
            target = ("".join(words(now)),)
            for name in before:
                phrase = tuple(words(name))
                out[phrase] = target
                out[("".join(phrase),)] = target
    return out


@lru_cache(maxsize=64)
def _by_first_word(country: str) -> dict[str, list[tuple[Phrase, Phrase]]]:
    out: dict[str, list[tuple[Phrase, Phrase]]] = {}
    for phrase, target in sorted(renames(country).items(), key=lambda kv: -len(kv[0])):
        out.setdefault(phrase[0], []).append((phrase, target))
    return out


def rewrite(tokens: list[str], country: str) -> list[str]:
    """``tokens`` with every old unit's name (longest first) read as the present unit's."""
    by_first = _by_first_word(country)
    return replace_phrases(tokens, by_first) if by_first else tokens
