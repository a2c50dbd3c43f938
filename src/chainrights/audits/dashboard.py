"""The audits' tiles on a signed-in person's dashboard: the open corrective actions of the
audits they are party to (the owner, the auditing firm, the audited facility, or the brand an
action names), and their organisation's audit imports.

An action counts only on an audit its reader sees in full (as the audit page shows plans);
operator staff see every open action, as they see every audit."""

from __future__ import annotations

from django.db.models import Count, Q, QuerySet
from django.urls import reverse
from django.utils import formats
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from chainrights.audits import access, deadlines
from chainrights.audits.models import Action, ActionStatus, AuditImport, ImportStatus
from chainrights.core.dashboard import SHOWN, Entry, Tile
from chainrights.core.types import AnyUser
from chainrights.core.visibility import is_operator, org_ids

OPEN = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)
TEXT_CHARS = 80


def _insider(orgs: set[int]) -> Q:
    """Actions of audits the organisations are inside of (``access.insiders``): its owner,
    its auditing firm, or the facility audited (claimed, merged facilities included)."""
    return (Q(finding__audit__owner_org_id__in=orgs)
            | Q(finding__audit__auditor_org_id__in=orgs)
            | Q(finding__audit__facility_id__in=access._claimed_families(orgs)))  # fmt: skip


def _brand_own(actions: QuerySet[Action], user: AnyUser, orgs: set[int], insider: Q) -> list[int]:
    """The brand's own actions on audits it is not inside of, where it sees the audit in full
    (``access.levels``: shared with it, or published in full): a query for the rows, at most
    two for the levels of their audits."""
    rows = list(actions.filter(brand_id__in=orgs).exclude(insider)
                .select_related("finding__audit__facility"))  # fmt: skip
    if not rows:
        return []
    audits = {a.finding.audit.pk: a.finding.audit for a in rows}
    full = {pk for pk, seen in access.levels(audits.values(), user).items() if seen == access.FULL}
    return [a.pk for a in rows if a.finding.audit.pk in full]


def open_actions(user: AnyUser) -> tuple[QuerySet[Action], Q | None]:
    """The open actions of the audits ``user`` is party to, and what makes an action theirs
    (None: everything, for operator staff; ``Q(pk__in=[])`` with no organisation)."""
    actions = Action.objects.filter(status__in=OPEN)
    if is_operator(user):
        return actions, None
    orgs = org_ids(user)
    if not orgs:
        return actions.none(), Q(pk__in=[])
    insider = _insider(orgs)
    mine = actions.filter(insider | Q(pk__in=_brand_own(actions, user, orgs, insider)))
    return mine, insider | Q(brand_id__in=orgs)


def _entry(action: Action) -> Entry:
    audit = action.finding.audit
    due = formats.date_format(action.deadline, "SHORT_DATE_FORMAT")
    return Entry(
        text=Truncator(action.description).chars(TEXT_CHARS),
        url=reverse("audit-detail", args=[audit.pk]) + f"#a{action.pk}",
        note=_("%(facility)s, due %(date)s") % {"facility": audit.facility.name, "date": due},
        late=deadlines.is_overdue(action.deadline),
    )


def _actions(user: AnyUser) -> list[Tile]:
    mine, party = open_actions(user)
    past = Q(deadline__lt=deadlines.today_everywhere())
    counted = mine.aggregate(n=Count("pk"), late=Count("pk", filter=past))
    if not counted["n"] and party is not None and not Action.objects.filter(party).exists():
        return []  # party to no plan at all: nothing of theirs here
    # the oldest deadline first: those past it (overdue) come before those still running
    first = mine.select_related("finding__audit__facility").order_by("deadline", "pk")[:SHOWN]
    return [Tile(
        key="actions", title=_("Open corrective actions"), count=counted["n"],
        url=reverse("audits"), entries=[_entry(a) for a in first] if counted["n"] else [],
        late=counted["late"], none=_("No corrective action is open."),
    )]  # fmt: skip


def _imports(user: AnyUser) -> list[Tile]:
    orgs = org_ids(user)
    mine = AuditImport.objects.filter(owner_org_id__in=orgs)
    uploader = access.uploader(user)
    if uploader is None and not mine.exists():
        return []
    light = mine.defer("content", "problems", "audit_ids")  # the file itself stays unread
    recent = list(light.order_by("-created_at", "-pk")[:SHOWN])
    failed = [i.status == ImportStatus.FAILED for i in recent]
    return [Tile(
        key="audit-imports", title=_("Your audit imports"), count=mine.count(),
        url=reverse("audits"),
        entries=[Entry(text=i.filename, url=reverse("audit-import-detail", args=[i.pk]),
                       note=str(i.get_status_display()), late=late)
                 for i, late in zip(recent, failed, strict=True)],
        late=sum(failed), none=_("No audit file imported yet."),
        # the import form is on the audits page (the import itself takes a POST)
        action=_("Import audits") if uploader else "",
        action_url=reverse("audits") if uploader else "",
    )]  # fmt: skip


def tiles(user: AnyUser) -> list[Tile]:
    if not user.is_authenticated:
        return []
    return _actions(user) + _imports(user)
