"""Inspection records: what a labour inspectorate found at a registry facility, by form, API
or CSV/XLSX import (all through ``check``), with violations tied to the rights taxonomy,
orders and penalties. A record is public (a summary) or private, by the inspectorate's choice;
the default per country is an operator's setting (national law differs).

The public summary never says that a visit followed a complaint or a referral (ILO C81
Art. 15(c)), and no record links to a grievance case.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from django.contrib.auth.models import User
from django.db import transaction
from django.db.models import Count, Max, Q
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from chainrights.core import events
from chainrights.core.events import EventTag
from chainrights.core.models import Organisation, Right, Visibility
from chainrights.core.refusals import Conflict, Invalid, NotAllowed, Problem, Problems
from chainrights.core.types import AnyUser
from chainrights.core.visibility import is_operator, org_ids
from chainrights.registry import services as registry
from chainrights.registry.panels import Panel
from chainrights.states import access, profiles
from chainrights.states.models import (
    CONFIDENTIAL_TRIGGERS,
    Inspection,
    InspectionDefault,
    Order,
    OrderKind,
    Referral,
    Trigger,
    Violation,
)
from chainrights.states.referrals import inspected

MAX_TEXT = 4_000
MAX_VIOLATIONS = 200
CHOSEN = (Visibility.PUBLIC, Visibility.PRIVATE)  # an inspection record is one or the other


@dataclass
class Draft:
    facility: Any
    inspected_on: date
    trigger: str = Trigger.ROUTINE
    announced: bool = False
    inspectors: int = 1
    workers_interviewed: int | None = None
    violations: list[tuple[Right, str, str]] = field(default_factory=list)
    orders: list[tuple[str, date | None, str]] = field(default_factory=list)
    penalties_imposed: Decimal | None = None
    penalties_collected: Decimal | None = None
    currency: str = ""
    follow_up_on: date | None = None
    follow_up_outcome: str = ""
    visibility: str = ""  # empty: the country's default
    reference: str = ""


class _Checker:
    """Reads one raw record (strings, as a form, an API body or a CSV row give them) into a
    ``Draft``, noting each problem with where, field and why."""

    def __init__(self, user: AnyUser, where: str, problems: list[Problem]) -> None:
        self.user, self.where, self.problems = user, where, problems

    def fail(self, name: str, reason: str, where: str = "") -> None:
        self.problems.append(Problem(where or self.where, name, reason))

    def day(self, raw: dict[str, Any], name: str, required: bool = False) -> date | None:
        value = str(raw.get(name) or "").strip()
        if not value:
            if required:
                self.fail(name, _("required (YYYY-MM-DD)"))
            return None
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            self.fail(name, _("not a date (YYYY-MM-DD): %(v)s") % {"v": value[:20]})
            return None

    def count(self, raw: dict[str, Any], name: str, default: int | None) -> int | None:
        value = str(raw.get(name) if raw.get(name) is not None else "").strip()
        if not value:
            return default
        if not value.isdigit() or int(value) > 1_000_000:
            self.fail(name, _("not a whole number from 0 to 1,000,000: %(v)s") % {"v": value[:20]})
            return default
        return int(value)

    def money(self, raw: dict[str, Any], name: str) -> Decimal | None:
        value = str(raw.get(name) if raw.get(name) is not None else "").strip().replace(",", "")
        if not value:
            return None
        try:
            amount = Decimal(value)
        except InvalidOperation:
            amount = Decimal(-1)
        if not amount.is_finite() or amount < 0 or amount >= Decimal(10) ** 12:
            self.fail(name, _("not an amount (0 or more): %(v)s") % {"v": value[:20]})
            return None
        return amount.quantize(Decimal("0.01"))

    def choice(self, raw: dict[str, Any], name: str, choices: Any, default: str) -> str:
        value = str(raw.get(name) or "").strip().lower().replace("-", "_").replace(" ", "_")
        if not value:
            return default
        if value not in choices:
            self.fail(name, _("one of %(c)s") % {"c": ", ".join(choices)})
            return default
        return value

    def text(self, raw: dict[str, Any], name: str, limit: int = MAX_TEXT) -> str:
        value = str(raw.get(name) or "").strip()
        if len(value) > limit:
            self.fail(name, _("At most %(n)s characters.") % {"n": f"{limit:,}"})
        return value[:limit]

    def flag(self, raw: dict[str, Any], name: str) -> bool:
        value = str(raw.get(name) if raw.get(name) is not None else "").strip().lower()
        if value in ("", "0", "no", "false", "n", "unannounced"):
            return False
        if value in ("1", "yes", "true", "y", "on", "announced"):
            return True
        self.fail(name, _("yes or no"))
        return False

    def facility(self, raw: dict[str, Any], owner: Organisation) -> Any:
        wanted = str(raw.get("facility_id") or "").strip()
        if not wanted:
            self.fail("facility_id", _("required: the facility's chainrights ID"))
            return None
        facility = registry.resolve_facility_for(wanted[:60], self.user)
        if facility is None:
            self.fail("facility_id", _("no facility has this ID"))
        elif owner.country and facility.country != owner.country:
            self.fail("facility_id", _("the facility is in %(c)s, outside your jurisdiction")
                      % {"c": facility.country})  # fmt: skip
            return None
        return facility

    def violations(self, items: Any, rights: dict[str, Right]) -> list[tuple[Right, str, str]]:
        out = []
        for i, item in enumerate(items if isinstance(items, list) else []):
            where = f"{self.where}.violations[{i}]" if self.where == "body" else self.where
            item = item if isinstance(item, dict) else {}
            right = rights.get(str(item.get("right") or "").strip())
            if right is None:
                self.fail("right", _("not a right of the taxonomy: %(v)s")
                          % {"v": str(item.get("right") or "")[:60]}, where)  # fmt: skip
                continue
            out.append((right, self.text(item, "law_article", 200),
                        self.text(item, "description")))  # fmt: skip
        if len(out) > MAX_VIOLATIONS:
            self.fail("violations", _("at most %(n)d") % {"n": MAX_VIOLATIONS})
        return out

    def orders(self, items: Any) -> list[tuple[str, date | None, str]]:
        out = []
        for item in items if isinstance(items, list) else []:
            item = item if isinstance(item, dict) else {}
            kind = self.choice(item, "kind", OrderKind.values, "")
            if kind:
                out.append((kind, self.day(item, "deadline"), self.text(item, "description")))
            else:
                self.fail("kind", _("one of %(c)s") % {"c": ", ".join(OrderKind.values)})
        return out


def check(raw: dict[str, Any], user: AnyUser, owner: Organisation, where: str = "body",
          problems: list[Problem] | None = None, rights: dict[str, Right] | None = None,
          ) -> Draft | None:  # fmt: skip
    """One inspection as written (a form, an API body, grouped CSV rows) as a draft, or None
    with its problems noted (raised as ``Problems`` when no list is given)."""
    own = problems is None
    problems = [] if problems is None else problems
    rights = rights if rights is not None else {r.code: r for r in Right.objects.all()}
    before = len(problems)
    c = _Checker(user, where, problems)
    draft = Draft(
        facility=c.facility(raw, owner),
        inspected_on=c.day(raw, "inspected_on", required=True) or date.min,
        trigger=c.choice(raw, "trigger", Trigger.values, Trigger.ROUTINE),
        announced=c.flag(raw, "announced"),
        inspectors=c.count(raw, "inspectors", 1) or 1,
        workers_interviewed=c.count(raw, "workers_interviewed", None),
        violations=c.violations(raw.get("violations"), rights),
        orders=c.orders(raw.get("orders")),
        penalties_imposed=c.money(raw, "penalties_imposed"),
        penalties_collected=c.money(raw, "penalties_collected"),
        currency=c.text(raw, "currency", 3).upper(),
        follow_up_on=c.day(raw, "follow_up_on"),
        follow_up_outcome=c.text(raw, "follow_up_outcome"),
        visibility=c.choice(raw, "visibility", CHOSEN, ""),
        reference=c.text(raw, "reference", 60),
    )
    if draft.inspected_on > date.today():
        c.fail("inspected_on", _("in the future"))
    if own and len(problems) > before:
        raise Problems(problems)
    return draft if len(problems) == before else None


def default_visibility(country: str) -> str:
    """The visibility a country's records get unless the inspectorate chooses: public."""
    row = InspectionDefault.objects.filter(country=country.upper()).first()
    return row.visibility if row else Visibility.PUBLIC


