"""The dashboard's arithmetic: spans, weeks, rolling share, breakdown, heatmap, goals."""

from __future__ import annotations

from datetime import date, timedelta
from zoneinfo import ZoneInfo

import pytest

from leadership_desk.domain.categories import Category, Kind
from leadership_desk.domain.dashboard import (
    breakdown,
    days_without_logging,
    heatmap,
    rolling_shares,
    weekly_points,
)
from leadership_desk.domain.goals import GoalPlan
from leadership_desk.domain.periods import MonthDay, Period, day_spans, hour_spans
from leadership_desk.errors import ValidationError

LA = ZoneInfo("America/Los_Angeles")
JULY = MonthDay(7, 1)
CATS = {
    1: Category(slug="feedback", name="Feedback", kind=Kind.INSTRUCTION, high_leverage=True,
                id=1),
    2: Category(slug="email", name="Email", kind=Kind.MANAGEMENT, id=2, position=1),
    3: Category(slug="yard", name="Yard", kind=Kind.MANAGEMENT, id=3, position=2),
    4: Category(slug="lunch", name="Lunch", kind=Kind.OTHER, id=4, position=3),
}
KIND_OF = {cid: c.kind for cid, c in CATS.items()}


def test_hour_spans_cover_a_dst_day_exactly():
    fall = Period(date(2026, 11, 1), date(2026, 11, 1))
    spans = hour_spans(fall, LA)
    assert len(spans) == 25
    assert sum(hi - lo for _, lo, hi in spans) == 25 * 3600
    assert [label for label, _, _ in spans].count("6-1") == 2  # Sunday 1:00 twice
    spring = hour_spans(Period(date(2026, 3, 8), date(2026, 3, 8)), LA)
    assert len(spring) == 23 and "6-2" not in [label for label, _, _ in spring]
    days = day_spans(Period(date(2026, 11, 1), date(2026, 11, 2)), LA)
    assert [hi - lo for _, lo, hi in days] == [25 * 3600, 24 * 3600]


def test_weekly_points_include_empty_weeks_as_no_data():
    period = Period(date(2026, 9, 1), date(2026, 9, 30))
    by_day = {date(2026, 9, 1): {1: 3600, 2: 3600}, date(2026, 9, 16): {2: 1800}}
    points = weekly_points(by_day, KIND_OF, period, GoalPlan(0.75, JULY))
    assert [p.week_start for p in points] == [date(2026, 8, 31) + timedelta(weeks=n)
                                              for n in range(5)]
    assert [p.share for p in points] == [0.5, None, 0.0, None, None]
    assert all(p.target == 0.75 for p in points)


def test_rolling_share_sums_the_window():
    period = Period(date(2026, 9, 7), date(2026, 10, 4))
    by_day = {date(2026, 9, 7): {1: 3600}, date(2026, 9, 21): {2: 3600}}
    points = weekly_points(by_day, KIND_OF, period, GoalPlan(0.75, JULY))
    assert rolling_shares(points, window=2) == [1.0, 1.0, 0.0, 0.0]
    assert rolling_shares(points, window=1) == [1.0, None, 0.0, None]


def test_breakdown_groups_by_kind_and_marks_drains():
    rows = breakdown({1: 7200, 2: 3600, 3: 1800, 4: 600}, CATS)
    assert [(r.category.slug, r.share_of_kind) for r in rows[Kind.MANAGEMENT]] == [
        ("email", pytest.approx(2 / 3)), ("yard", pytest.approx(1 / 3))]
    assert all(r.top_drain for r in rows[Kind.MANAGEMENT])
    assert rows[Kind.INSTRUCTION][0].share_of_kind == 1.0
    assert not rows[Kind.INSTRUCTION][0].top_drain


def test_heatmap_places_minutes_by_weekday_and_hour():
    grid = heatmap({"0-9": {1: 1800, 2: 600}, "4-14": {1: 600}}, KIND_OF, Kind.INSTRUCTION)
    assert grid[0][9] == 30 and grid[4][14] == 10
    assert sum(map(sum, grid)) == 40


def test_days_without_logging_counts_school_days_up_to_today():
    period = Period(date(2026, 11, 16), date(2026, 11, 22))
    missing = days_without_logging(period, {date(2026, 11, 16)}, today=date(2026, 11, 19))
    assert missing == [date(2026, 11, 17), date(2026, 11, 18), date(2026, 11, 19)]


def test_stepped_goals_rise_monthly_to_the_goal():
    plan = GoalPlan(0.75, JULY, stepped_start=0.35, step_months=5)
    targets = [round(t, 2) for _, t in plan.monthly_targets(date(2026, 9, 1))]
    assert targets[:6] == [0.35, 0.45, 0.55, 0.65, 0.75, 0.75]
    assert len(targets) == 12
    assert GoalPlan(0.75, JULY).target_on(date(2026, 7, 1)) == 0.75
    with pytest.raises(ValidationError):
        GoalPlan(0.75, JULY, stepped_start=0.8)
