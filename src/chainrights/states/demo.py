"""Demo data of the states app: country profiles, the demo inspectorate's referral and
inspections."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from django.contrib.auth import get_user_model
from django.db import transaction

from chainrights.core import events
from chainrights.core.models import Organisation
from chainrights.grievances import services as grievances
from chainrights.registry.models import Facility
from chainrights.states import facts, inspections, referrals
from chainrights.states.models import Inspection, Referral
from chainrights.states.shipped import load_shipped_data

# ---------------------------------------------------------------------------------------------
# Country profiles


DEMO_COUNTRIES = ("BD", "KH", "CN", "IN", "ID", "PK", "LK", "TR", "VN", "MM", "ET", "HN", "GT",
                  "SV", "MX")  # fmt: skip
SECOND_WAVE = "chainrights research notes (second-wave.md, section 2.1)"
# Facts with their sources, as found with the project's search of public pages on 2 December
# 2026 (the as-of date is the date the source gives, else the day it was read).
DEMO_FACTS: list[tuple[str, dict[str, str]]] = [
    ("BD", {"kind": "inspectorate_contact",
            "label": "Department of Inspection for Factories and Establishments (DIFE)",
            "value": "Toll-free helpline 16357, 24 hours (wages, maternity, dismissal, safety)",
            "as_of": "2026-12-02", "source": f"UNB news; {SECOND_WAVE}",
            "source_url": "https://unb.com.bd/news/tag/136598"}),
    ("BD", {"kind": "minimum_wage", "label": "Ready-made garments (entry grade)",
            "value": "12500", "unit": "BDT/month", "as_of": "2023-12-01",
            "source": "The Daily Star, 7 November 2023: minimum wage board's Tk 12,500, "
                      "effective 1 December 2023",
            "source_url": "https://www.thedailystar.net/business/news/"
                          "tk-12500-declared-minimum-rmg-wage-3463911"}),
    ("BD", {"kind": "ituc_rating", "label": "2025", "value": "5", "as_of": "2025-06-01",
            "source": "ITUC Global Rights Index 2025 (among the ten worst countries), as "
                      "reported by Human Level",
            "source_url": "https://www.wearehumanlevel.com/content-hub/"
                          "workers-rights-are-in-a-state-of-emergency"}),
    ("TR", {"kind": "ituc_rating", "label": "2025", "value": "5", "as_of": "2025-06-01",
            "source": "ITUC Global Rights Index 2025 (among the ten worst countries), as "
                      "reported by Human Level",
            "source_url": "https://www.wearehumanlevel.com/content-hub/"
                          "workers-rights-are-in-a-state-of-emergency"}),
    ("GT", {"kind": "ituc_rating", "label": "2024", "value": "5", "as_of": "2024-06-01",
            "source": "ITUC Global Rights Index 2024 (among the ten worst countries), as "
                      "reported by CCOO Catalunya",
            "source_url": "https://ccoo.cat/globalometre/noticies/"
                          "ccoo-demana-que-sexclogui-a-lextrema-dreta-de-la-governabilitat-europea"}),
]  # fmt: skip


def _economy_class(iso2: str) -> dict[str, str]:
    """The demo operator's choice of benchmark class (an operator setting, not an ILO list)."""
    return {"kind": "economy_class", "label": "", "value": "less_developed",
            "as_of": "2026-12-02",
            "source": "chainrights demo: the operator's choice of ILO benchmark class"}  # fmt: skip


def load_demo_countries() -> dict[str, int]:
    """The shipped data, and the demo countries' facts (idempotent: a re-run adds nothing)."""
    loaded = load_shipped_data()
    operator = get_user_model().objects.filter(username="operator").first()
    entries = [(c, _economy_class(c)) for c in DEMO_COUNTRIES] + DEMO_FACTS
    created = 0
    with transaction.atomic(), events.acting_as(user=operator, system=None if operator else "demo",
                                                reason="demo country facts"):  # fmt: skip
        for country, raw in entries:
            data, errors = facts.clean(raw)
            if errors:
                raise ValueError(f"demo fact for {country}: {errors}")
            created += facts.store(country, data, operator) == "created"
    return {
        "country_facts": created,
        "country_figures": sum(v for k, v in loaded.items() if k.startswith("LAI_")),
    }


# ---------------------------------------------------------------------------------------------
# Referrals and inspections


