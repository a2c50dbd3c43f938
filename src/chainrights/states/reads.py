"""The read side the country pages and the API share: a profile plus what the platform holds
in the country (public parts only, through the other apps' services)."""

from __future__ import annotations

from typing import Any

from chainrights.audits import services as audits
from chainrights.codes import services as codes
from chainrights.grievances import services as grievances
from chainrights.registry import services as registry
from chainrights.states import inspections, profiles

SORTS = {
    "name": lambda r: r["name"].casefold(),
    "coverage": lambda r: r["coverage"]["ratio"],
    "ratified": lambda r: r["fundamental_ratified"],
    "ituc": lambda r: r["ituc_rating"],
    "goods": lambda r: r["listed_goods"],
}


def on_platform(iso2: str) -> dict[str, Any]:
    """Public counts of facilities, audits, cases, inspections and inspector trainings, and
    the law codes."""
    return {
        "facilities": registry.public_count_in(iso2),
        **audits.public_counts_in(iso2),
        "grievances": grievances.country_statistics(iso2),
        "inspections": inspections.country_summary(iso2),
        "trainings": audits.country_trainings(iso2),
        "law_codes": [{"id": c.pk, "name": c.name, "version": c.version,
                       "owner": c.owner_org.name, "source_url": c.source_url}
                      for c in codes.laws_of_country(iso2)],
    }  # fmt: skip


def country_table(query: str = "", sort: str = "name", descending: bool = False,
                  only: str = "", rows: list[dict[str, Any]] | None = None,
                  ) -> list[dict[str, Any]]:  # fmt: skip
    """The country list, filtered by name or code, sorted; gaps always sort last. ``rows``:
    a table built already (the list page filters the one it colours the map with)."""
    if rows is None:
        rows = profiles.overview()
        for row in rows:
            row["band"] = profiles.coverage_band(row)
    text = query.strip().casefold()
    if text:
        rows = [r for r in rows if text in r["name"].casefold() or text == r["iso2"].casefold()]
    if only == "gaps":
        rows = [r for r in rows if r["coverage"]["ratio"] is None]
    elif only == "below":
        rows = [r for r in rows if r["band"] in ("low", "below")]
    key = SORTS.get(sort, SORTS["name"])
    known = sorted((r for r in rows if key(r) is not None), key=key, reverse=descending)
    return known + [r for r in rows if key(r) is None]
