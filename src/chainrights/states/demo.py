"""Demo data of the states app: country profiles, the demo inspectorate's referral and
inspections."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.db import transaction

from chainrights.core import events
from chainrights.states import facts
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
            created += facts.store(country, data, operator)
    return {
        "country_facts": created,
        "country_figures": sum(v for k, v in loaded.items() if k.startswith("LAI_")),
    }


# ---------------------------------------------------------------------------------------------
# Referrals and inspections


def load_demo_inspections() -> dict[str, int]:
    return {}
