"""Facility search: words of any name, address or ID in any script and with slips, plus filters.

Two indexes answer a query, and a facility either finds counts:

- the word index (``registry.wordindex``): each distinctive word of the query (legal forms
  and generic words are optional) must match a word of the facility's names or addresses
  that is equal to it, shares its sound skeleton (``matching.phonetic``: ភ្នំពេញ meets
  'Phnom Penh', স্কয়ার meets 'Square') or lies within one slip (two from five letters:
  'Sqare', 'Mymensigh'). Results are ranked by it: more words answered, exact before
  fuzzy, name before address.
- the substring index: names and queries both folded to ASCII words (``reads.search_form``),
  so '广州' finds 'Guangzhou', part of a word finds the word, and other registries' IDs,
  parent companies and sectors are found too. It is a trigram GIN index on PostgreSQL and
  an FTS5 trigram table on SQLite (migration 0003).

Both use indexed lookups only, and both are cut in the database: the word index ranks and
returns its best ``RANKED``; the substring index returns at most ``RANKED`` more in index
order, never sorting every hit. So a broad query (a town that tens of thousands of
facilities name) costs about what a narrow one does, and only the few hundred kept are
ordered (best match first, then by name) for the page. A query with more hits than that
shows the best ones; narrowing it (a second word, a country) finds the rest.
Results come a page at a time (``page``): a query's ranked few hundred by position, and a
listing without words (every facility of a country, say) by keyset, after the last one
shown in (name, key) order, so the thousandth page costs what the first does.
``workplace_candidates`` serves a worker looking for their workplace: the same matching,
ranked, with the words they did not match allowed to miss.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import connection
from django.db.models import Case, IntegerField, Q, QuerySet, Value, When
from django.db.models.expressions import RawSQL

from chainrights.core.models import Visibility
from chainrights.core.types import AnyUser
from chainrights.countries import resolve_country
from chainrights.registry import ids, wordindex
from chainrights.registry.models import Facility
from chainrights.registry.reads import search_form
from chainrights.registry.visibility import find

MAX_QUERY = 200
# The word index's answers a search ranks (the API pages up to 500 results), and the most
# substring finds kept beside them.
RANKED = 500
# SQLite's substring finds are cut inside the FTS5 lookup, before visibility: keep spare.
SPARE = 4
PAGE = 50  # results per page


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

        country = get("country")
        found = resolve_country(country) if country else None
        return cls(
            q=get("q"),
            # a name in any language or a code; an unknown one stays as typed and finds none
            country=found.code if found else country,
            sector=get("sector"),
            brand=get("brand"),
            parent=get("parent"),
            has_location=get("has_location") in ("1", "true", "on"),
        )

    def __bool__(self) -> bool:
        return any((self.q, self.country, self.sector, self.brand, self.parent, self.has_location))


def _pattern(text: str) -> str | None:
    """The LIKE pattern of the folded ``text`` (None when nothing is left to look for)."""
    folded = search_form(text)
    if not folded:
        return None
    return "%" + folded.replace("\\", "").replace("%", "").replace("_", "") + "%"


def _substring(text: str) -> Q | None:
    """The condition 'the search text contains the folded ``text``', served by the trigram
    index (None when nothing is left to look for)."""
    pattern = _pattern(text)
    if pattern is None:
        return None
    if connection.vendor == "sqlite":
        fts = "SELECT rowid FROM registry_facility_fts WHERE search_text LIKE %s"
        # A constant statement; the pattern travels as a parameter.
        return Q(pk__in=RawSQL(fts, [pattern]))  # noqa: S611
    # On PostgreSQL the trigram GIN index serves LIKE '%…%' directly.
    return Q(search_text__contains=pattern.strip("%"))


def _text_contains(queryset: QuerySet[Facility], text: str) -> QuerySet[Facility]:
    condition = _substring(text)
    return queryset.none() if condition is None else queryset.filter(condition)


def _substring_cut(text: str, cap: int) -> Q | None:
    """Like ``_substring`` but at most about ``cap`` facilities, in index order: the rows a
    broad query keeps without the database sorting (or even counting) every hit."""
    pattern = _pattern(text)
    if pattern is None or connection.vendor != "sqlite":
        return None
    fts = "SELECT rowid FROM registry_facility_fts WHERE search_text LIKE %s LIMIT %s"
    return Q(pk__in=RawSQL(fts, [pattern, cap * SPARE]))  # noqa: S611  (constant SQL)


def _substring_finds(queryset: QuerySet[Facility], text: str, cap: int) -> list[int]:
    """At most ``cap`` facilities of ``queryset`` the substring index finds for ``text``."""
    cut = _substring_cut(text, cap)
    found = queryset.filter(cut) if cut is not None else _text_contains(queryset, text)
    return list(found.order_by().values_list("pk", flat=True)[:cap])


def containing(queryset: QuerySet[Facility], words: list[str]) -> QuerySet[Facility]:
    """Facilities whose search text holds every one of ``words`` (each through the index)."""
    for word in words:
        queryset = _text_contains(queryset, word)
    return queryset


def _matching(queryset: QuerySet[Facility], text: str) -> QuerySet[Facility]:
    """Facilities the word index or the substring index finds for ``text``, annotated with
    ``match_rank`` (the word index's order; substring-only finds come after)."""
    hits = wordindex.rank(text, queryset, RANKED, every_word=True)
    kept = [h.facility_id for h in hits]
    kept += [pk for pk in _substring_finds(queryset, text, RANKED + len(kept)) if pk not in kept]
    found = queryset.filter(pk__in=kept[: 2 * RANKED])
    order = [When(pk=h.facility_id, then=Value(i)) for i, h in enumerate(hits)]
    rank = Case(*order, default=Value(len(hits)), output_field=IntegerField()) if order else None
    return found.annotate(match_rank=rank if rank is not None else Value(0))


def ordered(results: QuerySet[Facility]) -> QuerySet[Facility]:
    """Search results best first (for a query), then by name: pages and the API agree."""
    return results.order_by("match_rank", "name", "pk")


def search(filters: Filters, user: AnyUser | None = None) -> QuerySet[Facility]:
    """Survivor facilities that ``user`` may know (anonymous: public ones) matching every
    filter given; an ID finds its facility (or the one it was merged into). The results
    carry ``match_rank``: order them with ``ordered``."""
    results: QuerySet[Facility] = Facility.objects.visible_to(user, survivors=True)
    if filters.q and ids.is_valid(filters.q):
        found = find(filters.q, user)  # a merged ID only for those who may know it
        return _unranked(results.filter(pk=found.survivor().pk) if found else results.none())
    if filters.country:
        results = results.filter(country=filters.country)
    results = _filtered(results, filters)
    return _matching(results, filters.q) if filters.q else _unranked(results)


@dataclass(frozen=True)
class Page:
    results: list[Facility]
    number: int  # from 1
    first: int  # the position of the first result, from 1
    next_page: int | None  # a query's next page by position
    next_after: str  # a listing's next page: the last public ID shown ("" when none)


def page(
    filters: Filters, user: AnyUser | None = None, *, number: int = 1, after: str = "",
    size: int = PAGE,
) -> Page:  # fmt: skip
    """One page of ``search``: by position within a query's ranked cut, or, for a listing
    without words, by keyset after the facility ``after`` (one the viewer may know; any other
    ID starts from the beginning)."""
    results = ordered(search(filters, user))
    if filters.q:
        number = max(1, min(number, 2 * RANKED // size))
        start = (number - 1) * size
        found = list(results[start : start + size + 1])
        more = len(found) > size and start + size < 2 * RANKED
        return Page(found[:size], number, start + 1, number + 1 if more else None, "")
    return _keyset_page(results, filters, user, number, after, size)


def _keyset_page(
    results: QuerySet[Facility], filters: Filters, user: AnyUser | None, number: int,
    after: str, size: int,
) -> Page:  # fmt: skip
    later = following(results, after, user)
    if later is None:
        number = 1
    found = list((results if later is None else later)[: size + 1])
    shown = found[:size]
    next_after = shown[-1].public_id if len(found) > size else ""
    return Page(shown, max(1, number), (max(1, number) - 1) * size + 1, None, next_after)


def following(
    results: QuerySet[Facility], after: str, user: AnyUser | None
) -> QuerySet[Facility] | None:
    """A listing's results after the facility ``after`` in (name, key) order: the keyset
    that pages without counting or sorting what came before. None when ``after`` is not a
    facility the viewer may know (so an ID cannot be probed through it)."""
    if not after:
        return None
    last = Facility.objects.visible_to(user, survivors=True).filter(public_id=after).first()
    if last is None:
        return None
    return results.filter(Q(name__gt=last.name) | Q(name=last.name, pk__gt=last.pk))


def _unranked(results: QuerySet[Facility]) -> QuerySet[Facility]:
    return results.annotate(match_rank=Value(0, output_field=IntegerField()))


def _filtered(results: QuerySet[Facility], filters: Filters) -> QuerySet[Facility]:
    """The filters other than the query words."""
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


def workplace_candidates(text: str, user: AnyUser | None = None, limit: int = 8) -> list[Facility]:
    """The facilities a worker's words for their workplace may mean, best first: names and
    towns in any script, transliterated either way, with a slip or two; those answering the
    most words lead, and one answering few still shows (the worker picks). Only facilities
    ``user`` may know (anonymous: public ones), as ``search``; an ID finds its facility."""
    text = text.strip()[:MAX_QUERY]
    if len(text) < 2:
        return []
    visible: QuerySet[Facility] = Facility.objects.visible_to(user, survivors=True)
    if ids.is_valid(text):
        return list(ordered(search(Filters(q=text), user))[:limit])
    hits = wordindex.rank(text, visible, limit, every_word=False)
    if hits:  # a choice that answers half as much as the best, or half as well, is noise
        best = hits[0]
        hits = [h for h in hits if 2 * h.covered >= best.covered and 2 * h.score >= best.score]
    by_pk = visible.in_bulk([h.facility_id for h in hits])
    found = [by_pk[h.facility_id] for h in hits if h.facility_id in by_pk]
    if len(found) < limit:  # part of a word, or a parent company: the substring index
        seen = {f.pk for f in found}
        more = [pk for pk in _substring_finds(visible, text, RANKED) if pk not in seen]
        extra = visible.filter(pk__in=more).order_by("name", "pk")
        found += list(extra[: limit - len(found)])
    return found
