"""Writes of audits: recording audits and findings, driving corrective actions to verified
closure, sharing, documents and capacity building. Each write is one transaction and lands
in the event log under the acting organisation.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from chainrights.audits import access, quality
from chainrights.audits.models import (
    Action,
    ActionComment,
    ActionStatus,
    ActivityKind,
    Audit,
    AuditDocument,
    CapacityActivity,
    CommitteeMeeting,
    Finding,
    VerificationMethod,
)
from chainrights.audits.trainings import TrainingDraft as TrainingDraft
from chainrights.audits.trainings import country_trainings as country_trainings
from chainrights.audits.trainings import record_training as record_training
from chainrights.audits.trainings import training_out as training_out
from chainrights.audits.trainings import trainings_for as trainings_for
from chainrights.audits.validation import AuditDraft, FindingDraft
from chainrights.audits.validation import Problem as Problem  # for other apps' imports
from chainrights.audits.validation import Problems as Problems
from chainrights.core import events, refusals, uploads
from chainrights.core.models import Organisation, Right, Visibility
from chainrights.core.services import share_with, unshare_all
from chainrights.core.types import AnyUser
from chainrights.core.visibility import can_edit, visible
from chainrights.registry.services import facility_family
from chainrights.registry.services import sourcing_brands as sourcing_brands_of

MAX_DOCUMENT = uploads.MAX_DOCUMENT


# Notes other apps add under a finding on the audit page (purchasing: the buyers' red flags
# and the suggested root cause), registered from their AppConfig.ready(); audits imports none.
_FINDING_NOTES: dict[str, Callable[[Finding, Any], str]] = {}


def register_finding_note(name: str, function: Callable[[Finding, Any], str]) -> None:
    """``function(finding, request)`` returns rendered HTML to show under the finding, or ''
    (the request, so its forms carry the CSRF token)."""
    _FINDING_NOTES[name] = function


def finding_notes(finding: Finding, request: Any) -> list[str]:
    return [note for function in _FINDING_NOTES.values() if (note := function(finding, request))]


def findings_about(rights: set[str], facilities: Iterable[Any]) -> Any:
    """Findings on these rights at these facilities (merged ones included), newest audit first:
    for another app's reads (purchasing's red flags); access stays the caller's to check."""
    family = {pk for f in facilities for pk in facility_family(f)}
    return (
        Finding.objects.filter(right__code__in=rights, audit__facility_id__in=family)
        .select_related("audit", "audit__facility", "right")
        .order_by("-audit__end_date", "number")
    )


class AuditError(refusals.Refusal):
    """A request a person can correct; the message says how (400, the API and pages map it
    through ``core.refusals``)."""


class NotAllowed(refusals.NotAllowed, AuditError):
    """The person may not do this (403); still an ``AuditError`` for those who catch any."""


def create_audits(owner: Organisation, user: User, drafts: Iterable[AuditDraft], *,
                  reason: str = "audit recorded") -> list[Audit]:  # fmt: skip
    """Store checked drafts, all or none."""
    drafts = list(drafts)
    with (
        transaction.atomic(),
        events.acting_as(user=user, organisation=owner, reason=reason),
        events.batched(),  # one chain-head lock and one insert of events for the whole file
    ):
        audits = [_create(owner, user, draft) for draft in drafts]
        for facility in {a.facility.survivor().pk: a.facility.survivor() for a in audits}.values():
            link_repeats(facility)
    return audits


def _create(owner: Organisation, user: User, draft: AuditDraft) -> Audit:
    if Audit.objects.filter(owner_org=owner, scheme=draft.fields["scheme"],
                            reference=draft.fields["reference"]).exists():  # fmt: skip
        raise AuditError(f"audit {draft.fields['reference']!r} is already recorded")
    if owner.kind == "supplier" and draft.facility.survivor().claimed_by_id != owner.pk:
        raise NotAllowed("A supplier records audits only of the facilities it has claimed.")
    audit = Audit.objects.create(
        owner_org=owner, facility=draft.facility, created_by=user, **draft.fields
    )
    for finding in draft.findings:
        _add_finding(audit, finding, owner)
    if draft.share_with:
        share(audit, draft.share_with)
    return audit


