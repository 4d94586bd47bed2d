"""Feedback follow-through at its edges: within 2 school days, Friday to Monday is one,
days without school do not count, recent observations wait rather than miss."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from leadership_desk.domain.follow_through import (
    FollowThrough,
    follow_through,
    high_leverage_share,
    split_by_role,
)
from leadership_desk.domain.periods import Period
from leadership_desk.domain.school_calendar import SchoolCalendar

LA = ZoneInfo("America/Los_Angeles")
WEEK = Period(date(2026, 11, 16), date(2026, 11, 20))
LATER = date(2026, 12, 15)  # long after every window has closed
OPEN = SchoolCalendar()


def at(day: int, hour: int, minute: int = 0, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=LA)


def walk(day: int, hour: int = 9) -> tuple[datetime, datetime]:
    return at(day, hour), at(day, hour, 15)


def talk(day: int, hour: int = 14, month: int = 11) -> tuple[datetime, datetime]:
    return at(day, hour, month=month), at(day, hour, 20, month=month)


def result(observations, feedback, calendar=OPEN, today=LATER, period=WEEK):
    return follow_through(observations, feedback, period, LA, calendar, today)


@pytest.mark.parametrize(("feedback_day", "followed"), [
    (20, 1),  # the same Friday, after the walkthrough
    (23, 1),  # Monday: 1 school day
    (24, 1),  # Tuesday: 2 school days
    (25, 0),  # Wednesday: 3 school days, too late
])
def test_a_friday_walkthrough(feedback_day, followed):
    assert result([walk(20)], [talk(feedback_day)]) == FollowThrough(1, followed)


def test_feedback_before_the_walkthrough_ends_does_not_follow_it():
    start, end = walk(20)
    assert result([walk(20)], [(start + timedelta(minutes=5), end)]) == FollowThrough(1, 0)
    assert result([walk(20)], [(end, end + timedelta(minutes=5))]) == FollowThrough(1, 1)


def test_days_without_school_are_not_counted():
    closed = SchoolCalendar.of([date(2026, 11, 23)])  # Monday closed
    # Friday to Wednesday is then 2 school days (Tue, Wed)
    assert result([walk(20)], [talk(25)], closed) == FollowThrough(1, 1)
    assert result([walk(20)], [talk(26)], closed) == FollowThrough(1, 0)


def test_a_recent_walkthrough_waits_instead_of_missing():
    # today Monday: Friday's window (Mon, Tue) is still open
    assert result([walk(20)], [], today=date(2026, 11, 23)) == FollowThrough(0, 0, waiting=1)
    assert result([walk(20)], [], today=date(2026, 11, 25)) == FollowThrough(1, 0)


def test_only_observations_in_the_period_count_and_one_talk_can_follow_several():
    observations = [walk(13), walk(16), walk(16, 10), walk(17)]  # Nov 13 is before WEEK
    share = result(observations, [talk(17)])
    assert share == FollowThrough(3, 3)
    assert share.to_json() == {"observations": 3, "followed": 3, "share": 1.0}
    assert FollowThrough(0, 0).share is None


def test_roles_and_high_leverage_share():
    a, b = walk(16)
    assert split_by_role([(1, a, b), (2, a, b), (3, a, b)], {1: "observation",
                                                              2: "feedback"}) == (
        [(a, b)], [(a, b)])
    # 60 min feedback (HL) + 30 min walkthroughs; 45 min email outside instruction
    assert high_leverage_share({1: 1800, 2: 3600, 9: 2700}, {1, 2}, {2}) == pytest.approx(2 / 3)
    assert high_leverage_share({9: 2700}, {1, 2}, {2}) is None


def test_only_the_first_feedback_after_a_walkthrough_can_follow_it():
    # Monday 9:00 is followed by Tuesday 10:00 (1 school day); Tuesday 13:00's first talk
    # after it is on Friday, 3 school days on: missed
    result = follow_through([walk(16), walk(17, 13)], [talk(17, 10), talk(20)], WEEK, LA,
                            OPEN, LATER)
    assert (result.observations, result.followed) == (2, 1)
    # a talk before the walkthrough does not follow it, and Friday's is too late
    result = follow_through([walk(16, 11)], [talk(16, 9), talk(20)], WEEK, LA, OPEN, LATER)
    assert (result.observations, result.followed) == (1, 0)


@settings(max_examples=200)
@given(st.lists(st.integers(0, 24 * 30), max_size=12), st.lists(st.integers(0, 24 * 30),
                                                                  max_size=12))
def test_the_first_feedback_after_decides_as_any_would(walk_hours, talk_hours):
    start = datetime(2026, 11, 2, tzinfo=LA)
    walks = [(start + timedelta(hours=h), start + timedelta(hours=h, minutes=30))
             for h in walk_hours if h < 24 * 29]  # started in November
    talks = [(start + timedelta(hours=h), start + timedelta(hours=h, minutes=20))
             for h in talk_hours]
    calendar = SchoolCalendar(frozenset({date(2026, 11, 11), date(2026, 11, 26)}))
    period = Period(date(2026, 11, 2), date(2026, 11, 30))
    result = follow_through(walks, talks, period, LA, calendar, LATER)
    # the rule as written: any feedback starting after the walk ends, within 2 school days
    followed = sum(1 for s, e in walks
                   if any(f >= e and calendar.school_days_after(s.date(), f.date()) <= 2
                          for f, _ in talks))
    assert (result.observations, result.followed) == (len(walks), followed)
