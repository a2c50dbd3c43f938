"""Reporting frameworks as data: each version's sections, questions and the dates it applies
from and to, read from ``data/frameworks.json``. A law's change is a new version in the file;
a report stores the version it was drafted under and never moves to another."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data" / "frameworks.json"


@dataclass(frozen=True)
class Question:
    code: str
    text: str
    figures: tuple[str, ...]


@dataclass(frozen=True)
class Section:
    code: str
    title: str
    questions: tuple[Question, ...]


@dataclass(frozen=True)
class Version:
    framework: str
    name: str
    version: str
    applies_from: date
    applies_to: date | None
    note: str
    sources: tuple[str, ...]
    sections: tuple[Section, ...]

    def applies_on(self, day: date) -> bool:
        return self.applies_from <= day and (self.applies_to is None or day <= self.applies_to)

    @property
    def questions(self) -> list[Question]:
        return [q for s in self.sections for q in s.questions]


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _version(framework: dict[str, Any], raw: dict[str, Any]) -> Version:
    sections = tuple(
        Section(s["code"], s["title"], tuple(
            Question(q["code"], q["text"], tuple(q.get("figures", []))) for q in s["questions"]
        ))
        for s in raw["sections"]
    )  # fmt: skip
    start = _day(raw["applies_from"])
    assert start is not None, f"{framework['key']} {raw['version']}: applies_from is required"
    return Version(framework["key"], framework["name"], raw["version"], start,
                   _day(raw.get("applies_to")), raw.get("note", ""),
                   tuple(framework.get("sources", [])), sections)  # fmt: skip


def parse(catalogue: dict[str, Any]) -> list[Version]:
    return [_version(f, v) for f in catalogue["frameworks"] for v in f["versions"]]


@cache
def shipped() -> tuple[Version, ...]:
    return tuple(parse(json.loads(DATA.read_text(encoding="utf-8"))))


def frameworks(catalogue: list[Version] | None = None) -> dict[str, str]:
    """Framework key → name, in the file's order."""
    return {v.framework: v.name for v in (catalogue or shipped())}


def version_for(key: str, day: date, catalogue: list[Version] | None = None) -> Version | None:
    """The version of a framework in force on ``day`` (the newest, if several overlap)."""
    found = [v for v in (catalogue or shipped()) if v.framework == key and v.applies_on(day)]
    return max(found, key=lambda v: v.applies_from) if found else None


def version(key: str, name: str) -> Version | None:
    """A named version: what a stored report reads its questions from."""
    return next((v for v in shipped() if v.framework == key and v.version == name), None)
