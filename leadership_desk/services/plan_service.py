"""Planning figures: the week ahead, planned vs actual per week, feedback follow-through
and the high-leverage share, from the log, the school calendar and the protected blocks."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from leadership_desk.domain.blocks import Interval, PlannedItem, expand_blocks, is_kept, union
from leadership_desk.domain.categories import Category, Kind
from leadership_desk.domain.drafts import REJECTED
from leadership_desk.domain.follow_through import (
    FollowThrough,
    follow_through,
    high_leverage_share,
    split_by_role,
)
from leadership_desk.domain.periods import Period, local_date, week_of
from leadership_desk.domain.week_plan import (
    WeekAhead,
    WeekPlanned,
    planned_seconds,
    planned_vs_actual,
    usual_management,
)
from leadership_desk.services.profile_service import ProfileService
from leadership_desk.store.aggregates import seconds_by_day
from leadership_desk.store.category_repository import CategoryRepository
from leadership_desk.store.draft_repository import DraftRepository
from leadership_desk.store.planning_repository import PlanningRepository
from leadership_desk.store.sqlite import Database

LOOK_BACK_WEEKS = 12  # how far back the usual management load is looked for


def coming_week(today: date) -> Period:
    """The week a principal plans: this week from Monday to Thursday, next week from Friday
    on (on Friday the week is nearly over)."""
    if today.weekday() < 4:
        return week_of(today)
    return week_of(today + timedelta(days=7))


class PlanService:
    """Computes the week ahead and how plans turned out."""

    def __init__(self, db: Database, clock: Callable[[], datetime],
                 profiles: ProfileService) -> None:
        self._db = db
        self._clock = clock
        self._profiles = profiles
        self._planning = PlanningRepository(db)
        self._categories = CategoryRepository(db)
        self._drafts = DraftRepository(db)

    def today(self) -> date:
        return local_date(self._clock(), self._profiles.profile().zone)

    def categories(self) -> dict[int, Category]:
        return {c.id: c for c in self._categories.all()}

    def planned_items(self, period: Period) -> list[PlannedItem]:
        """Protected blocks on the period's school days, and calendar drafts of instructional
        categories (not rejected), in time order; all of them instruction."""
        zone = self._profiles.profile().zone
        school = self._planning.calendar()
        categories = self.categories()
        instruction = {cid for cid, c in categories.items() if c.kind is Kind.INSTRUCTION}
        items = [i for i in expand_blocks(self._planning.blocks(), period, zone, school)
                 if i.category_id in instruction]
        lo, hi = period.utc_bounds(zone)
        for draft in self._drafts.between(lo, hi, period.first, period.last):
            if (draft.timed and draft.status != REJECTED and not draft.free
                    and draft.suggested_category_id in instruction):
                items.append(PlannedItem(draft.start, draft.end, draft.suggested_category_id,
                                         draft.title))
        return sorted(items, key=lambda i: (i.start, i.end, i.category_id))

    def day_blocks(self, day: date) -> list[tuple[PlannedItem, bool | None]]:
        """The protected blocks of `day`, each with whether it was kept (None while it has
        not ended yet)."""
        period = Period(day, day)
        zone = self._profiles.profile().zone
        items = expand_blocks(self._planning.blocks(), period, zone, self._planning.calendar())
        if not items:
            return []
        kinds = {cid: c.kind for cid, c in self.categories().items()}
        instruction = union((a, b) for cid, a, b in self._logged(period)
                            if kinds[cid] is Kind.INSTRUCTION)
        now = self._clock()
        return [(item, None if item.end > now else is_kept(item, instruction))
                for item in items]

    def week_ahead(self, week: Period | None = None) -> WeekAhead:
        """The plan for `week` (default: the coming week) against the goal."""
        profile = self._profiles.profile()
        today = self.today()
        week = week or coming_week(today)
        items = self.planned_items(week)
        # complete weeks before both this week and the planned one
        end = min(week_of(today).first, week.first)
        history = Period(end - timedelta(weeks=LOOK_BACK_WEEKS), end - timedelta(days=1))
        kinds = {cid: c.kind for cid, c in self.categories().items()}
        weekly: dict[date, int] = {}
        logged: set[date] = set()
        now = int(self._clock().timestamp())
        for day, cats in seconds_by_day(self._db, history, profile.zone, now).items():
            monday = week_of(day).first
            if sum(cats.values()) > 0:
                logged.add(monday)
            weekly[monday] = weekly.get(monday, 0) + sum(
                s for cid, s in cats.items() if kinds[cid] is Kind.MANAGEMENT)
        management = [weekly[m] for m in sorted(logged)]
        school = self._planning.calendar()
        return WeekAhead(week, items, planned_seconds(items), usual_management(management),
                         profile.goal_share, school.school_days(week))

    def _logged(self, period: Period) -> list[tuple[int, datetime, datetime]]:
        """(category id, start, end) of the time logged in `period`, clipped to it and to now."""
        lo, hi = period.utc_bounds(self._profiles.profile().zone)
        hi = min(hi, self._clock())
        return self._planning.logged(lo, hi) if hi > lo else []

    def planned_weeks(self, period: Period) -> list[WeekPlanned]:
        """Planned vs logged instruction for each week of `period` up to today, the weeks
        clipped to the period, counting the planned items that have ended by now. The log
        and the plans are read once for the whole period."""
        today = self.today()
        if period.first > today:
            return []
        zone = self._profiles.profile().zone
        kinds = {cid: c.kind for cid, c in self.categories().items()}
        whole = Period(period.first, max(period.first, min(period.last, today + timedelta(
            days=6 - today.weekday()))))
        logged = [(a, b) for cid, a, b in self._logged(whole) if kinds[cid] is Kind.INSTRUCTION]
        items = self.planned_items(whole)
        now = self._clock()
        weeks = []
        monday = week_of(period.first).first
        while monday <= min(period.last, today):
            span = Period(max(monday, period.first), min(monday + timedelta(days=6),
                                                          period.last))
            lo, hi = span.utc_bounds(zone)
            instruction: list[Interval] = [(max(a, lo), min(b, hi)) for a, b in logged
                                           if a < hi and b > lo]
            seconds = sum(int((b - a).total_seconds()) for a, b in instruction)
            # only what has ended: a block still to come is neither kept nor missed yet
            in_week = [i for i in items if lo <= i.start < hi and i.end <= now]
            weeks.append(planned_vs_actual(monday, in_week, instruction, seconds))
            monday += timedelta(days=7)
        return weeks

    def follow_through(self, period: Period) -> FollowThrough:
        """Observations in `period` followed by feedback within 2 school days."""
        zone = self._profiles.profile().zone
        today = self.today()
        # feedback may come up to 2 school days after the period: look a little further
        widened = Period(period.first, max(period.last, min(today, period.last
                                                             + timedelta(days=14))))
        observations, feedback = split_by_role(self._logged(widened), self._planning.roles())
        return follow_through(observations, feedback, period, zone, self._planning.calendar(),
                              today)

    def high_leverage_share(self, by_category: dict[int, int]) -> float | None:
        categories = self.categories()
        return high_leverage_share(
            by_category, {cid for cid, c in categories.items() if c.kind is Kind.INSTRUCTION},
            {cid for cid, c in categories.items() if c.high_leverage})
