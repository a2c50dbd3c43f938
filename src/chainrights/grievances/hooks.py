"""What apps above grievances add to its pages, so grievances imports none of them.

An app registers functions in its ``AppConfig.ready()`` (as the states app does for
referrals to labour inspectorates):

- ``register_steps(fn)``: ``fn(case)`` returns more steps of the case for the complainant,
  each ``{"state", "label", "at", "reason"}`` like the case's own, merged by date;
- ``register_case_section(fn)``: ``fn(case, user, handler)`` returns a ``Section`` shown on
  the case page (or None);
- ``register_status_section(fn)``: ``fn(case)`` returns a ``Section`` shown on the
  complainant's status page (or None).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Section:
    template: str
    context: dict[str, Any]


STEP_SOURCES: list[Callable[[Any], list[dict[str, Any]]]] = []
CASE_SECTIONS: list[Callable[[Any, Any, bool], Section | None]] = []
STATUS_SECTIONS: list[Callable[[Any], Section | None]] = []


def _add(registry: list[Any], fn: Any) -> None:
    if fn not in registry:  # ready() may run twice in tests
        registry.append(fn)


def register_steps(fn: Callable[[Any], list[dict[str, Any]]]) -> None:
    _add(STEP_SOURCES, fn)


def register_case_section(fn: Callable[[Any, Any, bool], Section | None]) -> None:
    _add(CASE_SECTIONS, fn)


def register_status_section(fn: Callable[[Any], Section | None]) -> None:
    _add(STATUS_SECTIONS, fn)


def more_steps(case: Any) -> list[dict[str, Any]]:
    return [step for fn in STEP_SOURCES for step in fn(case)]


def case_sections(case: Any, user: Any, handler: bool) -> list[Section]:
    return [s for s in (fn(case, user, handler) for fn in CASE_SECTIONS) if s is not None]


def status_sections(case: Any) -> list[Section]:
    return [s for s in (fn(case) for fn in STATUS_SECTIONS) if s is not None]
