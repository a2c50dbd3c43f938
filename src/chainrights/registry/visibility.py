"""Who may know that a facility exists, and which brands source from it: the one place the
registry decides it. Pages, API, downloads, search and other apps all ask here.

- A facility is **public** (``Facility.public``, kept by ``reads.refresh``) when a public
  list names it now, or when no list founded it (an operator's own entry). Everyone sees it.
- A facility that only private (or shared) lists name is known to operator staff, to the
  organisations that may read one of those lists (``core.visibility``: the owner, and those a
  shared list is shared with) and to the supplier whose claim to it an operator verified.
  To everyone else it does not exist: the same 404 as an unknown ID, no search hit, no count.
- A merged ID resolves for those who may know both it (as it was when merged) and the
  facility it now is.
- Who sources from a facility is told only through lists the viewer may read: public lists
  for everyone, private ones to their readers; operator staff see every link.
"""

from __future__ import annotations

from django.db.models import Q, QuerySet

from chainrights.core.models import Organisation, OrganisationKind, Visibility
from chainrights.core.types import AnyUser
from chainrights.core.visibility import is_operator, org_ids, visible
from chainrights.registry.models import Facility, MatchDecision, SourceRecord, SupplierList
from chainrights.registry.reads import facility_sources, resolve_facility


def _known_hidden(user: AnyUser | None) -> Q:
    """Facilities that ``user`` may know although they are not public: named (by any
    decision, now or before) in a non-public list the user may read, or merged from such a
    facility, or claimed by the user's supplier. A list's reader saw those IDs in its rows
    already, so nothing new is told. Subqueries, not ID lists: a list may have 20,000 rows."""
    orgs = org_ids(user)
    if not orgs:
        return Q(pk__in=[])
    lists = visible(SupplierList.objects.exclude(visibility=Visibility.PUBLIC), user)
    named = MatchDecision.objects.filter(
        source__supplier_list__in=lists.values("pk"), facility__isnull=False
    ).values("facility_id")
    folded = Facility.objects.filter(
        Q(merged__in=named) | Q(merged__merged__in=named) | Q(merged__merged__merged__in=named)
    ).values("pk")
    return Q(pk__in=named) | Q(pk__in=folded) | Q(claimed_by_id__in=orgs)


def visible_facilities(
    queryset: QuerySet[Facility], user: AnyUser | None, *, survivors: bool = False
) -> QuerySet[Facility]:
    """Narrow ``queryset`` to the facilities ``user`` may know exist. A merged facility is
    known when its survivor is (its ID resolves there); ``survivors=True`` keeps only
    facilities that stand on their own (search, counts, open data: a simpler query)."""
    if is_operator(user):
        return queryset.filter(merged_into__isnull=True) if survivors else queryset
    allowed = Q(public=True) | _known_hidden(user)
    if survivors:
        return queryset.filter(allowed, merged_into__isnull=True)
    standing = Facility.objects.filter(allowed, merged_into__isnull=True).values("pk")
    merged = (
        Q(merged_into__in=standing)
        | Q(merged_into__merged_into__in=standing)
        | Q(merged_into__merged_into__merged_into__in=standing)
    )  # merges fold into the survivor of the moment, so chains stay short
    return queryset.filter(
        (Q(merged_into__isnull=True) & allowed) | (Q(merged_into__isnull=False) & merged)
    )


def may_know(facility: Facility, user: AnyUser | None) -> bool:
    """Whether ``user`` may know this facility exists. A merged ID resolves only for someone
    who may know both it (as it was when merged) and the facility it now is: a private
    list's ID does not lead strangers to the public facility it was folded into."""
    if is_operator(user):
        return True
    survivor = facility.survivor()
    hidden = {f.pk for f in (facility, survivor) if not f.public}
    if not hidden:
        return True
    known = Facility.objects.filter(Q(pk__in=hidden) & _known_hidden(user))
    return set(known.values_list("pk", flat=True)) == hidden


def find(text: str, user: AnyUser | None) -> Facility | None:
    """The facility a typed public ID names, if ``user`` may know it; else None, exactly as
    for an ID nobody issued."""
    found = Facility.by_id(text)
    return found if found is not None and may_know(found, user) else None


def may_answer_review(source: SourceRecord, user: AnyUser | None) -> bool:
    """A review proposing a facility the user may not know is answered by operator staff:
    showing it to the list's owner would show another list's private facility."""
    decision = source.current_decision()
    if decision is None or decision.candidate is None:
        return True
    return may_know(decision.candidate, user)


def resolve(text: str, user: AnyUser | None) -> Facility | None:
    """The facility (its survivor) that our ID or another registry's ID names, if ``user``
    may know it; None as for an ID nobody issued."""
    found = resolve_facility(text)
    return found if found is not None and may_know(found, user) else None


def readable_sources(sources: list[SourceRecord], user: AnyUser | None) -> list[SourceRecord]:
    """The source records whose list ``user`` may read (all of them for operator staff)."""
    if is_operator(user):
        return list(sources)
    orgs = org_ids(user)
    readable = {
        s.supplier_list_id for s in sources if s.supplier_list.visibility == Visibility.PUBLIC
    }
    hidden = {s.supplier_list_id for s in sources} - readable
    if hidden and orgs:
        readable |= set(
            visible(SupplierList.objects.filter(pk__in=hidden), user).values_list("pk", flat=True)
        )
    return [s for s in sources if s.supplier_list_id in readable]


def brands_known_to(
    brands: list[Organisation], facility: Facility, user: AnyUser
) -> list[Organisation]:
    """Those of ``brands`` that ``user`` may know source from ``facility``: through a public
    list, a list the user may read, or because the brand is the user's own organisation.
    Operator staff know them all."""
    if is_operator(user):
        return list(brands)
    sources = readable_sources(facility_sources(facility.survivor()), user)
    told = {s.supplier_list.owner_org_id for s in sources} | org_ids(user)
    return [b for b in brands if b.pk in told]


def organisations_shown_to(
    organisations: list[Organisation], facility: Facility, user: AnyUser
) -> list[Organisation]:
    """Of ``organisations`` (an audit's shares, say), those ``user`` may be told of: a brand
    only when the user may know it sources from ``facility``; other kinds always."""
    brands = [o for o in organisations if o.kind == OrganisationKind.BRAND]
    known = {b.pk for b in brands_known_to(brands, facility, user)}
    return [o for o in organisations if o.kind != OrganisationKind.BRAND or o.pk in known]


def merged_known(survivor: Facility, user: AnyUser | None) -> QuerySet[Facility]:
    """The facilities merged into ``survivor`` that ``user`` may know (its page lists their
    IDs): an ID only a private list gave is that list's readers' to know."""
    merged = Facility.objects.filter(merged_into=survivor)
    if is_operator(user):
        return merged
    return merged.filter(Q(public=True) | _known_hidden(user))


def claimed_by(organisation_ids: set[int]) -> QuerySet[Facility]:
    """The facilities these organisations have claimed (their own sites, for other apps)."""
    return Facility.objects.filter(claimed_by_id__in=organisation_ids)
