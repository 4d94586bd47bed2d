"""What the IAS dashboard shows: own share by week, support per school, visits, need."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from leadership_desk.domain.dashboard import WeekPoint
from leadership_desk.domain.ias_support import SchoolSupport
from leadership_desk.domain.periods import Period, local_date
from leadership_desk.services.dashboard_service import DashboardService
from leadership_desk.services.profile_service import ProfileService
from leadership_desk.services.report_service import ReportService
from leadership_desk.services.rollup_service import RollupService
from leadership_desk.services.visit_service import SchoolVisitService


@dataclass(frozen=True)
class IasDashboardData:
    """Everything the IAS dashboard draws, for the school year holding `today`."""

    year: Period
    month: Period
    today: date
    goal: float
    weeks: list[WeekPoint]
    rolling: list[float | None]
    schools: list[SchoolSupport]


class IasDashboardService:
    """Loads the IAS dashboard from the IAS's own log and the imported summaries."""

    def __init__(self, clock: Callable[[], datetime], profiles: ProfileService,
                 dashboard: DashboardService, visits: SchoolVisitService,
                 rollup: RollupService, reports: ReportService) -> None:
        self._clock = clock
        self._profiles = profiles
        self._dashboard = dashboard
        self._visits = visits
        self._rollup = rollup
        self._reports = reports

    def load(self) -> IasDashboardData:
        year = self._reports.period("year")
        month = self._reports.period("month")
        trend = self._dashboard.load(year)
        month_minutes = self._visits.minutes_by_school(month)
        year_minutes = self._visits.minutes_by_school(year)
        zone = self._profiles.profile().zone
        last = {school_id: local_date(when, zone)
                for school_id, when in self._visits.last_visits().items()}
        shares = {row.school_id: row.share for row in self._rollup.rows(year)}
        schools = []
        # the network: every school known here, imported or named on an activity
        for school_id, name in self._visits.known():
            in_month = month_minutes.get(school_id, {})
            in_year = year_minutes.get(school_id, {})
            schools.append(SchoolSupport(
                school_id=school_id, name=name,
                month_hours=sum(in_month.values()) / 60,
                year_hours=sum(in_year.values()) / 60,
                year_instruction_hours=in_year.get("instruction", 0) / 60,
                last_visit=last.get(school_id),
                principal_share=shares.get(school_id)))
        return IasDashboardData(year=year, month=month, today=self._reports.today(),
                                goal=trend.plan.goal, weeks=trend.weeks,
                                rolling=trend.rolling, schools=schools)
