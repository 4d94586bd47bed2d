"""The IAS's roll-up: one row per school over a period, with the flags that call for a visit."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from leadership_desk.domain.balance import instruction_share
from leadership_desk.domain.categories import Category, Kind
from leadership_desk.domain.dashboard import (
    CategoryRow,
    WeekPoint,
    breakdown,
    rolling_shares,
    weekly_points,
)
from leadership_desk.domain.goals import GoalPlan
from leadership_desk.domain.periods import MonthDay, Period, local_date
from leadership_desk.domain.school_calendar import SchoolCalendar
from leadership_desk.domain.week_plan import WeekPlanned
from leadership_desk.exchange.csv_format import write_csv
from leadership_desk.services.profile_service import ProfileService
from leadership_desk.store.backup import write_file
from leadership_desk.store.school_planning_repository import SchoolPlanningRepository
from leadership_desk.store.school_repository import (
    DayMinutes,
    SchoolDay,
    SchoolRecord,
    SchoolRepository,
)
from leadership_desk.store.sqlite import Database

FALLING_POINTS = 0.05  # a drop of more than 5 points over the last 4 weeks
# silent: no summary covers any of the last 10 school days before today (two school weeks),
# weekends skipped, and the days the school's version 2 summaries marked without school too,
# so a winter break does not flag every school
SILENT_SCHOOL_DAYS = 10
TREND_WEEKS = 4

# the few schools logging on fewer school days than this are read with care
LOW_LOGGING = 0.6

BELOW_GOAL, FALLING, SILENT = "below goal", "falling", "no summary for 2 weeks"
SPARSE = "logged on under 60% of school days"
# most severe first: a school falling away matters more than one steadily below the goal
FLAG_ORDER = (FALLING, SILENT, SPARSE, BELOW_GOAL)


@dataclass(frozen=True)
class SchoolRow:
    """One school in the roll-up."""

    school_id: str
    school: str
    principal: str
    first: date | None
    last: date | None
    exported_at: datetime
    goal: float
    minutes: dict[str, float]
    share: float | None
    change: float | None
    days_logged: int
    weekly_shares: list[float | None] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    # the shares of the last 4 weeks covered and of the 4 weeks before (the network chart)
    recent_share: float | None = None
    previous_share: float | None = None
    # from version 2 summaries; None ("no data") for a school that sent only version 1
    planning: dict | None = None  # the newest summary's high-leverage share, follow-through
    planned: dict | None = None  # planned instruction and blocks kept over the period
    # "summary": from the principal's own summary; "network": known only from an IAS's
    # network summary (its ias, network and generated_at in `via`)
    source: str = "summary"
    via: dict | None = None

    @property
    def high_leverage_share(self) -> float | None:
        return None if self.planning is None else self.planning.get("high_leverage_share")

    @property
    def follow_through(self) -> float | None:
        figures = (self.planning or {}).get("follow_through")
        return None if not figures else figures.get("share")

    @property
    def blocks_kept(self) -> float | None:
        if not self.planned or not self.planned["blocks"]:
            return None
        return self.planned["blocks_kept"] / self.planned["blocks"]

    @property
    def hours_logged(self) -> float:
        return round(sum(self.minutes.values()) / 60, 1)

    def to_json(self) -> dict:
        return {
            "school_id": self.school_id, "school": self.school, "principal": self.principal,
            "from": self.first.isoformat() if self.first else None,
            "to": self.last.isoformat() if self.last else None,
            "exported_at": self.exported_at.isoformat(),
            "goal_share": self.goal,
            "instruction_share": None if self.share is None else round(self.share, 4),
            "change": None if self.change is None else round(self.change, 4),
            "minutes": {k: round(v, 2) for k, v in self.minutes.items()},
            "hours_logged": self.hours_logged, "days_logged": self.days_logged,
            "weekly_shares": [None if s is None else round(s, 4) for s in self.weekly_shares],
            "flags": self.flags,
            "high_leverage_share": self.high_leverage_share,
            "follow_through": (self.planning or {}).get("follow_through"),
            "planned": self.planned,
            "source": self.source, "network_summary": self.via,
        }


def _share(days: list[DayMinutes]) -> float | None:
    return instruction_share(sum(d.instruction for d in days),
                             sum(d.management for d in days))


class RollupService:
    """Reads the imported schools and sums their days over a period."""

    def __init__(self, db: Database, clock: Callable[[], datetime],
                 profiles: ProfileService) -> None:
        self._clock = clock
        self._profiles = profiles
        self._schools = SchoolRepository(db)
        self._planning = SchoolPlanningRepository(db)

    def write(self, fmt: str, out: Path, period: Period | None = None) -> int:
        """Writes the roll-up as CSV or PDF (whole or not at all); returns how many schools."""
        rows = self.rows(period)
        if fmt == "csv":
            content = rollup_csv(rows)
        else:
            from leadership_desk.reports.rollup_pdf import rollup_pdf

            content = rollup_pdf([r.to_json() for r in rows], "Schools roll-up", self._clock())
        write_file(out, content)
        return len(rows)

    def has_schools(self) -> bool:
        return self._schools.count() > 0

    def rows(self, period: Period | None = None) -> list[SchoolRow]:
        zone = self._profiles.profile().zone
        first, last = (period.first, period.last) if period else (None, None)
        extra = _Version2(self._planning, first, last)
        # school by school: memory stays that of one school's days, however many schools
        return [self._row(record, self._schools.day_minutes(record.school_id, first, last),
                          zone, extra) for record in self._schools.iter_schools()]

    def row(self, record: SchoolRecord, period: Period | None = None) -> SchoolRow:
        """One school's roll-up row."""
        first, last = (period.first, period.last) if period else (None, None)
        return self._row(record, self._schools.day_minutes(record.school_id, first, last),
                         self._profiles.profile().zone,
                         _Version2(self._planning, first, last, record.school_id))

    def school(self, school_id: str) -> SchoolRecord | None:
        return self._schools.school(school_id)

    def planned_weeks(self, school_id: str, first: date | None,
                      last: date | None) -> list[tuple[date, float, int, int]]:
        return self._planning.planned_weeks(school_id, first, last)

    def days(self, school_id: str, period: Period | None = None) -> list[SchoolDay]:
        if period is None:
            return self._schools.days(school_id)
        return self._schools.days(school_id, period.first, period.last)

    def _row(self, record: SchoolRecord, days: list[DayMinutes], zone: ZoneInfo,
             extra: _Version2) -> SchoolRow:
        today = local_date(self._clock(), zone)
        logged = [d for d in days if d.instruction + d.management + d.other > 0]
        minutes = {"instruction": sum(d.instruction for d in days),
                   "management": sum(d.management for d in days),
                   "other": sum(d.other for d in days)}
        share = _share(days)
        change = recent = before = None
        if days:  # sorted by day: the two trend windows are slices
            end = days[-1].day
            dates = [d.day for d in days]
            middle = bisect_right(dates, end - timedelta(weeks=TREND_WEEKS))
            start = bisect_right(dates, end - timedelta(weeks=2 * TREND_WEEKS))
            recent, before = _share(days[middle:]), _share(days[start:middle])
            if recent is not None and before is not None:
                change = recent - before
        weekly: dict[int, list[DayMinutes]] = {}
        for d in days:  # by the ordinal of the week's Monday
            ordinal = d.day.toordinal()
            weekly.setdefault(ordinal - (ordinal - 1) % 7, []).append(d)
        flags = []
        if change is not None and change < -FALLING_POINTS:
            flags.append(FALLING)
        # judged by the last day a summary covers, not by when it was exported: a summary
        # made today of a period that ended three weeks ago says nothing about this week
        covered = self._schools.covered_until(record.school_id)
        if covered is not None:  # days after the summary was made were not known yet
            covered = min(covered, local_date(record.last_generated_at, zone))
        closed = extra.closed.get(record.school_id, set())
        if covered is None or SchoolCalendar.of(closed).school_days_after(
                covered, today - timedelta(days=1)) >= SILENT_SCHOOL_DAYS:
            flags.append(SILENT)
        school_days = [d for d in days if d.day.weekday() < 5 and d.day not in closed]
        logged_school_days = [d for d in school_days
                              if d.instruction + d.management + d.other > 0]
        if school_days and len(logged_school_days) < LOW_LOGGING * len(school_days):
            flags.append(SPARSE)
        if share is not None and share < record.goal_share:
            flags.append(BELOW_GOAL)
        return SchoolRow(
            school_id=record.school_id, school=record.school, principal=record.principal,
            first=days[0].day if days else None, last=days[-1].day if days else None,
            exported_at=record.last_generated_at, goal=record.goal_share, minutes=minutes,
            share=share, change=change, days_logged=len(logged),
            weekly_shares=[_share(week) for _, week in sorted(weekly.items())], flags=flags,
            recent_share=recent, previous_share=before,
            planning=extra.planning.get(record.school_id),
            planned=extra.planned.get(record.school_id))


