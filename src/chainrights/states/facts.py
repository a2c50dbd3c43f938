"""Facts an operator enters about a country, and the rules every value obeys, whether it comes
from the form, the API or a CSV import (one set of rules, one wording of each refusal)."""

from __future__ import annotations

import re
from datetime import date
from typing import Any
from urllib.parse import urlsplit

from django.db import transaction
from django.utils import timezone

from chainrights.core import events
from chainrights.core.refusals import Invalid, NotAllowed
from chainrights.core.types import AnyUser
from chainrights.core.visibility import is_operator
from chainrights.states.models import CountryFact, FactKind, RatificationStatus

# The ten fundamental instruments (ILO Declaration 1998, amended 2022), then the governance
# and sector conventions that matter in supply chains.
FUNDAMENTAL = ("C29", "P29", "C87", "C98", "C100", "C105", "C111", "C138", "C182", "C155",
               "C187")  # fmt: skip
OTHER = ("C81", "C129", "C144", "C190", "C131", "C1", "C95", "C183")
INSTRUMENTS = FUNDAMENTAL + OTHER

ECONOMY_CLASSES = {  # the ILO benchmark: inspectors per 10,000 workers
    "industrial_market": 1.0,  # 1 per 10,000
    "transition": 0.5,  # 1 per 20,000
    "less_developed": 0.25,  # 1 per 40,000
}
ITUC_RATINGS = ("1", "2", "3", "4", "5", "5+")


def instrument(text: str) -> str:
    code = text.strip().upper().replace(" ", "").replace("NO.", "")
    if code not in INSTRUMENTS:
        raise ValueError(f"{text[:20]!r} is not one of {', '.join(INSTRUMENTS)}")
    return code


def status(text: str) -> str:
    value = text.strip().casefold().replace(" ", "_")
    if value not in RatificationStatus.values:
        raise ValueError(f"{text[:30]!r} is not one of {', '.join(RatificationStatus.values)}")
    return value


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"{text[:30]!r} is not a date (YYYY-MM-DD)") from None


def past_date(text: str) -> date:
    value = _date(text)
    if value > timezone.localdate():
        raise ValueError(f"{value} is in the future")
    if value.year < 1900:
        raise ValueError(f"{value} is before 1900")
    return value


def optional_date(text: str) -> date | None:
    return past_date(text) if text.strip() else None


def optional_age(text: str) -> int | None:
    if not text.strip():
        return None
    if not re.fullmatch(r"1[4-6]", text.strip()):
        raise ValueError(f"{text[:10]!r} is not a minimum age C138 allows (14, 15 or 16)")
    return int(text)


def short_text(text: str, limit: int = 300) -> str:
    if len(text) > limit:
        raise ValueError(f"over {limit} characters")
    if any(ord(ch) < 32 and ch not in "\t\n" for ch in text):
        raise ValueError("holds control characters")
    return text.strip()


def web_address(text: str) -> str:
    """An http(s) address or nothing: a ``javascript:`` link is never a source."""
    text = short_text(text, 500)
    if text and (urlsplit(text).scheme not in ("http", "https") or not urlsplit(text).netloc):
        raise ValueError(f"{text[:60]!r} is not an http(s) address")
    return text


def _wage(text: str) -> str:
    cleaned = text.strip().replace(",", ".")
    if not re.fullmatch(r"\d{1,10}(\.\d{1,2})?", cleaned):
        raise ValueError(f"{text[:30]!r} is not an amount")
    return cleaned


VALUE_RULES = {
    FactKind.ECONOMY_CLASS: lambda v: _choice(v, tuple(ECONOMY_CLASSES)),
    FactKind.ITUC_RATING: lambda v: _choice(v, ITUC_RATINGS),
    FactKind.MINIMUM_WAGE: _wage,
    FactKind.INSPECTORATE_CONTACT: lambda v: _required(short_text(v, 500)),
    FactKind.NOTE: lambda v: _required(short_text(v, 1000)),
}
LABEL_NEEDED = {FactKind.MINIMUM_WAGE: "the sector", FactKind.INSPECTORATE_CONTACT: "its name"}


def _choice(value: str, allowed: tuple[str, ...]) -> str:
    value = value.strip()
    if value not in allowed:
        raise ValueError(f"{value[:30]!r} is not one of {', '.join(allowed)}")
    return value


def _required(value: str) -> str:
    if not value:
        raise ValueError("empty")
    return value


