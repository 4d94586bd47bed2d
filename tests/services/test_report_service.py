"""Reports by period, kind re-mapping applied everywhere, and settings."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from leadership_desk.domain.activities import Activity
from leadership_desk.domain.categories import Kind
from leadership_desk.domain.overlaps import OverlapChoice
from leadership_desk.domain.periods import Period, local_date
from leadership_desk.errors import CategoryInUseError, ValidationError
from tests.helpers import log


def test_report_splits_kinds_and_categories(services, clock):
    log(services, "feedback-coaching", "2026-11-17 08:00", "2026-11-17 09:00")
    log(services, "office-email", "2026-11-17 09:00", "2026-11-17 12:00")
    log(services, "personal-break", "2026-11-17 12:00", "2026-11-17 12:30")
    clock.advance(hours=3)  # 13:00: all of it has happened
    data = services.reports.report(services.reports.period("day")).to_json()
    assert data["minutes"] == {"instruction": 60, "management": 180, "other": 30}
    assert data["instruction_share"] == 0.25
    assert data["by_category"] == {"feedback-coaching": 60, "office-email": 180,
                                   "personal-break": 30}
    assert data["instruction_minutes_to_goal"] == 480


def test_week_and_year_include_the_day(services):
    log(services, "feedback-coaching", "2026-11-16 08:00", "2026-11-16 09:00")
    log(services, "feedback-coaching", "2026-09-01 08:00", "2026-09-01 09:00")
    week = services.reports.report(services.reports.period("week")).balance
    year = services.reports.report(services.reports.period("year")).balance
    assert week.of(Kind.INSTRUCTION) == 3600
    assert year.of(Kind.INSTRUCTION) == 7200
    assert year.period == Period(date(2026, 7, 1), date(2027, 6, 30))


def test_changing_a_kind_changes_every_report(services):
    log(services, "instructional-talent", "2026-09-01 08:00", "2026-09-01 09:00")
    talent = services.categories.by_slug("instructional-talent")
    services.categories.update(replace(talent, kind=Kind.MANAGEMENT))
    year = services.reports.report(services.reports.period("year")).balance
    assert year.of(Kind.MANAGEMENT) == 3600 and year.of(Kind.INSTRUCTION) == 0


def test_category_in_use_cannot_be_deleted_but_can_be_archived(services):
    log(services, "travel", "2026-11-17 08:00", "2026-11-17 09:00")
    travel = services.categories.by_slug("travel")
    with pytest.raises(CategoryInUseError, match="Archive it instead"):
        services.categories.delete(travel.id)
    services.categories.archive(travel.id)
    assert services.categories.get(travel.id).archived
    report = services.reports.report(services.reports.period("day")).to_json()
    assert report["by_category"] == {"travel": 60}  # archived stays in past totals


def test_add_rename_reorder_delete_unused_category(services):
    added = services.categories.add("Bus duty", Kind.MANAGEMENT, "#123456")
    assert added.slug == "bus-duty"
    assert services.categories.all()[-1].id == added.id
    services.categories.move(added.id, -1)
    assert services.categories.all()[-2].id == added.id
    services.categories.update(replace(added, name="Bus & hall duty"))
    assert services.categories.get(added.id).name == "Bus & hall duty"
    with pytest.raises(ValidationError, match="already a category"):
        services.categories.add("bus & HALL duty", Kind.OTHER)
    services.categories.delete(added.id)
    assert all(c.id != added.id for c in services.categories.all())


def test_favourites_are_capped_at_eight(services):
    extra = services.categories.by_slug("budget-resources")
    with pytest.raises(ValidationError, match="room for 8"):
        services.categories.update(replace(extra, favourite=True))


def test_settings_validate_and_apply(services):
    profiles = services.profiles
    assert profiles.set("goal_share", "60%").goal_share == 0.6
    assert profiles.get("goal_share") == "0.6"
    profiles.set("year_start", "08-15")
    assert services.reports.period("year", date(2026, 8, 1)).first == date(2025, 8, 15)
    with pytest.raises(ValidationError, match="time zone"):
        profiles.set("timezone", "Mars/Olympus")
    with pytest.raises(ValidationError, match="not a setting"):
        profiles.set("colour", "blue")
    with pytest.raises(ValidationError, match="between 1% and 99%"):
        profiles.set("goal_share", "150")


def test_running_activity_counts_up_to_now_and_is_clipped_to_the_period(services, clock):
    services.activities.start(services.categories.by_slug("feedback-coaching").id)
    clock.advance(minutes=90)
    day = services.reports.period("day")
    assert services.reports.report(day).balance.of(Kind.INSTRUCTION) == 90 * 60
    services.activities.stop()
    # from yesterday 08:00 to today 09:00: only today's nine hours count today
    log(services, "office-email", "2026-11-16 08:00", "2026-11-17 09:00", confirm_long=True)
    assert services.reports.report(day).balance.of(Kind.MANAGEMENT) == 9 * 3600


ZONES = st.sampled_from(["America/Los_Angeles", "America/New_York", "Europe/London",
                         "Australia/Lord_Howe", "America/Santiago", "Asia/Kolkata", "UTC"])
BASE = datetime(2025, 1, 1, tzinfo=UTC)
SLUG_OF = {Kind.INSTRUCTION: "feedback-coaching", Kind.MANAGEMENT: "office-email",
           Kind.OTHER: "travel"}


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(items=st.lists(st.tuples(st.integers(0, 3 * 365 * 86400), st.integers(1, 3 * 86400),
                                st.sampled_from(list(Kind))), max_size=12),
       zone=ZONES)
def test_a_period_covering_everything_counts_every_second_once(services, items, zone):
    services.db.execute("DELETE FROM activities")
    services.profiles.set("timezone", zone)
    services.clock.now = BASE + timedelta(days=4 * 365)  # all of it has happened
    for offset, length, kind in items:
        start = BASE + timedelta(seconds=offset)
        services.activities.add(
            Activity(category_id=services.categories.by_slug(SLUG_OF[kind]).id, start=start,
                     end=start + timedelta(seconds=length), zone=zone),
            choice=OverlapChoice.KEEP_BOTH, confirm_long=True)
    tz = ZoneInfo(zone)
    period = Period(local_date(BASE, tz) - timedelta(days=1),
                    local_date(BASE + timedelta(days=3 * 365 + 4), tz))
    balance = services.reports.report(period).balance
    assert balance.total_seconds == sum(length for _, length, _ in items)
    assert sum(sum(k.values()) for k in balance.by_day.values()) == balance.total_seconds
    if balance.share is not None:
        assert 0 <= balance.share <= 1
