from __future__ import annotations

import csv
from pathlib import Path

import pytest

from chainrights.matching import Index, Record, normalize

DATA = Path(__file__).parent / "data"


def read_registry() -> list[Record]:
    with (DATA / "registry.csv").open(encoding="utf-8", newline="") as handle:
        return [
            Record(r["id"], r["country"], r["name"], r["address"], float(r["lat"]), float(r["lng"]))
            for r in csv.DictReader(handle)
        ]


@pytest.fixture(scope="session")
def registry_records() -> list[Record]:
    return read_registry()


@pytest.fixture(scope="session")
def index(registry_records) -> Index:
    return Index(normalize(r) for r in registry_records)