def _add_finding(audit: Audit, draft: FindingDraft, owner: Organisation) -> Finding:
    finding = Finding.objects.create(
        audit=audit, number=draft.number, right=draft.right, severity=draft.severity,
        scheme_severity=draft.scheme_severity, description=draft.description,
        evidence=draft.evidence, workers_affected=draft.workers_affected,
    )  # fmt: skip
    if draft.commitments:
        finding.commitments.set(draft.commitments)
    for action in draft.actions:
        Action.objects.create(
            finding=finding, description=action.description, owner=action.owner,
            deadline=action.deadline, status=action.status, brand=action.brand,
            root_cause_kind=action.root_cause_kind, root_cause=action.root_cause,
            proposed_by=owner,
        )  # fmt: skip
    return finding


def add_finding(audit: Audit, user: AnyUser, draft: FindingDraft) -> Finding:
    owner = access.may_edit(audit, user)
    if owner is None:
        raise NotAllowed("Only the audit's owner adds findings.")
    if audit.findings.filter(number=draft.number).exists():
        raise AuditError(f"finding {draft.number} already exists in this audit")
    with transaction.atomic(), events.acting_as(user=user, organisation=owner,
                                                reason="finding added"):  # fmt: skip
        finding = _add_finding(audit, draft, owner)
        link_repeats(audit.facility.survivor())
    return finding


def link_repeats(facility: Any) -> int:
    """Point each finding at the same right's finding in the facility's previous audit, so a
    problem found again is seen as one problem that was not fixed. Returns links changed."""
    audits = Audit.objects.filter(facility_id__in=facility_family(facility)).order_by(
        "end_date", "pk"
    )
    latest: dict[int, Finding] = {}  # right id → most recent finding so far
    changed = 0
    for audit in audits.prefetch_related("findings"):
        current = list(audit.findings.all())
        for finding in current:
            earlier = latest.get(finding.right_id)
            wanted = earlier.pk if earlier else None
            if finding.repeat_of_id != wanted:
                finding.repeat_of_id = wanted
                finding.save()
                changed += 1
        latest.update({f.right_id: f for f in current})
    return changed


def update_audit(audit: Audit, user: AnyUser, **fields: Any) -> Audit:
    owner = access.may_edit(audit, user)
    if owner is None:
        raise NotAllowed("Only the audit's owner edits it.")
    with (
        transaction.atomic(),
        events.acting_as(
            user=user, organisation=owner, reason=fields.pop("reason", "audit edited")
        ),
    ):
        for name, value in fields.items():
            setattr(audit, name, value)
        audit.save()
    return audit


def update_finding(finding: Finding, user: AnyUser, draft: FindingDraft, reason: str) -> Finding:
    """Correct a finding from a checked draft (its actions are left as they are)."""
    owner = access.may_edit(finding.audit, user)
    if owner is None:
        raise NotAllowed("Only the audit's owner edits its findings.")
    with transaction.atomic(), events.acting_as(user=user, organisation=owner, reason=reason):
        for name in ("right", "severity", "scheme_severity", "description", "evidence",
                     "workers_affected"):  # fmt: skip
            setattr(finding, name, getattr(draft, name))
        finding.save()
        finding.commitments.set(draft.commitments)
        link_repeats(finding.audit.facility.survivor())
    return finding


def delete_finding(finding: Finding, user: AnyUser, reason: str) -> None:
    owner = access.may_edit(finding.audit, user)
    if owner is None:
        raise NotAllowed("Only the audit's owner deletes its findings.")
    if not reason.strip():
        raise AuditError("Say why the finding is deleted; the event log keeps what it was.")
    with transaction.atomic(), events.acting_as(user=user, organisation=owner, reason=reason):
        facility = finding.audit.facility.survivor()
        finding.delete()  # its actions and their comments go with it, each logged
        link_repeats(facility)