DIFE = "Department of Inspection for Factories and Establishments (DIFE)"
SQUARE = "Square Fashions Ltd."  # a real, publicly listed facility (registry demo lists)
REFERRAL_SUMMARY = (
    "Demo referral. Workers of the sewing floor report that overtime in the weeks before "
    "shipment goes beyond the legal limit and that pregnant workers were dismissed without "
    "maternity benefit. Complaint received through the grievance mechanism; the complainant "
    "fears reprisal."
)


def _demo_inspections(facility_id: str) -> list[dict[str, Any]]:
    """Two fictional inspections (dates relative to today): a routine visit within the period
    of the demo SMETA audit that found what the audit did not (maternity protection), and a
    follow-up."""
    return [
        {"reference": "DEMO-DIFE-1", "facility_id": facility_id, "inspected_on": _day(-300),
         "trigger": "routine", "announced": "no", "inspectors": "2",
         "workers_interviewed": "25", "penalties_imposed": "25000", "penalties_collected": "0",
         "currency": "BDT", "follow_up_on": _day(-200), "visibility": "public",
         "violations": [
             {"right": "maternity-protection", "law_article": "Bangladesh Labour Act 2006, s. 46",
              "description": "Two workers dismissed during pregnancy; no maternity benefit paid."},
             {"right": "building-and-fire-safety", "law_article": "",
              "description": "Fire exit on the third floor locked during working hours."},
         ],
         "orders": [{"kind": "improvement_notice", "deadline": _day(-240),
                     "description": "Pay the maternity benefit due; keep every exit open."}]},
        {"reference": "DEMO-DIFE-2", "facility_id": facility_id, "inspected_on": _day(-200),
         "trigger": "follow_up", "announced": "yes", "inspectors": "1",
         "workers_interviewed": "10", "visibility": "public",
         "follow_up_outcome": "Exits open; benefit paid to one of the two workers.",
         "violations": [{"right": "maternity-protection", "law_article": "",
                         "description": "Benefit still owed to one worker."}],
         "orders": []},
    ]  # fmt: skip


def _day(days: int) -> str:
    return str(date.today() + timedelta(days=days))


def load_demo_inspections() -> dict[str, int]:
    """DIFE (the demo ``inspector``'s inspectorate) with two inspections of Square Fashions
    and one referral of a demo grievance case there. Loading twice changes nothing."""
    users = {u.username: u for u in get_user_model().objects.filter(
        username__in=["inspector", "handler"])}  # fmt: skip
    facility = Facility.objects.filter(name=SQUARE, merged_into__isnull=True).first()
    dife = Organisation.objects.filter(name=DIFE).first()
    if facility is None or dife is None or len(users) < 2:
        return {"inspections": 0, "referrals": 0}
    created = {"inspections": 0, "referrals": 0}
    for raw in _demo_inspections(facility.public_id):
        if not Inspection.objects.filter(owner_org=dife, reference=raw["reference"]).exists():
            inspections.record(users["inspector"], raw)
            created["inspections"] += 1
    if not Referral.objects.filter(sent_by=users["handler"], facility=facility).exists():
        _demo_referral(users, facility, dife)
        created["referrals"] = 1
    return created


def _demo_referral(users: dict[str, Any], facility: Any, dife: Organisation) -> None:
    case, _secret = grievances.file_grievance(grievances.Intake(
        narrative="সেলাই ফ্লোরে শিপমেন্টের আগে আমাদের দিয়ে আইনের চেয়ে বেশি ওভারটাইম করানো হয়। "
                  "গর্ভবতী কর্মীদের মাতৃত্বকালীন সুবিধা ছাড়াই ছাঁটাই করা হয়েছে।",
        facility_id=facility.public_id, language="bn", fears_retaliation=True,
        rights=("excessive-overtime", "maternity-protection"),
    ))  # fmt: skip
    handler = users["handler"]
    grievances.transition_case(case, handler, "acknowledged")
    grievances.transition_case(case, handler, "admissible", "Demo: within the mechanism's scope.")
    referral = referrals.refer_case(case, handler, referrals.ReferralDraft(
        summary=REFERRAL_SUMMARY, inspectorate_id=dife.pk,
        rights=["excessive-overtime", "maternity-protection"],
        reason="Demo: the labour inspectorate can order the benefit paid.",
    ))  # fmt: skip
    referrals.move_referral(referral, users["inspector"], "acknowledged")
