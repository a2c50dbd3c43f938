"""chainrights' benchmarks (``make bench``): each reports ratios to a baseline run beside it."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def timed(function: Callable[[], T]) -> tuple[float, T]:
    """Seconds one call takes, and what it returned."""
    start = time.perf_counter()
    value = function()
    return time.perf_counter() - start, value