def _may_edit_action(action: Action, user: AnyUser) -> Organisation:
    audit = action.finding.audit
    acting = access.operator_editor(user) or access.acting_org(
        user, {i for i in (action.proposed_by_id, audit.owner_org_id) if i}
    )
    if acting is None:
        raise NotAllowed("Only whoever proposed the action, the audit's owner or an operator "
                         "changes the plan.")  # fmt: skip
    if action.status == "verified":
        raise AuditError("A verified action is kept as it was verified.")
    return acting


def edit_action(action: Action, user: AnyUser, reason: str = "", **fields: Any) -> Action:
    """Change what an action is (description, deadline, root cause, the buyer's part); a moved
    deadline is in the event log with its reason."""
    acting = _may_edit_action(action, user)
    if "description" in fields and not str(fields["description"]).strip():
        raise AuditError("Describe the action.")
    if "deadline" in fields and fields["deadline"] != action.deadline and not reason.strip():
        raise AuditError("Say why the deadline moves.")
    with transaction.atomic(), events.acting_as(user=user, organisation=acting,
                                                reason=reason or "action edited"):  # fmt: skip
        for name, value in fields.items():
            setattr(action, name, value)
        action.save()
    return action


def delete_action(action: Action, user: AnyUser, reason: str) -> None:
    acting = _may_edit_action(action, user)
    if not reason.strip():
        raise AuditError("Say why the action is withdrawn; the event log keeps what it was.")
    with transaction.atomic(), events.acting_as(user=user, organisation=acting, reason=reason):
        action.delete()  # its comments go with it, each logged


def delete_audit(audit: Audit, user: AnyUser, reason: str) -> None:
    owner = access.may_edit(audit, user)
    if owner is None:
        raise NotAllowed("Only the audit's owner deletes it.")
    if not reason.strip():
        raise AuditError("Say why the audit is deleted; the event log keeps what it was.")
    with transaction.atomic(), events.acting_as(user=user, organisation=owner, reason=reason):
        facility = audit.facility.survivor()
        unshare_all(audit)
        audit.delete()  # findings, actions, comments and documents go with it, each logged
        link_repeats(facility)  # later findings that repeated these point further back


def share(audit: Audit, organisations: Iterable[Organisation]) -> list[Organisation]:
    """Share with named organisations (inside the caller's ``acting_as``)."""
    added = share_with(audit, organisations)
    if added:
        events.record(events.EventTag.AUDIT_SHARED, audit, organisations=[o.name for o in added])
    return added


def share_audit(audit: Audit, user: AnyUser, *, organisations: Iterable[Organisation] = (),
                sourcing_brands: bool = False) -> list[Organisation]:  # fmt: skip
    """The owner shares with named buyers; the facility (or the owner of an audit of an
    unclaimed facility) lets every brand that sources from it see the audit, so one audit
    serves them all."""
    targets = list(organisations)
    acting = access.may_edit(audit, user) if targets else None
    if targets and acting is None:
        raise NotAllowed("Only the audit's owner shares it with named organisations.")
    if sourcing_brands:
        acting = access.may_share_with_sourcing(audit, user)
        if acting is None:
            raise NotAllowed("The facility decides whether every sourcing brand sees its audit.")
        targets += sourcing_brands_of(audit.facility)
    if acting is None:
        raise AuditError("Name the organisations to share with.")
    with transaction.atomic(), events.acting_as(user=user, organisation=acting,
                                                reason="audit shared"):  # fmt: skip
        return share(audit, {o.pk: o for o in targets}.values())


