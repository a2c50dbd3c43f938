"""Human-rights impact assessments (UNGP 18): a brand's structured assessment of one facility
or one country × product — scope, rights-holders consulted, findings per right with their
evidence, actions, a review date — linked to its register's items. A draft is edited; publishing
freezes the content with its sha256 (in the event log); a published version is never edited,
a correction is a new version that supersedes it."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.contrib.auth.models import User
from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from chainrights.core import documents, events, refusals
from chainrights.core.models import Membership, Organisation, Right, Role
from chainrights.core.types import AnyUser
from chainrights.core.visibility import is_operator, org_ids
from chainrights.countries import resolve_country
from chainrights.registry import services as registry
from chainrights.risk.access import brand_of, published_buyers
from chainrights.risk.models import (
    AssessmentAction,
    AssessmentStatus,
    Consultation,
    Finding,
    Group,
    ImpactAssessment,
    RiskItem,
    Scope,
)

EDITABLE = ("title", "summary", "period_start", "period_end", "review_on", "item_keys")


def assessments_for(user: AnyUser | None) -> QuerySet[ImpactAssessment]:
    """What ``user`` may read: its brand's drafts and versions, operator staff all, a supplier
    the published ones of its claimed facilities, anyone the published ones of a brand that
    published its salient issues."""
    rows = ImpactAssessment.objects.select_related("owner_org", "facility")
    if is_operator(user):
        return rows
    orgs = org_ids(user)
    published = Q(status__in=[AssessmentStatus.PUBLISHED, AssessmentStatus.CORRECTED])
    seen = published & Q(owner_org_id__in=published_buyers().values("buyer_id"))
    if orgs:
        seen |= Q(owner_org_id__in=orgs) | (published & Q(facility__claimed_by_id__in=orgs))
    return rows.filter(seen)


def may_edit(assessment: ImpactAssessment, user: AnyUser | None) -> bool:
    """The assessment's brand's admins and editors."""
    if user is None or not user.is_authenticated:
        return False
    return Membership.objects.filter(user=user, organisation_id=assessment.owner_org_id,
                                     role__in=[Role.ADMIN, Role.EDITOR]).exists()  # fmt: skip


def _editor(user: User) -> Organisation:
    brand = brand_of(user, editing=True)
    if brand is None:
        raise refusals.NotAllowed(_("Only a brand's admins and editors write its assessments."))
    return brand


def _draft(assessment: ImpactAssessment, user: User) -> None:
    if not may_edit(assessment, user):
        raise refusals.NotAllowed(_("Only the assessment's brand may change it."))
    if assessment.status != AssessmentStatus.DRAFT:
        raise refusals.Conflict(_("A published assessment is never edited: correct it."))


def _text(value: str, field: str, limit: int) -> str:
    text = (value or "").strip()
    if not text:
        raise refusals.Invalid(_("%(field)s: this field is required.") % {"field": field},
                               field=field)  # fmt: skip
    if len(text) > limit:
        raise refusals.Invalid(_("%(field)s: at most %(n)s characters.") % {"field": field,
                               "n": limit}, field=field)  # fmt: skip
    return text


def _period(start: date, end: date, review_on: date | None) -> None:
    if end < start:
        raise refusals.Invalid(_("The period ends before it starts."), field="period_end")
    if review_on is not None and review_on < end:
        raise refusals.Invalid(_("The review date comes after the period."), field="review_on")


def _place(buyer: Organisation, user: User, scope: str, facility: str, country: str,
           product: str) -> dict[str, Any]:  # fmt: skip
    """The scope's fields, checked: a facility on the buyer's lists, or a country × product."""
    if scope == Scope.FACILITY:
        found = registry.find_facility(facility.strip(), user) if facility.strip() else None
        if found is None or found.survivor().pk not in registry.buyer_facilities(buyer):
            raise refusals.Invalid(_("Name a facility on your own supplier lists."),
                                   field="facility")  # fmt: skip
        return {"facility": found.survivor(), "country": found.survivor().country, "product": ""}
    if scope != Scope.COUNTRY_PRODUCT:
        raise refusals.Invalid(_("Choose a facility or a country and product."), field="scope")
    record = resolve_country(country)
    if record is None:
        raise refusals.Invalid(_("Give the country's two-letter code, such as BD or VN."),
                               field="country")  # fmt: skip
    return {"facility": None, "country": record.code,
            "product": _text(product, "product", 120).lower()}  # fmt: skip


def matching_keys(buyer: Organisation, scope: str, facility: Any, country: str,
                  product: str) -> list[str]:  # fmt: skip
    """The register's items the scope covers (those at the facility, or the country ×
    product items)."""
    items = RiskItem.objects.filter(buyer=buyer)
    if scope == Scope.FACILITY:
        items = items.filter(facility=facility)
    else:
        items = items.filter(scope=Scope.COUNTRY_PRODUCT, country=country, product=product)
    return list(items.order_by("rank").values_list("key", flat=True))


def _keys(buyer: Organisation, keys: list[str]) -> list[str]:
    known = set(RiskItem.objects.filter(buyer=buyer, key__in=keys).values_list("key", flat=True))
    unknown = [k for k in keys if k not in known]
    if unknown:
        raise refusals.Invalid(_("Not in your register: %(keys)s.") % {"keys": ", ".join(
            unknown[:5])}, field="item_keys")  # fmt: skip
    return list(dict.fromkeys(keys))


def create(user: User, *, title: str, scope: str, period_start: date, period_end: date,
           facility: str = "", country: str = "", product: str = "", summary: str = "",
           review_on: date | None = None) -> ImpactAssessment:  # fmt: skip
    """A new draft of the user's brand, linked to the register's items its scope covers."""
    buyer = _editor(user)
    place = _place(buyer, user, scope, facility, country, product)
    _period(period_start, period_end, review_on)
    with transaction.atomic(), events.acting_as(user, buyer, "impact assessment drafted"):
        return ImpactAssessment.objects.create(
            owner_org=buyer, title=_text(title, "title", 200), scope=scope, **place,
            period_start=period_start, period_end=period_end, summary=summary.strip()[:20000],
            review_on=review_on, created_by=user,
            item_keys=matching_keys(buyer, scope, place["facility"], place["country"],
                                    place["product"]))  # fmt: skip


def update_draft(assessment: ImpactAssessment, user: User, **fields: Any) -> ImpactAssessment:
    """Change a draft's title, summary, dates or linked items (logged)."""
    _draft(assessment, user)
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise refusals.Invalid(_("These fields cannot be changed here."), field=min(unknown))
    values = {k: getattr(assessment, k) for k in EDITABLE} | fields
    values["title"] = _text(values["title"], "title", 200)
    values["summary"] = (values["summary"] or "").strip()[:20000]
    values["item_keys"] = _keys(assessment.owner_org, list(values["item_keys"] or []))
    _period(values["period_start"], values["period_end"], values["review_on"])
    with transaction.atomic(), events.acting_as(user, assessment.owner_org, "assessment edited"):
        for name, value in values.items():
            setattr(assessment, name, value)
        assessment.save()
    return assessment


