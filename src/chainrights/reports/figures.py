"""Every figure a report fills in, computed from the records through the other apps'
services: its value (or a table of rows), the records behind it (links a reader with access
can follow), where it comes from and as of when. A figure that cannot be known is a gap with
a reason, never a zero. Each figure is one small function registered in ``FIGURES``."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from itertools import islice
from typing import Any

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from chainrights.audits import services as audits
from chainrights.codes import services as codes
from chainrights.core.models import Organisation
from chainrights.core.types import AnyUser
from chainrights.grievances import services as grievances
from chainrights.purchasing import services as purchasing
from chainrights.registry import services as registry
from chainrights.reports import sources
from chainrights.states import services as states

RECORDS_KEPT = 100  # links stored per figure; the rest is counted in "more"
PLEDGE_FIELDS = ("name", "address", "parent_company", "product_types", "workers")
LABELS = {  # the row labels figures store as codes (a page shows them through ``label``)
    "name": _("Name"), "address": _("Address"), "parent_company": _("Parent company"),
    "product_types": _("Product type"), "workers": _("Number of workers"),
    "of": _("out of"), "newest": _("Newest"), "cycle": _("Cycle"),
}  # fmt: skip


@dataclass
class Context:
    """One drafting run: the brand, the reader whose access bounds every read, the period."""

    brand: Organisation
    user: AnyUser
    start: date
    end: date

    @cached_property
    def facilities(self) -> Any:
        return registry.listed_facilities(self.brand)

    @cached_property
    def facility_ids(self) -> list[int]:
        return list(self.facilities.values_list("pk", flat=True))

    @cached_property
    def audits(self) -> dict[str, Any]:
        return audits.due_diligence_figures(self.facility_ids, self.start, self.end, self.user)

    @cached_property
    def cases(self) -> dict[str, Any]:
        return grievances.case_figures(self.user, self.start, self.end)

    @cached_property
    def code(self) -> Any:
        return codes.current_code_of(self.brand, self.user)


def figure(value: Any = None, *, rows: list[list[Any]] | None = None, records: Any = (),
           total: int | None = None, source: str, gap: str = "") -> dict[str, Any]:  # fmt: skip
    """``records`` may be lazy: only the first ``RECORDS_KEPT`` are built; ``total`` counts
    the rest."""
    kept = list(islice(records, RECORDS_KEPT))
    more = max(0, (len(kept) if total is None else total) - len(kept))
    return {"value": value, "rows": rows or [], "records": kept, "more": more, "source": source,
            "as_of": timezone.localdate().isoformat(), "gap": gap}  # fmt: skip


def _link(label: str, name: str, *args: Any) -> dict[str, str]:
    return {"label": label, "url": reverse(name, args=args)}


def _facilities(ctx: Context) -> dict[str, Any]:
    rows = ctx.facilities.order_by("name").values_list("public_id", "name")[:RECORDS_KEPT]
    return figure(len(ctx.facility_ids), source="registry", total=len(ctx.facility_ids),
                  records=(_link(f"{p} {n}", "facility-detail", p) for p, n in rows))  # fmt: skip


def _countries(ctx: Context) -> dict[str, Any]:
    counts = Counter(ctx.facilities.values_list("country", flat=True))
    return figure(len(counts), rows=[[c, n] for c, n in sorted(counts.items())], source="registry")


def _lists(ctx: Context) -> dict[str, Any]:
    lists = registry.lists_of(ctx.brand)
    dated = [x["as_of"] or x["created_at"].date() for x in lists]
    return figure(len(lists), rows=[["newest", max(dated).isoformat()]] if dated else [],
                  records=[_link(x["name"], "list-detail", x["id"]) for x in lists],
                  source="registry", gap="" if lists else "no_lists")  # fmt: skip


def _pledge(ctx: Context) -> dict[str, Any]:
    total = len(ctx.facility_ids)
    if not total:
        return figure(source="registry", gap="no_lists")
    rows = list(ctx.facilities.values_list(*PLEDGE_FIELDS))
    per_field = [[f, round(sum(bool(r[i]) for r in rows) / total, 3)]
                 for i, f in enumerate(PLEDGE_FIELDS)]  # fmt: skip
    complete = sum(all(r) for r in rows)
    return figure(round(complete / total, 3), rows=per_field, source="registry")


def _rights_covered(ctx: Context) -> dict[str, Any]:
    code = ctx.code
    if code is None:
        return figure(source="codes", gap="no_code")
    card = codes.promise_card(code)
    return figure(len(card), rows=[[c["right"], c.get("level", "")] for c in card],
                  records=[_link(str(code), "code-detail", code.pk)], source="codes")  # fmt: skip


def _gaps(ctx: Context) -> dict[str, Any]:
    code = ctx.code
    if code is None:
        return figure(source="codes", gap="no_code")
    found = codes.gaps(code)
    rows = [[k, len(v)] for k, v in found.items()]
    return figure(sum(n for _k, n in rows), rows=rows,
                  records=[_link(str(code), "code-detail", code.pk)], source="codes")  # fmt: skip


def _salient(ctx: Context) -> dict[str, Any]:
    function = sources.provider("salient_issues")
    if function is None:
        return figure(source="risk", gap="no_risk_register")
    found = function(ctx.brand, ctx.start, ctx.end, ctx.user)
    return figure(found.get("value"), rows=found.get("rows", []),
                  records=found.get("records", []), source=found.get("source", "risk"))  # fmt: skip


def _audit_links(ids: list[int]) -> Any:
    return (_link(f"#{pk}", "audit-detail", pk) for pk in ids)


def _audit_count(ctx: Context) -> dict[str, Any]:
    ids = ctx.audits["audits"]
    return figure(len(ids), records=_audit_links(ids), total=len(ids), source="audits")


def _finding_count(ctx: Context) -> dict[str, Any]:
    found = ctx.audits["findings"]
    audits = sorted({f[1] for f in found})
    return figure(len(found), records=_audit_links(audits), total=len(audits), source="audits")


def _by_right(ctx: Context) -> dict[str, Any]:
    counts = Counter(f[2] for f in ctx.audits["findings"])
    return figure(len(counts), rows=[[r, n] for r, n in counts.most_common()], source="audits")


def _repeats(ctx: Context) -> dict[str, Any]:
    audits = sorted({f[1] for f in ctx.audits["findings"] if f[3] is not None})
    repeats = sum(f[3] is not None for f in ctx.audits["findings"])
    return figure(repeats, records=_audit_links(audits), total=len(audits), source="audits")


def _actions(ctx: Context) -> dict[str, Any]:
    by = ctx.audits["actions"]
    rows = [[s, len(ids)] for s, ids in by.items()] + [["overdue", len(ctx.audits["overdue"])]]
    return figure(sum(len(ids) for ids in by.values()), rows=rows, source="audits")


def _verified(ctx: Context) -> dict[str, Any]:
    by = ctx.audits["actions"]
    total = sum(len(ids) for ids in by.values())
    return figure(len(by["verified"]), rows=[["of", total]], source="audits")


def _capacity(ctx: Context) -> dict[str, Any]:
    found = ctx.audits["capacity"]
    counts = Counter(kind for _pk, kind, _f in found)
    return figure(len(found), rows=[[k, n] for k, n in sorted(counts.items())],
                  records=[{"label": f"#{pk}", "url": reverse("capacity")} for pk, *_ in found[:1]],
                  source="audits")  # fmt: skip


def _state_records(found: Any, day: str, ctx: Context, page: str) -> dict[str, Any]:
    """Inspections or referrals the user may see at the listed facilities in the period."""
    period = {f"{day}__gte": ctx.start, f"{day}__lte": ctx.end}
    ids = list(
        found.filter(facility_id__in=ctx.facility_ids, **period).values_list("pk", flat=True)
    )
    return figure(len(ids), records=(_link(f"#{pk}", page, pk) for pk in ids), total=len(ids),
                  source="states")  # fmt: skip


def _inspections(ctx: Context) -> dict[str, Any]:
    return _state_records(
        states.inspections_for(ctx.user), "inspected_on", ctx, "inspection-detail"
    )


def _referrals(ctx: Context) -> dict[str, Any]:
    return _state_records(states.referrals_for(ctx.user), "sent_at__date", ctx, "referral-detail")


def _ratings(ctx: Context) -> dict[str, Any]:
    cycles = purchasing.results(ctx.brand)["cycles"]
    newest = cycles[-1] if cycles else None
    if newest is None or newest["overall"] is None:
        return figure(source="purchasing", gap="no_ratings")
    shown = [[c["label"], c["score"]] for c in newest["categories"] if c["shown"]]
    return figure(newest["overall"], rows=[["cycle", newest["cycle"]], *shown],
                  records=[_link(ctx.brand.name, "purchasing-buyer", ctx.brand.pk)],
                  source="purchasing")  # fmt: skip


def _indicators(ctx: Context) -> dict[str, Any]:
    found = purchasing.indicators(ctx.brand, since=ctx.start)["buyer"]
    rows = [[k, v] for k, v in sorted(found.items()) if isinstance(v, int | float) or v is None]
    if not any(v is not None for _k, v in rows):
        return figure(source="purchasing", gap="no_orders")
    return figure(None, rows=rows, source="purchasing")


def _case_total(ctx: Context) -> dict[str, Any]:
    c = ctx.cases
    if c["total"] is None:
        return figure(source="grievances", gap="suppressed")
    return figure(c["total"], rows=[[r["label"], r["count"]] for r in c["by_state"]],
                  records=(_link(ref, "case-detail", ref) for ref in c["references"]),
                  total=len(c["references"]), source="grievances")  # fmt: skip


def _channels(ctx: Context) -> dict[str, Any]:
    c = ctx.cases
    if c["total"] is None:
        return figure(source="grievances", gap="suppressed")
    return figure(
        None, rows=[[r["label"], r["count"]] for r in c["by_channel"]], source="grievances"
    )


def _remedied(ctx: Context) -> dict[str, Any]:
    c = ctx.cases
    if c["admissible"] is None:
        return figure(source="grievances", gap="suppressed")
    return figure(c["remedied"], rows=[["of", c["admissible"]]], source="grievances")


def _effectiveness(ctx: Context) -> dict[str, Any]:
    report = ctx.cases["effectiveness"]
    if report is None:
        return figure(source="grievances", gap="suppressed")
    rows = [
        [f"{criterion}.{measure}", value]
        for criterion, measures in report.items()
        if isinstance(measures, dict)
        for measure, value in measures.items()
        if isinstance(value, int | float) or value is None
    ]
    return figure(None, rows=rows, records=[{"label": "UNGP 31",
                  "url": reverse("reports-effectiveness")}], source="grievances")  # fmt: skip


FIGURES: dict[str, Callable[[Context], dict[str, Any]]] = {
    "suppliers.facilities": _facilities,
    "suppliers.countries": _countries,
    "suppliers.lists": _lists,
    "suppliers.pledge_fields": _pledge,
    "code.rights_covered": _rights_covered,
    "code.gaps": _gaps,
    "salient.issues": _salient,
    "audits.count": _audit_count,
    "findings.count": _finding_count,
    "findings.by_right": _by_right,
    "findings.repeat": _repeats,
    "actions.by_status": _actions,
    "actions.verified": _verified,
    "capacity.activities": _capacity,
    "inspections.count": _inspections,
    "referrals.count": _referrals,
    "purchasing.ratings": _ratings,
    "purchasing.indicators": _indicators,
    "grievances.cases": _case_total,
    "grievances.channels": _channels,
    "grievances.remedied": _remedied,
    "grievances.effectiveness": _effectiveness,
}


def compute(keys: list[str], brand: Organisation, user: AnyUser, start: date,
            end: date) -> dict[str, dict[str, Any]]:  # fmt: skip
    """The figures named, each computed once however many questions use it."""
    ctx = Context(brand, user, start, end)
    return {key: FIGURES[key](ctx) for key in dict.fromkeys(keys)}