def propose_action(finding: Finding, user: AnyUser, *, description: str, deadline: date,
                   owner: str = "supplier", root_cause_kind: str = "unknown",
                   root_cause: str = "", brand_contribution: str = "") -> Action:  # fmt: skip
    audit = finding.audit
    acting = access.may_propose(audit, user)
    if acting is None:
        raise NotAllowed("Only the facility, the audit's owner, a brand that sees the audit or "
                         "an operator proposes actions.")  # fmt: skip
    if not description.strip():
        raise AuditError("Describe the action.")
    brand = acting if acting.kind == "brand" else None
    if brand is not None and owner == "supplier":
        owner = "brand"
    if owner in ("brand", "both") and brand is None:
        brand = _commissioning_brand(audit)
    with transaction.atomic(), events.acting_as(user=user, organisation=acting,
                                                reason="corrective action proposed"):  # fmt: skip
        return Action.objects.create(
            finding=finding, description=description.strip()[:10_000], owner=owner,
            deadline=deadline, root_cause_kind=root_cause_kind, root_cause=root_cause[:10_000],
            brand_contribution=brand_contribution[:10_000], brand=brand, proposed_by=acting,
        )  # fmt: skip


def _commissioning_brand(audit: Audit) -> Organisation | None:
    """A supplier's "both" action is shared with the brand that commissioned the audit."""
    if audit.commissioned_by_id is None:
        return None
    return Organisation.objects.filter(pk=audit.commissioned_by_id, kind="brand").first()


PROGRESS = {"open": {"in_progress", "done"}, "in_progress": {"open", "done"},
            "done": {"in_progress"}, "verified": set()}  # fmt: skip


def set_status(action: Action, user: AnyUser, status: str, note: str = "") -> Action:
    """Report progress (open → in progress → done). Only a verifier marks it verified."""
    acting = access.may_progress(action, user)
    if acting is None:
        raise NotAllowed("Only those who carry the action out report its progress.")
    if status not in PROGRESS.get(str(action.status), set()):
        raise AuditError(f"An action that is {action.status} cannot become {status}.")
    with transaction.atomic(), events.acting_as(user=user, organisation=acting,
                                                reason=note or f"action {status}"):  # fmt: skip
        action.status = status
        action.done_at = timezone.now() if status == "done" else None
        action.save()
    return action


def verify_action(action: Action, user: User, *, method: str, note: str) -> Action:
    acting = access.may_verify(action, user)
    if acting is None:
        raise NotAllowed("Verification is by someone other than those who did the work: an "
                         "operator, the auditors or a brand that sees the audit.")  # fmt: skip
    if action.status != "done":
        raise AuditError("Only an action reported done can be verified.")
    if method not in VerificationMethod.values:
        raise AuditError(f"Verify by one of: {', '.join(VerificationMethod.values)}.")
    if not note.strip():
        raise AuditError("Say what you saw (documents, workers heard, follow-up findings).")
    with transaction.atomic(), events.acting_as(user=user, organisation=acting,
                                                reason="action verified"):  # fmt: skip
        action.status = "verified"
        action.verified_at = timezone.now()
        action.verified_by = user
        action.verified_by_org = acting
        action.verification_method = method
        action.verification_note = note.strip()[:10_000]
        action.save()
    return action


def reject_verification(action: Action, user: User, note: str) -> Action:
    """A verifier who finds the work not done sends it back to in progress."""
    acting = access.may_verify(action, user)
    if acting is None or action.status != "done":
        raise NotAllowed("Only a verifier sends back an action reported done.")
    with transaction.atomic(), events.acting_as(user=user, organisation=acting,
                                                reason=note or "not verified"):  # fmt: skip
        action.status = "in_progress"
        action.done_at = None
        action.save()
        ActionComment.objects.create(action=action, organisation=acting, author=user,
                                     text=f"Not verified: {note.strip()[:4000]}")  # fmt: skip
    return action


def comment(action: Action, user: User, text: str) -> ActionComment:
    acting = access.may_comment(action.finding.audit, user)
    if acting is None:
        raise NotAllowed("Only organisations that see the whole audit comment on it.")
    if not text.strip():
        raise AuditError("The comment is empty.")
    with transaction.atomic(), events.acting_as(user=user, organisation=acting,
                                                reason="comment"):  # fmt: skip
        return ActionComment.objects.create(action=action, organisation=acting, author=user,
                                            text=text.strip()[:4000])  # fmt: skip


