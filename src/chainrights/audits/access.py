"""Who may see an audit, and how much of it; who may act on its plan.

A thin layer on ``core.visibility``, the one place access is decided: an audit is seen as any
owned object is (operator staff, the owner, organisations it is shared with, everyone when
public), and audits add only what ``visible()`` cannot know:

- the auditing firm and the audited facility (once it has claimed its registry entry, and
  for audits of facilities merged into it) see everything too;
- a public audit shows its summary only unless it is published in full (``levels``).
Writes need an admin or editor membership of the organisation that acts.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import Q, QuerySet

from chainrights.audits.models import Action, Audit, Publication
from chainrights.core.models import Membership, Organisation, OrganisationKind, Role
from chainrights.core.types import AnyUser
from chainrights.core.visibility import is_operator, org_ids, visible
from chainrights.registry.services import facility_family
from chainrights.registry.visibility import claimed_by

FULL, SUMMARY = "full", "summary"


def visible_audits(queryset: QuerySet[Audit], user: AnyUser) -> QuerySet[Audit]:
    """``core.visibility.visible``, and the audits of the caller's firm or facilities."""
    seen = visible(queryset, user)  # all of it for operator staff: the OR below adds nothing
    orgs = org_ids(user)
    if not orgs:
        return seen
    insider = Q(auditor_org_id__in=orgs) | Q(facility_id__in=_claimed_families(orgs))
    return seen | queryset.filter(insider)


def _claimed_families(orgs: set[int]) -> list[int]:
    """Facilities the organisations have claimed, and every facility merged into them however
    many merges away (A into B into C), as ``_claimant_id`` follows the whole chain too."""
    family: set[int] = set()
    for facility in claimed_by(orgs):
        family.update(facility_family(facility))
    return sorted(family)


def _claimant_id(audit: Audit) -> int | None:
    return audit.facility.survivor().claimed_by_id


def insiders(audit: Audit) -> set[int]:
    """Organisations that see the whole audit by their part in it."""
    return {i for i in (audit.owner_org_id, audit.auditor_org_id, _claimant_id(audit)) if i}


def _level(audit: Audit, orgs: set[int], shared: bool) -> str | None:
    if orgs & insiders(audit) or (audit.visibility == "shared" and shared):
        return FULL
    if audit.visibility == "public":
        return FULL if audit.publication == Publication.FULL else SUMMARY
    return None


def levels(audits: Iterable[Audit], user: AnyUser) -> dict[int, str | None]:
    """``full``, ``summary`` or None (may not see it) for each audit, in one query for all."""
    audits = list(audits)
    if is_operator(user):
        return {a.pk: FULL for a in audits}
    orgs = org_ids(user)
    shared: set[int] = set()
    candidates = [a.pk for a in audits if a.visibility == "shared"]
    if orgs and candidates:  # shared with the caller's organisations, as visible() decides
        found = visible(Audit.objects.filter(pk__in=candidates), user)
        shared = set(found.values_list("pk", flat=True))
    return {a.pk: _level(a, orgs, a.pk in shared) for a in audits}


def level(audit: Audit, user: AnyUser) -> str | None:
    return levels([audit], user)[audit.pk]


def _editing(user: AnyUser | None) -> list[Organisation]:
    """The organisations ``user`` edits for (admin or editor), cached on the user for the
    request like ``org_ids``."""
    if user is None or not user.is_authenticated:
        return []
    cached: list[Organisation] | None = getattr(user, "_chainrights_editing", None)
    if cached is None:
        memberships = Membership.objects.filter(user=user, role__in=[Role.ADMIN, Role.EDITOR])
        cached = [m.organisation for m in memberships.select_related("organisation")
                  .order_by("organisation__kind", "pk")]  # fmt: skip
        setattr(user, "_chainrights_editing", cached)  # noqa: B010  (a per-request cache)
    return cached


def acting_org(user: AnyUser, allowed: set[int] | None = None, kinds: set[str] | None = None
               ) -> Organisation | None:  # fmt: skip
    """The first organisation ``user`` edits for among ``allowed`` ids and ``kinds``."""
    return next((o for o in _editing(user) if (allowed is None or o.pk in allowed)
                 and (kinds is None or o.kind in kinds)), None)  # fmt: skip


def operator_editor(user: AnyUser) -> Organisation | None:
    return acting_org(user, kinds={OrganisationKind.OPERATOR})


def uploader(user: AnyUser) -> Organisation | None:
    """Who may record audits: auditors, brands, operators, unions (worker-driven monitoring)
    and suppliers (for the facilities they run)."""
    return acting_org(user, kinds={"auditor", "brand", "operator", "union", "supplier"})


def may_edit(audit: Audit, user: AnyUser) -> Organisation | None:
    return operator_editor(user) or acting_org(user, {audit.owner_org_id})


def may_share_with_sourcing(audit: Audit, user: AnyUser) -> Organisation | None:
    """The facility decides who may see audits about it once it has claimed its entry; before
    that, the audit's owner does."""
    claimant = _claimant_id(audit)
    return operator_editor(user) or acting_org(user, {claimant or audit.owner_org_id})


def may_propose(audit: Audit, user: AnyUser, seen: str | None = None) -> Organisation | None:
    """The facility, the owner, operators, and any organisation with full access (a brand
    proposing its own part of the plan)."""
    found = operator_editor(user) or acting_org(user, insiders(audit))
    if found is None and (seen or level(audit, user)) == FULL:
        found = acting_org(user, kinds={"brand"})
    return found


def may_progress(action: Action, user: AnyUser) -> Organisation | None:
    """Those who carry an action out report its progress: the facility (or the owner) for
    supplier actions, the brand for its own."""
    audit = action.finding.audit
    allowed = insiders(audit)
    if action.brand_id and action.owner in ("brand", "both"):
        allowed.add(action.brand_id)
    return operator_editor(user) or acting_org(user, allowed)


def may_verify(action: Action, user: AnyUser, seen: str | None = None) -> Organisation | None:
    """Someone other than those who did the work: operators, the auditors, or a brand that
    sees the audit, never the facility itself or the brand verifying its own action."""
    audit = action.finding.audit
    if (seen or level(audit, user)) != FULL:
        return None
    excluded = {_claimant_id(audit), action.brand_id if action.owner != "supplier" else None}
    return operator_editor(user) or next(
        (o for o in _editing(user) if o.kind in ("auditor", "brand", "union")
         and o.pk not in excluded), None)  # fmt: skip


def may_comment(audit: Audit, user: AnyUser, seen: str | None = None) -> Organisation | None:
    """``seen``: the viewer's level when the caller already knows it (one query less)."""
    if (seen or level(audit, user)) != FULL:
        return None
    return operator_editor(user) or acting_org(user)
