"""Reminder rules with an injected clock: when each is due, and never twice too soon."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from leadership_desk.domain.activities import Activity
from leadership_desk.domain.reminders import (
    IDLE,
    LONG,
    REVIEW,
    ReminderSettings,
    ReminderState,
    due_reminder,
)

LA = ZoneInfo("America/Los_Angeles")
TUESDAY = datetime(2026, 11, 17, tzinfo=LA)


def at(hour: int, minute: int = 0, day: datetime = TUESDAY) -> datetime:
    return day.replace(hour=hour, minute=minute)


DEFAULTS = ReminderSettings()


def due(now, state=None, settings=DEFAULTS, running=None, idle_since=None, untracked=0):
    return due_reminder(now, settings, state or ReminderState(), running=running,
                        idle_since=idle_since, untracked_seconds=untracked,
                        running_name="Email")


def running_since(start: datetime) -> Activity:
    return Activity(category_id=1, start=start, end=None, zone="America/Los_Angeles", id=7)


def test_nothing_running_for_20_minutes_in_work_hours():
    assert due(at(9, 19), idle_since=at(9)) is None
    reminder = due(at(9, 20), idle_since=at(9))
    assert reminder.kind == IDLE and "since 09:00" in reminder.text
    assert due(at(7, 29), idle_since=at(6)) is None  # before the work day
    assert due(at(16, 30), idle_since=at(15)) is None  # after it
    saturday = TUESDAY + timedelta(days=4)
    assert due(at(10, day=saturday), idle_since=at(9, day=saturday)) is None
    assert due(at(9, 20), idle_since=at(9), running=running_since(at(9, 10))) is None
    assert due(at(9, 20), idle_since=at(9), settings=ReminderSettings(idle=False)) is None


def test_a_long_activity_once_per_activity():
    state = ReminderState()
    long_one = running_since(at(8))
    assert due(at(11), state, running=long_one) is None  # exactly 3 hours
    reminder = due(at(11, 1), state, running=long_one)
    assert reminder.kind == LONG and reminder.text == "Email has been running for 3 h 1 min."
    state.record(reminder, at(11, 1), long_one)
    assert due(at(13), state, running=long_one) is None
    assert due(at(11, 1), running=long_one,
               settings=ReminderSettings(long_running=False)) is None


def test_review_at_the_end_of_the_work_day_once_with_untracked_time():
    state = ReminderState()
    assert due(at(16, 29), state, untracked=3600) is None
    assert due(at(16, 30), state, untracked=9 * 60) is None  # too little to review
    reminder = due(at(16, 30), state, untracked=3600)
    assert reminder.kind == REVIEW and reminder.text == "1 h of today is not accounted for."
    state.record(reminder, at(16, 30), None)
    assert due(at(17, 30), state, untracked=3600) is None  # offered once a day
    late = ReminderSettings(work_start=time(8), work_end=time(18))
    assert due(at(17), settings=late, untracked=3600) is None


def test_at_most_one_reminder_per_20_minutes():
    state = ReminderState()
    first = due(at(9, 20), state, idle_since=at(9))
    state.record(first, at(9, 20), None)
    assert due(at(9, 39), state, idle_since=at(9)) is None
    assert due(at(9, 40), state, idle_since=at(9)).kind == IDLE


def test_settings_round_trip_and_bad_values_fall_back():
    custom = ReminderSettings(idle=False, work_days=(0, 2), work_start=time(8),
                              work_end=time(17, 15), keep_in_tray=False)
    assert ReminderSettings.from_json(custom.to_json()) == custom
    assert ReminderSettings.from_json({"work_start": "nonsense"}) == ReminderSettings()
    assert ReminderSettings.from_json(None) == ReminderSettings()
