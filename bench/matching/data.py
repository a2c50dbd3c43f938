"""Benchmark inputs: the real Open Supply Hub sample lists in ../shared (MIT, see its
LICENSE.txt; attribution: opensupplyhub/open-supply-hub). They stay outside the repository.
"""

from __future__ import annotations

import csv
import json
import os
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("CHAINRIGHTS_SHARED", ROOT.parent / "shared")) / "data" / "oshub-lists"


@dataclass(frozen=True)
class Row:
    source: str
    index: int
    country: str
    name: str
    address: str
    lat: float | None
    lng: float | None


def available() -> bool:
    return SHARED.is_dir()


def list_files() -> list[Path]:
    """geocoded_N.csv (the same rows as N.csv, with pins) and the seasonal fixture lists."""
    files = sorted(SHARED.glob("geocoded_*.csv")) + sorted(SHARED.glob("fixture_*.csv"))
    return [f for f in files if f.name != "fixture_Winter_2019_Compliance_List_V2.csv"]


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


def read_list(path: Path) -> list[Row]:
    with path.open(encoding="utf-8", errors="replace", newline="") as handle:
        return [
            Row(
                path.stem,
                i,
                r["country"].strip(),
                r["name"].strip(),
                r["address"].strip(),
                _float(r.get("lat")),
                _float(r.get("lng")),
            )
            for i, r in enumerate(csv.DictReader(handle))
            if r.get("name", "").strip()
        ]


def labelled_pairs() -> list[tuple[dict, dict, bool]]:
    """The 112 hand-labelled pairs from Open Supply Hub's dedupe training file."""
    data = json.loads((SHARED / "dedupe-training-pairs.json").read_text())
    pairs = []
    for label, is_match in (("match", True), ("distinct", False)):
        for item in data[label]:
            a, b = item["__value__"]
            pairs.append((a, b, is_match))
    return pairs
