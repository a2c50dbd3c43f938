"""The registry's tiles on a signed-in person's dashboard: their organisation's lists, the
rows waiting for their review, and claims (their own, or for an operator those to verify)."""

from __future__ import annotations

from django.db.models import Count, Exists, OuterRef, QuerySet
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from chainrights.core.dashboard import SHOWN, Entry, Tile
from chainrights.core.models import Membership, Role
from chainrights.core.types import AnyUser
from chainrights.registry.claims import claimant_organisation, is_operator_editor
from chainrights.registry.models import (
    ClaimStatus,
    Facility,
    FacilityClaim,
    ListStatus,
    MatchDecision,
    SupplierList,
)
from chainrights.registry.uploads import uploader_organisation


def pending_reviews(lists: QuerySet[SupplierList]) -> dict[int, int]:
    """Rows of these lists whose decision in force is still "review", per list. The decision
    in force is a source's newest (ids grow with time), so a review with a later decision for
    its row has been answered."""
    later = MatchDecision.objects.filter(source=OuterRef("source"), pk__gt=OuterRef("pk"))
    rows = (
        MatchDecision.objects.filter(source__supplier_list__in=lists, decision="review")
        .exclude(Exists(later))
        .values("source__supplier_list")
        .annotate(n=Count("pk"))
    )
    return {r["source__supplier_list"]: r["n"] for r in rows}


def _status(item: SupplierList) -> str:
    if item.status == ListStatus.PROCESSING:
        return _("processing, %(percent)s%%") % {"percent": item.percent}
    if item.status == ListStatus.DONE:
        n = item.total_rows
        return ngettext("%(n)s row decided", "%(n)s rows decided", n) % {"n": n}
    return str(item.get_status_display()).lower()


def _list_tiles(user: AnyUser) -> list[Tile]:
    if not user.is_authenticated:
        return []
    mine = SupplierList.objects.filter(owner_org__memberships__user=user.pk).distinct()
    if uploader_organisation(user) is None and not mine.exists():
        return []
    recent = list(mine.order_by("-created_at")[:SHOWN])
    lists = Tile(
        key="lists", title=_("Your supplier lists"), count=mine.count(), url=reverse("lists"),
        entries=[Entry(text=i.name, url=reverse("list-detail", args=[i.pk]), note=_status(i),
                       late=i.status == ListStatus.FAILED) for i in recent],
        late=sum(1 for i in recent if i.status == ListStatus.FAILED),
        none=_("No list uploaded yet."),
        action=_("Upload a list") if uploader_organisation(user) else "",
        action_url=reverse("lists"),
    )  # fmt: skip
    editable = mine.filter(
        owner_org__memberships__user=user.pk,
        owner_org__memberships__role__in=[Role.ADMIN, Role.EDITOR],
    )
    waiting = pending_reviews(editable)
    if not Membership.objects.filter(user=user.pk, role__in=[Role.ADMIN, Role.EDITOR]).exists():
        return [lists]
    names = dict(SupplierList.objects.filter(pk__in=waiting).values_list("pk", "name"))
    ordered = sorted(waiting.items(), key=lambda kv: -kv[1])
    reviews = Tile(
        key="reviews", title=_("Rows waiting for your review"), count=sum(waiting.values()),
        url=reverse("list-detail", args=[ordered[0][0]]) if ordered else reverse("lists"),
        entries=[Entry(text=names[pk], url=reverse("list-detail", args=[pk]) + "#reviews",
                       note=ngettext("%(n)s row", "%(n)s rows", n) % {"n": n})
                 for pk, n in ordered[:SHOWN]],
        none=_("No row waits for review."), more=len(ordered) > SHOWN,
    )  # fmt: skip
    return [lists, reviews]


def _claim_tiles(user: AnyUser) -> list[Tile]:
    out = []
    claimant = claimant_organisation(user)
    if claimant is not None:
        run = Facility.objects.filter(claimed_by=claimant).order_by("name")
        asked = (
            FacilityClaim.objects.filter(organisation=claimant)
            .exclude(status=ClaimStatus.VERIFIED)
            .select_related("facility")
            .defer("evidence_file")
        )
        entries = [
            Entry(
                text=f.name,
                url=reverse("facility-detail", args=[f.public_id]),
                note=str(ClaimStatus.VERIFIED.label),
            )
            for f in run[:SHOWN]
        ]
        entries += [
            Entry(
                text=c.facility.name,
                url=reverse("facility-detail", args=[c.facility.public_id]),
                note=str(c.get_status_display()),
            )
            for c in asked.order_by("-created_at")[: SHOWN - len(entries)]
        ]
        out.append(Tile(
            key="claims", title=_("Your facilities"), count=run.count() + asked.count(),
            url=reverse("claims"), entries=entries,
            none=_("You have not claimed a facility. Find yours and claim it from its page."),
            action=_("Find your facility"), action_url=reverse("facilities"),
        ))  # fmt: skip
    if is_operator_editor(user):
        pending = FacilityClaim.objects.filter(status=ClaimStatus.PENDING).defer("evidence_file")
        out.append(Tile(
            key="claims-to-verify", title=_("Claims to verify"), count=pending.count(),
            url=reverse("claims"),
            entries=[Entry(text=f"{c.facility.name}: {c.organisation.name}", url=reverse("claims"))
                     for c in pending.select_related("facility", "organisation")
                     .order_by("created_at")[:SHOWN]],
            none=_("No claim waits for verification."),
        ))  # fmt: skip
    return out


def tiles(user: AnyUser) -> list[Tile]:
    return _list_tiles(user) + _claim_tiles(user)