def add_consultation(assessment: ImpactAssessment, user: User, *, group: str, people: int,
                     method: str, held_on: date) -> Consultation:  # fmt: skip
    """Rights-holders heard: which group, how many, how and when (never their names)."""
    _draft(assessment, user)
    if group not in Group.values:
        raise refusals.Invalid(_("Choose one of the groups."), field="group")
    if not isinstance(people, int) or isinstance(people, bool) or not 1 <= people <= 1_000_000:
        raise refusals.Invalid(_("How many people: a whole number from 1."), field="people")
    with transaction.atomic(), events.acting_as(user, assessment.owner_org, "consultation"):
        return Consultation.objects.create(assessment=assessment, group=group, people=people,
                                           method=_text(method, "method", 200),
                                           held_on=held_on)  # fmt: skip


def add_finding(assessment: ImpactAssessment, user: User, *, right: str, text: str,
                source: str = "", items: list[str] | None = None) -> Finding:  # fmt: skip
    """A finding on one right, with its evidence: linked register items and/or a source."""
    _draft(assessment, user)
    found = Right.objects.filter(code=right).first()
    if found is None:
        raise refusals.Invalid(_("No such right in the taxonomy."), field="right")
    keys = _keys(assessment.owner_org, list(items or []))
    outside = [k for k in keys if k not in assessment.item_keys]
    if outside:
        raise refusals.Invalid(_("Link the item to the assessment first."), field="items")
    if not keys and not source.strip():
        raise refusals.Invalid(_("Say what the finding rests on: a register item or a source."),
                               field="source")  # fmt: skip
    with transaction.atomic(), events.acting_as(user, assessment.owner_org, "finding"):
        return Finding.objects.create(assessment=assessment, right=found,
                                      text=_text(text, "text", 10000), evidence=keys,
                                      source=source.strip()[:300])  # fmt: skip


def add_action(assessment: ImpactAssessment, user: User, *, text: str, owner: str,
               due_on: date) -> AssessmentAction:  # fmt: skip
    """An action on the findings: what, who answers for it, by when."""
    _draft(assessment, user)
    with transaction.atomic(), events.acting_as(user, assessment.owner_org, "action"):
        return AssessmentAction.objects.create(assessment=assessment,
                                               text=_text(text, "text", 5000),
                                               owner=_text(owner, "owner", 200),
                                               due_on=due_on)  # fmt: skip


def _item(item: RiskItem) -> dict[str, Any]:
    return {"key": item.key, "right": item.right.code, "right_name": item.right.name,
            "severity": item.severity, "likelihood": round(item.likelihood, 3),
            "status": item.status, "evidence": list(item.evidence),
            "computed_at": item.computed_at}  # fmt: skip


