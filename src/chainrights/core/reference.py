"""Reference data with provenance: countries (ISO 3166, see ``chainrights.countries``) and
the rights taxonomy."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from chainrights.core import events
from chainrights.core.models import Right
from chainrights.countries import (
    COUNTRY_ALIASES,
    Country,
    all_countries,
    country_provenance,
    resolve_country,
)

__all__ = [
    "COUNTRY_ALIASES",
    "Country",
    "all_countries",
    "country_provenance",
    "resolve_country",
    "rights_document",
    "rights_provenance",
    "sync_rights",
]


@lru_cache(maxsize=1)
def rights_document() -> dict[str, Any]:
    text = resources.files("chainrights.core").joinpath("data/rights.json").read_text("utf-8")
    document: dict[str, Any] = json.loads(text)
    return document


def rights_provenance() -> dict[str, Any]:
    doc = rights_document()
    return {k: doc[k] for k in ("taxonomy", "version", "retrieved", "sources")}


def sync_rights() -> int:
    """Create or update every right from the data file; returns how many changed.

    Runs after each ``migrate`` so every database carries the same taxonomy.
    """

    changed = 0
    by_code = {r.code: r for r in Right.objects.all()}
    with events.acting_as(
        system="reference", reason="rights taxonomy " + rights_document()["version"]
    ):
        for entry in rights_document()["rights"]:
            right = by_code.get(entry["code"]) or Right(code=entry["code"])
            parent = by_code.get(entry["parent"]) if entry["parent"] else None
            wanted = {
                "parent": parent,
                "kind": entry["kind"],
                "name": entry["name"],
                "summary": entry["summary"],
                "sector": entry["sector"],
                "instruments": entry["instruments"],
                "position": entry["position"],
            }
            if right.pk and all(getattr(right, k) == v for k, v in wanted.items()):
                continue
            for key, value in wanted.items():
                setattr(right, key, value)
            right.save()
            by_code[right.code] = right
            changed += 1
    return changed


def sync_after_migrate(sender: Any, using: str = "default", **kwargs: Any) -> None:

    try:
        Right.objects.using(using).exists()
    except Exception:
        return
    if using == "default":
        sync_rights()
