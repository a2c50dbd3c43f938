"""The grievance mechanism's tiles: a handler's queue, the cases shared with a brand, a
union's cases. References and steps only: no complainant's words reach a dashboard, and an
operator's tile lists cases only after a two-factor sign-in, as the case pages do."""

from __future__ import annotations

from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from chainrights.core.dashboard import SHOWN, Entry, Tile
from chainrights.core.types import AnyUser
from chainrights.core.visibility import is_operator
from chainrights.grievances.models import FINISHED, Case
from chainrights.grievances.unions import is_union_member, union_cases


def _entry(case: Case, url: str) -> Entry:
    late = case.due_at is not None and case.due_at < timezone.now()
    note = str(case.get_state_display())
    if case.due_at is not None:
        due = formats.date_format(timezone.localtime(case.due_at), "SHORT_DATE_FORMAT")
        note = _("%(state)s, next step due %(date)s") % {"state": note, "date": due}
    return Entry(text=case.reference, url=url, note=note, late=late)


def _queue(user: AnyUser) -> Tile:
    visible = Case.objects.visible_to(user)
    waiting = visible.exclude(state__in=FINISHED)
    late = visible.overdue().count()
    verified = bool(getattr(user, "is_verified", lambda: False)())
    entries = []
    if verified:
        first = visible.overdue()[:SHOWN] if late else waiting.queue()[:SHOWN]
        entries = [_entry(c, reverse("case-detail", args=[c.reference])) for c in first]
    mine = waiting.filter(handler=user).count()
    return Tile(
        key="case-queue", title=_("Cases to handle"), count=waiting.count(),
        url=reverse("cases"), entries=entries, late=late,
        none=(_("No case waits.") if verified or not waiting.exists() else
              _("Sign in with your second factor to see them.")),
        action=(_("Assigned to me: %(n)s") % {"n": mine}) if mine else _("Record a case"),
        action_url=reverse("cases") + "?mine=on" if mine else reverse("case-new"),
    )  # fmt: skip


def _shared(user: AnyUser) -> Tile | None:
    visible = Case.objects.visible_to(user)
    if not visible.exists():
        return None
    waiting = visible.exclude(state__in=FINISHED)
    return Tile(
        key="shared-cases", title=_("Cases shared with you"), count=waiting.count(),
        url=reverse("cases"), late=visible.overdue().count(),
        entries=[_entry(c, reverse("case-detail", args=[c.reference]))
                 for c in waiting.queue()[:SHOWN]],
        none=_("No open case is shared with you."),
    )  # fmt: skip


def _union(user: AnyUser) -> Tile:
    cases = union_cases(user)
    waiting = cases.exclude(state__in=FINISHED)
    return Tile(
        key="union-cases", title=_("Cases your union brought"), count=waiting.count(),
        url=reverse("union-cases"), late=waiting.filter(due_at__lt=timezone.now()).count(),
        entries=[_entry(c, reverse("union-case", args=[c.reference])) for c in waiting[:SHOWN]],
        none=_("No open case."), action=_("File for members"),
        action_url=reverse("union-intake"),
    )  # fmt: skip


def tiles(user: AnyUser) -> list[Tile]:
    if is_operator(user):
        return [_queue(user)]
    out = []
    if is_union_member(user):
        out.append(_union(user))
    shared = _shared(user)
    if shared is not None:
        out.append(shared)
    return out