def _store_document(audit: Audit, user: User, filename: str, content: bytes,
                    content_type: str, action: Action | None = None) -> AuditDocument:  # fmt: skip
    return AuditDocument.objects.create(
        audit=audit, action=action, filename=filename[-200:], content_type=content_type,
        size=len(content), sha256=hashlib.sha256(content).hexdigest(), content=content,
        uploaded_by=user,
    )  # fmt: skip


def attach_document(audit: Audit, user: User, filename: str, content: bytes) -> AuditDocument:
    """Keep the report or evidence file; only known types whose bytes match their name."""
    owner = access.may_edit(audit, user)
    if owner is None:
        raise NotAllowed("Only the audit's owner attaches documents.")
    content_type = uploads.checked_document(filename, content)
    with transaction.atomic(), events.acting_as(user=user, organisation=owner,
                                                reason="document attached"):  # fmt: skip
        return _store_document(audit, user, filename, content, content_type)


def attach_action_evidence(action: Action, user: User, filename: str, content: bytes
                           ) -> AuditDocument:  # fmt: skip
    """Evidence of a corrective action's progress (a photo of the new fire exit, the revised
    payslip), from those who carry the action out; seen by whoever sees the audit in full."""
    carrier = access.may_progress(action, user)
    if carrier is None:
        raise NotAllowed(_("Only those who carry the action out attach its evidence."))
    content_type = uploads.checked_document(filename, content)
    with transaction.atomic(), events.acting_as(user=user, organisation=carrier,
                                                reason="action evidence attached"):  # fmt: skip
        return _store_document(action.finding.audit, user, filename, content, content_type,
                               action=action)  # fmt: skip


def record_activity(
    facility: Any,
    user: User,
    *,
    kind: str,
    title: str,
    start_date: date,
    rights: list[str],
    participants: list[dict[str, Any]],
    provider: str = "",
    end_date: date | None = None,
    description: str = "",
    actions: Iterable[Action] = (),
    public: bool = False,
) -> CapacityActivity:
    """Training, programmes, committees and management systems at a facility, tied to the
    corrective actions they serve."""
    acting = access.uploader(user)
    if acting is None:
        raise NotAllowed("Only editors of a supplier, brand, auditor, union or operator record "
                         "capacity building.")  # fmt: skip
    if kind not in ActivityKind.values:
        raise AuditError(f"kind: one of {', '.join(ActivityKind.values)}")
    unknown = set(rights) - set(
        Right.objects.filter(code__in=rights).values_list("code", flat=True)
    )
    if unknown:
        raise AuditError(f"rights: {', '.join(sorted(unknown))} not in the taxonomy")
    if not title.strip():
        raise AuditError("title: is required")
    if end_date and end_date < start_date:
        raise AuditError("end_date: is before start_date")
    with transaction.atomic(), events.acting_as(user=user, organisation=acting,
                                                reason="capacity building recorded"):  # fmt: skip
        activity = CapacityActivity.objects.create(
            owner_org=acting, visibility=Visibility.PUBLIC if public else Visibility.PRIVATE,
            facility=facility.survivor(), kind=kind, title=title.strip()[:200],
            description=description[:10_000], rights=sorted(set(rights)), provider=provider[:200],
            start_date=start_date, end_date=end_date, participants=participants, created_by=user,
        )  # fmt: skip
        activity.actions.set(list(actions))
    return activity


def record_meeting(
    activity: CapacityActivity,
    user: AnyUser,
    *,
    held_on: date,
    worker_members: int,
    management_members: int,
    women: int = 0,
    minutes: str = "",
) -> CommitteeMeeting:
    if activity.kind != ActivityKind.COMMITTEE:
        raise AuditError("Meetings are recorded for committees.")
    if not can_edit(activity, user):
        raise NotAllowed("Only the committee's recorder adds meetings.")
    if women > worker_members + management_members:
        raise AuditError("women: more than the members present")
    with transaction.atomic(), events.acting_as(user=user, organisation=activity.owner_org,
                                                reason="committee meeting"):  # fmt: skip
        return CommitteeMeeting.objects.create(
            activity=activity, held_on=held_on, worker_members=worker_members,
            management_members=management_members, women=women, minutes=minutes[:10_000],
        )  # fmt: skip


