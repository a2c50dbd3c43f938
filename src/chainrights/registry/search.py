"""Facility search: words of any name, address or ID in any script, plus filters.

Names and queries are both folded to ASCII words (``reads.search_form``), so '广州' finds
'Guangzhou' and 'Cong ty' finds 'Công ty'. The substring test runs on an index built for it:
a trigram GIN index on PostgreSQL, an FTS5 trigram table on SQLite (migration 0003), so a
search stays fast at a million facilities.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import connection
from django.db.models import Q, QuerySet
from django.db.models.expressions import RawSQL

from chainrights.core.models import Visibility
from chainrights.core.types import AnyUser
from chainrights.registry import ids
from chainrights.registry.models import Facility
from chainrights.registry.reads import search_form
from chainrights.registry.visibility import find

MAX_QUERY = 200


@dataclass(frozen=True)
class Filters:
    q: str = ""
    country: str = ""
    sector: str = ""
    brand: str = ""
    parent: str = ""
    has_location: bool = False

    @classmethod
    def from_params(cls, params: dict[str, str]) -> Filters:
        def get(key: str) -> str:
            return str(params.get(key, "") or "").strip()[:MAX_QUERY]

        return cls(
            q=get("q"),
            country=get("country").upper()[:2],
            sector=get("sector"),
            brand=get("brand"),
            parent=get("parent"),
            has_location=get("has_location") in ("1", "true", "on"),
        )

    def __bool__(self) -> bool:
        return any((self.q, self.country, self.sector, self.brand, self.parent, self.has_location))


def _text_contains(queryset: QuerySet[Facility], text: str) -> QuerySet[Facility]:
    folded = search_form(text)
    if not folded:
        return queryset.none()
    pattern = "%" + folded.replace("\\", "").replace("%", "").replace("_", "") + "%"
    if connection.vendor == "sqlite":
        fts = "SELECT rowid FROM registry_facility_fts WHERE search_text LIKE %s"
        # A constant statement; the pattern travels as a parameter.
        return queryset.filter(pk__in=RawSQL(fts, [pattern]))  # noqa: S611
    # On PostgreSQL the trigram GIN index serves LIKE '%…%' directly.
    return queryset.filter(search_text__contains=pattern.strip("%"))


def containing(queryset: QuerySet[Facility], words: list[str]) -> QuerySet[Facility]:
    """Facilities whose search text holds every one of ``words`` (each through the index)."""
    for word in words:
        queryset = _text_contains(queryset, word)
    return queryset


def search(filters: Filters, user: AnyUser | None = None) -> QuerySet[Facility]:
    """Survivor facilities that ``user`` may know (anonymous: public ones) matching every
    filter given; an ID finds its facility (or the one it was merged into)."""
    results: QuerySet[Facility] = Facility.objects.visible_to(user, survivors=True)
    if filters.q and ids.is_valid(filters.q):
        found = find(filters.q, user)  # a merged ID only for those who may know it
        return results.filter(pk=found.survivor().pk) if found else results.none()
    if filters.country:
        results = results.filter(country=filters.country)
    if filters.q:
        results = _text_contains(results, filters.q)
    if filters.sector:
        results = results.filter(sectors__icontains=filters.sector)
    if filters.parent:
        results = results.filter(parent_company__icontains=filters.parent)
    if filters.has_location:
        results = results.filter(lat__isnull=False)
    if filters.brand:
        # Only public lists tell who sources where.
        named = Q(
            decisions__source__supplier_list__visibility=Visibility.PUBLIC,
            decisions__source__supplier_list__owner_org__name__icontains=filters.brand,
        )
        results = results.filter(pk__in=Facility.objects.filter(named).values("pk"))
    return results
