"""From buying to conditions: when a finding or an admissible grievance on hours, wages, OSH
or forced labour opens at a facility, the buyers' purchasing red flags there in the weeks
before are listed and "purchasing practice" is suggested as a root cause, with its category.
A person decides (operator staff); a confirmed link lets the buyer take an action in the
audit's corrective action plan (``audits.services.propose_action``)."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.conf import settings
from django.contrib.auth.models import User
from django.db import transaction
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404
from django.utils import timezone

from chainrights.audits.services import findings_about, propose_action
from chainrights.core import events, refusals
from chainrights.core.models import Membership, Organisation
from chainrights.core.types import AnyUser
from chainrights.grievances.services import admissible_cases_about
from chainrights.purchasing import access, indicators
from chainrights.purchasing.models import (
    Category,
    LinkStatus,
    OrderChange,
    Payment,
    PurchaseOrder,
    RootCauseLink,
)
from chainrights.registry.services import facility_family

FORCED_LABOUR = {
    "forced-labour", "abuse-of-vulnerability", "deception", "restriction-of-movement",
    "isolation", "physical-and-sexual-violence", "intimidation-and-threats",
    "retention-of-identity-documents", "withholding-of-wages", "debt-bondage",
    "abusive-working-and-living-conditions", "excessive-overtime",
}  # fmt: skip
LINK_RIGHTS = FORCED_LABOUR | {
    "working-hours", "wages", "minimum-wage", "living-wage",
    "occupational-safety-and-health", "building-and-fire-safety",
}  # fmt: skip
# Each red flag and the Better Buying category it belongs to.
FLAG_CATEGORY = {
    "short_lead_time": Category.MANAGEMENT,
    "late_change": Category.MANAGEMENT,
    "late_payment": Category.PAYMENT,
    "below_living_wage_cost": Category.COST,
}


def _facility_model() -> Any:
    """The registry's facility model, reached through the order's own key (no import)."""
    return PurchaseOrder._meta.get_field("facility").related_model


def finding_by_id(pk: int) -> Any:
    """The audit finding, reached through the link's own key (no import of audits' models)."""
    model: Any = RootCauseLink._meta.get_field("finding").related_model
    return get_object_or_404(model, pk=pk)


def _per_buyer(rows: Any) -> Any:
    return (
        rows.values("order__buyer_id").annotate(n=Count("pk")).values_list("order__buyer_id", "n")
    )


def red_flags(facility: Any, end: date) -> dict[int, dict[str, int]]:
    """Per buyer: how many of each red flag at the facility in the window before ``end``."""
    start, end = indicators.window(end)
    family = facility_family(facility)
    orders = PurchaseOrder.objects.filter(facility_id__in=family)
    due = orders.filter(ex_factory_requested__range=(start, end))
    flags: dict[int, dict[str, int]] = {}

    def add(kind: str, rows: Any) -> None:
        for buyer_id, n in rows:
            if n:
                flags.setdefault(buyer_id, {})[kind] = n

    short = settings.PURCHASING_SHORT_LEAD_DAYS
    late = settings.PURCHASING_LATE_CHANGE_DAYS
    by_buyer = Count("pk", filter=Q(lead_time_days__lt=short))
    add("short_lead_time", due.values("buyer_id").annotate(n=by_buyer).values_list("buyer_id", "n"))
    window = (start, end)
    changes = OrderChange.objects.filter(
        order__in=orders, changed_on__range=window, by_buyer=True, days_before_ex_factory__lt=late
    )
    add("late_change", _per_buyer(changes))
    payments = Payment.objects.filter(order__in=orders, paid_on__range=window,
                                      delay_days__gt=0)  # fmt: skip
    add("late_payment", _per_buyer(payments))
    below = indicators._living_wage(due, ["buyer_id"])
    add("below_living_wage_cost", [(key[0], v[1]) for key, v in below.items()])
    return flags


def suggested_category(flags: dict[str, int]) -> str:
    weight: dict[str, int] = {}
    for kind, n in flags.items():
        weight[FLAG_CATEGORY[kind]] = weight.get(FLAG_CATEGORY[kind], 0) + n
    return str(max(sorted(weight), key=lambda c: weight[c]))


def _suggestions(facility: Any, end: date, user: AnyUser, decided: dict[int, Any]) -> list[Any]:
    seeing_all = access.operator_of(user, editing=False) is not None
    mine = set(Membership.objects.filter(user_id=user.pk or 0).values_list("organisation_id",
                                                                          flat=True))  # fmt: skip
    out = []
    for buyer_id, flags in sorted(red_flags(facility, end).items()):
        if not seeing_all and buyer_id not in mine:
            continue  # a buyer's orders are its own: other brands never see its flags
        out.append({
            "buyer": Organisation.objects.get(pk=buyer_id), "flags": flags,
            "category": suggested_category(flags),
            "category_label": str(dict(Category.choices)[suggested_category(flags)]),
            "link": decided.get(buyer_id),
        })  # fmt: skip
    return out


def for_finding(finding: Any, user: AnyUser) -> list[dict[str, Any]]:
    """The buyers' red flags before the finding's audit, as the user may see them."""
    if finding.right.code not in LINK_RIGHTS or user is None or not user.is_authenticated:
        return []
    decided = {x.buyer_id: x for x in RootCauseLink.objects.filter(finding=finding)}
    return _suggestions(finding.audit.facility.survivor(), finding.audit.end_date, user, decided)


def open_findings(user: AnyUser) -> list[tuple[Any, list[dict[str, Any]]]]:
    """Findings at facilities with orders, with their suggestions (the operator's queue)."""
    ids = set(PurchaseOrder.objects.values_list("facility_id", flat=True).distinct())
    facilities = list(_facility_model().objects.filter(pk__in=ids))
    found = []
    for finding in findings_about(LINK_RIGHTS, facilities)[:200]:
        suggestions = for_finding(finding, user)
        if suggestions:
            found.append((finding, suggestions))
    return found


def open_cases(user: AnyUser) -> list[dict[str, Any]]:
    """Admissible cases on these rights at facilities with red flags (operator staff only)."""
    if access.operator_of(user, editing=False) is None:
        return []
    Facility = _facility_model()
    out = []
    for case_id, facility_id, rights, day in admissible_cases_about(LINK_RIGHTS):
        facility = Facility.objects.filter(pk=facility_id).first()
        if facility is None:
            continue
        decided = {x.buyer_id: x for x in RootCauseLink.objects.filter(case_id=case_id)}
        for s in _suggestions(facility.survivor(), day, user, decided):
            out.append({"case_id": case_id, "rights": rights, "day": day, **s})
    return out


def decide_link(user: User, *, buyer: Organisation, confirm: bool, finding: Any = None,
                case_id: int | None = None) -> RootCauseLink:  # fmt: skip
    """A person confirms (or dismisses) a buyer's purchasing practice as a root cause."""
    operator = access.operator_of(user)
    if operator is None:
        raise refusals.NotAllowed("Operator staff confirm a suggested root cause.")
    facility, end = _subject(finding, case_id)
    flags = red_flags(facility, end).get(buyer.pk)
    if not flags:
        raise refusals.Conflict("This buyer shows no red flag here; nothing to confirm.")
    status = LinkStatus.CONFIRMED if confirm else LinkStatus.DISMISSED
    with transaction.atomic(), events.acting_as(user, operator, "purchasing root cause decided"):
        link, _ = RootCauseLink.objects.update_or_create(
            finding=finding, case_id=case_id, buyer=buyer,
            defaults={"status": status, "flags": sorted(flags), "decided_by": user,
                      "category": suggested_category(flags), "decided_at": timezone.now()},
        )  # fmt: skip
    return link


def _subject(finding: Any, case_id: int | None) -> tuple[Any, date]:
    if finding is not None:
        return finding.audit.facility.survivor(), finding.audit.end_date
    found = _case(case_id) if case_id is not None else None
    if found is None:
        raise refusals.Invalid("Name an admissible finding or case.", field="case_id")
    return found[0], found[2]


def _case(case_id: int) -> tuple[Any, list[str], date] | None:
    """(facility, rights, day admitted) of an admissible case on these rights, or None."""
    for pk, facility_id, rights, day in admissible_cases_about(LINK_RIGHTS):
        if pk == case_id:
            return _facility_model().objects.get(pk=facility_id).survivor(), rights, day
    return None


def for_case(case: Any, user: AnyUser) -> list[dict[str, Any]]:
    """The buyers' red flags before an admissible case, for operator staff only (a buyer never
    sees a case through this, nor anything of the complainant)."""
    if access.operator_of(user, editing=False) is None:
        return []
    found = _case(case.pk)
    if found is None:
        return []
    decided = {x.buyer_id: x for x in RootCauseLink.objects.filter(case_id=case.pk)}
    return _suggestions(found[0], found[2], user, decided)


def case_findings(link: RootCauseLink) -> list[Any]:
    """The findings whose action plans may take the buyer's action for a case's root cause:
    at the case's facility, on one of its rights, newest audit first."""
    found = _case(link.case_id) if link.case_id else None
    if found is None:
        return []
    facility, rights, _day = found
    return list(findings_about(set(rights) & LINK_RIGHTS, [facility]))


def buyer_cases(buyer: Organisation) -> list[RootCauseLink]:
    """Confirmed purchasing root causes of grievances for the buyer to act on. What the buyer
    reads of them is the category and the flags: never the case, its narrative or who filed it."""
    confirmed = RootCauseLink.objects.filter(status=LinkStatus.CONFIRMED)
    return list(confirmed.filter(buyer=buyer, case__isnull=False).order_by("pk"))


def take_action(user: User, link: RootCauseLink, *, description: str, deadline: date) -> Any:
    """The buyer's own corrective action for a confirmed link, in the action plan of the
    finding (for a grievance: the newest finding on the case's rights at its facility)."""
    if access.brand_of(user, editing=True) != link.buyer:
        raise refusals.NotAllowed("Only the buyer's editors take its action.")
    if link.status != LinkStatus.CONFIRMED:
        raise refusals.Conflict("Only a confirmed root cause takes an action.")
    if link.action_id_ref is not None:
        raise refusals.Conflict("The buyer took its action for this root cause already.")
    finding = link.finding or next(iter(case_findings(link)), None)
    if finding is None:
        raise refusals.Conflict("No audit finding on these rights at this facility holds "
                                "an action plan yet; the action goes into one.")  # fmt: skip
    source = "grievance" if link.case_id else "finding"
    cause = f"{dict(Category.choices)[link.category]}: {', '.join(link.flags)} ({source})"
    action = propose_action(finding, user, description=description, deadline=deadline,
                            owner="brand", root_cause_kind="purchasing_practice",
                            root_cause=cause)  # fmt: skip
    with transaction.atomic(), events.acting_as(user, link.buyer, "buyer-owned action taken"):
        link.action_id_ref = action.pk
        link.save()
    return action