def register_evidence(source: str, function: Any, words: Any = None) -> None:
    """Another source of facts on a facility's rights (``function(facility_ids, start, end)``
    → ``{right code: count}``), for the signal that an audit found nothing on a right that
    source reports there (``quality.silent_on_reported_rights``). An app above audits (the
    states app's inspections) registers it in its ``AppConfig.ready()``; ``words`` is how the
    signal says it (a translatable text with ``%(right)s``)."""
    quality.EVIDENCE[source] = function
    if words is not None:
        quality.EVIDENCE_WORDS[source] = words


def public_counts_in(country: str) -> dict[str, int]:
    """Public audits, and their findings, at facilities anyone may know of in a country."""
    audits = Audit.objects.filter(visibility=Visibility.PUBLIC, facility__country=country,
                                  facility__public=True)  # fmt: skip
    return {"audits": audits.count(), "findings": Finding.objects.filter(audit__in=audits).count()}


def _register_audits(organisation_id: int | None, facility_ids: set[int] | None) -> Any:
    """The audits at these facilities (any, for None) a register of ``organisation_id``
    reads: its own, shared with it, public, its firm's, or at its claimed sites (every audit
    for ``None``)."""
    from django.contrib.contenttypes.models import ContentType  # noqa: PLC0415
    from django.db.models import Q  # noqa: PLC0415

    from chainrights.core.models import Share  # noqa: PLC0415

    audits = Audit.objects.all()
    if facility_ids is not None:
        audits = audits.filter(facility_id__in=facility_ids)
    if organisation_id is not None:
        shared = Share.objects.filter(
            content_type=ContentType.objects.get_for_model(Audit), organisation_id=organisation_id
        ).values("object_id")
        audits = audits.filter(
            Q(owner_org_id=organisation_id) | Q(visibility=Visibility.PUBLIC)
            | Q(visibility=Visibility.SHARED, pk__in=shared) | Q(auditor_org_id=organisation_id)
            | Q(facility__claimed_by_id=organisation_id)
        )  # fmt: skip
    return audits


def quality_for_register(organisation_id: int | None, facility_ids: set[int]
                         ) -> list[dict[str, Any]]:  # fmt: skip
    """For a risk register: the quality signals of the audits it reads (``_register_audits``),
    as plain facts: kind, facility, audit, the right concerned (a root code, or "" for a
    signal on the whole audit), the date and the firm. The signal on rights that grievances or
    inspections reported is left out: the register weighs those cases and violations
    themselves, and would count them twice."""
    from django.db.models import Count, Prefetch, prefetch_related_objects  # noqa: PLC0415

    audits = list(
        _register_audits(organisation_id, facility_ids)
        .select_related("facility", "auditor_org").annotate(finding_count=Count("findings"))
    )  # fmt: skip
    by_facility: dict[int, list[Audit]] = {}
    for audit in audits:
        by_facility.setdefault(audit.facility_id, []).append(audit)
    # only a facility audited twice or more can have a finding vanish: the rest need counts
    prefetch_related_objects(
        [a for group in by_facility.values() if len(group) > 1 for a in group],
        Prefetch("findings", Finding.objects.select_related("right")),
        Prefetch("findings__actions", Action.objects.only("pk", "finding_id", "status")),
    )
    rights = {r.code: r for r in Right.objects.all()}
    # a firm compares with its peers on every audit the register may read in these countries
    peers = (_register_audits(organisation_id, None)
             .filter(facility__country__in={a.facility.country for a in audits})
             .exclude(facility_id__in=facility_ids)
             .select_related("facility", "auditor_org")
             .annotate(finding_count=Count("findings")))  # fmt: skip
    lows = {(s.detail["firm"], s.detail["country"], s.detail["scheme"])
            for s in quality.firm_outliers([*audits, *peers])
            if s.detail["direction"] == "low"}  # fmt: skip

    def fact(kind: str, audit: Audit, right: str = "") -> dict[str, Any]:
        return {"kind": kind, "facility_id": audit.facility_id, "audit_id": audit.pk,
                "right": right, "date": audit.end_date, "firm": audit.firm.strip()}  # fmt: skip

    out = []
    for audit in audits:
        out += [fact(s.kind, audit) for check in quality.PER_AUDIT if (s := check(audit))]
        if (audit.firm.strip(), audit.facility.country, audit.scheme) in lows:
            out.append(fact("firm_outlier", audit))
    by_pk = {a.pk: a for a in audits}
    for group in by_facility.values():
        if quality.always_announced(group):  # dated by the latest audit
            out.append(fact("always_announced", max(group, key=lambda a: (a.end_date, a.pk))))
        out += [fact(s.kind, by_pk[s.audit_id or 0], s.detail["right"])
                for s in quality.vanished_findings(group, rights)]  # fmt: skip
    return out


