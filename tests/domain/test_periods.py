"""Local dates, periods and DST-safe day splitting."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from leadership_desk.domain import periods
from leadership_desk.domain.periods import (
    MonthDay,
    Period,
    day_start,
    local_date,
    parse_date,
    parse_instant,
    period_of,
    resolve_local,
    school_year_of,
    week_of,
)
from leadership_desk.errors import AmbiguousTimeError, TimeNotValidError, ValidationError
from tests.helpers import day_pieces

LA = ZoneInfo("America/Los_Angeles")


def test_spring_forward_day_has_23_hours():
    start, end = Period(date(2026, 3, 8), date(2026, 3, 8)).utc_bounds(LA)
    assert end - start == timedelta(hours=23)


def test_fall_back_day_has_25_hours():
    start, end = Period(date(2026, 11, 1), date(2026, 11, 1)).utc_bounds(LA)
    assert end - start == timedelta(hours=25)


def test_activity_across_the_fall_back_hour_counts_real_elapsed_time():
    # 00:30 to 03:30 local on the night clocks turn back is four real hours
    start = resolve_local(datetime(2026, 11, 1, 0, 30), LA).instant
    end = resolve_local(datetime(2026, 11, 1, 3, 30), LA).instant
    assert day_pieces(start, end, LA) == [(date(2026, 11, 1), 4 * 3600)]


def test_activity_past_midnight_counts_on_each_day():
    start = datetime(2026, 11, 18, 7, 0, tzinfo=UTC)  # 23:00 on the 17th in LA
    end = datetime(2026, 11, 18, 9, 30, tzinfo=UTC)  # 01:30 on the 18th
    assert day_pieces(start, end, LA) == [
        (date(2026, 11, 17), 3600),
        (date(2026, 11, 18), 5400),
    ]


def test_midnight_that_does_not_exist_starts_the_day_at_the_change():
    # Santiago springs forward at 00:00: the day begins at 01:00 local
    zone = ZoneInfo("America/Santiago")
    start = day_start(date(2026, 9, 6), zone)
    assert start.astimezone(zone).hour == 1
    assert local_date(start, zone) == date(2026, 9, 6)
    assert local_date(start - timedelta(seconds=1), zone) == date(2026, 9, 5)


def test_skipped_time_is_refused_with_an_explanation():
    with pytest.raises(TimeNotValidError, match="did not happen"):
        resolve_local(datetime(2026, 3, 8, 2, 30), LA)


def test_repeated_time_asks_which_unless_told():
    with pytest.raises(AmbiguousTimeError, match="happened twice"):
        resolve_local(datetime(2026, 11, 1, 1, 30), LA)
    first = resolve_local(datetime(2026, 11, 1, 1, 30), LA, fold=0)
    second = resolve_local(datetime(2026, 11, 1, 1, 30), LA, fold=1)
    assert second.instant - first.instant == timedelta(hours=1)
    assert first.ambiguous and second.ambiguous


def test_parse_instant_honours_an_offset_and_local_time():
    assert parse_instant("2026-11-17T09:00-08:00", LA) == datetime(2026, 11, 17, 17, tzinfo=UTC)
    assert parse_instant("2026-11-17T09:00", LA) == datetime(2026, 11, 17, 17, tzinfo=UTC)
    with pytest.raises(ValidationError, match="not a date and time"):
        parse_instant("tomorrow", LA)


def test_week_runs_monday_to_sunday():
    assert week_of(date(2026, 11, 19)) == Period(date(2026, 11, 16), date(2026, 11, 22))


def test_school_year_starts_on_the_configured_day():
    july = MonthDay(7, 1)
    assert school_year_of(date(2026, 11, 17), july) == Period(date(2026, 7, 1), date(2027, 6, 30))
    assert school_year_of(date(2026, 6, 30), july) == Period(date(2025, 7, 1), date(2026, 6, 30))
    august = MonthDay(8, 15)
    assert school_year_of(date(2026, 8, 14), august).first == date(2025, 8, 15)


def test_period_of_each_kind():
    july = MonthDay(7, 1)
    day = date(2026, 2, 10)
    assert period_of("day", day, july) == Period(day, day)
    assert period_of("month", day, july) == Period(date(2026, 2, 1), date(2026, 2, 28))
    assert period_of("year", day, july).first == date(2025, 7, 1)


def test_month_day_validation():
    assert str(MonthDay.parse("07-01")) == "07-01"
    with pytest.raises(ValidationError):
        MonthDay.parse("13-01")
    with pytest.raises(ValidationError):
        MonthDay.parse("July 1")
    assert MonthDay(2, 29).in_year(2027) == date(2027, 2, 28)


def test_period_cannot_end_before_it_starts():
    with pytest.raises(ValidationError, match="ends"):
        Period(date(2026, 1, 2), date(2026, 1, 1))


@pytest.mark.parametrize("text", ["0001-01-01", "1989-12-31", "2101-01-01", "9999-12-31"])
def test_dates_outside_1990_to_2100_are_refused_in_words(text):
    with pytest.raises(ValidationError, match="outside the years 1990 to 2100"):
        parse_date(text)
    with pytest.raises(ValidationError, match="outside the years 1990 to 2100"):
        parse_instant(f"{text}T23:00", ZoneInfo("America/Los_Angeles"))
    assert parse_date("1990-01-01") and parse_date("2100-12-31")


def test_an_activity_outside_1990_to_2100_is_refused():
    from leadership_desk.domain.activities import Activity

    start = datetime(1, 1, 1, 8, tzinfo=UTC)
    with pytest.raises(ValidationError, match="between 1990 and 2100"):
        Activity(1, start, start + timedelta(hours=1), "UTC")
    with pytest.raises(ValidationError, match="between 1990 and 2100"):
        Activity(1, datetime(2100, 12, 31, 23, tzinfo=UTC), datetime(2101, 1, 1, 1, tzinfo=UTC),
                 "UTC")


@pytest.mark.parametrize("text", ["2026-11-16", "20261116", "11/16/2026", "2026/11/16",
                                  " 2026-11-16 "])
def test_a_date_typed_in_the_usual_ways(text):
    assert periods.parse_date(text) == date(2026, 11, 16)


@pytest.mark.parametrize("text", ["", "16/11/2026", "2026-02-30", "tomorrow", "2026111",
                                  "13/01/2026"])
def test_not_a_date_says_what_is(text):
    with pytest.raises(ValidationError, match="20261123 or 11/23/2026"):
        periods.parse_date(text)


def test_one_date_format_for_people():
    assert periods.format_date(date(2026, 11, 16)) == "Nov 16, 2026"
    assert periods.format_date(date(2026, 11, 16), weekday=True) == "Mon, Nov 16, 2026"
    assert periods.format_period(date(2026, 11, 16), date(2026, 11, 20)) == "Nov 16 – 20, 2026"
    assert periods.format_period(date(2026, 7, 1), date(2026, 11, 23)) == \
        "Jul 1 – Nov 23, 2026"
    assert periods.format_period(date(2026, 12, 28), date(2027, 1, 1)) == \
        "Dec 28, 2026 – Jan 1, 2027"
