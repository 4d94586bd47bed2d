"""Reports: the balance of instruction and management over a period."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from leadership_desk.domain.balance import Balance, balance_from_days
from leadership_desk.domain.categories import Category, Kind
from leadership_desk.domain.periods import Period, PeriodKind, local_date, period_of
from leadership_desk.services.profile_service import ProfileService
from leadership_desk.store.activity_repository import ActivityRepository
from leadership_desk.store.aggregates import seconds_by_day
from leadership_desk.store.category_repository import CategoryRepository
from leadership_desk.store.sqlite import Database


@dataclass(frozen=True, slots=True)
class Report:
    """A balance with the categories it refers to, ready to print or show."""

    balance: Balance
    categories: dict[int, Category]

    def minutes_by_category(self) -> dict[str, float]:
        """Minutes per category slug, in the categories' order, only where time was logged."""
        ordered = sorted(self.balance.by_category.items(),
                         key=lambda item: (self.categories[item[0]].position, item[0]))
        return {self.categories[cid].slug: round(sec / 60, 2) for cid, sec in ordered}

    def to_json(self) -> dict:
        b = self.balance
        return {
            "from": b.period.first.isoformat(),
            "to": b.period.last.isoformat(),
            "minutes": {kind.value: round(b.of(kind) / 60, 2) for kind in _KINDS},
            "instruction_share": None if b.share is None else round(b.share, 4),
            "goal_share": b.goal,
            "instruction_minutes_to_goal": round(b.seconds_to_goal / 60, 2),
            "days_logged": b.days_logged,
            "by_category": self.minutes_by_category(),
        }


_KINDS = (Kind.INSTRUCTION, Kind.MANAGEMENT, Kind.OTHER)


class ReportService:
    """Computes balances for periods in the principal's time zone."""

    def __init__(
        self, db: Database, clock: Callable[[], datetime], profiles: ProfileService
    ) -> None:
        self._db = db
        self._clock = clock
        self._profiles = profiles
        self._activities = ActivityRepository(db)
        self._categories = CategoryRepository(db)

    def today(self) -> date:
        return local_date(self._clock(), self._profiles.profile().zone)

    def period(self, kind: PeriodKind | str, day: date | None = None) -> Period:
        profile = self._profiles.profile()
        return period_of(kind, day or self.today(), profile.year_start)

    def all_time(self) -> Period:
        """From the first logged day to the last (today when nothing is logged)."""
        zone = self._profiles.profile().zone
        span = self._activities.span()
        if span is None:
            today = self.today()
            return Period(today, today)
        last = local_date(span[1], zone)
        if self._activities.running() is not None:
            last = max(last, self.today())
        return Period(local_date(span[0], zone), last)

    def report(self, period: Period) -> Report:
        profile = self._profiles.profile()
        categories = {c.id: c for c in self._categories.all()}
        by_day = seconds_by_day(self._db, period, profile.zone, int(self._clock().timestamp()))
        balance = balance_from_days(by_day, {cid: c.kind for cid, c in categories.items()},
                                    period, profile.goal_share)
        return Report(balance, categories)

