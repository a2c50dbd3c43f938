"""Country profiles: every ISO 3166 country, with what chainrights holds about it and a gap
for what it does not. Each value carries its source, date and licence; a missing value is
None (a gap), never zero and never "low risk"."""

from __future__ import annotations

import gettext
from collections import defaultdict
from functools import lru_cache
from typing import Any

import pycountry
from django.db.models import Count, Q
from django.utils.translation import get_language

from chainrights.countries import all_countries
from chainrights.states.facts import ECONOMY_CLASSES, FUNDAMENTAL, INSTRUMENTS, TITLES
from chainrights.states.imports import INDICATORS
from chainrights.states.models import (
    CountryFact,
    FactKind,
    InspectionFigure,
    ListedGood,
    Ratification,
    RatificationStatus,
)

DENSITY = "LAI_INDE_NOC_RT_A"  # labour inspectors per 10,000 employed persons
RATIFIED = (RatificationStatus.IN_FORCE, RatificationStatus.NOT_IN_FORCE)
ROUNDING = 0.05  # half of ILOSTAT's last decimal of the density
_CATALOGUE = {"zh-hans": "zh_CN"}  # Debian iso-codes' name for Simplified Chinese


@lru_cache(maxsize=16)
def _names(language: str) -> gettext.NullTranslations:
    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR,
                                   languages=[_CATALOGUE.get(language, language)])  # fmt: skip
    except OSError:
        return gettext.NullTranslations()


def country_name(iso2: str, language: str | None = None) -> str:
    """The country's name in the page's language (Debian iso-codes' translations)."""
    record = pycountry.countries.get(alpha_2=iso2)
    if record is None:
        return iso2
    translated = _names((language or get_language() or "en").lower()).gettext(record.name)
    english = getattr(record, "common_name", record.name)
    return english if translated == record.name else translated


def known(iso2: str) -> str | None:
    """The ISO 3166-1 alpha-2 code, upper case, or None for a code that names no country."""
    code = (iso2 or "").strip().upper()
    return code if len(code) == 2 and pycountry.countries.get(alpha_2=code) else None


def _fact(fact: CountryFact | None) -> dict[str, Any] | None:
    if fact is None:
        return None
    return {
        "label": fact.label, "value": fact.value, "unit": fact.unit, "as_of": fact.as_of,
        "source": fact.source, "source_url": fact.source_url, "licence": fact.licence,
    }  # fmt: skip


def _latest_facts(iso2: str) -> dict[tuple[str, str], CountryFact]:
    latest: dict[tuple[str, str], CountryFact] = {}
    for fact in CountryFact.objects.filter(country=iso2).order_by("as_of", "pk"):
        latest[(fact.kind, fact.label)] = fact
    return latest


def _figure(figure: InspectionFigure) -> dict[str, Any]:
    return {"value": float(figure.value), "year": figure.year, "sex": figure.sex,
            "source": figure.source, "source_type": figure.source_type,
            "licence": figure.licence, "retrieved_on": figure.retrieved_on}  # fmt: skip


def inspection_figures(iso2: str) -> dict[str, Any]:
    """Each indicator's latest year (by sex for inspectors), and its series; None = a gap."""
    series: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for figure in InspectionFigure.objects.filter(country=iso2).order_by("year"):
        series[figure.indicator].append(_figure(figure))
    out: dict[str, Any] = {}
    for code, title in INDICATORS.items():
        rows = series.get(code, [])
        if code == "LAI_INSP_SEX_NB_A":
            year = max((r["year"] for r in rows), default=None)
            latest = {r["sex"]: r for r in rows if r["year"] == year}
            by_sex = {s: latest.get(s) for s in ("total", "male", "female")}
            out[code] = {"title": title, "series": rows, "latest": by_sex}
        else:
            out[code] = {"title": title, "series": rows, "latest": rows[-1] if rows else None}
    return out