def content(assessment: ImpactAssessment) -> dict[str, Any]:
    """What publishing freezes: scope, consultations, findings with their evidence as it
    stands now (each linked item's pieces), actions, review date."""
    items = {
        i.key: i
        for i in RiskItem.objects.filter(
            buyer_id=assessment.owner_org_id, key__in=assessment.item_keys
        ).select_related("right")
    }
    facility = assessment.facility
    return {
        "organisation": assessment.owner_org.name, "title": assessment.title,
        "version": assessment.version, "scope": assessment.scope,
        "facility": None if facility is None else {
            "id": facility.public_id, "name": facility.name, "country": facility.country},
        "country": assessment.country, "product": assessment.product,
        "period": [assessment.period_start, assessment.period_end],
        "summary": assessment.summary, "review_on": assessment.review_on,
        "items": [_item(items[k]) for k in assessment.item_keys if k in items],
        "consultations": [{"group": c.group, "people": c.people, "method": c.method,
                           "held_on": c.held_on}
                          for c in assessment.consultations.order_by("held_on", "pk")],
        "findings": [{"right": f.right.code, "right_name": f.right.name, "text": f.text,
                      "source": f.source, "items": f.evidence}
                     for f in assessment.findings.select_related("right").order_by("pk")],
        "actions": [{"text": a.text, "owner": a.owner, "due_on": a.due_on}
                    for a in assessment.actions.order_by("due_on", "pk")],
    }  # fmt: skip


digest = documents.digest


def publish(assessment: ImpactAssessment, user: User) -> ImpactAssessment:
    """Freeze the draft and its hash (in the event log); the version it supersedes is then
    marked as replaced."""
    _draft(assessment, user)
    if not assessment.findings.exists():
        raise refusals.Invalid(_("Add at least one finding before publishing."),
                               field="findings")  # fmt: skip
    stored, sha256 = documents.frozen(content(assessment))
    with transaction.atomic(), events.acting_as(user, assessment.owner_org, "assessment published"):
        assessment.frozen, assessment.content_hash = stored, sha256
        assessment.status, assessment.published_at = AssessmentStatus.PUBLISHED, timezone.now()
        assessment.save()
        events.record(events.EventTag.ASSESSMENT_PUBLISHED, assessment,
                      sha256=assessment.content_hash)  # fmt: skip
        old = assessment.supersedes
        if old is not None and old.status == AssessmentStatus.PUBLISHED:
            old.status = AssessmentStatus.CORRECTED
            old.save()
            events.record(events.EventTag.ASSESSMENT_CORRECTED, old, by=assessment.pk)
    return assessment


def correct(assessment: ImpactAssessment, user: User) -> ImpactAssessment:
    """A new draft version carrying the published one's content, to publish in its place."""
    if not may_edit(assessment, user):
        raise refusals.NotAllowed(_("Only the assessment's brand may correct it."))
    if assessment.status != AssessmentStatus.PUBLISHED:
        raise refusals.Conflict(_("Only a published assessment can be corrected."))
    fields = {f: getattr(assessment, f) for f in ("owner_org", "title", "scope", "facility",
              "country", "product", "period_start", "period_end", "summary", "review_on",
              "item_keys")}  # fmt: skip
    with transaction.atomic(), events.acting_as(user, assessment.owner_org, "correction drafted"):
        new = ImpactAssessment.objects.create(**fields, version=assessment.version + 1,
                                              supersedes=assessment, created_by=user)  # fmt: skip
        for c in assessment.consultations.all():
            Consultation.objects.create(assessment=new, group=c.group, people=c.people,
                                        method=c.method, held_on=c.held_on)  # fmt: skip
        for f in assessment.findings.all():
            Finding.objects.create(assessment=new, right_id=f.right_id, text=f.text,
                                   evidence=f.evidence, source=f.source)  # fmt: skip
        for a in assessment.actions.all():
            AssessmentAction.objects.create(assessment=new, text=a.text, owner=a.owner,
                                            due_on=a.due_on)  # fmt: skip
    return new


def _each(kind: str, rows: list[dict[str, Any]], add: Any, assessment: ImpactAssessment,
          user: User) -> None:  # fmt: skip
    for n, row in enumerate(rows):
        try:
            add(assessment, user, **row)
        except refusals.Invalid as refusal:  # the same refusal, naming the row it came from
            raise refusals.Invalid(
                f"{kind}[{n}]: {refusal.message}", field=f"{kind}[{n}].{refusal.field}"
            ) from refusal


def create_full(user: User, *, consultations: list[dict[str, Any]], findings: list[dict[str, Any]],
                actions: list[dict[str, Any]], **fields: Any) -> ImpactAssessment:  # fmt: skip
    """A draft with its consultations, findings and actions at once (the API): all of it is
    written, or nothing."""
    with transaction.atomic():
        assessment = create(user, **fields)
        _each("consultations", consultations, add_consultation, assessment, user)
        _each("findings", findings, add_finding, assessment, user)
        _each("actions", actions, add_action, assessment, user)
    return assessment
