"""When a deadline has passed, the same for everyone whatever their time zone.

A deadline is a calendar date with no zone. We call an action overdue only once that date has
ended everywhere on Earth ("anywhere on Earth", UTC−12, as standards bodies use for
deadlines), so a supplier in Dhaka and a brand in Berlin see the same answer at the same
moment, and no one is flagged late while it is still the deadline day where they stand.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from django.utils import timezone

AOE = timedelta(hours=12)  # the last time zone to finish a day is UTC−12
FIRST = timedelta(hours=14)  # the first to start one is UTC+14


def _utc(now: Any = None) -> datetime:
    moment = now or timezone.now()
    if timezone.is_naive(moment):
        raise ValueError("a naive datetime cannot say which day it is")
    return moment.astimezone(UTC)


def today_everywhere(now: Any = None) -> date:
    """The latest date whose day has begun everywhere: the date in UTC−12."""
    return (_utc(now) - AOE).date()


def is_overdue(deadline: date, now: Any = None) -> bool:
    return deadline < today_everywhere(now)


def latest_possible_today(now: Any = None) -> date:
    """The date somewhere on Earth right now at the most (UTC+14): later dates are future."""
    return (_utc(now) + FIRST).date()