class _Version2:
    """What version 2 summaries add, read once for all schools (or one)."""

    def __init__(self, store: SchoolPlanningRepository, first: date | None, last: date | None,
                 school_id: str | None = None) -> None:
        self.closed = store.closed_days(school_id)
        self.planning = store.planning(school_id)
        self.planned = store.planned(first, last, school_id)


ROLLUP_HEADER = ("school_id", "school", "principal", "from", "to", "exported_at", "goal_share",
                 "instruction_share", "change", "instruction_minutes", "management_minutes",
                 "other_minutes", "hours_logged", "days_logged", "flags",
                 "high_leverage_share", "follow_through", "blocks_kept")


def rollup_csv(rows: list[SchoolRow]) -> bytes:
    return write_csv(ROLLUP_HEADER, [
        (r.school_id, r.school, r.principal, r.first.isoformat() if r.first else "",
         r.last.isoformat() if r.last else "", r.exported_at.isoformat(), r.goal,
         "" if r.share is None else round(r.share, 4),
         "" if r.change is None else round(r.change, 4),
         round(r.minutes["instruction"], 2), round(r.minutes["management"], 2),
         round(r.minutes["other"], 2), r.hours_logged, r.days_logged, "; ".join(r.flags),
         *("" if v is None else round(v, 4)
           for v in (r.high_leverage_share, r.follow_through, r.blocks_kept)))
        for r in rows])


