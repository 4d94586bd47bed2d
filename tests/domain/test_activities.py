"""Activity and category invariants."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from leadership_desk.domain.activities import Activity
from leadership_desk.domain.categories import Category, Kind, parse_default_categories
from leadership_desk.domain.timeline import Gap, day_timeline, wall_interval
from leadership_desk.errors import ValidationError
from leadership_desk.resources import read_text

T = datetime(2026, 11, 17, 16, tzinfo=UTC)


def test_an_activity_ends_after_it_starts():
    with pytest.raises(ValidationError, match="end after it starts"):
        Activity(category_id=1, start=T, end=T, zone="UTC")


def test_instants_must_carry_a_zone_and_the_zone_must_exist():
    with pytest.raises(ValueError):
        Activity(category_id=1, start=datetime(2026, 1, 1), end=None, zone="UTC")
    with pytest.raises(ValidationError, match="time zone"):
        Activity(category_id=1, start=T, end=None, zone="Pacific Standard Time")


def test_round_trip_through_the_journal_form():
    a = Activity(category_id=3, start=T, end=T + timedelta(minutes=5), zone="UTC",
                 title="  Grade 3   PLC ", note="private", id=7)
    assert a.title == "Grade 3 PLC"
    assert Activity.from_dict(a.to_dict()) == a


def test_a_category_counts_as_one_of_three_kinds():
    with pytest.raises(ValidationError, match="kind of time"):
        Category(slug="x", name="X", kind="teaching")
    assert Category(slug="x", name="X", kind="management").kind is Kind.MANAGEMENT


def test_the_default_categories_match_the_district_set():
    categories = parse_default_categories(read_text("categories.json"))
    assert len(categories) == 21
    counts = {kind: sum(c.kind is kind for c in categories) for kind in Kind}
    assert counts == {Kind.INSTRUCTION: 9, Kind.MANAGEMENT: 9, Kind.OTHER: 3}
    high = {c.slug for c in categories if c.high_leverage}
    assert high == {"feedback-coaching", "teacher-evaluation", "instructional-program"}
    favourites = [c for c in categories if c.favourite]
    assert 6 <= len(favourites) <= 8
    assert {c.kind for c in favourites} >= {Kind.INSTRUCTION, Kind.MANAGEMENT}


def test_timeline_shows_gaps_between_activities_only():
    a = Activity(category_id=1, start=T, end=T + timedelta(minutes=30), zone="UTC", id=1)
    b = Activity(category_id=1, start=T + timedelta(minutes=45), end=T + timedelta(hours=1),
                 zone="UTC", id=2)
    c = Activity(category_id=1, start=T + timedelta(hours=1), end=None, zone="UTC", id=3)
    entries = day_timeline([c, b, a], now=T + timedelta(hours=2))
    assert entries[0] == a and entries[2] == b and entries[3] == c
    assert entries[1] == Gap(T + timedelta(minutes=30), T + timedelta(minutes=45))


def test_wall_interval_rolls_an_earlier_end_to_the_next_day():
    from zoneinfo import ZoneInfo

    from leadership_desk.errors import TimeNotValidError

    la = ZoneInfo("America/Los_Angeles")
    from datetime import date, time

    interval = wall_interval(date(2026, 11, 17), time(23, 0), time(1, 0), la)
    assert interval.ends_next_day
    assert interval.end - interval.start == timedelta(hours=2)
    with pytest.raises(TimeNotValidError) as caught:
        wall_interval(date(2026, 3, 8), time(1, 0), time(2, 30), la)
    assert caught.value.field == "end"
