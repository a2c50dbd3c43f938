"""The referrals tile: an inspectorate's open referrals, inbox order (overdue first). The
operator's staff get the tile too, but see which referrals only after a two-factor sign-in,
as the referral pages ask; nobody else has referrals. A referral's summary (the handler's
words about the case) never reaches the dashboard: the facility, the step and its deadline."""

from __future__ import annotations

from typing import Any, cast

from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from chainrights.core.dashboard import SHOWN, Entry, Tile
from chainrights.core.types import AnyUser
from chainrights.core.visibility import is_operator
from chainrights.states.access import inspectorate_of
from chainrights.states.models import Referral, ReferralQuerySet, ReferralState
from chainrights.states.profiles import country_name
from chainrights.states.referrals import referrals_for


def _entry(referral: Referral) -> Entry:
    place = referral.facility.name if referral.facility else country_name(referral.country)
    note = str(ReferralState(referral.state).label)
    if referral.due_at is not None:
        due = formats.date_format(timezone.localtime(referral.due_at), "SHORT_DATE_FORMAT")
        note = _("%(state)s, due %(date)s") % {"state": note, "date": due}
    url = reverse("referral-detail", args=[referral.pk])
    return Entry(text=place, url=url, note=note, late=referral.is_overdue)


def _open(user: AnyUser) -> ReferralQuerySet:
    """The referrals ``user`` may see (``referrals_for``: its rule, its inbox order), still
    open, read without what the referral pages prefetch: the facility is all a tile names."""
    rows: Any = referrals_for(user)
    rows = rows.select_related(None).select_related("facility").prefetch_related(None)
    return cast(ReferralQuerySet, rows.defer("summary").open())


def tiles(user: AnyUser) -> list[Tile]:
    operator = is_operator(user)
    if not operator and inspectorate_of(user) is None:
        return []
    waiting = _open(user)
    verified = not operator or bool(getattr(user, "is_verified", lambda: False)())
    count = waiting.count()
    entries = [_entry(r) for r in waiting[:SHOWN]] if verified and count else []
    return [Tile(
        key="referrals", count=count,
        title=_("Referrals to labour inspectorates") if operator else
        _("Referrals to your inspectorate"),
        url=reverse("referrals"), entries=entries,
        late=waiting.overdue().count() if count else 0,
        none=(_("No referral waits.") if verified or not count else
              _("Sign in with your second factor to see them.")),
    )]  # fmt: skip
