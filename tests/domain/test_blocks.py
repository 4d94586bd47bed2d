"""Protected blocks: expansion on school days across daylight-saving changes and holidays,
and when a block counts as kept."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from leadership_desk.domain.blocks import (
    PlannedItem,
    ProtectedBlock,
    expand_blocks,
    is_kept,
    parse_clock,
    parse_weekday,
    union,
)
from leadership_desk.domain.periods import Period
from leadership_desk.domain.school_calendar import SchoolCalendar
from leadership_desk.errors import ValidationError

LA = ZoneInfo("America/Los_Angeles")
TUESDAY = ProtectedBlock(1, time(8, 30), time(10, 0), category_id=1, title="Walkthroughs", id=7)


def test_a_block_keeps_its_local_time_across_the_fall_back_change():
    # Los Angeles leaves daylight time on Sun Nov 1, 2026 (UTC-7 -> UTC-8)
    items = expand_blocks([TUESDAY], Period(date(2026, 10, 26), date(2026, 11, 8)), LA,
                          SchoolCalendar())
    assert [(i.start, i.end) for i in items] == [
        (datetime(2026, 10, 27, 15, 30, tzinfo=UTC), datetime(2026, 10, 27, 17, 0, tzinfo=UTC)),
        (datetime(2026, 11, 3, 16, 30, tzinfo=UTC), datetime(2026, 11, 3, 18, 0, tzinfo=UTC)),
    ]
    assert all(i.seconds == 90 * 60 and i.block_id == 7 for i in items)


def test_a_block_keeps_its_local_time_across_the_spring_forward_change():
    # daylight time starts Sun Mar 8, 2026 (UTC-8 -> UTC-7)
    items = expand_blocks([TUESDAY], Period(date(2026, 3, 2), date(2026, 3, 15)), LA,
                          SchoolCalendar())
    assert [i.start.hour for i in items] == [16, 15]
    assert [i.seconds for i in items] == [5400, 5400]


def test_holidays_and_weekends_have_no_blocks():
    calendar = SchoolCalendar.of([date(2026, 11, 24)])  # that Tuesday is closed
    thursday = ProtectedBlock(3, time(8, 30), time(10, 0), category_id=1)
    items = expand_blocks([TUESDAY, thursday], Period(date(2026, 11, 23), date(2026, 12, 6)),
                          LA, calendar)
    # Tue 24 closed; Thu 26, Tue Dec 1, Thu Dec 3 remain
    assert [i.start.astimezone(LA).date() for i in items] == [
        date(2026, 11, 26), date(2026, 12, 1), date(2026, 12, 3)]


def _item() -> PlannedItem:
    start = datetime(2026, 11, 17, 16, 30, tzinfo=UTC)
    return PlannedItem(start, start + timedelta(minutes=90), 1, "", block_id=1)


@pytest.mark.parametrize(("logged", "kept"), [(72, True), (71, False), (90, True), (0, False)])
def test_a_block_is_kept_at_80_percent_logged_as_instruction(logged, kept):
    item = _item()
    # 80% of 90 minutes is 72 minutes
    assert is_kept(item, [(item.start, item.start + timedelta(minutes=logged))]) is kept


def test_overlapping_logged_time_is_counted_once():
    item = _item()
    twice = union([(item.start, item.start + timedelta(minutes=40)),
                   (item.start + timedelta(minutes=10), item.start + timedelta(minutes=40))])
    assert not is_kept(item, twice)  # 40 minutes, not 70


def test_block_rules():
    with pytest.raises(ValidationError):
        ProtectedBlock(5, time(9), time(10), 1)  # Saturday
    with pytest.raises(ValidationError):
        ProtectedBlock(1, time(10), time(9), 1)
    assert parse_weekday("Tue") == 1 and parse_weekday("thursday") == 3
    assert parse_clock("8:30") == time(8, 30)
    with pytest.raises(ValidationError):
        parse_clock("25:00")
