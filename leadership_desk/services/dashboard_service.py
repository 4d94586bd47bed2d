"""The dashboard's data for a period: headline, trend, breakdown, heatmap, completeness."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from leadership_desk.domain.balance import Balance, balance_from_days
from leadership_desk.domain.categories import Category, Kind
from leadership_desk.domain.dashboard import (
    CategoryRow,
    WeekPoint,
    breakdown,
    days_without_logging,
    heatmap,
    rolling_shares,
    weekly_points,
)
from leadership_desk.domain.follow_through import FollowThrough
from leadership_desk.domain.goals import GoalPlan
from leadership_desk.domain.periods import Period, hour_spans, local_date
from leadership_desk.domain.week_plan import WeekAhead, WeekPlanned
from leadership_desk.services.plan_service import PlanService
from leadership_desk.services.profile_service import ProfileService
from leadership_desk.store.activity_repository import ActivityRepository
from leadership_desk.store.aggregates import seconds_by_day, seconds_by_span
from leadership_desk.store.category_repository import CategoryRepository
from leadership_desk.store.planning_repository import PlanningRepository
from leadership_desk.store.sqlite import Database


@dataclass(frozen=True)
class DashboardData:
    """Everything the dashboard shows for one period."""

    period: Period
    previous_period: Period
    balance: Balance
    previous: Balance
    plan: GoalPlan
    weeks: list[WeekPoint]
    rolling: list[float | None]
    categories: dict[int, Category]
    rows: dict[Kind, list[CategoryRow]]
    heat_instruction: list[list[float]]
    heat_management: list[list[float]]
    missing_days: list[date]
    today: date
    school_days: int = 0  # of the period up to today, non-school days left out
    # completeness counts from the first day anything was logged when that falls inside the
    # period (a principal who starts in November is not short of July's days); else None
    counted_from: date | None = None
    planning: PlanningFigures | None = None

    @property
    def change(self) -> float | None:
        """Change of the share against the previous period of the same length."""
        if self.balance.share is None or self.previous.share is None:
            return None
        return self.balance.share - self.previous.share


def previous_period(period: Period) -> Period:
    """The period of the same length just before this one (the previous month for a month)."""
    if period.first.day == 1 and (period.last + timedelta(days=1)).day == 1 \
            and period.day_count <= 31:
        last = period.first - timedelta(days=1)
        return Period(last.replace(day=1), last)
    length = timedelta(days=period.day_count)
    return Period(period.first - length, period.last - length)


@dataclass(frozen=True)
class PlanningFigures:
    """The dashboard's planning card: the week ahead, planned vs actual by week, feedback
    follow-through and the high-leverage share of the period."""

    week_ahead: WeekAhead
    weeks: list[WeekPlanned]
    follow: FollowThrough
    high_leverage: float | None


class DashboardService:
    """Computes DashboardData with SQL doing the summing."""

    def __init__(self, db: Database, clock: Callable[[], datetime],
                 profiles: ProfileService) -> None:
        self._db = db
        self._clock = clock
        self._profiles = profiles
        self._categories = CategoryRepository(db)

    def plan(self) -> GoalPlan:
        profile = self._profiles.profile()
        return GoalPlan(profile.goal_share, profile.year_start, profile.stepped_goal_start,
                        profile.stepped_goal_months)

    def load(self, period: Period) -> DashboardData:
        profile = self._profiles.profile()
        zone = profile.zone
        now = self._clock()
        now_epoch = int(now.timestamp())
        categories = {c.id: c for c in self._categories.all()}
        kind_of = {cid: c.kind for cid, c in categories.items()}
        plan = self.plan()
        before = previous_period(period)
        by_day = seconds_by_day(self._db, Period(before.first, period.last), zone, now_epoch)
        current = balance_from_days(by_day, kind_of, period, profile.goal_share)
        previous = balance_from_days(by_day, kind_of, before, profile.goal_share)
        weeks = weekly_points(by_day, kind_of, period, plan)
        hours = seconds_by_span(self._db, hour_spans(period, zone), now_epoch)
        today = local_date(now, zone)
        plans = PlanService(self._db, self._clock, self._profiles)
        planning = PlanningFigures(plans.week_ahead(), plans.planned_weeks(period),
                                   plans.follow_through(period),
                                   plans.high_leverage_share(current.by_category))
        logged = {day for day, cats in by_day.items() if period.contains(day) and cats}
        school = PlanningRepository(self._db).calendar()
        span = ActivityRepository(self._db).span()
        started = local_date(span[0], zone) if span else today
        counted = Period(max(period.first, min(started, period.last)), period.last)
        return DashboardData(
            period=period,
            previous_period=before,
            balance=current,
            previous=previous,
            plan=plan,
            weeks=weeks,
            rolling=rolling_shares(weeks),
            categories=categories,
            rows=breakdown(current.by_category, categories),
            heat_instruction=heatmap(hours, kind_of, Kind.INSTRUCTION),
            heat_management=heatmap(hours, kind_of, Kind.MANAGEMENT),
            missing_days=days_without_logging(counted, logged, today, school),
            today=today,
            school_days=school.count(counted, today),
            counted_from=counted.first if counted.first > period.first else None,
            planning=planning,
        )
