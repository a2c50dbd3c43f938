"""Overdue is the same answer everywhere at the same moment: a deadline day must have ended
everywhere on Earth (UTC−12) before an action is late."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone as django_timezone

from chainrights.audits import deadlines
from chainrights.audits.models import Action

DEADLINE = date(2026, 3, 1)


@pytest.mark.parametrize(
    ("moment", "overdue"),
    [(datetime(2026, 3, 1, 23, 59, tzinfo=UTC), False),
     (datetime(2026, 3, 2, 11, 59, tzinfo=UTC), False),  # still 1 March in UTC−12
     (datetime(2026, 3, 2, 12, 0, tzinfo=UTC), True),
     (datetime(2026, 3, 2, 23, 59, tzinfo=ZoneInfo("Pacific/Kiritimati")), False),  # UTC+14
     (datetime(2026, 3, 2, 2, 0, tzinfo=ZoneInfo("America/Los_Angeles")), False),
     (datetime(2026, 3, 2, 5, 0, tzinfo=ZoneInfo("America/Los_Angeles")), True)],
)  # fmt: skip
def test_a_deadline_passes_once_its_day_has_ended_everywhere(moment, overdue):
    assert deadlines.is_overdue(DEADLINE, moment) is overdue


def test_the_same_moment_gives_the_same_answer_in_every_time_zone(settings):
    moment = datetime(2026, 3, 2, 12, 30, tzinfo=UTC)
    answers = set()
    for zone in ("Asia/Dhaka", "Europe/Berlin", "America/New_York", "Pacific/Auckland", "UTC"):
        settings.TIME_ZONE = zone
        with django_timezone.override(ZoneInfo(zone)):
            answers.add(deadlines.is_overdue(DEADLINE, moment.astimezone(ZoneInfo(zone))))
            answers.add(
                deadlines.is_overdue(DEADLINE, moment.astimezone(timezone(timedelta(hours=6))))
            )
    assert answers == {True}


def test_a_naive_moment_is_refused_rather_than_guessed():
    with pytest.raises(ValueError, match="naive"):
        deadlines.is_overdue(DEADLINE, datetime(2026, 3, 2, 12, 0))


def test_only_unfinished_actions_are_overdue():
    late = datetime(2026, 4, 1, tzinfo=UTC)
    for status, expected in [("open", "overdue"), ("in_progress", "overdue"), ("done", "done"),
                             ("verified", "verified")]:  # fmt: skip
        assert Action(deadline=DEADLINE, status=status).effective_status(late) == expected
    assert Action(deadline=DEADLINE, status="open").effective_status(
        datetime(2026, 3, 1, 6, tzinfo=UTC)) == "open"  # fmt: skip


def test_dates_later_than_anywhere_today_are_in_the_future():
    moment = datetime(2026, 3, 1, 10, 0, tzinfo=UTC)  # already 2 March in UTC+14
    assert deadlines.latest_possible_today(moment) == date(2026, 3, 2)
