"""The evidence behind a buyer's register, read through the other apps' services: each piece
with its kind, right, source, date, strength and a link to its record. A missing input is a
gap (``Draft.gaps``), never a zero: evidence only ever adds to a likelihood.

What a buyer's register may read is what the buyer may read: its own lists' facilities, audits
it may see, cases shared with it, public inspections, public country data and its own orders.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.utils import timezone

from chainrights.audits import services as audits
from chainrights.core.models import Organisation, Right
from chainrights.grievances import services as grievances
from chainrights.purchasing import services as purchasing
from chainrights.registry import services as registry
from chainrights.risk.models import RiskItem, Scope
from chainrights.risk.weights import CASES_PER_1000
from chainrights.states import services as states

ADMITTED = {"admissible", "investigation", "plan_agreed", "remediated", "verified", "closed",
            "escalated"}  # fmt: skip
BAND_CEILING = {"Less than 1000": 1000, "1001-5000": 5000, "5001-10000": 10000}
# Which fundamental conventions bear on which right (ILO Declaration 1998, amended 2022).
CONVENTIONS = {
    "forced-labour": ("C29", "P29", "C105"),
    "child-labour": ("C138", "C182"),
    "freedom-of-association": ("C87", "C98"),
    "non-discrimination": ("C100", "C111"),
    "occupational-safety-and-health": ("C155", "C187"),
}
# The rights a buyer's purchasing red flags bear on (the purchasing app's link rights, rolled up).
FLAG_RIGHTS = {
    "short_lead_time": ("working-hours", "forced-labour", "occupational-safety-and-health"),
    "late_change": ("working-hours", "forced-labour", "occupational-safety-and-health"),
    "late_payment": ("wages",),
    "below_living_wage_cost": ("wages",),
}
ITUC_STRENGTH = {"4": 0.6, "5": 0.8, "5+": 1.0}  # ratings 1–3 stay quiet
# Signals that an audit may not tell the whole story (audits.quality), as evidence: a signal on
# the whole audit bears on the rights an audit learns of mostly from workers, not documents.
AUDIT_QUALITY = {"no_interviews": "audit_no_interviews", "on_site_only": "audit_on_site_only",
                 "always_announced": "audit_always_announced",
                 "firm_outlier": "audit_firm_outlier", "vanished": "finding_vanished"}  # fmt: skip
INTERVIEW_RIGHTS = ("forced-labour", "freedom-of-association", "violence-and-harassment",
                    "non-discrimination", "working-hours", "wages")  # fmt: skip
FLAG_SHARES = {"short_lead_time": "short_lead_share", "late_change": "late_change_share",
               "late_payment": "late_payment_share",
               "below_living_wage_cost": "below_living_wage_share"}  # fmt: skip


@dataclass
class Draft:
    """One item before it is scored: its place, and the pieces and gaps found so far."""

    scope: str
    right: str  # a root right code
    facility_id: int | None = None
    country: str = ""
    product: str = ""
    pieces: list[dict[str, Any]] = field(default_factory=list)
    gaps: list[str] = field(default_factory=list)
    contribute: list[str] = field(default_factory=list)  # why "contribute" is suggested
    workers_share: float | None = None

    @property
    def key(self) -> str:
        return draft_key(self.scope, self.right, self.facility_id, self.country, self.product)


def draft_key(scope: str, right: str, facility_id: int | None = None, country: str = "",
              product: str = "") -> str:  # fmt: skip
    """An item's key (``Draft.key``) without building a draft: the gatherer looks one up for
    every piece of evidence."""
    where = facility_id if facility_id is not None else country
    return f"{scope}:{right}:{where}:{product}"[:120]


def piece(kind: str, right: str, source: str, day: Any, *, url: str = "", strength: float = 1.0,
          actual: bool = False, **detail: Any) -> dict[str, Any]:  # fmt: skip
    return {"kind": kind, "right": right, "source": source,
            "date": day.isoformat() if hasattr(day, "isoformat") else day,
            "url": url, "strength": round(min(1.0, max(0.0, strength)), 3), "actual": actual,
            "detail": detail}  # fmt: skip


def facility_model() -> Any:
    """The registry's facility model, through the register's own key (no import)."""
    return RiskItem._meta.get_field("facility").related_model


# Contributors' words for a product or sector → the List of Goods' word for it (so a facility
# listed under the sector "Apparel" is checked against the listed good "Garments").
SYNONYMS = {"apparel": "garments", "clothing": "garments", "garment": "garments",
            "knitwear": "garments", "textiles": "textiles", "shoes": "footwear"}  # fmt: skip


def products(product_types: str, sectors: str = "") -> list[str]:
    """What the facility makes: its product types, else its sectors, in the list's words."""
    for text in (product_types, sectors):
        words = {p.strip().casefold() for p in re.split(r"[,;|/]", text or "") if p.strip()}
        if words:
            return sorted({SYNONYMS.get(w, w) for w in words})
    return []