def clean(raw: dict[str, str]) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    """Check one fact's fields; the cleaned values and a (field, reason) for each problem."""
    data: dict[str, Any] = {}
    errors: list[tuple[str, str]] = []

    def take(name: str, parse: Any) -> None:
        try:
            data[name] = parse(raw.get(name, "") or "")
        except ValueError as exc:
            errors.append((name, str(exc)))

    take("kind", lambda v: _choice(v, tuple(FactKind.values)))
    take("label", lambda v: short_text(v, 200))
    take("unit", lambda v: short_text(v, 60))
    take("as_of", past_date)
    take("source", lambda v: _required(short_text(v, 300)))
    take("source_url", web_address)
    take("licence", lambda v: short_text(v, 200))
    kind = data.get("kind")
    if kind is not None:
        take("value", VALUE_RULES[FactKind(kind)])
        if kind in LABEL_NEEDED and not data.get("label"):
            errors.append(("label", f"a {FactKind(kind).label.lower()} needs "
                                    f"{LABEL_NEEDED[FactKind(kind)]}"))  # fmt: skip
        if kind == FactKind.MINIMUM_WAGE and not data.get("unit"):
            errors.append(("unit", "a minimum wage needs its currency and period (BDT/month)"))
    return data, errors


def store(country: str, data: dict[str, Any], user: AnyUser | None) -> str:
    """Write one clean fact (inside the caller's ``acting_as``): "created", "updated" or
    "unchanged". The same kind, label and date replaces the value; an unchanged value writes
    nothing, so a re-run of an import changes and logs nothing."""
    key = {"country": country, "kind": data["kind"], "label": data["label"],
           "as_of": data["as_of"]}  # fmt: skip
    values = {k: data[k] for k in ("value", "unit", "source", "source_url", "licence")}
    fact = CountryFact.objects.filter(**key).first()
    if fact is None:
        entered_by = user if user is not None and user.is_authenticated else None
        CountryFact.objects.create(**key, **values, entered_by=entered_by)
        return "created"
    if all(getattr(fact, k) == v for k, v in values.items()):
        return "unchanged"
    for k, v in values.items():
        setattr(fact, k, v)
    fact.entered_at = timezone.now()
    fact.save()
    return "updated"


def may_enter_facts(user: AnyUser | None) -> bool:
    """Operator staff keep the country facts (the economy class is their call)."""
    return is_operator(user)


def set_fact(country: str, user: AnyUser, raw: dict[str, str], reason: str = "") -> CountryFact:
    """An operator enters or corrects one fact; the change and its reason are logged."""
    if not may_enter_facts(user):
        raise NotAllowed("Only the platform's operators enter country facts.")
    data, errors = clean(raw)
    if errors:
        name, why = errors[0]
        raise Invalid(f"{name}: {why}", field=name, details=errors)
    with transaction.atomic(), events.acting_as(user=user, reason=reason or "country fact"):
        store(country, data, user)
        fact = CountryFact.objects.get(country=country, kind=data["kind"], label=data["label"],
                                       as_of=data["as_of"])  # fmt: skip
        events.record(events.EventTag.COUNTRY_FACT_SET, fact, country=country,
                      kind=data["kind"], label=data["label"])  # fmt: skip
    return fact


# The instruments' official English titles (proper names, shown as the ILO publishes them).
TITLES = {
    "C29": "Forced Labour Convention, 1930",
    "P29": "Protocol of 2014 to the Forced Labour Convention, 1930",
    "C87": "Freedom of Association and Protection of the Right to Organise Convention, 1948",
    "C98": "Right to Organise and Collective Bargaining Convention, 1949",
    "C100": "Equal Remuneration Convention, 1951",
    "C105": "Abolition of Forced Labour Convention, 1957",
    "C111": "Discrimination (Employment and Occupation) Convention, 1958",
    "C138": "Minimum Age Convention, 1973",
    "C182": "Worst Forms of Child Labour Convention, 1999",
    "C155": "Occupational Safety and Health Convention, 1981",
    "C187": "Promotional Framework for Occupational Safety and Health Convention, 2006",
    "C81": "Labour Inspection Convention, 1947",
    "C129": "Labour Inspection (Agriculture) Convention, 1969",
    "C144": "Tripartite Consultation (International Labour Standards) Convention, 1976",
    "C190": "Violence and Harassment Convention, 2019",
    "C131": "Minimum Wage Fixing Convention, 1970",
    "C1": "Hours of Work (Industry) Convention, 1919",
    "C95": "Protection of Wages Convention, 1949",
    "C183": "Maternity Protection Convention, 2000",
}
