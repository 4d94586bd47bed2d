"""Property-based tests of the time arithmetic."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from leadership_desk.domain.activities import Activity
from leadership_desk.domain.balance import instruction_share
from leadership_desk.domain.overlaps import find_overlaps, intervals_overlap
from leadership_desk.domain.periods import local_date
from tests.helpers import day_pieces

ZONES = st.sampled_from(
    ["America/Los_Angeles", "America/New_York", "Europe/London", "Australia/Lord_Howe",
     "America/Santiago", "Asia/Kolkata", "UTC"]
)
BASE = datetime(2025, 1, 1, tzinfo=UTC)
instants = st.integers(min_value=0, max_value=3 * 365 * 86400).map(
    lambda s: BASE + timedelta(seconds=s)
)
lengths = st.integers(min_value=1, max_value=3 * 86400)


@given(start=instants, length=lengths, zone=ZONES)
def test_per_day_seconds_sum_to_the_elapsed_time(start, length, zone):
    tz = ZoneInfo(zone)
    end = start + timedelta(seconds=length)
    pieces = day_pieces(start, end, tz)
    assert sum(seconds for _, seconds in pieces) == length
    assert all(seconds > 0 for _, seconds in pieces)
    days = [day for day, _ in pieces]
    assert days == sorted(set(days))
    assert days[0] == local_date(start, tz)


@given(a=st.integers(0, 10**6), b=st.integers(0, 10**6))
def test_share_stays_within_zero_and_one(a, b):
    share = instruction_share(a, b)
    if a + b == 0:
        assert share is None
    else:
        assert 0 <= share <= 1


@given(start=instants, first=lengths, second=lengths)
def test_back_to_back_activities_never_overlap(start, first, second):
    middle = start + timedelta(seconds=first)
    a = Activity(category_id=1, start=start, end=middle, zone="UTC", id=1)
    b = Activity(category_id=1, start=middle, end=middle + timedelta(seconds=second),
                 zone="UTC", id=2)
    assert not intervals_overlap(a, b)
    assert find_overlaps(b, [a]) == []
