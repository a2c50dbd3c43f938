"""Audits and findings entered one at a time (the API), in the import's JSON shape: checked by
the import's own code, so every problem names its field (``validation.Problems``, 422), then
written by ``services``. Also the checks of the API's inputs that the schemas cannot say."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import User

from chainrights.audits import access, answers, formats, services
from chainrights.audits.models import Audit, Finding, Publication, RootCause
from chainrights.audits.schemes import SCHEMES
from chainrights.audits.services import NotAllowed
from chainrights.audits.validation import Checker, Problems, check_audit, check_finding
from chainrights.core.models import Organisation, Visibility
from chainrights.core.refusals import Invalid
from chainrights.core.types import AnyUser
from chainrights.registry.visibility import organisations_shown_to


def record_audit(user: User, raw: dict[str, Any]) -> Audit:
    """One audit with its findings (and any actions), as the import would store it."""
    owner = access.uploader(user)
    if owner is None:
        raise NotAllowed("Only editors of an auditor, brand, supplier, union or operator "
                         "record audits.")  # fmt: skip
    checker = Checker(owner)
    draft = check_audit(raw, "body", checker)
    if draft is None:
        raise Problems(checker.problems)
    return services.create_audits(owner, user, [draft])[0]


def correct_audit(audit: Audit, user: AnyUser, changes: dict[str, Any], reason: str) -> Audit:
    """The owner's changes to the audit's fields (not its facility or scheme), checked with
    the fields left as they are, as an import of the whole audit would be."""
    owner = access.may_edit(audit, user)
    if owner is None:
        raise NotAllowed("Only the audit's owner edits it.")
    merged = {k: v for k, v in formats.exportable(audit).items() if k != "findings"}
    merged |= {k: (str(v) if isinstance(v, (Visibility, Publication)) else v)
               for k, v in changes.items()} | {"findings": []}  # fmt: skip
    checker = Checker(owner)
    draft = check_audit(merged, "body", checker)
    if draft is None:
        raise Problems(checker.problems)
    fields = {k: v for k, v in draft.fields.items() if k != "scheme"}
    return services.update_audit(audit, user, reason=reason, **fields)


def record_finding(audit: Audit, user: AnyUser, raw: dict[str, Any]) -> Finding:
    """A finding added to the audit, numbered after its last one unless it says."""
    owner = access.may_edit(audit, user)
    if owner is None:
        raise NotAllowed("Only the audit's owner adds findings.")
    checker = Checker(owner)
    number = max((f.number for f in audit.findings.all()), default=0) + 1
    draft = check_finding(raw, "body", checker, SCHEMES[audit.scheme], number)
    if draft is None:
        raise Problems(checker.problems)
    return services.add_finding(audit, user, draft)


def correct_finding(
    finding: Finding, user: AnyUser, changes: dict[str, Any], reason: str
) -> Finding:
    """The owner's correction of a finding, checked with its other fields; the plan (its
    actions) is left as it is."""
    owner = access.may_edit(finding.audit, user)
    if owner is None:
        raise NotAllowed("Only the audit's owner edits its findings.")
    current = formats.finding_as_imported(answers.finding_out(finding, access.FULL))
    current.pop("actions")
    checker = Checker(owner)
    draft = check_finding(current | changes, "body", checker, SCHEMES[finding.audit.scheme],
                          finding.number)  # fmt: skip
    if draft is None:
        raise Problems(checker.problems)
    return services.update_finding(finding, user, draft, reason)


def share_by_name(
    audit: Audit, user: AnyUser, names: list[str], sourcing_brands: bool
) -> list[str]:
    """Share with the organisations named, or every sourcing brand; the names of those it
    was newly shared with that the caller may be told of (a sourcing brand that only a
    private list links to the facility is not named to the caller)."""
    named = list(Organisation.objects.filter(name__in=names))
    unknown = set(names) - {o.name for o in named}
    if unknown:
        raise Invalid(f"No organisation is called {', '.join(sorted(unknown))}.")
    added = services.share_audit(audit, user, organisations=named,
                                 sourcing_brands=sourcing_brands)  # fmt: skip
    sourcing = [o for o in added if o not in named]
    told = set(organisations_shown_to(sourcing, audit.facility.survivor(), user))
    return [o.name for o in added if o in named or o in told]


def check_root_cause(kind: str | None) -> None:
    """The API's root cause is one of the model's (a form's choice field says it for pages)."""
    if kind is not None and kind not in RootCause.values:
        raise Invalid(f"root_cause_kind: one of {', '.join(RootCause.values)}")