def set_default_visibility(user: User, country: str, visibility: str) -> InspectionDefault:
    """An operator's setting per country (national law may forbid publishing records)."""
    if not registry.is_operator_editor(user):  # an operator's admin or editor
        raise NotAllowed(_("Only the operator's editors set this."))
    if visibility not in CHOSEN:
        raise Invalid(_("one of %(c)s") % {"c": ", ".join(CHOSEN)}, field="visibility")
    code = profiles.known(country)
    if code is None:  # "ZZ" is two letters but no country
        raise Invalid(_("A two-letter country code."), field="country")
    with transaction.atomic(), events.acting_as(user=user, reason="inspection default"):
        row, _created = InspectionDefault.objects.get_or_create(country=code)
        row.visibility = visibility
        row.save()
        events.record(EventTag.INSPECTION_DEFAULT_SET, row, visibility=visibility)
    return row


def _store(owner: Organisation, user: User, draft: Draft) -> Inspection:
    inspection = Inspection.objects.create(
        owner_org=owner, facility=draft.facility, inspected_on=draft.inspected_on,
        visibility=draft.visibility or default_visibility(draft.facility.country),
        trigger=draft.trigger, announced=draft.announced, inspectors=draft.inspectors,
        workers_interviewed=draft.workers_interviewed,
        penalties_imposed=draft.penalties_imposed, penalties_collected=draft.penalties_collected,
        currency=draft.currency, follow_up_on=draft.follow_up_on,
        follow_up_outcome=draft.follow_up_outcome, reference=draft.reference, created_by=user,
    )  # fmt: skip
    for right, article, description in draft.violations:
        Violation.objects.create(inspection=inspection, right=right, law_article=article,
                                 description=description)  # fmt: skip
    for kind, deadline, description in draft.orders:
        Order.objects.create(inspection=inspection, kind=kind, deadline=deadline,
                             description=description)  # fmt: skip
    return inspection


