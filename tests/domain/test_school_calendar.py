"""The school calendar: weekdays count unless marked; counting school days between dates."""

from __future__ import annotations

from datetime import date

import pytest

from leadership_desk.domain.periods import Period
from leadership_desk.domain.school_calendar import (
    NonSchoolDay,
    SchoolCalendar,
    expand_range,
    looks_like_no_school,
)
from leadership_desk.errors import ValidationError

THANKSGIVING = SchoolCalendar.of([date(2026, 11, 26), date(2026, 11, 27)])
NOVEMBER = Period(date(2026, 11, 1), date(2026, 11, 30))


def test_weekdays_are_school_days_unless_marked():
    # November 2026 has 21 weekdays (Sun 1st; Mon 2nd ... Mon 30th); Thanksgiving takes 2
    assert SchoolCalendar().count(NOVEMBER) == 21
    assert THANKSGIVING.count(NOVEMBER) == 19
    assert not THANKSGIVING.is_school_day(date(2026, 11, 26))
    assert not THANKSGIVING.is_school_day(date(2026, 11, 28))  # a Saturday
    # up to Wed Nov 25: 18 weekdays, none marked
    assert THANKSGIVING.count(NOVEMBER, until=date(2026, 11, 25)) == 18
    assert THANKSGIVING.closed_weekdays(NOVEMBER) == [date(2026, 11, 26), date(2026, 11, 27)]


@pytest.mark.parametrize(("first", "last", "expected"), [
    (date(2026, 11, 20), date(2026, 11, 20), 0),  # same day
    (date(2026, 11, 20), date(2026, 11, 23), 1),  # Friday to Monday
    (date(2026, 11, 20), date(2026, 11, 24), 2),  # Friday to Tuesday
    (date(2026, 11, 25), date(2026, 11, 30), 1),  # Wed to Mon over Thanksgiving
    (date(2026, 11, 25), date(2026, 12, 1), 2),
    (date(2026, 11, 20), date(2026, 11, 21), 0),  # Friday to Saturday
])
def test_school_days_after(first, last, expected):
    assert THANKSGIVING.school_days_after(first, last) == expected


def test_a_break_marks_only_its_weekdays():
    days = expand_range(date(2026, 12, 21), date(2027, 1, 1), "Winter break")
    # Dec 21-25 and Dec 28 - Jan 1: 10 weekdays of 12 days
    assert len(days) == 10
    assert {d.day.weekday() for d in days} == {0, 1, 2, 3, 4}
    assert all(d.label == "Winter break" for d in days)


def test_labels_are_one_clean_line():
    assert NonSchoolDay(date(2026, 11, 26), "Thanks\ngiving\x07").label == "Thanks giving"
    with pytest.raises(ValidationError):
        NonSchoolDay(date(2026, 11, 26), "x" * 81)


def test_no_school_suggestions():
    assert looks_like_no_school("Thanksgiving Break - No School")
    assert looks_like_no_school("Teacher Work Day")
    assert not looks_like_no_school("Back to School Night")