def findings_for_register(organisation_id: int | None, facility_ids: set[int]
                          ) -> tuple[list[dict[str, Any]], set[int]]:  # fmt: skip
    """For a risk register: the findings at these facilities in audits ``organisation_id``
    may see (its own, shared with it, public, its firm's, or at its claimed sites; every audit
    for ``None``), as plain facts, and the facilities with any such audit at all."""
    from chainrights.audits.deadlines import today_everywhere  # noqa: PLC0415

    audits = _register_audits(organisation_id, facility_ids)
    audited = set(audits.values_list("facility_id", flat=True))
    today = today_everywhere()
    actions: dict[int, list[tuple[str, date, int | None, str]]] = {}
    for row in Action.objects.filter(finding__audit__in=audits).values_list(
        "finding_id", "status", "deadline", "brand_id", "root_cause_kind"
    ):
        actions.setdefault(row[0], []).append(row[1:])
    out = []
    for pk, audit_id, facility_id, code, severity, repeat, end in Finding.objects.filter(
        audit__in=audits
    ).values_list("pk", "audit_id", "audit__facility_id", "right__code", "severity",
                  "repeat_of_id", "audit__end_date"):  # fmt: skip
        plan = actions.get(pk, [])
        out.append({
            "id": pk, "audit_id": audit_id, "facility_id": facility_id, "right": code,
            "severity": severity, "repeat": repeat is not None, "date": end,
            "closed": bool(plan) and all(s == "verified" for s, *_ in plan),
            "overdue": any(s in ("open", "in_progress") and d < today for s, d, *_ in plan),
            "purchasing_cause_of": sorted({b for _s, _d, b, k in plan
                                           if b and k == "purchasing_practice"}),
        })  # fmt: skip
    return out, audited


def due_diligence_figures(facility_ids: list[int], start: date, end: date,
                          user: AnyUser | None) -> dict[str, Any]:  # fmt: skip
    """For a report: the audits ``user`` may see at these facilities that ended in the period,
    their findings (by right, repeats), corrective actions (by status, verified, overdue) and
    capacity-building activities started in the period, with the ids behind each count."""
    period = {"end_date__gte": start, "end_date__lte": end}
    audits = visible(Audit.objects.filter(facility_id__in=facility_ids, **period), user)
    findings = Finding.objects.filter(audit__in=audits)
    actions = Action.objects.filter(finding__in=findings)
    today = timezone.localdate()
    rows = list(actions.values_list("pk", "status", "deadline"))
    capacity = visible(
        CapacityActivity.objects.filter(
            facility_id__in=facility_ids, start_date__gte=start, start_date__lte=end
        ),
        user,
    )
    return {
        "audits": list(audits.values_list("pk", flat=True)),
        "findings": list(findings.values_list("pk", "audit_id", "right__code", "repeat_of_id")),
        "actions": {s: [pk for pk, st, _d in rows if st == s] for s in ActionStatus.values},
        "overdue": [pk for pk, st, d in rows if st in ("open", "in_progress") and d < today],
        "capacity": list(capacity.values_list("pk", "kind", "facility_id")),
    }