def coverage(iso2: str, density: dict[str, Any] | None = None,
             economy: dict[str, Any] | None = None) -> dict[str, Any]:  # fmt: skip
    """Inspectors per 10,000 employed against the ILO benchmark of the country's class."""
    if density is None:
        figure = InspectionFigure.objects.filter(country=iso2, indicator=DENSITY,
                                                 sex="").order_by("-year").first()  # fmt: skip
        density = _figure(figure) if figure else None
    if economy is None:
        economy = _fact(CountryFact.objects.filter(country=iso2, kind=FactKind.ECONOMY_CLASS)
                        .order_by("-as_of", "-pk").first())  # fmt: skip
    return coverage_of(density, economy)


def coverage_of(density: dict[str, Any] | None, economy: dict[str, Any] | None) -> dict[str, Any]:
    benchmark = ECONOMY_CLASSES.get(economy["value"]) if economy else None
    gap = None
    if density is None:
        gap = "no_figure"
    elif benchmark is None:
        gap = "no_class"
    ratio = round(density["value"] / benchmark, 2) if density and benchmark else None
    # ILOSTAT rounds the density to one decimal: a 0 is "under 0.05", not "no inspectors".
    under = round(ROUNDING / benchmark, 2) if ratio == 0 and benchmark else None
    return {
        "ratio": ratio, "ratio_under": under, "gap": gap, "per_10k": density,
        "economy_class": economy, "benchmark_per_10k": benchmark,
        "bar_percent": None if ratio is None else min(100, round(ratio * 100)),
    }  # fmt: skip


def ratifications(iso2: str) -> list[dict[str, Any]]:
    """One row per instrument we follow; an instrument without a sourced fact is a gap
    (status None), never 'not ratified'."""
    rows = {r.instrument: r for r in Ratification.objects.filter(country=iso2)}
    out = []
    for code in INSTRUMENTS:
        r = rows.get(code)
        out.append({
            "instrument": code, "title": TITLES[code], "fundamental": code in FUNDAMENTAL,
            "status": r.status if r else None, "ratified_on": r.ratified_on if r else None,
            "minimum_age": r.minimum_age if r else None, "note": r.note if r else "",
            "source_url": r.source_url if r else "", "retrieved_on": r.retrieved_on if r else None,
        })  # fmt: skip
    return out


def listed_goods(iso2: str) -> dict[str, Any]:
    """The newest loaded edition of the List of Goods and the goods it lists for the country;
    ``edition`` None means no edition is loaded at all (a gap, not a clean record)."""
    newest = ListedGood.objects.order_by("-retrieved_on", "-pk").first()
    if newest is None:
        return {"edition": None, "source": "", "source_url": "", "retrieved_on": None,
                "goods": []}  # fmt: skip
    goods = ListedGood.objects.filter(country=iso2, edition=newest.edition).order_by("good")
    return {
        "edition": newest.edition, "source": newest.source, "source_url": newest.source_url,
        "retrieved_on": newest.retrieved_on,
        "goods": [{"good": g.good, "child_labour": g.child_labour,
                   "forced_labour": g.forced_labour} for g in goods],
    }  # fmt: skip


def public_contact(iso2: str) -> dict[str, str] | None:
    """The country's labour inspectorate's public contact from its profile (keys ``name``,
    ``contact``, ``source``, ``as_of``), or None when the profile holds none."""
    fact = (CountryFact.objects.filter(country=(iso2 or "").upper(),
                                       kind=FactKind.INSPECTORATE_CONTACT)
            .order_by("-as_of", "-pk").first())  # fmt: skip
    if fact is None:
        return None
    source = f"{fact.source} {fact.source_url}".strip()
    return {"name": fact.label, "contact": fact.value, "source": source,
            "as_of": fact.as_of.isoformat()}  # fmt: skip


