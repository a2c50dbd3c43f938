"""Demo data of the states app: country profiles, the demo inspectorate's referral and
inspections."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from django.contrib.auth import get_user_model

from chainrights.core.models import Organisation
from chainrights.grievances import services as grievances
from chainrights.registry.models import Facility
from chainrights.states import inspections, referrals
from chainrights.states.models import Inspection, Referral

# ---------------------------------------------------------------------------------------------
# Country profiles


def load_demo_countries() -> dict[str, int]:
    return {}


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