@dataclass(frozen=True)
class SchoolDetail:
    """One school's own dashboard, from its imported days."""

    record: SchoolRecord
    row: SchoolRow
    weeks: list[WeekPoint]
    rolling: list[float | None]
    rows: dict[Kind, list[CategoryRow]]
    planned: list[WeekPlanned] = field(default_factory=list)  # from version 2 summaries


def school_detail(service: RollupService, school_id: str,
                  period: Period | None = None) -> SchoolDetail | None:
    record = service.school(school_id)
    if record is None:
        return None
    days = service.days(school_id, period)
    categories = {index: Category(slug=c["slug"], name=c["name"], kind=Kind(c["kind"]),
                                  high_leverage=c["high_leverage"], id=index, position=index)
                  for index, c in enumerate(record.categories)}
    ids = {c.slug: cid for cid, c in categories.items()}
    by_day: dict[date, dict[int, int]] = {}
    for day in days:
        by_day[day.day] = {}
        for slug, minutes in day.by_category.items():
            if slug not in ids:  # a category an older export had; keep its time visible
                cid = len(categories)
                categories[cid] = Category(slug=slug, name=slug, kind=Kind.OTHER, id=cid,
                                           position=cid)
                ids[slug] = cid
            by_day[day.day][ids[slug]] = round(minutes * 60)
    kind_of = {cid: c.kind for cid, c in categories.items()}
    shown = period or (Period(days[0].day, days[-1].day) if days else None)
    plan = GoalPlan(record.goal_share, MonthDay(7, 1))
    weeks = weekly_points(by_day, kind_of, shown, plan) if shown else []
    totals: dict[int, int] = {}
    for cats in by_day.values():
        for cid, seconds in cats.items():
            totals[cid] = totals.get(cid, 0) + seconds
    row = service.row(record, period)
    logged = {w.week_start: w.seconds.get(Kind.INSTRUCTION, 0) for w in weeks}
    first, last = (shown.first - timedelta(days=6), shown.last) if shown else (None, None)
    planned = [WeekPlanned(monday, round(minutes * 60), logged.get(monday, 0), blocks, kept)
               for monday, minutes, blocks, kept
               in service.planned_weeks(school_id, first, last)]
    return SchoolDetail(record, row, weeks, rolling_shares(weeks), breakdown(totals, categories),
                        planned)
