"""Demo audits for demo facilities (fictional audits of real, publicly listed facilities):
plans in every state, one action overdue, a buyer's purchasing practice as a root cause, a
repeat and a vanished finding, two announced audits in a row, a shared audit, a public
summary, and capacity building tied to the actions. Dates are relative to today so overdue
stays overdue. Loading twice changes nothing.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.contrib.auth import get_user_model

from chainrights.audits import deadlines, services
from chainrights.audits.models import Action, Audit
from chainrights.audits.validation import Checker, check_audit
from chainrights.core.models import Organisation
from chainrights.registry import claims
from chainrights.registry.models import Facility

AUDITOR, NORTHWIND, SOUTHBAY = (
    "Independent Audit Partners",
    "Northwind Apparel",
    "Southbay Outfitters",
)
SQUARE, THANBEE, VERT = (
    "Square Fashions Ltd.",
    "Thanbee Print World Ltd.",
    "Vert Fashion Company Ltd.",
)


def _day(days: int) -> str:
    return str(deadlines.today_everywhere() + timedelta(days=days))


def _audits(ids: dict[str, str]) -> list[dict[str, Any]]:
    return [
        {"reference": "DEMO-SMETA-1", "facility_id": ids[SQUARE], "scheme": "smeta",
         "audit_type": "announced", "start_date": _day(-262), "end_date": _day(-260),
         "person_days": 4, "auditor_firm": AUDITOR, "auditors": ["R. Akter", "M. Hossain"],
         "languages": ["bn", "en"], "interviews_on_site_women": 12, "interviews_on_site_men": 8,
         "commissioned_by": NORTHWIND, "paid_by": "Dhaka Knit Composite Ltd",
         "visibility": "shared", "share_with": [NORTHWIND],
         "summary": "Two-pillar SMETA: overtime above the legal limit in peak season, blocked "
                    "fire exit on the third floor, wages below the minimum grade for helpers.",
         "findings": [
            {"number": 1, "right": "excessive-overtime", "severity": "non-compliance",
             "description": "Sewing workers worked up to 78 hours a week in the six weeks "
                            "before shipment; overtime was not voluntary.",
             "evidence": "Time records for weeks 9 to 14; 14 of 20 workers interviewed.",
             "workers_affected": 640,
             "actions": [
                {"description": "Cap weekly hours at 60 and record all overtime as voluntary "
                                "with written consent.", "owner": "supplier",
                 "deadline": _day(-60), "root_cause_kind": "management_system",
                 "root_cause": "No production planning for peak season.", "status": "in_progress"},
                {"description": "Freeze order changes within 30 days of shipment and pay for "
                                "re-planned capacity.", "owner": "brand", "brand": NORTHWIND,
                 "deadline": _day(120), "root_cause_kind": "purchasing_practice",
                 "root_cause": "Late order changes by the buyer compressed lead times."},
             ]},
            {"number": 2, "right": "building-and-fire-safety", "severity": "critical",
             "description": "The third-floor fire exit was locked during working hours.",
             "evidence": "Seen on the walk-through, photographed.", "workers_affected": 220,
             "actions": [{"description": "Keep all exits unlocked; daily check signed by the "
                                         "safety officer.", "owner": "supplier",
                          "deadline": _day(-230), "root_cause_kind": "awareness",
                          "status": "done"}]},
            {"number": 3, "right": "minimum-wage", "severity": "non-compliance",
             "description": "Helpers were paid below the minimum wage for grade 7.",
             "workers_affected": 85,
             "actions": [{"description": "Pay the grade 7 minimum and the arrears since "
                                         "December.", "owner": "supplier",
                          "deadline": _day(-150), "root_cause_kind": "management_system",
                          "status": "done"}]},
         ]},
        {"reference": "DEMO-BSCI-2", "facility_id": ids[SQUARE], "scheme": "amfori BSCI",
         "audit_type": "announced", "start_date": _day(-31), "end_date": _day(-30),
         "person_days": 2, "auditor_firm": "Quick Check Audits", "languages": ["bn"],
         "interviews_on_site_women": 6, "interviews_on_site_men": 4,
         "commissioned_by": SOUTHBAY, "paid_by": "Dhaka Knit Composite Ltd",
         "visibility": "shared", "share_with": [SOUTHBAY],
         "findings": [
            {"number": 1, "right": "working-hours", "severity": "D",
             "description": "Weekly hours above 60 for the finishing section.",
             "workers_affected": 120,
             "actions": [{"description": "Hire a second finishing shift.", "owner": "supplier",
                          "deadline": _day(60), "root_cause_kind": "labour_market"}]},
         ]},
        {"reference": "DEMO-SA8000-1", "facility_id": ids[THANBEE], "scheme": "sa8000",
         "audit_type": "unannounced", "start_date": _day(-95), "end_date": _day(-93),
         "person_days": 3, "auditor_firm": AUDITOR, "languages": ["bn"],
         "interviews_on_site_women": 10, "interviews_on_site_men": 6,
         "interviews_off_site_women": 8, "interviews_off_site_men": 4,
         "commissioned_by": NORTHWIND, "visibility": "public", "publication": "full",
         "summary": "Unannounced SA8000 surveillance audit with off-site interviews.",
         "findings": [
            {"number": 1, "right": "occupational-safety-and-health", "severity": "minor",
             "description": "Dust masks not provided in the screen-printing room.",
             "actions": [{"description": "Provide masks and train the printing team.",
                          "owner": "supplier", "deadline": _day(-70), "status": "done",
                          "root_cause_kind": "awareness"}]},
         ]},
        {"reference": "DEMO-BW-1", "facility_id": ids[VERT], "scheme": "better_work",
         "audit_type": "semi_announced", "start_date": _day(-200), "end_date": _day(-198),
         "auditor_firm": "Better Work Vietnam", "languages": ["vi"],
         "interviews_on_site_women": 15, "interviews_on_site_men": 5,
         "interviews_off_site_women": 5, "commissioned_by": SOUTHBAY,
         "visibility": "public", "publication": "summary",
         "summary": "Better Work assessment: the union committee was chosen by management.",
         "findings": [
            {"number": 1, "right": "freedom-of-association", "severity": "critical issue",
             "description": "Union committee members were appointed by the general manager.",
             "workers_affected": 900,
             "actions": [{"description": "Hold a free election of the union committee with "
                                         "the provincial federation.", "owner": "supplier",
                          "deadline": _day(-20), "root_cause_kind": "management_system"}]},
         ]},
    ]  # fmt: skip


def load_demo_audits() -> dict[str, int]:
    users = {u.username: u for u in get_user_model().objects.all()}
    auditor_org = Organisation.objects.filter(name=AUDITOR).first()
    if auditor_org is None or "auditor" not in users:
        return {"audits": 0}
    ids = {}
    trained = _inspector_trainings(users.get("inspector"))
    for name in (SQUARE, THANBEE, VERT):
        facility = Facility.objects.filter(name=name, merged_into__isnull=True).first()
        if facility is None:
            return {"audits": 0, "inspector_trainings": trained}
        ids[name] = facility.public_id
    square = Facility.objects.get(public_id=ids[SQUARE])
    if square.claimed_by_id is None:
        claim = claims.claim(square, users["supplier"], "Demo: trade licence and utility bill")
        claims.decide(claim, users["operator"], verify=True, reason="demo data")
    checker = Checker(auditor_org)
    drafts = []
    for raw in _audits(ids):
        if Audit.objects.filter(owner_org=auditor_org, reference=raw["reference"]).exists():
            continue
        draft = check_audit(raw, raw["reference"], checker)
        if draft is None:
            raise RuntimeError(f"demo audit is invalid: {checker.problems}")
        drafts.append(draft)
    if not drafts:
        return {"audits": 0, "inspector_trainings": trained}
    created = services.create_audits(auditor_org, users["auditor"], drafts, reason="demo data")
    _progress(users)
    _capacity(users, square)
    return {"audits": len(created), "inspector_trainings": trained}


def _progress(users: dict[str, Any]) -> None:
    """Verify some done actions, so plans show every state."""
    fire = Action.objects.get(finding__audit__reference="DEMO-SMETA-1", finding__number=2)
    services.verify_action(
        fire,
        users["operator"],
        method="follow_up_audit",
        note="Follow-up visit: all exits open, daily checks signed.",
    )
    masks = Action.objects.get(finding__audit__reference="DEMO-SA8000-1")
    services.verify_action(masks, users["auditor"], method="worker_interview",
                           note="Printing workers confirmed masks are issued daily.")  # fmt: skip
    overtime = Action.objects.get(finding__audit__reference="DEMO-SMETA-1", finding__number=1,
                                  owner="brand")  # fmt: skip
    services.comment(overtime, users["brand"], "We will share the revised order calendar with "
                                               "the factory before the next season.")  # fmt: skip


def _capacity(users: dict[str, Any], square: Facility) -> None:
    overtime = Action.objects.filter(finding__audit__reference="DEMO-SMETA-1",
                                     finding__number=1)  # fmt: skip
    services.record_activity(
        square, users["supplier"], kind="training", title="Working hours and voluntary overtime",
        rights=["working-hours", "excessive-overtime"], provider="Fair Supply Initiative",
        start_date=deadlines.today_everywhere() - timedelta(days=180),
        participants=[{"role": "workers", "women": 42, "men": 18, "other": 0},
                      {"role": "supervisors", "women": 5, "men": 9, "other": 0}],
        actions=overtime, public=True,
    )  # fmt: skip
    committee = services.record_activity(
        square, users["supplier"], kind="committee", title="Worker–management OSH committee",
        rights=["occupational-safety-and-health"], start_date=deadlines.today_everywhere()
        - timedelta(days=200), participants=[{"role": "committee_members", "women": 4, "men": 3,
                                              "other": 0}], public=True,
    )  # fmt: skip
    for days in (150, 60):
        services.record_meeting(
            committee,
            users["supplier"],
            held_on=deadlines.today_everywhere() - timedelta(days=days),
            worker_members=4,
            management_members=3,
            women=4,
            minutes="Exits, extinguishers and the heat in the ironing room.",
        )


def _training_drafts() -> list[services.TrainingDraft]:
    today = deadlines.today_everywhere()
    return [
        services.TrainingDraft(
            title="Demo: inspecting working hours and overtime records", topic="Working time",
            rights=["working-hours", "excessive-overtime", "wages"],
            provider="DIFE training unit (demo)", start_date=today - timedelta(days=240),
            end_date=today - timedelta(days=238), women=9, men=21, other=0,
            description="Fictional demo training: reading time records, payroll and "
                        "overtime registers; interviewing workers away from managers.",
        ),
        services.TrainingDraft(
            title="Demo: maternity protection and a complaint's confidentiality",
            topic="Complaints and maternity protection (C81 Art. 15(c))",
            rights=["maternity-protection", "non-discrimination", "access-to-remedy"],
            provider="DIFE training unit (demo)", start_date=today - timedelta(days=90),
            women=14, men=12, other=1,
            description="Fictional demo training: visits that follow a complaint without "
                        "telling the employer, and maternity benefit checks.",
        ),
    ]  # fmt: skip


def _inspector_trainings(inspector: Any) -> int:
    """Two trainings of the demo inspectorate's (DIFE's) inspectors, recorded by the demo
    inspector; none twice."""
    if inspector is None:
        return 0
    made = 0
    for draft in _training_drafts():
        if not services.trainings_for(inspector).filter(title=draft.title).exists():
            services.record_training(inspector, draft)
            made += 1
    return made