def record(user: User, raw: dict[str, Any], referral: Referral | None = None) -> Inspection:
    """An inspectorate's editor records one inspection; for a referral addressed to it, the
    referral is inspected (and orders issued, or no violation found) in the same step."""
    owner = access.inspectorate_of(user, editing=True)
    if owner is None:
        raise NotAllowed(_("Only a labour inspectorate's editors record inspections."))
    if referral is not None and referral.inspectorate_id != owner.pk:
        raise NotAllowed(_("Only the inspectorate the case was referred to records it."))
    draft = check(raw, user, owner)
    assert draft is not None  # check raised the problems otherwise
    if (
        referral is not None
        and referral.facility_id is not None
        and referral.facility_id not in registry.facility_family(draft.facility)
    ):  # a facility merged since the referral lives on in its survivor
        raise Conflict(_("The referral is about another facility."), field="facility_id")
    with transaction.atomic(), events.acting_as(user=user, organisation=owner,
                                                reason="inspection recorded"):  # fmt: skip
        inspection = _store(owner, user, draft)
        events.record(EventTag.INSPECTION_RECORDED, inspection,
                      violations=len(draft.violations), orders=len(draft.orders))  # fmt: skip
        if referral is not None:
            inspected(referral, user, inspection)
    return inspection


def store_all(owner: Organisation, user: User, drafts: list[Draft], filename: str) -> list[int]:
    """Every draft of an import, in one transaction (all or nothing)."""
    why = f"inspections imported from {filename[:80]}"
    with transaction.atomic(), events.acting_as(user=user, organisation=owner, reason=why):
        ids = [_store(owner, user, d).pk for d in drafts]
        events.record(EventTag.INSPECTIONS_IMPORTED, None, count=len(ids), filename=filename[:80])
    return ids


# ---------------------------------------------------------------------------------------------
# Reads


def inspections_for(user: AnyUser | None) -> Any:
    """The records ``user`` may see: public summaries for everyone, all of an inspectorate's
    own, all for operator staff; but a record of a facility the viewer may not know exists
    (one that only private supplier lists name) is never shown, not even its summary: the
    inspection would disclose the list. The inspectorate that recorded it knew the facility."""
    known = Q(facility__in=registry.known_facilities(user).values("pk"))
    if not is_operator(user):
        known |= Q(owner_org_id__in=org_ids(user))
    return (
        Inspection.objects.visible_to(user)
        .filter(known)
        .select_related("facility", "owner_org")
        .prefetch_related("violations__right", "orders")
    )


def inspection_for(pk: int, user: AnyUser | None) -> Inspection | None:
    return inspections_for(user).filter(pk=pk).first()


def inspection_views(rows: Any, user: AnyUser | None) -> list[dict[str, Any]]:
    """``inspection_view`` of each row, asking once (not per row) who the viewer is."""
    staff, mine = is_operator(user), org_ids(user)
    return [_view(i, staff or i.owner_org_id in mine) for i in rows]


