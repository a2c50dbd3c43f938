"""The reports app's public face: every write, and every read another app may call.

``drafting`` starts, fills, publishes and corrects reports; ``figures`` computes what the
records say; ``frameworks`` reads the framework versions; ``scorecards`` builds the public
scorecards; ``sources`` takes figures other apps provide (the risk register's salient issues).
"""

from __future__ import annotations

from chainrights.reports.drafting import correct, missing, publish, start_report, write_narratives
from chainrights.reports.frameworks import version_for
from chainrights.reports.scorecards import all_scorecards, scorecard
from chainrights.reports.sources import register as register_source

__all__ = [
    "all_scorecards",
    "correct",
    "missing",
    "publish",
    "register_source",
    "scorecard",
    "start_report",
    "version_for",
    "write_narratives",
]