class Gather:
    """Collects one buyer's drafts, keyed; each ``add_*`` reads one app's evidence."""

    def __init__(self, buyer: Organisation, facility_ids: set[int]) -> None:
        self.buyer = buyer
        self.today = timezone.localdate()
        self.drafts: dict[str, Draft] = {}
        self.roots = roots()
        self.facilities = {
            f["pk"]: f for f in facility_model().objects.filter(pk__in=facility_ids).values(
                "pk", "public_id", "name", "country", "product_types", "sectors", "workers",
                "claimed_by_id")
        }  # fmt: skip
        self.with_evidence: set[int] = set()
        # every facility merged into one of these → the survivor: records kept against a
        # merged ID are the survivor's evidence
        self.survivor_of = registry.facility_families(set(self.facilities))

    def family(self) -> set[int]:
        """The facilities whose records count: the survivors and every ID merged into them."""
        return set(self.survivor_of)

    def draft(self, scope: str, right: str, facility_id: int | None = None, country: str = "",
              product: str = "") -> Draft:  # fmt: skip
        root = self.roots.get(right, right)
        key = draft_key(scope, root, facility_id, country, product)
        d = self.drafts.get(key)
        if d is None:
            d = self.drafts[key] = Draft(scope, root, facility_id, country, product)
        return d

    def at(self, facility_id: int, right: str, item: dict[str, Any]) -> None:
        facility_id = self.survivor_of.get(facility_id, facility_id)
        if facility_id not in self.facilities:
            return
        self.draft(Scope.FACILITY, right, facility_id=facility_id).pieces.append(item)
        self.with_evidence.add(facility_id)

    # -- audits ------------------------------------------------------------------------------
    def add_audits(self) -> set[int]:
        found, audited = audits.findings_for_register(self.buyer.pk, self.family())
        for f in found:
            f["facility_id"] = self.survivor_of.get(f["facility_id"], f["facility_id"])
            url = f"/audits/{f['audit_id']}#finding-{f['id']}"
            src = "audit finding"
            if f["closed"]:
                self.at(
                    f["facility_id"],
                    f["right"],
                    piece("finding_closed", f["right"], src, f["date"], url=url),
                )
            else:
                self.at(f["facility_id"], f["right"], piece(
                    "finding_open", f["right"], src, f["date"], url=url, actual=True,
                    severity=f["severity"]))  # fmt: skip
            if f["repeat"]:
                self.at(
                    f["facility_id"],
                    f["right"],
                    piece("finding_repeat", f["right"], src, f["date"], url=url),
                )
            if f["overdue"]:
                self.at(f["facility_id"], f["right"],
                        piece("action_overdue", f["right"], "corrective action plan", f["date"],
                              url=url))  # fmt: skip
            if self.buyer.pk in f["purchasing_cause_of"]:
                key = draft_key(
                    Scope.FACILITY, self.roots.get(f["right"], f["right"]), f["facility_id"]
                )
                if key in self.drafts:
                    self.drafts[key].contribute.append("buyer-owned root cause")
        self.add_audit_quality()
        return {self.survivor_of.get(pk, pk) for pk in audited}

    def add_audit_quality(self) -> None:
        """Each quality signal of an audit the buyer reads, as a piece on the rights it bears
        on: the signal's own right, else the rights an audit hears of from workers."""
        for s in audits.quality_for_register(self.buyer.pk, self.family()):
            kind = AUDIT_QUALITY.get(s["kind"])
            if kind is None:
                continue
            url = f"/audits/{s['audit_id']}"
            for right in (s["right"],) if s["right"] else INTERVIEW_RIGHTS:
                self.at(s["facility_id"], right, piece(
                    kind, right, "audit quality signal", s["date"], url=url,
                    firm=s["firm"]))  # fmt: skip

    # -- grievances --------------------------------------------------------------------------
    def add_cases(self) -> set[int]:
        cases = grievances.cases_for_register(self.buyer.pk, self.family())
        heard: set[int] = set()
        counts: dict[tuple[int, str], int] = {}
        for c in cases:
            c["facility_id"] = self.survivor_of.get(c["facility_id"], c["facility_id"])
            heard.add(c["facility_id"])
            admitted = c["admitted_at"] is not None or c["state"] in ADMITTED
            day = (c["admitted_at"] or c["received_at"]).date()
            url = f"/cases/{c['reference']}"
            for right in c["rights"]:
                kind = "case_admissible" if admitted else "case_pending"
                self.at(c["facility_id"], right, piece(kind, right, "grievance case", day,
                                                       url=url, actual=admitted,
                                                       reference=c["reference"]))  # fmt: skip
                if c["retaliation_reported"]:
                    self.at(
                        c["facility_id"],
                        right,
                        piece("case_reprisal", right, "grievance case", day, url=url),
                    )
                if c["received_at"].date() >= self.today - timedelta(days=365):
                    k = (c["facility_id"], self.roots.get(right, right))
                    counts[k] = counts.get(k, 0) + 1
                self._share(c, right)
        self._rates(counts)
        return heard

    def _share(self, case: dict[str, Any], right: str) -> None:
        facility = self.facilities.get(case["facility_id"])
        ceiling = BAND_CEILING.get((facility or {}).get("workers", ""))
        if case["workers_affected"] and ceiling:
            d = self.draft(Scope.FACILITY, right, facility_id=case["facility_id"])
            share = case["workers_affected"] / ceiling  # at least this share
            d.workers_share = max(d.workers_share or 0.0, share)

    def _rates(self, counts: dict[tuple[int, str], int]) -> None:
        for (facility_id, right), n in counts.items():
            ceiling = BAND_CEILING.get(self.facilities[facility_id]["workers"])
            d = self.draft(Scope.FACILITY, right, facility_id=facility_id)
            if ceiling is None:
                d.gaps.append("no_headcount")
                continue
            rate = n * 1000 / ceiling  # at least this many per 1,000 workers
            if rate >= CASES_PER_1000 / 5:
                d.pieces.append(piece("case_rate", right, "grievance cases, last 12 months",
                                      self.today, strength=rate / CASES_PER_1000,
                                      per_1000=round(rate, 2)))  # fmt: skip

    # -- inspections -------------------------------------------------------------------------
    def add_inspections(self) -> None:
        rows = states.inspections_for(None).filter(facility_id__in=list(self.family()))
        for inspection in rows:
            for v in inspection.violations.all():
                self.at(
                    inspection.facility_id,
                    v.right.code,
                    piece(
                        "inspection_violation",
                        v.right.code,
                        inspection.owner_org.name,
                        inspection.inspected_on,
                        url=f"/inspections/{inspection.pk}",
                        actual=True,
                    ),
                )

    # -- purchasing --------------------------------------------------------------------------
    def add_purchasing(self) -> None:
        weeks = settings.RISK_PURCHASING_WEEKS
        since = self.today - timedelta(weeks=weeks)
        rows = purchasing.facility_shares(self.buyer, since, self.survivor_of)
        url = f"/purchasing/buyers/{self.buyer.pk}"
        for facility_id in self.facilities:
            figures = rows.get(facility_id)
            if not figures or not figures["orders"]:
                continue
            for flag, column in FLAG_SHARES.items():
                share = figures.get(column)
                if not share:
                    continue
                for right in FLAG_RIGHTS[flag]:
                    d = self.draft(Scope.RELATIONSHIP, right, facility_id=facility_id)
                    d.pieces.append(
                        piece(
                            flag,
                            right,
                            "the buyer's own orders",
                            self.today,
                            url=url,
                            strength=share,
                            share=share,
                            weeks=weeks,
                        )
                    )
                    d.contribute.append(flag)
                    self._flag_facility_item(facility_id, right, flag)

    def _flag_facility_item(self, facility_id: int, right: str, flag: str) -> None:
        key = draft_key(Scope.FACILITY, self.roots.get(right, right), facility_id)
        if key in self.drafts:
            self.drafts[key].contribute.append(flag)

    # -- countries ---------------------------------------------------------------------------
    def add_countries(self) -> None:
        places: dict[tuple[str, str], int] = {}
        for f in self.facilities.values():
            for product in products(f["product_types"], f["sectors"]) or [""]:
                places[(f["country"], product)] = places.get((f["country"], product), 0) + 1
        for country in sorted({c for c, _p in places}):
            Country(self, country).add({p: n for (c, p), n in places.items() if c == country})