def profile(iso2: str) -> dict[str, Any]:
    """Everything the profile holds for one country (call ``known`` first)."""
    facts = _latest_facts(iso2)
    by_kind: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for (kind, _label), fact in sorted(facts.items()):
        by_kind[kind].append(_fact(fact) or {})
    figures = inspection_figures(iso2)
    economy = by_kind[FactKind.ECONOMY_CLASS][0] if by_kind[FactKind.ECONOMY_CLASS] else None
    ituc = max(by_kind[FactKind.ITUC_RATING], key=lambda f: f["as_of"], default=None)
    contact = by_kind[FactKind.INSPECTORATE_CONTACT]
    treaties = ratifications(iso2)
    return {
        "iso2": iso2, "name": country_name(iso2), "ratifications": treaties,
        "fundamental": _fundamental_count(treaties), "inspection": figures,
        "coverage": coverage_of(figures[DENSITY]["latest"], economy),
        "economy_class": economy, "ituc_rating": ituc,
        "minimum_wages": by_kind[FactKind.MINIMUM_WAGE],
        "inspectorate": contact[0] if contact else None,
        "notes": by_kind[FactKind.NOTE], "listed_goods": listed_goods(iso2),
    }  # fmt: skip


def _fundamental_count(rows: list[dict[str, Any]]) -> dict[str, int]:
    fundamental = [r for r in rows if r["fundamental"]]
    return {"ratified": sum(r["status"] in RATIFIED for r in fundamental),
            "known": sum(r["status"] is not None for r in fundamental),
            "of": len(fundamental)}  # fmt: skip


def _latest_by_country(rows: Any) -> dict[str, Any]:
    latest: dict[str, Any] = {}
    for row in rows:
        latest[row.country] = row  # ordered oldest first, so the newest stays
    return latest


def overview() -> list[dict[str, Any]]:
    """One row per ISO 3166 country for the list and the map, in five queries."""
    density = _latest_by_country(InspectionFigure.objects.filter(indicator=DENSITY, sex="")
                                 .order_by("year"))  # fmt: skip
    economy = _latest_by_country(CountryFact.objects.filter(kind=FactKind.ECONOMY_CLASS)
                                 .order_by("as_of", "pk"))  # fmt: skip
    ituc = _latest_by_country(CountryFact.objects.filter(kind=FactKind.ITUC_RATING)
                              .order_by("as_of", "pk"))  # fmt: skip
    treaties = dict(
        Ratification.objects.filter(instrument__in=FUNDAMENTAL).values_list("country")
        .annotate(n=Count("pk"), ratified=Count("pk", filter=Q(status__in=RATIFIED)))
        .values_list("country", "ratified")
    )  # fmt: skip
    newest = ListedGood.objects.order_by("-retrieved_on", "-pk").first()
    goods: dict[str, int] = {}
    if newest is not None:
        goods = dict(ListedGood.objects.filter(edition=newest.edition).values_list("country")
                     .annotate(n=Count("pk")).values_list("country", "n"))  # fmt: skip
    language = get_language() or "en"
    rows = []
    for country in all_countries():
        code = country.code
        figure = density.get(code)
        cover = coverage_of(_figure(figure) if figure else None, _fact(economy.get(code)))
        record = pycountry.countries.get(alpha_2=code)
        rows.append({
            "iso2": code, "numeric": getattr(record, "numeric", ""),
            "name": country_name(code, language), "coverage": cover,
            "fundamental_ratified": treaties.get(code),
            "ituc_rating": ituc[code].value if code in ituc else None,
            "listed_goods": goods.get(code, 0) if newest else None,
        })  # fmt: skip
    return rows


def coverage_band(row: dict[str, Any]) -> str:
    """The map's colour class: a gap has its own colour, never the colour of 'enough'."""
    ratio = row["coverage"]["ratio"]
    if ratio is None:
        return "gap-class" if row["coverage"]["gap"] == "no_class" else "gap"
    if ratio < 0.5:
        return "low"
    return "below" if ratio < 1 else "meets"