def inspection_view(inspection: Inspection, user: AnyUser | None) -> dict[str, Any]:
    """A record as ``user`` may read it: the whole of it for its inspectorate and operator
    staff; for others the public summary, which never says a visit followed a complaint or a
    referral (ILO C81 Art. 15(c)) and holds no free-text notes."""
    return inspection_views([inspection], user)[0]


def _view(inspection: Inspection, full: bool) -> dict[str, Any]:
    facility = inspection.facility
    confidential = inspection.trigger in CONFIDENTIAL_TRIGGERS
    view: dict[str, Any] = {
        "id": inspection.pk,
        "inspectorate": inspection.owner_org.name,
        "facility": {
            "id": facility.public_id,
            "name": facility.name,
            "country": facility.country,
        },
        "inspected_on": inspection.inspected_on,
        "visibility": inspection.visibility,
        "trigger": inspection.trigger if full or not confidential else None,
        "trigger_label": str(Trigger(inspection.trigger).label) if full or not confidential else "",
        "announced": inspection.announced,
        "inspectors": inspection.inspectors,
        "workers_interviewed": inspection.workers_interviewed,
        "violations": [
            {
                "right": v.right.code,
                "right_name": v.right.name,
                "law_article": v.law_article,
                "description": v.description if full else "",
            }
            for v in inspection.violations.all()
        ],
        "orders": [
            {
                "kind": o.kind,
                "kind_label": str(OrderKind(o.kind).label),
                "deadline": o.deadline,
                "description": o.description if full else "",
            }
            for o in inspection.orders.all()
        ],
        "penalties_imposed": inspection.penalties_imposed,
        "penalties_collected": inspection.penalties_collected,
        "currency": inspection.currency,
        "follow_up_on": inspection.follow_up_on,
        "follow_up_outcome": inspection.follow_up_outcome if full else "",
        "reference": inspection.reference if full else "",
        "full": full,
    }
    return view


# the audit-quality signal's words (the period: six months before the audit to its last day)
SIGNAL_WORDS = gettext_lazy(
    "No finding on %(right)s although a labour inspection found it violated here then."
)


def violated_rights(facility_ids: list[int], start: date, end: date) -> dict[str, int]:
    """Evidence for the audit-quality signal: rights public inspections found violated at the
    facility from six months before an audit to its last day (an audit that late should still
    see what the inspection saw)."""
    return Inspection.objects.violated_rights(facility_ids, start - timedelta(days=183), end)


def facility_panel(facility: Any, user: AnyUser) -> Any:
    """The inspections section of a facility's page: the records the viewer may see."""
    family = registry.facility_family(facility)
    rows = inspections_for(user).filter(facility_id__in=family)[:50]
    return Panel("states/inspections/_facility_panel.html", {
        "inspections": inspection_views(rows, user),
        "facility": facility,
    })  # fmt: skip


def country_summary(iso2: str) -> dict[str, Any]:
    """The public figures of the inspections recorded on chainrights in one country, for its
    profile page: public records of facilities anyone may know (a count must not disclose a
    facility that only private lists name). Three aggregates, whatever the number of records
    (the country's page is among the most read; bench/states/pages.py)."""
    known = registry.known_facilities(None).filter(country=iso2.upper()).values("pk")
    public = Inspection.objects.filter(facility__in=known, visibility=Visibility.PUBLIC)
    head = public.order_by().aggregate(
        count=Count("pk"), facilities=Count("facility_id", distinct=True),
        latest=Max("inspected_on"),
    )  # fmt: skip
    of_public = {"inspection__facility__in": known, "inspection__visibility": Visibility.PUBLIC}
    # every right found (at most the taxonomy's size): the violations' total is their sum
    by_right = list(
        Violation.objects.filter(**of_public)
        .values("right__code", "right__name")
        .annotate(n=Count("pk"))
        .order_by("-n", "right__code")
    )
    orders = (
        Order.objects.filter(**of_public)
        .order_by()
        .aggregate(orders=Count("pk"), stop_work=Count("pk", filter=Q(kind=OrderKind.STOP_WORK)))
    )
    return {
        "country": iso2.upper(),
        "count": head["count"],
        "facilities": head["facilities"],
        "violations": sum(r["n"] for r in by_right),
        "orders": orders["orders"],
        "stop_work": orders["stop_work"],
        "top_rights": [
            {"right": r["right__code"], "name": r["right__name"], "count": r["n"]}
            for r in by_right[:5]
        ],
        "latest": head["latest"],
    }


def visibility_defaults() -> dict[str, str]:
    return dict(InspectionDefault.objects.order_by("country").values_list("country", "visibility"))
