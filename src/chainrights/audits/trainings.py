"""Capacity building of labour inspectorates: trainings of their inspectors, kept as
``CapacityActivity`` rows with no facility, owned by the inspectorate.

Who records: an admin or editor of an inspectorate, for that inspectorate; operator staff,
for an inspectorate they name. What anyone sees of a public training is all there is: the
counts of participants by gender, never a name (the model has no field for one). An
inspectorate keeps a training private by saying so; then its members and the operator see it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.contrib.auth.models import User
from django.db import transaction
from django.db.models import QuerySet
from django.utils.translation import gettext as _

from chainrights.audits import access
from chainrights.audits.models import ActivityKind, CapacityActivity
from chainrights.core import events
from chainrights.core.models import Organisation, OrganisationKind, Right, Visibility
from chainrights.core.refusals import Invalid, NotAllowed
from chainrights.core.types import AnyUser
from chainrights.core.visibility import visible

ROLE = "inspectors"  # the one participants row a training of inspectors has
MAX_PARTICIPANTS = 100_000
GENDERS = ("women", "men", "other")


@dataclass
class TrainingDraft:
    """What a form or an API body says of one training, before it is checked."""

    title: str
    start_date: date
    topic: str = ""
    rights: list[str] = field(default_factory=list)
    provider: str = ""
    end_date: date | None = None
    description: str = ""
    women: int = 0
    men: int = 0
    other: int = 0
    public: bool = True


def trainings() -> QuerySet[CapacityActivity]:
    """Every training of inspectors, whoever may see it."""
    return CapacityActivity.objects.filter(
        facility__isnull=True, kind=ActivityKind.TRAINING,
        owner_org__kind=OrganisationKind.INSPECTORATE,
    ).select_related("owner_org")  # fmt: skip


def trainings_for(user: AnyUser | None, *, inspectorate: int | None = None,
                  country: str = "") -> QuerySet[CapacityActivity]:  # fmt: skip
    """The trainings ``user`` may see, of one inspectorate or one country's when asked."""
    rows = visible(trainings(), user)
    if inspectorate is not None:
        rows = rows.filter(owner_org_id=inspectorate)
    if country:
        rows = rows.filter(owner_org__country=country.upper()[:2])
    return rows


def recorder(user: AnyUser, inspectorate: int | None = None) -> Organisation | None:
    """The inspectorate ``user`` records a training for: their own (as admin or editor), or
    for operator staff the one they name."""
    own = access.acting_org(user, kinds={OrganisationKind.INSPECTORATE})
    if own is not None and inspectorate in (None, own.pk):
        return own
    if access.operator_editor(user) is None:
        return None
    if inspectorate is None:
        raise Invalid(_("Name the inspectorate the training was for."), field="inspectorate_id")
    named = Organisation.objects.filter(pk=inspectorate, kind=OrganisationKind.INSPECTORATE)
    found = named.first()
    if found is None:
        raise Invalid(_("No labour inspectorate has this ID."), field="inspectorate_id")
    return found


def _check(draft: TrainingDraft) -> None:
    """Every rule a training breaks, the first one refused with the field to fix."""
    limits = {"title": 200, "topic": 200, "provider": 200, "description": 10_000}
    for name, limit in limits.items():
        if len(getattr(draft, name)) > limit:
            raise Invalid(_("longer than %(n)s characters") % {"n": limit}, field=name)
    if not draft.title.strip():
        raise Invalid(_("is required"), field="title")
    if draft.end_date and draft.end_date < draft.start_date:
        raise Invalid(_("The end is before the start."), field="end_date")
    for gender in GENDERS:
        count = getattr(draft, gender)
        if not 0 <= count <= MAX_PARTICIPANTS:
            raise Invalid(_("between 0 and %(n)s") % {"n": MAX_PARTICIPANTS}, field=gender)
    if not draft.women + draft.men + draft.other:
        raise Invalid(_("Count at least one participant."), field="women")
    if len(draft.rights) > 40:
        raise Invalid(_("at most 40 rights"), field="rights")
    known = set(Right.objects.filter(code__in=draft.rights).values_list("code", flat=True))
    if unknown := sorted(set(draft.rights) - known):
        named = ", ".join(c[:40] for c in unknown[:5])
        raise Invalid(_("not in the rights taxonomy: %(codes)s") % {"codes": named},
                      field="rights")  # fmt: skip


def record_training(user: User, draft: TrainingDraft, *,
                    inspectorate: int | None = None) -> CapacityActivity:  # fmt: skip
    """One training of an inspectorate's inspectors, checked whole before anything is
    written, in one transaction and one event."""
    owner = recorder(user, inspectorate)
    if owner is None:
        raise NotAllowed(_("Only an inspectorate's admins and editors, or the operator, "
                           "record trainings of inspectors."))  # fmt: skip
    _check(draft)
    counts = {g: getattr(draft, g) for g in GENDERS}
    with transaction.atomic(), events.acting_as(user=user, organisation=owner,
                                                reason="inspector training recorded"):  # fmt: skip
        return CapacityActivity.objects.create(
            owner_org=owner, visibility=Visibility.PUBLIC if draft.public else Visibility.PRIVATE,
            facility=None, kind=ActivityKind.TRAINING, title=draft.title.strip(),
            topic=draft.topic.strip(), description=draft.description,
            rights=sorted(set(draft.rights)), provider=draft.provider.strip(),
            start_date=draft.start_date, end_date=draft.end_date,
            participants=[{"role": ROLE, **counts}], created_by=user,
        )  # fmt: skip


def counts(activity: CapacityActivity) -> dict[str, int]:
    """Participants by gender, summed over the activity's rows."""
    return {g: sum(int(p.get(g, 0)) for p in activity.participants) for g in GENDERS}


def training_out(activity: CapacityActivity) -> dict[str, Any]:
    """A training as the page and the API show it: counts, never names."""
    return {
        "id": activity.pk, "inspectorate_id": activity.owner_org_id,
        "inspectorate": activity.owner_org.name, "country": activity.owner_org.country,
        "title": activity.title, "topic": activity.topic, "rights": activity.rights,
        "provider": activity.provider, "start_date": activity.start_date,
        "end_date": activity.end_date, "participants": counts(activity),
        "total": activity.participant_total(), "description": activity.description,
        "visibility": activity.visibility,
    }  # fmt: skip


def country_trainings(iso2: str) -> dict[str, Any]:
    """The public trainings of a country's inspectorates, for its profile page: how many,
    participants by gender, the latest start and the rights they covered."""
    rows = list(trainings_for(None, country=iso2).values_list("participants", "rights",
                                                               "start_date"))  # fmt: skip
    by_gender = {g: 0 for g in GENDERS}
    rights: set[str] = set()
    for participants, covered, _start in rows:
        for part in participants:
            for gender in GENDERS:
                by_gender[gender] += int(part.get(gender, 0))
        rights.update(covered)
    latest = max((start for _p, _r, start in rows), default=None)
    return {"country": iso2.upper()[:2], "count": len(rows), "participants": by_gender,
            "latest": latest, "rights": sorted(rights)}  # fmt: skip