class Country:
    """One country's evidence for each product the buyer's facilities there make."""

    def __init__(self, gather: Gather, iso2: str) -> None:
        self.g, self.iso2 = gather, iso2
        self.cover = states.coverage(iso2)
        self.treaties = {r["instrument"]: r for r in states.ratifications(iso2)}
        self.goods = states.listed_goods(iso2)
        self.ituc = states.profile(iso2)["ituc_rating"]
        self.profile_url = f"/countries/{iso2}"

    def add(self, products_here: dict[str, int]) -> None:
        for product, n in sorted(products_here.items()):
            made = (self._listed(product, n), self._conventions(product, n),
                    self._ituc(product, n))  # fmt: skip
            for d in {id(d): d for group in made for d in group}.values():
                self._coverage(d)
                if not product:
                    d.gaps.append("no_product")

    def _draft(self, right: str, product: str) -> Draft:
        return self.g.draft(Scope.COUNTRY_PRODUCT, right, country=self.iso2, product=product)

    def _listed(self, product: str, n: int) -> list[Draft]:
        out: list[Draft] = []
        if self.goods["edition"] is None:
            return out
        for good in self.goods["goods"]:
            if not product or not _same_good(good["good"], product):
                continue
            for right, flag in (
                ("child-labour", "child_labour"),
                ("forced-labour", "forced_labour"),
            ):
                if good[flag]:
                    d = self._draft(right, product)
                    d.pieces.append(
                        piece(
                            "listed_good",
                            right,
                            self.goods["source"] or "US DoL List of Goods",
                            self.goods["retrieved_on"],
                            url=self.goods["source_url"] or self.profile_url,
                            good=good["good"],
                            edition=self.goods["edition"],
                            facilities=n,
                        )
                    )
                    out.append(d)
        return out

    def _conventions(self, product: str, _n: int) -> list[Draft]:
        out = []
        for right, codes in CONVENTIONS.items():
            missing = [c for c in codes if self.treaties.get(c, {}).get("status") == "not_ratified"]
            if missing:
                d = self._draft(right, product)
                day = max((self.treaties[c]["retrieved_on"] for c in missing), default=None)
                d.pieces.append(
                    piece(
                        "unratified",
                        right,
                        "ILO NORMLEX",
                        day,
                        url=self.profile_url,
                        conventions=missing,
                    )
                )
                out.append(d)
        return out

    def _ituc(self, product: str, _n: int) -> list[Draft]:
        rating = self.ituc
        if rating is None or rating["value"] not in ITUC_STRENGTH:
            return []
        d = self._draft("freedom-of-association", product)
        d.pieces.append(piece("ituc", d.right, rating["source"], rating["as_of"],
                              url=self.profile_url, strength=ITUC_STRENGTH[rating["value"]],
                              rating=rating["value"]))  # fmt: skip
        return [d]

    def _coverage(self, d: Draft) -> None:
        ratio = self.cover["ratio"]
        if ratio is None:
            d.gaps.append("coverage_" + (self.cover["gap"] or "unknown"))
        elif ratio < 1:
            figure = self.cover["per_10k"] or {}
            d.pieces.append(piece("coverage_low", d.right, figure.get("source", "ILOSTAT"),
                                  figure.get("year"), url=self.profile_url,
                                  strength=1 - ratio, ratio=ratio))  # fmt: skip
        for code in CONVENTIONS.get(d.right, ()):
            if self.treaties.get(code, {}).get("status") is None:
                d.gaps.append(f"ratification_unknown:{code}")


def _same_good(good: str, product: str) -> bool:
    a, b = good.casefold().strip(), product.casefold().strip()
    return a == b or a.rstrip("s") == b.rstrip("s") or a in b.split() or b in a.split()


def roots() -> dict[str, str]:
    """Right code → its root's code (findings on an indicator roll up to the right)."""
    rows = dict(Right.objects.values_list("pk", "parent_id"))
    codes = dict(Right.objects.values_list("pk", "code"))
    out = {}
    for pk, code in codes.items():
        top = pk
        while rows.get(top) is not None:
            top = rows[top]
        out[code] = codes[top]
    return out


def gather(buyer: Organisation) -> Gather:
    """Every draft of the buyer's register, with its evidence and gaps."""
    g = Gather(buyer, registry.buyer_facilities(buyer))
    audited = g.add_audits()
    heard = g.add_cases()
    g.add_inspections()
    g.add_purchasing()
    g.add_countries()
    for d in g.drafts.values():
        if d.scope == Scope.FACILITY and d.facility_id is not None:
            if d.facility_id not in audited:
                d.gaps.append("no_audit")
            if d.facility_id not in heard:
                d.gaps.append("no_voice")
    return g
