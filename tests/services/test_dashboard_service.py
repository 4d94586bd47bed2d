"""Dashboard data: SQL totals equal an independent day-by-day split, DST included."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from leadership_desk.domain.activities import Activity
from leadership_desk.domain.categories import Kind
from leadership_desk.domain.overlaps import OverlapChoice
from leadership_desk.domain.periods import Period
from leadership_desk.services.container import run_on_own_connection
from leadership_desk.services.dashboard_service import previous_period
from tests.helpers import day_pieces, log

LA = ZoneInfo("America/Los_Angeles")
BASE = datetime(2026, 10, 25, tzinfo=UTC)  # the fall-back night is in range


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(items=st.lists(st.tuples(st.integers(0, 20 * 86400), st.integers(60, 30 * 3600),
                                st.sampled_from(["feedback-coaching", "office-email",
                                                 "travel"])), max_size=10))
def test_sql_totals_equal_a_day_by_day_split_for_any_activities(services, items):
    services.db.execute("DELETE FROM activities")
    for offset, length, slug in items:
        start = BASE + timedelta(seconds=offset)
        services.activities.add(
            Activity(category_id=services.categories.by_slug(slug).id, start=start,
                     end=start + timedelta(seconds=length), zone="America/Los_Angeles"),
            choice=OverlapChoice.KEEP_BOTH, confirm_long=True)
    period = Period(date(2026, 10, 26), date(2026, 11, 8))
    data = services.dashboard.load(period)
    report = services.reports.report(period).balance
    # the oracle: each activity clipped to the period and split by local day in Python
    lo, hi = period.utc_bounds(LA)
    expected = {kind: 0 for kind in Kind}
    by_category: dict[int, int] = {}
    for offset, length, slug in items:
        start = max(BASE + timedelta(seconds=offset), lo)
        end = min(BASE + timedelta(seconds=offset + length), hi)
        category = services.categories.by_slug(slug)
        for _, seconds in day_pieces(start, end, LA):
            expected[category.kind] += seconds
            by_category[category.id] = by_category.get(category.id, 0) + seconds
    assert {k: data.balance.of(k) for k in Kind} == expected
    assert {k: report.of(k) for k in Kind} == expected
    assert data.balance.by_category == {c: s for c, s in by_category.items() if s}
    heat = sum(map(sum, data.heat_instruction)) * 60
    assert round(heat) == report.of(Kind.INSTRUCTION)
    weekly = sum(p.seconds[Kind.MANAGEMENT] for p in data.weeks)
    assert weekly == report.of(Kind.MANAGEMENT)


def test_headline_change_completeness_and_running_activity(services, clock):
    log(services, "feedback-coaching", "2026-11-09 08:00", "2026-11-09 09:00")
    log(services, "office-email", "2026-11-09 09:00", "2026-11-09 12:00")
    log(services, "feedback-coaching", "2026-11-16 08:00", "2026-11-16 10:00")
    log(services, "office-email", "2026-11-16 10:00", "2026-11-16 12:00")
    services.activities.start(services.categories.by_slug("office-email").id)
    clock.advance(minutes=30)
    week = services.reports.period("week")
    data = services.dashboard.load(week)
    assert data.previous_period == Period(date(2026, 11, 9), date(2026, 11, 15))
    assert data.previous.share == 0.25
    # the running activity counts up to now: 2 h vs 2 h 30 min
    assert data.balance.share == 120 / 270
    assert data.change == 120 / 270 - 0.25
    assert data.missing_days == []  # Monday logged, Tuesday has the running activity
    month = previous_period(Period(date(2026, 3, 1), date(2026, 3, 31)))
    assert month == Period(date(2026, 2, 1), date(2026, 2, 28))


def test_dashboard_loads_over_its_own_read_only_connection(services, clock):
    log(services, "feedback-coaching", "2026-11-16 08:00", "2026-11-16 09:00")
    period = services.reports.period("year")
    data = run_on_own_connection(services.path, clock, "America/Los_Angeles",
                                 lambda own: own.dashboard.load(period), read_only=True)
    assert data.balance.of(Kind.INSTRUCTION) == 3600
    assert data.rows[Kind.INSTRUCTION][0].category.slug == "feedback-coaching"
