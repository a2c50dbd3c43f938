"""The purchasing app's public face: every write, and every read another app may call.

The work is done in one module per job: ``ratings`` (cycles, suppliers' confidential
ratings, comments), ``anonymity`` (which cells may be shown), ``reads`` (results as pages,
API and exports show them), ``orders`` and ``checks`` (importing orders, changes, payments
and deductions), ``indicators`` (what the orders show), ``links`` (red flags before a finding
or a grievance, the suggested root cause, the buyer's action) and ``statements`` (what the
brand says).
"""

from __future__ import annotations

from chainrights.purchasing.indicators import definitions, facility_shares, indicators
from chainrights.purchasing.links import (
    LINK_RIGHTS,
    decide_link,
    for_finding,
    open_cases,
    open_findings,
    red_flags,
    take_action,
)
from chainrights.purchasing.orders import import_orders
from chainrights.purchasing.ratings import (
    already_rated,
    close_cycle,
    decide_comment,
    open_cycle,
    submit_rating,
)
from chainrights.purchasing.reads import result_rows, results
from chainrights.purchasing.statements import says_and_shows, state_practice

__all__ = [
    "LINK_RIGHTS",
    "already_rated",
    "close_cycle",
    "decide_comment",
    "decide_link",
    "definitions",
    "facility_shares",
    "for_finding",
    "import_orders",
    "indicators",
    "open_cases",
    "open_cycle",
    "open_findings",
    "red_flags",
    "result_rows",
    "results",
    "says_and_shows",
    "state_practice",
    "submit_rating",
    "take_action",
]
